#!/usr/bin/env bash
# Starts the reference server in dev mode on its embedded SQLite store (./data), after installing
# what it needs and building the owner dashboard; it prints the API and dashboard URLs. Extra arguments go to the server (e.g. --port 9090).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
cd "$ROOT"
# The owner dashboard (/app/) is served from its build output (turbo skips the build when nothing changed).
pnpm exec turbo run build --filter=@agentdraft/dashboard --output-logs=errors-only >&2
exec node packages/server/src/main.ts --dev --data "${AGENTDRAFT_DATA_DIR:-data}" "$@"
