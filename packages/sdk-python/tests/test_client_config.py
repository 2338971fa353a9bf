"""Client construction: keys and URLs from arguments or the environment, closing, validation of
arguments before anything is sent."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
import pytest
from support.clients import FLAVOURS, invoke
from support.scripted_server import BOOKING, Reply, ScriptedServer

from agentdraft import AgentDraftError, AsyncClient, AuthError, Client, InvalidRequest
from agentdraft._times import format_instant

START = datetime(2026, 12, 1, 15, tzinfo=timezone.utc)


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.delenv("AGENTDRAFT_API_KEY", raising=False)
    monkeypatch.delenv("AGENTDRAFT_BASE_URL", raising=False)
    return monkeypatch


@pytest.mark.parametrize("cls", [Client, AsyncClient])
def test_no_key_fails_at_construction(clean_env: pytest.MonkeyPatch, cls: Any) -> None:
    with pytest.raises(AuthError, match="AGENTDRAFT_API_KEY") as info:
        cls()
    # As in the TypeScript SDK: AuthError (401 unauthenticated, nothing sent, no request id).
    assert isinstance(info.value, AgentDraftError)
    assert (info.value.status_code, info.value.code, info.value.request_id) == (401, "unauthenticated", None)
    with pytest.raises(AuthError):
        cls(api_key="")


@pytest.mark.parametrize("cls", [Client, AsyncClient])
def test_environment_fallbacks(clean_env: pytest.MonkeyPatch, cls: Any) -> None:
    clean_env.setenv("AGENTDRAFT_API_KEY", "avs_live_env")
    clean_env.setenv("AGENTDRAFT_BASE_URL", "http://agentdraft.internal:9000/")
    client = cls()
    assert (client.api_key, client.base_url) == ("avs_live_env", "http://agentdraft.internal:9000")
    explicit = cls(api_key="avs_live_arg", base_url="https://api.example/")
    assert (explicit.api_key, explicit.base_url) == ("avs_live_arg", "https://api.example")
    clean_env.delenv("AGENTDRAFT_BASE_URL")
    assert cls().base_url == "http://127.0.0.1:8080"
    assert (client.timeout, client.max_retries) == (10.0, 2)
    assert "avs_live" not in repr(client)


def test_invalid_arguments() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        Client(api_key="k", max_retries=-1)
    with pytest.raises(ValueError, match="base_url"):
        Client(api_key="k", base_url="ftp://x")


def test_context_managers_close_their_pool() -> None:
    with Client(api_key="k") as client:
        pass
    assert client._http.is_closed

    async def main() -> AsyncClient:
        async with AsyncClient(api_key="k") as async_client:
            pass
        return async_client

    assert asyncio.run(main())._http.is_closed


def test_callers_http_client_is_used_and_left_open() -> None:
    with ScriptedServer(fallback=Reply(200, BOOKING)) as server:
        http = httpx.Client(headers={"X-Mine": "1"})
        with Client(api_key="k", base_url=server.url, http_client=http) as client:
            client.bookings.get("bkg_1")
        assert not http.is_closed
        http.close()
    assert server.requests[0].headers["x-mine"] == "1"


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_naive_datetimes_are_refused_before_any_request(flavour: str) -> None:
    naive = datetime(2026, 12, 1, 15)
    with ScriptedServer(fallback=Reply(201, BOOKING)) as server:
        # InvalidRequest (an AgentDraftError), as in the TypeScript SDK: one class for one failure.
        with pytest.raises(InvalidRequest, match="naive datetime") as info:
            invoke(flavour, server.url, lambda c: c.bookings.commit(start=naive, end=START))
        assert (info.value.status_code, info.value.code, info.value.request_id) == (400, "invalid_request", None)
        assert info.value.errors[0].field == "start"
        with pytest.raises(InvalidRequest, match="end is a naive datetime"):
            invoke(flavour, server.url, lambda c: c.bookings.hold(start=START, end=naive))
        with pytest.raises(InvalidRequest, match="naive"):
            invoke(flavour, server.url, lambda c: c.availability.list(start=naive, end=START))
        with pytest.raises(InvalidRequest, match="naive"):
            invoke(flavour, server.url, lambda c: c.bookings.list(start=naive))
        with pytest.raises(InvalidRequest, match="datetime"):
            invoke(flavour, server.url, lambda c: c.bookings.commit(start="2026-12-01T15:00:00Z", end=START))
    assert server.requests == []


def test_instants_are_sent_as_utc_milliseconds() -> None:
    berlin = timezone(timedelta(hours=1))
    assert format_instant(datetime(2026, 12, 1, 16, 0, tzinfo=berlin), "t") == "2026-12-01T15:00:00Z"
    assert (
        format_instant(datetime(2026, 12, 1, 15, 0, 0, 123456, tzinfo=timezone.utc), "t") == "2026-12-01T15:00:00.123Z"
    )
    assert format_instant(datetime(2026, 12, 1, 15, 0, 0, 999, tzinfo=timezone.utc), "t") == "2026-12-01T15:00:00Z"


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_bad_ids_and_keys_are_refused_before_any_request(flavour: str) -> None:
    with ScriptedServer(fallback=Reply(200, BOOKING)) as server:
        with pytest.raises(InvalidRequest, match="booking_id"):
            invoke(flavour, server.url, lambda c: c.bookings.get(""))
        with pytest.raises(InvalidRequest, match="idempotency_key"):
            invoke(flavour, server.url, lambda c: c.bookings.commit(start=START, end=START, idempotency_key=""))
        with pytest.raises(InvalidRequest, match="to"):
            invoke(flavour, server.url, lambda c: c.mailbox.send([], "s", "t"))
    assert server.requests == []


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_ids_are_percent_encoded_in_paths(flavour: str) -> None:
    with ScriptedServer(fallback=Reply(200, BOOKING)) as server:
        invoke(flavour, server.url, lambda c: c.bookings.get("../agents/me"))
    assert server.requests[0].path == "/v1/bookings/..%2Fagents%2Fme"


def test_documentation_placeholder_key_defers_to_the_environment(clean_env: pytest.MonkeyPatch) -> None:
    with pytest.raises(AuthError, match="placeholder"):
        Client(api_key="avs_live_...")
    clean_env.setenv("AGENTDRAFT_API_KEY", "avs_live_real")
    assert Client(api_key="avs_live_...").api_key == "avs_live_real"
