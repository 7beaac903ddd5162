#!/usr/bin/env bash
# Compares the outputs of two builds (see render-all.sh): lists every file that differs or exists on
# one side only, and exits 1 when anything differs.
# Usage: scripts/outputs/compare.sh BEFORE_DIR AFTER_DIR
set -uo pipefail
diff -rq "$1" "$2" && echo "byte-identical: $(find "$1" -type f | wc -l) files"
