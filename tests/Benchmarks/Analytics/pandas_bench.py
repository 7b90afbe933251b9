#!/usr/bin/python3
"""pandas/numpy timings for the same workloads as the BenchmarkDotNet suite in this folder
(500 symbols x 2,520 sessions of factor-structured log returns; 50 symbols listed late in the
"with missing" panel). Median of N runs (default 5) per workload, in milliseconds.

    /usr/bin/python3 tests/Benchmarks/Analytics/pandas_bench.py [runs]

The panel is generated with numpy's own RNG (same shape and structure as GeneratedPanel.cs, not the
same numbers: the timings do not depend on the values).
"""
import sys
import time

import numpy as np
import pandas as pd
from scipy import stats

SYMBOLS, SESSIONS = 500, 2520
RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 5


def panel(with_missing):
    rng = np.random.default_rng(20260130)
    f = 0.01 * rng.standard_normal((SESSIONS, 3))
    b = np.column_stack([0.5 + rng.random(SYMBOLS), rng.random(SYMBOLS), rng.random(SYMBOLS) - 0.3])
    r = 0.0002 + f @ b.T + 0.02 * rng.standard_normal((SESSIONS, SYMBOLS))
    if with_missing:
        for i in range(SYMBOLS // 10):
            r[: rng.integers(50, SESSIONS // 2), i] = np.nan
    idx = pd.bdate_range("2016-01-04", periods=SESSIONS)
    stocks = pd.DataFrame(r, index=idx, columns=[f"S{i:03d}" for i in range(SYMBOLS)])
    factors = pd.DataFrame(f, index=idx, columns=["F1", "F2", "F3"])
    return stocks, factors


def ols_per_symbol(stocks, factors):
    """lstsq per symbol plus the statistics the C# call returns (SE, t, p, R², adjusted R²)."""
    X = np.column_stack([np.ones(SESSIONS), factors.values])
    n, p = X.shape
    xtx_inv = np.linalg.inv(X.T @ X)
    out = []
    for c in stocks.columns:
        y = stocks[c].values
        beta, ssr, _, _ = np.linalg.lstsq(X, y, rcond=None)
        ssr = float(ssr[0])
        tss = float(((y - y.mean()) ** 2).sum())
        se = np.sqrt(ssr / (n - p) * np.diag(xtx_inv))
        t = beta / se
        pv = 2 * stats.t.sf(np.abs(t), n - p)
        r2 = 1 - ssr / tss
        out.append((beta, se, t, pv, r2, 1 - (1 - r2) * (n - 1) / (n - p)))
    return out


def ols_batched(stocks, factors):
    """One lstsq with all 500 right-hand sides, plus the same statistics, vectorised."""
    X = np.column_stack([np.ones(SESSIONS), factors.values])
    Y = stocks.values
    n, p = X.shape
    beta, ssr, _, _ = np.linalg.lstsq(X, Y, rcond=None)
    tss = ((Y - Y.mean(axis=0)) ** 2).sum(axis=0)
    se = np.sqrt(np.outer(np.diag(np.linalg.inv(X.T @ X)), ssr / (n - p)))
    t = beta / se
    return beta, se, t, 2 * stats.t.sf(np.abs(t), n - p), 1 - ssr / tss


def measure(name, fn):
    fn()  # warm-up
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1e3)
    print(f"{name:<48} median {np.median(times):10.1f} ms   (min {min(times):.1f}, max {max(times):.1f}, runs {RUNS})", flush=True)


complete, factors = panel(False)
missing, _ = panel(True)
f1 = factors["F1"]
print(f"pandas {pd.__version__}, numpy {np.__version__}")
measure("corr 500x500, complete (df.corr())", lambda: complete.corr())
measure("corr 500x500, 50 late listings (df.corr())", lambda: missing.corr())
measure("rolling(60).corr(F1), 500 symbols", lambda: missing.rolling(60).corr(f1))
measure("rolling(60) corr + beta (cov/var), 500 symbols",
        lambda: (missing.rolling(60).corr(f1), missing.rolling(60).cov(f1).div(f1.rolling(60).var(), axis=0)))
measure("ewm(halflife=30) corr + beta, 500 symbols",
        lambda: (missing.ewm(halflife=30).corr(f1), missing.ewm(halflife=30).cov(f1).div(f1.ewm(halflife=30).var(), axis=0)))
measure("3-factor OLS per symbol (lstsq loop + stats)", lambda: ols_per_symbol(complete, factors))
measure("3-factor OLS, one batched lstsq + stats", lambda: ols_batched(complete, factors))
