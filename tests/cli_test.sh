#!/usr/bin/env bash
# The analyze command's behaviour at its edges: usage and exit codes, folder order, per-file errors.
set -uo pipefail
cli=$1 seeds=$2
out=build/test-cli
rm -rf "$out" && mkdir -p "$out/folder"
fail=0
expect() {  # expect NAME WANTED_EXIT COMMAND...
  local name=$1 want=$2; shift 2
  "$@" > "$out/stdout" 2> "$out/stderr"
  local got=$?
  if [ "$got" = "$want" ]; then echo "ok   cli $name"; else echo "FAIL cli $name: exit $got, wanted $want"; fail=1; fi
}
expect "no arguments prints usage, exit 2" 2 "$cli"
grep -q "usage: entente analyze" "$out/stderr" || { echo "FAIL cli usage text missing"; fail=1; }
expect "unknown option, exit 2" 2 "$cli" analyze --bogus "$seeds"
expect "bad number, exit 2" 2 "$cli" analyze --lda-k zero "$seeds"
expect "no inputs, exit 2" 2 "$cli" analyze
expect "missing file is a document error, exit 0" 0 "$cli" analyze "$out/missing.txt"
python3 - "$out/stdout" <<'PY' || { echo "FAIL cli missing-file JSON"; fail=1; }
import json, sys
d = json.load(open(sys.argv[1]))["documents"]
assert len(d) == 1 and d[0]["name"] == "missing.txt" and d[0]["error"] == "no such file", d
PY
printf 'second file.\n' > "$out/folder/b.txt"; printf 'first file.\n' > "$out/folder/a.md"
printf 'ignored' > "$out/folder/c.pdf"
expect "folder expands in name order" 0 "$cli" analyze --out "$out/folder.json" "$out/folder"
python3 -c "import json,sys; n=[d['name'] for d in json.load(open(sys.argv[1]))['documents']]; assert n==['a.md','b.txt'], n" \
  "$out/folder.json" || { echo "FAIL cli folder order"; fail=1; }
"$cli" analyze "$seeds" > "$out/run1.json" 2>/dev/null; "$cli" analyze "$seeds" > "$out/run2.json" 2>/dev/null
cmp -s "$out/run1.json" "$out/run2.json" && echo "ok   cli deterministic output" || { echo "FAIL cli output differs between runs"; fail=1; }
exit $fail
