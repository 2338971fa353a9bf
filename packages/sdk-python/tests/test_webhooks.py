"""``client.webhooks.verify`` / ``unwrap`` (docs/protocol.md §10.4): a receiver on loopback verifies
the REAL reference server's deliveries; the helper agrees with the standard's own library (PyPI
``standardwebhooks``) on what it signs, and refuses tampering, foreign secrets and stale timestamps
with ``WebhookVerificationError`` (an ``AgentDraftError``)."""

from __future__ import annotations

import json
import threading
import time
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Dict, Iterator, List, Tuple

import pytest
from standardwebhooks.webhooks import Webhook
from support.reference_server import Owner, ReferenceServer

import agentdraft
from agentdraft import AgentDraftError, Client, Webhooks, WebhookVerificationError
from agentdraft.types import WebhookEnvelope

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
OTHER = "whsec_ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4"
BODY = json.dumps(
    {
        "type": "webhook.test",
        "timestamp": "2026-11-24T10:00:00.000Z",
        "data": {
            "event_id": "evt_1",
            "seq": 0,
            "at": "2026-11-24T10:00:00.000Z",
            "actor": {"type": "system"},
            "action": "webhook.test",
            "resource": "whk_1",
            "request": {},
            "outcome": {},
        },
    }
)


def signed(at: datetime, secrets: List[str], msg_id: str = "whd_1", body: str = BODY) -> Dict[str, str]:
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(int(at.timestamp())),
        "webhook-signature": " ".join(Webhook(s).sign(msg_id, at, body) for s in secrets),
    }


def now() -> datetime:
    return datetime.now(timezone.utc)


def test_accepts_what_the_standard_library_signs_with_either_secret_of_a_rotation() -> None:
    webhooks = Webhooks()
    assert webhooks.verify(BODY, signed(now(), [SECRET]), SECRET)["type"] == "webhook.test"
    assert webhooks.verify(BODY.encode(), signed(now(), [OTHER, SECRET]), SECRET)["data"]["event_id"] == "evt_1"
    assert webhooks.verify(BODY, signed(now(), [SECRET]), [OTHER, SECRET])["type"] == "webhook.test"
    event = webhooks.unwrap(BODY, {k.upper(): v for k, v in signed(now(), [SECRET]).items()}, SECRET)
    assert isinstance(event, WebhookEnvelope)
    assert event.type == "webhook.test"
    assert event.data.event_id == "evt_1"
    # What the SDK signs, the standard's library verifies.
    at = now()
    header = agentdraft.webhooks.sign(SECRET, "whd_9", int(at.timestamp()), BODY)
    headers = {"webhook-id": "whd_9", "webhook-timestamp": str(int(at.timestamp())), "webhook-signature": header}
    assert Webhook(SECRET).verify(BODY, headers)["type"] == "webhook.test"


# Cases are built when each test runs, not at collection: the suite runs for minutes, and a
# timestamp taken at collection would drift into the tolerance.
REFUSED: Dict[str, Callable[[], Tuple[str, Dict[str, str], Any]]] = {
    "body": lambda: (BODY.replace("evt_1", "evt_2"), signed(now(), [SECRET]), SECRET),
    "secret": lambda: (BODY, signed(now(), [SECRET]), OTHER),
    "id": lambda: (BODY, {**signed(now(), [SECRET]), "webhook-id": "whd_2"}, SECRET),
    "stale": lambda: (BODY, signed(now() - timedelta(minutes=6), [SECRET]), SECRET),
    "future": lambda: (BODY, signed(now() + timedelta(minutes=6), [SECRET]), SECRET),
    "headers": lambda: (BODY, {}, SECRET),
    "no secret": lambda: (BODY, signed(now(), [SECRET]), []),
    "not an envelope": lambda: ("[]", signed(now(), [SECRET], body="[]"), SECRET),
}


@pytest.mark.parametrize("what", list(REFUSED))
def test_refuses(what: str) -> None:
    body, headers, secret = REFUSED[what]()
    with pytest.raises(WebhookVerificationError) as caught:
        Webhooks().verify(body, headers, secret)
    assert isinstance(caught.value, AgentDraftError), what


def test_tolerates_five_minutes() -> None:
    assert Webhooks().verify(BODY, signed(now() - timedelta(minutes=4), [SECRET]), SECRET)["type"] == "webhook.test"


@pytest.fixture(scope="module")
def server() -> Iterator[ReferenceServer]:
    s = ReferenceServer("--allow-private-targets", "--webhook-retry-base-ms", "50")
    try:
        yield s
    finally:
        s.stop()


@pytest.mark.server
def test_verifies_the_reference_servers_delivery(server: ReferenceServer) -> None:
    received: List[Tuple[Dict[str, str], bytes]] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length", "0")))
            received.append((dict(self.headers.items()), body))
            self.send_response(204)
            self.end_headers()

    receiver = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    owner = Owner(server.url)
    try:
        agent = owner.agent(1)
        hook = owner._ok(
            owner.http.post(
                "/v1/dashboard/webhooks",
                json={"url": f"http://127.0.0.1:{receiver.server_address[1]}/hook", "events": ["booking.committed"]},
            )
        )
        start = (now() + timedelta(days=3)).replace(minute=0, second=0, microsecond=0)
        with Client(api_key=agent.key, base_url=server.url) as client:
            booking = client.bookings.commit(start=start, end=start + timedelta(minutes=30))
            deadline = time.monotonic() + 10
            while not received and time.monotonic() < deadline:
                time.sleep(0.02)
            assert received, "no delivery arrived"
            headers, body = received[0]
            envelope = client.webhooks.verify(body, headers, hook["secret"])
            assert envelope["data"]["resource"] == booking.booking_id
            event = client.webhooks.unwrap(body, headers, [OTHER, hook["secret"]])
            assert event.type == "booking.committed"
            assert event.data.event_id == booking.audit_event_id
            assert Webhook(hook["secret"]).verify(body, headers)["type"] == "booking.committed"
            with pytest.raises(WebhookVerificationError):
                client.webhooks.verify(body, headers, OTHER)
    finally:
        owner.close()
        receiver.shutdown()
