#!/usr/bin/env bash
# Whole-process benchmarks of the workbook engine against .NET Interactive, side by side in one run.
#
#   bash tests/Benchmarks/whole-process/run.sh [RUNS]     (RUNS: alternating runs per row, default 3)
#
# Builds lib/Workbook.Cli in Release twice: as committed (ReadyToRun images, the engine's runtime settings) and, for
# the "before" rows, with -p:WorkbookReadyToRun=false -p:TieredPGO=true (the JIT-only engine), in its own artifacts
# folder. Then, for every row, runs each contender once per round, in turn, RUNS rounds, and prints the median wall
# time (and user CPU seconds, which a loaded machine disturbs less) with the load average before and after. Every
# command starts a fresh process, as a researcher's would; caches (NuGet, the package resolutions) are warm.
#
#   notebook 02 alone       ours (built binary, `run`)  vs  dotnet-repl 0.3.259 --run (cwd notebooks/); ours both
#                           into a reports folder of an earlier run (its index thumbnail kept) and into an empty one
#   all five notebooks      ours (default --jobs)       vs  dotnet-repl, one process per notebook
#                                                       vs  Debian's nbclient on the .net-csharp kernel, one per notebook
#   setup cell, first chart ours vs the JIT-only engine, from the engine's phase profile (WORKBOOK_PROFILE)
#   execution cache rows    only when `workbook run --help` lists --cache: an unchanged rerun, and a rerun after a
#                           markdown edit of one notebook
#
# Needs: the .NET SDK; dotnet-repl and Microsoft.dotnet-interactive as global tools (.ci/run installs both) with the
# .net-csharp kernelspec installed; /usr/bin/python3 with nbclient. A contender whose tool is missing is skipped.
set -euo pipefail
cd "$(dirname "$0")/../../.."
root=$PWD
runs=${1:-3}
export PATH="$PATH:$HOME/.dotnet/tools" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
work=$(mktemp -d /tmp/workbook-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

load() { cut -d' ' -f1-3 /proc/loadavg; }

echo "building (Release) ..." >&2
build_start=$(date +%s.%N)
dotnet build lib/Workbook.Cli -c Release --nologo -v q >/dev/null
echo "  build: $(awk -v a="$build_start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }') s" >&2
dotnet build lib/Workbook.Cli -c Release --nologo -v q --artifacts-path "$root/artifacts/bench-jit" \
  -p:WorkbookReadyToRun=false -p:TieredPGO=true >/dev/null
ours=lib/Workbook.Cli/bin/Release/net10.0/Workbook.Cli
jit=artifacts/bench-jit/bin/Workbook.Cli/release/Workbook.Cli
[ -x "$ours" ] && [ -x "$jit" ] || { echo "the built engines are missing: $ours, $jit" >&2; exit 1; }

have_repl=0; command -v dotnet-repl >/dev/null && have_repl=1
have_nbclient=0
if /usr/bin/python3 -c 'import nbclient' 2>/dev/null && [ -d "$HOME/.local/share/jupyter/kernels/.net-csharp" ]; then have_nbclient=1; fi
have_cache=0; "$ours" run --help 2>&1 | grep -q -- '--cache' && have_cache=1

# The .ipynb files nbclient runs: the same notebooks, converted by the engine, naming the .net-csharp kernel.
mkdir -p "$work/ipynb"
"$ours" convert notebooks --to ipynb --kernel dotnet -o "$work/ipynb" >/dev/null

# time_cmd NAME DIR CMD...: runs CMD in DIR, appends "wall user" to $work/NAME, fails loudly on a non-zero exit.
time_cmd() {
  local name=$1 dir=$2; shift 2
  if ! (cd "$dir" && /usr/bin/time -f "%e %U" -o "$work/time.tmp" "$@" >"$work/out.tmp" 2>&1); then
    echo "FAILED: $name: $*" >&2; tail -20 "$work/out.tmp" >&2; exit 1
  fi
  cat "$work/time.tmp" >>"$work/$name"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
wall() { cut -d' ' -f1 "$work/$1" | median; }
user() { cut -d' ' -f2 "$work/$1" | median; }

nb02_ours()  { time_cmd nb02-ours "$root" "$root/$ours" run notebooks/02-correlation.dib --html "$work/r1"; }
# Into an empty reports folder: the index's thumbnail is drawn (a headless Chromium start), as on a first run.
nb02_cold()  { rm -rf "$work/r7"; time_cmd nb02-cold "$root" "$root/$ours" run notebooks/02-correlation.dib --html "$work/r7"; }
nb02_jit()   { time_cmd nb02-jit "$root" "$root/$jit" run notebooks/02-correlation.dib --html "$work/r2"; }
nb02_repl()  { time_cmd nb02-repl "$root/notebooks" dotnet-repl --run 02-correlation.dib --exit-after-run; }
all_ours()   { time_cmd all-ours "$root" "$root/$ours" run notebooks --html "$work/r3"; }
all_jit()    { time_cmd all-jit "$root" "$root/$jit" run notebooks --html "$work/r4"; }
all_repl()   { time_cmd all-repl "$root/notebooks" bash -c 'for f in 0*.dib; do dotnet-repl --run "$f" --exit-after-run >/dev/null || exit 1; done'; }
all_nbclient() {
  time_cmd all-nbclient "$root/notebooks" bash -c "for f in \"$work\"/ipynb/0*.ipynb; do /usr/bin/python3 \"$root/tests/RealKernel.Tests/run_in_kernel.py\" \"\$f\" .net-csharp \"$root/notebooks\" \"$work/executed.ipynb\" >/dev/null || exit 1; done"
}

rows=()
row() { # label ours-key anchor-key
  local o a; o=$(wall "$2"); a=$(wall "$3")
  rows+=("| $1 | $o s (user $(user "$2") s) | $a s (user $(user "$3") s) | $(awk -v o="$o" -v a="$a" 'BEGIN { printf "%.2f", o / a }') |")
}

echo "notebook 02 alone ($runs rounds; load $(load))" >&2
l1=$(load)
for _ in $(seq "$runs"); do
  nb02_ours; nb02_cold; nb02_jit
  [ $have_repl = 1 ] && nb02_repl
done
l2=$(load)
echo "all five notebooks ($runs rounds; load $(load))" >&2
for _ in $(seq "$runs"); do
  all_ours; all_jit
  [ $have_repl = 1 ] && all_repl
  [ $have_nbclient = 1 ] && all_nbclient
done
l3=$(load)

# The setup cell and the first chart (notebook 02's cell 8, the heatmap), from the phase profile: ours and JIT-only.
profile() { # engine key
  for _ in $(seq "$runs"); do
    rm -f "$work/profile.tsv"
    WORKBOOK_PROFILE="$work/profile.tsv" "$root/$1" run notebooks/02-correlation.dib --html "$work/r5" >/dev/null
    awk -F'\t' -v key="$2" -v dir="$work" '
      $2 == "warm-up" { w += $5 } $2 ~ /^cell1-/ { s += $5 } $2 ~ /^cell8-/ { c += $5 } $2 == "report" { r += $5 }
      $2 == "warm-up" { wj += $6 } $2 ~ /^cell1-/ { sj += $6 } $2 ~ /^cell8-/ { cj += $6 } $2 == "report" { rj += $6 }
      END { print w, s, c, r, wj, sj, cj, rj >> (dir "/" key) }' "$work/profile.tsv"
  done
}
profile "$ours" phases-ours
profile "$jit" phases-jit
phase() { cut -d' ' -f"$2" "$work/$1" | median; }

echo
echo "Whole-process, median of $runs alternating runs, Release, caches warm. Load average (1/5/15 min): $l1 before, $l2 after the notebook-02 rows, $l3 after the five-notebook rows. $(nproc) cores."
echo
echo "| run | ours | anchor | ratio |"
echo "|---|---:|---:|---:|"
row "notebook 02 alone: ours vs the JIT-only engine" nb02-ours nb02-jit
[ $have_repl = 1 ] && row "notebook 02 alone: ours vs dotnet-repl --run" nb02-ours nb02-repl
[ $have_repl = 1 ] && row "notebook 02 alone, empty reports folder (thumbnail drawn): ours vs dotnet-repl --run" nb02-cold nb02-repl
row "all five notebooks: ours (default --jobs) vs the JIT-only engine" all-ours all-jit
[ $have_repl = 1 ] && row "all five notebooks: ours vs dotnet-repl (5 processes)" all-ours all-repl
[ $have_nbclient = 1 ] && row "all five notebooks: ours vs nbclient on .net-csharp (5 kernels)" all-ours all-nbclient
printf '%s\n' "${rows[@]}"
echo
echo "Notebook 02's phases (ms; in brackets the JIT's share), ours vs the JIT-only engine, median of $runs:"
echo
echo "| phase | ours | JIT-only |"
echo "|---|---:|---:|"
echo "| worker warm-up (Roslyn's first compilation) | $(phase phases-ours 1) ($(phase phases-ours 5)) | $(phase phases-jit 1) ($(phase phases-jit 5)) |"
echo "| setup cell (packages, compile, run) | $(phase phases-ours 2) ($(phase phases-ours 6)) | $(phase phases-jit 2) ($(phase phases-jit 6)) |"
echo "| first chart (cell 8, the heatmap) | $(phase phases-ours 3) ($(phase phases-ours 7)) | $(phase phases-jit 3) ($(phase phases-jit 7)) |"
echo "| report (HTML written) | $(phase phases-ours 4) ($(phase phases-ours 8)) | $(phase phases-jit 4) ($(phase phases-jit 8)) |"

if [ $have_cache = 1 ]; then
  # The execution cache: prime it, rerun unchanged, then rerun after editing one markdown cell of notebook 02.
  "$root/$ours" run notebooks --cache --html "$work/r6" >/dev/null
  for _ in $(seq "$runs"); do time_cmd cache-unchanged "$root" "$root/$ours" run notebooks --cache --html "$work/r6"; done
  for i in $(seq "$runs"); do
    cp notebooks/02-correlation.dib "$work/02.orig"
    trap 'cp "$work/02.orig" "$root/notebooks/02-correlation.dib"; rm -rf "$work"' EXIT
    sed -i "0,/^# 2\. /s//# 2. (edit $i) /" notebooks/02-correlation.dib
    time_cmd cache-markdown "$root" "$root/$ours" run notebooks --cache --html "$work/r6"
    cp "$work/02.orig" notebooks/02-correlation.dib
  done
  echo
  echo "| execution cache | ours |"
  echo "|---|---:|"
  echo "| all five, unchanged rerun with --cache | $(wall cache-unchanged) s |"
  echo "| all five, rerun after a markdown edit of notebook 02 | $(wall cache-markdown) s |"
fi
