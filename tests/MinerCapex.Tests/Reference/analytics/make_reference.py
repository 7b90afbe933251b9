#!/usr/bin/python3
"""Independent reference values for the MinerCapex analytics, computed with pandas/statsmodels/scipy
from the bundled prices (data/prices/*.csv). The C# tests in tests/MinerCapex.Tests/Analytics load
reference.json and compare.

Regenerate (Debian python, not pyenv):   /usr/bin/python3 tests/MinerCapex.Tests/Reference/analytics/make_reference.py

Definitions (the study's, restated here independently of the C# code):
  price       Adj Close, falling back to Close where Adj Close is null. A placeholder bar (Volume 0 and
              Open = High = Low = Close = previous Close, e.g. CLSK 2024-11-08) is missing.
  sessions    the dates of SPY.csv; a crypto price on session d is its close dated d.
  returns     log ln(P_t/P_{t-1}) and simple P_t/P_{t-1}-1 between consecutive sessions, NaN if either is missing.
  indices     equal-weight mean of members' simple returns on the members that have one, log = ln(1+mean),
              level 100 on the first session, cumulated through sessions with a return.
  sub-groups  the miner index's halves AI_PIVOT and BTC_CENTRIC, two ways:
              dated (the study's default): a miner's "from" date is the first_session (events.csv) of the row
              its universe.csv ai_pivot_event names; its return of session t counts in AI_PIVOT when
              from <= session t-1 (the portfolio is formed at the close of t-1, so the announcement day's own
              return still counts in BTC_CENTRIC) and in BTC_CENTRIC otherwise; miners without an
              ai_pivot_event are always BTC_CENTRIC. Members listed: AI_PIVOT every miner with a from date,
              BTC_CENTRIC every miner, in universe order.
              end of data: fixed members, universe.csv's subgroup column, on every session.
"""
import json
import math
import os
import sys
from itertools import combinations

import numpy as np
import pandas as pd
import statsmodels.api as sm
from scipy import stats
from statsmodels.regression.rolling import RollingOLS

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
PRICES = os.path.join(ROOT, "data", "prices")

MINERS = ["MARA", "RIOT", "CLSK", "CIFR", "IREN", "WULF", "HUT", "BITF", "CORZ", "BTDR", "APLD", "HIVE"]
AI = ["AMZN", "MSFT", "GOOGL", "META", "ORCL", "NVDA"]
FACTORS = ["BTC-USD", "AI_CAPEX", "QQQ"]


def read(symbol):
    df = pd.read_csv(os.path.join(PRICES, symbol + ".csv"), na_values=["null"], parse_dates=["Date"])
    price = df["Adj Close"].fillna(df["Close"])
    prev = df["Close"].shift()
    placeholder = (df["Volume"] == 0) & (df["Open"] == df["High"]) & (df["High"] == df["Low"]) \
        & (df["Low"] == df["Close"]) & (df["Close"] == prev)
    price[placeholder] = np.nan
    return pd.Series(price.values, index=df["Date"], name=symbol), df


symbols = sorted(f[:-4] for f in os.listdir(PRICES) if f.endswith(".csv"))
sessions = pd.read_csv(os.path.join(PRICES, "SPY.csv"), parse_dates=["Date"])["Date"]
prices = pd.DataFrame({s: read(s)[0].reindex(sessions) for s in symbols}, index=sessions)
logret = np.log(prices / prices.shift())
simple = prices / prices.shift() - 1


def index(members):
    r = simple[members]
    count = r.notna().sum(axis=1)
    mean = r.mean(axis=1)  # skips NaN; NaN when no member has a return
    level = 100.0 * (1.0 + mean.fillna(0.0)).cumprod()
    return mean, np.log1p(mean), count, level


idx = {name: index(m) for name, m in (("MINERS", MINERS), ("AI_CAPEX", AI))}
returns = logret.copy()
for name, (_, lg, _, _) in idx.items():
    returns[name] = lg


def clean(v):
    """JSON-ready: floats at full precision, NaN as null."""
    if isinstance(v, (list, tuple, np.ndarray, pd.Series, pd.Index)):
        return [clean(x) for x in v]
    if isinstance(v, (np.integer,)):
        return int(v)
    if isinstance(v, (float, np.floating)):
        return None if math.isnan(v) else float(v)
    return v


def days(index_like):
    return [d.strftime("%Y-%m-%d") for d in index_like]


def period_mask(start, end):
    m = np.ones(len(sessions), dtype=bool)
    if start: m &= (sessions >= start).values
    if end: m &= (sessions <= end).values
    return m


out = {"generator": "make_reference.py", "pandas": pd.__version__, "statsmodels": sm.__version__, "sessions": days(sessions)}

# Panel checks: the loader must produce the same prices (count present, sum of log returns).
out["panel"] = {s: {"present": int(prices[s].notna().sum()), "log_return_sum": clean(logret[s].sum()),
                    "first": clean(prices[s].dropna().iloc[0])} for s in symbols}

out["indices"] = {name: {"members": m, "simple": clean(v[0]), "log": clean(v[1]), "constituents": clean(v[2]), "level": clean(v[3])}
                  for name, m, v in (("MINERS", MINERS, idx["MINERS"]), ("AI_CAPEX", AI, idx["AI_CAPEX"]))}

# Sub-group indices, dated and at the end of data (see the docstring).
universe = pd.read_csv(os.path.join(ROOT, "data", "universe.csv"), keep_default_na=False)
catalog = pd.read_csv(os.path.join(ROOT, "data", "events.csv"), keep_default_na=False)
first_session = dict(zip(catalog["id"], pd.to_datetime(catalog["first_session"])))
miner_rows = universe[universe["group"] == "miner"]
assert list(miner_rows["symbol"]) == MINERS, "universe order of the miners changed"
pivot_from = {r.symbol: first_session[r.ai_pivot_event] for r in miner_rows.itertuples() if r.ai_pivot_event}
previous_session = sessions.shift(1)


def index_of(r):
    count = r.notna().sum(axis=1)
    mean = r.mean(axis=1)
    level = 100.0 * (1.0 + mean.fillna(0.0)).cumprod()
    return mean, np.log1p(mean), count, level


def dated(pivot):
    members = [s for s in MINERS if s in pivot_from] if pivot else list(MINERS)
    r = simple[members].copy()
    for s in members:
        is_pivot = (previous_session >= pivot_from[s]).values if s in pivot_from else np.zeros(len(sessions), dtype=bool)
        r.loc[~(is_pivot if pivot else ~is_pivot), s] = np.nan
    return members, index_of(r)


def fixed(subgroup):
    members = list(miner_rows.loc[miner_rows["subgroup"] == subgroup, "symbol"])
    return members, index_of(simple[members])


def index_json(members, v):
    return {"members": members, "simple": clean(v[0]), "log": clean(v[1]), "constituents": clean(v[2]), "level": clean(v[3])}


out["ai_pivot_from"] = {s: d.strftime("%Y-%m-%d") for s, d in pivot_from.items()}
out["subgroup_indices"] = {
    "dated": {"AI_PIVOT": index_json(*dated(True)), "BTC_CENTRIC": index_json(*dated(False))},
    "end_of_data": {"AI_PIVOT": index_json(*fixed("ai_pivot")), "BTC_CENTRIC": index_json(*fixed("btc_centric"))},
}

# 1. Correlation matrices (pandas DataFrame.corr: Pearson, pairwise complete).
corr_sets = [
    ("all_full", list(returns.columns), None, None),
    ("study_2025", ["MINERS", "AI_CAPEX", "BTC-USD", "QQQ"] + MINERS, "2025-01-01", "2025-12-31"),
    ("study_2024", ["MINERS", "AI_CAPEX", "BTC-USD", "QQQ"] + MINERS, "2024-01-01", "2024-12-31"),
]
out["correlation"] = []
for name, cols, a, b in corr_sets:
    sub = returns.loc[period_mask(a, b), cols]
    c = sub.corr()
    present = sub.notna().astype(float)
    counts = present.T.dot(present)
    out["correlation"].append({"name": name, "symbols": cols, "from": a, "to": b, "has_missing": bool(sub.isna().any().any()),
                               "values": [clean(c.loc[r, cols].values) for r in cols],
                               "counts": [[int(x) for x in counts.loc[r, cols].values] for r in cols]})


def joint(x, y):
    both = x.notna() & y.notna()
    return x.where(both), y.where(both)


# 2. Rolling (window) and exponentially weighted correlation and beta.
out["rolling"] = []
for series in ["MINERS", "CIFR", "CORZ", "CLSK"]:
    for factor in FACTORS:
        for w in ([60, 20] if series == "MINERS" and factor == "BTC-USD" else [60]):
            x, y = joint(returns[series], returns[factor])
            corr = x.rolling(w).corr(y)
            beta = x.rolling(w).cov(y) / y.rolling(w).var()
            out["rolling"].append({"symbol": series, "factor": factor, "window": w, "correlation": clean(corr), "beta": clean(beta)})

out["ewm"] = []
for series, factor, hl, minp in [("MINERS", "BTC-USD", 30, 30), ("MINERS", "AI_CAPEX", 30, 30), ("MINERS", "QQQ", 30, 30),
                                 ("CIFR", "BTC-USD", 30, 30), ("CORZ", "BTC-USD", 10.5, 5), ("CLSK", "AI_CAPEX", 60, 20)]:
    x, y = joint(returns[series], returns[factor])
    e = dict(halflife=hl, adjust=True, ignore_na=False, min_periods=minp)
    corr = x.ewm(**e).corr(y)
    beta = x.ewm(**e).cov(y) / y.ewm(**e).var()
    out["ewm"].append({"symbol": series, "factor": factor, "half_life": hl, "min_observations": minp, "correlation": clean(corr), "beta": clean(beta)})


def ols(y, xs, mask=None, cov=None):
    d = returns[[y] + xs]
    if mask is not None:
        d = d[mask]
    d = d.dropna()
    X = sm.add_constant(d[xs])
    m = sm.OLS(d[y], X)
    if cov is None:
        return m.fit(), d
    return m.fit(cov_type="HAC", cov_kwds={"maxlags": cov}, use_t=True), d


def fit_json(r):
    return {"params": clean(r.params.values), "bse": clean(r.bse.values), "t": clean(r.tvalues.values), "p": clean(r.pvalues.values),
            "r2": clean(r.rsquared), "adj_r2": clean(r.rsquared_adj), "n": int(r.nobs), "ssr": clean(r.ssr)}


def shapley(y, xs, mask):
    k = len(xs)
    r2 = {(): 0.0}
    for size in range(1, k + 1):
        for s in combinations(range(k), size):
            r2[s] = ols(y, [xs[i] for i in s], mask)[0].rsquared
    shares = []
    for j in range(k):
        total = 0.0
        others = [i for i in range(k) if i != j]
        for size in range(0, k):
            for s in combinations(others, size):
                w = math.factorial(size) * math.factorial(k - size - 1) / math.factorial(k)
                total += w * (r2[tuple(sorted(s + (j,)))] - r2[s])
        shares.append(total)
    return shares


# 3. Regimes: correlation and beta by period; Fisher z 2024 vs 2025; Chow tests.
periods = {"2023": ("2023-01-01", "2023-12-31"), "2024": ("2024-01-01", "2024-12-31"), "2025": ("2025-01-01", "2025-12-31"),
           "2025Q1": ("2025-01-01", "2025-03-31"), "2025Q2": ("2025-04-01", "2025-06-30"), "2025Q3": ("2025-07-01", "2025-09-30"),
           "2025Q4": ("2025-10-01", "2025-12-31"), "before 2025-01-02": (None, "2025-01-01")}
out["regimes"] = []
for series in ["MINERS", "CIFR", "CORZ"]:
    for factor in FACTORS:
        for label, (a, b) in periods.items():
            x, y = joint(returns[series][period_mask(a, b)], returns[factor][period_mask(a, b)])
            n = int(x.notna().sum())
            r = x.corr(y)
            beta = se = float("nan")  # no regression on fewer than 3 pairs (CORZ before its relisting)
            if n >= 3:
                fit, _ = ols(series, [factor], period_mask(a, b))
                beta, se = fit.params[factor], fit.bse[factor]
            out["regimes"].append({"symbol": series, "factor": factor, "period": label, "n": n, "correlation": clean(r),
                                   "beta": clean(beta), "beta_se": clean(se)})


def fisher(r1, n1, r2, n2):
    z = (np.arctanh(r1) - np.arctanh(r2)) / np.sqrt(1 / (n1 - 3) + 1 / (n2 - 3))
    return z, 2 * stats.norm.sf(abs(z))


out["fisher"] = []
for series in ["MINERS", "CIFR"]:
    for factor in FACTORS:
        rows = {p: next(r for r in out["regimes"] if r["symbol"] == series and r["factor"] == factor and r["period"] == p) for p in ("2024", "2025")}
        z, p = fisher(rows["2024"]["correlation"], rows["2024"]["n"], rows["2025"]["correlation"], rows["2025"]["n"])
        out["fisher"].append({"symbol": series, "factor": factor, "z": clean(z), "p": clean(p)})


def chow(series, xs, mask1, mask2):
    f1, d1 = ols(series, xs, mask1)
    f2, d2 = ols(series, xs, mask2)
    fp, _ = ols(series, xs, mask1 | mask2)
    k = len(xs) + 1
    df2 = len(d1) + len(d2) - 2 * k
    F = ((fp.ssr - f1.ssr - f2.ssr) / k) / ((f1.ssr + f2.ssr) / df2)
    return {"n1": len(d1), "n2": len(d2), "pooled_ssr": fp.ssr, "ssr1": f1.ssr, "ssr2": f2.ssr, "F": F, "df1": k, "df2": df2, "p": stats.f.sf(F, k, df2)}


out["chow"] = []
for series, xs in [("MINERS", ["BTC-USD"]), ("MINERS", FACTORS), ("CIFR", ["AI_CAPEX"])]:
    c = chow(series, xs, period_mask("2024-01-01", "2024-12-31"), period_mask("2025-01-01", "2025-12-31"))
    out["chow"].append({"symbol": series, "factors": xs, "first": "2024", "second": "2025", **{k: clean(v) for k, v in c.items()}})
    c = chow(series, xs, period_mask(None, "2025-01-01"), period_mask("2025-01-02", None))
    out["chow"].append({"symbol": series, "factors": xs, "break": "2025-01-02", **{k: clean(v) for k, v in c.items()}})

out["chow_scan"] = []
for series, xs, a, b in [("MINERS", ["BTC-USD"], None, None), ("CIFR", FACTORS, "2024-01-01", "2025-12-31")]:
    m = period_mask(a, b)
    d = returns.loc[m, [series] + xs].dropna()
    n, k = len(d), len(xs) + 1
    edge = max(k + 1, math.ceil(0.15 * n))
    pooled = sm.OLS(d[series], sm.add_constant(d[xs])).fit().ssr
    breaks, fs = [], []
    for j in range(edge, n - edge + 1):
        s1 = sm.OLS(d[series].iloc[:j], sm.add_constant(d[xs].iloc[:j])).fit().ssr
        s2 = sm.OLS(d[series].iloc[j:], sm.add_constant(d[xs].iloc[j:])).fit().ssr
        fs.append(((pooled - s1 - s2) / k) / ((s1 + s2) / (n - 2 * k)))
        breaks.append(d.index[j])
    best = int(np.argmax(fs))
    out["chow_scan"].append({"symbol": series, "factors": xs, "from": a, "to": b, "trim": 0.15, "breaks": days(breaks), "F": clean(fs),
                             "best_break": breaks[best].strftime("%Y-%m-%d"), "sup_F": clean(fs[best]),
                             "p_at_best": clean(stats.f.sf(fs[best], k, n - 2 * k))})

# 4. Factor regressions with classical and HAC errors, Shapley shares, rolling OLS.
out["factor_regressions"] = []
for label, (a, b) in {"all": (None, None), "2025": ("2025-01-01", "2025-12-31")}.items():
    m = period_mask(a, b)
    for series in ["MINERS"] + MINERS:
        fit, d = ols(series, FACTORS, m)
        entry = {"symbol": series, "period": label, "first": d.index[0].strftime("%Y-%m-%d"), "last": d.index[-1].strftime("%Y-%m-%d"),
                 "classical": fit_json(fit), "shapley": clean(shapley(series, FACTORS, m))}
        if series in ("MINERS", "CIFR"):
            entry["hac_default"] = fit_json(ols(series, FACTORS, m, cov=int(np.floor(4 * (len(d) / 100) ** (2 / 9))))[0])
            entry["hac_default_lag"] = int(np.floor(4 * (len(d) / 100) ** (2 / 9)))
            entry["hac_lag10"] = fit_json(ols(series, FACTORS, m, cov=10)[0])
        out["factor_regressions"].append(entry)

out["rolling_ols"] = []
for series in ["MINERS", "CIFR", "CORZ"]:
    d = returns[[series] + FACTORS]
    with np.errstate(divide="ignore", invalid="ignore"):  # windows with too few present rows, discarded below
        r = RollingOLS(d[series], sm.add_constant(d[FACTORS]), window=60, missing="drop").fit(params_only=False)
    # 'drop' fits each window on its present rows; keep only windows with all 60 rows present. (statsmodels
    # 0.13's 'skip' is unusable here: it counts missing rows over the last W-1 rows only, and after a
    # skipped window its running cross-products stay NaN, so CORZ would have no values at all.)
    complete = (d.isna().any(axis=1).astype(float).rolling(60).sum() == 0).values
    params, r2 = r.params[complete].reindex(r.params.index), r.rsquared.where(complete)
    out["rolling_ols"].append({"symbol": series, "window": 60, "alpha": clean(params["const"]),
                               "betas": [clean(params[f]) for f in FACTORS], "r2": clean(r2)})

# 6. Day moves: session to session for every symbol; calendar day for BTC from the raw file.
out["day_moves"] = []
for day in ["2025-09-09", "2025-11-24", "2024-11-11", "2025-09-08"]:
    t = int(np.where(sessions == pd.Timestamp(day))[0][0])
    for s in symbols:
        out["day_moves"].append({"date": day, "symbol": s, "previous": sessions[t - 1].strftime("%Y-%m-%d"),
                                 "return": clean(prices[s].iloc[t] / prices[s].iloc[t - 1] - 1)})
btc_raw = read("BTC-USD")[1].set_index("Date")
btc_price = btc_raw["Adj Close"].fillna(btc_raw["Close"])
out["btc_calendar"] = [{"date": d, "return": clean(btc_price[pd.Timestamp(d)] / btc_price[pd.Timestamp(d) - pd.Timedelta(days=1)] - 1)}
                       for d in ["2025-09-09", "2025-11-24", "2025-09-08", "2025-12-15"]]

path = os.path.join(HERE, "reference.json")
tmp = path + ".tmp"
with open(tmp, "w") as f:
    json.dump(out, f, separators=(",", ":"))
os.replace(tmp, path)
print(f"wrote {path} ({os.path.getsize(path) / 1e6:.2f} MB)", file=sys.stderr)
