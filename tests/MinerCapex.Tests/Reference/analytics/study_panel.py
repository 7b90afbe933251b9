"""The study's panel of log returns for the reference scripts of issue 20: the miner index, bitcoin, the AI basket and QQQ,
restated from the study's definitions (see make_reference.py's docstring), not from the C# code."""
import os

import numpy as np
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
PRICES = os.path.abspath(os.path.join(HERE, "..", "..", "..", "..", "data", "prices"))
MINERS = ["MARA", "RIOT", "CLSK", "CIFR", "IREN", "WULF", "HUT", "BITF", "CORZ", "BTDR", "APLD", "HIVE"]
AI = ["AMZN", "MSFT", "GOOGL", "META", "ORCL", "NVDA"]
sessions = pd.read_csv(os.path.join(PRICES, "SPY.csv"), parse_dates=["Date"])["Date"]


def price(symbol):
    bars = pd.read_csv(os.path.join(PRICES, symbol + ".csv"), na_values=["null"], parse_dates=["Date"]).set_index("Date")
    p = bars["Adj Close"].fillna(bars["Close"])
    # A placeholder bar (no volume, flat at the previous close) is a missing price.
    flat = (bars["Volume"] == 0) & (bars[["Open", "High", "Low"]].eq(bars["Close"], axis=0).all(axis=1)) & (bars["Close"] == bars["Close"].shift())
    return p.mask(flat).reindex(sessions)


def basket(members):
    simple = pd.concat([price(s) for s in members], axis=1).pct_change(fill_method=None)
    return np.log1p(simple.mean(axis=1))


columns = {"MINERS": basket(MINERS), "BTC-USD": np.log(price("BTC-USD")).diff(), "AI_CAPEX": basket(AI), "QQQ": np.log(price("QQQ")).diff()}
panel = pd.DataFrame(columns)
panel.index = sessions


