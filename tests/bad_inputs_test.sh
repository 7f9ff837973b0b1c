#!/usr/bin/env bash
# The bad-input matrix (issue 13): files users really drop (binaries renamed .txt, odd encodings, huge
# lines, deep HTML, thousands of files, odd names, links and FIFOs, absurd numbers), generated in a
# temporary folder at test time. Each gets a clear per-file message or a correct result, the other files
# of the run are analyzed, nothing crashes or hangs, and time stays within 10x a same-size normal text.
# Prints one line per input: outcome, time and peak memory.
# Usage: tests/bad_inputs_test.sh CLI SEEDS
set -uo pipefail
cli=$(realpath "$1") seeds=$(realpath "$2")
work=$(mktemp -d /tmp/entente-bad-inputs.XXXXXX)
trap 'chmod -R u+rwx "$work" 2>/dev/null; rm -rf "$work"' EXIT
python3 "$(dirname "$0")/bad_inputs.py" "$cli" "$seeds" "$work"
