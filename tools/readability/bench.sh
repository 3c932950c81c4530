#!/usr/bin/env bash
# Measures how fast `easyguide readability` checks text: sentences per second on a large
# generated text (the reference texts repeated), with every check and measure on.
#
#     tools/readability/bench.sh [REPEATS]     (default 1000: about 48,000 sentences)
set -euo pipefail
cd "$(dirname "$0")/../.."
repeats="${1:-1000}"
cargo build --release --quiet
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for _ in $(seq "$repeats"); do
  for f in tests/data/readability/texts/*.txt; do
    cat "$f"
    echo
  done
done > "$work/large.md"
start=$(date +%s.%N)
./target/release/easyguide readability "$work/large.md" --format json > "$work/out.json"
end=$(date +%s.%N)
sentences=$(grep -m1 '"sentences"' "$work/out.json" | tr -dc '0-9.')
seconds=$(echo "$end - $start" | bc -l)
printf 'checked %.0f sentences (%s bytes) in %.2f s: %.0f sentences per second\n' \
  "$sentences" "$(wc -c < "$work/large.md")" "$seconds" "$(echo "$sentences / $seconds" | bc -l)"
