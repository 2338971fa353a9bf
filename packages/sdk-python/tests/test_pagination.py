"""Cursor pagination over real HTTP: every page fetched once, cursors and filters forwarded."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Dict, List
from urllib.parse import parse_qs, urlsplit

import pytest
from support.clients import FLAVOURS, invoke
from support.scripted_server import BOOKING, Recorded, Reply, ScriptedServer

from agentdraft import AgentDraftError

START = datetime(2026, 12, 1, tzinfo=timezone.utc)


def booking(n: int) -> Dict[str, Any]:
    return {**BOOKING, "booking_id": f"bkg_{n}"}


def pages(request: Recorded) -> Reply:
    cursor = parse_qs(urlsplit(request.path).query).get("cursor", ["0"])[0]
    index = int(cursor)
    items = [booking(n) for n in range(index * 2, index * 2 + 2)]
    last = index == 2
    return Reply(
        200,
        {"data": items[:1] if last else items, "has_more": not last, "next_cursor": None if last else str(index + 1)},
    )


def queries(server: ScriptedServer) -> List[Dict[str, List[str]]]:
    return [parse_qs(urlsplit(r.path).query) for r in server.requests]


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_iterating_fetches_every_page(flavour: str) -> None:
    with ScriptedServer(fallback=pages) as server:

        def collect(client: Any) -> Any:
            pager = client.bookings.list(status="COMMITTED", start=START, limit=2)
            return pager.to_list()

        items = invoke(flavour, server.url, collect)
    assert [b.booking_id for b in items] == ["bkg_0", "bkg_1", "bkg_2", "bkg_3", "bkg_4"]
    first, second, third = queries(server)
    assert first == {"status": ["COMMITTED"], "range_start": ["2026-12-01T00:00:00Z"], "limit": ["2"]}
    assert second["cursor"] == ["1"]
    assert third["cursor"] == ["2"]
    assert second["status"] == ["COMMITTED"]


def test_sync_iteration_is_lazy_and_pages_are_available() -> None:
    with ScriptedServer(fallback=pages) as server:

        def first_two(client: Any) -> Any:
            iterator = iter(client.bookings.list())
            return [next(iterator).booking_id, next(iterator).booking_id]

        assert invoke("sync", server.url, first_two) == ["bkg_0", "bkg_1"]
        assert len(server.requests) == 1
        page_sizes = invoke("sync", server.url, lambda c: [len(p.data) for p in c.bookings.list().pages()])
    assert page_sizes == [2, 2, 1]


def test_async_iteration() -> None:
    with ScriptedServer(fallback=pages) as server:

        async def collect(client: Any) -> Any:
            seen = [b.booking_id async for b in client.bookings.list()]
            page_count = len([p async for p in client.bookings.list(agent_id="agt_1").pages()])
            return seen, page_count

        seen, page_count = invoke("async", server.url, collect)
    assert seen == ["bkg_0", "bkg_1", "bkg_2", "bkg_3", "bkg_4"]
    assert page_count == 3
    assert parse_qs(urlsplit(server.requests[-1].path).query)["agent_id"] == ["agt_1"]


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(
    ("page", "message"),
    [
        ({"data": [BOOKING], "has_more": True}, "no next_cursor"),
        ({"data": [BOOKING], "has_more": True, "next_cursor": "same"}, "stopping"),
    ],
)
def test_a_cursor_that_does_not_advance_stops_with_an_error(flavour: str, page: Dict[str, Any], message: str) -> None:
    with ScriptedServer(fallback=Reply(200, page)) as server, pytest.raises(AgentDraftError, match=message):
        invoke(flavour, server.url, lambda c: c.bookings.list().to_list())
    assert len(server.requests) <= 3


def test_a_list_resumes_from_a_cursor() -> None:
    with ScriptedServer(fallback=pages) as server:
        resumed = invoke("sync", server.url, lambda c: [b.booking_id for b in c.bookings.list(limit=2, cursor="1")])

        async def resume_async(client: Any) -> Any:
            return [b.booking_id async for b in client.bookings.list(limit=2, cursor="2")]

        resumed_async = invoke("async", server.url, resume_async)
    assert resumed == ["bkg_2", "bkg_3", "bkg_4"]
    assert resumed_async == ["bkg_4"]
    assert [q.get("cursor") for q in queries(server)] == [["1"], ["2"], ["2"]]
