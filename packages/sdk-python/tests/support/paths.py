"""Where things are in the monorepo."""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parents[2]
REPO_ROOT = PACKAGE_DIR.parents[1]
SPEC_FILE = REPO_ROOT / "spec" / "openapi.yaml"
PRISM_BIN = REPO_ROOT / "spec" / "node_modules" / ".bin" / "prism"
SERVER_MAIN = REPO_ROOT / "packages" / "server" / "src" / "main.ts"
README = PACKAGE_DIR / "README.md"
