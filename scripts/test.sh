#!/usr/bin/env bash
# `make test`: every check CI runs, in order, with one tally at the end.
# Gate steps (fmt, clippy, release build) count as one check each; test runners add their
# own counts. A failing step does not stop the others, except that the browser tests need
# the release build.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
# Native steps build for the host without build-std; the wasm steps set it themselves.
unset CARGO_UNSTABLE_BUILD_STD
WASM=(env CARGO_UNSTABLE_BUILD_STD=panic_abort,std)
LOG=$(mktemp -d)
passed=0 failed=0

step() { printf '\n\033[1m==> %s\033[0m\n' "$1"; }
gate() { # gate NAME CMD...: one check
  local name=$1; shift
  step "$name"
  if "$@"; then passed=$((passed + 1)); return 0; fi
  failed=$((failed + 1)); echo "FAILED: $name"; return 1
}
cargo_tests() { # cargo_tests NAME CMD...: add cargo's per-binary counts
  local name=$1; shift
  step "$name"
  "$@" 2>&1 | tee "$LOG/out"
  local rc=${PIPESTATUS[0]}
  local p f
  p=$(grep -oE 'test result: [A-Za-z]+\. [0-9]+ passed' "$LOG/out" | grep -oE '[0-9]+ passed' | awk '{s+=$1} END {print s+0}')
  f=$(grep -oE '[0-9]+ failed' "$LOG/out" | awk '{s+=$1} END {print s+0}')
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; echo "FAILED: $name (exit $rc)"; fi
  passed=$((passed + p)); failed=$((failed + f))
}

gate "cargo fmt --check" cargo fmt --all -- --check
gate "clippy (wasm32, warnings denied)" "${WASM[@]}" cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings
cargo_tests "native tests of the pure model" cargo test --no-fail-fast
# One Redis and one worker per test, so one test at a time on a small machine.
cargo_tests "real Celery and Redis: the generated tasks.py against the model" \
  cargo test --no-fail-fast --test celery_real -- --ignored --test-threads=1
cargo_tests "wasm-bindgen tests in headless Chromium" "${WASM[@]}" cargo test --target wasm32-unknown-unknown --no-fail-fast --test web_page --test web_worker
rm -rf dist
gate "release build (trunk)" "${WASM[@]}" trunk build --release --offline
step "browser end-to-end tests (playwright-core + /usr/bin/chromium)"
if [ -f dist/index.html ]; then
  node --test --test-concurrency=1 tests/e2e/ 2>&1 | tee "$LOG/e2e"
  rc=${PIPESTATUS[0]}
  p=$(grep -oE '^# pass [0-9]+' "$LOG/e2e" | grep -oE '[0-9]+$' || echo 0)
  f=$(grep -oE '^# fail [0-9]+' "$LOG/e2e" | grep -oE '[0-9]+$' || echo 0)
  if [ "$rc" -ne 0 ] && [ "${f:-0}" -eq 0 ]; then f=1; fi
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
else
  echo "FAILED: no release build to test"; failed=$((failed + 1))
fi
echo
echo "summary: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
