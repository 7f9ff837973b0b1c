#!/usr/bin/env bash
# The core compiled to wasm (the CLI under node) must print byte-identical JSON to the native CLI,
# on the seeds, the bundled samples and a set of awkward inputs (bad encodings, HTML, binary, empty, UTF-16
# without BOM, a stray byte, a NUL, absurd numbers).
set -euo pipefail
native=$1 wasm=$2 seeds=$3
out=build/test-wasm
rm -rf "$out" && mkdir -p "$out/edge"
printf 'caf\xe9 \x93deal\x94 of \x80 5 million.\n' > "$out/edge/cp1252.txt"
printf '\xff\xfeP\x00a\x00k\x00 \x00g\x00a\x00s\x00.\x00' > "$out/edge/utf16.txt"
printf '<html><head><style>p{}</style></head><body><h1>Deal</h1><p>Russia &amp; Pakistan signed a $2&nbsp;billion pact.</p></body></html>' > "$out/edge/page.html"
printf 'PK\x03\x04\x00\x00binary' > "$out/edge/binary.txt"
: > "$out/edge/empty.txt"
printf 'J\x00a\x00p\x00a\x00n\x00 \x00$\x005\x00m\x00.\x00' > "$out/edge/utf16-no-bom.txt"
printf '\xe2\x82\xac5 billion loan to India \xff and 1.300.000 million dollars; $1e308. 5' > "$out/edge/stray-byte.txt"
printf 'India and Japan\x00 signed a $5 billion deal with Russia and with China in 2023 for 10 jets.' > "$out/edge/nul.txt"
printf '=cmd|x deal, deal ' > "$out/edge/=formula.txt"

fail=0
check() {
  local name=$1; shift
  "$native" analyze "$@" > "$out/$name.native.json" 2>/dev/null || true
  node "$wasm" analyze "$@" > "$out/$name.wasm.json" 2>/dev/null || true
  if [ ! -s "$out/$name.native.json" ]; then
    echo "FAIL wasm-vs-native $name: native CLI printed nothing"; fail=1
  elif cmp -s "$out/$name.native.json" "$out/$name.wasm.json"; then
    echo "ok   wasm-vs-native $name ($(wc -c < "$out/$name.native.json") bytes identical)"
  else
    echo "FAIL wasm-vs-native $name: outputs differ (diff $out/$name.native.json $out/$name.wasm.json)"; fail=1
  fi
}
check seeds "$seeds"
check samples assets/samples
check edge "$out/edge" "$out/edge/binary.txt" "$out/edge/missing.txt"
exit $fail
