#!/usr/bin/env bash
# Phrase-overlap benchmark, run by bench/run.sh (env BENCH_CORPUS, BENCH_OUT, ENTENTE_NATIVE, ENTENTE_WASM):
# builds bench/overlap_bench.cpp natively (and with em++ when a wasm core library exists), times the candidate
# phase and the alignment phase on the generated corpus with planted reuse, then on a 10,000-document corpus
# (OVERLAP_BIG=10000; 0 skips it), and runs sim_text (Debian similarity-tester) on the same files for
# comparison (at most OVERLAP_SIM_TIMEOUT seconds each). Prints `BENCH label | native | wasm` rows.
set -uo pipefail
cd "$(dirname "$0")/.."
CORPUS=${BENCH_CORPUS:?set BENCH_CORPUS to a folder of .txt files}
OUT=${BENCH_OUT:-build/bench}
NATIVE_DIR=$(dirname "${ENTENTE_NATIVE:-build/native/entente}")
WASM_DIR=$(dirname "${ENTENTE_WASM:-build/wasm/entente.js}")
BIG=${OVERLAP_BIG:-10000}
SIM_TIMEOUT=${OVERLAP_SIM_TIMEOUT:-180}  # run.sh stops the whole script after BENCH_TIMEOUT (600 s)
mkdir -p "$OUT"
field() { sed -n "s/^RESULT.* $2=\([^ ]*\).*/\1/p" "$1"; }

${CXX:-g++} -std=c++17 -O2 -Wall -Wextra -Werror -Isrc/core -Isrc/core/text -Isrc/core/topics -Isrc/core/deals -Isrc/core/overlap -Isrc/core/shards -isystem "$NATIVE_DIR/sysinc" bench/overlap_bench.cpp \
  "$NATIVE_DIR/libentente_core.a" -o "$OUT/overlap_bench" || exit 1
HAVE_WASM=0
if [[ -f $WASM_DIR/libentente_core.a ]] && command -v em++ >/dev/null; then
  em++ -std=c++17 -O2 -Wall -Wextra -Werror -Isrc/core -Isrc/core/text -Isrc/core/topics -Isrc/core/deals -Isrc/core/overlap -Isrc/core/shards -isystem "$WASM_DIR/sysinc" bench/overlap_bench.cpp \
    "$WASM_DIR/libentente_core.a" -sNODERAWFS=1 -sALLOW_MEMORY_GROWTH=1 -sMAXIMUM_MEMORY=4GB -sEXIT_RUNTIME=1 \
    -sWASM_ASYNC_COMPILATION=0 -sENVIRONMENT=node -o "$OUT/overlap_bench.js" && HAVE_WASM=1
fi

run_corpus() {  # $1 = corpus folder, $2 = label
  local dir=$1 label=$2 w_plan=- w_align=- w_cand=-
  "$OUT/overlap_bench" "$dir" | tee "$OUT/overlap_$label.native.log"
  if ((HAVE_WASM)); then
    node "$OUT/overlap_bench.js" "$dir" | tee "$OUT/overlap_$label.wasm.log"
    w_plan=$(field "$OUT/overlap_$label.wasm.log" plan_s)
    w_align=$(field "$OUT/overlap_$label.wasm.log" align_s)
  fi
  local n="$OUT/overlap_$label.native.log"
  echo "BENCH overlap $label: candidate phase, s | $(field "$n" plan_s) | $w_plan"
  echo "BENCH overlap $label: alignment phase, s | $(field "$n" align_s) | $w_align"
  echo "BENCH overlap $label: candidates / pairs listed | $(field "$n" candidates) / $(field "$n" pairs) | -"
  echo "BENCH overlap $label: planted pairs found | $(field "$n" found)/$(field "$n" planted) | -"
  echo "BENCH overlap $label: planted above every other pair | $(field "$n" above_negatives) | -"
  if command -v sim_text >/dev/null; then
    local start end
    start=$(date +%s.%N)
    if ! timeout "$SIM_TIMEOUT" sim_text -p -r 8 -t 1 "$dir"/*.txt >"$OUT/overlap_$label.sim_text.txt" 2>/dev/null; then
      echo "BENCH sim_text -p -r 8 $label, s (all pairs) | timeout (${SIM_TIMEOUT} s) | -"
      return
    fi
    end=$(date +%s.%N)
    echo "BENCH sim_text -p -r 8 $label, s (all pairs) | $(awk "BEGIN { printf \"%.2f\", $end - $start }") | -"
    python3 - "$dir/reuse.tsv" "$OUT/overlap_$label.sim_text.txt" "$label" <<'PY'
import csv, re, sys
planted = {frozenset((r["document"], r["copies_from"])) for r in csv.DictReader(open(sys.argv[1]), delimiter="\t")}
best = {}
for line in open(sys.argv[2], encoding="utf-8", errors="replace"):
    m = re.match(r"(\S+) consists for (\d+) % of (\S+) material", line)
    if m:
        k = frozenset((m.group(1).split("/")[-1], m.group(3).split("/")[-1]))
        best[k] = max(best.get(k, 0), int(m.group(2)))
neg = max([v for k, v in best.items() if k not in planted] + [0])
found = sum(1 for k in planted if k in best)
above = sum(1 for k in planted if best.get(k, 0) > neg)
print(f"BENCH sim_text {sys.argv[3]}: planted found / above every other pair | {found}/{len(planted)} / {above} | -")
PY
  fi
}

run_corpus "$CORPUS" "$(ls "$CORPUS"/*.txt | wc -l)docs"
if ((BIG > 0)); then
  BIG_DIR=$OUT/overlap_corpus_$BIG
  [[ -f $BIG_DIR/reuse.tsv ]] || python3 bench/gen_corpus.py --n "$BIG" --out "$BIG_DIR" --reuse 0.1 --seed 7 >&2
  run_corpus "$BIG_DIR" "${BIG}docs"
fi
