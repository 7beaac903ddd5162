#!/usr/bin/env python3
"""Writes the hostile input corpus next to this script (run once; the output is committed).

Every file is deterministic (the garbage comes from a seeded generator), so rerunning this script
reproduces the committed bytes. HostileInputTests asserts the exact outcome of each file; the
100 MB file is not committed: the test generates it in a temporary folder.
"""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
VALID = open(os.path.join(HERE, "..", "..", "..", "..", "Examples", "cases", "p01-figure2-65y-obr.yaml"), "rb").read()


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def with_id(patient_id, name=None):
    text = VALID.decode("utf-8").replace('id: "HCC-2025-0001"', "id: " + patient_id, 1)
    if name is not None:
        text = text.replace('name: "Wang, Li"', "name: " + name, 1)
    return text


# The classic "billion laughs": 9 levels of 10 aliases expand to 10^9 strings.
lines = ['a0: &a0 "lol"']
for level in range(1, 10):
    lines.append(f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * 10) + "]")
write("alias-bomb.yaml", "\n".join(lines) + "\npatient: {id: *a9}\n")
# 10,000 levels of flow lists, in YAML and in JSON.
write("deep-nesting.yaml", "patient: " + "[" * 10000 + "]" * 10000 + "\n")
write("deep-nesting.json", '{"patient": ' + "[" * 10000 + "]" * 10000 + "}\n")
# 4 KiB of seeded random bytes.
write("binary-garbage.yaml", random.Random(20250601).randbytes(4096))
# Latin-1 "é" in the name (not UTF-8).
write("invalid-utf8.yaml", VALID.replace("Wang, Li".encode(), "Jos\xe9, Li".encode("latin-1"), 1))
# A UTF-8 byte-order mark before a valid case: accepted.
write("utf8-bom.yaml", b"\xef\xbb\xbf" + VALID)
# The valid case saved as UTF-16 LE with its BOM: refused with a hint.
write("utf16-bom.yaml", b"\xff\xfe" + VALID.decode("utf-8").encode("utf-16-le"))
# Non-finite and overflowing numbers where measurements belong.
write("non-finite.yaml", VALID.decode("utf-8").replace("size_mm: 42.4", "size_mm: .nan", 1)
      .replace("nic_percent: 17.42", "nic_percent: 1e400", 1).replace("ps: 17.38", "ps: Infinity", 1)
      .replace("weight_kg: 68", "weight_kg: -.inf", 1))
# The same key twice in one mapping, in YAML and JSON.
write("duplicate-keys.yaml", VALID.decode("utf-8").replace("      ps: 17.38\n", "      ps: 17.38\n      ps: 18.00\n", 1))
write("duplicate-keys.json", '{"schema_version": 1, "patient": {"id": "DUP", "id": "DUP-2"}, "lesions": []}\n')
# Patient IDs that must not choose where the report is written.
write("id-traversal.yaml", with_id('"../../etc/passwd"'))
write("id-slashes.yaml", with_id('"/abs/a\\\\b/c:d"'))
# A NUL byte in the file (refused) and an escaped NUL inside the ID and name (read; sanitised).
write("nul-byte.yaml", VALID.replace(b"Wang, Li", b"Wang\x00 Li", 1))
write("nul-escaped.json", open(os.path.join(HERE, "..", "..", "..", "..", "Examples", "cases", "p02-figure2-52y-nr.json"), encoding="utf-8").read()
      .replace('"id": "HCC-2025-0002"', '"id": "NUL\\u0000ID"', 1).replace('"name": "Zhao, Min"', '"name": "Zhao\\u0000Min"', 1))
# Right-to-left (Arabic, Hebrew) and CJK text in the ID and name, with bidi controls.
write("rtl-cjk.yaml", with_id('"مريض-٤٢ 王小明"', '"עברית, 王小明 (おう しょうめい), 김민수"'))
# A right-to-left override that would make "HCC-\u202e1000" print as "HCC-0001" (refused).
write("bidi-override.yaml", with_id('"HCC-\u202e1000"'))
# Nothing at all, and empty lists.
write("empty.yaml", b"")
write("empty-list.yaml", "[]\n")
write("empty-list.json", "[]\n")
# A cohort CSV with quoted commas in the IDs, and missing values.
write("cohort-quoted-missing.csv",
      'lesion_id,outcome,size_mm,nic_ap_percent,ps_ml_min_100g\n'
      '"syn-001, left lobe",ObR,47.48,9.98,4.70\n'
      '"syn-002 ""B""",NR,40.11,20.91,13.79\n'
      'syn-003,ObR,,12.00,8.10\n'
      'syn-004,NR,35.00,31.20,\n'
      'syn-005,,22.00,10.00,9.00\n')
