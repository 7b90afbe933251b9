#!/usr/bin/python3
"""Independent reference values for the co-movement inference of issue 20 (MinerCapex.Analytics: BlockLength,
StationaryBootstrap, CovarianceBootstrap, BlockBootstraps, DependentCorrelations, EquivalenceTest, ForbesRigobon,
and Readouts.CorrelationEvidence), written from the papers with numpy/scipy/statsmodels, not from the C# code.

Regenerate (Debian python, not pyenv):   /usr/bin/python3 tests/MinerCapex.Tests/Reference/analytics/make_bootstrap_reference.py

Only 2024 and 2025 are pinned, and the rolling band on 2024-01-01..2025-12-31, so the values do not depend on where
the data end.

  block length   Politis and White (2004), Econometric Reviews 23(1), with the Patton, Politis and White (2009)
                 correction D_SB = 2 g(0)^2: b = (2 G^2 / D_SB)^(1/3) n^(1/3), flat-top kernel, M = 2 m_hat where m_hat
                 is the first lag followed by K = max(5, ceil(sqrt(log10 n))) autocorrelations inside
                 +-2 sqrt(log10 n / n); M <= ceil(sqrt n) + K; b within [1, min(3 sqrt n, n/3)]. Applied to the
                 standardised cross-products of the miner index with each factor; the period's length is the largest.
  bootstrap      Politis and Romano (1994), JASA 89: per draw and row t two uniforms (u, v) from numpy's legacy
                 RandomState(seed) (raw 32-bit output / 2^32); row 0 and any row with u < 1/b start a block at
                 floor(v n), the others continue the previous row mod n. Period k uses seed (20251103 + 7919 (k+1))
                 mod (2^31 - 1); the rolling window ending on panel row t uses stream 1000 + t.
  intervals      np.quantile (linear) at 2.5% and 97.5% of the B = 2,000 replicates; s.e. = std(ddof=1).
  Steiger        Steiger (1980), Psychological Bulletin 87(2), eq. (14), Z* with the pooled r_bar;
  Williams       Williams' T2 (Steiger's eq. 7), Student t with n - 3 df.
  partial        statsmodels OLS: correlation of the residuals of the index and of the factor on [1, QQQ].
  TOST           Schuirmann (1987): p = max(1 - Phi((d + m)/se), 1 - Phi((m - d)/se)), m = 0.10, se the bootstrap s.e.
  Forbes-Rigobon Forbes and Rigobon (2002), J. Finance 57(5), eq. (5): rho / sqrt(1 + delta (1 - rho^2)),
                 delta = var_later(factor) / var_earlier(factor) - 1.
"""
import json
import math
import os

import numpy as np
import pandas as pd
import statsmodels.api as sm
from scipy import stats

HERE = os.path.dirname(os.path.abspath(__file__))
SEED, DRAWS, MARGIN = 20251103, 2000, 0.10
from study_panel import panel, sessions  # noqa: E402

def fork(stream):
    return (SEED + 7919 * (stream + 1)) % (2**31 - 1)


def politis_white(x):
    x = np.asarray(x, float)
    n = len(x)
    e = x - x.mean()
    k = max(5, math.ceil(math.sqrt(math.log10(n))))
    cap = min(n - 1, math.ceil(math.sqrt(n)) + k)
    acov = np.array([e[lag:] @ e[:n - lag] / n for lag in range(cap + k + 1)])
    rho = np.abs(acov / acov[0])
    bound = 2 * math.sqrt(math.log10(n) / n)
    m_hat = next((m for m in range(cap + 1) if np.all(rho[m + 1:m + k + 1] < bound)), None)
    big_m = min(cap if m_hat is None else 2 * m_hat, cap)
    lags = np.arange(1, big_m + 1)
    lam = np.where(lags / big_m <= 0.5, 1.0, 2 * (1 - lags / big_m)) if big_m > 0 else np.array([])
    g = np.sum(2 * lam * lags * acov[1:big_m + 1])
    g0 = acov[0] + np.sum(2 * lam * acov[1:big_m + 1])
    if g0 <= 0 or g == 0:
        return 1.0
    b = (2 * g * g / (2 * g0 * g0)) ** (1 / 3) * n ** (1 / 3)
    return float(min(max(b, 1.0), min(3 * math.sqrt(n), n / 3)))


def cross_block(data):
    z = (data - data.mean()) / data.std(ddof=0)
    return max(politis_white(z.iloc[:, 0] * z.iloc[:, j]) for j in range(1, data.shape[1]))


def resample_rows(seed, draws, n, block):
    raw = np.random.RandomState(seed).randint(0, 2**32, size=draws * n * 2, dtype=np.uint32).astype(np.float64) / 2**32
    u, v = raw[0::2].reshape(draws, n), raw[1::2].reshape(draws, n)
    start = (u < 1 / block)
    start[:, 0] = True
    pos = np.minimum(n - 1, np.floor(v * n).astype(np.int64))
    t = np.arange(n)
    origin = np.maximum.accumulate(np.where(start, t, 0), axis=1)  # the row where the current block began
    return (np.take_along_axis(pos, origin, axis=1) + (t - origin)) % n


def correlations(x, rows):
    """Per draw, the 4x4 correlation matrix and the variances of the resampled rows."""
    sample = x[rows]  # draws x n x 4
    centred = sample - sample.mean(axis=1, keepdims=True)
    cov = np.einsum("bti,btj->bij", centred, centred) / x.shape[0]
    sd = np.sqrt(np.einsum("bii->bi", cov))
    return cov / sd[:, :, None] / sd[:, None, :], np.einsum("bii->bi", cov)


def partial(c, i, j, k):
    return (c[..., i, j] - c[..., i, k] * c[..., j, k]) / np.sqrt((1 - c[..., i, k] ** 2) * (1 - c[..., j, k] ** 2))


def summary(estimate, draws):
    return {"estimate": float(estimate), "lower": float(np.quantile(draws, 0.025)), "upper": float(np.quantile(draws, 0.975)), "se": float(np.std(draws, ddof=1))}


def steiger_williams(r_jk, r_jh, r_kh, n):
    rbar = (r_jk + r_jh) / 2
    psi = r_kh * (1 - 2 * rbar**2) - 0.5 * rbar**2 * (1 - 2 * rbar**2 - r_kh**2)
    s = psi / (1 - rbar**2) ** 2
    z = (np.arctanh(r_jk) - np.arctanh(r_jh)) * math.sqrt(n - 3) / math.sqrt(2 - 2 * s)
    det = 1 - r_jk**2 - r_jh**2 - r_kh**2 + 2 * r_jk * r_jh * r_kh
    t = (r_jk - r_jh) * math.sqrt((n - 1) * (1 + r_kh) / (2 * (n - 1) / (n - 3) * det + rbar**2 * (1 - r_kh) ** 3))
    return {"z": z, "z_p": 2 * stats.norm.sf(abs(z)), "t": t, "t_p": 2 * stats.t.sf(abs(t), n - 3)}


def residual_correlation(y, x, control):
    """Partial correlation the long way: correlate the OLS residuals of y and x on [1, control]."""
    design = sm.add_constant(control)
    return float(np.corrcoef(sm.OLS(y, design).fit().resid, sm.OLS(x, design).fit().resid)[0, 1])


out = {"generator": "make_bootstrap_reference.py", "seed": SEED, "draws": DRAWS, "margin": MARGIN, "periods": {}}
store = {}
for k, year in enumerate([2024, 2025]):
    data = panel[(panel.index.year == year)].dropna()
    x = data.values
    block = cross_block(data)
    rows = resample_rows(fork(k), DRAWS, len(x), block)
    corr, var = correlations(x, rows)
    point = np.corrcoef(x.T)
    store[year] = (point, np.var(x, axis=0), corr, var)
    sw = steiger_williams(point[0, 2], point[0, 1], point[2, 1], len(x))
    out["periods"][str(year)] = {
        "n": len(x), "block_length": block,
        "block_lengths": [politis_white(((data - data.mean()) / data.std(ddof=0)).iloc[:, 0] * ((data - data.mean()) / data.std(ddof=0)).iloc[:, j]) for j in (1, 2, 3)],
        "rows_first_draw_head": rows[0, :20].tolist(),
        "bitcoin": summary(point[0, 1], corr[:, 0, 1]), "ai": summary(point[0, 2], corr[:, 0, 2]), "market": summary(point[0, 3], corr[:, 0, 3]),
        "ai_minus_bitcoin": summary(point[0, 2] - point[0, 1], corr[:, 0, 2] - corr[:, 0, 1]),
        "partial_ai_given_market": summary(residual_correlation(x[:, 0], x[:, 2], x[:, 3]), partial(corr, 0, 2, 3)),
        "partial_bitcoin_given_market": summary(residual_correlation(x[:, 0], x[:, 1], x[:, 3]), partial(corr, 0, 1, 3)),
        "steiger": sw,
    }

(pa, va, ca, wa), (pb, vb, cb, wb) = store[2024], store[2025]
changes = {}
for name, f in (("bitcoin", lambda c: c[..., 0, 1]), ("ai", lambda c: c[..., 0, 2]), ("market", lambda c: c[..., 0, 3]),
                ("partial_bitcoin_given_market", lambda c: partial(c, 0, 1, 3)), ("partial_ai_given_market", lambda c: partial(c, 0, 2, 3))):
    s = summary(f(pb) - f(pa), f(cb) - f(ca))
    s["z_p"] = float(2 * stats.norm.sf(abs(s["estimate"] / s["se"])))
    s["tost_p"] = float(max(stats.norm.sf((s["estimate"] + MARGIN) / s["se"]), stats.norm.sf((MARGIN - s["estimate"]) / s["se"])))
    changes[name] = s
for name, j in (("bitcoin_forbes_rigobon", 1), ("ai_forbes_rigobon", 2)):
    def adjusted(c_before, v_before, c_after, v_after):
        delta = v_after[..., j] / v_before[..., j] - 1
        rho = c_after[..., 0, j]
        return rho / np.sqrt(1 + delta * (1 - rho**2)) - c_before[..., 0, j]
    changes[name] = summary(adjusted(pa, va, pb, vb), adjusted(ca, wa, cb, wb))
out["changes_2024_2025"] = changes

# The rolling band: 60-session windows on 2024-01-01..2025-12-31, one block length for all.
window = 60
span = panel[(panel.index >= "2024-01-01") & (panel.index <= "2025-12-31")][["MINERS", "BTC-USD", "AI_CAPEX"]].dropna()
block = cross_block(span)
band = {"block_length": block, "windows": []}
for end in ("2024-06-28", "2025-03-31", "2025-12-31"):
    t = int(np.flatnonzero(sessions.values == np.datetime64(end))[0])
    x = panel[["MINERS", "BTC-USD", "AI_CAPEX"]].values[t - window + 1:t + 1]
    corr, _ = correlations(x, resample_rows(fork(1000 + t), DRAWS, window, block))
    band["windows"].append({"end": end, "row": t, "bitcoin": [float(np.quantile(corr[:, 0, 1], q)) for q in (0.025, 0.975)],
                            "ai": [float(np.quantile(corr[:, 0, 2], q)) for q in (0.025, 0.975)]})
out["rolling_band"] = band

# The tests on fixed inputs, to pin the formulas apart from the data.
out["formulas"] = {
    "steiger_williams": [dict(inputs=[a, b, c, n], **steiger_williams(a, b, c, n)) for a, b, c, n in ((0.63, 0.45, 0.55, 250), (0.2, 0.7, -0.1, 60), (0.5, 0.5, 0.3, 100))],
    "tost": [dict(inputs=[d, se, m], p=float(max(stats.norm.sf((d + m) / se), stats.norm.sf((m - d) / se)))) for d, se, m in ((0.02, 0.03, 0.1), (-0.15, 0.06, 0.1))],
    "forbes_rigobon": [dict(inputs=[r, ratio], value=r / math.sqrt(1 + (ratio - 1) * (1 - r * r))) for r, ratio in ((0.6, 2.0), (0.3, 0.5))],

}
rs = np.random.RandomState(1)
e = rs.standard_normal(500)
ar = np.zeros(500)
for i in range(1, 500):
    ar[i] = 0.5 * ar[i - 1] + e[i]
out["formulas"]["politis_white"] = {"ar1": ar.tolist(), "block_length": politis_white(ar), "white_noise": e.tolist(), "white_noise_block_length": politis_white(e)}


def finite(v):
    if isinstance(v, dict):
        return {k: finite(x) for k, x in v.items()}
    if isinstance(v, list):
        return [finite(x) for x in v]
    if isinstance(v, (np.floating, float)):
        return float(v)
    if isinstance(v, np.integer):
        return int(v)
    return v


with open(os.path.join(HERE, "bootstrap_reference.json"), "w") as f:
    json.dump(finite(out), f, indent=1)
print("wrote bootstrap_reference.json;", {y: (p["n"], round(p["block_length"], 3)) for y, p in out["periods"].items()})
