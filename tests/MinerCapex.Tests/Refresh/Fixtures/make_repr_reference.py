"""Reference texts for YahooNumberFormat.FormatPrice: Python's repr(float), the formatter the bundled price files
were written with. Each line: the double's 64 bits in hex, then repr. Seeded, so the output is stable.

Regenerate: /usr/bin/python3 tests/MinerCapex.Tests/Refresh/Fixtures/make_repr_reference.py
"""
import os, random, struct
import numpy as np

rng = random.Random(20260203)
values = [0.0, -0.0, 1.0, 96.0, 0.5, 19.5, 0.0001, 0.00001, 0.000123456, 1e15, 1e16, 9999999999999998.0,
          1.5e16, 123456789012345678.0, 5e-324, 1.7976931348623157e308, 0.1, 0.2, 0.30000000000000004,
          86566.52344, 16688.84765625, 45329286974.0, 2.220446049250313e-16, 1e-05, 0.001, 100.0, 1e22, 1e21]
for _ in range(400):   # prices as Yahoo sends them: float32 values widened to double
    values.append(float(np.float32(10 ** rng.uniform(-5, 6))))
for _ in range(300):   # arbitrary doubles over a wide range of magnitudes
    values.append(rng.choice([1, -1]) * 10 ** rng.uniform(-12, 22))
for _ in range(100):   # values rounded to a few decimals, as older mirrors wrote them
    values.append(round(10 ** rng.uniform(-2, 5), rng.randint(0, 6)))

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "python-repr-reference.txt"), "w", newline="\n") as f:
    for v in values:
        f.write("%016x %s\n" % (struct.unpack("<Q", struct.pack("<d", v))[0], repr(v)))
