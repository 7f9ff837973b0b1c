#!/usr/bin/env bash
# Heatmap frame rate in the page with the bench corpus (called by bench/run.sh with BENCH_CORPUS set).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${BENCH_CORPUS:-build/bench/corpus_1000}
[ -d build/web ] || { echo "heatmap bench: build/web missing (make web)"; exit 0; }
[ -d "$corpus" ] || { echo "heatmap bench: corpus $corpus missing"; exit 0; }
timeout "${BENCH_TIMEOUT:-600}" node bench/heatmap_fps.mjs build/web "$corpus" 4
