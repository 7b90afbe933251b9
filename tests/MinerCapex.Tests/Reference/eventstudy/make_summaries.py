#!/usr/bin/python3
"""Independent reference values for the event-study summaries added for the notebooks:
reaction sizes (mean |SCAR| against E|T|), group comparisons (Welch), CAR paths in event time and
confidence intervals of a mean CAR.

It reads the per-stock values of model B from reference.json (themselves computed from the CSV files with
statsmodels by make_reference.py, see README.md) and derives the summaries with numpy and scipy; nothing here
calls the C# code. E|T_nu| is integrated numerically by scipy (t.expect), not taken from the closed form the
library uses. Regenerate from the repository root, after make_reference.py:

    /usr/bin/python3 tests/MinerCapex.Tests/Reference/eventstudy/make_summaries.py

Definitions:
  pools       ai = ai_capex + ai_financing + miner_ai_deal events, btc = btc events (every event kept).
  pairs       stock x event of the pool whose CAR over the window is complete.
  reaction    mean |CAR|, mean |SCAR| (SCAR = the per-stock t with the residual variance), null mean
              = mean over the pairs of E|T| under Student t(df of the pair's fit), ratio of the two,
              one-sample t of |SCAR| - E|T| (scipy.stats.ttest_1samp).
  comparison  Welch's t of ai_pivot vs btc_centric CARs over the pool (scipy.stats.ttest_ind, equal_var=False).
  path        for each offset k >= from, the mean over the group's fitted stocks of sum(AR, from..k), a stock
              leaving the mean from its first missing AR on.
  interval    mean CAR +/- t(0.975, n-1) * sd / sqrt(n) (scipy.stats.t.interval); per stock, CAR +/- t(0.975, df) * se.
"""
import json
import os
import warnings

import numpy as np
from scipy import stats

HERE = os.path.dirname(os.path.abspath(__file__))
ref = json.load(open(os.path.join(HERE, "reference.json")))
model = ref["models"]["B"]
groups = ref["groups"]
windows = [tuple(w) for w in ref["windows"]]
catalog = {e["id"]: e["category"] for e in ref["events"] if not e["id"].startswith("edge_")}
pools = {
    "ai": [e for e, c in catalog.items() if c in ("ai_capex", "ai_financing", "miner_ai_deal")],
    "btc": [e for e, c in catalog.items() if c == "btc"],
}
df_of = {(f["event_id"], f["symbol"]): f["df"] for f in model["fits"]}
cars = {(c["event_id"], c["symbol"], tuple(c["window"])): c for c in model["cars"]}
ars = {(a["event_id"], a["symbol"], a["offset"]): a["ar"] for a in model["abnormal_returns"]}


def pairs(pool, group, window):
    out = []
    for e in pools[pool]:
        for s in groups[group]:
            c = cars.get((e, s, window))
            if c is not None and c["status"] == "complete":
                out.append((c["car"], c["t"], df_of[(e, s)]))
    return out


def mean_abs_t(df):
    # scipy's t pdf overflows harmlessly in the far tails for large df; the integral is unaffected (checked
    # against the closed form to 1e-12).
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        return stats.t(df).expect(abs)


reactions = []
for pool in pools:
    for group in groups:
        for w in windows:
            p = pairs(pool, group, w)
            abs_car = np.abs([x[0] for x in p])
            abs_scar = np.abs([x[1] for x in p])
            null = np.array([mean_abs_t(x[2]) for x in p])
            test = stats.ttest_1samp(abs_scar - null, 0.0)
            reactions.append({
                "pool": pool, "group": group, "window": list(w), "n": len(p),
                "mean_abs_car": abs_car.mean(), "mean_abs_scar": abs_scar.mean(),
                "null_mean_abs_scar": null.mean(), "ratio": abs_scar.mean() / null.mean(),
                "t": float(test.statistic), "p": float(test.pvalue),
            })

comparisons = []
for pool in pools:
    for w in windows:
        a = np.array([x[0] for x in pairs(pool, "ai_pivot", w)])
        b = np.array([x[0] for x in pairs(pool, "btc_centric", w)])
        row = {"pool": pool, "window": list(w), "n": len(a), "other_n": len(b), "mean_car": a.mean(), "other_mean_car": b.mean()}
        if len(a) >= 2 and len(b) >= 2:
            test = stats.ttest_ind(a, b, equal_var=False)
            va, vb = a.var(ddof=1) / len(a), b.var(ddof=1) / len(b)
            row.update({"t_welch": float(test.statistic), "p": float(test.pvalue),
                        "df": (va + vb) ** 2 / (va ** 2 / (len(a) - 1) + vb ** 2 / (len(b) - 1))})
        comparisons.append(row)

first = min(w[0] for w in windows)
last = max(w[1] for w in windows)
fitted = {(f["event_id"], f["symbol"]) for f in model["fits"]}
paths = []
for e in catalog:
    for group in groups:
        for start in (first, 0):
            sums = np.zeros(last - start + 1)
            counts = np.zeros(last - start + 1, dtype=int)
            for s in groups[group]:
                if (e, s) not in fitted:
                    continue
                total = 0.0
                for i, k in enumerate(range(start, last + 1)):
                    ar = ars.get((e, s, k))
                    if ar is None:
                        break
                    total += ar
                    sums[i] += total
                    counts[i] += 1
            means = [sums[i] / counts[i] if counts[i] else None for i in range(len(sums))]
            paths.append({"event_id": e, "group": group, "from": start, "mean_car": means, "stocks": counts.tolist()})

intervals = []
for p in model["pooled"]:
    if p["pool"] in pools and p["n"] >= 2:
        lo, hi = stats.t.interval(0.95, p["n"] - 1, loc=p["mean_car"], scale=p["sd_car"] / np.sqrt(p["n"]))
        intervals.append({"pool": p["pool"], "group": p["group"], "window": p["window"], "lower": lo, "upper": hi})

stock_intervals = []
for (e, s, w), c in sorted(cars.items()):
    if e == "nebius_msft_gpu" and w == (0, 1) and c["status"] == "complete":
        lo, hi = stats.t.interval(0.95, df_of[(e, s)], loc=c["car"], scale=c["se"])
        stock_intervals.append({"event_id": e, "symbol": s, "window": list(w), "lower": lo, "upper": hi})

out = {
    "generated_by": "make_summaries.py from reference.json (model B)",
    "events": list(catalog),
    "mean_abs_t": [{"df": df, "value": mean_abs_t(df)} for df in (2, 5, 30, 117, 1000)],
    "reactions": reactions,
    "group_comparisons": comparisons,
    "car_paths": paths,
    "intervals": intervals,
    "stock_intervals": stock_intervals,
}
with open(os.path.join(HERE, "summaries.json"), "w") as f:
    json.dump(out, f, indent=1, default=float)
print(f"wrote summaries.json: {len(reactions)} reactions, {len(comparisons)} comparisons, {len(paths)} paths, {len(intervals)} intervals, {len(stock_intervals)} stock intervals")
