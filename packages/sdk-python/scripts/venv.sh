#!/usr/bin/env bash
# Creates packages/sdk-python/.venv (if missing) and installs the package editable with its dev
# extra. Idempotent: reinstalls only when pyproject.toml changed, so re-runs take milliseconds.
set -euo pipefail
PKG_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$PKG_DIR/.venv"
PYTHON="${AGENTDRAFT_PYTHON:-python3}"

if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON" -m venv "$VENV"
fi
STAMP="$VENV/.agentdraft-installed"
WANT="$(cd "$PKG_DIR" && cat pyproject.toml | "$VENV/bin/python" -c 'import hashlib,sys; print(hashlib.sha256(sys.stdin.buffer.read()).hexdigest())')"
if [ ! -f "$STAMP" ] || [ "$(cat "$STAMP")" != "$WANT" ]; then
  (cd "$PKG_DIR" && "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip \
    && "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e '.[dev]') >&2
  echo "$WANT" > "$STAMP"
fi
