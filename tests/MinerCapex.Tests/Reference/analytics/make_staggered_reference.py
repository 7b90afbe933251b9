#!/usr/bin/python3
"""Independent reference values for the staggered-adoption design of issue 20 section 3
(MinerCapex.Analytics.StaggeredAdoption), built from the bundled prices with pandas and fitted with statsmodels.

Regenerate (Debian python, not pyenv):   /usr/bin/python3 tests/MinerCapex.Tests/Reference/analytics/make_staggered_reference.py

Definitions restated here, not read from the C# code:

  returns        daily log returns of the twelve miners (placeholder bars missing, study_panel.price); factors BTC-USD,
                 AI_ORTH and QQQ, where AI_ORTH is the residual of AI_CAPEX on [1, QQQ] by OLS within each calendar year
                 2024, 2025, 2026 (the study's periods), missing outside them.
  treatment      a miner's first session that can price its first signed AI/HPC contract: the first_session of the
                 events.csv row named in universe.csv's ai_pivot_event (ai_pivot_since when there is none); miners with
                 no ai_pivot_since are never treated.
  stacks         one per treatment session tau, window [tau - 6*21, tau + 6*21 - 1] in sessions; treated = the miners
                 with that session; clean controls = never treated, or first treated after the window's last session.
                 Rows: every (stack, miner, session) in the window with the miner's return and all three factors, except
                 in a bin the treated miners have data on for fewer than 11 of its 21 sessions (left out of that stack).
  event model    y on dummies for every (stack, miner) pair; per stack F, D*F, 1{bin=b}*F for b != -1 (bin = floor(e/21));
                 pooled D*1{bin=b}*F for b != -1; F in the three factors, D = 1 for the stack's treated miners.
                 Columns that are zero on every row are dropped (bins the data does not reach).
  pooled model   the same with one bin: post = 1{e >= 0}.
  errors         statsmodels OLS cov_type='hac-groupsum' (Driscoll-Kraay), time = dense rank of the calendar session
                 over all rows (a session in two stacks is one time period), maxlags = floor(4 (G/100)^(2/9)) for G
                 sessions, Bartlett kernel, use_correction='cluster' (the default), use_t=False (normal z and p);
                 rows sorted by time as statsmodels expects.
  pre-trend      Wald chi2 of the pre bins -6..-2 of one factor: b' (R V R')^-1 b with the fit's covariance.
"""
import json
import math
import os

import numpy as np
import pandas as pd
import statsmodels.api as sm
from scipy import stats

from study_panel import HERE, MINERS, panel, price, sessions

DATA = os.path.abspath(os.path.join(HERE, "..", "..", "..", "..", "data"))
WIDTH, BEFORE, AFTER = 21, 6, 6
FACTORS = ["BTC-USD", "AI_ORTH", "QQQ"]

returns = pd.DataFrame({m: np.log(price(m)).diff().values for m in MINERS}, index=panel.index)
factors = panel[["BTC-USD", "QQQ"]].copy()
factors["AI_ORTH"] = np.nan
for year in (2024, 2025, 2026):
    sub = panel[panel.index.year == year][["AI_CAPEX", "QQQ"]].dropna()
    fit = sm.OLS(sub["AI_CAPEX"], sm.add_constant(sub["QQQ"])).fit()
    factors.loc[fit.resid.index, "AI_ORTH"] = fit.resid
factors = factors[FACTORS]

universe = pd.read_csv(os.path.join(DATA, "universe.csv"))
events = pd.read_csv(os.path.join(DATA, "events.csv")).set_index("id")
position = {d: i for i, d in enumerate(sessions)}
treated_at = {}
for _, row in universe[universe["symbol"].isin(MINERS)].iterrows():
    if pd.isna(row["ai_pivot_since"]):
        treated_at[row["symbol"]] = None
        continue
    day = events.loc[row["ai_pivot_event"], "first_session"] if row["ai_pivot_event"] in events.index else row["ai_pivot_since"]
    later = sessions[sessions >= pd.Timestamp(day)]
    treated_at[row["symbol"]] = position[later.iloc[0]] if len(later) else None

rows = []
cohorts = []
n = len(sessions)
complete = factors.notna().all(axis=1).values
for tau in sorted({t for t in treated_at.values() if t is not None}):
    lo, hi = tau - BEFORE * WIDTH, tau + AFTER * WIDTH - 1
    stack = len(cohorts)
    treated = [m for m in MINERS if treated_at[m] == tau]
    controls = [m for m in MINERS if treated_at[m] is None or treated_at[m] > hi]
    kept = []
    usable = {m: [t for t in range(max(0, lo), min(n - 1, hi) + 1) if complete[t] and not np.isnan(returns[m].values[t])] for m in treated + controls}
    # A bin the treated miners cover on fewer than ceil(21/2) sessions is left out of the stack (every miner's rows in it).
    covered = {b for b in range(-BEFORE, AFTER) if len({t for m in treated for t in usable[m] if (t - tau) // WIDTH == b}) >= (WIDTH + 1) // 2}
    assert -1 in covered
    for m in treated + controls:
        y = returns[m].values
        ts = [t for t in usable[m] if (t - tau) // WIDTH in covered]
        if not ts:
            continue
        if m in controls:
            kept.append(m)
        for t in ts:
            rows.append({"stack": stack, "unit": m, "treated": int(m in treated), "t": t, "e": t - tau, "y": y[t], **{f: factors[f].values[t] for f in FACTORS}})
    treated_ts = sorted({r["t"] for r in rows if r["stack"] == stack and r["treated"]})
    cohorts.append({"treatment": sessions[tau].strftime("%Y-%m-%d"), "treated": treated, "controls": kept,
                    "first": sessions[treated_ts[0]].strftime("%Y-%m-%d"), "last": sessions[treated_ts[-1]].strftime("%Y-%m-%d"),
                    "sessions_before": sum(t < tau for t in treated_ts), "sessions_after": sum(t >= tau for t in treated_ts),
                    "bins": sorted(covered), "observations": sum(r["stack"] == stack for r in rows)})
data = pd.DataFrame(rows).sort_values(["t", "stack", "unit"], kind="mergesort").reset_index(drop=True)
data["bin"] = np.floor_divide(data["e"], WIDTH)
data["time"] = data["t"].rank(method="dense").astype(int) - 1


def design(categories):
    """categories: {name: boolean mask over rows}; the reference rows are in no category."""
    cols = {}
    for (s, u), idx in data.groupby(["stack", "unit"]).groups.items():
        col = np.zeros(len(data))
        col[idx] = 1.0
        cols[f"fe[{s},{u}]"] = col
    stack_ids = sorted(data["stack"].unique())
    d = data["treated"].values.astype(float)
    for s in stack_ids:
        ins = (data["stack"].values == s).astype(float)
        for f in FACTORS:
            x = data[f].values
            cols[f"beta[{s},{f}]"] = ins * x
            cols[f"gamma[{s},{f}]"] = ins * d * x
            for c, mask in categories.items():
                cols[f"theta[{s},{c},{f}]"] = ins * mask * x
    for c, mask in categories.items():
        for f in FACTORS:
            cols[f"delta[{c},{f}]"] = d * mask * data[f].values
    frame = pd.DataFrame(cols)
    return frame.loc[:, (frame != 0).any(axis=0)]


def fit(categories):
    x = design(categories)
    g = data["time"].nunique()
    lag = int(math.floor(4 * (g / 100) ** (2 / 9)))
    res = sm.OLS(data["y"].values, x).fit(cov_type="hac-groupsum", cov_kwds={"time": data["time"].values, "maxlags": lag}, use_t=False)
    assert np.linalg.matrix_rank(x.values) == x.shape[1]
    return res, lag, g


bins = [b for b in range(-BEFORE, AFTER) if b != -1]
event, lag, g = fit({b: (data["bin"].values == b).astype(float) for b in bins})
pooled, _, _ = fit({"post": (data["e"].values >= 0).astype(float)})
names = list(event.params.index)
cov = event.cov_params()

out = {"generator": "make_staggered_reference.py", "width": WIDTH, "before": BEFORE, "after": AFTER, "n": int(event.nobs), "time_periods": int(g),
       "lag": lag, "parameters": len(names), "cohorts": cohorts, "event": {}, "post": {}, "pretrend": {}}
for f in FACTORS:
    out["event"][f] = {str(b): {"coef": float(event.params[f"delta[{b},{f}]"]), "se": float(event.bse[f"delta[{b},{f}]"])}
                       for b in bins if f"delta[{b},{f}]" in names}
    key = f"delta[post,{f}]"
    out["post"][f] = {"coef": float(pooled.params[key]), "se": float(pooled.bse[key]), "z": float(pooled.tvalues[key]), "p": float(pooled.pvalues[key])}
    pre = [f"delta[{b},{f}]" for b in bins if b < -1 and f"delta[{b},{f}]" in names]
    b = event.params[pre].values
    v = cov.loc[pre, pre].values
    w = float(b @ np.linalg.solve(v, b))
    out["pretrend"][f] = {"stat": w, "df": len(pre), "p": float(stats.chi2.sf(w, len(pre)))}

with open(os.path.join(HERE, "staggered_reference.json"), "w") as fh:
    json.dump(out, fh, indent=1)
print(json.dumps({k: out[k] for k in ("n", "time_periods", "lag", "parameters", "post", "pretrend")}, indent=1))
for c in cohorts:
    print(c)
