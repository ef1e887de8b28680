#!/usr/bin/env bash
# Idempotent toolchain installer for the CRM workbook app.
#
#   bash scripts/setup.sh [build|test]      # run it
#   source scripts/setup.sh [build|test]    # run it and keep the exported PATH
#
# build (default): rust target wasm32-unknown-unknown, clippy + rustfmt, trunk 0.21.14,
#                  wasm-bindgen-cli at Cargo.lock's wasm-bindgen version, npm ci
#                  (binaryen -> wasm-opt, @playwright/test), cargo fetch.
# test:            build + Debian packages chromium, chromium-driver, fonts-noto-cjk,
#                  poppler-utils (pdftotext/pdftoppm: the report's print test reads its PDF).
#
# Nothing here lets a tool download its own binaries: Trunk runs with --offline and
# finds wasm-bindgen / wasm-opt on PATH; Playwright uses /usr/bin/chromium.
# Prints one line per step: "ok: ..." or "installing: ...".

set -euo pipefail

_setup_main() {
  local mode="${1:-build}"
  case "$mode" in
    build | test) ;;
    *)
      echo "usage: scripts/setup.sh [build|test]" >&2
      return 2
      ;;
  esac

  local root
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  local cargo_home="${CARGO_HOME:-$HOME/.cargo}"
  local trunk_version="0.21.14"

  export PATH="$root/node_modules/.bin:$cargo_home/bin:$PATH"
  export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
  export TRUNK_SKIP_VERSION_CHECK=true

  # Serialise concurrent setups (two shells running test.sh at once must not run
  # two `cargo install`s or two `npm ci`s into the same directories).
  local lock_fd
  mkdir -p "$cargo_home"
  exec {lock_fd}>"$cargo_home/.crm-workbook-setup.lock"
  flock "$lock_fd"

  # --- Rust toolchain pieces -------------------------------------------------
  # (Capture first, then grep: `cmd | grep -q` can SIGPIPE cmd and trip pipefail.)
  local targets components
  targets="$(rustup target list --installed)"
  components="$(rustup component list --installed)"
  if grep -qx wasm32-unknown-unknown <<<"$targets"; then
    echo "ok: rust target wasm32-unknown-unknown"
  else
    echo "installing: rust target wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi

  local comp
  for comp in clippy rustfmt; do
    if grep -q "^${comp}-" <<<"$components"; then
      echo "ok: rust component $comp"
    else
      echo "installing: rust component $comp"
      rustup component add "$comp"
    fi
  done

  # --- trunk -------------------------------------------------------------------
  local have_trunk
  have_trunk="$(trunk --version 2>/dev/null || true)"
  if [[ "$have_trunk" == "trunk $trunk_version" ]]; then
    echo "ok: trunk $trunk_version"
  else
    echo "installing: trunk $trunk_version (found: ${have_trunk:-none})"
    cargo install trunk --version "$trunk_version" --locked
  fi

  # --- wasm-bindgen-cli: must equal the wasm-bindgen crate in Cargo.lock -------
  local wb_version
  wb_version="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$root/Cargo.lock")"
  if [[ -z "$wb_version" ]]; then
    echo "error: could not read the wasm-bindgen version from Cargo.lock" >&2
    return 1
  fi
  if ! grep -Eq "^wasm_bindgen = \"${wb_version//./\\.}\"" "$root/Trunk.toml"; then
    echo "error: Trunk.toml [tools] wasm_bindgen must be \"$wb_version\" (Cargo.lock's wasm-bindgen); update it" >&2
    return 1
  fi
  local have_wb
  have_wb="$(wasm-bindgen --version 2>/dev/null || true)"
  if [[ "$have_wb" == "wasm-bindgen $wb_version" ]]; then
    echo "ok: wasm-bindgen-cli $wb_version"
  else
    echo "installing: wasm-bindgen-cli $wb_version (found: ${have_wb:-none})"
    # Deliberately without --locked (its lockfile pins crates that no longer build).
    cargo install wasm-bindgen-cli --version "$wb_version"
  fi

  # --- npm: binaryen (wasm-opt) + @playwright/test -----------------------------
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "error: node (>= 20) and npm are required" >&2
    return 1
  fi
  local node_major
  node_major="$(node -p 'process.versions.node.split(".")[0]')"
  if ((node_major < 20)); then
    echo "error: node >= 20 required by @playwright/test 1.65 (found $(node --version))" >&2
    return 1
  fi
  if [[ ! -f "$root/node_modules/.package-lock.json" ||
    "$root/package-lock.json" -nt "$root/node_modules/.package-lock.json" ]]; then
    echo "installing: npm ci"
    (cd "$root" && npm ci --no-audit --no-fund)
  else
    echo "ok: node_modules up to date with package-lock.json"
  fi

  local wasm_opt_path wasm_opt_version
  wasm_opt_path="$(command -v wasm-opt || true)"
  wasm_opt_version="$(wasm-opt --version 2>/dev/null || true)"
  if [[ "$wasm_opt_path" != "$root/node_modules/.bin/wasm-opt" || "$wasm_opt_version" != *"(version_132)"* ]]; then
    echo "error: wasm-opt on PATH is '${wasm_opt_path:-none}' ('$wasm_opt_version'); expected node_modules/.bin/wasm-opt version 132" >&2
    return 1
  fi
  echo "ok: wasm-opt version_132 (npm binaryen)"
  echo "ok: playwright $(cd "$root" && playwright --version | awk '{print $2}')"

  # --- Debian packages for the browser tests -----------------------------------
  if [[ "$mode" == test ]]; then
    local pkg missing=()
    for pkg in chromium chromium-driver fonts-noto-cjk poppler-utils; do
      if [[ "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)" == "install ok installed" ]]; then
        echo "ok: apt $pkg"
      else
        missing+=("$pkg")
      fi
    done
    if ((${#missing[@]})); then
      echo "installing: apt ${missing[*]}"
      local sudo=()
      if ((EUID != 0)); then sudo=(sudo); fi
      "${sudo[@]}" apt-get update
      DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
    fi
  fi

  # --- crates: so that `trunk build --offline` (cargo --offline) has everything --
  (cd "$root" && cargo fetch --quiet)
  echo "ok: cargo fetch"

  flock -u "$lock_fd"
  exec {lock_fd}>&-
}

_setup_main "$@"
