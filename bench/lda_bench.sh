#!/usr/bin/env bash
# Discovered-topics benchmark, run by bench/run.sh (env BENCH_CORPUS, BENCH_OUT, ENTENTE_NATIVE, ENTENTE_WASM):
# builds bench/lda_bench.cpp natively (and with em++ when a wasm core library exists), times SparseLDA Gibbs
# sweeps on the generated corpus, then runs gensim's LdaModel on the very same tokens (bench/gensim_lda.py).
# Prints `BENCH label | native | wasm` rows. Knobs: LDA_K (8), LDA_SWEEPS (50), GENSIM_PASSES (5).
set -uo pipefail
cd "$(dirname "$0")/.."
CORPUS=${BENCH_CORPUS:?set BENCH_CORPUS to a folder of .txt files}
OUT=${BENCH_OUT:-build/bench}
NATIVE_DIR=$(dirname "${ENTENTE_NATIVE:-build/native/entente}")
WASM_DIR=$(dirname "${ENTENTE_WASM:-build/wasm/entente.js}")
K=${LDA_K:-8} SWEEPS=${LDA_SWEEPS:-50} PASSES=${GENSIM_PASSES:-5}
mkdir -p "$OUT"
field() { sed -n "s/^RESULT.* $2=\([^ ]*\).*/\1/p" "$1"; }
mtok() { [[ -n $1 ]] && awk "BEGIN { printf \"%.2f\", $1 / 1e6 }" || echo failed; }

${CXX:-g++} -std=c++17 -O2 -Wall -Wextra -Werror -Isrc/core -isystem "$NATIVE_DIR/sysinc" bench/lda_bench.cpp \
  "$NATIVE_DIR/libentente_core.a" -o "$OUT/lda_bench" || exit 1
"$OUT/lda_bench" "$CORPUS" --k "$K" --sweeps "$SWEEPS" --dump "$OUT/lda_corpus.txt" | tee "$OUT/lda_native.log"

rm -f "$OUT/lda_wasm.log"
if [[ -f $WASM_DIR/libentente_core.a ]] && command -v em++ >/dev/null; then
  em++ -std=c++17 -O2 -Wall -Wextra -Werror -Isrc/core -isystem "$WASM_DIR/sysinc" bench/lda_bench.cpp \
    "$WASM_DIR/libentente_core.a" -sNODERAWFS=1 -sALLOW_MEMORY_GROWTH=1 -sEXIT_RUNTIME=1 \
    -sWASM_ASYNC_COMPILATION=0 -sENVIRONMENT=node -o "$OUT/lda_bench.js" &&
    node "$OUT/lda_bench.js" "$CORPUS" --k "$K" --sweeps "$SWEEPS" | tee "$OUT/lda_wasm.log"
fi
WASM_TOK=-
[[ -s $OUT/lda_wasm.log ]] && WASM_TOK=$(mtok "$(field "$OUT/lda_wasm.log" tok_s)")
echo "BENCH LDA Gibbs k=$K, M tokens/s per sweep | $(mtok "$(field "$OUT/lda_native.log" tok_s)") | $WASM_TOK"
WASM_MS=-
[[ -s $OUT/lda_wasm.log ]] && WASM_MS=$(field "$OUT/lda_wasm.log" sweep_ms)
echo "BENCH LDA Gibbs k=$K, ms per sweep | $(field "$OUT/lda_native.log" sweep_ms) | $WASM_MS"

python3 bench/gensim_lda.py "$OUT/lda_corpus.txt" --k "$K" --passes "$PASSES" | tee "$OUT/lda_gensim.log"
echo "BENCH gensim LdaModel k=$K, M tokens/s per pass | $(mtok "$(field "$OUT/lda_gensim.log" tok_s)") | -"
