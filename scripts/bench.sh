#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes a scale database and prints the benchmark figures that docs/PERFORMANCE.md records. Not part
# of the test suite.
#
#   scripts/bench.sh [--scale 100k|1m] [--keep DIR] [--seed-runs N]
#
#   --scale 100k  100,000 customers, 500,000 orders, 1,000,000 timeline entries (the default)
#   --scale 1m    1,000,000 customers, 2,000,000 orders (about ten minutes to make, 7 GB or more)
#   --keep DIR    keep the database in DIR between runs: made once, reused while it is there and
#                 was made by the same scale (delete DIR/scale-*.sqlite3 to make it again)
#   --seed-runs N time the seed N times (default 3 at 100k, 1 at 1m; 0 with a kept database)
set -euo pipefail
cd "$(dirname "$0")/.."

scale=100k
keep=
seed_runs=
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) scale="$2"; shift 2 ;;
    --keep) keep="$2"; shift 2 ;;
    --seed-runs) seed_runs="$2"; shift 2 ;;
    -h|--help) sed -n '3,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
case "$scale" in
  100k) seed_args=(--customers 100000 --orders 500000 --interactions 1000000); default_runs=3 ;;
  1m) seed_args=(--customers 1000000 --orders 2000000); default_runs=1 ;;
  *) echo "bench.sh: --scale is 100k or 1m" >&2; exit 2 ;;
esac

bash scripts/install-deps.sh
bash scripts/configure.sh
cmake --build build --target guanxi-cli bench_customers bench_search bench_funnel bench_printing bench_workbench bench_analytics
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -n "$keep" ]; then
  mkdir -p "$keep"
  db="$(cd "$keep" && pwd)/scale-$scale.sqlite3"
else
  db="$work/scale-$scale.sqlite3"
fi

seed() {
  rm -f "$db" "$db-wal" "$db-shm"
  build/app/guanxi-cli --db "$db" seed "${seed_args[@]}" --seed 1 --as-of 2026-11-20
}
echo "== seed ($scale)"
if [ -n "$keep" ] && [ -s "$db" ]; then
  echo "kept: $db"
  runs=${seed_runs:-0}
else
  runs=${seed_runs:-$default_runs}
  [ "$runs" -lt 1 ] && runs=1
fi
for ((run = 1; run <= runs; run++)); do
  seed
done
ls -l "$db"

echo "== start, customers, quotes and orders, leads"
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
