#!/usr/bin/env bash
# Packaging check (run by scripts/test.sh): every publishable package works from its artifact.
#  - npm: builds, `pnpm pack`s @agentdraft/audit, sdk, server, mcp and conformance; runs publint and
#    @arethetypeswrong/cli on each tarball; installs each into its own fresh directory with plain npm
#    from the registry (--engine-strict), with the SYSTEM Node (/usr/bin/node, or $PACK_CHECK_NODE)
#    when it meets the package's engines, else with the workspace's Node; checks that the package's
#    engines claim holds for every dependency installed (the tarballs of the workspace packages it
#    depends on installed beside it); then smoke-runs it: @agentdraft/audit imported as ESM and with
#    require() and verifying a real server's signed checkpoint, the SDK imported as ESM
#    and with require() and calling a real server, `agentdraft-conformance --help` and `--list | head -1`,
#    `agentdraft-server --help` and a real start on a free port answering /healthz, the
#    `agentdraft-mcp` bin answering an MCP `initialize` over stdio.
#  - PyPI: builds the sdist and wheel, `twine check --strict`, installs the wheel in a fresh venv
#    and calls the server started above.
# Everything runs in a temp dir removed at exit; the server binds 127.0.0.1 only.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/agentdraft-pack-check.XXXXXX")"
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
step() { printf '\n\033[1mpack-check: %s\033[0m\n' "$*"; }
fail() { echo "pack-check: FAILED: $*" >&2; exit 1; }
started=$SECONDS

WORKSPACE_NODE="$(command -v node)"
SYSTEM_NODE="${PACK_CHECK_NODE:-/usr/bin/node}"
[ -x "$SYSTEM_NODE" ] || SYSTEM_NODE="$WORKSPACE_NODE"
# A bin dir per Node, so that npm/npx (`#!/usr/bin/env node`) run on the Node chosen.
for which in system workspace; do
  node_bin=$([ "$which" = system ] && echo "$SYSTEM_NODE" || echo "$WORKSPACE_NODE")
  mkdir -p "$WORK/bin-$which"
  ln -s "$node_bin" "$WORK/bin-$which/node"
  for tool in npm npx; do
    for candidate in "$(dirname "$node_bin")/$tool" "$(dirname "$(readlink -f "$node_bin")")/$tool"; do
      if [ -e "$candidate" ]; then ln -sf "$candidate" "$WORK/bin-$which/$tool"; break; fi
    done
  done
done
echo "system Node $("$SYSTEM_NODE" --version) ($SYSTEM_NODE), workspace Node $("$WORKSPACE_NODE" --version)"

step "build"
pnpm exec turbo run build --filter=@agentdraft/audit --filter=@agentdraft/sdk --filter=@agentdraft/server --filter=@agentdraft/mcp \
  --filter=@agentdraft/conformance --output-logs=errors-only >/dev/null

PACKAGES=(packages/audit packages/sdk packages/server packages/mcp conformance)
step "pack, publint, attw"
mkdir -p "$WORK/tarballs"
for dir in "${PACKAGES[@]}"; do
  tarball="$(cd "$dir" && pnpm pack --pack-destination "$WORK/tarballs" 2>/dev/null | tail -1)"
  name="$(node -p "require('./$dir/package.json').name")"
  listing="$(tar tzf "$tarball")"
  grep -qx "package/LICENSE" <<<"$listing" || fail "$name: no LICENSE in $tarball"
  if grep -E '^package/(test|tests)/|\.test\.(ts|js)$' <<<"$listing"; then fail "$name ships tests"; fi
  if grep -E '^package/(src|bin)/.*\.ts$' <<<"$listing" | grep -v '\.d\.ts$' >/dev/null && [ "$name" != "@agentdraft/sdk" ] \
    && [ "$name" != "@agentdraft/conformance" ]; then
    fail "$name ships TypeScript sources as its code"
  fi
  publint run "$tarball" --strict --level warning >/dev/null || { publint run "$tarball" --strict; fail "publint $name"; }
  # attw checks what can be imported; a package that is only a bin (the server) has nothing to check.
  if tar xzf "$tarball" -O package/package.json | node -e 'const p = JSON.parse(require("fs").readFileSync(0, "utf8")); process.exit(p.exports || p.main || p.types ? 0 : 1)'; then
    attw "$tarball" --profile esm-only --format table-flipped >"$WORK/attw.txt" 2>&1 || { cat "$WORK/attw.txt"; fail "attw $name"; }
    checked="publint and attw clean"
  else
    checked="publint clean, a bin only (nothing for attw to import)"
  fi
  echo "$name: $(basename "$tarball") $(wc -l <<<"$listing") files, $checked"
done
tgz() { echo "$WORK/tarballs/agentdraft-$1-$(node -p "require('./$2/package.json').version").tgz"; }
AUDIT_TGZ="$(tgz audit packages/audit)"
SDK_TGZ="$(tgz sdk packages/sdk)"
SERVER_TGZ="$(tgz server packages/server)"
MCP_TGZ="$(tgz mcp packages/mcp)"
CONFORMANCE_TGZ="$(tgz conformance conformance)"

# node_for NAME: the bin dir whose Node meets the package's engines (the system one when it does).
node_for() {
  local range
  range="$(node -p "require('./$1/package.json').engines.node")"
  if node -e "process.exit(require('semver').satisfies('$("$SYSTEM_NODE" --version)', '$range') ? 0 : 1)"; then
    echo "$WORK/bin-system"
  else
    echo "$WORK/bin-workspace"
  fi
}

# install NAME DIR TARBALL...: a fresh directory with only these tarballs installed (and the registry).
install() {
  local name="$1" dir="$2" bin="$3"
  shift 3
  mkdir -p "$dir"
  # A dependency on a workspace package (mcp → sdk → audit, conformance → audit) resolves to its
  # tarball installed beside it, never to the registry.
  printf '{ "name": "pack-check-%s", "private": true, "type": "module" }\n' "$name" >"$dir/package.json"
  (cd "$dir" && PATH="$bin:$PATH" npm install --engine-strict --no-audit --no-fund --loglevel=error "$@" >"$dir/npm.log" 2>&1) \
    || { cat "$dir/npm.log"; fail "npm install of $name (Node $("$bin/node" --version))"; }
}

# python_build: sdist + wheel, twine check --strict, LICENSE in both, the wheel in a fresh venv.
python_build() {
  cd "$ROOT/packages/sdk-python"
  bash scripts/venv.sh
  .venv/bin/python -m build --sdist --wheel --outdir "$WORK/py" . >"$WORK/py-build.log" 2>&1 || { cat "$WORK/py-build.log"; fail "python -m build"; }
  .venv/bin/twine check --strict "$WORK"/py/* || fail "twine check"
  for dist in "$WORK"/py/*; do
    case "$dist" in
      *.whl) listing="$(unzip -l "$dist")" ;;
      *.tar.gz) listing="$(tar tzf "$dist")" ;;
    esac
    grep -qE "/LICENSE$|licenses/LICENSE$" <<<"$listing" || fail "no LICENSE in $dist"
  done
  .venv/bin/python -m venv "$WORK/venv"
  "$WORK/venv/bin/python" -m pip install --quiet --disable-pip-version-check "$WORK"/py/*.whl || fail "pip install wheel"
}

step "install each tarball in a fresh directory (npm, in parallel; the Python build beside them)"
python_build >"$WORK/py.log" 2>&1 &
PY_PID=$!
AUDIT_BIN="$(node_for packages/audit)"
SDK_BIN="$(node_for packages/sdk)"
SERVER_BIN="$(node_for packages/server)"
MCP_BIN="$(node_for packages/mcp)"
CONFORMANCE_BIN="$(node_for conformance)"
pids=()
install audit "$WORK/audit" "$AUDIT_BIN" "$AUDIT_TGZ" & pids+=($!)
install sdk "$WORK/sdk" "$SDK_BIN" "$AUDIT_TGZ" "$SDK_TGZ" & pids+=($!)
install server "$WORK/server" "$SERVER_BIN" "$SERVER_TGZ" & pids+=($!)
install mcp "$WORK/mcp" "$MCP_BIN" "$AUDIT_TGZ" "$SDK_TGZ" "$MCP_TGZ" & pids+=($!)
install conformance "$WORK/conformance" "$CONFORMANCE_BIN" "$AUDIT_TGZ" "$CONFORMANCE_TGZ" & pids+=($!)
for pid in "${pids[@]}"; do wait "$pid" || fail "an npm install failed"; done
for pair in "audit @agentdraft/audit" "sdk @agentdraft/sdk" "server @agentdraft/server" "mcp @agentdraft/mcp" "conformance @agentdraft/conformance"; do
  set -- $pair
  node scripts/pack-check-engines.mjs "$WORK/$1" "$2"
done

step "@agentdraft/server: --help, a real start, /healthz (Node $("$SERVER_BIN/node" --version))"
cd "$WORK/server"
help="$(PATH="$SERVER_BIN:$PATH" npx --no -- agentdraft-server --help)" || fail "agentdraft-server --help"
grep -q -- "--port" <<<"$help" || fail "agentdraft-server --help: no --port"
PATH="$SERVER_BIN:$PATH" npx --no -- agentdraft-server --dev --host 127.0.0.1 --port 0 --smtp-port 0 --data "$WORK/server-data" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
URL=""
for _ in $(seq 1 120); do
  URL="$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$WORK/server.log" | head -1 || true)"
  [ -n "$URL" ] && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log"; fail "agentdraft-server exited"; }
  sleep 0.25
done
[ -n "$URL" ] || { cat "$WORK/server.log"; fail "agentdraft-server printed no URL in 30 s"; }
[ "$(curl -fsS "$URL/healthz")" = '{"status":"ok"}' ] || fail "GET $URL/healthz"
echo "listening on $URL, /healthz ok"
# An agent key through the dev sign-in (the server shows the token instead of mailing it).
token="$(curl -fsS -X POST "$URL/v1/auth/magic-link" -H 'content-type: application/json' -d '{"email":"pack-check@example.com"}' \
  | node -p 'JSON.parse(require("fs").readFileSync(0, "utf8")).dev_token')"
curl -fsS -c "$WORK/cookies" -o /dev/null -X POST "$URL/v1/auth/verify" -H 'content-type: application/json' -d "{\"token\":\"$token\"}"
KEY="$(curl -fsS -b "$WORK/cookies" -X POST "$URL/v1/dashboard/agents" -H 'content-type: application/json' \
  -d '{"name":"pack-check","priority":1,"scopes":["availability:read","bookings:read","bookings:write","audit:read"]}' \
  | node -p 'JSON.parse(require("fs").readFileSync(0, "utf8")).plaintext_key')"
export AGENTDRAFT_BASE_URL="$URL" AGENTDRAFT_API_KEY="$KEY"

step "@agentdraft/audit: ESM import, require(), the server's signed checkpoint verified (Node $("$AUDIT_BIN/node" --version))"
cd "$WORK/audit"
PATH="$AUDIT_BIN:$PATH" node --input-type=module -e '
  import { verifyCheckpoint, AuditVerificationError } from "@agentdraft/audit";
  const res = await fetch(`${process.env.AGENTDRAFT_BASE_URL}/v1/audit/checkpoint`, { headers: { authorization: `Bearer ${process.env.AGENTDRAFT_API_KEY}` } });
  const body = await res.json();
  const head = await verifyCheckpoint(body, body.verifier_key, { expectedOrigin: body.origin });
  const forged = await verifyCheckpoint({ ...body, tree_size: head.treeSize + 1 }, body.verifier_key).then(() => false, (e) => e instanceof AuditVerificationError);
  if (!forged) throw new Error("a checkpoint with a forged size verified");
  console.log(`ESM: checkpoint of ${head.origin} @ ${head.treeSize} verified`);
'
PATH="$AUDIT_BIN:$PATH" node --no-warnings -e '
  const audit = require("@agentdraft/audit");
  if (typeof audit.verifyEvent !== "function" || typeof audit.rootHash !== "function") throw new Error("require() gave no verifier");
  console.log("require(): @agentdraft/audit");
'

step "@agentdraft/sdk: ESM import, require(), a call (Node $("$SDK_BIN/node" --version))"
cd "$WORK/sdk"
PATH="$SDK_BIN:$PATH" node --input-type=module -e '
  import { AgentDraft, AgentDraftError, VERSION } from "@agentdraft/sdk";
  const me = await new AgentDraft().agents.me();
  if (!me.agentId || !(new AgentDraftError("x") instanceof Error)) throw new Error("unexpected");
  console.log(`ESM: @agentdraft/sdk ${VERSION}, agents.me() -> ${me.agentId}`);
'
PATH="$SDK_BIN:$PATH" node --no-warnings -e '
  const sdk = require("@agentdraft/sdk");
  if (typeof sdk.AgentDraft !== "function") throw new Error("require() gave no AgentDraft");
  console.log(`require(): @agentdraft/sdk ${sdk.VERSION}`);
'

step "@agentdraft/conformance: --help, --list | head -1 (Node $("$CONFORMANCE_BIN/node" --version))"
cd "$WORK/conformance"
help="$(PATH="$CONFORMANCE_BIN:$PATH" npx --no -- agentdraft-conformance --help)" || fail "agentdraft-conformance --help"
grep -q -- "--base-url" <<<"$help" || fail "agentdraft-conformance --help: no --base-url"
first="$(PATH="$CONFORMANCE_BIN:$PATH" npx --no -- agentdraft-conformance --list 2>"$WORK/conformance.err" | head -1)"
[ -n "$first" ] && ! grep -q EPIPE "$WORK/conformance.err" || { cat "$WORK/conformance.err"; fail "agentdraft-conformance --list | head -1"; }
echo "first scenario: ${first%%$'\t'*}"

step "@agentdraft/mcp: the agentdraft-mcp bin answers initialize over stdio (Node $("$MCP_BIN/node" --version))"
cd "$WORK/mcp"
init='{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"pack-check","version":"0"}}}'
reply="$( (echo "$init"; sleep 3) | PATH="$MCP_BIN:$PATH" timeout 60 npx --no -- agentdraft-mcp 2>"$WORK/mcp.err" | head -1 || true)"
grep -q '"serverInfo"' <<<"$reply" || { cat "$WORK/mcp.err"; echo "$reply"; fail "agentdraft-mcp initialize"; }
PATH="$MCP_BIN:$PATH" node --input-type=module -e 'import "@agentdraft/mcp"; import "@agentdraft/mcp/http"; import "@agentdraft/mcp/a2a";'
echo "initialize -> $(cut -c1-100 <<<"$reply")…"

step "agentdraft (PyPI): a fresh venv with the wheel calls the server"
wait "$PY_PID" || { cat "$WORK/py.log"; fail "the Python build, twine check or venv install"; }
cat "$WORK/py.log"
(cd "$WORK" && "$WORK/venv/bin/python" -c '
import agentdraft
from agentdraft import Client
with Client() as client:
    me = client.agents.me()
assert me.agent_id, me
print(f"agentdraft {agentdraft.__version__}: agents.me() -> {me.agent_id}")
')

echo
echo "pack-check: every package works from its artifact ($((SECONDS - started)) s)"
