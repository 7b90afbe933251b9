#!/usr/bin/python3
"""The pandas/numpy side of EventStudyBenchmark: the same study on the same generated data.

50 events x 500 stocks under model B (r = a + b1*QQQ + b2*BTC), estimation window [-130,-11] with at
least 100 observations, windows [0,0] [0,+1] [-1,+1] [0,+5], per-stock t and p, group tests (cross-
sectional t, BMP t, sign test) for groups all/even/odd per event and pooled by category (ai, btc).

Run with Debian's python:  /usr/bin/python3 tests/Benchmarks/EventStudy/pandas_eventstudy.py [--runs 5] [--variants numpy,pandas]

Two loops are timed, each as the median of --runs runs:
  numpy   arrays taken out of the DataFrame once; np.linalg.lstsq per stock x event (the fast idiom)
  pandas  DataFrame slicing + dropna per stock x event, then lstsq (the everyday idiom)
Both print the checksum line that the C# benchmark prints in its setup, to show that they agree.
"""
import argparse
import statistics
import time

import numpy as np
import pandas as pd
from scipy import stats

GAMMA = np.uint64(0x9E3779B97F4A7C15)
WINDOWS = [(0, 0), (0, 1), (-1, 1), (0, 5)]
EST = (-130, -11)
MIN_OBS = 100


class SplitMix64:
    """splitmix64 exactly as SyntheticEventPanel.cs draws it, vectorised over a block of draws."""

    def __init__(self, seed):
        self.state = np.uint64(seed)

    def doubles(self, n):
        with np.errstate(over="ignore"):
            k = np.arange(1, n + 1, dtype=np.uint64)
            z = self.state + k * GAMMA
            self.state = z[-1]
            z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
            z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
            z = z ^ (z >> np.uint64(31))
        return (z >> np.uint64(11)).astype(np.float64) * (1.0 / (1 << 53))

    def normals(self, n, sd):
        u = self.doubles(2 * n)
        u1, u2 = u[0::2], u[1::2]
        return sd * np.sqrt(-2.0 * np.log(1.0 - u1)) * np.cos(2.0 * np.pi * u2)


def build(stocks=500, sessions=2520):
    rng = SplitMix64(20250909)
    qqq = rng.normals(sessions, 0.012)
    btc = rng.normals(sessions, 0.03)
    cols = {"QQQ": qqq, "BTC-USD": btc}
    t = np.arange(sessions)
    for j in range(stocks):
        bm, bb, sd = rng.doubles(3)
        bm, sd = 0.5 + 1.5 * bm, 0.02 + 0.04 * sd
        z = rng.normals(sessions, 1.0)
        y = 0.0005 + bm * qqq + bb * btc + sd * z
        listed = (j % 50 != 7) | (t >= 1000)
        present = (j % 20 != 3) | (t % 97 != 0)
        cols[f"S{j:03d}"] = np.where(listed & present, y, np.nan)
    days = pd.bdate_range("2015-01-01", periods=sessions)
    return pd.DataFrame(cols, index=days)


def events(n=50):
    return [(f"E{e:02d}", 200 + 46 * e, "ai_capex" if e % 2 == 0 else "btc") for e in range(n)]


def cross_section(c, s):
    c, s = np.asarray(c), np.asarray(s)
    out = {"n": len(c)}
    if len(c) >= 2:
        out["t_cs"] = stats.ttest_1samp(c, 0.0).statistic
        out["t_bmp"] = stats.ttest_1samp(s, 0.0).statistic
    pos, neg = int((c > 0).sum()), int((c < 0).sum())
    if pos + neg:
        out["p_sign"] = stats.binomtest(pos, pos + neg, 0.5).pvalue
    return out


def study(df, evs, use_pandas):
    stocks = [c for c in df.columns if c.startswith("S")]
    groups = {"all": stocks, "even": stocks[0::2], "odd": stocks[1::2]}
    R = df.to_numpy()
    q, b = R[:, 0], R[:, 1]
    lo_off, hi_off = min(w[0] for w in WINDOWS), max(w[1] for w in WINDOWS)
    cars = {}   # (event, stock, window) -> (car, t)
    fits = skipped = 0
    for eid, d0, _ in evs:
        lo, hi = max(d0 + EST[0], 0), d0 + EST[1]
        ev_rows = np.arange(d0 + lo_off, d0 + hi_off + 1)
        Xev = np.column_stack([np.ones(len(ev_rows)), q[ev_rows], b[ev_rows]])
        keys, ts, dfs = [], [], []
        for j, sym in enumerate(stocks):
            if use_pandas:
                est = df.iloc[lo:hi + 1][[sym, "QQQ", "BTC-USD"]].dropna()
                y = est[sym].to_numpy()
                X = np.column_stack([np.ones(len(est)), est["QQQ"].to_numpy(), est["BTC-USD"].to_numpy()])
            else:
                ys, qs, bs = R[lo:hi + 1, j + 2], q[lo:hi + 1], b[lo:hi + 1]
                mask = ~(np.isnan(ys) | np.isnan(qs) | np.isnan(bs))
                y = ys[mask]
                X = np.column_stack([np.ones(mask.sum()), qs[mask], bs[mask]])
            n = len(y)
            if n < MIN_OBS:
                skipped += 1
                continue
            coef = np.linalg.lstsq(X, y, rcond=None)[0]
            resid = y - X @ coef
            se = np.sqrt(resid @ resid / (n - 3))
            ar = (df.iloc[ev_rows][sym].to_numpy() if use_pandas else R[ev_rows, j + 2]) - Xev @ coef
            fits += 1
            for w in WINDOWS:
                car = ar[w[0] - lo_off:w[1] - lo_off + 1].sum()
                if np.isnan(car):
                    continue
                keys.append((eid, sym, w, car))
                ts.append(car / (se * np.sqrt(w[1] - w[0] + 1)))
                dfs.append(n - 3)
        ps = 2 * stats.t.sf(np.abs(ts), dfs)  # per-stock p-values, vectorised per event
        for (eid_, sym, w, car), t, p in zip(keys, ts, ps):
            cars[(eid_, sym, w)] = (car, t, p)
    group_rows = []
    for eid, _, _ in evs:
        for g, members in groups.items():
            for w in WINDOWS:
                pairs = [cars[(eid, s, w)] for s in members if (eid, s, w) in cars]
                group_rows.append(cross_section([p[0] for p in pairs], [p[1] for p in pairs]))
    for pool in ("ai_capex", "btc"):
        pool_events = [e for e, _, c in evs if c == pool]
        for g, members in groups.items():
            for w in WINDOWS:
                pairs = [cars[(e, s, w)] for e in pool_events for s in members if (e, s, w) in cars]
                group_rows.append(cross_section([p[0] for p in pairs], [p[1] for p in pairs]))
    w05 = [v for k, v in cars.items() if k[2] == (0, 5)]
    checksum = (f"// checksum: fits={fits} skipped={skipped} complete[0,+5]={len(w05)} "
                f"sumCAR[0,+5]={sum(v[0] for v in w05)!r} sumT[0,+5]={sum(v[1] for v in w05)!r}")
    return checksum, group_rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--variants", default="numpy,pandas", help="comma-separated: numpy, pandas")
    args = ap.parse_args()
    df = build()
    evs = events()
    for name in args.variants.split(","):
        use_pandas = {"numpy": False, "pandas": True}[name]
        times, checksum = [], None
        for _ in range(args.runs):
            t0 = time.perf_counter()
            checksum, _ = study(df, evs, use_pandas)
            times.append(time.perf_counter() - t0)
        print(checksum)
        print(f"{name}: median {statistics.median(times) * 1000:.1f} ms over {args.runs} runs "
              f"(min {min(times) * 1000:.1f}, max {max(times) * 1000:.1f})")


if __name__ == "__main__":
    main()
