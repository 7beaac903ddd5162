"""AUCs of the bundled synthetic cohort, computed independently of hccreport.

Reads Examples/cohort/synthetic-zhang-2025.csv and writes, for the nomogram's linear predictor
(the published coefficients, docs/DOMAIN.md §1) and each predictor, the AUC from scikit-learn's
roc_auc_score and the Mann–Whitney U of scipy divided by n_ObR·n_NR (the two must agree), plus the
within-group Spearman correlations and the group summaries.

Run from the repository root (the venv is `make validators`):
    .build/validators/bin/python3 Tests/ScoringTests/Fixtures/synthetic_cohort_aucs.py \
        > Tests/ScoringTests/Fixtures/synthetic-cohort-aucs.json
"""
import csv
import json
import sys

import numpy as np
import scipy
import sklearn
from scipy.stats import mannwhitneyu, spearmanr
from sklearn.metrics import roc_auc_score

rows = list(csv.DictReader(open("Examples/cohort/synthetic-zhang-2025.csv", encoding="utf-8")))
y = np.array([1 if r["outcome"] == "NR" else 0 for r in rows])
size = np.array([float(r["size_mm"]) for r in rows])
nic = np.array([float(r["nic_ap_percent"]) for r in rows])
ps = np.array([float(r["ps_ml_min_100g"]) for r in rows])
markers = {
    "nomogram": -7.705 + 0.043 * size + 0.143 * nic + 0.072 * ps,
    "size_mm": size,
    "nic_ap_percent": nic,
    "ps_ml_min_100g": ps,
}
out = {"source": "Examples/cohort/synthetic-zhang-2025.csv",
       "tools": {"numpy": np.__version__, "scipy": scipy.__version__, "scikit-learn": sklearn.__version__},
       "auc": {}, "spearman_within_group": {}}
for name, x in markers.items():
    auc = roc_auc_score(y, x)
    u = mannwhitneyu(x[y == 1], x[y == 0]).statistic / ((y == 1).sum() * (y == 0).sum())
    if abs(auc - u) > 1e-12:
        sys.exit(f"{name}: scikit-learn {auc} and scipy {u} disagree")
    out["auc"][name] = auc
for label, group in (("ObR", 0), ("NR", 1)):
    g = y == group
    out["spearman_within_group"][label] = {
        "size_nic": spearmanr(size[g], nic[g]).statistic,
        "size_ps": spearmanr(size[g], ps[g]).statistic,
        "nic_ps": spearmanr(nic[g], ps[g]).statistic,
    }
json.dump(out, sys.stdout, indent=2, sort_keys=True)
sys.stdout.write("\n")
