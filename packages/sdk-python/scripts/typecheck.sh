#!/usr/bin/env bash
# mypy --strict over src/agentdraft (configured in pyproject.toml, checked as Python 3.9).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/venv.sh
.venv/bin/mypy --strict
