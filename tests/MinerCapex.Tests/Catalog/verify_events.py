"""Independent check of data/events.csv against the session calendar in data/prices/SPY.csv.

Run from the repository root with Debian's python:  /usr/bin/python3 tests/MinerCapex.Tests/Catalog/verify_events.py
It prints one line per problem and a summary; exit status 1 if any row fails.
Rules: first_session is a session and not before date; pre-market/intraday news on a session day prices that day;
after-close news prices the next session; weekend/holiday news falls on a non-session day and prices the next session;
unknown timing must still give a session on or after date. Rows sharing a first_session share a cluster id, lone rows have none.
"""
import csv, sys
from collections import defaultdict
from datetime import date

sessions = [r["Date"] for r in csv.DictReader(open("data/prices/SPY.csv", newline=""))]
ss = set(sessions)

def next_session(d, strictly_after):
    return next(s for s in sessions if (s > d if strictly_after else s >= d))

rows = list(csv.DictReader(open("data/events.csv", newline="", encoding="utf-8")))
bad = 0
by_session = defaultdict(list)
for i, r in enumerate(rows, start=2):
    d, fs, t = r["date"], r["first_session"], r["timing"]
    date.fromisoformat(d); date.fromisoformat(fs)
    expected = {
        "pre-market": d if d in ss else None,
        "intraday": d if d in ss else None,
        "after-close": next_session(d, True) if d in ss else None,
        "weekend": next_session(d, False) if d not in ss else None,
        "unknown": next_session(d, False),
    }[t]
    if fs not in ss or fs < d or fs != expected:
        bad += 1
        print(f"line {i}: {r['id']} date={d} timing={t} first_session={fs}, expected {expected}")
    by_session[fs].append((i, r))
for fs, group in by_session.items():
    clusters = {r["cluster"] for _, r in group}
    want = {""} if len(group) == 1 else {f"cl_{fs}"}
    if clusters != want:
        bad += 1
        print(f"session {fs}: clusters {clusters}, expected {want}")
print(f"{len(rows)} events, {len(by_session)} distinct first sessions, {bad} problems")
sys.exit(1 if bad else 0)
