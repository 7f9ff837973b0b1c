#!/usr/bin/env bash
# First-load payload of the page: gzip -9 sizes of what index.html loads (html, css, js, wasm, font).
# Fails above the budget. Usage: size.sh WEB_DIR [BUDGET_KB]
set -euo pipefail
web=${1:?usage: size.sh WEB_DIR [BUDGET_KB]}
budget_kb=${2:-450}
cd "$web"
files=(index.html entente_web.js entente_web.wasm entente_worker.js entente_worker.wasm)
for f in $(grep -oE '(src|href)="web/[^"]+"' index.html | sed -E 's/^(src|href)="//; s/"$//'); do files+=("$f"); done
[ -f fonts/entente-sans.ttf ] && files+=(fonts/entente-sans.ttf)
total=0
printf '%-28s %10s %10s\n' file bytes gzip
for f in "${files[@]}"; do
  raw=$(wc -c <"$f")
  gz=$(gzip -9c "$f" | wc -c)
  total=$((total + gz))
  printf '%-28s %10d %10d\n' "$f" "$raw" "$gz"
done
printf '%-28s %10s %10d  (%d KB, budget %d KB)\n' total "" "$total" $(((total + 1023) / 1024)) "$budget_kb"
if [ "$total" -gt $((budget_kb * 1024)) ]; then
  echo "size: over budget" >&2
  exit 1
fi
