"""The Node side of the Python conformance adapter (``driver.mts``) as a child process.

The driver plays the scenario files with the conformance runner itself (setup over the owner API,
expressions, expectations, invariants) and, as the runner's step executor, hands every step the SDK
can express to this process, which runs it through ``agentdraft`` (see ``executor.py``)."""

from __future__ import annotations

import contextlib
import json
import subprocess
import threading
from pathlib import Path
from typing import IO, Any, Dict, List, Optional

import yaml
from support.paths import REPO_ROOT
from support.processes import node_env

from .executor import CATALOG, run_calls, unsupported

DRIVER = Path(__file__).resolve().parent / "driver.mts"
SCENARIO_DIR = REPO_ROOT / "conformance" / "scenarios"


def scenario_ids() -> List[str]:
    """Ids of the bundled scenario files (the driver validates them against the schema)."""
    ids = []
    for path in sorted(SCENARIO_DIR.rglob("*.y*ml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        ids.append(str(doc["id"]))
    return sorted(ids)


class Driver:
    """``node driver.mts <base-url> [<inbound secret>]``, spoken to in JSON lines.

    ``inbound_secret``: the server's inbound-mail secret, for the scenarios that deliver mail."""

    def __init__(self, base_url: str, inbound_secret: Optional[str] = None) -> None:
        self.base_url = base_url
        self._stderr: List[str] = []
        self._proc = subprocess.Popen(
            ["node", str(DRIVER), base_url, *([inbound_secret] if inbound_secret else [])],
            cwd=REPO_ROOT,
            env=node_env(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            bufsize=1,
        )
        assert self._proc.stderr is not None
        threading.Thread(target=self._drain, args=(self._proc.stderr,), daemon=True).start()
        self._send({"type": "catalog", "catalog": CATALOG})

    def _drain(self, stream: IO[str]) -> None:
        for line in stream:
            self._stderr.append(line)

    def _send(self, msg: Dict[str, Any]) -> None:
        assert self._proc.stdin is not None
        self._proc.stdin.write(json.dumps(msg) + "\n")
        self._proc.stdin.flush()

    def _receive(self) -> Dict[str, Any]:
        assert self._proc.stdout is not None
        line = self._proc.stdout.readline()
        if not line:
            raise RuntimeError(f"the conformance driver exited:\n{''.join(self._stderr)[-4000:]}")
        message: Dict[str, Any] = json.loads(line)
        return message

    def run(self, scenario_id: str) -> Dict[str, Any]:
        """Plays one scenario, serving the driver's SDK calls until its result arrives."""
        self._send({"type": "run", "id": scenario_id})
        while True:
            msg = self._receive()
            kind = msg.get("type")
            if kind == "result":
                result: Dict[str, Any] = msg["result"]
                return result
            if kind == "unsupported":
                self._send({"rid": msg["rid"], "reason": unsupported(msg["call"])})
            elif kind == "calls":
                self._send({"rid": msg["rid"], "outcomes": run_calls(self.base_url, msg["calls"])})
            else:
                raise RuntimeError(f"unexpected message from the driver: {msg}")

    def summary(self, elapsed_ms: float) -> str:
        self._send({"type": "summary", "elapsed_ms": elapsed_ms})
        msg = self._receive()
        return str(msg.get("text", ""))

    def close(self, timeout: Optional[float] = 10) -> None:
        if self._proc.stdin is not None and not self._proc.stdin.closed:
            with contextlib.suppress(BrokenPipeError):  # the driver already exited
                self._proc.stdin.close()
        try:
            self._proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
