#!/usr/bin/env bash
# The page with the bench corpus (called by bench/run.sh with BENCH_CORPUS set): times `entente analyze` natively
# on the same files, then loads them in headless Chromium with entente.load (bench/page_load.mjs) and prints the
# completion time (and its ratio to native), the largest requestAnimationFrame gap and the worker's memory.
# BENCH_PAGE_DOCS=10000 also runs a 10,000-document corpus (generated with the same seed).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${BENCH_CORPUS:-build/bench/corpus_1000}
native=${ENTENTE_NATIVE:-build/native/entente}
[ -d build/web ] || { echo "page bench: build/web missing (make web)"; exit 0; }
[ -d "$corpus" ] || { echo "page bench: corpus $corpus missing"; exit 0; }

page_run() {  # $1 = corpus folder
  local start end seconds=""
  if [ -x "$native" ]; then
    start=$(date +%s.%N)
    "$native" analyze --compact --out /dev/null "$1" 2>/dev/null
    end=$(date +%s.%N)
    seconds=$(awk "BEGIN { printf \"%.2f\", $end - $start }")
    echo "native entente analyze: $seconds s"
  fi
  timeout "${BENCH_TIMEOUT:-600}" node bench/page_load.mjs build/web "$1" "$seconds"
}

page_run "$corpus"
if [ -n "${BENCH_PAGE_DOCS:-}" ]; then
  big=build/bench/corpus_${BENCH_PAGE_DOCS}
  [ -d "$big" ] || python3 bench/gen_corpus.py --n "$BENCH_PAGE_DOCS" --out "$big" --reuse 0.1 --seed "${BENCH_SEED:-7}"
  page_run "$big"
fi
