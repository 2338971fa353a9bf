#!/usr/bin/env bash
# Creates packages/server/test/support/webhooks/.venv with the Standard Webhooks reference library
# for Python (PyPI `standardwebhooks`, pinned; git-ignored). Idempotent.
set -euo pipefail
STANDARDWEBHOOKS_VERSION="1.1.0"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="$here/.venv"
python="${PYTHON:-python3}"
if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c "import importlib.metadata as m, sys; sys.exit(m.version('standardwebhooks') != '$STANDARDWEBHOOKS_VERSION')" 2>/dev/null; then
  exit 0
fi
"$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check "standardwebhooks==$STANDARDWEBHOOKS_VERSION"
