#!/usr/bin/env bash
# Installs what the project needs, idempotently: a second run only checks versions.
#   scripts/setup.sh build   toolchain, wasm-bindgen-cli, trunk, npm tools (wasm-opt)
#   scripts/setup.sh test    the above, plus Debian's chromium and chromium-driver, Debian's
#                            redis-server and a pinned Celery in .venv-celery (tests/celery_real.rs)
# Nothing is downloaded from GitHub: Rust tools come from crates.io, wasm-opt from npm,
# the browser from Debian. Versions are pinned to what docs/ARCHITECTURE.md explains.
set -euo pipefail
cd "$(dirname "$0")/.."

TOOLCHAIN=nightly-2026-05-20
TRUNK_VERSION=0.22.1
BINDGEN_VERSION=0.2.130
# The versions whose source the Celery model was checked against (src/model/celery/).
CELERY_PINS=("celery[redis]==5.7.0" "kombu==5.7.0" "billiard==4.3.2")
CELERY_VERSION=5.7.0
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

ensure_toolchain() {
  if rustup run "$TOOLCHAIN" rustc --version >/dev/null 2>&1 \
     && rustup component list --toolchain "$TOOLCHAIN" --installed 2>/dev/null | grep -q '^rust-src'; then
    return
  fi
  say "Installing Rust $TOOLCHAIN with rust-src, rustfmt, clippy (about 20 s)"
  rustup toolchain install "$TOOLCHAIN" --profile minimal -c rust-src,rustfmt,clippy
}

ensure_bindgen() {
  if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $BINDGEN_VERSION" ]; then return; fi
  say "Installing wasm-bindgen-cli $BINDGEN_VERSION from crates.io (about 3 minutes)"
  # NOTE: no --locked: its lock file names a webpki-roots version the registry does not serve.
  cargo "+$TOOLCHAIN" install wasm-bindgen-cli --version "$BINDGEN_VERSION"
}

ensure_trunk() {
  if [ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ]; then return; fi
  say "Installing trunk $TRUNK_VERSION from crates.io (about 11 minutes on 2 cores)"
  cargo "+$TOOLCHAIN" install trunk --version "$TRUNK_VERSION" --locked
}

ensure_npm() {
  # The stamp holds the lock file's checksum, so a changed lock reinstalls.
  local sum; sum=$(sha256sum package-lock.json | cut -d' ' -f1)
  if [ -x node_modules/.bin/wasm-opt ] && [ "$(cat node_modules/.stamp 2>/dev/null)" = "$sum" ]; then return; fi
  say "Installing npm tools from package-lock.json (binaryen's wasm-opt, playwright-core, axe-core)"
  npm ci --no-audit --no-fund
  echo "$sum" > node_modules/.stamp
}

ensure_chromium() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then return; fi
  say "Installing Debian's chromium and chromium-driver for the browser tests (about 40 s)"
  local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q chromium chromium-driver
}

ensure_celery() {
  local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  # python3-venv brings ensurepip, without which `python3 -m venv` cannot make a venv.
  if ! command -v redis-server >/dev/null || ! python3 -c 'import ensurepip' 2>/dev/null; then
    say "Installing Debian's redis-server and python3-venv for the real-Celery test"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q redis-server python3-venv
  fi
  # `celery --version` prints "5.7.0 (codename)".
  if [ "$(.venv-celery/bin/celery --version 2>/dev/null | cut -d' ' -f1)" = "$CELERY_VERSION" ]; then return; fi
  say "Installing Celery $CELERY_VERSION from PyPI into .venv-celery (about 20 s)"
  python3 -m venv .venv-celery
  .venv-celery/bin/pip install -q "${CELERY_PINS[@]}"
}

case "${1:-build}" in
  build) ensure_toolchain; ensure_npm; ensure_bindgen; ensure_trunk ;;
  test)  ensure_toolchain; ensure_npm; ensure_bindgen; ensure_trunk; ensure_chromium; ensure_celery ;;
  *) echo "usage: $0 [build|test]" >&2; exit 2 ;;
esac
