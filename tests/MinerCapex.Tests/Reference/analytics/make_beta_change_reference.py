"""Reference for each miner's beta change between two periods (notebook 3's second table of miner betas).

For every miner and each of bitcoin's and the AI basket's betas: the three-factor regression (miner log return on
BTC-USD, the AI capex basket and QQQ, with intercept) is fitted separately in 2024 and in 2026 with statsmodels OLS and
Newey-West covariance (cov_type="HAC", maxlags = floor(4 (n/100)^(2/9)), no small-sample correction), and the change is
tested by the Wald z = (b_2026 - b_2024) / sqrt(se_2024^2 + se_2026^2) with a two-sided normal p. The 24 p-values are
one family, adjusted by statsmodels' multipletests (holm, fdr_bh).

Run with Debian's /usr/bin/python3 from this folder's parent of the repository; writes beta_change_reference.json.
"""
import json
import math
import os

import numpy as np
import pandas as pd
import statsmodels.api as sm
from scipy.stats import norm
from statsmodels.stats.multitest import multipletests

from study_panel import HERE, MINERS, panel, price

returns = panel.copy()
for m in MINERS:
    returns[m] = np.log(price(m)).diff().values


def fit(symbol, year):
    sub = returns[returns.index.year == year][[symbol, "BTC-USD", "AI_CAPEX", "QQQ"]].dropna()
    lag = int(math.floor(4 * (len(sub) / 100) ** (2 / 9)))
    return sm.OLS(sub[symbol], sm.add_constant(sub[["BTC-USD", "AI_CAPEX", "QQQ"]])).fit(cov_type="HAC", cov_kwds={"maxlags": lag})


rows = []
for factor in ("BTC-USD", "AI_CAPEX"):
    for m in MINERS:
        a, b = fit(m, 2024), fit(m, 2026)
        se = math.sqrt(a.bse[factor] ** 2 + b.bse[factor] ** 2)
        z = (b.params[factor] - a.params[factor]) / se
        rows.append({"miner": m, "factor": factor, "before": float(a.params[factor]), "after": float(b.params[factor]), "se": se, "z": z,
                     "p": float(2 * norm.cdf(-abs(z)))})
p = [r["p"] for r in rows]
for r, h, q in zip(rows, multipletests(p, method="holm")[1], multipletests(p, method="fdr_bh")[1]):
    r["holm"], r["bh"] = float(h), float(q)
with open(os.path.join(HERE, "beta_change_reference.json"), "w") as f:
    json.dump({"generator": "make_beta_change_reference.py", "periods": ["2024", "2026"], "rows": rows}, f, indent=1)
print(len(rows), "changes;", sum(r["holm"] < 0.05 for r in rows), "significant after Holm")
