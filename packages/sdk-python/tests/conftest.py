"""Session fixtures shared by the test modules."""

from __future__ import annotations

from typing import Iterator

import pytest
from support.paths import PRISM_BIN, REPO_ROOT, SPEC_FILE
from support.processes import NodeProcess, free_port


@pytest.fixture(scope="session")
def prism_url() -> Iterator[str]:
    """A Prism mock of spec/openapi.yaml on a free loopback port."""
    if not PRISM_BIN.exists():
        pytest.fail(f"{PRISM_BIN} is missing: run `pnpm install` in {REPO_ROOT}")
    for _ in range(3):  # another process may grab the free port before Prism binds it
        port = free_port()
        args = [str(PRISM_BIN), "mock", str(SPEC_FILE), "--host", "127.0.0.1", "--port", str(port)]
        prism = NodeProcess(args, cwd=REPO_ROOT)
        ready = prism.wait_for(lambda line: "Prism is listening" in line or "EADDRINUSE" in line, timeout=90)
        if ready is not None and "Prism is listening" in ready:
            try:
                yield f"http://127.0.0.1:{port}"
            finally:
                prism.stop()
            return
        prism.stop()
        if ready is None:
            pytest.fail(f"Prism did not start:\n{prism.log()}")
    pytest.fail("Prism could not bind a free port")
