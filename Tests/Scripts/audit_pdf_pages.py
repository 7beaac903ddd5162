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
  font_descriptors      where a FontDescriptor disagrees with its embedded TrueType program
                        (ISO 32000-1 9.8.2): /Flags FixedPitch (bit 1) against post.isFixedPitch,
                        Italic (bit 7) against post.italicAngle and OS/2 fsSelection, exactly
                        one of Symbolic (bit 3) and Nonsymbolic (bit 6), Symbolic when the
                        ToUnicode map shows a character outside the standard Latin set (Annex D);
                        /ItalicAngle against post; /StemV against 50 + int((usWeightClass/65)^2)
                        (ReportLab's and PDFlib's approximation; TrueType records no stem width)
  unhinted_fonts        embedded programs without the fpgm, prep and cvt tables
  fonts_checked         number of font descriptors checked
"""
import json
import re
import struct
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


STANDARD_LATIN = set(range(0x20, 0x7F)) | set(range(0xA0, 0x100)) | {ord(c) for c in
    "ŒœŠšŸŽžƒıŁłˆˇ˘˙˚˛˜˝–—‘’‚“”„†‡•…‰‹›€™−⁄ﬁﬂ"}


def sfnt_tables(data):
    """The tables of a TrueType font program: tag → bytes."""
    count = struct.unpack(">H", data[4:6])[0]
    tables = {}
    for index in range(count):
        tag, _, offset, length = struct.unpack(">4sIII", data[12 + 16 * index:28 + 16 * index])
        tables[tag.decode("latin-1")] = data[offset:offset + length]
    return tables


def to_unicode_characters(cmap):
    """Every character a ToUnicode CMap maps glyphs to (bfchar and bfrange destinations)."""
    characters = set()
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
        for _, destination in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            characters |= {ord(c) for c in bytes.fromhex(destination.decode()).decode("utf-16-be", errors="replace")}
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.S):
        for low, high, start in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            first = ord(bytes.fromhex(start.decode()).decode("utf-16-be", errors="replace")[-1])
            characters |= set(range(first, first + int(high, 16) - int(low, 16) + 1))
    return characters


def audit_fonts(pdf, report):
    for font in pdf.objects:
        if not isinstance(font, pikepdf.Dictionary) or font.get("/Subtype") != pikepdf.Name("/Type0"):
            continue
        descendant = font["/DescendantFonts"][0]
        descriptor = descendant["/FontDescriptor"]
        name = str(descriptor["/FontName"])
        program = descriptor.get("/FontFile2")
        if program is None:
            report["font_descriptors"].append(f"{name}: no /FontFile2")
            continue
        tables = sfnt_tables(program.read_bytes())
        report["fonts_checked"] += 1
        missing = [tag for tag in ("fpgm", "prep", "cvt ") if tag not in tables]
        if missing:
            report["unhinted_fonts"].append(f"{name}: no {', '.join(missing)}")
        post, os2 = tables.get("post", b""), tables.get("OS/2", b"")
        italic_angle = struct.unpack(">i", post[4:8])[0] / 65536 if len(post) >= 8 else 0
        fixed = struct.unpack(">I", post[12:16])[0] != 0 if len(post) >= 16 else False
        weight = struct.unpack(">H", os2[4:6])[0] if len(os2) >= 6 else 400
        fs_selection = struct.unpack(">H", os2[62:64])[0] if len(os2) >= 64 else 0
        flags = int(descriptor["/Flags"])
        problems = []
        if bool(flags & 1) != fixed:
            problems.append(f"FixedPitch flag {bool(flags & 1)}, post.isFixedPitch {fixed}")
        italic = italic_angle != 0 or bool(fs_selection & 1)
        if bool(flags & 64) != italic:
            problems.append(f"Italic flag {bool(flags & 64)}, font italic {italic}")
        if bool(flags & 4) == bool(flags & 32):
            problems.append(f"Symbolic and Nonsymbolic both {bool(flags & 4)}")
        characters = to_unicode_characters(font["/ToUnicode"].read_bytes()) if "/ToUnicode" in font else set()
        symbolic = bool(characters - STANDARD_LATIN)
        if bool(flags & 4) != symbolic:
            problems.append(f"Symbolic flag {bool(flags & 4)}, characters outside standard Latin {symbolic}")
        if abs(float(descriptor["/ItalicAngle"]) - italic_angle) > 0.01:
            problems.append(f"ItalicAngle {float(descriptor['/ItalicAngle'])}, post {italic_angle}")
        if int(descriptor["/StemV"]) != 50 + int((weight / 65) ** 2):
            problems.append(f"StemV {int(descriptor['/StemV'])} for weight {weight}")
        report["font_descriptors"] += [f"{name}: {problem}" for problem in problems]


def audit(path):
    report = {"transparency": [], "unused_resources": [], "missing_resources": [], "colour_inside_path": [],
              "content_streams": 0, "font_descriptors": [], "unhinted_fonts": [], "fonts_checked": 0}
    with pikepdf.open(path) as pdf:
        audit_fonts(pdf, report)
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
