#!/usr/bin/env bash
# Assembles the static site: the page (shell.html -> index.html), the embed pages (web/*.html), web/*.js|css,
# the blog loader (entente-embed.js at the root), the wasm modules (the page's and the analysis worker's), the
# UI font, and the
# sample corpus (assets/samples/*.txt -> samples/ with samples/index.json listing them in name order).
# Usage: assemble_web.sh BUILD_DIR OUT_DIR
set -euo pipefail
build=${1:?usage: assemble_web.sh BUILD_DIR OUT_DIR}
out=${2:?usage: assemble_web.sh BUILD_DIR OUT_DIR}
root="$(cd "$(dirname "$0")/.." && pwd)"

for f in entente_web.js entente_web.wasm entente_worker.js entente_worker.wasm; do
  [ -f "$build/$f" ] || { echo "assemble_web: $build/$f is missing (build the page first)" >&2; exit 1; }
done

rm -rf "$out"
mkdir -p "$out/web" "$out/samples"
cp "$root/shell.html" "$out/index.html"
cp "$root"/web/*.html "$out/"                      # embed.html, blog-example.html
cp "$root"/web/*.js "$root"/web/*.css "$out/web/"
cp "$root/web/entente-embed.js" "$out/"            # the blog loader, at the site's root
cp "$build/entente_web.js" "$build/entente_web.wasm" "$build/entente_worker.js" "$build/entente_worker.wasm" "$out/"

# The UI font: DejaVu Sans (Debian's fonts-dejavu-core) cut down to Latin, Cyrillic, Arabic, punctuation
# and currency signs (the ranges src/app/theme.cpp asks for), without hinting. Needs Debian's fonttools;
# without it the page falls back to ImGui's built-in font.
font=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
mkdir -p "$out/fonts"
if [ -f "$font" ] && command -v pyftsubset >/dev/null 2>&1; then
  pyftsubset "$font" --output-file="$out/fonts/entente-sans.ttf" --no-hinting --layout-features='' \
    --drop-tables+=GSUB,GPOS,GDEF,kern,FFTM \
    --unicodes="U+0020-024F,U+0400-04FF,U+0600-06FF,U+FE70-FEFF,U+2000-206F,U+20A0-20CF,U+2190-2193,U+2212"
else
  echo "assemble_web: pyftsubset or DejaVu Sans missing: using ImGui's built-in font (Latin only)" >&2
fi

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
