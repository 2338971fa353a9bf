"""Local times (docs/protocol.md §11.3) through the generated Python surface against the REAL
reference server: ``time_zone`` on bookings.get / availability.get adds start_local, end_local and
time_zone; an unknown zone is an InvalidRequest."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Iterator

import pytest
from support.reference_server import Owner, ReferenceServer

from agentdraft import Client
from agentdraft.errors import InvalidRequest

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def server() -> Iterator[ReferenceServer]:
    instance = ReferenceServer()
    try:
        yield instance
    finally:
        instance.stop()


def test_local_times(server: ReferenceServer) -> None:
    owner = Owner(server.url)
    try:
        agent = owner.agent(1)
        start = datetime.now(timezone.utc).replace(hour=9, minute=0, second=0, microsecond=0) + timedelta(days=3)
        end = start + timedelta(minutes=30)
        with Client(api_key=agent.key, base_url=server.url) as client:
            booking = client.bookings.commit(start=start, end=end)
            assert getattr(booking, "start_local", None) is None
            local = client.bookings.get(booking.booking_id, time_zone="Asia/Kolkata")
            assert local.time_zone == "Asia/Kolkata"
            assert local.start_local is not None
            assert local.start_local.endswith("T14:30:00+05:30")
            day = client.availability.get(start=start, end=end + timedelta(hours=1), time_zone="America/New_York")
            assert day.busy[0].time_zone == "America/New_York"
            assert day.slots[0].start_local is not None
            assert day.slots[0].start_local[-6:] in ("-05:00", "-04:00")
            with pytest.raises(InvalidRequest):
                client.bookings.get(booking.booking_id, time_zone="Nowhere/Atlantis")
    finally:
        owner.close()
