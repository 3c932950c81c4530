#!/usr/bin/env bash
# How long `easyguide a11y` takes on this repository's built site: builds the site with a
# release binary, then checks every page three times at the easy-read standard and prints
# wall-clock and CPU seconds for each run. A benchmark to read, not a test that can fail.
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo build --release --locked --quiet
./target/release/easyguide build --deny warnings > /dev/null 2>&1
pages=$(find public -name '*.html' | wc -l)
for run in 1 2 3; do
  /usr/bin/time -f "run $run: %e s wall, %U s user, %M KB, $pages pages" \
    ./target/release/easyguide a11y public --easy-read --format short 2>&1 | tail -1
done
