#!/usr/bin/env bash
# Full check, failing fast: formatting, clippy (host + wasm32), unit/integration
# tests, release build with Trunk, then the Playwright browser tests against dist/.
#
#   bash scripts/test.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

echo "==> setup"
source scripts/setup.sh test

export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

stage_n=0
stage() {
  stage_n=$((stage_n + 1))
  echo
  echo "==> [$stage_n/6] $*"
  local start=$SECONDS rc=0
  "$@" || rc=$?
  if ((rc != 0)); then
    echo "<== [$stage_n/6] FAILED (exit $rc): $*" >&2
    exit "$rc"
  fi
  echo "<== [$stage_n/6] ok ($((SECONDS - start))s)"
}

stage cargo fmt --all --check
stage cargo clippy --workspace --all-targets -- -D warnings
# Also lint every target (lib, bin, tests, examples, benches) as compiled for the
# browser: cfg(target_arch = "wasm32") code only exists there.
stage cargo clippy --workspace --all-targets --target wasm32-unknown-unknown -- -D warnings
stage cargo test --workspace
stage trunk build --release --offline
stage npx --no-install playwright test

echo
echo "==> all checks passed"
