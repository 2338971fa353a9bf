"""Retries, backoff and idempotency keys, against a real HTTP server on 127.0.0.1, for both clients."""

from __future__ import annotations

import socket
import time
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from support.clients import FLAVOURS, AnyClient, invoke, run_all
from support.scripted_server import BOOKING, Reply, ScriptedServer, problem

from agentdraft.errors import (
    APIConnectionError,
    APITimeoutError,
    AuthError,
    Conflict,
    IdempotencyError,
    InvalidRequest,
    NotFound,
    PermissionDenied,
    RateLimited,
    RuleViolation,
    ServerError,
)

START = datetime(2026, 12, 1, 15, tzinfo=timezone.utc)
END = START + timedelta(minutes=30)


def commit(client: AnyClient, **kwargs: Any) -> Any:
    return client.bookings.commit(start=START, end=END, **kwargs)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_fails_twice_then_succeeds_gives_one_result_with_one_key(flavour: str) -> None:
    with ScriptedServer() as server:
        server.reply(Reply(503, problem(503, "unavailable")), Reply(500, problem(500, "internal")), Reply(201, BOOKING))
        booking = invoke(flavour, server.url, lambda c: commit(c, idempotency_key="ik_caller"))
    assert booking.booking_id == "bkg_1"
    assert [r.method for r in server.requests] == ["POST"] * 3
    assert [r.headers["idempotency-key"] for r in server.requests] == ["ik_caller"] * 3
    assert all(r.body == server.requests[0].body for r in server.requests)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_generated_key_is_reused_on_retries_and_fresh_per_call(flavour: str) -> None:
    with ScriptedServer() as server:
        server.reply(Reply(502), Reply(201, BOOKING), Reply(201, BOOKING))

        invoke(flavour, server.url, lambda c: run_all(c, [lambda: commit(c), lambda: commit(c)]))
    keys = [r.headers["idempotency-key"] for r in server.requests]
    assert keys[0] == keys[1] != keys[2]
    assert all(key.startswith("ik_") and len(key) > 20 for key in keys)


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_is_honoured(flavour: str, status: int) -> None:
    code = "rate_limited" if status == 429 else "unavailable"
    with ScriptedServer() as server:
        server.reply(
            Reply(status, problem(status, code, retry_after_seconds=1), {"Retry-After": "1"}), Reply(201, BOOKING)
        )
        # Default backoff (0.5 s at most) would retry sooner: only Retry-After explains a 1 s wait.
        invoke(flavour, server.url, commit, fast=False)
    first, second = server.requests
    assert second.at - first.at >= 0.95
    assert first.headers["idempotency-key"] == second.headers["idempotency-key"]


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_retry_after_above_the_cap_raises_at_once(flavour: str) -> None:
    with ScriptedServer() as server:
        server.reply(Reply(429, problem(429, "rate_limited", retry_after_seconds=3600), {"Retry-After": "3600"}))
        server.reply(Reply(201, BOOKING))
        started = time.monotonic()
        with pytest.raises(RateLimited):
            invoke(flavour, server.url, commit)
    assert time.monotonic() - started < 5
    assert len(server.requests) == 1


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("code", ["outranked", "slot_taken", "booking_frozen", "hold_expired", "invalid_transition"])
def test_conflict_is_never_retried(flavour: str, code: str) -> None:
    body = problem(409, code, winning_agent_id="agt_top", winning_agent_priority=1, audit_event_id="evt_9")
    with ScriptedServer(fallback=Reply(201, BOOKING)) as server:
        server.reply(Reply(409, body, {"Retry-After": "0"}))
        with pytest.raises(Conflict) as info:
            invoke(flavour, server.url, commit, max_retries=5)
    assert len(server.requests) == 1
    assert info.value.reason == code
    assert info.value.winning_agent_id == "agt_top"


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_idempotency_in_flight_is_retried_with_the_same_key(flavour: str) -> None:
    with ScriptedServer() as server:
        in_flight = problem(409, "idempotency_in_flight", retry_after_seconds=1)
        server.reply(Reply(409, in_flight, {"Retry-After": "0.2"}), Reply(201, BOOKING))
        booking = invoke(flavour, server.url, commit)
    assert booking.booking_id == "bkg_1"
    assert len({r.headers["idempotency-key"] for r in server.requests}) == 1
    assert len(server.requests) == 2


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(
    ("status", "code", "error_class"),
    [
        (400, "invalid_request", InvalidRequest),
        (401, "unauthenticated", AuthError),
        (403, "forbidden", PermissionDenied),
        (404, "not_found", NotFound),
        (422, "rule_violation", RuleViolation),
        (422, "idempotency_key_reused", IdempotencyError),
    ],
)
def test_other_client_errors_are_not_retried(flavour: str, status: int, code: str, error_class: type) -> None:
    with ScriptedServer(fallback=Reply(201, BOOKING)) as server:
        server.reply(Reply(status, problem(status, code, errors=[], rule={"rule_id": "r1", "kind": "buffer"})))
        with pytest.raises(error_class):
            invoke(flavour, server.url, commit, max_retries=5)
    assert len(server.requests) == 1


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(("max_retries", "attempts"), [(0, 1), (2, 3), (4, 5)])
def test_gives_up_after_max_retries(flavour: str, max_retries: int, attempts: int) -> None:
    with ScriptedServer(fallback=Reply(503, problem(503, "unavailable"))) as server:
        with pytest.raises(ServerError) as info:
            invoke(flavour, server.url, commit, max_retries=max_retries)
    assert len(server.requests) == attempts
    assert info.value.code == "unavailable"
    assert info.value.request_id == "req_unavailable"


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_rate_limited_after_retries_carries_retry_after(flavour: str) -> None:
    limited = Reply(429, problem(429, "rate_limited", retry_after_seconds=7), {"Retry-After": "0.01"})
    with ScriptedServer(fallback=limited) as server, pytest.raises(RateLimited) as info:
        invoke(flavour, server.url, commit, max_retries=1)
    assert info.value.retry_after_seconds == 7
    assert len(server.requests) == 2


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_dropped_connection_is_retried(flavour: str) -> None:
    with ScriptedServer() as server:
        server.reply(Reply(drop=True), Reply(201, BOOKING))
        booking = invoke(flavour, server.url, lambda c: commit(c, idempotency_key="ik_drop"))
    assert booking.booking_id == "bkg_1"
    assert [r.headers["idempotency-key"] for r in server.requests] == ["ik_drop", "ik_drop"]


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_timeout_is_retried_then_reported(flavour: str) -> None:
    with ScriptedServer() as server:
        server.reply(Reply(201, BOOKING, delay=1.0), Reply(201, BOOKING))
        booking = invoke(flavour, server.url, commit, timeout=0.3)
        assert booking.booking_id == "bkg_1"
        assert len({r.headers["idempotency-key"] for r in server.requests}) == 1
    with ScriptedServer(fallback=Reply(201, BOOKING, delay=1.0)) as server, pytest.raises(APITimeoutError):
        invoke(flavour, server.url, commit, timeout=0.2, max_retries=1)
    assert len(server.requests) == 2


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_connection_refused_raises_connection_error(flavour: str) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # bound but not listening: connections are refused
        with pytest.raises(APIConnectionError) as info:
            invoke(flavour, f"http://127.0.0.1:{port}", commit, max_retries=1)
    assert not isinstance(info.value, APITimeoutError)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_get_is_retried_and_carries_no_idempotency_key(flavour: str) -> None:
    with ScriptedServer() as server:
        server.reply(Reply(502), Reply(200, BOOKING))
        booking = invoke(flavour, server.url, lambda c: c.bookings.get("bkg_1"))
    assert booking.booking_id == "bkg_1"
    assert [r.path for r in server.requests] == ["/v1/bookings/bkg_1"] * 2
    assert all("idempotency-key" not in r.headers for r in server.requests)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_every_post_carries_a_key(flavour: str) -> None:
    with ScriptedServer(fallback=Reply(200, BOOKING)) as server:

        def posts(client: AnyClient) -> Any:
            calls = [
                lambda: client.bookings.commit(start=START, end=END),
                lambda: client.bookings.hold(start=START, end=END),
                lambda: client.bookings.commit("bkg_1"),
                lambda: client.bookings.release("bkg_1"),
                lambda: client.bookings.cancel("bkg_1", "no longer needed"),
            ]
            return run_all(client, calls)

        invoke(flavour, server.url, posts)
    assert [r.path for r in server.requests] == [
        "/v1/bookings",
        "/v1/bookings",
        "/v1/bookings/bkg_1/commit",
        "/v1/bookings/bkg_1/release",
        "/v1/bookings/bkg_1/cancel",
    ]
    keys = [r.headers.get("idempotency-key") for r in server.requests]
    assert all(keys)
    assert len(set(keys)) == len(keys)
    assert server.requests[4].body == {"reason": "no longer needed"}
    assert server.requests[1].body["mode"] == "hold"


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_request_headers(flavour: str) -> None:
    with ScriptedServer(fallback=Reply(200, BOOKING)) as server:
        invoke(flavour, server.url, lambda c: c.bookings.get("bkg_1"), default_headers={"X-Trace": "t1"})
    headers = server.requests[0].headers
    assert headers["authorization"] == "Bearer avs_live_test"
    assert headers["user-agent"].startswith("agentdraft-python/")
    assert headers["x-trace"] == "t1"
    assert "application/problem+json" in headers["accept"]
