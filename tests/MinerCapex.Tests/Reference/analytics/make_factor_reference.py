#!/usr/bin/python3
"""Independent reference values for the factor-model additions of issue 20 (MinerCapex.Analytics.FactorColumns,
DimsonRegressions), computed with statsmodels from the bundled prices.

Regenerate (Debian python, not pyenv):   /usr/bin/python3 tests/MinerCapex.Tests/Reference/analytics/make_factor_reference.py

Pinned for 2024 and 2025 (the lead term of 2025's last session is 2026's first return, already in the data).

  orthogonalised AI   residual of AI_CAPEX on [1, QQQ] by OLS over the period's sessions where both are present.
  three-factor        MINERS on [1, BTC-USD, AI_CAPEX residual, QQQ], statsmodels OLS cov_type='HAC' with
                      maxlags = floor(4 (n/100)^(2/9)) (Newey and West 1994), no small-sample correction; Shapley shares
                      of R^2 from the R^2 of every subset of factors.
  Dimson (1979)       MINERS on [1, BTC(t-1), BTC(t), BTC(t+1), AI_CAPEX, QQQ], t +- 1 being the previous and next
                      session's return, HAC as above; summed beta and its s.e. sqrt(1' V 1) over the three bitcoin terms.
"""
import json
import math
import os
from itertools import combinations

import numpy as np
import statsmodels.api as sm

from study_panel import panel

HERE = os.path.dirname(os.path.abspath(__file__))


def shapley(y, x):
    names = list(x.columns)
    k = len(names)

    def r2(cols):
        return 0.0 if not cols else sm.OLS(y, sm.add_constant(x[list(cols)])).fit().rsquared

    shares = []
    for j in names:
        rest = [c for c in names if c != j]
        total = 0.0
        for size in range(k):
            for subset in combinations(rest, size):
                weight = math.factorial(size) * math.factorial(k - size - 1) / math.factorial(k)
                total += weight * (r2(subset + (j,)) - r2(subset))
        shares.append(total)
    return shares


def hac(y, x):
    lag = int(math.floor(4 * (len(y) / 100) ** (2 / 9)))
    return sm.OLS(y, sm.add_constant(x)).fit(cov_type="HAC", cov_kwds={"maxlags": lag}), lag


out = {"generator": "make_factor_reference.py", "periods": {}}
data = panel.copy()
data["BTC_LAG"] = data["BTC-USD"].shift(1)
data["BTC_LEAD"] = data["BTC-USD"].shift(-1)
for year in (2024, 2025):
    sub = data[data.index.year == year]
    both = sub[["AI_CAPEX", "QQQ"]].dropna()
    orth_fit = sm.OLS(both["AI_CAPEX"], sm.add_constant(both["QQQ"])).fit()
    sub = sub.assign(AI_ORTH=orth_fit.resid.reindex(sub.index))
    three = sub[["MINERS", "BTC-USD", "AI_ORTH", "QQQ"]].dropna()
    fit, lag = hac(three["MINERS"], three[["BTC-USD", "AI_ORTH", "QQQ"]])
    raw = sub[["MINERS", "BTC-USD", "AI_CAPEX", "QQQ"]].dropna()
    dim = sub[["MINERS", "BTC_LAG", "BTC-USD", "BTC_LEAD", "AI_CAPEX", "QQQ"]].dropna()
    dfit, dlag = hac(dim["MINERS"], dim[["BTC_LAG", "BTC-USD", "BTC_LEAD", "AI_CAPEX", "QQQ"]])
    ones = np.array([0, 1, 1, 1, 0, 0], dtype=float)
    dshares = shapley(dim["MINERS"], dim[["BTC_LAG", "BTC-USD", "BTC_LEAD", "AI_CAPEX", "QQQ"]])
    out["periods"][str(year)] = {
        "orthogonal": {"intercept": float(orth_fit.params.iloc[0]), "slope": float(orth_fit.params.iloc[1]), "residual_sum_sq": float((orth_fit.resid ** 2).sum())},
        "three_factor": {"n": int(fit.nobs), "lag": lag, "params": fit.params.tolist(), "se": fit.bse.tolist(), "r2": float(fit.rsquared),
                         "shares": shapley(three["MINERS"], three[["BTC-USD", "AI_ORTH", "QQQ"]]),
                         "raw_shares": shapley(raw["MINERS"], raw[["BTC-USD", "AI_CAPEX", "QQQ"]])},
        "dimson": {"n": int(dfit.nobs), "lag": dlag, "params": dfit.params.tolist(), "se": dfit.bse.tolist(),
                   "sum": float(ones @ dfit.params.values), "sum_se": float(math.sqrt(ones @ dfit.cov_params().values @ ones)),
                   "shares": dshares, "sum_share": float(sum(dshares[:3]))},
    }

with open(os.path.join(HERE, "factor_reference.json"), "w") as f:
    json.dump(out, f, indent=1)
print(json.dumps({y: {"orth_shares": p["three_factor"]["shares"], "raw_shares": p["three_factor"]["raw_shares"], "dimson_sum": p["dimson"]["sum"],
                      "dimson_se": p["dimson"]["sum_se"], "same_day": p["dimson"]["params"][2], "sum_share": p["dimson"]["sum_share"]} for y, p in out["periods"].items()}, indent=1))
