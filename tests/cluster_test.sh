#!/usr/bin/env bash
# Big-corpus mode end to end: the Dask driver on a LocalCluster of 2 worker processes (127.0.0.1) over the
# seeds and the samples in 4 shards gives the bytes `entente analyze` gives; a resumed run reuses its
# partials; damaged or missing partials stop `entente reduce` with a clear message.
set -uo pipefail
cli=$(realpath "$1") seeds=$2
py=/usr/bin/python3  # Debian's python3-distributed (scripts/setup.sh)
out=build/test-cluster
rm -rf "$out" && mkdir -p "$out"
passed=0 failed=0
ok() { echo "ok   cluster $1"; passed=$((passed + 1)); }
fail() { echo "FAIL cluster $1"; failed=$((failed + 1)); }
check() { if eval "$2"; then ok "$1"; else fail "$1"; fi; }  # check NAME SHELL-CONDITION

if "$py" tests/join_test.py > "$out/join_test.log" 2>&1; then ok "join.py pair keys and candidate rule (tests/join_test.py)"
else fail "join.py pair rules: $(tail -n 3 "$out/join_test.log")"; fi

"$cli" analyze --out "$out/analyze.json" "$seeds" assets/samples 2>/dev/null
run_driver() {  # run_driver FOLDER: 10 documents, shards of 3 (3 + 3 + 3 + 1)
  "$py" cluster/driver.py --local 2 --quiet --entente "$cli" --shard-size 3 --pairs-per-task 8 \
    --out "$1" "$seeds" assets/samples 2> "$out/driver.log"
}
run_driver "$out/run"
check "driver result is byte-identical to entente analyze" "cmp -s '$out/run/result.json' '$out/analyze.json'"
check "4 map partials and several align tasks" \
  "[ \$(ls '$out'/run/map/*.part | wc -l) = 4 ] && [ \$(ls '$out'/run/align/*.part | wc -l) -ge 2 ]"
python3 - "$out/run/result.json" <<'PY' && ok "overlap, deals and topics are not empty" || fail "result sections empty"
import json, sys
r = json.load(open(sys.argv[1]))
assert len(r["documents"]) == 10 and len(r["overlap"]["pairs"]) > 0 and len(r["deals"]) > 0, r.keys()
assert any(p["a"] < 6 <= p["b"] or p["a"] < 3 <= p["b"] for p in r["overlap"]["pairs"]), "no cross-shard pair"
assert r["topics"]["discovered"]["k"] > 0
PY

# Resume: a lost map partial and result are made again; the others are kept (same bytes, older times).
stamp=$(stat -c %Y "$out/run/map/00000.part")
rm "$out/run/map/00002.part" "$out/run/result.json"
sleep 1
run_driver "$out/run"
check "resumed run remakes only what is missing, same result" \
  "[ -f '$out/run/map/00002.part' ] && [ \$(stat -c %Y '$out/run/map/00000.part') = $stamp ] && \
   cmp -s '$out/run/result.json' '$out/analyze.json'"
"$py" cluster/driver.py --local 1 --quiet --entente "$cli" --shard-size 5 --out "$out/run" "$seeds" \
  > /dev/null 2> "$out/other.log"
check "an output folder of another run is refused" "[ $? != 0 ] && grep -q 'holds another run' '$out/other.log'"

# reduce streams its JSON section by section: compact output too is analyze's.
"$cli" analyze --compact --out "$out/analyze_compact.json" "$seeds" assets/samples 2>/dev/null
"$cli" reduce --compact --out "$out/reduce_compact.json" "$out"/run/map/*.part "$out"/run/align/*.part 2>/dev/null
check "reduce --compact is byte-identical to analyze --compact" \
  "cmp -s '$out/reduce_compact.json' '$out/analyze_compact.json'"

# reduce on damaged partials.
parts=("$out"/run/map/*.part)
expect_error() {  # expect_error NAME PATTERN PARTIAL...
  local name=$1 pattern=$2; shift 2
  "$cli" reduce --out "$out/bad.json" "$@" > /dev/null 2> "$out/reduce.err"
  local code=$?
  if [ $code = 1 ] && grep -q "$pattern" "$out/reduce.err"; then ok "$name"
  else fail "$name (exit $code: $(cat "$out/reduce.err"))"; fi
}
head -c 1000 "${parts[1]}" > "$out/truncated.part"
expect_error "truncated partial: clear error naming the file" "truncated.part: truncated: " \
  "${parts[0]}" "$out/truncated.part" "${parts[2]}" "${parts[3]}"
cp "${parts[1]}" "$out/corrupt.part"
printf 'X' | dd of="$out/corrupt.part" bs=1 seek=500 conv=notrunc status=none
expect_error "corrupt partial: checksum error" "corrupt: checksum mismatch" "${parts[0]}" "$out/corrupt.part"
expect_error "missing shard: the documents are named" "documents 3 to 5 are in no partial" \
  "${parts[0]}" "${parts[2]}" "${parts[3]}"
expect_error "a text file is not a partial" "not an entente partial" "$out/analyze.json"

echo "cluster: $passed passed, $failed failed"
[ "$failed" = 0 ]
