#!/usr/bin/env bash
# Dev server: release build of the app, rebuilt on change, at http://127.0.0.1:8080
# (address/port also set in Trunk.toml [serve]). Extra args go to `trunk serve`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh build
echo "==> trunk serve on http://127.0.0.1:8080/"
exec trunk serve --release --offline --address 127.0.0.1 --port 8080 "$@"
