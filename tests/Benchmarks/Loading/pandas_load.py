#!/usr/bin/python3
"""pandas equivalent of the C# load benchmarks: read_csv each price file, concat on Date.

Usage (Debian's python with pandas):
    /usr/bin/python3 tests/Benchmarks/Loading/pandas_load.py DATA_DIR [DATA_DIR ...] [--repeat 7]

DATA_DIR is a folder holding prices/*.csv: data/ for the bundled snapshot, or the folder the C# benchmark
GeneratedUniverseLoadBenchmark wrote when run with MINERCAPEX_BENCH_DIR=DATA_DIR.

Each run does what MarketData.Load(...).Prices does for the price panel: parse every file (all seven
columns, 'null' as missing, Date as dates), take Adj Close falling back to Close, concat the columns on Date
and keep SPY's dates. Prints the median and the spread of the wall-clock times over the repeats.
"""
import argparse
import glob
import os
import statistics
import time

import pandas as pd


def load_panel(data_dir):
    series = {}
    for path in sorted(glob.glob(os.path.join(data_dir, "prices", "*.csv"))):
        bars = pd.read_csv(path, index_col="Date", parse_dates=["Date"], na_values=["null"])
        series[os.path.basename(path)[:-4]] = bars["Adj Close"].fillna(bars["Close"])
    panel = pd.concat(series, axis=1)
    return panel.reindex(series["SPY"].index)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("dirs", nargs="+")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    print(f"pandas {pd.__version__}")
    for data_dir in args.dirs:
        load_panel(data_dir)  # warm-up: imports, file cache
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            panel = load_panel(data_dir)
            times.append(time.perf_counter() - start)
        print(f"{data_dir}: {panel.shape[1]} symbols x {panel.shape[0]} sessions; "
              f"median {statistics.median(times) * 1000:.1f} ms over {args.repeat} runs "
              f"(min {min(times) * 1000:.1f}, max {max(times) * 1000:.1f})")


if __name__ == "__main__":
    main()
