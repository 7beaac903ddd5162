#!/usr/bin/env bash
# Renders every output a refactoring must leave byte-identical, into one folder, so two builds can be
# compared with `diff -r` (or `scripts/outputs/compare.sh`): the example batch under the three
# templates (PDFs, overview, summaries), the spreadsheet batch, `score` as JSON and CSV, `cohort` as
# JSON, `analyze` (PDF and JSON), and the four figures as PDF and SVG.
#
# Usage: scripts/outputs/render-all.sh path/to/hccreport OUTDIR
# The date is pinned with SOURCE_DATE_EPOCH so two runs of one build write the same bytes.
set -uo pipefail
bin=$1; out=$2
root="$(cd "$(dirname "$0")/../.." && pwd)"
export SOURCE_DATE_EPOCH=1764547200   # 2025-12-01T00:00:00Z
rm -rf "$out"; mkdir -p "$out"; out="$(cd "$out" && pwd)"
case "$bin" in /*) ;; *) bin="$PWD/$bin" ;; esac
# Inputs are named relative to the repository, so outputs from two worktrees compare equal.
cd "$root"
cases=Examples/cases
cohort=Examples/cohort/synthetic-zhang-2025.csv
run() { local name=$1; shift; "$@" >"$out/$name.stdout" 2>"$out/$name.stderr"; echo "$?" >"$out/$name.exit"; }
for t in tumor-board full compact; do
  run "render-$t" "$bin" render "$cases" --template "$t" --jobs 1 -o "$out/render-$t"
done
run render-spreadsheet "$bin" render Examples/spreadsheet/example.xlsx --dose-reports Examples/dose-reports --jobs 1 -o "$out/render-spreadsheet"
run score-json "$bin" score "$cases" --format json --jobs 1
run score-csv "$bin" score "$cases" --format csv --jobs 1
run score-table "$bin" score "$cases" --format table --jobs 1
run cohort-json "$bin" cohort "$cohort" --format json
run cohort-table "$bin" cohort "$cohort" --format table
run analyze "$bin" analyze "$cohort" --format pdf --format json --bootstrap 50 --seed 7 -o "$out/analyze" --model-out "$out/analyze/model.yaml"
for f in nomogram violins roc response; do
  for ext in pdf svg; do
    run "figure-$f-$ext" "$bin" figure "$f" "$cases/p14-endpoint-pr-then-pd.yaml" -o "$out/figure-$f.$ext"
  done
done
# Timings in human-readable output vary from run to run, and the folder's name with it: drop both.
sed -i -E -e 's/in [0-9.]+ s \([0-9]+\/s\)/in N s (N\/s)/' -e "s|$out|OUT|g" "$out"/*.stderr "$out"/*.stdout
echo "wrote $(find "$out" -type f | wc -l) files to $out"
