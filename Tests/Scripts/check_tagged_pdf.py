#!/usr/bin/env python3
"""Reads a tagged PDF with pikepdf (structure, content streams, annotations) and pdfminer.six
(the text of each marked-content sequence) and prints, as JSON, what a screen reader would get
and every failed check, each prefixed with the PDF/UA-1 clause (ISO 14289-1) and Matterhorn
Protocol checkpoint it belongs to.

Usage: check_tagged_pdf.py FILE.pdf...   (prints one JSON object: file → report)
"""
import json
import sys

import pikepdf
from pdfminer.pdfdevice import PDFDevice
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage

TEXT_OPERATORS = {"Tj", "TJ", "'", '"'}
PAINT_OPERATORS = TEXT_OPERATORS | {"f", "F", "f*", "S", "s", "B", "B*", "b", "b*", "Do", "sh", "BI", "INLINE IMAGE"}


class MarkedText(PDFDevice):
    """pdfminer device collecting the text shown inside each MCID of a page."""

    def __init__(self, rsrcmgr):
        super().__init__(rsrcmgr)
        self.stack = []
        self.texts = {}

    def begin_tag(self, tag, props=None):
        mcid = props.get("MCID") if isinstance(props, dict) else None
        self.stack.append(mcid)

    def end_tag(self):
        if self.stack:
            self.stack.pop()

    def render_string(self, textstate, seq, ncs, graphicstate):
        font = textstate.font
        text = ""
        for item in seq:
            if isinstance(item, bytes):
                for cid in font.decode(item):
                    try:
                        text += font.to_unichr(cid)
                    except Exception:
                        text += "\ufffd"
        mcid = next((m for m in reversed(self.stack) if m is not None), None)
        if mcid is not None:
            self.texts[mcid] = self.texts.get(mcid, "") + text


def mcid_texts(path):
    """Text per (page index, MCID), read by pdfminer."""
    texts = {}
    with open(path, "rb") as handle:
        manager = PDFResourceManager()
        for index, page in enumerate(PDFPage.get_pages(handle)):
            device = MarkedText(manager)
            PDFPageInterpreter(manager, device).process_page(page)
            for mcid, text in device.texts.items():
                texts[(index, mcid)] = text
    return texts


def name(value):
    return str(value)[1:] if value is not None else None


def text_string(value):
    return str(value) if value is not None else None


def number_tree(node, out):
    """Flattens a number tree into `out` (key → value)."""
    if "/Nums" in node:
        nums = node.Nums
        for i in range(0, len(nums), 2):
            out[int(nums[i])] = nums[i + 1]
    for kid in node.get("/Kids", []):
        number_tree(kid, out)
    return out


def check(path):
    problems = []
    pdf = pikepdf.open(path)
    root = pdf.Root
    page_of = {page.obj.objgen: index for index, page in enumerate(pdf.pages)}
    texts = mcid_texts(path)
    report = {"pages": len(pdf.pages), "lang": text_string(root.get("/Lang"))}

    mark_info = root.get("/MarkInfo")
    report["marked"] = bool(mark_info is not None and mark_info.get("/Marked") is True)
    if not report["marked"]:
        problems.append("ISO 14289-1 7.1 / Matterhorn 01-002: /MarkInfo /Marked is not true")
    tree_root = root.get("/StructTreeRoot")
    if tree_root is None:
        problems.append("ISO 14289-1 7.1 / Matterhorn 01-005: no /StructTreeRoot")
        report["problems"] = problems
        return report
    if "/RoleMap" in tree_root:
        problems.append("informational: a /RoleMap is present although only standard types are written")

    # Content streams: every painting operator inside exactly one of an MCID sequence or an
    # artifact; marked content nested properly with q/Q; the MCIDs each page uses.
    content_mcids = {}
    for index, page in enumerate(pdf.pages):
        stack = []  # (is_artifact, mcid, q depth)
        depth = 0
        used = []
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op == "q":
                depth += 1
            elif op == "Q":
                if stack and stack[-1][2] == depth:
                    problems.append(f"ISO 32000-1 14.6 page {index + 1}: Q closes a graphics state opened outside the open marked-content sequence")
                depth -= 1
            elif op in ("BDC", "BMC"):
                tag = name(operands[0])
                props = operands[1] if op == "BDC" and len(operands) > 1 else None
                mcid = int(props.MCID) if isinstance(props, pikepdf.Dictionary) and "/MCID" in props else None
                is_artifact = tag == "Artifact"
                if is_artifact and any(m is not None for _, m, _ in stack):
                    problems.append(f"ISO 14289-1 7.1 / Matterhorn 01-003 page {index + 1}: artifact inside tagged content")
                if mcid is not None and any(a for a, _, _ in stack):
                    problems.append(f"ISO 14289-1 7.1 / Matterhorn 01-004 page {index + 1}: tagged content inside an artifact")
                if mcid is not None:
                    used.append(mcid)
                stack.append((is_artifact, mcid, depth))
            elif op == "EMC":
                if not stack:
                    problems.append(f"ISO 32000-1 14.6 page {index + 1}: EMC without BDC")
                    continue
                if stack[-1][2] != depth:
                    problems.append(f"ISO 32000-1 14.6 page {index + 1}: marked-content sequence spans q/Q")
                stack.pop()
            elif op in PAINT_OPERATORS:
                if not any(a or m is not None for a, m, _ in stack):
                    problems.append(f"ISO 14289-1 7.1 / Matterhorn 01-005 page {index + 1}: '{op}' is neither an artifact nor tagged content")
        if stack:
            problems.append(f"ISO 32000-1 14.6 page {index + 1}: {len(stack)} marked-content sequences left open")
        if len(used) != len(set(used)):
            problems.append(f"ISO 32000-1 14.7.4.4 page {index + 1}: an MCID is used twice")
        content_mcids[index] = set(used)

    # The structure tree in document order.
    elements = []
    tree_mcids = set()
    annotation_owner = {}

    def walk(element, parent_index, depth_level):
        role = name(element.get("/S"))
        record = {"role": role, "alt": text_string(element.get("/Alt")), "lang": text_string(element.get("/Lang")),
                  "parent": parent_index, "mcids": [], "kids": [], "text": ""}
        attributes = element.get("/A")
        if isinstance(attributes, pikepdf.Array):
            attributes = next((a for a in attributes if isinstance(a, pikepdf.Dictionary) and "/Scope" in a), None)
        record["scope"] = name(attributes.get("/Scope")) if isinstance(attributes, pikepdf.Dictionary) else None
        index = len(elements)
        elements.append(record)
        if parent_index is not None:
            elements[parent_index]["kids"].append(index)
        home = page_of.get(element.Pg.objgen) if "/Pg" in element else None
        kids = element.get("/K")
        if kids is None:
            kids = []
        elif not isinstance(kids, pikepdf.Array):
            kids = [kids]
        for kid in kids:
            if isinstance(kid, int):
                mcid, page = int(kid), home
            elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/MCR":
                mcid, page = int(kid.MCID), page_of.get(kid.Pg.objgen) if "/Pg" in kid else home
            elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/OBJR":
                annotation_owner[kid.Obj.objgen] = index
                continue
            elif isinstance(kid, pikepdf.Dictionary):
                if kid.get("/P") is None or kid.P.objgen != element.objgen:
                    problems.append(f"ISO 32000-1 14.7.2: {name(kid.get('/S'))} element's /P is not its parent {role}")
                walk(kid, index, depth_level + 1)
                record["text"] += elements[record["kids"][-1]]["text"]
                continue
            else:
                mcid, page = int(kid), home
            if page is None:
                problems.append(f"ISO 32000-1 14.7.4.2: MCID {mcid} of {role} has no page")
                continue
            record["mcids"].append((page, mcid))
            tree_mcids.add((page, mcid))
            record["text"] += texts.get((page, mcid), "")

    top = tree_root.get("/K")
    tops = list(top) if isinstance(top, pikepdf.Array) else [top]
    for kid in tops:
        walk(kid, None, 0)
    report["root_roles"] = [elements[i]["role"] for i, e in enumerate(elements) if e["parent"] is None]

    for page, mcids in content_mcids.items():
        for mcid in sorted(mcids):
            if (page, mcid) not in tree_mcids:
                problems.append(f"ISO 14289-1 7.1 / Matterhorn 01-005 page {page + 1}: MCID {mcid} is not reachable from the structure tree")
    for page, mcid in sorted(tree_mcids):
        if mcid not in content_mcids.get(page, set()):
            problems.append(f"ISO 32000-1 14.7.4.2 page {page + 1}: the tree refers to MCID {mcid}, which the page does not have")

    # Parent tree: each page's /StructParents entry lists, per MCID, the element that owns it.
    parent_tree = number_tree(tree_root.ParentTree, {}) if "/ParentTree" in tree_root else {}
    if not parent_tree:
        problems.append("ISO 14289-1 7.1 (ISO 32000-1 14.7.4.4): no /ParentTree")
    # Map element objects to records by walking again in the same order.
    order = []

    def collect(element):
        order.append(element.objgen)
        kids = element.get("/K")
        kids = [] if kids is None else (list(kids) if isinstance(kids, pikepdf.Array) else [kids])
        for kid in kids:
            if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") not in ("/MCR", "/OBJR"):
                collect(kid)

    for kid in tops:
        collect(kid)
    objgen_index = {objgen: i for i, objgen in enumerate(order)}

    for index, page in enumerate(pdf.pages):
        key = page.obj.get("/StructParents")
        if key is None:
            problems.append(f"ISO 14289-1 7.1 (ISO 32000-1 14.7.4.4) page {index + 1}: no /StructParents")
        else:
            entry = parent_tree.get(int(key))
            mcids = content_mcids[index]
            if entry is None or not isinstance(entry, pikepdf.Array):
                problems.append(f"ISO 14289-1 7.1 page {index + 1}: the parent tree has no array for /StructParents {int(key)}")
            else:
                if len(entry) < (max(mcids) + 1 if mcids else 0):
                    problems.append(f"ISO 14289-1 7.1 page {index + 1}: the parent tree lists {len(entry)} MCIDs, the page uses {len(mcids)}")
                for mcid in mcids:
                    if mcid < len(entry):
                        owner = objgen_index.get(entry[mcid].objgen)
                        if owner is None or (index, mcid) not in elements[owner]["mcids"]:
                            problems.append(f"ISO 14289-1 7.1 page {index + 1}: parent-tree entry of MCID {mcid} is not the element holding it")
        if page.obj.get("/Tabs") != "/S":
            problems.append(f"ISO 14289-1 7.18.3 / Matterhorn 28-009 page {index + 1}: /Tabs is not /S")

    # Annotations: links are nested in Link elements, reachable back through /StructParent, described.
    links = []
    for index, page in enumerate(pdf.pages):
        for annotation in page.obj.get("/Annots", []):
            if annotation.get("/Subtype") != "/Link":
                continue
            owner = annotation_owner.get(annotation.objgen)
            contents = text_string(annotation.get("/Contents"))
            links.append({"page": index + 1, "contents": contents,
                          "element": elements[owner]["role"] if owner is not None else None})
            if owner is None or elements[owner]["role"] != "Link":
                problems.append(f"ISO 14289-1 7.18.5 / Matterhorn 28-011 page {index + 1}: a link annotation is not in a Link element")
            if not contents:
                problems.append(f"ISO 14289-1 7.18.1 / Matterhorn 28-012 page {index + 1}: a link annotation has no /Contents")
            key = annotation.get("/StructParent")
            target = parent_tree.get(int(key)) if key is not None else None
            if target is None or objgen_index.get(target.objgen) != owner:
                problems.append(f"ISO 32000-1 14.7.4.4 page {index + 1}: the link's /StructParent does not lead to its Link element")

    # Element-level rules.
    for record in elements:
        role = record["role"]
        if not record["mcids"] and not record["kids"] and role not in ("TH", "TD") and not (role == "Link" and record["parent"] is not None):
            problems.append(f"ISO 32000-1 14.7.2: an empty {role} element (no content, no kids)")
        if role == "Figure" and not (record["alt"] or "").strip():
            problems.append("ISO 14289-1 7.3 / Matterhorn 13-004: a Figure has no /Alt")
        if role == "TH" and record["scope"] not in ("Row", "Column", "Both"):
            problems.append("ISO 14289-1 7.5 / Matterhorn 15-003: a TH has no /Scope")
        if role in ("TR",) and elements[record["parent"]]["role"] not in ("Table", "THead", "TBody", "TFoot"):
            problems.append("ISO 14289-1 7.5 / Matterhorn 09-004: a TR outside a table")
        if role in ("TH", "TD") and elements[record["parent"]]["role"] != "TR":
            problems.append("ISO 14289-1 7.5 / Matterhorn 09-004: a cell outside a TR")
        if role == "LI" and elements[record["parent"]]["role"] != "L":
            problems.append("ISO 14289-1 7.6 / Matterhorn 09-004: an LI outside an L")
        if role in ("Lbl", "LBody") and elements[record["parent"]]["role"] != "LI":
            problems.append("ISO 14289-1 7.6 / Matterhorn 09-004: an Lbl or LBody outside an LI")
        if role == "L" and any(elements[k]["role"] not in ("LI", "Caption", "L") for k in record["kids"]):
            problems.append("ISO 14289-1 7.6 / Matterhorn 09-004: an L holds something other than LI")
    headings = [(e["role"], e["text"].strip()) for e in elements if e["role"] in ("H", "H1", "H2", "H3", "H4", "H5", "H6")]
    levels = [int(r[1]) for r, _ in headings if r != "H"]
    if levels and levels[0] != 1:
        problems.append("ISO 14289-1 7.4.2 / Matterhorn 14-002: the first heading is not H1")
    for previous, current in zip(levels, levels[1:]):
        if current > previous + 1:
            problems.append(f"ISO 14289-1 7.4.2 / Matterhorn 14-003: heading level skipped (H{previous} then H{current})")

    tables = []
    for i, record in enumerate(elements):
        if record["role"] != "Table":
            continue
        cells = []

        def gather(j):
            for k in elements[j]["kids"]:
                if elements[k]["role"] in ("TH", "TD"):
                    cells.append(elements[k])
                elif elements[k]["role"] != "Table":
                    gather(k)
        gather(i)
        rows = []

        def gather_rows(j):
            for k in elements[j]["kids"]:
                if elements[k]["role"] == "TR":
                    rows.append(len([c for c in elements[k]["kids"] if elements[c]["role"] in ("TH", "TD")]))
                elif elements[k]["role"] in ("THead", "TBody", "TFoot"):
                    gather_rows(k)
        gather_rows(i)
        tables.append({"header_cells": [c["text"].strip() for c in cells if c["role"] == "TH"],
                       "scopes": sorted({c["scope"] for c in cells if c["role"] == "TH"} - {None}),
                       "row_cell_counts": rows,
                       "kids": [elements[k]["role"] for k in record["kids"]]})
        if len(set(rows)) > 1:
            problems.append(f"ISO 14289-1 7.5 / Matterhorn 15-004: table rows have {sorted(set(rows))} cells")

    titles = []

    def outline_titles(items):
        for item in items:
            titles.append(str(item.title))
            outline_titles(item.children)
    with pdf.open_outline() as outline:
        outline_titles(outline.root)

    report.update({
        "problems": problems,
        "outline": titles,
        "element_count": len(elements),
        "roles": sorted({e["role"] for e in elements}),
        "headings": headings,
        "figures": [{"alt": e["alt"]} for e in elements if e["role"] == "Figure"],
        "captions": [e["text"].strip() for e in elements if e["role"] == "Caption"],
        "tables": tables,
        "links": links,
        "spans": [{"lang": e["lang"], "text": e["text"]} for e in elements if e["role"] == "Span"],
        "languages": sorted({e["lang"] for e in elements if e["lang"]}),
        "paragraphs": [e["text"].strip() for e in elements if e["role"] == "P"],
        "reading_order": [e["text"].strip() for e in elements if e["role"] in ("H1", "H2", "H3", "P")],
    })
    return report


if __name__ == "__main__":
    print(json.dumps({path: check(path) for path in sys.argv[1:]}, ensure_ascii=False))
