"""Reference values for StatisticsTests computed with scipy/numpy.

Regenerate (from the repository root, after make_fixtures.R has written vectors.json):
    Rscript Tests/StatisticsTests/Fixtures/make_fixtures.R && python3 Tests/StatisticsTests/Fixtures/make_fixtures.py

Incomplete beta references come from mpmath (40 digits) instead of scipy, whose betainc is off by
about 1e-12 near x = 1.

Reads vectors.json and writes scipy_reference.json. Floats are written with repr() (shortest
round-trip form), so every double is exact.
"""
import json
import pathlib

import mpmath
import numpy as np
import scipy
from scipy import special, stats

mpmath.mp.dps = 40
HERE = pathlib.Path(__file__).resolve().parent
vectors = json.loads((HERE / "vectors.json").read_text())


def floats(values):
    return [float(v) for v in values]


kde_cases = []
for name in ["ties", "small", "studyNIC", "studyPS", "studySize", "separated"]:
    data = np.array(vectors[name]["scores"], dtype=float)
    for rule in ["scott", "silverman"]:
        kde = stats.gaussian_kde(data, bw_method=rule)
        bandwidth = float(np.sqrt(kde.covariance[0, 0]))
        lo, hi = data.min() - 3 * bandwidth, data.max() + 3 * bandwidth
        grid = np.linspace(lo, hi, 41)
        kde_cases.append({"vector": name, "rule": rule, "bandwidth": bandwidth,
                          "factor": float(kde.factor), "grid": floats(grid), "density": floats(kde(grid))})

mann_whitney = []
for name in ["ties", "small", "studyNIC", "studySize", "separated"]:
    scores = np.array(vectors[name]["scores"], dtype=float)
    labels = np.array(vectors[name]["labels"], dtype=bool)
    r = stats.mannwhitneyu(scores[labels], scores[~labels], method="asymptotic", use_continuity=True)
    mann_whitney.append({"vector": name, "U": float(r.statistic), "p": float(r.pvalue)})

welch = []
for name in ["ties", "small", "studyNIC", "studyPS", "studySize"]:
    scores = np.array(vectors[name]["scores"], dtype=float)
    labels = np.array(vectors[name]["labels"], dtype=bool)
    r = stats.ttest_ind(scores[labels], scores[~labels], equal_var=False)
    welch.append({"vector": name, "t": float(r.statistic), "p": float(r.pvalue)})

beta_cases = []
for a, b in [(0.5, 0.5), (1.0, 3.0), (2.5, 0.5), (15.0, 0.5), (61.7, 0.5), (5000.0, 0.5), (30.0, 40.0), (0.1, 7.0)]:
    xs = [1e-8, 0.001, 0.1, 0.37, 0.5, 0.73, 0.9, 0.999, 1 - 1e-9]
    # mpmath at 40 digits: scipy's betainc itself is off by ~1e-12 near x = 1 (e.g. a = b = 0.5).
    beta_cases.append({"a": a, "b": b, "x": xs, "value": [float(mpmath.betainc(a, b, 0, x, regularized=True)) for x in xs]})

gamma_cases = []
for a in [0.5, 1.0, 2.25, 7.0, 20.0, 50.0]:
    xs = [1e-6, 0.1, 1.0, 2.0, 5.5, 12.0, 30.0, 80.0]
    gamma_cases.append({"a": a, "x": xs, "p": floats(special.gammainc(a, xs)), "q": floats(special.gammaincc(a, xs))})

t_tail = []
for df in [1.0, 3.0, 9.5, 48.2, 123.0, 2000.0]:
    ts = [0.0, 0.4, 1.0, 2.0, 3.3, 6.0, 15.0, 60.0]
    t_tail.append({"df": df, "t": ts, "twoSided": floats(2 * stats.t.sf(np.abs(ts), df))})


# Reference streams transcribed from the authors' C code (prng.di.unimi.it/splitmix64.c and
# xoshiro256starstar.c); seeding xoshiro from SplitMix64 as recommended there.
MASK = (1 << 64) - 1


def splitmix64(seed):
    state = seed
    while True:
        state = (state + 0x9E3779B97F4A7C15) & MASK
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        yield z ^ (z >> 31)


def xoshiro256starstar(seed):
    expander = splitmix64(seed)
    s = [next(expander) for _ in range(4)]
    rotl = lambda x, k: ((x << k) | (x >> (64 - k))) & MASK
    while True:
        result = (rotl((s[1] * 5) & MASK, 7) * 9) & MASK
        t = (s[1] << 17) & MASK
        s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3]
        s[2] ^= t
        s[3] = rotl(s[3], 45)
        yield result


def take(generator, count):
    return [str(next(generator)) for _ in range(count)]


random_streams = {"splitmix64": {"seed": 1234567, "values": take(splitmix64(1234567), 6)},
                  "xoshiro256starstar": {"seed": 42, "values": take(xoshiro256starstar(42), 6)}}

(HERE / "scipy_reference.json").write_text(json.dumps({
    "kde": kde_cases, "mannWhitney": mann_whitney, "welch": welch,
    "incompleteBeta": beta_cases, "incompleteGamma": gamma_cases, "studentTTail": t_tail,
    "randomStreams": random_streams,
    "versions": {"scipy": scipy.__version__, "numpy": np.__version__},
}, indent=1) + "\n")
