"""Sample-summary reference values (count, mean, sample SD, type 7 quartiles) computed with numpy,
cross-checked against scipy (tmean, tvar, mquantiles with alphap = betap = 1, i.e. type 7) and exact
rational arithmetic.

Regenerate (from the repository root, after `make validators`):
    .build/validators/bin/python Tests/StatisticsTests/Fixtures/make_sample_summary_reference.py

Reads the shared vectors in vectors.json, adds a few samples that stress the definitions (two values,
unsorted with negatives, a large offset with a small spread, a quartile that falls on an order
statistic), and writes sample_summary_reference.json. numpy: `mean`, `std(ddof=1)` and
`quantile(method="linear")` (Hyndman & Fan type 7, R's default). Floats are written with repr()
(shortest round-trip form), so every double is exact.
"""
import json
import math
import pathlib
import warnings
from fractions import Fraction

import numpy as np
import scipy
from scipy import stats

HERE = pathlib.Path(__file__).resolve().parent
vectors = json.loads((HERE / "vectors.json").read_text())

samples = {name: [float(v) for v in vectors[name]["scores"]] for name in vectors}
samples["pair"] = [7.5, 3.0]
samples["unsortedWithNegatives"] = [-2.5, 10.0, 0.1, -7.25, 3.3, 0.1, 12.75]
samples["largeOffset"] = [1e6 + 0.1 * k for k in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]]
samples["quartilesOnOrderStatistics"] = [float(k) for k in [9, 1, 8, 2, 7, 3, 6, 4, 5]]

cases = []
for name, values in samples.items():
    x = np.array(values, dtype=float)
    mean = float(np.mean(x))
    sd = float(np.std(x, ddof=1))
    q1, median, q3 = (float(q) for q in np.quantile(x, [0.25, 0.5, 0.75], method="linear"))

    assert math.isclose(stats.tmean(x), mean, rel_tol=1e-15, abs_tol=0), name
    with warnings.catch_warnings():  # tvar warns of cancellation on the constant sample, whose SD is 0
        warnings.simplefilter("ignore", RuntimeWarning)
        assert math.isclose(math.sqrt(stats.tvar(x)), sd, rel_tol=1e-14, abs_tol=0), name
    type7 = stats.mstats.mquantiles(x, [0.25, 0.5, 0.75], alphap=1, betap=1)
    assert all(math.isclose(a, b, rel_tol=1e-15, abs_tol=1e-15) for a, b in zip(type7, [q1, median, q3])), name
    # Exact rational mean and variance of the doubles as given, rounded once.
    exact = [Fraction(v) for v in values]
    exact_mean = sum(exact) / len(exact)
    exact_variance = sum((v - exact_mean) ** 2 for v in exact) / (len(exact) - 1)
    assert math.isclose(float(exact_mean), mean, rel_tol=1e-15, abs_tol=0), name
    assert math.isclose(math.sqrt(float(exact_variance)), sd, rel_tol=1e-13, abs_tol=0), name

    cases.append({"name": name, "values": values, "count": len(values), "mean": mean, "sd": sd,
                  "q1": q1, "median": median, "q3": q3})

(HERE / "sample_summary_reference.json").write_text(json.dumps({
    "sampleSummary": cases,
    "versions": {"numpy": np.__version__, "scipy": scipy.__version__},
}, indent=1) + "\n")
