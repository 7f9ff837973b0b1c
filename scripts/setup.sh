#!/usr/bin/env bash
# Idempotent setup for a fresh Debian bookworm machine (run as root, or with sudo available).
# Installs the Debian packages, fetches Dear ImGui's sources into third_party/ (ignored) and the npm packages.
# `setup.sh --bench` (make bench) also installs the peers the benchmarks compare with: gensim and sim_text.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

PKGS=(build-essential cmake make python3 emscripten nlohmann-json3-dev catch2 libxxhash-dev libutfcpp-dev
      chromium dpkg-dev clang-format fonts-dejavu-core fonttools clang libclang-rt-14-dev python3-distributed
      python3-numpy)
[ "${1:-}" = --bench ] && PKGS+=(python3-gensim similarity-tester)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)

# Debian's source package of Dear ImGui needs a deb-src entry, derived from the machine's own apt sources.
ensure_deb_src() {
  if grep -rqsE '^(deb-src|Types:.*deb-src)' /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null; then
    return
  fi
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    sed -E 's/^Types:.*/Types: deb-src/' /etc/apt/sources.list.d/debian.sources |
      $SUDO tee /etc/apt/sources.list.d/entente-src.sources >/dev/null
  elif [ -f /etc/apt/sources.list ]; then
    grep -E '^deb ' /etc/apt/sources.list | sed -E 's/^deb /deb-src /' |
      $SUDO tee /etc/apt/sources.list.d/entente-src.list >/dev/null
  fi
  missing+=(update-only)
}
[ -d third_party/imgui ] || ensure_deb_src

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  real=()
  for p in "${missing[@]}"; do [ "$p" = update-only ] || real+=("$p"); done
  [ ${#real[@]} -eq 0 ] || $SUDO apt-get install -y -qq --no-install-recommends "${real[@]}"
fi

if [ ! -f third_party/imgui/imgui.cpp ]; then
  echo "setup: fetching Dear ImGui sources (Debian source package imgui)"
  rm -rf third_party/imgui-src && mkdir -p third_party/imgui-src
  (cd third_party/imgui-src && apt-get source -qq --download-only imgui >/dev/null &&
     dpkg-source -x --no-check ./*.dsc src >/dev/null)
  rm -rf third_party/imgui && mv third_party/imgui-src/src third_party/imgui && rm -rf third_party/imgui-src
fi

if [ ! -d node_modules/playwright-core ]; then
  echo "setup: installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
fi
echo "setup: ok"
