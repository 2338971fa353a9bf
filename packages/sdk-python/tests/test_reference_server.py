"""Integration against the REAL reference server (packages/server), started on a free port with a
temporary store: every method of Client and AsyncClient, every error class the server produces,
the README quickstart as a subprocess, and the priority races from threads and from asyncio."""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta, timezone
from typing import Any, Dict, Iterator, List, Optional, Tuple

import pytest
from support.clients import FLAVOURS, invoke, run_all
from support.paths import README
from support.reference_server import Agent, Owner, ReferenceServer

from agentdraft import AsyncClient, Client
from agentdraft.errors import (
    AuthError,
    Conflict,
    IdempotencyError,
    InvalidRequest,
    NotFound,
    PermissionDenied,
    RateLimited,
    RuleViolation,
)
from agentdraft.types import AgentIdentity, AuditEvent, Booking, Checkpoint, Interval, Message

pytestmark = pytest.mark.server

_slots = iter(range(1, 10_000))


def slot(minutes: int = 30) -> Tuple[datetime, datetime]:
    """A fresh slot in the future, never the same one twice in a test session."""
    base = datetime.now(timezone.utc).replace(second=0, microsecond=0) + timedelta(days=2)
    start = base + timedelta(hours=next(_slots))
    return start, start + timedelta(minutes=minutes)


@pytest.fixture(scope="module")
def server() -> Iterator[ReferenceServer]:
    instance = ReferenceServer(mail=True)
    try:
        yield instance
    finally:
        instance.stop()


@pytest.fixture
def owner(server: ReferenceServer) -> Iterator[Owner]:
    """A fresh workspace (its own calendar) per test."""
    workspace = Owner(server.url)
    try:
        yield workspace
    finally:
        workspace.close()


def call(flavour: str, server: ReferenceServer, agent: Agent, fn: Any, **options: Any) -> Any:
    return invoke(flavour, server.url, fn, fast=False, api_key=agent.key, **options)


# Every method, both clients ---------------------------------------------------------------------


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_agents_me(flavour: str, server: ReferenceServer, owner: Owner) -> None:
    agent = owner.agent(3)
    me = call(flavour, server, agent, lambda c: c.agents.me())
    assert isinstance(me, AgentIdentity)
    assert (me.agent_id, me.name, me.priority, me.calendar_id) == (agent.agent_id, agent.name, 3, agent.calendar_id)
    assert set(me.scopes) >= {"bookings:write", "audit:read"}


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_availability_reflects_bookings(flavour: str, server: ReferenceServer, owner: Owner) -> None:
    agent = owner.agent(1)
    start, end = slot(60)
    free = call(flavour, server, agent, lambda c: c.availability.list(start=start, end=end, duration_minutes=30))
    assert free == [Interval(start=start, end=end)]
    booked_start, booked_end = start, start + timedelta(minutes=30)
    call(flavour, server, agent, lambda c: c.bookings.commit(start=booked_start, end=booked_end))
    after = call(flavour, server, agent, lambda c: c.availability.get(start=start, end=end))
    assert after.slots == [Interval(start=booked_end, end=end)]
    assert [(b.start, b.end, b.agent_id) for b in after.busy] == [(booked_start, booked_end, agent.agent_id)]
    assert call(flavour, server, agent, lambda c: c.availability.list(start, end, 45)) == []


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_booking_lifecycle(flavour: str, server: ReferenceServer, owner: Owner) -> None:
    agent = owner.agent(1)
    (s1, e1), (s2, e2), (s3, e3) = slot(), slot(), slot()

    def lifecycle(c: Any) -> Any:
        return run_all(
            c,
            [
                lambda: c.bookings.commit(start=s1, end=e1, idempotency_key="ik_l1", metadata={"title": "Call"}),
                lambda: c.bookings.hold(start=s2, end=e2, ttl_seconds=60, metadata={"title": "Maybe"}),
                lambda: c.bookings.hold(start=s3, end=e3),
            ],
        )

    committed, held, other_hold = call(flavour, server, agent, lifecycle)
    assert isinstance(committed, Booking)
    assert (committed.status, committed.metadata, committed.agent_priority) == ("COMMITTED", {"title": "Call"}, 1)
    assert (committed.start, committed.end) == (s1, e1)
    assert held.status == "HELD"
    assert held.hold_expires_at is not None

    def resolve(c: Any) -> Any:
        return run_all(
            c,
            [
                lambda: c.bookings.commit(held.booking_id),
                lambda: c.bookings.release(other_hold.booking_id),
                lambda: c.bookings.cancel(committed.booking_id, reason="customer cancelled"),
                lambda: c.bookings.get(committed.booking_id),
            ],
        )

    promoted, released, cancelled, fetched = call(flavour, server, agent, resolve)
    assert (promoted.booking_id, promoted.status) == (held.booking_id, "COMMITTED")
    assert (released.booking_id, released.status) == (other_hold.booking_id, "RELEASED")
    assert (cancelled.status, fetched.status) == ("CANCELLED", "CANCELLED")
    assert fetched.booking_id == committed.booking_id


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_bookings_list_pages_and_filters(flavour: str, server: ReferenceServer, owner: Owner) -> None:
    first, second = owner.agents([1, 2])
    mine = [commit_somewhere(flavour, server, first) for _ in range(5)]
    start, end = slot()
    theirs = call(flavour, server, second, lambda c: c.bookings.hold(start=start, end=end))
    everything = call(flavour, server, first, lambda c: c.bookings.list(limit=2).to_list())
    assert {b.booking_id for b in everything} == {b.booking_id for b in [*mine, theirs]}
    pages = call(flavour, server, first, lambda c: _page_sizes(c.bookings.list(limit=2)))
    assert pages == [2, 2, 2]
    held = call(flavour, server, first, lambda c: c.bookings.list(status="HELD").to_list())
    assert [b.booking_id for b in held] == [theirs.booking_id]
    by_agent = call(flavour, server, second, lambda c: c.bookings.list(agent_id=first.agent_id).to_list())
    assert len(by_agent) == 5
    window = call(flavour, server, first, lambda c: c.bookings.list(start=mine[1].start, end=mine[2].end).to_list())
    assert [b.booking_id for b in window] == [mine[1].booking_id, mine[2].booking_id]


def commit_somewhere(flavour: str, server: ReferenceServer, agent: Agent) -> Booking:
    start, end = slot()
    booking: Booking = call(flavour, server, agent, lambda c: c.bookings.commit(start=start, end=end))
    return booking


def _page_sizes(pager: Any) -> Any:
    if hasattr(pager, "__aiter__"):

        async def sizes() -> List[int]:
            return [len(page.data) async for page in pager.pages()]

        return sizes()
    return [len(page.data) for page in pager.pages()]


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_idempotent_replay_returns_the_same_booking(flavour: str, server: ReferenceServer, owner: Owner) -> None:
    agent = owner.agent(1)
    start, end = slot()
    first = call(flavour, server, agent, lambda c: c.bookings.commit(start=start, end=end, idempotency_key="ik_same"))
    again = call(flavour, server, agent, lambda c: c.bookings.commit(start=start, end=end, idempotency_key="ik_same"))
    assert again == first
    assert len(call(flavour, server, agent, lambda c: c.bookings.list().to_list())) == 1


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_raw_response_shows_the_replay_and_its_request_id(flavour: str, server: ReferenceServer, owner: Owner) -> None:
    agent = owner.agent(1)
    start, end = slot()

    def raw(c: Any) -> Any:
        return c.bookings.with_raw_response.commit(start=start, end=end, idempotency_key="ik_raw")

    first = call(flavour, server, agent, raw)
    again = call(flavour, server, agent, raw)
    assert (first.status_code, again.status_code) == (201, 201)
    assert again.headers.get("idempotent-replayed") == "true"
    assert again.headers.get("ratelimit")
    assert first.request_id
    assert again.request_id
    assert first.request_id != again.request_id
    booking = again.parse()
    assert booking == first.parse()
    assert booking._request_id == again.request_id


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_audit_methods_and_offline_verification(flavour: str, server: ReferenceServer, owner: Owner) -> None:
    agent = owner.agent(1)
    start, end = slot()
    booking = call(flavour, server, agent, lambda c: c.bookings.commit(start=start, end=end))
    old = call(flavour, server, agent, lambda c: c.audit.checkpoint())
    assert isinstance(old, Checkpoint)
    assert old.tree_size >= 1
    events = call(flavour, server, agent, lambda c: c.audit.list(resource=booking.booking_id).to_list())
    assert booking.audit_event_id in [e.event_id for e in events]
    assert all(isinstance(e, AuditEvent) and e.resource == booking.booking_id for e in events)
    assert len(call(flavour, server, agent, lambda c: c.audit.list(limit=1).to_list())) == old.tree_size
    proof = call(flavour, server, agent, lambda c: c.audit.inclusion_proof(booking.audit_event_id))
    assert (proof.event_id, proof.tree_size) == (booking.audit_event_id, old.tree_size)
    pinned = old.verifier_key
    event = call(flavour, server, agent, lambda c: c.audit.verify_event(booking.audit_event_id, verifier_key=pinned))
    assert (event.event_id, event.resource) == (booking.audit_event_id, booking.booking_id)
    for _ in range(3):
        commit_somewhere(flavour, server, agent)
    new = call(flavour, server, agent, lambda c: c.audit.verify_consistency(old, verifier_key=pinned))
    assert new.tree_size > old.tree_size
    consistency = call(flavour, server, agent, lambda c: c.audit.consistency_proof(old.tree_size, new.tree_size))
    assert (consistency.from_size, consistency.to_size) == (old.tree_size, new.tree_size)
    assert consistency.proof
    again = call(flavour, server, agent, lambda c: c.audit.verify_event(event, checkpoint=new, verifier_key=pinned))
    assert again == event


def eventually(check: Any, timeout: float = 20.0) -> Any:
    """Poll ``check()`` until it returns something truthy (mail delivery is asynchronous)."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result or time.monotonic() > deadline:
            return result
        time.sleep(0.2)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_mailbox_send_list_get(flavour: str, server: ReferenceServer, owner: Owner) -> None:
    sender, recipient = owner.agents([1, 2])
    sender_address = call(flavour, server, sender, lambda c: c.agents.me()).mailbox_address
    recipient_address = call(flavour, server, recipient, lambda c: c.agents.me()).mailbox_address
    start, end = slot()
    booking = call(flavour, server, sender, lambda c: c.bookings.commit(start=start, end=end))
    assert call(flavour, server, recipient, lambda c: c.mailbox.list().to_list()) == []

    def send(c: Any) -> Any:
        return c.mailbox.send([recipient_address], "Discovery call", "See you then.", booking_id=booking.booking_id)

    sent = call(flavour, server, sender, send)
    assert isinstance(sent, Message)
    assert (sent.direction, sent.subject, sent.to) == ("outbound", "Discovery call", [recipient_address])
    assert sent.status in {"queued", "sent"}
    assert call(flavour, server, sender, lambda c: c.mailbox.get(sent.message_id)).message_id == sent.message_id
    outbound = call(flavour, server, sender, lambda c: c.mailbox.list(direction="outbound").to_list())
    assert [m.message_id for m in outbound] == [sent.message_id]
    # The server relays to its own inbound SMTP listener: the recipient's mailbox receives it.
    inbound = eventually(
        lambda: call(flavour, server, recipient, lambda c: c.mailbox.list(direction="inbound", limit=5).to_list())
    )
    assert [(m.direction, m.subject, m.from_) for m in inbound] == [("inbound", "Discovery call", sender_address)]
    received = call(flavour, server, recipient, lambda c: c.mailbox.get(inbound[0].message_id))
    assert received.text is not None
    assert "See you then." in received.text
    delivered = eventually(
        lambda: call(flavour, server, sender, lambda c: c.mailbox.get(sent.message_id)).status == "sent"
    )
    assert delivered


# Every error class, produced for real ------------------------------------------------------------


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_conflict_outranked_names_the_winner(flavour: str, server: ReferenceServer, owner: Owner) -> None:
    top, lower = owner.agents([1, 2])
    start, end = slot()
    winner = call(flavour, server, top, lambda c: c.bookings.commit(start=start, end=end))
    with pytest.raises(Conflict) as info:
        call(flavour, server, lower, lambda c: c.bookings.commit(start=start, end=end))
    error = info.value
    assert (error.reason, error.code, error.status_code) == ("outranked", "outranked", 409)
    assert (error.winning_agent_id, error.winning_agent_priority) == (top.agent_id, 1)
    assert error.winning_booking_id == winner.booking_id
    assert error.audit_event_id
    assert error.audit_event_id.startswith("evt_")
    assert error.request_id
    assert error.request_id.startswith("req_")


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_conflict_on_a_slot_held_by_an_equal_priority(flavour: str, server: ReferenceServer, owner: Owner) -> None:
    first, second = owner.agents([2, 2])
    start, end = slot()
    call(flavour, server, first, lambda c: c.bookings.commit(start=start, end=end))
    with pytest.raises(Conflict) as info:
        call(flavour, server, second, lambda c: c.bookings.commit(start=start, end=end))
    assert info.value.reason in {"slot_taken", "booking_frozen"}
    assert info.value.winning_agent_id == first.agent_id


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_conflict_invalid_transition(flavour: str, server: ReferenceServer, owner: Owner) -> None:
    agent = owner.agent(1)
    start, end = slot()
    booking = call(flavour, server, agent, lambda c: c.bookings.commit(start=start, end=end))
    with pytest.raises(Conflict) as info:
        call(flavour, server, agent, lambda c: c.bookings.release(booking.booking_id))
    assert info.value.reason == "invalid_transition"


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_auth_error_for_a_bad_or_revoked_key(flavour: str, server: ReferenceServer, owner: Owner) -> None:
    with pytest.raises(AuthError) as info:
        invoke(flavour, server.url, lambda c: c.agents.me(), api_key="avs_live_not_a_real_key")
    assert (info.value.status_code, info.value.code) == (401, "unauthenticated")
    agent = owner.agent(1)
    owner.revoke(agent)
    with pytest.raises(AuthError):
        call(flavour, server, agent, lambda c: c.agents.me())


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_permission_denied(flavour: str, server: ReferenceServer, owner: Owner) -> None:
    reader = owner.agent(1, scopes=["bookings:read"])
    start, end = slot()
    with pytest.raises(PermissionDenied) as info:
        call(flavour, server, reader, lambda c: c.bookings.commit(start=start, end=end))
    assert (info.value.status_code, info.value.code) == (403, "forbidden")
    assert info.value.required_scope in (None, "bookings:write")
    owner_of_booking, other = owner.agents([1, 2])
    booking = call(flavour, server, owner_of_booking, lambda c: c.bookings.commit(start=start, end=end))
    with pytest.raises(PermissionDenied):
        call(flavour, server, other, lambda c: c.bookings.cancel(booking.booking_id))


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_not_found(flavour: str, server: ReferenceServer, owner: Owner) -> None:
    agent = owner.agent(1)
    with pytest.raises(NotFound) as info:
        call(flavour, server, agent, lambda c: c.bookings.get("bkg_doesnotexist"))
    assert (info.value.status_code, info.value.code) == (404, "not_found")
    other_workspace = Owner(server.url)
    try:
        stranger = other_workspace.agent(1)
        start, end = slot()
        booking = call(flavour, server, stranger, lambda c: c.bookings.commit(start=start, end=end))
    finally:
        other_workspace.close()
    with pytest.raises(NotFound):  # another workspace's booking does not exist for this agent
        call(flavour, server, agent, lambda c: c.bookings.get(booking.booking_id))


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_invalid_request(flavour: str, server: ReferenceServer, owner: Owner) -> None:
    agent = owner.agent(1)
    start, end = slot()
    with pytest.raises(InvalidRequest) as info:
        call(flavour, server, agent, lambda c: c.bookings.commit(start=end, end=start))
    assert (info.value.status_code, info.value.code) == (400, "invalid_request")


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_rule_violation_names_the_rule(flavour: str, server: ReferenceServer, owner: Owner) -> None:
    agent = owner.agent(1)
    owner.set_rules(agent.calendar_id, [{"rule_id": "short_calls", "kind": "max_duration", "minutes": 15}])
    start, end = slot(30)
    with pytest.raises(RuleViolation) as info:
        call(flavour, server, agent, lambda c: c.bookings.commit(start=start, end=end))
    error = info.value
    assert (error.status_code, error.code) == (422, "rule_violation")
    assert error.rule is not None
    assert (error.rule.rule_id, error.rule.kind) == ("short_calls", "max_duration")


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_idempotency_key_reused_for_another_request(flavour: str, server: ReferenceServer, owner: Owner) -> None:
    agent = owner.agent(1)
    (s1, e1), (s2, e2) = slot(), slot()
    call(flavour, server, agent, lambda c: c.bookings.commit(start=s1, end=e1, idempotency_key="ik_reuse"))
    with pytest.raises(IdempotencyError) as info:
        call(flavour, server, agent, lambda c: c.bookings.commit(start=s2, end=e2, idempotency_key="ik_reuse"))
    assert (info.value.status_code, info.value.code) == (422, "idempotency_key_reused")


@pytest.fixture(scope="module")
def limited_server() -> Iterator[ReferenceServer]:
    """A second server whose agents get a bucket of 2 requests, refilled at 1 per second."""
    instance = ReferenceServer("--rate-limit", "2", "--rate-refill", "1")
    try:
        yield instance
    finally:
        instance.stop()


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_rate_limited_then_ridden_out_by_retries(flavour: str, limited_server: ReferenceServer) -> None:
    owner = Owner(limited_server.url)
    try:
        agent = owner.agent(1)
    finally:
        owner.close()

    def burst(c: Any) -> Any:
        return run_all(c, [lambda: c.agents.me() for _ in range(4)])

    with pytest.raises(RateLimited) as info:
        call(flavour, limited_server, agent, burst, max_retries=0)
    assert (info.value.status_code, info.value.code) == (429, "rate_limited")
    assert info.value.retry_after_seconds is not None
    assert info.value.retry_after_seconds >= 1
    # With retries on, the client waits as Retry-After says and gets through.
    results = call(flavour, limited_server, agent, burst, max_retries=3)
    assert [me.agent_id for me in results] == [agent.agent_id] * 4


# The quickstart, as a user runs it -----------------------------------------------------------------

ISSUE_QUICKSTART = """from datetime import datetime, timedelta, timezone
from agentdraft import Client, Conflict

client = Client(api_key="avs_live_...")   # or set AGENTDRAFT_API_KEY

# Tomorrow, 15:00-15:30 UTC.
start = (datetime.now(timezone.utc) + timedelta(days=1)).replace(hour=15, minute=0, second=0, microsecond=0)
end   = start + timedelta(minutes=30)

try:
    booking = client.bookings.commit(
        start=start, end=end,
        idempotency_key=f"discovery-call-{start:%Y-%m-%d}",  # a re-run replays this booking
        metadata={"title": "Discovery call"},
    )
    print("booked:", booking.booking_id)
except Conflict as e:
    print(f"outranked by {e.winning_agent_id} (rank {e.winning_agent_priority})")
"""


def readme_quickstart() -> str:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Quickstart", 1)[1]
    match = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert match is not None, "README has no quickstart code block"
    return match.group(1)


def run_quickstart(code: str, server: ReferenceServer, key: Optional[str]) -> str:
    env: Dict[str, str] = {k: v for k, v in os.environ.items() if not k.startswith("AGENTDRAFT_")}
    env["AGENTDRAFT_BASE_URL"] = server.url
    if key is not None:
        env["AGENTDRAFT_API_KEY"] = key
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_readme_quickstart_is_the_issues() -> None:
    assert readme_quickstart() == ISSUE_QUICKSTART


@pytest.mark.parametrize("variant", ["as pasted, key from the environment", "key passed in"])
def test_quickstart_books_a_free_slot(variant: str, server: ReferenceServer, owner: Owner) -> None:
    agent = owner.agent(2)
    code = readme_quickstart()
    if variant == "key passed in":
        code = code.replace('"avs_live_..."', repr(agent.key))
    out = run_quickstart(code, server, None if variant == "key passed in" else agent.key)
    assert re.fullmatch(r"booked: bkg_\w+\n", out), out
    booking_id = out.split()[1]
    booking = invoke("sync", server.url, lambda c: c.bookings.get(booking_id), api_key=agent.key)
    assert (booking.agent_id, booking.metadata) == (agent.agent_id, {"title": "Discovery call"})


def test_quickstart_runs_again_and_replays_its_booking(server: ReferenceServer, owner: Owner) -> None:
    """A second run sends the same request with the same idempotency key: the server replays the
    booking of the first run (a fixed key with a moving start time got 422 on the second run)."""
    agent = owner.agent(2)
    first = run_quickstart(readme_quickstart(), server, agent.key)
    again = run_quickstart(readme_quickstart(), server, agent.key)
    assert re.fullmatch(r"booked: bkg_\w+\n", first), first
    assert again == first


def test_quickstart_reports_the_higher_priority_holder(server: ReferenceServer, owner: Owner) -> None:
    top, agent = owner.agents([1, 2])
    tomorrow = (datetime.now(timezone.utc) + timedelta(days=1)).replace(hour=15, minute=0, second=0, microsecond=0)
    hold_start, hold_end = tomorrow - timedelta(hours=1), tomorrow + timedelta(hours=2)
    invoke(
        "sync", server.url, lambda c: c.bookings.hold(start=hold_start, end=hold_end, ttl_seconds=120), api_key=top.key
    )
    out = run_quickstart(readme_quickstart(), server, agent.key)
    assert out == f"outranked by {top.agent_id} (rank 1)\n"


# The races ----------------------------------------------------------------------------------------

ROUNDS = 50


def assert_round(results: List[Any], agents: List[Agent], round_no: int) -> None:
    top = agents[0]
    wins = [r for r in results if isinstance(r, Booking)]
    assert len(wins) == 1, f"round {round_no}: {len(wins)} bookings: {results}"
    winner = wins[0]
    assert winner.agent_id == top.agent_id, f"round {round_no}: won by priority {winner.agent_priority}"
    losers = results[1:]
    assert all(isinstance(r, Conflict) for r in losers), f"round {round_no}: {losers}"
    for error in losers:
        assert (error.winning_agent_id, error.winning_agent_priority) == (top.agent_id, 1), f"round {round_no}"
        assert error.winning_booking_id == winner.booking_id


def test_five_threads_fifty_rounds_priority_one_always_wins(server: ReferenceServer, owner: Owner) -> None:
    agents = owner.agents([1, 2, 3, 4, 5])
    # "Simultaneous" = within the arbitration window; 250 ms absorbs a busy CI machine's jitter.
    owner.set_settings(agents[0].calendar_id, arbitration_window_ms=250)
    clients = [Client(api_key=a.key, base_url=server.url) for a in agents]
    try:
        for client in clients:
            client.agents.me()  # open the connections before the race
        barrier = threading.Barrier(len(clients))

        def book(index: int, start: datetime, end: datetime, results: List[Any]) -> None:
            barrier.wait()  # all five fire together
            try:
                results[index] = clients[index].bookings.commit(start=start, end=end)
            except Conflict as error:
                results[index] = error

        for round_no in range(ROUNDS):
            start, end = slot()
            results: List[Any] = [None] * len(clients)
            threads = [threading.Thread(target=book, args=(i, start, end, results)) for i in range(len(clients))]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=60)
            assert_round(results, agents, round_no)
    finally:
        for client in clients:
            client.close()


def test_asyncio_gather_race_priority_one_always_wins(server: ReferenceServer, owner: Owner) -> None:
    agents = owner.agents([1, 2, 3, 4, 5])
    # "Simultaneous" = within the arbitration window; 250 ms absorbs a busy CI machine's jitter.
    owner.set_settings(agents[0].calendar_id, arbitration_window_ms=250)

    async def race() -> None:
        clients = [AsyncClient(api_key=a.key, base_url=server.url) for a in agents]
        try:
            await asyncio.gather(*(c.agents.me() for c in clients))
            for round_no in range(ROUNDS):
                start, end = slot()
                results = await asyncio.gather(
                    *(c.bookings.commit(start=start, end=end) for c in clients), return_exceptions=True
                )
                assert_round(list(results), agents, round_no)
        finally:
            await asyncio.gather(*(c.aclose() for c in clients))

    asyncio.run(race())
