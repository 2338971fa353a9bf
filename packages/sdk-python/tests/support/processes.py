"""Start Node processes (Prism, the reference server) for a test session and stop them again."""

from __future__ import annotations

import os
import queue
import shutil
import socket
import subprocess
import threading
import time
from pathlib import Path
from typing import Callable, Dict, List, Optional

from .paths import REPO_ROOT

TOOLCHAIN_BIN = REPO_ROOT / ".toolchain" / "node_modules" / ".bin"


def _node_major(node: str) -> int:
    try:
        out = subprocess.run([node, "-p", "process.versions.node"], capture_output=True, text=True, timeout=30)
        return int(out.stdout.strip().split(".")[0])
    except (OSError, ValueError, subprocess.SubprocessError):
        return 0


def node_env() -> Dict[str, str]:
    """The environment with a Node >= 24 first on PATH (the repo's bootstrapped one if needed)."""
    env = dict(os.environ)
    system_node = shutil.which("node")
    if system_node and _node_major(system_node) >= 24:
        return env
    if (TOOLCHAIN_BIN / "node").exists():
        env["PATH"] = f"{TOOLCHAIN_BIN}{os.pathsep}{env.get('PATH', '')}"
        return env
    raise RuntimeError(
        "Node >= 24 is needed (Prism, the reference server): run the tests through scripts/test.sh, "
        "which bootstraps it, or `source scripts/bootstrap.sh` in the repository root first"
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class NodeProcess:
    """A child process whose output is collected line by line; stopped with SIGTERM, then SIGKILL."""

    def __init__(self, args: List[str], cwd: Path) -> None:
        self.args = args
        self.lines: queue.Queue[str] = queue.Queue()
        self.output: List[str] = []
        self.proc = subprocess.Popen(
            args,
            cwd=cwd,
            env=node_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            text=True,
            encoding="utf-8",
            errors="replace",
        )
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.output.append(line)
            self.lines.put(line)

    def wait_for(self, predicate: Callable[[str], bool], timeout: float) -> Optional[str]:
        """The first output line matching ``predicate``, or None if the process exits or time runs out."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.2)
            except queue.Empty:
                if self.proc.poll() is not None and self.lines.empty():
                    return None
                continue
            if predicate(line):
                return line
        return None

    def log(self) -> str:
        return "".join(self.output[-60:])

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=15)
