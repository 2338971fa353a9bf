#!/usr/bin/env bash
# ruff lint + format check (the generated/ folder is excluded; its generator owns its style).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/venv.sh
.venv/bin/ruff check .
.venv/bin/ruff format --check .
