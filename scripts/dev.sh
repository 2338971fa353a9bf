#!/usr/bin/env bash
# Starts the reference server in dev mode on its embedded SQLite store (./data), after installing
# what it needs. Extra arguments go to the server (e.g. --port 9090).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
cd "$ROOT"
exec node packages/server/src/main.ts --dev --data "${AGENTDRAFT_DATA_DIR:-data}" "$@"
