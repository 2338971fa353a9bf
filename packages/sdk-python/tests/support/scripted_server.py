"""A real HTTP server on 127.0.0.1 (http.server in a thread) that answers from a script and records
every request it got, for retry, idempotency and transport tests."""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Callable, Deque, Dict, List, Optional, Type, Union

BOOKING = {
    "booking_id": "bkg_1",
    "calendar_id": "cal_1",
    "agent_id": "agt_1",
    "agent_priority": 1,
    "status": "COMMITTED",
    "start": "2026-12-01T15:00:00Z",
    "end": "2026-12-01T15:30:00Z",
    "metadata": {},
    "committed_at": "2026-11-24T10:00:00.125Z",
    "audit_event_id": "evt_1",
    "created_at": "2026-11-24T10:00:00.125Z",
}


def problem(status: int, code: str, **extra: Any) -> Dict[str, Any]:
    return {
        "type": f"https://agentdraft.dev/problems/{code}",
        "title": code,
        "status": status,
        "detail": f"{code} detail",
        "code": code,
        "request_id": f"req_{code}",
        **extra,
    }


@dataclass
class Reply:
    status: int = 200
    body: Any = None
    headers: Dict[str, str] = field(default_factory=dict)
    #: Close the connection without answering (a transport error for the client).
    drop: bool = False
    #: Wait this long before answering (to provoke client timeouts).
    delay: float = 0.0


@dataclass
class Recorded:
    method: str
    path: str
    headers: Dict[str, str]
    body: Any
    at: float


Handler = Callable[[Recorded], Reply]


class ScriptedServer:
    """Answers with queued replies in order (then ``fallback``), or with a handler function."""

    def __init__(self, fallback: Union[Reply, Handler, None] = None) -> None:
        self.replies: Deque[Union[Reply, Handler]] = deque()
        self.fallback: Union[Reply, Handler] = fallback or Reply(500, problem(500, "internal"))
        self.requests: List[Recorded] = []
        self._lock = threading.Lock()
        server = self

        class RequestHandler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                recorded = Recorded(
                    method=self.command,
                    path=self.path,
                    headers={k.lower(): v for k, v in self.headers.items()},
                    body=json.loads(raw) if raw else None,
                    at=time.monotonic(),
                )
                reply = server._next(recorded)
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.drop:
                    self.close_connection = True
                    self.connection.shutdown(2)
                    return
                payload = b"" if reply.body is None else json.dumps(reply.body).encode()
                content_type = "application/problem+json" if reply.status >= 400 else "application/json"
                self.send_response(reply.status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(payload)))
                self.send_header("Request-Id", f"req_{len(server.requests)}")
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                try:
                    self.end_headers()
                    self.wfile.write(payload)
                except OSError:  # the client gave up (timeout test): nothing to answer
                    self.close_connection = True

            do_GET = _handle
            do_POST = _handle

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), RequestHandler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def reply(self, *replies: Union[Reply, Handler]) -> ScriptedServer:
        self.replies.extend(replies)
        return self

    def _next(self, recorded: Recorded) -> Reply:
        with self._lock:
            self.requests.append(recorded)
            item = self.replies.popleft() if self.replies else self.fallback
        return item if isinstance(item, Reply) else item(recorded)

    def __enter__(self) -> ScriptedServer:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        traceback: Optional[TracebackType],
    ) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
