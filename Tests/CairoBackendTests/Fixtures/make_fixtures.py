#!/usr/bin/env python3
"""Reference text widths for CairoBackendTests, shaped by HarfBuzz directly (no Pango/Cairo/fontconfig).

Regenerate from the repository root with:
    pip install fonttools==4.68.0 uharfbuzz==0.57.0
    python3 Tests/CairoBackendTests/Fixtures/make_fixtures.py > Tests/CairoBackendTests/Fixtures/text_widths.json

Each width is the sum of the shaped horizontal advances (default features, kerning included)
scaled to the font size: advance_units * size_pt / units_per_em.
"""
import json
import pathlib

import uharfbuzz as hb
from fontTools.ttLib import TTFont

FONTS = pathlib.Path(__file__).resolve().parents[3] / "Fonts"
CASES = [
    ("NotoSans-Regular.ttf", 10.0, "Probability"),
    ("NotoSans-Bold.ttf", 10.0, "Probability"),
    ("NotoSans-Italic.ttf", 12.0, "Tumour board"),
    ("NotoSans-Regular.ttf", 9.0, "λ_HU ± 0.12 ≥ 1 cm"),
    ("NotoSansMono-Regular.ttf", 10.0, "AUC 0.873"),
]

out = []
for file, size, text in CASES:
    path = FONTS / file
    upem = TTFont(path)["head"].unitsPerEm
    blob = hb.Blob.from_file_path(str(path))
    font = hb.Font(hb.Face(blob))
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    hb.shape(font, buf, {})
    advance = sum(p.x_advance for p in buf.glyph_positions)
    out.append({"font": file, "size": size, "text": text, "width": round(advance * size / upem, 4)})
print(json.dumps(out, ensure_ascii=False, indent=2))
