"""One behaviour in both SDKs (issue 12): each point the two SDKs used to disagree on, pinned here and
in the TypeScript SDK's ``test/one-behaviour.test.ts``."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import datetime, timezone
from pathlib import Path

import pytest
from support.clients import FLAVOURS, invoke
from support.scripted_server import BOOKING, Reply, ScriptedServer, problem

from agentdraft import InvalidRequest, RateLimited, ServerError
from agentdraft.errors import IdempotencyError, error_from_problem
from agentdraft.generated.models import Availability, BookingPage

START = datetime(2026, 12, 1, 15, tzinfo=timezone.utc)
END = datetime(2026, 12, 1, 16, tzinfo=timezone.utc)
AVAILABILITY = {
    "calendar_id": "cal_1",
    "range_start": "2026-12-01T15:00:00Z",
    "range_end": "2026-12-01T16:00:00Z",
    "slots": [{"start": "2026-12-01T15:00:00Z", "end": "2026-12-01T15:30:00Z"}],
    "busy": [{"start": "2026-12-01T15:30:00Z", "end": "2026-12-01T16:00:00Z", "kind": "booking"}],
}


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_commit_of_a_hold_is_bookings_commit_with_its_id(flavour: str) -> None:
    with ScriptedServer(fallback=Reply(200, BOOKING)) as server:
        booking = invoke(flavour, server.url, lambda c: c.bookings.commit("bkg_hold", idempotency_key="ik_h"))
        invoke(flavour, server.url, lambda c: c.bookings.commit(start=START, end=END, idempotency_key="ik_c"))
    assert booking.booking_id == "bkg_1"
    assert [(r.method, r.path) for r in server.requests] == [
        ("POST", "/v1/bookings/bkg_hold/commit"),
        ("POST", "/v1/bookings"),
    ]
    assert server.requests[0].headers["idempotency-key"] == "ik_h"
    assert server.requests[1].body["mode"] == "commit"
    assert not hasattr(invoke(flavour, server.url, lambda c: c.bookings), "commit_hold")


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_availability_list_returns_slots_and_get_the_whole_object(flavour: str) -> None:
    with ScriptedServer(fallback=Reply(200, AVAILABILITY)) as server:
        slots = invoke(flavour, server.url, lambda c: c.availability.list(START, END, 30))
        whole = invoke(flavour, server.url, lambda c: c.availability.get(START, END, 30))
    assert whole == Availability.from_dict(AVAILABILITY)
    assert slots == whole.slots
    assert whole.busy[0].kind == "booking"
    assert server.requests[0].path == server.requests[1].path


def test_awaiting_an_async_pager_gives_the_first_page() -> None:
    page = {"data": [BOOKING], "has_more": True, "next_cursor": "2"}
    last = {"data": [BOOKING], "has_more": False}
    with ScriptedServer(fallback=Reply(200, last)) as server:
        server.reply(Reply(200, page))
        first = invoke("async", server.url, lambda c: c.bookings.list(limit=1))
        assert first == BookingPage.from_dict(page)
        assert len(server.requests) == 1
        server.reply(Reply(200, page))
        every = invoke("async", server.url, lambda c: c.bookings.list(limit=1).to_list())
    assert len(every) == 2


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_naive_time_is_an_invalid_request_before_sending(flavour: str) -> None:
    with ScriptedServer(fallback=Reply(201, BOOKING)) as server:
        with pytest.raises(InvalidRequest) as info:
            invoke(flavour, server.url, lambda c: c.bookings.commit(start=datetime(2026, 12, 1, 15), end=END))
    assert (info.value.status_code, info.value.code, info.value.request_id) == (400, "invalid_request", None)
    assert server.requests == []


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_timeout_zero_means_no_timeout(flavour: str) -> None:
    with ScriptedServer(fallback=Reply(201, BOOKING, delay=0.3)) as server:
        booking = invoke(flavour, server.url, lambda c: c.bookings.commit(start=START, end=END), timeout=0)
    assert booking.booking_id == "bkg_1"


def test_retry_after_seconds_is_a_float_on_every_class_that_has_it() -> None:
    limited = error_from_problem(429, problem(429, "rate_limited", retry_after_seconds=1.9))
    assert isinstance(limited, RateLimited)
    assert limited.retry_after_seconds == 1.9
    unavailable = error_from_problem(503, problem(503, "unavailable", retry_after_seconds=2.5))
    assert isinstance(unavailable, ServerError)
    assert unavailable.retry_after_seconds == 2.5
    from_header = error_from_problem(503, problem(503, "unavailable"), retry_after=1.5)
    assert isinstance(from_header, ServerError)
    assert from_header.retry_after_seconds == 1.5
    in_flight = error_from_problem(409, problem(409, "idempotency_in_flight"), retry_after=0.5)
    assert isinstance(in_flight, IdempotencyError)
    assert in_flight.retry_after_seconds == 0.5
    assert error_from_problem(500, problem(500, "internal")).retry_after_seconds is None  # type: ignore[attr-defined]


def test_parameter_enums_are_literal_types(tmp_path: Path) -> None:
    source = tmp_path / "enums.py"
    source.write_text(
        textwrap.dedent(
            """
            from agentdraft import Client

            client = Client(api_key="avs_live_x")
            client.bookings.list(status="COMMITTED")
            client.bookings.list(status="BOGUS")
            client.mailbox.list(direction="sideways")
            """
        )
    )
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(source)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 1, done.stdout
    errors = [line for line in done.stdout.splitlines() if ": error:" in line]
    assert [line.split(":")[1] for line in errors] == ["6", "7"], done.stdout
    assert "Literal['HELD', 'COMMITTED'" in errors[0]
