#!/usr/bin/env python3
"""Writes the hostile workbooks of the hostile corpus next to this script (the output is committed).

    python3 Tests/CLITests/Fixtures/Hostile/make_hostile_workbooks.py

Standard library only; deterministic (fixed ZIP timestamps), so rerunning reproduces the bytes.
HostileInputTests asserts the exact sentence each one is refused with.
- zip-bomb.xlsx: the sheet's ZIP headers claim 1 KiB, but it inflates to 256 MiB.
- shared-strings-1gb.xlsx: a genuine shared-strings part of 1 GiB (1.0 MiB compressed).
- entity-expansion.xlsx: "billion laughs" entities in the shared strings.
- million-empty-rows.xlsx: a sheet of 1,000,000 empty <row/> elements.
"""
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
HEADER = '<row r="1"><c r="A1" t="inlineStr"><is><t>patient_id</t></is></c><c r="B1" t="inlineStr"><is><t>lesion_id</t></is></c></row>'


def parts(sheet=None, shared=None):
    """The parts of a one-sheet workbook; `sheet` and `shared` are (bytes or an iterator of byte chunks)."""
    result = [
        ("[Content_Types].xml", b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>'),
        ("_rels/.rels", b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8"?><workbook {NS}><sheets><sheet name="lesions" sheetId="1" r:id="rId1"/></sheets></workbook>'.encode()),
        ("xl/_rels/workbook.xml.rels", b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         b'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'),
        ("xl/worksheets/sheet1.xml", sheet if sheet is not None else f'<?xml version="1.0" encoding="UTF-8"?><worksheet {NS}><sheetData>{HEADER}</sheetData></worksheet>'.encode()),
    ]
    if shared is not None:
        result.append(("xl/sharedStrings.xml", shared))
    return result


def chunks(data):
    if isinstance(data, bytes):
        yield data
    else:
        yield from data


def write_zip(name, entries, claimed_sizes=None):
    """A ZIP written by hand (deflate, fixed timestamps); `claimed_sizes` overrides the uncompressed size in the headers."""
    claimed_sizes = claimed_sizes or {}
    out = bytearray()
    central = bytearray()
    for path, data in entries:
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        compressed = bytearray()
        crc, size = 0, 0
        for chunk in chunks(data):
            crc = zlib.crc32(chunk, crc)
            size += len(chunk)
            compressed += compressor.compress(chunk)
        compressed += compressor.flush()
        size = claimed_sizes.get(path, size)
        name_bytes = path.encode()
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(compressed), size, len(name_bytes), 0) + name_bytes + compressed
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc, len(compressed), size, len(name_bytes),
                               0, 0, 0, 0, 0, offset) + name_bytes
    out += central + struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), len(out), 0)
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(out)


def padded_sheet(total):
    yield f'<?xml version="1.0" encoding="UTF-8"?><worksheet {NS}><sheetData>{HEADER}'.encode()
    block = b" " * (1 << 20)
    for _ in range(total >> 20):
        yield block
    yield b"</sheetData></worksheet>"


def gigabyte_strings():
    yield f'<?xml version="1.0" encoding="UTF-8"?><sst {NS[:NS.index(" xmlns:r")]}><si><t>'.encode()
    block = b"a" * (1 << 20)
    for _ in range(1 << 10):
        yield block
    yield b"</t></si></sst>"


laughs = ['<?xml version="1.0"?>', '<!DOCTYPE sst [', '<!ENTITY lol "lol">']
for level in range(1, 10):
    laughs.append(f'<!ENTITY lol{level} "' + f"&lol{level - 1 if level > 1 else ''};" * 10 + '">')
laughs.append(']>')
laughs.append('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol9;</t></si></sst>')

empty_rows = f'<?xml version="1.0" encoding="UTF-8"?><worksheet {NS}><sheetData>{HEADER}'.encode() + b"<row/>" * 1_000_000 + b"</sheetData></worksheet>"

if __name__ == "__main__":
    write_zip("zip-bomb.xlsx", parts(sheet=padded_sheet(256 << 20)), claimed_sizes={"xl/worksheets/sheet1.xml": 1024})
    write_zip("shared-strings-1gb.xlsx", parts(shared=gigabyte_strings()))
    write_zip("entity-expansion.xlsx", parts(shared="\n".join(laughs).encode()))
    write_zip("million-empty-rows.xlsx", parts(sheet=empty_rows))
