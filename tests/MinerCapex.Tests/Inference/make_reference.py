#!/usr/bin/python3
"""Independent reference values for MinerCapex.Inference (the shared multiple-testing and random-draw helpers).

Regenerate (Debian python, not pyenv):   /usr/bin/python3 tests/MinerCapex.Tests/Inference/make_reference.py

  holm, fdr_bh   statsmodels.stats.multitest.multipletests(p, method="holm" / "fdr_bh"); NaN p-values are left out
                 of the family and stay NaN (statsmodels is given the finite ones only).
  draws          numpy's legacy RandomState(seed), which seeds MT19937 with init_genrand(seed) (Matsumoto and
                 Nishimura 1998); a uniform is one raw 32-bit output / 2**32 and an index in [0, n) is floor(u * n).
"""
import json
import math
import os

import numpy as np
from statsmodels.stats.multitest import multipletests

HERE = os.path.dirname(os.path.abspath(__file__))

families = {
    "plain": [0.01, 0.04, 0.03, 0.005, 0.20, 0.5],
    "ties": [0.02, 0.02, 0.02, 0.9, 0.001],
    "with_nan": [0.04, float("nan"), 0.001, 0.3, 0.012, float("nan"), 0.049],
    "near_one": [0.6, 0.7, 0.8, 0.95, 0.99],
}


def adjust(p, method):
    p = np.asarray(p, dtype=float)
    out = np.full(p.shape, np.nan)
    ok = ~np.isnan(p)
    out[ok] = multipletests(p[ok], method=method)[1]
    return [None if math.isnan(x) else float(x) for x in out]


def raw_uint32(seed, k):
    rs = np.random.RandomState(seed)
    # randint over the full 32-bit range returns MT19937's raw outputs one for one.
    return rs.randint(0, 2**32, size=k, dtype=np.uint64 if False else np.uint32).astype(np.int64).tolist()


reference = {
    "multiple_testing": {
        name: {"p": [None if math.isnan(x) else x for x in p], "holm": adjust(p, "holm"), "bh": adjust(p, "fdr_bh")}
        for name, p in families.items()
    },
    "draws": {},
}
for seed in (20251103, 0, 12345):
    raw = raw_uint32(seed, 1000)
    reference["draws"][str(seed)] = {
        "uniform_first": [u / 2**32 for u in raw[:10]],
        "uniform_1000th": raw[999] / 2**32,
        "index_37": [math.floor(u / 2**32 * 37) for u in raw[:50]],
    }

with open(os.path.join(HERE, "reference.json"), "w") as f:
    json.dump(reference, f, indent=1)
print("wrote", os.path.join(HERE, "reference.json"))
