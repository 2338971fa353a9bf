#!/usr/bin/env bash
# Runs every test of the repository: installs what it needs first (Node 24 and pnpm when missing,
# the workspace's packages, the Python virtual environment), then typechecks, lints and tests
# every package through turbo.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1
pnpm exec turbo run lint typecheck test --concurrency=1 --log-order=grouped --output-logs=full "$@"
bash "$(dirname "${BASH_SOURCE[0]}")/pack-check.sh"
echo "all tests passed"
