# The README's words: `make serve`, `make test`, `make dist`, `make bench`.
# Each target installs what it needs first (scripts/setup.sh is idempotent).
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
# build-std only for wasm recipes: `-Z build-std` needs an explicit --target, and the pure
# model must stay testable with plain `cargo test` (see .cargo/config.toml).
WASM := CARGO_UNSTABLE_BUILD_STD=panic_abort,std

.PHONY: setup setup-test serve dist test bench soak clean

setup:
	@scripts/setup.sh build

setup-test:
	@scripts/setup.sh test

## Build and serve on http://127.0.0.1:8080 with cross-origin isolation, rebuilding on change.
serve: setup
	$(WASM) trunk serve --offline

## The release site in dist/: serve it with `node scripts/serve.mjs dist`.
dist: setup
	$(WASM) trunk build --release --offline

## Everything CI checks; ends with "N passed, N failed".
test: setup-test
	@scripts/test.sh

## Every demo run 30 times in one page with random parameters: no errors, memory bounded.
## Its own target (about 10 minutes): the browser's memory measure waits for a GC each time.
soak: setup-test dist
	node --test --test-concurrency=1 tests/e2e/soak-all.mjs

## Figures, not verdicts: sizes, pool start, parallel smoke job.
bench: setup-test dist
	node bench/run.mjs

clean:
	cargo clean
	rm -rf dist
