#!/usr/bin/env python3
"""Checks a PDF against the clauses of ISO 19005-2 (PDF/A-2, level B) that hccreport's writer
implements, reading the file with pikepdf (qpdf's parser) and the raw bytes.

Usage: check_pdfa.py FILE.pdf          prints {"clauses": {id: {"ok": bool, "detail": str}}, "outline": [...]}
       check_pdfa.py --self-test FILE.pdf
           breaks FILE in one way per clause (with pikepdf) and prints, per clause, whether the
           check caught the break: {"caught": {id: bool}}. A check that cannot fail is a defect.

Clause ids are "<clause>" or "<clause>-<test>" after the rules of the veraPDF validation profile
for PDF/A-2B; docs/PDFA.md lists them with what each checks and what is not checked.
"""
import io
import json
import re
import sys
import xml.etree.ElementTree as ET

import pikepdf
from fontTools.ttLib import TTFont
from pikepdf import Array, Dictionary, Name, Stream, String

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
DC = "http://purl.org/dc/elements/1.1/"
XMP = "http://ns.adobe.com/xap/1.0/"
PDF = "http://ns.adobe.com/pdf/1.3/"
PDFAID = "http://www.aiim.org/pdfa/ns/id/"
PDFUAID = "http://www.aiim.org/pdfua/ns/id/"
PDFA_EXTENSION = "http://www.aiim.org/pdfa/ns/extension/"
XML_NS = "http://www.w3.org/XML/1998/namespace"
# Schemas the XMP Specification (2005) and ISO 19005 predefine (6.6.2.3.1), and the containers of
# extension schemas (6.6.2.3.3).
PREDEFINED = {DC, XMP, PDF, PDFAID, "http://ns.adobe.com/xap/1.0/mm/", "http://ns.adobe.com/xap/1.0/rights/",
              "http://ns.adobe.com/photoshop/1.0/", "http://ns.adobe.com/xap/1.0/t/pg/", "http://ns.adobe.com/exif/1.0/",
              "http://ns.adobe.com/tiff/1.0/", "http://ns.adobe.com/xap/1.0/bj/", "http://ns.adobe.com/xap/1.0/sType/ResourceRef#",
              PDFA_EXTENSION, "http://www.aiim.org/pdfa/ns/schema#", "http://www.aiim.org/pdfa/ns/property#",
              "http://www.aiim.org/pdfa/ns/type#", "http://www.aiim.org/pdfa/ns/field#"}
FORBIDDEN_ACTIONS = {"Launch", "Sound", "Movie", "ResetForm", "ImportData", "Hide", "SetOCGState", "Rendition", "Trans",
                     "GoTo3DView", "JavaScript"}
STANDARD_BLEND_MODES = {"Normal", "Compatible", "Multiply", "Screen", "Overlay", "Darken", "Lighten", "ColorDodge", "ColorBurn",
                        "HardLight", "SoftLight", "Difference", "Exclusion", "Hue", "Saturation", "Color", "Luminosity"}
# The operators ISO 32000-1 defines (Annex A), for 6.2.2.
OPERATORS = set("""b B b* B* BDC BI BMC BT BX c cm CS cs d d0 d1 Do DP EI EMC ET EX f F f* G g gs h i ID j J K k l m M MP
n q Q re RG rg ri s S SC sc SCN scn sh T* Tc Td TD Tf Tj TJ TL Tm Tr Ts Tw Tz v w W W* y ' \"""".split())
ANNOTATION_TYPES = {"Text", "Link", "FreeText", "Line", "Square", "Circle", "Polygon", "PolyLine", "Highlight", "Underline",
                    "Squiggly", "StrikeOut", "Stamp", "Caret", "Ink", "Popup", "FileAttachment", "Widget", "PrinterMark",
                    "TrapNet", "Watermark", "Redact"}


class Report:
    def __init__(self):
        self.clauses = {}

    def check(self, clause, ok, detail=""):
        """Records `clause`; a clause checked on many objects fails when any of them fails."""
        entry = self.clauses.setdefault(clause, {"ok": True, "detail": ""})
        if not ok and entry["ok"]:
            entry["ok"] = False
            entry["detail"] = detail


def text(value):
    """A PDF text string (PDFDocEncoding or UTF-16 with BOM) as Python text."""
    return str(value) if value is not None else None


def pdf_date_to_xmp(value):
    """'D:20240301100000Z' → '2024-03-01T10:00:00Z' (the form the writer uses), or None."""
    m = re.fullmatch(r"D:(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{2}'\d{2}'?)?", value or "")
    if not m:
        return None
    y, mo, d, h, mi, s, zone = m.groups()
    out = f"{y}-{mo}-{d}"
    if h:
        out += f"T{h}:{mi}" + (f":{s}" if s else "")
    if zone:
        out += "Z" if zone == "Z" else f"{zone[0:3]}:{zone[4:6]}"
    return out


def walk_objects(pdf):
    """Every indirect object of the file."""
    for obj in pdf.objects:
        if obj is not None:
            yield obj


def check_file_structure(report, raw, pdf):
    # 6.1.2: header at byte 0, "%PDF-1.n" (n 0-7) and a single EOL, then % and four bytes > 127.
    m = re.match(rb"%PDF-1\.([0-7])(\r\n|\n|\r)", raw)
    report.check("6.1.2-1", m is not None, f"header {raw[:10]!r}")
    if m:
        rest = raw[m.end():]
        report.check("6.1.2-2", len(rest) >= 5 and rest[0:1] == b"%" and all(b > 127 for b in rest[1:5]),
                     f"second line {rest[:8]!r}")
    else:
        report.check("6.1.2-2", False, "no header line")
    # 6.1.3: trailer /ID of two strings, no /Encrypt, nothing after %%EOF but one EOL.
    ident = pdf.trailer.get("/ID")
    report.check("6.1.3-1", isinstance(ident, Array) and len(ident) == 2
                 and all(isinstance(x, String) and len(bytes(x)) > 0 for x in ident), f"/ID {ident!r}")
    report.check("6.1.3-2", "/Encrypt" not in pdf.trailer and not pdf.is_encrypted, "trailer has /Encrypt")
    end = raw.rfind(b"%%EOF")
    tail = raw[end + 5:] if end >= 0 else b"?"
    report.check("6.1.3-3", end >= 0 and tail in (b"", b"\n", b"\r\n", b"\r"), f"after %%EOF: {tail[:20]!r}")
    # 6.1.4: "xref" and the subsection header separated by one EOL.
    start = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", raw)
    if start:
        at = int(start.group(1))
        report.check("6.1.4-2", re.match(rb"xref(\r\n|\n|\r)\d+ \d+", raw[at:at + 40]) is not None,
                     f"at startxref: {raw[at:at + 20]!r}")
    else:
        report.check("6.1.4-2", False, "no startxref")
    # 6.1.7.1: stream keyword and Length; no external stream data. 6.1.7.2: no LZW, no Crypt.
    for obj in walk_objects(pdf):
        if not isinstance(obj, Stream):
            continue
        d = obj.stream_dict
        report.check("6.1.7.1-3", not any(k in d for k in ("/F", "/FFilter", "/FDecodeParms")),
                     f"object {obj.objgen}: external stream keys")
        filters = d.get("/Filter")
        names = [str(f) for f in (filters if isinstance(filters, Array) else [filters] if filters is not None else [])]
        report.check("6.1.7.2-1", not any(n in ("/LZWDecode", "/Crypt") for n in names), f"object {obj.objgen}: filters {names}")
    streams = [obj for obj in walk_objects(pdf) if isinstance(obj, Stream)]
    checked = 0
    for m in re.finditer(rb"(\d+) 0 obj\s*<<(?:(?!endobj).)*?/Length (\d+)(?:(?!endobj).)*?>>\s*stream", raw, re.S):
        eol = re.match(rb"\r\n|\n", raw[m.end():m.end() + 2])
        report.check("6.1.7.1-2", eol is not None, f"object {m.group(1).decode()}: 'stream' not followed by CRLF or LF")
        if eol is None:
            continue
        length = int(m.group(2))
        data_end = m.end() + len(eol.group(0)) + length
        report.check("6.1.7.1-1", re.match(rb"(\r\n|\n|\r)?endstream", raw[data_end:data_end + 12]) is not None,
                     f"object {m.group(1).decode()}: /Length {length} does not end at endstream")
        checked += 1
    # Every stream's dictionary has a direct /Length as the writer writes it, so each was found above.
    report.check("6.1.7.1-1", checked == len(streams), f"{checked} of {len(streams)} streams found with a direct /Length")
    # 6.1.13: implementation limits on names, strings, integers, nesting and page boxes.
    def limits(value, where):
        if isinstance(value, Name):
            report.check("6.1.13-4", len(str(value).encode()) - 1 <= 127, f"{where}: name longer than 127 bytes")
        elif isinstance(value, String):
            report.check("6.1.13-3", len(bytes(value)) <= 32767, f"{where}: string longer than 32767 bytes")
        elif isinstance(value, int) and not isinstance(value, bool):
            report.check("6.1.13-1", -2147483648 <= value <= 2147483647, f"{where}: integer {value}")
        elif isinstance(value, (Array,)):
            for item in value:
                limits(item, where)
        elif isinstance(value, Dictionary):
            for key in value.keys():
                report.check("6.1.13-4", len(key.encode()) - 1 <= 127, f"{where}: key longer than 127 bytes")
                item = value.get(key)
                if not (isinstance(item, (Dictionary, Array, Stream)) and item.is_indirect):
                    limits(item, where)
    for obj in walk_objects(pdf):
        limits(obj.stream_dict if isinstance(obj, Stream) else obj, f"object {obj.objgen}")
    report.check("6.1.13-7", len(pdf.objects) <= 8388607, "too many objects")
    for number, page in enumerate(pdf.pages, 1):
        box = [float(v) for v in page.mediabox]
        w, h = box[2] - box[0], box[3] - box[1]
        report.check("6.1.13-11", 3 <= w <= 14400 and 3 <= h <= 14400, f"page {number}: MediaBox {box}")


def check_graphics(report, pdf):
    # 6.2.3: the PDF/A output intent and its ICC profile; 6.2.4.3: device colour only with it.
    intents = pdf.Root.get("/OutputIntents")
    pdfa = [oi for oi in (intents or []) if oi.get("/S") == Name("/GTS_PDFA1")]
    report.check("6.2.3-0", len(pdfa) >= 1 and all("/OutputConditionIdentifier" in oi for oi in pdfa),
                 f"PDF/A output intents: {len(pdfa)}")
    profiles = {oi.DestOutputProfile.objgen for oi in (intents or []) if "/DestOutputProfile" in oi}
    report.check("6.2.3-2", len(profiles) <= 1, "output intents with different profiles")
    colour_space = None
    for oi in pdfa:
        profile = oi.get("/DestOutputProfile")
        if not isinstance(profile, Stream):
            report.check("6.2.3-1", False, "output intent without DestOutputProfile stream")
            continue
        icc = profile.read_bytes()
        size = int.from_bytes(icc[0:4], "big") if len(icc) >= 128 else 0
        device_class, colour_space = icc[12:16], icc[16:20]
        version = icc[8] + icc[9] / 16 / 10 if len(icc) >= 128 else 99
        report.check("6.2.3-1", size == len(icc) and icc[36:40] == b"acsp" and device_class in (b"prtr", b"mntr")
                     and colour_space in (b"RGB ", b"GRAY", b"CMYK") and version < 5.0,
                     f"ICC profile: size {size}/{len(icc)}, class {device_class!r}, space {colour_space!r}, version {version}")
        channels = {b"RGB ": 3, b"GRAY": 1, b"CMYK": 4}.get(colour_space)
        report.check("6.2.3-1", profile.get("/N") == channels, f"/N {profile.get('/N')} for {colour_space!r}")
    uses = {"rgb": False, "cmyk": False, "gray": False}
    depth_ok = True
    font_of_content = []
    for number, page in enumerate(pdf.pages, 1):
        depth = 0
        font = None
        try:
            instructions = pikepdf.parse_content_stream(page)
        except pikepdf.PdfError as error:
            report.check("6.2.2-1", False, f"page {number}: content stream cannot be read: {error}")
            continue
        report.check("6.2.2-1", True)
        for operands, operator in instructions:
            op = str(operator)
            report.check("6.2.2-1", op in OPERATORS, f"page {number}: operator {op!r} is not defined in ISO 32000-1")
            if op in ("rg", "RG"):
                uses["rgb"] = True
            elif op in ("k", "K"):
                uses["cmyk"] = True
            elif op in ("g", "G"):
                uses["gray"] = True
            elif op in ("cs", "CS") and operands:
                space = str(operands[0])
                uses["rgb"] |= space == "/DeviceRGB"
                uses["cmyk"] |= space == "/DeviceCMYK"
                uses["gray"] |= space == "/DeviceGray"
            elif op == "q":
                depth += 1
                depth_ok &= depth <= 28
            elif op == "Q":
                depth -= 1
            elif op == "Tf":
                font = str(operands[0])
            elif op in ("Tj", "'", '"', "TJ"):
                strings = operands[-1] if op != "TJ" else [x for x in operands[0] if isinstance(x, String)]
                if isinstance(strings, String):
                    strings = [strings]
                font_of_content.append((number, page, font, [bytes(s) for s in strings]))
        report.check("6.1.13-8", depth_ok, f"page {number}: q nesting deeper than 28")
    for resource in all_resources(pdf):
        for name, image in (resource.get("/XObject") or {}).items():
            if image.get("/Subtype") == Name("/Image"):
                space = image.get("/ColorSpace")
                uses["rgb"] |= space == Name("/DeviceRGB")
                uses["cmyk"] |= space == Name("/DeviceCMYK")
                uses["gray"] |= space == Name("/DeviceGray")
    report.check("6.2.4.3-2", not uses["rgb"] or colour_space == b"RGB ", "DeviceRGB without an RGB output intent")
    report.check("6.2.4.3-3", not uses["cmyk"] or colour_space == b"CMYK", "DeviceCMYK without a CMYK output intent")
    report.check("6.2.4.3-4", not uses["gray"] or colour_space is not None, "DeviceGray without an output intent")
    # 6.2.5 graphics states, 6.2.8 images, 6.2.9 XObjects, 6.2.10 blend modes.
    for resource in all_resources(pdf):
        for name, state in (resource.get("/ExtGState") or {}).items():
            report.check("6.2.5-1", "/TR" not in state, f"ExtGState {name} has /TR")
            report.check("6.2.5-2", state.get("/TR2", Name("/Default")) == Name("/Default"), f"ExtGState {name} has /TR2")
            report.check("6.2.5-3", "/HTP" not in state, f"ExtGState {name} has /HTP")
            modes = state.get("/BM")
            for mode in (modes if isinstance(modes, Array) else [modes] if modes is not None else []):
                report.check("6.2.10-1", str(mode)[1:] in STANDARD_BLEND_MODES, f"ExtGState {name}: blend mode {mode}")
        for name, xobject in (resource.get("/XObject") or {}).items():
            subtype = xobject.get("/Subtype")
            if subtype == Name("/Image"):
                report.check("6.2.8-1", "/Alternates" not in xobject, f"image {name} has /Alternates")
                report.check("6.2.8-2", "/OPI" not in xobject, f"image {name} has /OPI")
                report.check("6.2.8-3", xobject.get("/Interpolate", False) is False or bool(xobject.Interpolate) is False,
                             f"image {name} interpolates")
                if xobject.get("/ImageMask", False):
                    report.check("6.2.8-5", xobject.get("/BitsPerComponent", 1) == 1, f"image mask {name}: BitsPerComponent")
                else:
                    report.check("6.2.8-4", xobject.get("/BitsPerComponent") in (1, 2, 4, 8, 16), f"image {name}: BitsPerComponent")
            elif subtype == Name("/Form"):
                report.check("6.2.9-1", not any(k in xobject for k in ("/OPI", "/PS")) and xobject.get("/Subtype2") != Name("/PS"),
                             f"form {name}: PostScript or OPI")
                report.check("6.2.9-2", "/Ref" not in xobject, f"form {name} is a reference XObject")
            report.check("6.2.9-3", subtype != Name("/PS"), f"PostScript XObject {name}")
    check_fonts(report, pdf, font_of_content)


def all_resources(pdf):
    """The resource dictionaries of the pages and of the patterns and forms they use."""
    seen = set()
    stack = [page.obj.get("/Resources") for page in pdf.pages]
    while stack:
        resources = stack.pop()
        if resources is None or (resources.is_indirect and resources.objgen in seen):
            continue
        if resources.is_indirect:
            seen.add(resources.objgen)
        yield resources
        for category in ("/Pattern", "/XObject"):
            for _, item in (resources.get(category) or {}).items():
                if isinstance(item, Stream) and "/Resources" in item:
                    stack.append(item.Resources)


def check_fonts(report, pdf, shown):
    fonts = {}
    for resources in all_resources(pdf):
        for name, font in (resources.get("/Font") or {}).items():
            fonts[str(name)] = font
    report.check("6.2.11.4.1-1", len(fonts) > 0, "no fonts to check")
    for name, font in fonts.items():
        subtype = font.get("/Subtype")
        # 6.2.11.2: well-formed font dictionaries; the writer uses Type0 / CIDFontType2 only.
        report.check("6.2.11.2-1", font.get("/Type") == Name("/Font") and subtype is not None, f"font {name}: /Type /Subtype")
        if subtype != Name("/Type0"):
            report.check("6.2.11.2-7", False, f"font {name}: {subtype} (the writer embeds Type0 fonts only)")
            continue
        descendant = font.DescendantFonts[0]
        # 6.2.11.3.1: Identity-H with any CIDSystemInfo.
        report.check("6.2.11.3.1-1", font.get("/Encoding") in (Name("/Identity-H"), Name("/Identity-V")),
                     f"font {name}: encoding {font.get('/Encoding')}")
        report.check("6.2.11.2-1", descendant.get("/Subtype") == Name("/CIDFontType2") and "/CIDSystemInfo" in descendant,
                     f"font {name}: descendant {descendant.get('/Subtype')}")
        # 6.2.11.3.2: CIDToGIDMap of a Type 2 CIDFont is /Identity or a stream.
        cid_to_gid = descendant.get("/CIDToGIDMap")
        report.check("6.2.11.3.2-1", cid_to_gid == Name("/Identity") or isinstance(cid_to_gid, Stream),
                     f"font {name}: CIDToGIDMap {cid_to_gid!r}")
        descriptor = descendant.get("/FontDescriptor")
        # 6.2.11.4.1: the program is embedded (FontFile2 for TrueType outlines).
        embedded = descriptor is not None and isinstance(descriptor.get("/FontFile2"), Stream) and len(descriptor.FontFile2.read_bytes()) > 0
        report.check("6.2.11.4.1-1", embedded, f"font {name}: no FontFile2")
        # 6.2.11.4.2: no CIDSet is written (optional in PDF/A-2; an incomplete one would fail).
        report.check("6.2.11.4.2-2", descriptor is not None and "/CIDSet" not in descriptor,
                     f"font {name}: CIDSet present (completeness is not checked here)")
        # 6.2.11.7.2 (level A/U; checked for every report): a ToUnicode CMap maps every code shown.
        to_unicode = font.get("/ToUnicode")
        mapped = set()
        if isinstance(to_unicode, Stream):
            cmap = to_unicode.read_bytes().decode("latin-1")
            for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
                mapped.update(int(code, 16) for code in re.findall(r"<([0-9A-Fa-f]{4})>\s*<[0-9A-Fa-f]+>", block))
            for block in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
                for lo, hi in re.findall(r"<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]{4})>", block):
                    mapped.update(range(int(lo, 16), int(hi, 16) + 1))
        report.check("6.2.11.7.2-1", isinstance(to_unicode, Stream) and mapped, f"font {name}: no ToUnicode CMap")
        glyph_of = None
        if isinstance(cid_to_gid, Stream):
            table = cid_to_gid.read_bytes()
            glyph_of = lambda cid, table=table: int.from_bytes(table[2 * cid:2 * cid + 2], "big") if 2 * cid + 2 <= len(table) else 0
        # The embedded program as fontTools reads it: glyph count and advance widths.
        program = None
        if embedded:
            try:
                program = TTFont(io.BytesIO(descriptor.FontFile2.read_bytes()), lazy=True)
            except Exception as error:
                report.check("6.2.11.2-1", False, f"font {name}: FontFile2 is not a TrueType program fontTools reads: {error}")
        fonts[name] = (font, mapped, glyph_of, program, widths_of(descendant))
    # 6.2.11.8: no text operator shows .notdef (CID → glyph 0); 6.2.11.7.2: every shown code has text.
    for number, page, resource_name, strings in shown:
        entry = fonts.get(resource_name)
        if not isinstance(entry, tuple):
            report.check("6.2.11.4.1-2", False, f"page {number}: text in font {resource_name}, which the resources lack")
            continue
        _, mapped, glyph_of, program, widths = entry
        for data in strings:
            codes = [int.from_bytes(data[i:i + 2], "big") for i in range(0, len(data) - 1, 2)]
            for code in codes:
                glyph = glyph_of(code) if glyph_of else code
                report.check("6.2.11.8-1", glyph != 0, f"page {number}: font {resource_name} shows .notdef (code {code:04X})")
                report.check("6.2.11.7.2-1", code in mapped, f"page {number}: font {resource_name} code {code:04X} has no text")
                if program is None:
                    continue
                order = program.getGlyphOrder()
                # 6.2.11.4.1-2: the program defines the glyph (an outline or an empty one, with metrics).
                defined = glyph < len(order) and order[glyph] in program["hmtx"].metrics
                report.check("6.2.11.4.1-2", defined, f"page {number}: font {resource_name} glyph {glyph} is not in the program")
                if not defined:
                    continue
                # 6.2.11.5: the dictionary's width is the program's advance (1/1000 em, within 1).
                advance = program["hmtx"].metrics[order[glyph]][0] * 1000 / program["head"].unitsPerEm
                width = widths.get(code, widths.get("default", 1000))
                report.check("6.2.11.5-1", abs(width - advance) <= 1,
                             f"page {number}: font {resource_name} code {code:04X}: /W {width}, program {advance:.1f}")


def widths_of(cid_font):
    """The /W array of a CIDFont as {cid: width}, with its /DW under "default"."""
    widths = {"default": float(cid_font.get("/DW", 1000))}
    entries = list(cid_font.get("/W") or [])
    index = 0
    while index < len(entries):
        first = int(entries[index])
        if isinstance(entries[index + 1], Array):
            for offset, width in enumerate(entries[index + 1]):
                widths[first + offset] = float(width)
            index += 2
        else:
            last, width = int(entries[index + 1]), float(entries[index + 2])
            for cid in range(first, last + 1):
                widths[cid] = width
            index += 3
    return widths


def check_annotations_and_actions(report, pdf):
    for number, page in enumerate(pdf.pages, 1):
        report.check("6.5.2-2", "/AA" not in page.obj, f"page {number} has /AA")
        report.check("6.10-2", "/PresSteps" not in page.obj, f"page {number} has /PresSteps")
        for annotation in page.obj.get("/Annots") or []:
            subtype = str(annotation.get("/Subtype"))[1:]
            report.check("6.3.1-1", subtype in ANNOTATION_TYPES and subtype not in ("3D", "Sound", "Screen", "Movie"),
                         f"page {number}: annotation {subtype}")
            flags = int(annotation.get("/F", 0))
            if subtype != "Popup":
                report.check("6.3.2-1", "/F" in annotation, f"page {number}: {subtype} annotation without /F")
            if "/F" in annotation:
                # Print (4) set; Invisible (1), Hidden (2), NoView (32), ToggleNoView (256) clear.
                report.check("6.3.2-2", flags & 4 and not flags & (1 | 2 | 32 | 256), f"page {number}: {subtype} /F {flags}")
            rect = [float(v) for v in annotation.get("/Rect", [0, 0, 0, 0])]
            zero = rect[0] == rect[2] and rect[1] == rect[3]
            report.check("6.3.3-1", zero or subtype in ("Popup", "Link") or "/AP" in annotation, f"page {number}: {subtype} without /AP")
            if "/AP" in annotation:
                report.check("6.3.3-2", set(annotation.AP.keys()) == {"/N"}, f"page {number}: /AP keys {list(annotation.AP.keys())}")
            action = annotation.get("/A")
            if action is not None:
                kind = str(action.get("/S"))[1:]
                report.check("6.5.1-1", kind not in FORBIDDEN_ACTIONS, f"page {number}: {kind} action")
                if kind == "Named":
                    report.check("6.5.1-2", str(action.get("/N"))[1:] in ("NextPage", "PrevPage", "FirstPage", "LastPage"),
                                 f"page {number}: named action {action.get('/N')}")
    root = pdf.Root
    open_action = root.get("/OpenAction")
    if isinstance(open_action, Dictionary):
        report.check("6.5.1-1", str(open_action.get("/S"))[1:] not in FORBIDDEN_ACTIONS, "catalog OpenAction")
    report.check("6.5.1-1", "/JavaScript" not in (root.get("/Names") or {}), "document-level JavaScript")
    report.check("6.5.2-1", "/AA" not in root, "catalog has /AA")
    report.check("6.4.2-2", "/NeedsRendering" not in root, "catalog has /NeedsRendering")
    report.check("6.4.1-3", not bool((root.get("/AcroForm") or {}).get("/NeedAppearances", False)), "NeedAppearances true")
    report.check("6.8-5", "/EmbeddedFiles" not in (root.get("/Names") or {}), "embedded files (not checked to be PDF/A)")
    report.check("6.10-1", "/AlternatePresentations" not in (root.get("/Names") or {}), "AlternatePresentations")
    report.check("6.11-1", "/Requirements" not in root, "catalog has /Requirements")
    report.check("6.9-0", "/OCProperties" not in root, "optional content (its configuration is not checked here)")


def check_metadata(report, pdf):
    root = pdf.Root
    metadata = root.get("/Metadata")
    ok = isinstance(metadata, Stream) and metadata.get("/Type") == Name("/Metadata") and metadata.get("/Subtype") == Name("/XML")
    report.check("6.6.2.1-1", ok, "catalog /Metadata is not a /Type /Metadata /Subtype /XML stream")
    if not ok:
        return None
    report.check("6.6.2.1-1", "/Filter" not in metadata, "metadata stream is compressed (readers scanning files expect plain XML)")
    packet = metadata.read_bytes()
    header = re.match(rb"<\?xpacket ([^?]*)\?>", packet)
    report.check("6.6.2.1-2", header is not None and b"bytes=" not in header.group(1), "xpacket header missing or has bytes=")
    report.check("6.6.2.1-3", header is not None and b"encoding=" not in header.group(1), "xpacket header has encoding=")
    try:
        packet.decode("utf-8")
        report.check("6.6.2.1-5", not packet.startswith((b"\xfe\xff", b"\xff\xfe")), "UTF-16 packet")
    except UnicodeDecodeError as error:
        report.check("6.6.2.1-5", False, f"not UTF-8: {error}")
    try:
        tree = ET.parse(io.BytesIO(packet))
    except ET.ParseError as error:
        report.check("6.6.2.1-4", False, f"not well-formed XML: {error}")
        return None
    rdf = tree.getroot().find(f"{{{RDF}}}RDF") if tree.getroot().tag != f"{{{RDF}}}RDF" else tree.getroot()
    report.check("6.6.2.1-4", rdf is not None, "no rdf:RDF element")
    if rdf is None:
        return None
    descriptions = rdf.findall(f"{{{RDF}}}Description")
    properties = {}
    described = set()
    for description in descriptions:
        report.check("6.6.2.1-4", description.get(f"{{{RDF}}}about") in ("", None), "rdf:about is not empty")
        for prop in description:
            namespace = prop.tag[1:].split("}")[0]
            properties[prop.tag] = prop
            if prop.tag == f"{{{PDFA_EXTENSION}}}schemas":
                for uri in prop.iter("{http://www.aiim.org/pdfa/ns/schema#}namespaceURI"):
                    described.add(uri.text)
    # 6.6.2.3.1: predefined schemas, or schemas the packet describes as extension schemas.
    for tag in properties:
        namespace = tag[1:].split("}")[0]
        report.check("6.6.2.3.1-1", namespace in PREDEFINED or namespace in described, f"property {tag} from an undescribed schema")
    # 6.6.4: PDF/A identification.
    part = properties.get(f"{{{PDFAID}}}part")
    conformance = properties.get(f"{{{PDFAID}}}conformance")
    report.check("6.6.4-1", part is not None and conformance is not None, "no pdfaid:part / pdfaid:conformance")
    report.check("6.6.4-2", part is not None and (part.text or "").strip() == "2", f"pdfaid:part {part.text if part is not None else None}")
    report.check("6.6.4-3", conformance is not None and (conformance.text or "").strip() in ("A", "B", "U"),
                 f"pdfaid:conformance {conformance.text if conformance is not None else None}")
    report.check("6.6.4-4", b"pdfaid:part" in packet, "pdfaid:part written with another prefix")
    report.check("6.6.4-5", b"pdfaid:conformance" in packet, "pdfaid:conformance written with another prefix")
    ua = properties.get(f"{{{PDFUAID}}}part")
    report.check("6.6.2.3.1-1", ua is None or PDFUAID in described, "pdfuaid without its extension schema")

    def alt(tag):
        prop = properties.get(tag)
        if prop is None:
            return None
        items = prop.findall(f".//{{{RDF}}}li")
        default = [li for li in items if li.get(f"{{{XML_NS}}}lang") == "x-default"]
        return (default or items or [None])[0].text if (default or items) else None

    def seq_first(tag):
        prop = properties.get(tag)
        items = prop.findall(f".//{{{RDF}}}li") if prop is not None else []
        return items[0].text if items else None

    def simple(tag):
        prop = properties.get(tag)
        return prop.text if prop is not None else None

    # ISO 32000-1, 14.3.3: document information and XMP say the same (PDF/A-1's 6.7.3 requires
    # it; PDF/A-2 validators compare them too).
    info = pdf.trailer.get("/Info") or Dictionary()
    pairs = [("/Title", alt(f"{{{DC}}}title")), ("/Author", seq_first(f"{{{DC}}}creator")),
             ("/Subject", alt(f"{{{DC}}}description")), ("/Keywords", simple(f"{{{PDF}}}Keywords")),
             ("/Creator", simple(f"{{{XMP}}}CreatorTool")), ("/Producer", simple(f"{{{PDF}}}Producer"))]
    for key, xmp_value in pairs:
        info_value = text(info.get(key))
        report.check("6.6.2-info", (info_value or None) == (xmp_value or None), f"{key}: Info {info_value!r} vs XMP {xmp_value!r}")
    for key, tag in (("/CreationDate", f"{{{XMP}}}CreateDate"), ("/ModDate", f"{{{XMP}}}ModifyDate")):
        info_value = text(info.get(key))
        report.check("6.6.2-info", pdf_date_to_xmp(info_value) == simple(tag), f"{key}: Info {info_value!r} vs XMP {simple(tag)!r}")
    # Non-ASCII Info strings as UTF-16BE with BOM (PDFDocEncoding cannot carry other scripts).
    for key in info.keys():
        value = info.get(key)
        if isinstance(value, String):
            raw = bytes(value)
            report.check("6.6.2-info", raw.startswith(b"\xfe\xff") or all(32 <= b < 127 for b in raw),
                         f"Info {key} is neither ASCII nor UTF-16BE with BOM")
    return {"title": alt(f"{{{DC}}}title"), "author": seq_first(f"{{{DC}}}creator"),
            "language": seq_first(f"{{{DC}}}language"), "part": simple(f"{{{PDFAID}}}part"),
            "conformance": simple(f"{{{PDFAID}}}conformance"), "pdfua_part": simple(f"{{{PDFUAID}}}part"),
            "create_date": simple(f"{{{XMP}}}CreateDate")}


def outline(pdf):
    """Each bookmark: title, 1-based page, destination y (PDF space), page height."""
    pages = {page.obj.objgen: (index, float(page.mediabox[3])) for index, page in enumerate(pdf.pages, 1)}
    out = []
    with pdf.open_outline() as tree:
        def visit(items, level):
            for item in items:
                dest = item.destination
                if isinstance(dest, Array) and len(dest) >= 4 and dest[1] == Name("/XYZ"):
                    page, height = pages.get(dest[0].objgen, (None, None))
                    out.append({"title": item.title, "level": level, "page": page, "kind": "XYZ",
                                "top": None if dest[3] is None else float(dest[3]), "height": height})
                else:
                    out.append({"title": item.title, "level": level, "page": None, "kind": repr(dest)})
                visit(item.children, level + 1)
        visit(tree.root, 0)
    return out


def check(path):
    raw = open(path, "rb").read()
    report = Report()
    with pikepdf.open(path) as pdf:
        check_file_structure(report, raw, pdf)
        check_graphics(report, pdf)
        check_annotations_and_actions(report, pdf)
        xmp = check_metadata(report, pdf)
        catalog = {"lang": text(pdf.Root.get("/Lang")),
                   "display_doc_title": bool((pdf.Root.get("/ViewerPreferences") or {}).get("/DisplayDocTitle", False)),
                   "version": pdf.pdf_version}
        return {"clauses": report.clauses, "xmp": xmp, "catalog": catalog, "outline": outline(pdf)}


def break_file(path, clause, out):
    """Writes a copy of `path` that breaks `clause`; returns False if it has no such break."""
    with pikepdf.open(path) as pdf:
        root = pdf.Root
        if clause == "6.1.3-1":
            del pdf.trailer["/ID"]
            pdf.save(out, fix_metadata_version=False)
            # qpdf always writes an /ID: remove it from the bytes instead.
            data = open(out, "rb").read()
            data = re.sub(rb"/ID \[<[0-9a-f]+><[0-9a-f]+>\]", lambda m: b" " * len(m.group(0)), data)
            open(out, "wb").write(data)
            return True
        if clause == "6.1.2-2":
            pdf.save(out, fix_metadata_version=False)
            data = open(out, "rb").read()
            line = data.index(b"\n") + 1
            open(out, "wb").write(data[:line] + b"%abcd" + data[line + 5:])
            return True
        if clause == "6.1.3-3":
            pdf.save(out, fix_metadata_version=False)
            open(out, "ab").write(b"% trailing data\n")
            return True
        if clause == "6.1.7.2-1":
            stream = pdf.pages[0].obj.Contents
            stream = stream[0] if isinstance(stream, Array) else stream
            stream.write(stream.read_bytes())  # uncompressed
            stream.Filter = Name("/LZWDecode")
        elif clause == "6.2.3-0":
            del root["/OutputIntents"]
        elif clause == "6.2.3-1":
            oi = root.OutputIntents[0]
            icc = bytearray(oi.DestOutputProfile.read_bytes())
            icc[12:16] = b"scnr"
            oi.DestOutputProfile.write(bytes(icc))
        elif clause == "6.2.4.3-3":
            stream = pdf.pages[0].obj.Contents
            stream = stream[0] if isinstance(stream, Array) else stream
            stream.write(b"0 0 0 1 k\n" + stream.read_bytes())
        elif clause == "6.2.11.4.1-1":
            for _, font in pdf.pages[0].Resources.Font.items():
                del font.DescendantFonts[0].FontDescriptor["/FontFile2"]
                break
        elif clause == "6.2.11.7.2-1":
            for _, font in pdf.pages[0].Resources.Font.items():
                del font["/ToUnicode"]
                break
        elif clause == "6.2.11.5-1":
            for _, font in pdf.pages[0].Resources.Font.items():
                widths = font.DescendantFonts[0].W
                for index in range(1, len(widths)):
                    if isinstance(widths[index], Array):
                        widths[index] = Array([float(w) + 50 for w in widths[index]])
                break
        elif clause == "6.2.11.8-1":
            stream = pdf.pages[0].obj.Contents
            stream = stream[0] if isinstance(stream, Array) else stream
            name = next(iter(pdf.pages[0].Resources.Font.keys()))
            stream.write(stream.read_bytes() + f"\nBT {name} 10 Tf 0 0 Td <0000> Tj ET\n".encode())
        elif clause == "6.3.2-2":
            found = False
            for page in pdf.pages:
                for annotation in page.obj.get("/Annots") or []:
                    annotation.F = 2
                    found = True
            if not found:
                return False
        elif clause == "6.5.1-1":
            root.OpenAction = Dictionary(S=Name("/JavaScript"), JS=String("app.alert(1)"))
        elif clause == "6.6.2.1-1":
            del root["/Metadata"]
        elif clause == "6.6.2.1-4":
            root.Metadata.write(root.Metadata.read_bytes().replace(b"</rdf:RDF>", b"</rdf:Bag>"))
        elif clause == "6.6.2.3.1-1":
            root.Metadata.write(root.Metadata.read_bytes().replace(
                b"<dc:format>", b"<hcc:patient xmlns:hcc=\"urn:example:hcc\">x</hcc:patient><dc:format>"))
        elif clause == "6.6.4-2":
            root.Metadata.write(root.Metadata.read_bytes().replace(b"<pdfaid:part>2<", b"<pdfaid:part>1<"))
        elif clause == "6.6.2-info":
            pdf.trailer.Info.Title = String("Another title")
        else:
            return False
        pdf.save(out, fix_metadata_version=False)
        return True


SELF_TEST = ["6.1.2-2", "6.1.3-1", "6.1.3-3", "6.1.7.2-1", "6.2.3-0", "6.2.3-1", "6.2.4.3-3", "6.2.11.4.1-1",
             "6.2.11.5-1", "6.2.11.7.2-1", "6.2.11.8-1", "6.3.2-2", "6.5.1-1", "6.6.2.1-1", "6.6.2.1-4", "6.6.2.3.1-1", "6.6.4-2",
             "6.6.2-info"]


def self_test(path):
    import os
    import tempfile
    caught = {}
    with tempfile.TemporaryDirectory() as folder:
        for clause in SELF_TEST:
            broken = os.path.join(folder, clause + ".pdf")
            if not break_file(path, clause, broken):
                caught[clause] = None
                continue
            try:
                result = check(broken)["clauses"].get(clause)
                caught[clause] = result is not None and result["ok"] is False
            except Exception as error:  # a file pikepdf cannot read is not a caught clause
                caught[clause] = f"checker failed: {error}"
    return {"caught": caught}


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--self-test":
        print(json.dumps(self_test(sys.argv[2])))
    elif len(sys.argv) == 2:
        print(json.dumps(check(sys.argv[1])))
    else:
        sys.exit(__doc__)
