"""Audits the pages of PDF files with pikepdf (qpdf's parser): what each page needs to print.

Usage: audit_pdf_pages.py FILE...  → one JSON object on standard output, keyed by file:
  pages                 number of pages
  transparency          where a page needs transparency: an ExtGState with /ca or /CA below 1,
                        a soft mask, a blend mode other than Normal, an image with /SMask, or a
                        page or form group /S /Transparency (in the page, its patterns and forms)
  unused_resources      resource names a page lists but its content stream never names
  missing_resources     names the content stream uses that the page does not list
  colour_inside_path    operators other than clipping between a path's construction and its
                        painting operator (PDF 32000-1 8.5.1: only W/W* may stand there)
  content_streams       number of content streams tokenised (pages, patterns, forms)
"""
import json
import sys

import pikepdf

CONSTRUCTION = {"m", "l", "c", "v", "y", "h", "re"}
PAINTING = {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n"}
CLIPPING = {"W", "W*"}
# Operator → (resource category, operand index) of the name it takes from the resources.
NAMED = {"Tf": ("/Font", 0), "gs": ("/ExtGState", 0), "Do": ("/XObject", 0), "sh": ("/Shading", 0),
         "cs": ("/ColorSpace", 0), "CS": ("/ColorSpace", 0)}
DEVICE_SPACES = {"/DeviceGray", "/DeviceRGB", "/DeviceCMYK", "/Pattern"}


def transparency_of(resources, where, found, seen):
    """Collects what needs transparency in `resources` and the patterns and forms it holds."""
    if resources is None or resources.objgen in seen and resources.objgen != (0, 0):
        return
    seen.add(resources.objgen)
    for name, state in (resources.get("/ExtGState") or {}).items():
        for key in ("/ca", "/CA"):
            if key in state and float(state[key]) < 1:
                found.append(f"{where}: ExtGState {name} {key} {float(state[key])}")
        if "/SMask" in state and state["/SMask"] != pikepdf.Name("/None"):
            found.append(f"{where}: ExtGState {name} /SMask")
        if "/BM" in state and state["/BM"] not in (pikepdf.Name("/Normal"), pikepdf.Name("/Compatible")):
            found.append(f"{where}: ExtGState {name} /BM {state['/BM']}")
    for name, pattern in (resources.get("/Pattern") or {}).items():
        transparency_of(pattern.get("/Resources"), f"{where} pattern {name}", found, seen)
    for name, xobject in (resources.get("/XObject") or {}).items():
        if xobject.get("/Subtype") == pikepdf.Name("/Image") and "/SMask" in xobject:
            found.append(f"{where}: image {name} /SMask")
        if xobject.get("/Subtype") == pikepdf.Name("/Form"):
            group = xobject.get("/Group")
            if group is not None and group.get("/S") == pikepdf.Name("/Transparency"):
                found.append(f"{where}: form {name} /Group /S /Transparency")
            transparency_of(xobject.get("/Resources"), f"{where} form {name}", found, seen)


def audit_stream(stream_owner, where, used, colour_inside_path):
    """Tokenises one content stream: names it uses, operators inside path objects."""
    in_path = False
    for operands, operator in pikepdf.parse_content_stream(stream_owner):
        op = str(operator)
        if op in NAMED:
            category, index = NAMED[op]
            name = str(operands[index])
            if not (category == "/ColorSpace" and name in DEVICE_SPACES):
                used.add((category, name))
        if op in ("scn", "SCN") and operands and isinstance(operands[-1], pikepdf.Name):
            used.add(("/Pattern", str(operands[-1])))
        if op in CONSTRUCTION:
            in_path = True
        elif op in PAINTING:
            in_path = False
        elif op in CLIPPING:
            pass
        elif in_path:
            colour_inside_path.append(f"{where}: {op} inside a path object")


def audit(path):
    report = {"transparency": [], "unused_resources": [], "missing_resources": [], "colour_inside_path": [],
              "content_streams": 0}
    with pikepdf.open(path) as pdf:
        report["pages"] = len(pdf.pages)
        for number, page in enumerate(pdf.pages, start=1):
            where = f"page {number}"
            group = page.obj.get("/Group")
            if group is not None and group.get("/S") == pikepdf.Name("/Transparency"):
                report["transparency"].append(f"{where}: /Group /S /Transparency")
            resources = page.obj.get("/Resources")
            transparency_of(resources, where, report["transparency"], set())
            used = set()
            audit_stream(page, where, used, report["colour_inside_path"])
            report["content_streams"] += 1
            for name, pattern in ((resources or {}).get("/Pattern") or {}).items():
                if pattern.get("/PatternType") == 1:
                    audit_stream(pattern, f"{where} pattern {name}", set(), report["colour_inside_path"])
                    report["content_streams"] += 1
            for name, xobject in ((resources or {}).get("/XObject") or {}).items():
                if xobject.get("/Subtype") == pikepdf.Name("/Form"):
                    audit_stream(xobject, f"{where} form {name}", set(), report["colour_inside_path"])
                    report["content_streams"] += 1
            listed = set()
            for category in ("/Font", "/ExtGState", "/XObject", "/Pattern", "/Shading", "/ColorSpace"):
                for name in ((resources or {}).get(category) or {}).keys():
                    listed.add((category, str(name)))
            report["unused_resources"] += [f"{where}: {c} {n}" for c, n in sorted(listed - used)]
            report["missing_resources"] += [f"{where}: {c} {n}" for c, n in sorted(used - listed)]
    return report


if __name__ == "__main__":
    json.dump({path: audit(path) for path in sys.argv[1:]}, sys.stdout, indent=1)
