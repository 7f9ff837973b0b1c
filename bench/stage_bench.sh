#!/usr/bin/env bash
# Per-stage CPU time of `entente analyze`, run by bench/run.sh (env BENCH_CORPUS, BENCH_OUT, ENTENTE_NATIVE):
# builds bench/stage_bench.cpp against the native core and prints one `BENCH label | native | -` row per
# stage (best of STAGE_RUNS runs, default 3, with STAGE_LDA_ITERATIONS sweeps at most, default 500).
set -uo pipefail
cd "$(dirname "$0")/.."
CORPUS=${BENCH_CORPUS:?set BENCH_CORPUS to a folder of .txt files}
OUT=${BENCH_OUT:-build/bench}
NATIVE_DIR=$(dirname "${ENTENTE_NATIVE:-build/native/entente}")
mkdir -p "$OUT"

${CXX:-g++} -std=c++17 -O2 -Wall -Wextra -Werror -Isrc/core -Isrc/core/text -Isrc/core/topics -Isrc/core/deals \
  -Isrc/core/overlap -Isrc/core/shards -Isrc/cli -isystem "$NATIVE_DIR/sysinc" bench/stage_bench.cpp \
  src/cli/inputs.cpp "$NATIVE_DIR/libentente_core.a" -o "$OUT/stage_bench" || exit 1
line=$("$OUT/stage_bench" "$CORPUS" --lda-iterations "${STAGE_LDA_ITERATIONS:-500}" --runs "${STAGE_RUNS:-3}") || exit 1
echo "$line"
for pair in ${line#STAGES }; do
  echo "BENCH analyze stage ${pair%%=*}, CPU s | ${pair#*=} | -"
done
