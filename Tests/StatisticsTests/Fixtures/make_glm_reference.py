"""Logistic-regression reference values at the maximum-likelihood estimate, computed with statsmodels.

Regenerate (from the repository root; needs `pip install statsmodels`):
    python3 Tests/StatisticsTests/Fixtures/make_glm_reference.py

R's `glm` stops at |dD|/(|D| + 0.1) < 1e-8 and reports the covariance from the weights of its last
iteration, one step before its estimate, so its standard errors differ from those at the MLE by
about 1e-5 (relative). This script fits the designs and outcomes recorded in r_reference.json to
full convergence (IRLS, tol 1e-14) and records the Wald inference at the MLE, as the cohort
analysis' R fixtures do by restarting glm at its estimate. Floats are written with repr().
"""
import json
import pathlib

import numpy as np
import scipy
import statsmodels
import statsmodels.api as sm

HERE = pathlib.Path(__file__).resolve().parent
cases = json.loads((HERE / "r_reference.json").read_text())["glm"]


def number(v):
    return float(v) if not isinstance(v, str) else float(v)


out = []
for case in cases:
    X = np.array([[number(v) for v in row] for row in case["design"]])
    y = np.array([1.0 if o else 0.0 for o in case["outcome"]])
    fit = sm.GLM(y, sm.add_constant(X, has_constant="add"), family=sm.families.Binomial()).fit(tol=1e-14, maxiter=100)
    null = sm.GLM(y, np.ones((len(y), 1)), family=sm.families.Binomial()).fit(tol=1e-14, maxiter=100)
    z975 = scipy.stats.norm.ppf(0.975)
    beta, se = fit.params, fit.bse
    out.append({
        "name": case["name"],
        "coefficients": [float(v) for v in beta],
        "standardErrors": [float(v) for v in se],
        "z": [float(v) for v in fit.tvalues],
        "p": [float(v) for v in fit.pvalues],
        "covariance": [[float(v) for v in row] for row in fit.cov_params()],
        "ciLower": [float(v) for v in beta - z975 * se],
        "ciUpper": [float(v) for v in beta + z975 * se],
        "deviance": float(fit.deviance),
        "nullDeviance": float(null.deviance),
        "logLik": float(fit.llf),
        "aic": float(fit.aic),
    })

(HERE / "statsmodels_glm.json").write_text(json.dumps({
    "glm": out,
    "versions": {"statsmodels": statsmodels.__version__, "numpy": np.__version__, "scipy": scipy.__version__},
}, indent=1) + "\n")
