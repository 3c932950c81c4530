#!/usr/bin/env bash
# The benchmark, in one command from a fresh clone:
#
#     bench/run.sh                       1,000 and 5,000 pages, and the picture site
#     bench/run.sh --sizes 1000,10000    other sizes (pages); --all adds 10,000 and 100,000
#     EASYGUIDE_BIN=path bench/run.sh    measure that binary instead of building this tree
#     BASELINE_BIN=path bench/run.sh     also measure an older build, in the same runs
#
# Builds easyguide and the site generator (examples/gen-site.rs) in release mode, then runs
# bench/bench.py, which generates the sites, times every scenario (tools in turn, medians of
# --runs runs) and prints a Markdown table, also saved with an SVG chart in bench/results/.
# `bench/bench.py --help` lists every option; they can all be given here.
# Needs Rust, Python 3 and GNU time (`apt-get install -y time`); Hugo (`apt-get install -y
# hugo`) and Zola are compared when they are on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/time ]; then
  echo "bench/run.sh needs GNU time at /usr/bin/time: apt-get install -y time" >&2
  exit 2
fi
command -v python3 > /dev/null || { echo "bench/run.sh needs python3" >&2; exit 2; }
command -v hugo > /dev/null || echo "note: hugo is not installed, so Hugo is left out (apt-get install -y hugo)" >&2

target="${CARGO_TARGET_DIR:-target}"
if [ -n "${EASYGUIDE_BIN:-}" ]; then
  cargo build --release --quiet --example gen-site
  easyguide="$EASYGUIDE_BIN"
else
  cargo build --release --quiet --bin easyguide --example gen-site
  easyguide="$target/release/easyguide"
fi

exec python3 bench/bench.py \
  --easyguide "$easyguide" \
  --gen "$target/release/examples/gen-site" \
  ${BASELINE_BIN:+--baseline "$BASELINE_BIN"} \
  "$@"
