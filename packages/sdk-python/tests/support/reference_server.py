"""The real reference server (packages/server) in a child process, and its owner (dashboard) API for
setting up workspaces and agents."""

from __future__ import annotations

import itertools
import json
import time
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Sequence

import httpx

from .paths import REPO_ROOT, SERVER_SCRIPT
from .processes import NodeProcess, free_port

ALL_SCOPES = [
    "availability:read",
    "bookings:read",
    "bookings:write",
    "mailbox:read",
    "mailbox:send",
    "audit:read",
]
_emails = itertools.count(1)
_names = itertools.count(1)  # agent names are mailbox handles: unique across workspaces too


class ReferenceServer:
    """The reference server in dev mode until ``stop()``, started by ``reference_server.mts`` through
    ``@agentdraft/server/testing`` (the helper of every suite: a free port, a fresh data dir).

    With ``mail=True`` its inbound SMTP listener gets a free port and doubles as its outbound relay,
    so agents of the server can mail each other; otherwise it is off.
    """

    def __init__(self, *extra_args: str, mail: bool = False) -> None:
        args = ["node", str(SERVER_SCRIPT), "--log-level", "warn"]
        if mail:
            smtp_port = free_port()
            args += ["--smtp-port", str(smtp_port), "--smtp-relay", f"smtp://127.0.0.1:{smtp_port}"]
        args += extra_args
        self.process = NodeProcess(args, cwd=REPO_ROOT)
        line = self.process.wait_for(lambda text: text.startswith('{"url":'), timeout=60)
        if line is None:
            self.stop()
            raise RuntimeError(f"the reference server did not start:\n{self.process.log()}")
        self.url: str = json.loads(line)["url"]

    def stop(self) -> None:
        self.process.stop()


@dataclass(frozen=True)
class Agent:
    agent_id: str
    name: str
    priority: int
    key: str
    calendar_id: str


class Owner:
    """A signed-in owner (one workspace, one default calendar) using the dashboard API."""

    def __init__(self, server_url: str, email: Optional[str] = None) -> None:
        self.http = httpx.Client(base_url=server_url, timeout=30)
        self.email = email or f"owner{next(_emails)}-{time.time_ns()}@example.com"
        token = self._ok(self.http.post("/v1/auth/magic-link", json={"email": self.email}))["dev_token"]
        self._ok(self.http.post("/v1/auth/verify", json={"token": token}))
        if "ad_session" not in self.http.cookies:
            raise RuntimeError("POST /v1/auth/verify set no ad_session cookie")

    @staticmethod
    def _ok(response: httpx.Response) -> Any:
        if not response.is_success:
            raise RuntimeError(
                f"{response.request.method} {response.request.url}: {response.status_code} {response.text}"
            )
        return response.json() if response.content else None

    def agent(self, priority: int, scopes: Sequence[str] = ALL_SCOPES, name: Optional[str] = None) -> Agent:
        body = {"name": name or f"agent{next(_names)}p{priority}", "priority": priority, "scopes": list(scopes)}
        data = self._ok(self.http.post("/v1/dashboard/agents", json=body))
        return Agent(data["agent_id"], data["name"], data["priority"], data["plaintext_key"], data["calendar_id"])

    def agents(self, priorities: Sequence[int]) -> List[Agent]:
        return [self.agent(priority) for priority in priorities]

    def set_rules(self, calendar_id: str, rules: List[Dict[str, Any]]) -> None:
        self._ok(self.http.put(f"/v1/dashboard/calendars/{calendar_id}/rules", json={"rules": rules}))

    def set_settings(self, calendar_id: str, **settings: int) -> None:
        self._ok(self.http.patch(f"/v1/dashboard/calendars/{calendar_id}", json={"settings": settings}))

    def revoke(self, agent: Agent) -> None:
        self._ok(self.http.post(f"/v1/dashboard/agents/{agent.agent_id}/revoke"))

    def close(self) -> None:
        self.http.close()
