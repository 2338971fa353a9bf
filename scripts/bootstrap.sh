# Sourced by scripts/dev.sh and scripts/test.sh (or by hand): puts Node >= 24 and pnpm on PATH,
# then installs the workspace. Only the npm registry is contacted. Leaves shell options alone.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLCHAIN="$ROOT/.toolchain"
NODE_PKG="node@24.21.0"
PNPM_PKG="pnpm@10.34.8"

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if ! command -v npm >/dev/null 2>&1; then
  echo "bootstrap: Node.js >= 20 with npm is required" >&2; return 1
fi
# Prism needs Node 24; older system Nodes get node@24 from the npm registry, kept in .toolchain/.
if [ "$(node_major)" -lt 24 ]; then
  if [ ! -x "$TOOLCHAIN/node_modules/.bin/node" ]; then
    echo "bootstrap: system Node $(node -v 2>/dev/null) is too old, installing $NODE_PKG into .toolchain/" >&2
    npm install --prefix "$TOOLCHAIN" --no-save --no-fund --no-audit --loglevel=error "$NODE_PKG" >&2 || return 1
  fi
  export PATH="$TOOLCHAIN/node_modules/.bin:$PATH"
fi
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "${PNPM_PKG#pnpm@}" ]; then
  if [ ! -x "$TOOLCHAIN/pnpm/node_modules/.bin/pnpm" ]; then
    echo "bootstrap: installing $PNPM_PKG into .toolchain/" >&2
    npm install --prefix "$TOOLCHAIN/pnpm" --no-save --no-fund --no-audit --loglevel=error "$PNPM_PKG" >&2 || return 1
  fi
  export PATH="$TOOLCHAIN/pnpm/node_modules/.bin:$PATH"
fi
export PATH="$ROOT/node_modules/.bin:$PATH"
if [ -n "${CI:-}" ]; then
  (cd "$ROOT" && pnpm install --frozen-lockfile --reporter=append-only >&2) || return 1
else
  (cd "$ROOT" && pnpm install --reporter=append-only >&2) || return 1
fi
