"""Runtime features of issue 13 against a real HTTP server on 127.0.0.1, for both clients:
response metadata, per-call options, derived clients, the retry policy, logging, errors."""

from __future__ import annotations

import asyncio
import email.utils
import logging
import time
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
import pytest
from support.clients import FLAVOURS, AnyClient, invoke
from support.scripted_server import BOOKING, Reply, ScriptedServer, problem

from agentdraft import AsyncClient, Client
from agentdraft._base_client import shared_ssl_context
from agentdraft.errors import (
    AgentDraftError,
    APITimeoutError,
    ClientClosedError,
    InvalidRequest,
    RateLimited,
    ServerError,
)

START = datetime(2026, 12, 1, 15, tzinfo=timezone.utc)
END = START + timedelta(minutes=30)
OK = Reply(201, BOOKING, {"idempotent-replayed": "true", "ratelimit": "limit=10"})


def commit(client: Any, **kwargs: Any) -> Any:
    return client.bookings.commit(start=START, end=END, **kwargs)


# 1. Response metadata ---------------------------------------------------------------------------


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_with_raw_response_exposes_headers_status_request_id_and_parse(flavour: str) -> None:
    with ScriptedServer() as server:
        server.reply(OK)

        def go(c: AnyClient) -> Any:
            if isinstance(c, Client):
                raw = c.bookings.with_raw_response.commit(start=START, end=END)
                return raw, raw.parse()

            async def run() -> Any:
                raw = await c.bookings.with_raw_response.commit(start=START, end=END)
                return raw, raw.parse()

            return run()

        raw, booking = invoke(flavour, server.url, go)
    assert raw.status_code == 201
    assert raw.request_id is not None
    assert raw.request_id.startswith("req_")
    assert raw.headers["idempotent-replayed"] == "true"
    assert raw.headers["ratelimit"] == "limit=10"
    assert booking.booking_id == "bkg_1"
    assert booking._request_id == raw.request_id


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_every_parsed_result_carries_its_request_id(flavour: str) -> None:
    with ScriptedServer() as server:
        server.reply(OK)
        booking = invoke(flavour, server.url, commit)
    assert booking._request_id.startswith("req_")


# 2. Per-call options and derived clients --------------------------------------------------------


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_per_call_options(flavour: str) -> None:
    with ScriptedServer() as server:
        server.reply(Reply(503, problem(503, "unavailable")))
        with pytest.raises(ServerError):
            invoke(flavour, server.url, lambda c: commit(c, max_retries=0, extra_headers={"X-Trace": "t1"}))
        assert len(server.requests) == 1
        assert server.requests[0].headers["x-trace"] == "t1"
        server.reply(Reply(200, BOOKING, delay=0.5))
        with pytest.raises(APITimeoutError):
            invoke(flavour, server.url, lambda c: c.bookings.get("bkg_1", timeout=0.1, max_retries=0))
        server.reply(OK)
        invoke(flavour, server.url, lambda c: commit(c, idempotency_key="ik_mine"))
        assert server.requests[-1].headers["idempotency-key"] == "ik_mine"


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_with_options_derives_a_client(flavour: str) -> None:
    with ScriptedServer() as server:
        server.reply(Reply(503, problem(503, "unavailable")))

        def go(c: AnyClient) -> Any:
            derived = c.with_options(max_retries=0, default_headers={"X-Team": "a"})
            assert (derived.max_retries, c.max_retries) == (0, 2)
            assert derived._http is c._http
            return commit(derived)

        with pytest.raises(ServerError):
            invoke(flavour, server.url, go)
    assert len(server.requests) == 1
    assert server.requests[0].headers["x-team"] == "a"


# 3. Retry policy --------------------------------------------------------------------------------


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_retry_after_ms_then_retry_after_date_and_retry_count_header(flavour: str) -> None:
    with ScriptedServer() as server:
        # An HTTP date has whole seconds: two ahead leaves at least 0.8 s after the first retry.
        soon = email.utils.formatdate(time.time() + 2, usegmt=True)
        server.reply(
            Reply(429, problem(429, "rate_limited"), {"retry-after-ms": "150", "retry-after": "30"}),
            Reply(503, problem(503, "unavailable"), {"retry-after": soon}),
            OK,
        )
        invoke(flavour, server.url, commit)
    gaps = [b.at - a.at for a, b in zip(server.requests, server.requests[1:])]
    assert 0.12 <= gaps[0] < 1.0
    assert gaps[1] >= 0.5  # the date is honoured (the fast test backoff is 0.05 s at most)
    assert [r.headers["x-agentdraft-retry-count"] for r in server.requests] == ["0", "1", "2"]


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_x_should_retry_overrides_the_status(flavour: str) -> None:
    with ScriptedServer() as server:
        server.reply(Reply(503, problem(503, "unavailable"), {"x-should-retry": "false"}))
        with pytest.raises(ServerError):
            invoke(flavour, server.url, commit)
        assert len(server.requests) == 1
        server.reply(Reply(400, problem(400, "invalid_request"), {"x-should-retry": "true"}), OK)
        invoke(flavour, server.url, commit)
        assert len(server.requests) == 3


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_wait_above_the_cap_raises_at_once(flavour: str) -> None:
    with ScriptedServer() as server:
        server.reply(Reply(429, problem(429, "rate_limited"), {"retry-after": "120"}), OK)
        started = time.monotonic()
        with pytest.raises(RateLimited) as info:
            invoke(flavour, server.url, commit)
    assert time.monotonic() - started < 2
    assert len(server.requests) == 1
    assert info.value.retry_after == 120.0


# 4. Logging -------------------------------------------------------------------------------------


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_requests_are_logged_without_secrets(flavour: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="agentdraft")
    with ScriptedServer() as server:
        server.reply(OK)
        invoke(flavour, server.url, lambda c: commit(c, idempotency_key="ik_logged"))
    text = caplog.text
    assert "POST /v1/bookings -> 201 request_id=req_" in text
    assert "attempt=1 idempotency_key=ik_logged" in text
    assert "avs_live_test" not in text
    assert "[redacted]" in text


def test_agentdraft_log_env_turns_the_logger_on(monkeypatch: pytest.MonkeyPatch) -> None:
    import agentdraft._base_client as base

    logger = logging.getLogger("agentdraft")
    saved = (logger.level, list(logger.handlers))
    monkeypatch.setenv("AGENTDRAFT_LOG", "info")
    monkeypatch.setattr(base, "_env_logging", False)
    try:
        Client(api_key="k").close()
        assert logger.level == logging.INFO
        assert len(logger.handlers) == len(saved[1]) + 1
    finally:
        logger.setLevel(saved[0])
        logger.handlers[:] = saved[1]


# 5. Errors --------------------------------------------------------------------------------------


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_errors_carry_headers_and_response(flavour: str) -> None:
    with ScriptedServer() as server:
        server.reply(Reply(503, problem(503, "unavailable"), {"x-extra": "1"}))
        with pytest.raises(ServerError) as info:
            invoke(flavour, server.url, lambda c: commit(c, max_retries=0))
    assert info.value.headers["x-extra"] == "1"
    assert info.value.response is not None
    assert info.value.response.status_code == 503


@pytest.mark.parametrize("key", ["", "é", "a\nb", "x" * 256])
def test_bad_idempotency_keys_are_refused_before_sending(key: str) -> None:
    with ScriptedServer() as server:
        with Client(api_key="k", base_url=server.url) as client:
            with pytest.raises(InvalidRequest):
                commit(client, idempotency_key=key)
    assert server.requests == []


@pytest.mark.parametrize("key", ["", "é", "a\nb", "x" * 256])
def test_bad_idempotency_keys_in_extra_headers_are_refused_before_sending(key: str) -> None:
    with ScriptedServer() as server:
        with Client(api_key="k", base_url=server.url) as client:
            with pytest.raises(InvalidRequest):
                commit(client, extra_headers={"Idempotency-Key": key})
    assert server.requests == []


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_an_idempotency_key_header_is_used_as_in_typescript(flavour: str) -> None:
    """``idempotency_key=`` first, then ``extra_headers``' ``Idempotency-Key``, then a generated key."""
    with ScriptedServer(OK) as server:
        invoke(flavour, server.url, lambda c: commit(c, extra_headers={"idempotency-key": "ik_header"}))
        invoke(
            flavour,
            server.url,
            lambda c: commit(c, idempotency_key="ik_arg", extra_headers={"Idempotency-Key": "ik_header"}),
        )
        invoke(flavour, server.url, lambda c: commit(c))
    keys = [r.headers["idempotency-key"] for r in server.requests]
    assert keys[:2] == ["ik_header", "ik_arg"]
    assert keys[2].startswith("ik_")
    assert keys[2] not in ("ik_header", "ik_arg")


def test_closed_clients_raise_agentdraft_errors() -> None:
    with ScriptedServer() as server:
        client = Client(api_key="k", base_url=server.url)
        client.close()
        with pytest.raises(ClientClosedError, match="closed"):
            commit(client)
        http = httpx.Client()
        http.close()
        with pytest.raises(ClientClosedError, match="closed"):
            commit(Client(api_key="k", base_url=server.url, http_client=http))

        async def run() -> None:
            aclient = AsyncClient(api_key="k", base_url=server.url)
            await aclient.aclose()
            with pytest.raises(ClientClosedError, match="closed"):
                await commit(aclient)

        asyncio.run(run())
    assert server.requests == []
    assert issubclass(ClientClosedError, AgentDraftError)


def test_injected_http_client_keeps_its_timeout() -> None:
    http = httpx.Client(timeout=42.0)
    try:
        assert Client(api_key="k", http_client=http).timeout == httpx.Timeout(42.0)
        assert Client(api_key="k", http_client=http, timeout=5).timeout == 5
        assert Client(api_key="k").timeout == 10.0
    finally:
        http.close()


# 6. Cheap construction ----------------------------------------------------------------------------


def test_clients_share_one_tls_context_across_threads_and_loops() -> None:
    """Every client of the process uses the one TLS context (loading the CA bundle once); the
    figures are in bench/sdk-client."""
    import threading

    seen: list[Any] = []

    def make() -> None:
        with Client(api_key="k") as client:
            seen.append(client._http._transport._pool._ssl_context)  # type: ignore[attr-defined]

    threads = [threading.Thread(target=make) for _ in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    async def make_async() -> None:
        async with AsyncClient(api_key="k") as client:
            seen.append(client._http._transport._pool._ssl_context)  # type: ignore[attr-defined]

    asyncio.run(make_async())
    asyncio.run(make_async())
    assert len(seen) == 7
    assert all(context is shared_ssl_context() for context in seen)
    custom = httpx.Client()
    try:
        assert Client(api_key="k", http_client=custom)._http is custom
    finally:
        custom.close()
