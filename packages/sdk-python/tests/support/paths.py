"""Where things are in the monorepo."""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parents[2]
REPO_ROOT = PACKAGE_DIR.parents[1]
SPEC_FILE = REPO_ROOT / "spec" / "openapi.yaml"
PRISM_BIN = REPO_ROOT / "spec" / "node_modules" / ".bin" / "prism"
# Starts the reference server through @agentdraft/server/testing and prints {"url": …}.
SERVER_SCRIPT = PACKAGE_DIR / "tests" / "support" / "reference_server.mts"
README = PACKAGE_DIR / "README.md"
