#!/usr/bin/python3
"""Independent reference values for the C# event study (MinerCapex.EventStudies).

Builds the study's return panel straight from data/prices/*.csv with pandas, fits every stock x event
with statsmodels OLS, and writes reference.json beside this script. Nothing here calls the C# code.

Regenerate from the repository root with Debian's python (pandas, statsmodels, scipy):

    /usr/bin/python3 tests/MinerCapex.Tests/Reference/eventstudy/make_reference.py

Definitions (the same as the library's, restated independently):
  price     Adj Close, falling back to Close where Adj Close is null. A placeholder bar (Open = High =
            Low = Close = the previous row's Close, Volume 0: CLSK 2024-11-08 and 28 of BTDR's SPAC
            bars in early 2023) counts as missing.
  sessions  the dates of SPY.csv; every other symbol, crypto included, takes its value dated on the same
            calendar date (so a crypto return over a Monday spans the weekend).
  returns   ln(P_t / P_{t-1}) between consecutive sessions, missing when either price is.
  day 0     the event's first session; estimation window = sessions [-130, -11]; at least 100 sessions on
            which the stock and every factor have a return, otherwise the stock is skipped.
  models    A: r = a + b*QQQ;  B: r = a + b1*QQQ + b2*BTC-USD;  C: r = mu.
  AR, CAR   AR_t = r_t - predicted; CAR = sum over an inclusive window; any missing AR -> no CAR.
  tests     per stock t = CAR / (s_e sqrt(L)), s_e = sqrt(SSR/(n-k)), p two-sided from t(n-k);
            prediction-error variant se = s_e sqrt(L + 1'X0 (X'X)^-1 X0'1);
            group: one-sample t of CARs (cross-sectional), one-sample t of SCAR = t (BMP), and an
            exact two-sided binomial test of positive vs negative CARs (zeros dropped);
            pools: stock x event CARs of the AI categories vs btc, compared by Welch's t (ttest_ind);
            AAR = mean AR of a group's stocks on a day, CAAR = running sum of AARs from offset -1.
"""
import json
import os
import sys

import numpy as np
import pandas as pd
import statsmodels.api as sm
from scipy import stats

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
PRICES = os.path.join(ROOT, "data", "prices")

MINERS = ["MARA", "RIOT", "CLSK", "CIFR", "IREN", "WULF", "HUT", "BITF", "CORZ", "BTDR", "APLD", "HIVE"]
EXTRA = ["BMNR"]  # listed 2025-06-05: skipped for the September event
WINDOWS = [(0, 0), (0, 1), (-1, 1), (0, 5)]
EST = (-130, -11)
MIN_OBS = 100

# Seed events of the catalog, plus two edge events that exist only in this test.
EVENTS = [
    ("nebius_msft_gpu", "2025-09-09", "ai_capex"),
    ("iren_msft_9_7b", "2025-11-03", "miner_ai_deal"),
    ("amzn_gov_ai_50b", "2025-11-24", "ai_capex"),
    ("btc_halving_4", "2024-04-22", "btc"),
    ("edge_near_start", "2023-06-01", "macro"),   # estimation window reaches before the data
    ("edge_near_end", "2026-10-02", "macro"),     # [0,+5] runs past the last session (2026-10-07 is +3)
]
POOLS = {"ai": {"ai_capex", "ai_financing", "miner_ai_deal"}, "btc": {"btc"}}
MODELS = {"A": ["QQQ"], "B": ["QQQ", "BTC-USD"], "C": []}


def groups():
    path = os.path.join(ROOT, "data", "universe.csv")
    if os.path.exists(path):
        u = pd.read_csv(path)
        u.columns = [c.strip().lower() for c in u.columns]
        m = u[u["group"] == "miner"]
        return "data/universe.csv", {
            "miners": list(m["symbol"]),
            "ai_pivot": list(m[m["subgroup"] == "ai_pivot"]["symbol"]),
            "btc_centric": list(m[m["subgroup"] == "btc_centric"]["symbol"]),
        }
    # Without universe.csv: the sub-groups the study started from.
    ai = ["CIFR", "IREN", "WULF", "HUT", "CORZ", "APLD"]
    return "built-in list", {"miners": MINERS, "ai_pivot": [s for s in MINERS if s in ai],
                            "btc_centric": [s for s in MINERS if s not in ai]}


def load_panel(symbols):
    placeholders = []

    def price(sym):
        df = pd.read_csv(os.path.join(PRICES, sym + ".csv"), na_values=["null"], parse_dates=["Date"]).set_index("Date")
        prev = df["Close"].shift(1)
        fake = (df["Volume"] == 0) & (df["Open"] == prev) & (df["High"] == prev) & (df["Low"] == prev) & (df["Close"] == prev)
        placeholders.extend((sym, d.date().isoformat()) for d in df.index[fake])
        s = df["Adj Close"].fillna(df["Close"]).astype(float)
        s[fake] = np.nan
        return s

    sessions = price("SPY").index
    prices = pd.DataFrame({s: price(s).reindex(sessions) for s in symbols}, index=sessions)
    assert ("CLSK", "2024-11-08") in placeholders, "the CLSK placeholder bar was not found"
    return np.log(prices / prices.shift(1)), sorted(placeholders)


def fit(r, sym, factors, d0):
    lo, hi = d0 + EST[0], d0 + EST[1]
    cols = [sym] + factors
    est = r.iloc[max(lo, 0):hi + 1][cols].dropna()
    n = len(est)
    if n < MIN_OBS:
        first = r[sym].first_valid_index()
        if lo < 0:
            reason = "event_too_near_data_start"
        elif first is None:
            reason = "no_returns"
        elif r.index.get_loc(first) > lo:
            reason = "listed_after_estimation_start"
        else:
            reason = "missing_data"
        return None, {"symbol": sym, "reason": reason, "observations": n}
    X = sm.add_constant(est[factors].to_numpy(), has_constant="add")
    res = sm.OLS(est[sym].to_numpy(), X).fit()
    return (res, est), None


def main():
    group_source, grp = groups()
    symbols = sorted(set(MINERS + EXTRA + ["QQQ", "BTC-USD", "SPY"]))
    r, placeholders = load_panel(symbols)
    stock_list = MINERS + EXTRA
    out = {"generated_by": "tests/MinerCapex.Tests/Reference/eventstudy/make_reference.py",
           "versions": {"pandas": pd.__version__, "statsmodels": sm.__version__ if hasattr(sm, "__version__") else "",
                        "numpy": np.__version__},
           "placeholders": [list(p) for p in placeholders],
           "groups_from": group_source, "groups": grp, "symbols": stock_list,
           "estimation_window": list(EST), "min_observations": MIN_OBS,
           "windows": [list(w) for w in WINDOWS],
           "events": [{"id": e, "first_session": d, "category": c} for e, d, c in EVENTS],
           "models": {}}
    for model, factors in MODELS.items():
        fits, ars, cars, skipped = [], [], [], []
        car_map = {}
        ar_map = {}
        for eid, day, cat in EVENTS:
            d0 = r.index.get_loc(pd.Timestamp(day))
            for sym in stock_list:
                fitted, skip = fit(r, sym, factors, d0)
                if skip:
                    skip["event_id"] = eid
                    skipped.append(skip)
                    continue
                res, est = fitted
                k = len(factors) + 1
                se = float(np.sqrt(res.ssr / res.df_resid))
                params = [float(p) for p in res.params]
                fits.append({"event_id": eid, "symbol": sym, "n": int(res.nobs), "df": int(res.df_resid),
                             "params": params, "s_e": se,
                             "r_squared": float(res.rsquared) if factors else 0.0})
                lo_off, hi_off = min(w[0] for w in WINDOWS), max(w[1] for w in WINDOWS)
                day_ar = {}
                for o in range(lo_off, hi_off + 1):
                    i = d0 + o
                    if i >= len(r):
                        day_ar[o] = None
                        continue
                    row = r.iloc[i]
                    x = np.r_[1.0, [row[f] for f in factors]]
                    v = row[sym] - float(x @ res.params)
                    day_ar[o] = None if np.isnan(v) else float(v)
                    ars.append({"event_id": eid, "symbol": sym, "offset": o, "ar": day_ar[o]})
                ar_map[(eid, sym)] = day_ar
                xtx_inv = res.normalized_cov_params
                for w in WINDOWS:
                    vals = [day_ar[o] for o in range(w[0], w[1] + 1)]
                    L = w[1] - w[0] + 1
                    rec = {"event_id": eid, "symbol": sym, "window": list(w)}
                    if any(v is None for v in vals):
                        rec["status"] = "beyond_data_end" if d0 + w[1] >= len(r) else "missing_returns"
                        rec["missing_days"] = sum(v is None for v in vals)
                        cars.append(rec)
                        continue
                    car = float(np.sum(vals))
                    t = car / (se * np.sqrt(L))
                    x0 = np.column_stack([np.ones(L)] + [r.iloc[d0 + w[0]:d0 + w[1] + 1][f].to_numpy() for f in factors])
                    ones = np.ones(L)
                    se_pe = se * np.sqrt(L + ones @ x0 @ xtx_inv @ x0.T @ ones)
                    t_pe = car / se_pe
                    rec.update({"status": "complete", "car": car, "se": float(se * np.sqrt(L)), "t": float(t),
                                "p": float(2 * stats.t.sf(abs(t), res.df_resid)),
                                "se_pe": float(se_pe), "t_pe": float(t_pe),
                                "p_pe": float(2 * stats.t.sf(abs(t_pe), res.df_resid))})
                    cars.append(rec)
                    car_map[(eid, sym, w)] = (car, t)

        def tests(pairs):
            c = np.array([p[0] for p in pairs])
            s = np.array([p[1] for p in pairs])
            out_t = {"n": len(c)}
            if len(c) == 0:
                return out_t
            out_t["mean_car"] = float(c.mean())
            if len(c) >= 2:
                cs = stats.ttest_1samp(c, 0.0)
                bmp = stats.ttest_1samp(s, 0.0)
                out_t.update({"sd_car": float(c.std(ddof=1)), "t_cs": float(cs.statistic), "p_cs": float(cs.pvalue),
                              "t_bmp": float(bmp.statistic), "p_bmp": float(bmp.pvalue)})
            pos, neg = int((c > 0).sum()), int((c < 0).sum())
            out_t.update({"positive": pos, "negative": neg})
            if pos + neg > 0:
                out_t["positive_share"] = pos / (pos + neg)
                out_t["p_sign"] = float(stats.binomtest(pos, pos + neg, 0.5).pvalue)
            return out_t

        group_rows, pooled_rows = [], []
        for g, members in grp.items():
            for w in WINDOWS:
                for eid, _, _ in EVENTS:
                    pairs = [car_map[(eid, s, w)] for s in members if (eid, s, w) in car_map]
                    group_rows.append({"group": g, "event_id": eid, "window": list(w), **tests(pairs)})
                for pool, cats in POOLS.items():
                    evs = [e for e, _, c in EVENTS if c in cats]
                    pairs = [car_map[(e, s, w)] for e in evs for s in members if (e, s, w) in car_map]
                    pooled_rows.append({"pool": pool, "group": g, "window": list(w), "events": len(evs), **tests(pairs)})
        averages = []
        lo_off, hi_off = min(w[0] for w in WINDOWS), max(w[1] for w in WINDOWS)
        for eid, _, _ in EVENTS:
            for g, members in grp.items():
                caar = 0.0
                for o in range(lo_off, hi_off + 1):
                    vals = [ar_map[(eid, s)][o] for s in members if (eid, s) in ar_map and ar_map[(eid, s)][o] is not None]
                    aar = float(np.mean(vals)) if vals else None
                    caar = None if caar is None or aar is None else caar + aar
                    averages.append({"group": g, "event_id": eid, "offset": o, "n": len(vals), "aar": aar, "caar": caar})
        comparisons = []
        for g, members in grp.items():
            for w in WINDOWS:
                side = {pool: [car_map[(e, s, w)][0] for e, _, c in EVENTS if c in cats for s in members
                               if (e, s, w) in car_map] for pool, cats in POOLS.items()}
                a, b = np.array(side["ai"]), np.array(side["btc"])
                welch = stats.ttest_ind(a, b, equal_var=False)
                va, vb = a.var(ddof=1) / len(a), b.var(ddof=1) / len(b)
                comparisons.append({"pool": "ai", "other_pool": "btc", "group": g, "window": list(w),
                                    "n": len(a), "other_n": len(b), "mean_car": float(a.mean()),
                                    "other_mean_car": float(b.mean()), "t_welch": float(welch.statistic),
                                    "df": float((va + vb) ** 2 / (va ** 2 / (len(a) - 1) + vb ** 2 / (len(b) - 1))),
                                    "p": float(welch.pvalue)})
        out["models"][model] = {"factors": factors, "fits": fits, "abnormal_returns": ars, "cars": cars,
                                "skipped": skipped, "groups": group_rows, "pooled": pooled_rows,
                                "comparisons": comparisons, "averages": averages}

    path = os.path.join(HERE, "reference.json")
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        json.dump(out, f, indent=1, allow_nan=False)
        f.write("\n")
    os.replace(tmp, path)
    print(f"wrote {path}: " + ", ".join(
        f"{m}: {len(v['fits'])} fits, {len(v['skipped'])} skipped" for m, v in out["models"].items()), file=sys.stderr)


if __name__ == "__main__":
    main()
