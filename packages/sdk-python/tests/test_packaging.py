"""The distribution: a wheel builds, and it (and the source tree) installs and imports in a clean
virtual environment with nothing but httpx at run time."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from support.paths import PACKAGE_DIR

pytestmark = pytest.mark.slow

SMOKE = """
import importlib.metadata, importlib.util, pathlib
import agentdraft
from agentdraft import Client, AsyncClient, Conflict, AuthError, RateLimited, RuleViolation, AgentDraftError
from agentdraft.errors import AgentDraftError as Same
from agentdraft.types import Booking, Slot
from agentdraft import verify
assert Same is AgentDraftError
assert pathlib.Path(agentdraft.__file__).with_name("py.typed").exists()
assert importlib.util.find_spec("cryptography") is None, "cryptography must stay optional"
requires = importlib.metadata.requires("agentdraft") or []
assert [r for r in requires if "extra ==" not in r] == ["httpx<1,>=0.27"], requires
assert verify.root_hash([verify.leaf_hash(b"")]).hex().startswith("6e340b9c")
try:
    Client(api_key=None)
except AuthError:
    pass
client = Client(api_key="avs_live_x", base_url="http://127.0.0.1:9")
client.close()
print(agentdraft.__version__)
"""


def run(*args: str, cwd: Path = PACKAGE_DIR) -> str:
    done = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"{' '.join(args)}\n{done.stdout}\n{done.stderr}"
    return done.stdout


def fresh_venv(path: Path) -> Path:
    run(sys.executable, "-m", "venv", str(path))
    return path / "bin" / "python"


def version() -> str:
    for line in (PACKAGE_DIR / "pyproject.toml").read_text().splitlines():
        if line.startswith("version = "):
            return line.split('"')[1]
    raise AssertionError("no version in pyproject.toml")


def test_wheel_builds_installs_and_imports(tmp_path: Path) -> None:
    run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(tmp_path / "dist"), ".")
    (wheel,) = (tmp_path / "dist").glob("agentdraft-*.whl")
    assert wheel.name == f"agentdraft-{version()}-py3-none-any.whl"
    names = zipfile.ZipFile(wheel).namelist()
    for expected in ["agentdraft/py.typed", "agentdraft/generated/models.py", "agentdraft/verify/jcs.py"]:
        assert expected in names
    assert not [n for n in names if n.startswith(("tests/", ".venv"))]
    python = fresh_venv(tmp_path / "venv")
    run(str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(wheel))
    assert run(str(python), "-c", SMOKE, cwd=tmp_path).strip() == version()


def test_source_tree_installs_and_imports(tmp_path: Path) -> None:
    python = fresh_venv(tmp_path / "venv")
    run(str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(PACKAGE_DIR))
    assert run(str(python), "-c", SMOKE, cwd=tmp_path).strip() == version()
