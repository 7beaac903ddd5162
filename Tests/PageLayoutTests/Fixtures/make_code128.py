# Reference Code 128 encodings from python-barcode (an independent implementation).
# Regenerate:  pip install python-barcode==0.16.1 && python3 make_code128.py > code128.json
# Only texts that python-barcode keeps in code set B (no runs of 4+ digits) are used, so the
# module strings must equal ours exactly.
import json
from barcode import Code128
texts = ["A", "HCC-7", "Wang Li", "P-12a", "x_y/z", "~!@#$%^&*()", "Test 123"]
out = []
for t in texts:
    c = Code128(t)
    codes = c._build()
    assert codes[0] == 104 and 99 not in codes and 101 not in codes, t
    out.append({"text": t, "symbols_without_check": codes, "modules": c.build()[0]})
print(json.dumps(out, indent=1))
