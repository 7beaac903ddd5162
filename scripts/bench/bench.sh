#!/usr/bin/env bash
# Benchmark of the release build: renders seeded synthetic batches and scores 10,000 case files.
#
#   scripts/bench/bench.sh [BINARY]      (make bench builds the release binary and runs this)
#
# For N = 100 and N = 2,000 patients and for --jobs 1 and --jobs <all cores> it prints wall time,
# CPU time, reports/s, ms per report, peak RSS (GNU time's maximum resident set size) and the mean
# size of a patient's PDF; then the time of `score` on 10,000 files. Cases come from
# generate_cases.py with a fixed seed, so every run renders the same bytes. Set BENCH_SIZES to
# change the batch sizes (e.g. BENCH_SIZES="100") and BENCH_WORK for the scratch folder.
#
# Wall-clock rates on a shared virtual machine vary by ±20 % from run to run. When valgrind is
# installed, the script also counts the instructions to render 10 reports with callgrind (on a
# copy of the binary with its DWARF stripped: valgrind 3.19 cannot read Swift 6.3's DWARF 5),
# which is repeatable to the instruction whatever else the machine is doing: compare changes with
# that number. BENCH_CALLGRIND=0 skips it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bin="${1:-$root/.build/release/hccreport}"
work="${BENCH_WORK:-$root/.build/bench}"
sizes="${BENCH_SIZES:-100 2000}"
score_files="${BENCH_SCORE_FILES:-10000}"
cores="$(nproc)"
[ -x "$bin" ] || { echo "bench: $bin is not built (run: swift build -c release)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }
mkdir -p "$work"

cases_for() {   # cases_for N → folder with N seeded cases (generated once)
  local dir="$work/cases-$1"
  if [ ! -f "$dir/.complete" ]; then
    rm -rf "$dir"
    python3 "$here/generate_cases.py" --count "$1" --seed 1 --out "$dir"
    touch "$dir/.complete"
  fi
  echo "$dir"
}

echo "hccreport benchmark — $(date -u +%Y-%m-%dT%H:%MZ), $cores cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "binary: $bin"
printf '%-7s %-5s %9s %9s %10s %10s %10s %10s %6s\n' N jobs "wall s" "CPU s" reports/s ms/report "RSS MiB" "KB/PDF" pages
for n in $sizes; do
  cases="$(cases_for "$n")"
  for jobs in 1 "$cores"; do
    out="$work/out-$n-$jobs"
    rm -rf "$out"
    stats="$work/time.txt"
    /usr/bin/time -o "$stats" -f '%e %U %S %M' "$bin" render "$cases" -o "$out" --jobs "$jobs" --date 2025-06-01 2>"$work/render.log" \
      || { echo "bench: render failed (see $work/render.log)" >&2; tail -5 "$work/render.log" >&2; exit 1; }
    read -r wall user sys rss <"$stats"
    count="$(find "$out" -maxdepth 1 -name 'BENCH-*.pdf' | wc -l)"
    bytes="$(find "$out" -maxdepth 1 -name 'BENCH-*.pdf' -printf '%s\n' | awk '{s+=$1} END {print s+0}')"
    pages="$(pdfinfo "$out/BENCH-000001.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')"
    [ "$count" -eq "$n" ] || { echo "bench: expected $n reports, found $count" >&2; exit 1; }
    awk -v n="$n" -v j="$jobs" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v b="$bytes" -v p="${pages:-?}" 'BEGIN {
      printf "%-7d %-5d %9.2f %9.2f %10.1f %10.2f %10.1f %10.1f %6s\n", n, j, w, u + s, n / w, 1000 * w / n, r / 1024, b / n / 1000, p }'
  done
done

cases="$(cases_for "$score_files")"
/usr/bin/time -o "$work/time.txt" -f '%e %U %S %M' "$bin" score "$cases" --format csv >"$work/score.csv" 2>"$work/score.log" \
  || { echo "bench: score failed (see $work/score.log)" >&2; exit 1; }
read -r wall user sys rss <"$work/time.txt"
rows="$(($(wc -l <"$work/score.csv") - 1))"
awk -v n="$score_files" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v rows="$rows" 'BEGIN {
  printf "score: %d files (%d lesion rows) in %.2f s wall, %.2f s CPU, %.0f files/s, peak RSS %.1f MiB\n", n, rows, w, u + s, n / w, r / 1024 }'

if [ "${BENCH_CALLGRIND:-1}" != 0 ] && command -v valgrind >/dev/null; then
  ten="$work/cases-10"
  if [ ! -f "$ten/.complete" ]; then
    hundred="$(cases_for 100)"
    rm -rf "$ten" && mkdir -p "$ten"
    ls "$hundred" | grep -E '^bench-0000(0[1-9]|10)\.' | while read -r f; do cp "$hundred/$f" "$ten/"; done
    [ "$(ls "$ten" | wc -l)" -eq 10 ] || { echo "bench: expected 10 cases in $ten" >&2; exit 1; }
    touch "$ten/.complete"
  fi
  cp "$bin" "$work/hccreport-stripped" && strip --strip-debug "$work/hccreport-stripped"
  rm -rf "$work/out-callgrind"
  HCCREPORT_HOME="${HCCREPORT_HOME:-$root}" valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" \
    "$work/hccreport-stripped" render "$ten" -o "$work/out-callgrind" --jobs 1 --date 2025-06-01 2>"$work/callgrind.log" \
    || { echo "bench: callgrind run failed (see $work/callgrind.log)" >&2; exit 1; }
  total="$(grep -E 'Collected|refs' "$work/callgrind.log" | tail -1 | awk '{gsub(",", "", $NF); print $NF}')"
  awk -v t="$total" 'BEGIN { printf "callgrind: %.3f G instructions to render 10 reports (one process, --jobs 1, with start-up and overview), %.1f M per report\n", t / 1e9, t / 1e7 }'
fi
