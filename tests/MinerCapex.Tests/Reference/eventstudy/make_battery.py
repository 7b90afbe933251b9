#!/usr/bin/python3
"""Independent reference values for the event-study inference of issue 19 (MinerCapex.EventStudies):
event days, disjoint pools, estimation windows without other events, model D, the test battery, event-day
comparisons, paired sub-group comparisons, announcers and placebo days.

Nothing here calls the C# code. Fits are statsmodels OLS; ranks are scipy.stats.rankdata; Welch is
scipy.stats.ttest_ind(equal_var=False); the random draws replay numpy's legacy RandomState (MT19937,
init_genrand(seed)), one raw 32-bit output u per draw and index floor(u / 2**32 * n). Regenerate from the
repository root, then commit the script and battery.json together:

    /usr/bin/python3 tests/MinerCapex.Tests/Reference/eventstudy/make_battery.py

Definitions, restated from the papers rather than from the library:

  panel       as make_reference.py (Adj Close falling back to Close, placeholder bars missing, SPY's sessions,
              log returns); AI_CAPEX is the equal-weight index of the universe's hyperscaler group: the mean of
              the members' simple returns that exist that session, log return ln(1 + mean).
  spans       every catalog event's span is [-1, +5] around its first session (the union of the event windows).
  estimation  sessions counted back from day -11, skipping every session inside any event's span, until 120
              are collected or the data begin; a stock needs 100 of them with its and every factor's return.
  models      A: QQQ.  B: QQQ + BTC-USD.  D: QQQ + BTC-USD + AI_CAPEX orthogonalised to QQQ: AI_CAPEX less its
              own OLS fit on QQQ over the same estimation rows; AR_t uses that fit on day t too.
  event day   the catalog rows of a pool that share a first session; its fits are those of the first row.
  disjoint    a session holding rows of both pools goes to neither ("mixed").
  battery     over N stock x event-day CARs (complete windows):
     cs t     one-sample t of CARs;  BMP t: one-sample t of SCAR = CAR / (s_e sqrt L)
              (Boehmer, Musumeci and Poulsen 1991, JFE 30, 253-272).
     KP       t_BMP * sqrt((1 - rbar) / (1 + (N - 1) rbar)), rbar = sum over same-day pairs of the Pearson
              correlation of their estimation residuals / (N (N - 1) / 2); p from t(N - 1)
              (Kolari and Pynnonen 2010, RFS 23(11), 3996-4025, eq. 13).
     Corrado  day-0 AR ranked with the observation's estimation residuals, U = rank / (m + 1) - 1/2;
              positions: 0 = the event, p = the p-th estimation session counted back; Ubar_t over the
              observations present; S^2 = (1/T) sum_t (N_t / N) Ubar_t^2; Z = Ubar_0 / S; normal p
              (Corrado 1989, JFE 23, 385-395; standardized ranks of Corrado and Zivney 1992, JFQA 27, 465-478).
     GRANK    the same with the event value SCAR_i / sd_i(SCAR) and the estimation values residual / s_e;
              t = Z sqrt((T - 2) / (T - 1 - Z^2)), p from t(T - 2)
              (Kolari and Pynnonen 2011, J. Empirical Finance 18(5), 953-971, eqs. 7-13).
     sign     p_hat = mean over observations of their share of positive estimation residuals; w = positive
              CARs; Z = (w - N p_hat) / sqrt(N p_hat (1 - p_hat)); normal p (Cowan 1992, Rev. Quant. Finance
              Acc. 2, 343-358).
     portf.   per event day the mean CAR; with D >= 2 days the one-sample t across days (D - 1 df); with one
              day the portfolio CAR / (s_p sqrt L), s_p the sd of the day's mean estimation residual series
              (Brown and Warner 1980, JFE 8, 205-258, "crude dependence adjustment"), df = its length - 1.
  comparison  Welch on event-day portfolio CARs of the two disjoint pools; sizes: |SCAR_p| - E|T_nu|,
              SCAR_p = CAR_p / (s_p sqrt L), nu = s_p's series length - 1, E|T_nu| by scipy integration;
              ratio = mean |SCAR_p| / mean E|T_nu|.
  paired      per day: mean CAR of group 1's members minus group 2's, then a one-sample t across days.
  placebo     candidates: sessions more than (b - a) sessions from every event's day 0, window inside the data,
              grouped by calendar month in session order; per set, for each real day (first pool's, then the
              other's) an index floor(u * remaining) into its month's remaining candidates, removed after the
              draw, refilled from the whole month when empty (a month with no candidate at all borrows the nearest
              month's in the library; never the case for [0,+1]); quantiles numpy.quantile (linear); empirical
              p = (1 + #extreme) / (N + 1), two-sided for means and differences, upper for size ratios.
"""
import json
import math
import os
import warnings

import numpy as np
import pandas as pd
import statsmodels.api as sm
from scipy import stats

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
DATA = os.path.join(ROOT, "data")
PRICES = os.path.join(DATA, "prices")

SPAN = (-1, 5)
EST_END, EST_LEN, MIN_OBS = -11, 120, 100
WINDOWS = [(0, 0), (0, 1), (0, 5)]
POOLS = {"ai": {"ai_capex", "ai_financing", "miner_ai_deal"}, "btc": {"btc"}, "miner_ai_deal": {"miner_ai_deal"}}
MODELS = {"A": ["QQQ"], "B": ["QQQ", "BTC-USD"], "D": ["QQQ", "BTC-USD", "AI_CAPEX"]}
SEED, DRAWS = 20251103, 2000


def load():
    u = pd.read_csv(os.path.join(DATA, "universe.csv"))
    miners = list(u[u["group"] == "miner"]["symbol"])
    groups = {"miners": miners,
              "ai_pivot": list(u[(u["group"] == "miner") & (u["subgroup"] == "ai_pivot")]["symbol"]),
              "btc_centric": list(u[(u["group"] == "miner") & (u["subgroup"] == "btc_centric")]["symbol"])}
    hyper = list(u[u["group"] == "hyperscaler"]["symbol"])

    def price(sym):
        df = pd.read_csv(os.path.join(PRICES, sym + ".csv"), na_values=["null"], parse_dates=["Date"]).set_index("Date")
        prev = df["Close"].shift(1)
        fake = (df["Volume"] == 0) & (df["Open"] == prev) & (df["High"] == prev) & (df["Low"] == prev) & (df["Close"] == prev)
        s = df["Adj Close"].fillna(df["Close"]).astype(float)
        s[fake] = np.nan
        return s

    sessions = price("SPY").index
    syms = sorted(set(miners + hyper + ["QQQ", "BTC-USD"]))
    p = pd.DataFrame({s: price(s).reindex(sessions) for s in syms}, index=sessions)
    r = np.log(p / p.shift(1))
    simple = (p[hyper] / p[hyper].shift(1) - 1)
    r["AI_CAPEX"] = np.log(1 + simple.mean(axis=1, skipna=True))
    ev = pd.read_csv(os.path.join(DATA, "events.csv"))
    idx = {d: i for i, d in enumerate(sessions.strftime("%Y-%m-%d"))}
    events = [{"id": row.id, "d0": idx[row.first_session], "category": row.category,
               "entities": str(row.entities).split(";") if isinstance(row.entities, str) else []}
              for row in ev.itertuples()]
    return r, sessions, groups, events


R, SESSIONS, GROUPS, EVENTS = load()
MASK = np.zeros(len(R), dtype=bool)
for e in EVENTS:
    MASK[max(e["d0"] + SPAN[0], 0):e["d0"] + SPAN[1] + 1] = True


def estimation(d0):
    picked, excluded, i = [], 0, d0 + EST_END
    while i >= 0 and len(picked) < EST_LEN:
        if MASK[i]:
            excluded += 1
        else:
            picked.append(i)
        i -= 1
    return sorted(picked), excluded


FIT_CACHE = {}


def fit(sym, d0, model):
    key = (sym, d0, model)
    if key in FIT_CACHE:
        return FIT_CACHE[key]
    rows, _ = estimation(d0)
    factors = MODELS[model]
    est = R.iloc[rows][[sym] + factors]
    ok = est.notna().all(axis=1).to_numpy()
    data = est[ok]
    out = None
    if len(data) >= MIN_OBS:
        X = data[factors].copy()
        ortho = None
        if model == "D":
            g = sm.OLS(X["AI_CAPEX"].to_numpy(), sm.add_constant(X["QQQ"].to_numpy())).fit().params
            ortho = g
            X["AI_CAPEX"] = X["AI_CAPEX"] - g[0] - g[1] * X["QQQ"]
        res = sm.OLS(data[sym].to_numpy(), sm.add_constant(X.to_numpy(), has_constant="add")).fit()
        se = math.sqrt(res.ssr / res.df_resid)

        def predict(i):
            x = R.iloc[i][factors].to_numpy(dtype=float)
            if ortho is not None:
                x[2] = x[2] - ortho[0] - ortho[1] * x[0]
            return res.params[0] + float(np.dot(res.params[1:], x))

        resid = np.full(len(rows), np.nan)
        resid[ok] = res.resid
        out = {"n": int(len(data)), "df": int(res.df_resid), "se": se, "params": [float(v) for v in res.params],
               "resid": resid, "predict": predict, "start": rows[0]}
    FIT_CACHE[key] = out
    return out


def car(sym, d0, model, w):
    f = fit(sym, d0, model)
    if f is None or d0 + w[1] >= len(R):
        return None
    ars = []
    for o in range(w[0], w[1] + 1):
        y = R.iloc[d0 + o][sym]
        a = y - f["predict"](d0 + o)
        if not np.isfinite(a):
            return None
        ars.append(a)
    L = w[1] - w[0] + 1
    c = float(sum(ars))
    ar0 = float(ars[-w[0]]) if w[0] <= 0 <= w[1] else float("nan")
    return {"car": c, "scar": c / (f["se"] * math.sqrt(L)), "ar0": ar0, "se": f["se"], "resid": f["resid"]}


def days_of(cats):
    out = {}
    for e in EVENTS:
        if e["category"] in cats:
            out.setdefault(e["d0"], []).append(e)
    return [(d0, rows) for d0, rows in out.items()]


def disjoint(a, b):
    da, db = dict(days_of(POOLS[a])), dict(days_of(POOLS[b]))
    mixed = sorted(set(da) & set(db))
    return ([(d, r) for d, r in da.items() if d not in db], [(d, r) for d, r in db.items() if d not in da], mixed)


def sample(days, members, model, w):
    obs = []
    for k, (d0, rows) in enumerate(days):
        for sym in members(d0, rows):
            c = car(sym, d0, model, w)
            if c is not None:
                c["day"] = k
                obs.append(c)
    return obs


def one_sample_t(x):
    x = np.asarray(x, dtype=float)
    if len(x) < 2 or np.std(x, ddof=1) == 0:
        return None, None
    t = stats.ttest_1samp(x, 0.0)
    return float(t.statistic), float(t.pvalue)


def rank_z(obs, grank):
    n = len(obs)
    scar = np.array([o["scar"] for o in obs])
    sd = np.std(scar, ddof=1) if grank else 1.0
    by_pos = {}
    used = 0
    for o in obs:
        ev = o["scar"] / sd if grank else o["ar0"]
        if not np.isfinite(ev):
            continue
        res = o["resid"]
        vals, pos = [ev], [0]
        for k, v in enumerate(res):
            if np.isfinite(v):
                vals.append(v / o["se"] if grank else v)
                pos.append(len(res) - k)
        u = stats.rankdata(vals) / (len(vals) + 1) - 0.5
        for p, x in zip(pos, u):
            by_pos.setdefault(p, []).append(x)
        used += 1
    T = len(by_pos)
    s2 = sum(len(v) / used * np.mean(v) ** 2 for v in by_pos.values()) / T
    return float(np.mean(by_pos[0]) / math.sqrt(s2)), T


def portfolio_days(obs, L):
    out = []
    for day in sorted(set(o["day"] for o in obs)):
        mem = [o for o in obs if o["day"] == day]
        series = np.nanmean(np.vstack([o["resid"] for o in mem]), axis=0) if len(mem) > 1 else mem[0]["resid"].copy()
        series = series[np.isfinite(series)]
        sd = float(np.std(series, ddof=1))
        c = float(np.mean([o["car"] for o in mem]))
        out.append({"day": day, "car": c, "sd": sd, "sessions": int(len(series)), "scar": c / (sd * math.sqrt(L))})
    return out


def battery(obs, L):
    n = len(obs)
    cars = np.array([o["car"] for o in obs])
    scars = np.array([o["scar"] for o in obs])
    cs_t, cs_p = one_sample_t(cars)
    bmp_t, bmp_p = one_sample_t(scars)
    tot = 0.0
    for i in range(n):
        for j in range(i + 1, n):
            if obs[i]["day"] == obs[j]["day"]:
                a, b = obs[i]["resid"], obs[j]["resid"]
                ok = np.isfinite(a) & np.isfinite(b)
                tot += float(np.corrcoef(a[ok], b[ok])[0, 1])
    rbar = tot / (n * (n - 1) / 2)
    kp_t = bmp_t * math.sqrt((1 - rbar) / (1 + (n - 1) * rbar))
    kp_p = float(2 * stats.t.sf(abs(kp_t), n - 1))
    cz, _ = rank_z(obs, False)
    gz, T = rank_z(obs, True)
    g_t = gz * math.sqrt((T - 2) / (T - 1 - gz * gz))
    shares = [np.mean(o["resid"][np.isfinite(o["resid"])] > 0) for o in obs]
    p_hat = float(np.mean(shares))
    w = int(np.sum(cars > 0))
    sign_z = (w - n * p_hat) / math.sqrt(n * p_hat * (1 - p_hat))
    ports = portfolio_days(obs, L)
    if len(ports) >= 2:
        pt, pp = one_sample_t([p["car"] for p in ports])
        pdf = len(ports) - 1
    else:
        pt = ports[0]["car"] / (ports[0]["sd"] * math.sqrt(L))
        pdf = ports[0]["sessions"] - 1
        pp = float(2 * stats.t.sf(abs(pt), pdf))
    return {"n": n, "days": len(ports), "mean_car": float(cars.mean()), "t_cs": cs_t, "p_cs": cs_p, "t_bmp": bmp_t, "p_bmp": bmp_p,
            "rbar": rbar, "t_kp": kp_t, "p_kp": kp_p, "z_corrado": cz, "p_corrado": float(2 * stats.norm.sf(abs(cz))),
            "t_grank": g_t, "df_grank": T - 2, "p_grank": float(2 * stats.t.sf(abs(g_t), T - 2)),
            "positive": w, "p_hat": p_hat, "z_sign": sign_z, "p_sign": float(2 * stats.norm.sf(abs(sign_z))),
            "portfolio_mean": float(np.mean([p["car"] for p in ports])), "t_portfolio": pt, "df_portfolio": pdf, "p_portfolio": pp}


MEAN_ABS_T = {}


def mean_abs_t(df):
    if df not in MEAN_ABS_T:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            MEAN_ABS_T[df] = float(stats.t(df).expect(abs))
    return MEAN_ABS_T[df]


def compare(pa, pb):
    def welch(x, y):
        if len(x) < 2 or len(y) < 2:
            return None, None, None
        t = stats.ttest_ind(x, y, equal_var=False)
        v1, v2 = np.var(x, ddof=1) / len(x), np.var(y, ddof=1) / len(y)
        df = (v1 + v2) ** 2 / (v1 ** 2 / (len(x) - 1) + v2 ** 2 / (len(y) - 1))
        return float(t.statistic), float(df), float(t.pvalue)

    ca, cb = [p["car"] for p in pa], [p["car"] for p in pb]
    t, df, p = welch(ca, cb)
    na = [mean_abs_t(x["sessions"] - 1) for x in pa]
    nb = [mean_abs_t(x["sessions"] - 1) for x in pb]
    ea = [abs(x["scar"]) - m for x, m in zip(pa, na)]
    eb = [abs(x["scar"]) - m for x, m in zip(pb, nb)]
    st, sdf, sp = welch(ea, eb)
    ra = float(np.mean([abs(x["scar"]) for x in pa]) / np.mean(na)) if pa else None
    rb = float(np.mean([abs(x["scar"]) for x in pb]) / np.mean(nb)) if pb else None
    return {"days": len(pa), "other_days": len(pb), "mean_car": float(np.mean(ca)), "other_mean_car": float(np.mean(cb)),
            "difference": float(np.mean(ca) - np.mean(cb)), "t": t, "df": df, "p": p,
            "size_ratio": ra, "other_size_ratio": rb, "size_t": st, "size_df": sdf, "size_p": sp}


def everyone(group):
    return lambda d0, rows: GROUPS[group]


def announcers(rows):
    return {s for e in rows if e["category"] == "miner_ai_deal" for s in e["entities"] if s in GROUPS["miners"]}


def main():
    out = {"generated_by": "tests/MinerCapex.Tests/Reference/eventstudy/make_battery.py",
           "versions": {"pandas": pd.__version__, "numpy": np.__version__},
           "events": [{"id": e["id"], "first_session": SESSIONS[e["d0"]].strftime("%Y-%m-%d"),
                       "excluded": estimation(e["d0"])[1],
                       "estimation_start": SESSIONS[estimation(e["d0"])[0][0]].strftime("%Y-%m-%d")} for e in EVENTS],
           "fits": [], "batteries": [], "day_batteries": [], "comparisons": [], "paired": [], "announcers": []}
    for e in EVENTS[:60:7]:
        for sym in ("CIFR", "MARA", "IREN"):
            for model in MODELS:
                f = fit(sym, e["d0"], model)
                if f is not None:
                    out["fits"].append({"event_id": e["id"], "symbol": sym, "model": model, "n": f["n"], "se": f["se"],
                                        "params": f["params"], "estimation_start": SESSIONS[f["start"]].strftime("%Y-%m-%d")})
    for model in MODELS:
        for w in WINDOWS:
            L = w[1] - w[0] + 1
            a_only, b_only, mixed = disjoint("ai", "btc")
            sets = {"ai": days_of(POOLS["ai"]), "btc": days_of(POOLS["btc"]), "ai_only": a_only, "btc_only": b_only}
            for name, days in sets.items():
                b = battery(sample(days, everyone("miners"), model, w), L)
                b.update({"model": model, "window": list(w), "days_of": name})
                out["batteries"].append(b)
            pa = portfolio_days(sample(a_only, everyone("miners"), model, w), L)
            pb = portfolio_days(sample(b_only, everyone("miners"), model, w), L)
            c = compare(pa, pb)
            c.update({"model": model, "window": list(w), "mixed": [SESSIONS[d].strftime("%Y-%m-%d") for d in mixed]})
            out["comparisons"].append(c)
            deals = days_of(POOLS["miner_ai_deal"])
            deltas = []
            for d0, rows in deals:
                ann = announcers(rows)
                g1 = [s for s in GROUPS["ai_pivot"] if s not in ann]
                g2 = [s for s in GROUPS["btc_centric"] if s not in ann]
                c1 = [x["car"] for x in (car(s, d0, model, w) for s in g1) if x is not None]
                c2 = [x["car"] for x in (car(s, d0, model, w) for s in g2) if x is not None]
                if c1 and c2:
                    deltas.append(np.mean(c1) - np.mean(c2))
            t, p = one_sample_t(deltas)
            half = stats.t.ppf(0.975, len(deltas) - 1) * np.std(deltas, ddof=1) / math.sqrt(len(deltas))
            out["paired"].append({"model": model, "window": list(w), "days": len(deltas), "mean": float(np.mean(deltas)),
                                  "t": t, "p": p, "lower": float(np.mean(deltas) - half), "upper": float(np.mean(deltas) + half)})
    for d0, rows in days_of(POOLS["ai"]) + days_of(POOLS["btc"]):
        if rows[0]["id"] in ("nebius_msft_gpu", "iren_msft_9_7b", "amzn_gov_ai_50b", "btc_halving_4"):
            b = battery(sample([(d0, rows)], everyone("miners"), "B", (0, 1)), 2)
            b.update({"event_id": rows[0]["id"], "model": "B", "window": [0, 1]})
            out["day_batteries"].append(b)
    for e in EVENTS:
        if e["category"] == "miner_ai_deal":
            for s in e["entities"]:
                if s in GROUPS["miners"]:
                    c = car(s, e["d0"], "B", (0, 1))
                    out["announcers"].append({"event_id": e["id"], "symbol": s, "car": None if c is None else c["car"],
                                              "t": None if c is None else c["scar"]})
    out["placebo"] = placebo("A", (0, 1))
    with open(os.path.join(HERE, "battery.json"), "w") as f:
        json.dump(out, f, indent=1)
    print("wrote", os.path.join(HERE, "battery.json"))


def placebo(model, w):
    L = w[1] - w[0] + 1
    a_only, b_only, _ = disjoint("ai", "btc")
    width = w[1] - w[0]
    d0s = [e["d0"] for e in EVENTS]
    months = {}
    for s in range(max(0, -w[0]), len(R) - w[1]):
        if any(abs(s - d) <= width for d in d0s):
            continue
        months.setdefault(SESSIONS[s].strftime("%Y-%m"), []).append(s)
    real_days = [d for d, _ in a_only] + [d for d, _ in b_only]
    keys = [SESSIONS[d].strftime("%Y-%m") for d in real_days]
    rs = np.random.RandomState(SEED)
    cache = {}

    def day(s):
        if s not in cache:
            obs = sample([(s, [])], everyone("miners"), model, w)
            cache[s] = portfolio_days(obs, L)[0] if obs else None
        return cache[s]

    rows = []
    for _ in range(DRAWS):
        left = {k: list(v) for k, v in months.items()}
        chosen = []
        for k in keys:
            if not left[k]:
                left[k] = list(months[k])
            u = int(rs.randint(0, 2**32, dtype=np.uint32))
            j = math.floor(u / 2**32 * len(left[k]))
            chosen.append(left[k].pop(j))
        pa = [x for x in (day(s) for s in chosen[:len(a_only)]) if x is not None]
        pb = [x for x in (day(s) for s in chosen[len(a_only):]) if x is not None]
        rows.append(compare(pa, pb))
    real = compare(portfolio_days(sample(a_only, everyone("miners"), model, w), L),
                   portfolio_days(sample(b_only, everyone("miners"), model, w), L))
    stats_ = {"mean CAR, ai": ("mean_car", True), "mean CAR, btc": ("other_mean_car", True),
              "difference, ai − btc": ("difference", True), "size ratio, ai": ("size_ratio", False),
              "size ratio, btc": ("other_size_ratio", False)}
    out = {"model": model, "window": list(w), "draws": DRAWS, "seed": SEED, "statistics": []}
    for name, (field, two) in stats_.items():
        x = np.array([r[field] for r in rows], dtype=float)
        real_v = real[field]
        extreme = np.sum(np.abs(x) >= abs(real_v)) if two else np.sum(x >= real_v)
        out["statistics"].append({"statistic": name, "real": real_v, "p": float((1 + extreme) / (len(x) + 1)),
                                  "q025": float(np.quantile(x, 0.025)), "q50": float(np.quantile(x, 0.5)),
                                  "q975": float(np.quantile(x, 0.975)), "mean": float(x.mean())})
    diff = np.array([r["size_ratio"] - r["other_size_ratio"] for r in rows])
    real_d = real["size_ratio"] - real["other_size_ratio"]
    out["statistics"].append({"statistic": "size ratio difference, ai − btc", "real": real_d,
                              "p": float((1 + np.sum(np.abs(diff) >= abs(real_d))) / (len(diff) + 1)),
                              "q025": float(np.quantile(diff, 0.025)), "q50": float(np.quantile(diff, 0.5)),
                              "q975": float(np.quantile(diff, 0.975)), "mean": float(diff.mean())})
    return out


if __name__ == "__main__":
    main()
