#!/usr/bin/env python3
"""Reference values for the printed-number rule, computed with Python's decimal module (an
implementation independent of hccreport's): the shortest round-tripping decimal of each double
(Python's repr, the same shortest form Swift's description gives) rounded ROUND_HALF_UP to the given
digits, and the three-decimal probability text with "< 0.001" / "> 0.999" where it would print as
0.000 or 1.000.

Run: python3 Tests/FormattingTests/Fixtures/make_rounding_reference.py > Tests/FormattingTests/Fixtures/rounding_reference.json
"""
import json
from decimal import Decimal, ROUND_HALF_UP

VALUES = [1033 * 0.015, 1268 * 0.015, 0.125, 0.375, 2.5, 0.5, 1.005, -1.005, -0.004, 9.995, 99.95, 0.0005,
          0.9995, 0.99949, 0.99915, 0.1045, 0.10532780, 42.4, 17.42, -2.5, 33.4, 0.005, 125.0, 7.0, 1e-05,
          1.15, 2.675, 0.2345, 20.125, 54.71]
PROBABILITIES = [0.0, 0.0004, 0.00049999, 0.0005, 0.0015, 0.1045, 0.105, 0.5, 0.99915, 0.99949, 0.9995, 0.99951, 1.0]


def plain(x, digits):
    q = Decimal(repr(x)).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    text = f"{q:.{digits}f}"
    return "0" + text[2:] if text.startswith("-0") and set(text[1:]) <= set("0.") else text


def probability(p):
    text = plain(p, 3)
    return "< 0.001" if text == "0.000" else "> 0.999" if text == "1.000" else text


print(json.dumps({
    "plain": [{"value": repr(v), "digits": d, "text": plain(v, d)} for v in VALUES for d in (0, 1, 2, 3)],
    "probability": [{"value": repr(p), "text": probability(p)} for p in PROBABILITIES],
}, indent=1))
