"""Writes the Yahoo chart-endpoint payloads the refresh tests replay.

These are crafted test fixtures in the exact shape of Yahoo Finance's /v8/finance/chart/{symbol} JSON
(interval=1d, events=div,splits, includeAdjustedClose=true), not market data:
- the bars dated up to 2026-01-30 repeat the bundled files' values (BTC-USD at full float32 precision,
  where the bundled file holds them rounded to ~10 significant digits),
- CIFR 2026-01-29 carries a revised volume, and every bar after 2026-01-30 is invented,
- KEEL (BITF's series under its new ticker) repeats the bundled BITF.csv on every bar, after 2026-01-30 included.
Prices go through float32 as Yahoo's do (16.03 -> 16.030000686645508); numbers are written as JavaScript
writes them (shortest round trip, 19 rather than 19.0).

Regenerate: /usr/bin/python3 tests/MinerCapex.Tests/Refresh/Fixtures/make_fixtures.py
"""
import calendar, datetime, os
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))

def f32(x):
    return float(np.float32(x))

def js(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() else repr(v)
    if isinstance(v, str):
        return '"' + v.replace('\\', '\\\\').replace('"', '\\"') + '"'
    if isinstance(v, list):
        return "[" + ",".join(js(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ",".join(js(k) + ":" + js(x) for k, x in v.items()) + "}"
    raise TypeError(type(v))

def unix(y, m, d, hh=0, mm=0, ss=0):
    return calendar.timegm(datetime.datetime(y, m, d, hh, mm, ss).timetuple())

def period(start, end, tz, off):
    return {"timezone": tz, "end": end, "start": start, "gmtoffset": off}

def chart(meta, rows, events=None):
    result = {"meta": meta, "timestamp": [r[0] for r in rows]}
    if events:
        result["events"] = events
    result["indicators"] = {
        "quote": [{
            "open": [r[1] for r in rows], "low": [r[3] for r in rows], "close": [r[4] for r in rows],
            "volume": [r[6] for r in rows], "high": [r[2] for r in rows]}],
        "adjclose": [{"adjclose": [r[5] for r in rows]}],
    }
    return {"chart": {"result": [result], "error": None}}

def write(name, payload):
    with open(os.path.join(HERE, name), "w", newline="\n") as f:
        f.write(js(payload))

VALID_RANGES = ["1d", "5d", "1mo", "3mo", "6mo", "1y", "2y", "5y", "10y", "ytd", "max"]

# CIFR, Nasdaq, 2026-01-26 .. 2026-02-03 (EST, UTC-5: the regular session opens 14:30 UTC).
def cifr_row(d, o, h, l, c, v):
    return [unix(2026, d[0], d[1], 14, 30), f32(o), f32(h), f32(l), f32(c), f32(c), v]

cifr_rows = [
    cifr_row((1, 26), 17.57, 17.57, 16.21, 16.49, 29490200),
    cifr_row((1, 27), 16.65, 18.85, 16.45, 18.75, 39892400),
    cifr_row((1, 28), 18.965, 19.305, 18.17, 18.97, 33139400),
    cifr_row((1, 29), 18.90, 18.91, 16.715, 17.70, 33519100),   # volume revised from 33488400
    cifr_row((1, 30), 17.22, 17.46, 15.615, 15.96, 28279800),
    cifr_row((2, 2), 15.80, 16.94, 15.41, 16.03, 30411700),     # invented
    cifr_row((2, 3), 16.21, 16.58, 15.12, 15.33, 25873900),     # invented
]
cifr_meta = {
    "currency": "USD", "symbol": "CIFR", "exchangeName": "NMS", "fullExchangeName": "NasdaqGS",
    "instrumentType": "EQUITY", "firstTradeDate": 1598880600, "regularMarketTime": unix(2026, 2, 3, 21, 0, 1),
    "hasPrePostMarketData": True, "gmtoffset": -18000, "timezone": "EST", "exchangeTimezoneName": "America/New_York",
    "regularMarketPrice": f32(15.33), "fiftyTwoWeekHigh": f32(25.52), "fiftyTwoWeekLow": f32(1.86),
    "regularMarketDayHigh": f32(16.58), "regularMarketDayLow": f32(15.12), "regularMarketVolume": 25873900,
    "longName": "Cipher Mining Inc.", "shortName": "Cipher Mining Inc.", "chartPreviousClose": f32(17.39),
    "priceHint": 2,
    "currentTradingPeriod": {
        "pre": period(unix(2026, 2, 3, 9), unix(2026, 2, 3, 14, 30), "EST", -18000),
        "regular": period(unix(2026, 2, 3, 14, 30), unix(2026, 2, 3, 21), "EST", -18000),
        "post": period(unix(2026, 2, 3, 21), unix(2026, 2, 4, 1), "EST", -18000),
    },
    "dataGranularity": "1d", "range": "", "validRanges": VALID_RANGES,
}
write("yahoo-chart-CIFR-2026-01-26.json", chart(cifr_meta, cifr_rows))

# BTC-USD, CCC (crypto), 2026-01-26 .. 2026-02-02, every calendar day, bars at 00:00 UTC. The response was made
# on 2026-02-02 at 15:42 UTC, so the 2026-02-02 bar is still forming.
def btc_row(d, o, h, l, c, v):
    return [unix(2026, d[0], d[1]), f32(o), f32(h), f32(l), f32(c), f32(c), v]

btc_rows = [
    btc_row((1, 26), 86566.52344, 88743.07031, 86429.28906, 88267.14063, 45329286974),
    btc_row((1, 27), 88257.47656, 89427.125, 87228.92188, 89102.57031, 38744942267),
    btc_row((1, 28), 89104.04688, 90439.28906, 88721.46094, 89184.57031, 39807419296),
    btc_row((1, 29), 89169.85156, 89200.78125, 83250.60156, 84561.58594, 64653083162),
    btc_row((1, 30), 84562.72656, 84602.16406, 81071.47656, 84128.65625, 72083816087),
    btc_row((1, 31), 84127.4, 84990.2, 82203.1, 83542.9, 41237765120),   # invented, a Saturday
    btc_row((2, 1), 83540.3, 85017.8, 83011.6, 84790.5, 30514458112),    # invented, a Sunday
    btc_row((2, 2), 84791.2, 85377.0, 84102.9, 84977.4, 21945618432),    # invented, still forming
]
btc_meta = {
    "currency": "USD", "symbol": "BTC-USD", "exchangeName": "CCC", "fullExchangeName": "CCC",
    "instrumentType": "CRYPTOCURRENCY", "firstTradeDate": 1410912000, "regularMarketTime": unix(2026, 2, 2, 15, 42),
    "hasPrePostMarketData": False, "gmtoffset": 0, "timezone": "UTC", "exchangeTimezoneName": "UTC",
    "regularMarketPrice": f32(84977.4), "fiftyTwoWeekHigh": f32(126198.07), "fiftyTwoWeekLow": f32(74436.68),
    "regularMarketDayHigh": f32(85377.0), "regularMarketDayLow": f32(84102.9), "regularMarketVolume": 21945618432,
    "longName": "Bitcoin USD", "shortName": "Bitcoin USD", "chartPreviousClose": f32(89506.63), "priceHint": 2,
    "currentTradingPeriod": {
        "pre": period(unix(2026, 2, 2), unix(2026, 2, 2), "UTC", 0),
        "regular": period(unix(2026, 2, 2), unix(2026, 2, 2, 23, 59), "UTC", 0),
        "post": period(unix(2026, 2, 2, 23, 59), unix(2026, 2, 2, 23, 59), "UTC", 0),
    },
    "dataGranularity": "1d", "range": "", "validRanges": VALID_RANGES,
}
write("yahoo-chart-BTC-USD-2026-01-26.json", chart(btc_meta, btc_rows))

# KEEL (Keel Infrastructure, formerly Bitfarms' BITF), Nasdaq, 2026-01-26 .. 2026-02-03: Yahoo serves BITF's history under
# the new ticker. Every bar repeats data/prices/BITF.csv (to 2026-01-30 the snapshot, after it the bars taken from
# alm0421/alm0421's KEEL.csv), through float32 as Yahoo's prices go; nothing is invented.
def bundled_rows(symbol, first, last):
    """The lines of data/prices/<symbol>.csv dated first..last, as chart rows at the Nasdaq open."""
    path = os.path.join(HERE, "..", "..", "..", "..", "data", "prices", symbol + ".csv")
    with open(path) as f:
        lines = [l.rstrip("\n").split(",") for l in f][1:]
    return [cifr_row((int(r[0][5:7]), int(r[0][8:10])), *map(float, r[1:5]), int(r[6]))
            for r in lines if first <= r[0] <= last]

keel_rows = bundled_rows("BITF", "2026-01-26", "2026-02-03")
keel_meta = dict(cifr_meta, symbol="KEEL", longName="Keel Infrastructure Corp.", shortName="Keel Infrastructure Corp.",
                 regularMarketPrice=f32(2.30), regularMarketDayHigh=f32(2.395), regularMarketDayLow=f32(2.18),
                 regularMarketVolume=39195500, chartPreviousClose=f32(2.34), firstTradeDate=1620826200)
write("yahoo-chart-KEEL-2026-01-26.json", chart(keel_meta, keel_rows))

# Yahoo's answer for an unknown symbol, with status 404.
write("yahoo-chart-404.json", {"chart": {"result": None, "error": {
    "code": "Not Found", "description": "No data found, symbol may be delisted"}}})
