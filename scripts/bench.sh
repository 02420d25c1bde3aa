#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the scale database (100,000 customers, 500,000 orders, 255,000 contacts, 1,000,000 timeline entries) and prints the benchmark figures
# that docs/PERFORMANCE.md records. Not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/configure.sh
cmake --build build --target guanxi-cli bench_customers bench_search bench_funnel bench_printing bench_workbench bench_analytics
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/scale.sqlite3"
echo "== seed"
for run in 1 2 3; do
  rm -f "$db" "$db-wal" "$db-shm"
  build/app/guanxi-cli --db "$db" seed --customers 100000 --orders 500000 --interactions 1000000 --seed 1 --as-of 2026-11-20
done
echo "== customers page"
QT_QPA_PLATFORM=offscreen HOME="$work" build/tests/bench/bench_customers "$db"
echo "== search, duplicate check, import"
HOME="$work" build/tests/bench/bench_search "$db"
echo "== sales funnel and kanban board"
QT_QPA_PLATFORM=offscreen HOME="$work" build/tests/bench/bench_funnel "$db"
echo "== printing a 200-line quote"
QT_QPA_PLATFORM=offscreen HOME="$work" build/tests/bench/bench_printing "$work"
echo "== workbench and reminders"
QT_QPA_PLATFORM=offscreen HOME="$work" build/tests/bench/bench_workbench "$db" 2026-11-20
echo "== customer analysis, sales reports, lifetime value"
zcat tests/bench/data/CDNOW_master.txt.gz > "$work/CDNOW_master.txt"
HOME="$work" build/tests/bench/bench_analytics "$db" 2026-11-20 "$work/CDNOW_master.txt"
