#!/usr/bin/env bash
# `make bench`: generates a synthetic corpus, times ingest (native and wasm) and `entente analyze` end to end,
# runs every other bench script it finds, and prints one table. Timings never fail the build; only a missing
# native build is an error. Other scripts (bench/*_bench.sh, lda_*.sh|py, overlap_*.sh|py) get the environment
# BENCH_CORPUS, BENCH_OUT, ENTENTE_NATIVE, ENTENTE_WASM; a line they print as `BENCH name | native | wasm` is
# added to the table. Knobs: BENCH_DOCS (1000), BENCH_SEED (7), BENCH_REUSE (0.1), BENCH_SECONDS (1),
# BENCH_TIMEOUT (600 s per command), BENCH_E2E_DOCS (200: a smaller corpus also timed end to end),
# BENCH_NATIVE_DIR (build/native), BENCH_WASM_DIR (build/wasm).
set -uo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}

N=${BENCH_DOCS:-1000}
SEED=${BENCH_SEED:-7}
REUSE=${BENCH_REUSE:-0.1}
MIN_SECONDS=${BENCH_SECONDS:-1}
TIMEOUT=${BENCH_TIMEOUT:-600}
NATIVE=${BENCH_NATIVE_DIR:-build/native}
WASM=${BENCH_WASM_DIR:-build/wasm}
OUT=build/bench
CORPUS=$OUT/corpus_$N
E2E_SMALL=${BENCH_E2E_DOCS:-200}
SMALL=$OUT/corpus_$E2E_SMALL
ROWS=()

row() { ROWS+=("$1|$2|$3"); }
say() { echo "bench: $*" >&2; }
result_field() { sed -n "s/.*RESULT.* $2=\([^ ]*\).*/\1/p" "$1"; }
calc() { awk "BEGIN { printf \"$1\", $2 }"; }
now() { date +%s.%N; }

if [[ ! -x $NATIVE/entente || ! -f $NATIVE/libentente_core.a ]]; then
  say "no native build in $NATIVE (run 'make cli' first)"
  exit 1
fi
mkdir -p "$OUT"

# ---------------------------------------------------------------- corpus
rm -rf "$CORPUS"
python3 bench/gen_corpus.py --n "$N" --out "$CORPUS" --reuse "$REUSE" --seed "$SEED" >&2 || exit 1
CORPUS_BYTES=$(cat "$CORPUS"/*.txt | wc -c)

# ---------------------------------------------------------------- ingest benchmark, native and wasm
ingest_row() {  # $1 = log of the native run, $2 = log of the wasm run (may be missing)
  local nm nt wm=- wt=-
  nm=$(result_field "$1" mb_s) nt=$(result_field "$1" tok_s)
  if [[ -s $2 ]] && grep -q RESULT "$2"; then wm=$(result_field "$2" mb_s) wt=$(result_field "$2" tok_s); fi
  row "ingest+tokenize+split, MB/s" "${nm:-failed}" "$wm"
  [[ -n $nt ]] && nt=$(calc "%.2f" "$nt / 1e6")
  [[ $wt != - ]] && wt=$(calc "%.2f" "$wt / 1e6")
  row "ingest+tokenize+split, M tokens/s" "${nt:-failed}" "$wt"
}

say "building and running the native ingest benchmark"
${CXX:-g++} -std=c++17 -O2 -Wall -Wextra -Werror -Isrc/core -Isrc/core/text -Isrc/core/topics -Isrc/core/deals -Isrc/core/overlap -Isrc/core/shards bench/ingest_bench.cpp "$NATIVE/libentente_core.a" \
  -o "$OUT/ingest_bench" && "$OUT/ingest_bench" "$CORPUS" --seconds "$MIN_SECONDS" --deals | tee "$OUT/ingest_native.log" >&2

rm -f "$OUT/ingest_wasm.log"
if [[ ! -f $WASM/libentente_core.a ]]; then
  say "no wasm build in $WASM (run 'make web'); skipping wasm figures"
elif ! command -v em++ >/dev/null; then
  say "em++ not found; skipping wasm figures"
else
  say "building and running the wasm ingest benchmark (node)"
  em++ -std=c++17 -O2 -Wall -Wextra -Werror -fwasm-exceptions -isystem "$WASM/sysinc" -Isrc/core -Isrc/core/text -Isrc/core/topics -Isrc/core/deals -Isrc/core/overlap -Isrc/core/shards bench/ingest_bench.cpp "$WASM/libentente_core.a" \
    -sNODERAWFS=1 -sALLOW_MEMORY_GROWTH=1 -sEXIT_RUNTIME=1 -sWASM_ASYNC_COMPILATION=0 -sENVIRONMENT=node \
    -o "$OUT/ingest_bench.js" &&
    node "$OUT/ingest_bench.js" "$CORPUS" --seconds "$MIN_SECONDS" | tee "$OUT/ingest_wasm.log" >&2
fi
ingest_row "$OUT/ingest_native.log" "$OUT/ingest_wasm.log"
TOKENS=$(result_field "$OUT/ingest_native.log" tokens)
deals_field() { sed -n "s/.*DEALS.* $1=\([^ ]*\).*/\1/p" "$OUT/ingest_native.log"; }
row "deal extraction + grouping, MB/s, fastest pass (target >= 20)" "$(deals_field mb_s)" "-"
row "deal extraction + grouping, MB/s, mean of the passes" "$(deals_field mean_mb_s)" "-"
row "deals JSON / corpus bytes (target <= 1.5)" "$(deals_field json_ratio)" "-"

# ---------------------------------------------------------------- entente analyze, end to end
# Prints "seconds peak_rss_mb" or "timeout"/"failed". Peak RSS needs GNU time (/usr/bin/time).
timed() {  # $1 = log file, rest = command
  local log=$1 start end rc
  shift
  start=$(now)
  if [[ -x /usr/bin/time ]]; then
    timeout "$TIMEOUT" /usr/bin/time -f "%M" -o "$log.rss" "$@" >"$log" 2>&1
  else
    timeout "$TIMEOUT" "$@" >"$log" 2>&1
  fi
  rc=$? end=$(now)
  if ((rc == 124)); then echo timeout; elif ((rc != 0)); then echo failed; else
    echo "$(calc "%.2f" "$end - $start") $(calc "%.0f" "$(cat "$log.rss" 2>/dev/null || echo 0) / 1024")"
  fi
}

mbs() { [[ $1 =~ ^[0-9.]+$ ]] && calc "%.2f" "$2 / 1e6 / ($1 + 1e-9)" || echo -; }
e2e_rows() {  # $1 = corpus folder, $2 = label
  local dir=$1 label=$2 tag=${2// /_} bytes ns nr ws=- wr=- same=-
  bytes=$(cat "$dir"/*.txt | wc -c)
  say "entente analyze, $label (native)"
  read -r ns nr <<<"$(timed "$OUT/analyze_$tag.native.log" "$NATIVE/entente" analyze --compact \
    --out "$OUT/analyze_$tag.native.json" "$dir")"
  if [[ -f $WASM/entente.js ]]; then
    say "entente analyze, $label (wasm, node)"
    read -r ws wr <<<"$(timed "$OUT/analyze_$tag.wasm.log" node "$WASM/entente.js" analyze --compact \
      --out "$OUT/analyze_$tag.wasm.json" "$dir")"
    if [[ $ns =~ ^[0-9] && $ws =~ ^[0-9] ]]; then
      cmp -s "$OUT/analyze_$tag.native.json" "$OUT/analyze_$tag.wasm.json" && same=yes || same=NO
    fi
  fi
  row "analyze $label, seconds" "$ns" "$ws"
  LAST_NATIVE_SECONDS=$ns
  row "analyze $label, MB/s" "$(mbs "$ns" "$bytes")" "$(mbs "$ws" "$bytes")"
  row "analyze $label, peak RSS MB" "${nr:--}" "${wr:--}"
  row "analyze $label, JSON MB" "$(json_mb "$OUT/analyze_$tag.native.json" "$ns")" \
    "$(json_mb "$OUT/analyze_$tag.wasm.json" "$ws")"
  row "analyze $label, identical JSON" "$same" "$same"
}
json_mb() { [[ $2 =~ ^[0-9] && -f $1 ]] && calc "%.1f" "$(wc -c <"$1") / 1e6" || echo -; }

[[ -f $WASM/entente.js ]] || say "no $WASM/entente.js (run 'make web'); skipping the wasm end-to-end runs"
rm -f "$OUT"/analyze_*
if ((E2E_SMALL < N)); then
  rm -rf "$SMALL"
  python3 bench/gen_corpus.py --n "$E2E_SMALL" --out "$SMALL" --reuse "$REUSE" --seed "$SEED" >&2 &&
    e2e_rows "$SMALL" "${E2E_SMALL} docs"
fi
e2e_rows "$CORPUS" "$N docs"

# ---------------------------------------------------------------- analyze against gzip -6 on the same bytes
# The issue's yardstick: `entente analyze` may take at most 8x the time gzip -6 needs (best of 3 runs).
cat "$CORPUS"/*.txt >"$OUT/corpus_$N.cat"
GZIP_BEST=
for _ in 1 2 3; do
  start=$(now)
  gzip -6 -c "$OUT/corpus_$N.cat" >/dev/null
  t=$(calc "%.3f" "$(now) - $start")
  [[ -z $GZIP_BEST ]] || awk "BEGIN { exit !($t < $GZIP_BEST) }" && GZIP_BEST=$t
done
rm -f "$OUT/corpus_$N.cat"
row "gzip -6 $N docs, seconds" "$GZIP_BEST" "-"
if [[ ${LAST_NATIVE_SECONDS:-} =~ ^[0-9] ]]; then
  row "analyze $N docs / gzip -6 (goal <= 8)" "$(calc "%.1f" "$LAST_NATIVE_SECONDS / $GZIP_BEST")" "-"
fi

# The issue's size yardstick: the JSON of the corpus at most 2x the corpus bytes.
JSON_OUT=$OUT/analyze_${N}_docs.native.json
if [[ -f $JSON_OUT ]]; then
  row "JSON / corpus bytes, $N docs (goal <= 2)" "$(calc "%.2f" "$(wc -c <"$JSON_OUT") / $CORPUS_BYTES")" "-"
fi

# ---------------------------------------------------------------- other engineers' bench scripts
mapfile -t SCRIPTS < <(ls bench/*_bench.sh bench/lda_*.sh bench/lda_*.py bench/overlap_*.sh bench/overlap_*.py \
  2>/dev/null | sort -u)
for script in "${SCRIPTS[@]}"; do
  name=$(basename "$script")
  log=$OUT/${name%.*}.log
  say "running $script"
  case $script in *.py) runner=python3 ;; *) runner=bash ;; esac
  BENCH_CORPUS=$CORPUS BENCH_OUT=$OUT ENTENTE_NATIVE=$NATIVE/entente ENTENTE_WASM=$WASM/entente.js \
    timeout "$TIMEOUT" "$runner" "$script" >"$log" 2>&1
  rc=$?
  sed 's/^/  | /' "$log" >&2
  while IFS='|' read -r label nat was; do
    row "$(echo "${label#BENCH }" | xargs)" "$(echo "$nat" | xargs)" "$(echo "${was:--}" | xargs)"
  done < <(grep '^BENCH ' "$log")
  ((rc == 0)) || row "$name" "$([[ $rc == 124 ]] && echo timeout || echo "failed ($rc)")" "see $log"
done

# ---------------------------------------------------------------- table
echo
echo "Entente benchmarks: $N documents, $(calc "%.2f" "$CORPUS_BYTES / 1e6") MB, ${TOKENS:-?} tokens" \
  "($CORPUS, seed $SEED, reuse $REUSE)"
printf '%-40s %14s %14s\n' "measure" "native" "wasm (node)"
printf '%-40s %14s %14s\n' "-------" "------" "-----------"
for r in "${ROWS[@]}"; do
  IFS='|' read -r label nat was <<<"$r"
  printf '%-40s %14s %14s\n' "$label" "$nat" "$was"
done
