"""Independent reference for the data-quality report, computed with pandas from the bundled files.

Regenerate from the repository root with Debian's python (it has pandas):
    /usr/bin/python3 tests/MinerCapex.Tests/Quality/reference_quality.py > tests/MinerCapex.Tests/Quality/reference_quality.csv
One row per expected finding: kind,symbol,date,column,value. QualityReferenceTests compares the C# report with it.
The rules are those documented on the C# checks, re-implemented here from the files, not from the C# code.
"""
import csv, glob, os, sys
import numpy as np
import pandas as pd

THRESHOLD = 0.25
ROUNDED_DIGITS = 6   # QualityOptions.RoundedSignificantDigits
MIN_REGIME = 20      # QualityOptions.MinimumRegimeBars
PRICES = ["Open", "High", "Low", "Close", "Adj Close"]
VALUES = PRICES + ["Volume"]

universe = pd.read_csv("data/universe.csv", keep_default_na=False)
crypto = set(universe.loc[universe.asset_class == "crypto", "symbol"])
spy = pd.read_csv("data/prices/SPY.csv", na_values=["null"])
calendar = sorted(set(pd.to_datetime(spy.Date).dt.date))
cal_start, cal_end = calendar[0], calendar[-1]

rows = []
def add(kind, sym, date, column, value):
    rows.append((kind, sym, "" if date is None else str(date), column or "", "" if value is None else repr(float(value))))

for path in sorted(glob.glob("data/prices/*.csv")):
    sym = os.path.basename(path)[:-4]
    d = pd.read_csv(path, na_values=["null"])
    d["Date"] = pd.to_datetime(d.Date).dt.date
    n = len(d)
    dates = list(d.Date)

    seen = set()
    for i, dt in enumerate(dates):
        if dt in seen: add("DuplicateDate", sym, dt, "Date", None)
        elif i > 0 and dt < dates[i - 1]: add("UnsortedDate", sym, dt, "Date", None)
        seen.add(dt)

    for i in range(n):
        r = d.iloc[i]
        for c in PRICES:
            if pd.notna(r[c]) and r[c] <= 0: add("NonPositivePrice", sym, r.Date, c, r[c])
        if pd.notna(r.Volume) and r.Volume < 0: add("NegativeVolume", sym, r.Date, "Volume", r.Volume)
        o, h, l, c = r.Open, r.High, r.Low, r.Close
        if pd.notna(h) and pd.notna(l) and h < l:
            add("HighBelowLow", sym, r.Date, "High", h); continue
        if pd.notna(h) and ((pd.notna(o) and h < o) or (pd.notna(c) and h < c)): add("HighBelowOpenOrClose", sym, r.Date, "High", h)
        if pd.notna(l) and ((pd.notna(o) and l > o) or (pd.notna(c) and l > c)): add("LowAboveOpenOrClose", sym, r.Date, "Low", l)

    for c in VALUES:
        isnull = d[c].isna().tolist()
        if all(isnull): add("NullColumn", sym, None, c, n); continue
        i = 0
        while i < n:
            if isnull[i]:
                j = i
                while j + 1 < n and isnull[j + 1]: j += 1
                add("NullValues", sym, dates[i], c, j - i + 1); i = j + 1
            else: i += 1

    # PrecisionDrop: the bars at the end of the file whose every price has at most ROUNDED_DIGITS significant digits, after a
    # bar with more. A value that is exactly a float32 counts the digits of the float's shortest text (numpy's, not .NET's).
    # The text is parsed with Python's float(), which is exact; pandas' fast parser can miss by an ulp and lose the float32.
    def digits(text):
        x = float(text)
        f = np.float32(x)
        shortest = np.format_float_positional(f if float(f) == x else x, unique=True, trim="-")
        return len(shortest.replace("-", "").replace(".", "").strip("0"))
    with open(path, newline="") as fh:
        raw = list(csv.DictReader(fh))
    most = [max([digits(r[c]) for c in PRICES if r[c] not in ("", "null")], default=0) for r in raw]
    k = n
    while k > 0 and most[k - 1] <= ROUNDED_DIGITS: k -= 1
    if 0 < k and n - k >= MIN_REGIME: add("PrecisionDrop", sym, dates[k], "", n - k)

    # ColumnsChange: consecutive runs of bars with the same filled columns, both at least MIN_REGIME bars long.
    filled = [tuple(pd.notna(d.iloc[i][c]) for c in VALUES) for i in range(n)]
    runs = []
    for i in range(n):
        if runs and runs[-1][0] == filled[i]: runs[-1][2] += 1
        else: runs.append([filled[i], i, 1])
    for (a, _, la), (b, start, lb) in zip(runs, runs[1:]):
        if la >= MIN_REGIME and lb >= MIN_REGIME:
            changed = [c for c, x, y in zip(VALUES, a, b) if y and not x] + [c for c, x, y in zip(VALUES, a, b) if x and not y]
            add("ColumnsChange", sym, dates[start], ";".join(changed), lb)

    placeholder = set()
    for i in range(1, n):
        p, r = d.iloc[i - 1].Close, d.iloc[i]
        if r.Volume == 0 and r.Open == p and r.High == p and r.Low == p and r.Close == p:
            placeholder.add(i); add("PlaceholderBar", sym, r.Date, "", p)

    every_day = sym in crypto
    present = set(dates)
    first, last = min(dates), max(dates)
    if first > cal_start:
        add("LateStart", sym, first, "", (first - cal_start).days if every_day else sum(s < first for s in calendar))
    if last < cal_end:
        add("EarlyEnd", sym, last, "", (cal_end - last).days if every_day else sum(s > last for s in calendar))
    lo, hi = max(first, cal_start), min(last, cal_end)
    expected = [x.date() for x in pd.date_range(lo, hi)] if every_day else [s for s in calendar if lo <= s <= hi]
    run = []
    for s in expected + [None]:
        if s is not None and s not in present: run.append(s); continue
        if run: add("MissingSession", sym, run[0], "Date", len(run)); run = []
    if not every_day:
        cal = set(calendar)
        for dt in dates:
            if cal_start <= dt <= cal_end and dt not in cal: add("OffCalendarDate", sym, dt, "Date", None)

    study = d["Adj Close"].where(d["Adj Close"].notna(), d.Close)
    use = d.assign(study=study, col=d["Adj Close"].notna().map({True: "Adj Close", False: "Close"}))
    use = use[~use.index.isin(placeholder)]
    use = use[~use.Date.duplicated()]            # later copies of a date are skipped
    use = use[use.study > 0].sort_values("Date", kind="stable")
    ret = use.study / use.study.shift(1) - 1
    for (_, r), x in zip(use.iterrows(), ret):
        if pd.notna(x) and abs(x) > THRESHOLD: add("LargeMove", sym, r.Date, r.col, x)

# ProviderAlias: one per row of data/tickers.csv, dated by the first session under the provider's ticker.
if os.path.exists("data/tickers.csv"):
    for _, a in pd.read_csv("data/tickers.csv", keep_default_na=False).iterrows():
        add("ProviderAlias", a.symbol, pd.to_datetime(a.since).date(), "", None)

w = csv.writer(sys.stdout, lineterminator="\n")
w.writerow(["kind", "symbol", "date", "column", "value"])
for r in sorted(rows): w.writerow(r)
