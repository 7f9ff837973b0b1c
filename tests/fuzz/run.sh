#!/usr/bin/env bash
# Runs each libFuzzer harness in BUILD_DIR for SECONDS from the seed corpora and prints executions per
# second and coverage. Any crash, leak, sanitizer report or input slower than 20 s fails the run; the
# input is kept in BUILD_DIR/artifacts/ (make it a unit test, see tests/fuzz/README.md).
# Usage: tests/fuzz/run.sh BUILD_DIR SECONDS [HARNESS...]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=$1
seconds=$2
shift 2
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(fuzz_ingest fuzz_deals fuzz_lexicon fuzz_json fuzz_analysis)
mkdir -p "$build/artifacts"

# Seeds: sentences written for the fuzzers (tests/fuzz/seeds/) plus the project's own sample texts and
# asset files, copied into the harness's working corpus.
seed() {
  local name=$1 dir=$2
  mkdir -p "$dir"
  case $name in
    fuzz_lexicon) cp tests/fuzz/seeds/lexicon/* assets/lexicon.json "$dir/" ;;
    fuzz_json) cp tests/fuzz/seeds/json/* tests/fuzz/seeds/lexicon/* assets/lexicon.json assets/units.json "$dir/" ;;
    *) cp tests/fuzz/seeds/text/* assets/samples/*.txt "$dir/" ;;
  esac
}

status=0
for name in "${names[@]}"; do
  bin="$build/$name"
  [ -x "$bin" ] || { echo "fuzz: $bin not built (make fuzz-build)"; exit 1; }
  corpus="$build/corpus/$name"
  seed "$name" "$corpus"
  # Input size: documents up to 16 KB for decoding; 4 KB (a few paragraphs) for the heavier mention and
  # deal scan, so it runs hundreds of times a second; whole lexicons for the JSON readers.
  dict=tests/fuzz/entente.dict max_len=16384
  case $name in
    fuzz_deals) max_len=4096 ;;
    fuzz_analysis) max_len=8192 ;;
    fuzz_lexicon | fuzz_json) dict=tests/fuzz/json.dict max_len=32768 ;;
  esac
  log="$build/$name.log"
  if ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 "$bin" "$corpus" -dict="$dict" \
      -max_len="$max_len" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2560 -print_final_stats=1 \
      -artifact_prefix="$build/artifacts/$name-" >"$log" 2>&1; then
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log")
    cov=$(grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+' "$log" | tail -1)
    echo "ok   $name: ${seconds} s, $runs runs ($rate/s), $cov, peak ${rss} MB"
  else
    status=1
    echo "FAIL $name: see $log"
    grep -E 'ERROR|SUMMARY|Test unit written|artifact' "$log" | head -8 | sed 's/^/     /'
  fi
done
exit $status
