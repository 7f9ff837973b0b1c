#!/usr/bin/env bash
# Discovered-topics benchmark, run by bench/run.sh (env BENCH_CORPUS, BENCH_OUT, ENTENTE_NATIVE, ENTENTE_WASM):
# builds bench/lda_bench.cpp natively (and with em++ when a wasm core library exists), times Gibbs sweeps on the
# generated corpus until the stopping rule fires (as `entente analyze` does), then runs gensim's LdaModel on the
# very same tokens (bench/gensim_lda.py) and scores both topic lists with one script (bench/topic_coherence.py:
# UMass and NPMI over the same documents). Prints `BENCH label | native | wasm` rows.
# Knobs: LDA_K (8), LDA_SWEEPS (500, the most), GENSIM_PASSES (5).
set -uo pipefail
cd "$(dirname "$0")/.."
CORPUS=${BENCH_CORPUS:?set BENCH_CORPUS to a folder of .txt files}
OUT=${BENCH_OUT:-build/bench}
NATIVE_DIR=$(dirname "${ENTENTE_NATIVE:-build/native/entente}")
WASM_DIR=$(dirname "${ENTENTE_WASM:-build/wasm/entente.js}")
K=${LDA_K:-8} SWEEPS=${LDA_SWEEPS:-500} PASSES=${GENSIM_PASSES:-5}
mkdir -p "$OUT"
field() { sed -n "s/^RESULT.* $2=\([^ ]*\).*/\1/p" "$1"; }
mtok() { [[ -n $1 ]] && awk "BEGIN { printf \"%.2f\", $1 / 1e6 }" || echo failed; }

${CXX:-g++} -std=c++17 -O2 -Wall -Wextra -Werror -Isrc/core -Isrc/core/text -Isrc/core/topics -Isrc/core/deals -Isrc/core/overlap -Isrc/core/shards -isystem "$NATIVE_DIR/sysinc" bench/lda_bench.cpp \
  "$NATIVE_DIR/libentente_core.a" -o "$OUT/lda_bench" || exit 1
"$OUT/lda_bench" "$CORPUS" --k "$K" --sweeps "$SWEEPS" --dump "$OUT/lda_corpus.txt" \
  --topics "$OUT/lda_topics.entente.txt" | tee "$OUT/lda_native.log"

rm -f "$OUT/lda_wasm.log"
if [[ -f $WASM_DIR/libentente_core.a ]] && command -v em++ >/dev/null; then
  em++ -std=c++17 -O2 -Wall -Wextra -Werror -Isrc/core -Isrc/core/text -Isrc/core/topics -Isrc/core/deals -Isrc/core/overlap -Isrc/core/shards -isystem "$WASM_DIR/sysinc" bench/lda_bench.cpp \
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
WASM_SW=-
[[ -s $OUT/lda_wasm.log ]] && WASM_SW=$(field "$OUT/lda_wasm.log" sweeps)
echo "BENCH LDA Gibbs k=$K, sweeps to converge | $(field "$OUT/lda_native.log" sweeps) | $WASM_SW"
cmp -s <(grep '^  topic' "$OUT/lda_native.log") <(grep '^  topic' "$OUT/lda_wasm.log" 2>/dev/null) && SAME=yes || SAME=NO
[[ -s $OUT/lda_wasm.log ]] || SAME=-
echo "BENCH LDA same topics native and wasm | $SAME | $SAME"

rm -f "$OUT/lda_topics.gensim.txt"
python3 bench/gensim_lda.py "$OUT/lda_corpus.txt" --k "$K" --passes "$PASSES" --topics "$OUT/lda_topics.gensim.txt" |
  tee "$OUT/lda_gensim.log"
echo "BENCH gensim LdaModel k=$K, M tokens/s per pass | $(mtok "$(field "$OUT/lda_gensim.log" tok_s)") | -"
echo "BENCH LDA seconds, Entente to converge | $(field "$OUT/lda_native.log" seconds) | -"
echo "BENCH LDA seconds, gensim $PASSES passes | $(field "$OUT/lda_gensim.log" seconds) | -"
LISTS=("entente=$OUT/lda_topics.entente.txt")
[[ -s $OUT/lda_topics.gensim.txt ]] && LISTS+=("gensim=$OUT/lda_topics.gensim.txt")
python3 bench/topic_coherence.py "$OUT/lda_corpus.txt" "${LISTS[@]}" | tee "$OUT/lda_coherence.log"
for m in umass npmi; do
  for who in entente gensim; do
    echo "BENCH topic coherence $m, $who | $(field "$OUT/lda_coherence.log" "${who}_$m") | -"
  done
done
