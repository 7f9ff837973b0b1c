# One command per task, the same on a laptop and in CI. `make serve` and `make test` set everything up first.
SHELL := /bin/bash
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
export NODE_PATH := /usr/share/nodejs
NATIVE := build/native
ASAN := build/asan
WASM := build/wasm
FUZZ := build/fuzz
# `make fuzz` runs each libFuzzer harness this long (seconds); `make test` runs each FUZZ_TEST_SECONDS.
FUZZ_SECONDS ?= 600
FUZZ_TEST_SECONDS ?= 30
SEEDS ?= ../shared/seeds
PORT ?= 8080

.PHONY: all setup cli web test test-cli test-cluster unit asan test-wasm test-browser test-score test-bad-inputs \
        fuzz-build fuzz test-fuzz bench bench-setup bench-cluster size serve format check-format clean

all: cli web

setup:
	@bash scripts/setup.sh

bench-setup:
	@bash scripts/setup.sh --bench

cli:
	@cmake -S . -B $(NATIVE) -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build $(NATIVE) -j $(JOBS)

$(ASAN)/entente_tests: FORCE
	@cmake -S . -B $(ASAN) -DCMAKE_BUILD_TYPE=Debug -DENTENTE_SANITIZE=ON >/dev/null
	@cmake --build $(ASAN) -j $(JOBS) --target entente_tests

# The core and the ImGui page under Emscripten; the page is assembled into build/web/.
web:
	@emcmake cmake -S . -B $(WASM) -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build $(WASM) -j $(JOBS)
	@bash scripts/assemble_web.sh $(WASM) build/web

unit: cli
	@$(NATIVE)/entente_tests

asan: $(ASAN)/entente_tests
	@ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 $(ASAN)/entente_tests

test-wasm: cli web
	@bash tests/wasm_cli_test.sh $(NATIVE)/entente $(WASM)/entente.js $(SEEDS)

test-score: cli
	@bash tests/score_test.sh $(NATIVE)/entente $(SEEDS)

test-cli: cli
	@bash tests/cli_test.sh $(NATIVE)/entente $(SEEDS)

test-bad-inputs: cli
	@bash tests/bad_inputs_test.sh $(NATIVE)/entente $(SEEDS)

# Big-corpus mode: the Dask driver (cluster/) on a LocalCluster of 2 workers vs entente analyze.
test-cluster: cli
	@bash tests/cluster_test.sh $(NATIVE)/entente $(SEEDS)

test-browser: cli web
	@node tests/browser/run.mjs build/web $(SEEDS)

# libFuzzer harnesses (tests/fuzz/) under clang with ASan + UBSan.
fuzz-build:
	@CC=clang CXX=clang++ cmake -S . -B $(FUZZ) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DENTENTE_FUZZ=ON >/dev/null
	@cmake --build $(FUZZ) -j $(JOBS)

fuzz: setup fuzz-build
	@bash tests/fuzz/run.sh $(FUZZ) $(FUZZ_SECONDS)

test-fuzz: fuzz-build
	@bash tests/fuzz/run.sh $(FUZZ) $(FUZZ_TEST_SECONDS)

test: setup
	@$(MAKE) --no-print-directory check-format unit asan test-cli test-bad-inputs test-cluster test-wasm test-score \
	  test-fuzz test-browser
	@echo "make test: all passed"

bench: bench-setup cli web
	@bash bench/run.sh

# Big-corpus mode at scale (BENCH_CLUSTER_DOCS, default 100,000): see bench/cluster_bench.sh.
bench-cluster: setup cli
	@bash bench/cluster_bench.sh

size: setup web
	@bash scripts/size.sh build/web

serve: setup web
	@echo "Entente: http://127.0.0.1:$(PORT)/  (Ctrl+C to stop)"
	@python3 -m http.server $(PORT) --bind 127.0.0.1 --directory build/web

format:
	@git ls-files 'src/*.cpp' 'src/*.h' 'tests/*.cpp' 'tests/*.h' 'bench/*.cpp' | xargs clang-format -i

check-format:
	@bad=$$(git ls-files 'src/*.cpp' 'src/*.h' 'tests/*.cpp' 'tests/*.h' 'bench/*.cpp' | \
	  while read -r f; do [ -f "$$f" ] && { clang-format --dry-run -Werror "$$f" >/dev/null 2>&1 || echo "$$f"; }; done); \
	  if [ -n "$$bad" ]; then echo "not clang-formatted (run make format): $$bad"; exit 1; fi

clean:
	rm -rf build

FORCE:
