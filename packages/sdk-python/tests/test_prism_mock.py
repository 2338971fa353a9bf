"""Against the Prism mock of spec/openapi.yaml: every method sends a request the spec accepts (Prism
answers invalid ones with the 400/422 examples, which would raise) and returns the documented example
as the generated model; the documented problems become the right exceptions."""

from __future__ import annotations

import asyncio
import inspect
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any, Callable, Iterator, List, Type

import pytest
from support.spec_examples import problem_example, success_example

import agentdraft
from agentdraft import AsyncClient, Client
from agentdraft.errors import (
    AuthError,
    Conflict,
    InvalidRequest,
    NotFound,
    PermissionDenied,
    RateLimited,
    RuleViolation,
    ServerError,
)
from agentdraft.types import (
    AgentIdentity,
    AuditEventPage,
    Availability,
    Booking,
    BookingPage,
    Checkpoint,
    ConsistencyProof,
    InclusionProof,
    Interval,
    Message,
    MessagePage,
)

pytestmark = pytest.mark.prism

START = datetime(2026, 12, 1, 15, 0, tzinfo=timezone.utc)
END = START + timedelta(minutes=30)
KEY = "avs_live_prism"


@dataclass(frozen=True)
class Case:
    name: str
    call: Callable[[Any], Any]  # client -> result (awaitable for AsyncClient)
    path: str
    method: str
    expected: Callable[[Any], Any]  # documented example -> expected result


def model(cls: Any) -> Callable[[Any], Any]:
    return lambda example: cls.from_dict(example)


CASES: List[Case] = [
    Case("agents.me", lambda c: c.agents.me(), "/v1/agents/me", "get", model(AgentIdentity)),
    Case(
        "availability.list",
        lambda c: c.availability.list(start=START, end=END, duration_minutes=30),
        "/v1/availability",
        "get",
        lambda example: [Interval.from_dict(slot) for slot in example["slots"]],
    ),
    Case(
        "availability.get",
        lambda c: c.availability.get(START, END, 30, calendar_id="cal_main"),
        "/v1/availability",
        "get",
        model(Availability),
    ),
    Case(
        "bookings.commit",
        lambda c: c.bookings.commit(start=START, end=END, idempotency_key="ik_1", metadata={"title": "Discovery call"}),
        "/v1/bookings",
        "post",
        model(Booking),
    ),
    Case(
        "bookings.hold",
        lambda c: c.bookings.hold(start=START, end=END, ttl_seconds=30, metadata={"title": "Discovery call"}),
        "/v1/bookings",
        "post",
        model(Booking),
    ),
    Case(
        "bookings.commit(hold id)",
        lambda c: c.bookings.commit("bkg_01JD6M4Q7Z8W"),
        "/v1/bookings/{booking_id}/commit",
        "post",
        model(Booking),
    ),
    Case(
        "bookings.release",
        lambda c: c.bookings.release("bkg_01JD6M4Q7Z8W", idempotency_key="ik_release"),
        "/v1/bookings/{booking_id}/release",
        "post",
        model(Booking),
    ),
    Case(
        "bookings.cancel",
        lambda c: c.bookings.cancel("bkg_01JD6M4Q7Z8W", reason="customer cancelled"),
        "/v1/bookings/{booking_id}/cancel",
        "post",
        model(Booking),
    ),
    Case(
        "bookings.get", lambda c: c.bookings.get("bkg_01JD6M4Q7Z8W"), "/v1/bookings/{booking_id}", "get", model(Booking)
    ),
    Case(
        "bookings.list",
        lambda c: c.bookings.list(status="COMMITTED", start=START, end=END, limit=10).first_page(),
        "/v1/bookings",
        "get",
        model(BookingPage),
    ),
    Case(
        "bookings.list (items)",
        lambda c: c.bookings.list(agent_id="agt_scheduler").to_list(),
        "/v1/bookings",
        "get",
        lambda example: BookingPage.from_dict(example).data,
    ),
    Case(
        "audit.list",
        lambda c: c.audit.list(resource="bkg_01JD6M4Q7Z8W", limit=5).first_page(),
        "/v1/audit",
        "get",
        model(AuditEventPage),
    ),
    Case("audit.checkpoint", lambda c: c.audit.checkpoint(), "/v1/audit/checkpoint", "get", model(Checkpoint)),
    Case(
        "audit.inclusion_proof",
        lambda c: c.audit.inclusion_proof("evt_000042", tree_size=42),
        "/v1/audit/events/{event_id}/inclusion",
        "get",
        model(InclusionProof),
    ),
    Case(
        "audit.consistency_proof",
        lambda c: c.audit.consistency_proof(10, 42),
        "/v1/audit/consistency",
        "get",
        model(ConsistencyProof),
    ),
    Case(
        "mailbox.list",
        lambda c: c.mailbox.list(direction="inbound", limit=20).first_page(),
        "/v1/mailbox/messages",
        "get",
        model(MessagePage),
    ),
    Case(
        "mailbox.get",
        lambda c: c.mailbox.get("msg_01JD6M9C"),
        "/v1/mailbox/messages/{message_id}",
        "get",
        model(Message),
    ),
    Case(
        "mailbox.send",
        lambda c: c.mailbox.send(
            ["ada@example.com"], "Discovery call", "See you on Tuesday.", booking_id="bkg_01JD6M4Q7Z8W"
        ),
        "/v1/mailbox/messages",
        "post",
        model(Message),
    ),
]


@pytest.fixture
def client(prism_url: str) -> Iterator[Client]:
    with Client(api_key=KEY, base_url=prism_url, max_retries=0) as c:
        yield c


def run_async(prism_url: str, call: Callable[[AsyncClient], Any], **options: Any) -> Any:
    async def main() -> Any:
        async with AsyncClient(api_key=KEY, base_url=prism_url, max_retries=0, **options) as c:
            result = call(c)
            return await result if inspect.isawaitable(result) else result

    return asyncio.run(main())


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_client_returns_documented_example(client: Client, case: Case) -> None:
    assert case.call(client) == case.expected(success_example(case.path, case.method))


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_async_client_returns_documented_example(prism_url: str, case: Case) -> None:
    assert run_async(prism_url, case.call) == case.expected(success_example(case.path, case.method))


def test_async_pager_awaited_is_the_first_page(prism_url: str) -> None:
    page = run_async(prism_url, lambda c: c.bookings.list())
    assert page == BookingPage.from_dict(success_example("/v1/bookings", "get"))
    bookings = run_async(prism_url, lambda c: c.bookings.list().to_list())
    assert bookings == BookingPage.from_dict(success_example("/v1/bookings", "get")).data


def test_commit_conflict_names_the_winner(prism_url: str) -> None:
    with Client(api_key=KEY, base_url=prism_url, default_headers={"Prefer": "code=409"}) as c:
        with pytest.raises(Conflict) as info:
            c.bookings.commit(start=START, end=END, idempotency_key="ik_conflict")
    error = info.value
    assert error.winning_agent_id == "agt_scheduler"
    assert error.winning_agent_priority == 1
    assert error.reason == "outranked"
    assert error.code == "outranked"
    assert error.status_code == 409
    assert error.winning_booking_id == "bkg_01JD6M4Q7Z8W"
    assert error.audit_event_id == "evt_000043"
    assert error.request_id == "req_9a7d3e"
    assert error.body == problem_example("/v1/bookings", "post", "409")
    assert isinstance(error, agentdraft.AgentDraftError)


def test_async_commit_conflict_names_the_winner(prism_url: str) -> None:
    async def main() -> Conflict:
        async with AsyncClient(api_key=KEY, base_url=prism_url, default_headers={"Prefer": "code=409"}) as c:
            try:
                await c.bookings.commit(start=START, end=END)
            except Conflict as error:
                return error
        raise AssertionError("no Conflict raised")

    error = asyncio.run(main())
    assert (error.winning_agent_id, error.winning_agent_priority, error.reason) == ("agt_scheduler", 1, "outranked")


PROBLEMS = [
    ("400", InvalidRequest, lambda e: e.errors[0].field == "/end"),
    ("401", AuthError, lambda e: e.code == "unauthenticated"),
    ("403", PermissionDenied, lambda e: e.required_scope == "bookings:write"),
    ("404", NotFound, lambda e: e.code == "not_found"),
    ("413", InvalidRequest, lambda e: e.code == "payload_too_large"),
    ("422", RuleViolation, lambda e: e.rule.kind == "business_hours" and e.audit_event_id == "evt_000044"),
    ("429", RateLimited, lambda e: e.retry_after_seconds == 2),
    ("500", ServerError, lambda e: e.code == "internal"),
    ("503", ServerError, lambda e: e.code == "unavailable"),
]


@pytest.mark.parametrize(("status", "error_class", "check"), PROBLEMS, ids=[p[0] for p in PROBLEMS])
def test_documented_problems_raise_their_exception(
    prism_url: str, status: str, error_class: Type[Exception], check: Callable[[Any], bool]
) -> None:
    with Client(api_key=KEY, base_url=prism_url, max_retries=0, default_headers={"Prefer": f"code={status}"}) as c:
        with pytest.raises(error_class) as info:
            c.bookings.commit(start=START, end=END)
    error: Any = info.value
    assert error.status_code == int(status)
    assert error.request_id == "req_8f2c1a"
    assert check(error)
