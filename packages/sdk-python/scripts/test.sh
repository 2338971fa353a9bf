#!/usr/bin/env bash
# pytest. The Prism and reference-server tests need Node >= 24: use the repo's bootstrapped
# toolchain when the system Node is older (bootstrapping it first if it is not there yet).
set -euo pipefail
PKG_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT="$(cd "$PKG_DIR/../.." && pwd)"
node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [ "$(node_major)" -lt 24 ]; then
  if [ -x "$ROOT/.toolchain/node_modules/.bin/node" ]; then
    export PATH="$ROOT/.toolchain/node_modules/.bin:$PATH"
  else
    # shellcheck disable=SC1091
    source "$ROOT/scripts/bootstrap.sh" >&2
  fi
fi
cd "$PKG_DIR"
bash scripts/venv.sh
exec .venv/bin/python -m pytest "$@"
