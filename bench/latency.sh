#!/usr/bin/env bash
# Save-to-reload latency of `easyguide serve`: the time from saving a guide (or a .ftl file)
# to the reload event reaching a connected client, over many edits, median and 95th
# percentile. A benchmark, not a test: run it by hand on a quiet machine.
#
#   bench/latency.sh [SITE_DIR] [EDITS]
#
# SITE_DIR defaults to this repository's site; it is copied to a temporary folder first, so
# the sources are never changed. EDITS defaults to 50.
set -euo pipefail
cd "$(dirname "$0")/.."
site="${1:-.}"
edits="${2:-50}"
cargo build --release --quiet
cargo build --release --quiet --example latency
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Only the sources: not the output folder, the build's state or a Rust target folder.
for part in content locales themes templates static site.toml; do
  [ -e "$site/$part" ] && cp -r "$site/$part" "$work/"
done
target/release/examples/latency "$work" "$edits" target/release/easyguide
