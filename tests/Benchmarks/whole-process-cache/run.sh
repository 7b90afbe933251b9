#!/usr/bin/env bash
# Whole-process figures for `workbook run --cache` (issue 12, point 3), with the Release build of the CLI run as
# built (`dotnet Workbook.Cli.dll`, no `dotnet run` build check):
#   1. an unchanged rerun of all five notebooks, served from the cache;
#   2. a rerun of all five after editing one markdown cell of notebook 02 (only that notebook runs).
# It works on a scratch copy of the repository's layout (notebooks/, data/, artifacts/lib/, a .git marker), so the
# repository's own .workbook/cache is never touched, and prints one Markdown table row per measurement: median,
# min and max wall time of RUNS runs (default 5), and the load average before and after.
#
#   tests/Benchmarks/whole-process-cache/run.sh [RUNS]
#
# Another script can source nothing and call it as is; it prints only the table (progress goes to stderr).
set -euo pipefail

runs=${1:-5}
repo=$(cd "$(dirname "$0")/../../.." && pwd)
cli="$repo/lib/Workbook.Cli/bin/Release/net10.0/Workbook.Cli.dll"

echo "building the Release CLI and the research library..." >&2
dotnet build "$repo/lib/Workbook.Cli" -c Release -v q -nologo >&2
dotnet build "$repo/lib/MinerCapex" -c Release -v q -nologo >&2

scratch=$(mktemp -d "${TMPDIR:-/tmp}/workbook-cache-bench.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/.git" "$scratch/artifacts"
cp -r "$repo/notebooks" "$repo/data" "$scratch/"
cp -r "$repo/artifacts/lib" "$scratch/artifacts/"
notebook="$scratch/notebooks/02-correlation.dib"

# Wall seconds of one `workbook run --cache` of the five notebooks, which must succeed.
one_run() {
    local start end
    start=$(date +%s.%N)
    (cd "$scratch" && dotnet "$cli" run notebooks --cache --html "$scratch/reports" >"$scratch/last.out" 2>"$scratch/last.err") \
        || { cat "$scratch/last.out" "$scratch/last.err" >&2; exit 1; }
    end=$(date +%s.%N)
    echo "$end - $start" | bc
}

# "median s | min–max s" of the numbers on stdin.
summary() {
    sort -g | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
        printf "%.2f s | %.2f–%.2f s", m, v[1], v[NR] }'
}

load() { cut -d' ' -f1-3 /proc/loadavg; }

echo "priming the cache (all five notebooks run once)..." >&2
prime=$(one_run)
echo "priming run: $prime s" >&2

before=$(load)
unchanged=$(for _ in $(seq "$runs"); do one_run; done | summary)
grep -c "outputs from cache" "$scratch/last.out" | grep -qx 5 || { echo "the unchanged rerun was not served from the cache" >&2; exit 1; }
after=$(load)
echo "| unchanged rerun, all five notebooks, \`--cache\` | $unchanged | $runs | $before → $after |"

before=$(load)
edited=$(for i in $(seq "$runs"); do
    # A new word in the notebook's first markdown cell each time, so every run is a miss for 02 only.
    sed -i "0,/^# 2\. /s//# 2. (edit $i) /" "$notebook"
    one_run
    grep -q "02-correlation.dib: 28 cells succeeded in" "$scratch/last.out" || { echo "notebook 02 did not run" >&2; exit 1; }
    [ "$(grep -c "outputs from cache" "$scratch/last.out")" = 4 ] || { echo "the other four were not served from the cache" >&2; exit 1; }
done | summary)
after=$(load)
echo "| rerun after editing one markdown cell of notebook 02 (02 runs, four from cache) | $edited | $runs | $before → $after |"
