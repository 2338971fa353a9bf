"""Issue 18 through the Python SDK against the real reference server (docs/protocol.md §12): move,
one booking on several calendars, availability across calendars, recurring series and their cancel."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Iterator, Tuple

import pytest
from support.reference_server import Owner, ReferenceServer

from agentdraft import Client
from agentdraft.errors import Conflict
from agentdraft.types import Recurrence


def at(days: int, hour: int) -> Tuple[datetime, datetime]:
    day = datetime.now(timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0)
    start = day + timedelta(days=days, hours=hour)
    return start, start + timedelta(minutes=30)


@pytest.fixture(scope="module")
def server() -> Iterator[ReferenceServer]:
    instance = ReferenceServer()
    try:
        yield instance
    finally:
        instance.stop()


def test_move_several_calendars_and_series(server: ReferenceServer) -> None:
    owner = Owner(server.url)
    try:
        me, boss = owner.agent(2), owner.agent(1)
        room = owner._ok(owner.http.post("/v1/dashboard/calendars", json={"name": "room"}))["calendar_id"]
        with (
            Client(api_key=me.key, base_url=server.url) as client,
            Client(api_key=boss.key, base_url=server.url) as rival,
        ):
            # Move: same id, new interval; a lost move is a Conflict and leaves the booking where it was.
            booking = client.bookings.commit(*at(3, 9))
            start, end = at(3, 10)
            moved = client.bookings.move(booking.booking_id, start, end)
            assert (moved.booking_id, moved.start, moved.status) == (booking.booking_id, start, "COMMITTED")
            blocker = rival.bookings.commit(*at(3, 11))
            with pytest.raises(Conflict) as lost:
                client.bookings.move(booking.booking_id, *at(3, 11))
            assert lost.value.winning_booking_id == blocker.booking_id
            assert client.bookings.get(booking.booking_id).start == start

            # Person + room at once; availability over both.
            s, e = at(4, 9)
            both = client.bookings.commit(start=s, end=e, calendar_ids=[me.calendar_id, room])
            assert both.calendar_ids == [me.calendar_id, room]
            free = client.availability.get(start=s, end=s + timedelta(hours=1), calendar_id=[me.calendar_id, room])
            assert (free.min_available, [(x.start, x.end) for x in free.slots]) == (2, [(e, s + timedelta(hours=1))])

            # A series decided per occurrence, then cancelled as a whole.
            rival.bookings.commit(*at(12, 9))
            first = client.bookings.commit(
                *at(10, 9), recurrence=Recurrence(rrule="FREQ=DAILY;COUNT=4", all_or_nothing=False)
            )
            assert first.series is not None
            assert first.series_id is not None
            assert [o.outcome for o in first.series.occurrences] == ["created", "created", "failed", "created"]
            cancelled = client.bookings.cancel_series(first.series_id, "done")
            assert [b.status for b in cancelled.bookings] == ["CANCELLED"] * 3
    finally:
        owner.close()
