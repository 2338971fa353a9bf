"""``client.availability``: free slots and busy intervals, merged across agents and rules."""

from __future__ import annotations

import datetime
from typing import List, Optional

from .._call import Call, get
from .._times import format_instant
from ..generated.models import Availability, Interval
from ._base import AsyncResource, SyncResource


def _availability(
    start: datetime.datetime,
    end: datetime.datetime,
    duration_minutes: Optional[int],
    calendar_id: Optional[str],
) -> Call[Availability]:
    params = {
        "range_start": format_instant(start, "start"),
        "range_end": format_instant(end, "end"),
        "duration_minutes": duration_minutes,
        "calendar_id": calendar_id,
    }
    return get("/v1/availability", Availability.from_dict, params)


class AvailabilityResource(SyncResource):
    def list(
        self,
        start: datetime.datetime,
        end: datetime.datetime,
        duration_minutes: Optional[int] = None,
        *,
        calendar_id: Optional[str] = None,
    ) -> List[Interval]:
        """Free slots in ``[start, end)``, only those at least ``duration_minutes`` long if given."""
        return self.get(start, end, duration_minutes, calendar_id=calendar_id).slots

    def get(
        self,
        start: datetime.datetime,
        end: datetime.datetime,
        duration_minutes: Optional[int] = None,
        *,
        calendar_id: Optional[str] = None,
    ) -> Availability:
        """Free slots and busy intervals (with their kind, agent and booking) in ``[start, end)``."""
        return self._client._execute(_availability(start, end, duration_minutes, calendar_id))


class AsyncAvailabilityResource(AsyncResource):
    async def list(
        self,
        start: datetime.datetime,
        end: datetime.datetime,
        duration_minutes: Optional[int] = None,
        *,
        calendar_id: Optional[str] = None,
    ) -> List[Interval]:
        """Free slots in ``[start, end)``, only those at least ``duration_minutes`` long if given."""
        return (await self.get(start, end, duration_minutes, calendar_id=calendar_id)).slots

    async def get(
        self,
        start: datetime.datetime,
        end: datetime.datetime,
        duration_minutes: Optional[int] = None,
        *,
        calendar_id: Optional[str] = None,
    ) -> Availability:
        """Free slots and busy intervals (with their kind, agent and booking) in ``[start, end)``."""
        return await self._client._execute(_availability(start, end, duration_minutes, calendar_id))
