#!/usr/bin/env bash
# Assembles the static site: the page (shell.html -> index.html), web/*.js|css, the wasm module, and the
# sample corpus (assets/samples/*.txt -> samples/ with samples/index.json listing them in name order).
# Usage: assemble_web.sh BUILD_DIR OUT_DIR
set -euo pipefail
build=${1:?usage: assemble_web.sh BUILD_DIR OUT_DIR}
out=${2:?usage: assemble_web.sh BUILD_DIR OUT_DIR}
root="$(cd "$(dirname "$0")/.." && pwd)"

for f in entente_web.js entente_web.wasm; do
  [ -f "$build/$f" ] || { echo "assemble_web: $build/$f is missing (build the page first)" >&2; exit 1; }
done

rm -rf "$out"
mkdir -p "$out/web" "$out/samples"
cp "$root/shell.html" "$out/index.html"
for f in "$root"/*.html; do
  [ "$(basename "$f")" = shell.html ] || cp "$f" "$out/"
done
cp "$root"/web/*.js "$root"/web/*.css "$out/web/"
cp "$build/entente_web.js" "$build/entente_web.wasm" "$out/"

shopt -s nullglob
samples=("$root"/assets/samples/*.txt)
for f in "${samples[@]}"; do cp "$f" "$out/samples/"; done
python3 - "$out/samples/index.json" "${samples[@]}" <<'PY'
import json, os, sys
names = sorted(os.path.basename(p) for p in sys.argv[2:])
with open(sys.argv[1], "w") as f:
    json.dump({"files": names}, f, indent=1)
    f.write("\n")
PY
echo "assemble_web: $out ($(ls "$out/samples" | grep -c '\.txt$') samples)"
