#!/usr/bin/env bash
# `make bench-cluster`: generated documents through cluster/driver.py on a LocalCluster of 2 worker processes,
# beside one `entente analyze` run when the corpus fits its limits (200 MB and 10,000 files). Prints wall time
# per stage, peak memory per worker, bytes shuffled between workers, and whether the two JSON outputs are
# byte-identical. Timings never fail the build. Knobs: BENCH_CLUSTER_DOCS (100000), BENCH_CLUSTER_WORKERS (2),
# BENCH_CLUSTER_SHARD (1000 documents per map task), BENCH_CLUSTER_LDA_ITERATIONS (20, for both runs: 500
# sweeps over 100,000 documents would dominate both), BENCH_SEED (7), BENCH_REUSE (0.1), BENCH_CLUSTER_RESUME
# (1: keep the previous run folder, so the driver reuses what it finished, e.g. the map partials).
set -uo pipefail
cd "$(dirname "$0")/.."
N=${BENCH_CLUSTER_DOCS:-100000}
WORKERS=${BENCH_CLUSTER_WORKERS:-2}
SHARD=${BENCH_CLUSTER_SHARD:-1000}
ITER=${BENCH_CLUSTER_LDA_ITERATIONS:-20}
OUT=build/bench/cluster_$N
CORPUS=build/bench/corpus_$N
CLI=build/native/entente
say() { echo "bench-cluster: $*" >&2; }

[ -x $CLI ] || { say "no native build (run 'make cli' first)"; exit 1; }
if [ ! -f "$CORPUS/.complete" ]; then
  say "generating $N documents"
  rm -rf "$CORPUS"
  python3 bench/gen_corpus.py --n "$N" --out "$CORPUS" --reuse "${BENCH_REUSE:-0.1}" --seed "${BENCH_SEED:-7}" >&2 &&
    touch "$CORPUS/.complete" || exit 1
fi
bytes=$(du -sb --exclude=reuse.tsv "$CORPUS" | cut -f1)
if [ "${BENCH_CLUSTER_RESUME:-0}" = 1 ]; then rm -f "$OUT/run/result.json"; else rm -rf "$OUT"; fi
mkdir -p "$OUT"
say "driver: $N documents ($((bytes >> 20)) MB), $WORKERS workers, shards of $SHARD"
/usr/bin/python3 cluster/driver.py --local "$WORKERS" --quiet --shard-size "$SHARD" --lda-iterations "$ITER" \
  --stats "$OUT/stats.json" --out "$OUT/run" "$CORPUS" 2> "$OUT/driver.log" || { tail "$OUT/driver.log"; exit 1; }

files=$(find "$CORPUS" -maxdepth 1 -name '*.txt' | wc -l)
analyze="does not fit (over analyze's limits of 200 MB and 10,000 files: $((bytes >> 20)) MB, $files files)"
if [ "$bytes" -le $((200 << 20)) ] && [ "$files" -le 10000 ]; then
  say "entente analyze on the same files"
  /usr/bin/time -f "%e %M" -o "$OUT/analyze.time" $CLI analyze --lda-iterations "$ITER" --out "$OUT/analyze.json" \
    "$CORPUS" 2>/dev/null
  read -r secs kb < "$OUT/analyze.time"
  same=$(cmp -s "$OUT/analyze.json" "$OUT/run/result.json" && echo "byte-identical" || echo "DIFFERENT")
  analyze="${secs} s, peak $((kb >> 10)) MB, result $same"
fi
/usr/bin/python3 - "$OUT/stats.json" "$N" "$analyze" "$(du -sb "$OUT/run/result.json" | cut -f1)" <<'PY'
import json, sys
s, n, analyze, result_bytes = json.load(open(sys.argv[1])), sys.argv[2], sys.argv[3], int(sys.argv[4])
print(f"BENCH cluster | {n} documents, {s['shards']} shards, {s['candidate_pairs']} candidate pairs")
print(f"  driver wall  {s['wall_s']} s  (map {s['map_s']}, features {s['features_s']}, shuffle {s['shuffle_s']}, "
      f"align {s['align_s']}, reduce {s['reduce_s']})")
print(f"  shuffled     {s['shuffle_bytes'] / 2**20:.1f} MB between workers")
d = s.get("shuffle_detail", {})
print(f"  shuffle      {d.get('pair_keys')} pair keys, {d.get('distinct_pairs')} distinct pairs tested; frequent "
      f"features and set sizes {d.get('frequent_and_sizes_sec')} s, postings to candidates {d.get('pairs_sec')} s")
for w, kb in sorted(s["worker_process_peak_kb"].items()):
    tasks = {stage: peaks.get(w, 0) >> 10 for stage, peaks in s["entente_peak_kb"].items()}
    print(f"  worker {w}: process peak {kb >> 10} MB; largest entente task per stage (MB) {tasks}")
print(f"  result       {result_bytes / 2**20:.1f} MB of JSON")
print(f"  analyze      {analyze}")
PY
