"""``client.bookings``: commit, hold, release, cancel, read and list bookings."""

from __future__ import annotations

import datetime
from typing import Callable, Mapping, Optional

from .._call import Call, drop_none, get, post, segment
from .._pagination import AsyncPager, Pager
from .._times import format_instant
from ..generated.models import Booking, BookingPage
from ._base import AsyncResource, SyncResource


def _create(
    mode: str,
    start: datetime.datetime,
    end: datetime.datetime,
    *,
    idempotency_key: Optional[str],
    metadata: Optional[Mapping[str, str]],
    ttl_seconds: Optional[int] = None,
    calendar_id: Optional[str],
) -> Call[Booking]:
    body = drop_none(
        {
            "start": format_instant(start, "start"),
            "end": format_instant(end, "end"),
            "mode": mode,
            "hold_ttl_seconds": ttl_seconds,
            "calendar_id": calendar_id,
            "metadata": dict(metadata) if metadata is not None else None,
        }
    )
    return post("/v1/bookings", Booking.from_dict, body, idempotency_key)


def _transition(
    booking_id: str, action: str, idempotency_key: Optional[str], body: Optional[Mapping[str, str]] = None
) -> Call[Booking]:
    path = f"/v1/bookings/{segment(booking_id, 'booking_id')}/{action}"
    return post(path, Booking.from_dict, body, idempotency_key)


def _get(booking_id: str) -> Call[Booking]:
    return get(f"/v1/bookings/{segment(booking_id, 'booking_id')}", Booking.from_dict)


def _pages(
    *,
    status: Optional[str],
    agent_id: Optional[str],
    calendar_id: Optional[str],
    start: Optional[datetime.datetime],
    end: Optional[datetime.datetime],
    limit: Optional[int],
) -> Callable[[Optional[str]], Call[BookingPage]]:
    """The call for each page; the filters are checked now, not when iteration starts."""
    params = {
        "status": status,
        "agent_id": agent_id,
        "calendar_id": calendar_id,
        "range_start": format_instant(start, "start") if start is not None else None,
        "range_end": format_instant(end, "end") if end is not None else None,
        "limit": limit,
    }
    return lambda cursor: get("/v1/bookings", BookingPage.from_dict, {**params, "cursor": cursor})


class Bookings(SyncResource):
    def commit(
        self,
        start: datetime.datetime,
        end: datetime.datetime,
        idempotency_key: Optional[str] = None,
        metadata: Optional[Mapping[str, str]] = None,
        *,
        calendar_id: Optional[str] = None,
    ) -> Booking:
        """Book ``[start, end)`` outright. Raises :class:`~agentdraft.errors.Conflict` naming the winner
        when a higher-priority agent holds or wins the slot."""
        call = _create(
            "commit", start, end, idempotency_key=idempotency_key, metadata=metadata, calendar_id=calendar_id
        )
        return self._client._execute(call)

    def hold(
        self,
        start: datetime.datetime,
        end: datetime.datetime,
        ttl_seconds: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        metadata: Optional[Mapping[str, str]] = None,
        *,
        calendar_id: Optional[str] = None,
    ) -> Booking:
        """Hold ``[start, end)`` for ``ttl_seconds`` (server default 30 s); then ``commit_hold`` or ``release``."""
        call = _create(
            "hold",
            start,
            end,
            idempotency_key=idempotency_key,
            metadata=metadata,
            ttl_seconds=ttl_seconds,
            calendar_id=calendar_id,
        )
        return self._client._execute(call)

    def commit_hold(self, booking_id: str, *, idempotency_key: Optional[str] = None) -> Booking:
        """Promote your own hold to a commit."""
        return self._client._execute(_transition(booking_id, "commit", idempotency_key))

    def release(self, booking_id: str, *, idempotency_key: Optional[str] = None) -> Booking:
        """Release your own hold."""
        return self._client._execute(_transition(booking_id, "release", idempotency_key))

    def cancel(
        self, booking_id: str, reason: Optional[str] = None, *, idempotency_key: Optional[str] = None
    ) -> Booking:
        """Cancel your own commit."""
        body = drop_none({"reason": reason})
        return self._client._execute(_transition(booking_id, "cancel", idempotency_key, body))

    def get(self, booking_id: str) -> Booking:
        """One booking of your workspace."""
        return self._client._execute(_get(booking_id))

    def list(
        self,
        *,
        status: Optional[str] = None,
        agent_id: Optional[str] = None,
        calendar_id: Optional[str] = None,
        start: Optional[datetime.datetime] = None,
        end: Optional[datetime.datetime] = None,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
    ) -> Pager[Booking]:
        """Bookings of your workspace, filtered; iterating fetches further pages as needed.
        ``start``/``end`` keep bookings that end after ``start`` / begin before ``end``;
        ``limit`` is the page size; ``cursor`` resumes after an earlier page."""
        page = _pages(status=status, agent_id=agent_id, calendar_id=calendar_id, start=start, end=end, limit=limit)
        return Pager(lambda c: self._client._execute(page(c)), cursor)


class AsyncBookings(AsyncResource):
    async def commit(
        self,
        start: datetime.datetime,
        end: datetime.datetime,
        idempotency_key: Optional[str] = None,
        metadata: Optional[Mapping[str, str]] = None,
        *,
        calendar_id: Optional[str] = None,
    ) -> Booking:
        """Book ``[start, end)`` outright. Raises :class:`~agentdraft.errors.Conflict` naming the winner
        when a higher-priority agent holds or wins the slot."""
        call = _create(
            "commit", start, end, idempotency_key=idempotency_key, metadata=metadata, calendar_id=calendar_id
        )
        return await self._client._execute(call)

    async def hold(
        self,
        start: datetime.datetime,
        end: datetime.datetime,
        ttl_seconds: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        metadata: Optional[Mapping[str, str]] = None,
        *,
        calendar_id: Optional[str] = None,
    ) -> Booking:
        """Hold ``[start, end)`` for ``ttl_seconds`` (server default 30 s); then ``commit_hold`` or ``release``."""
        call = _create(
            "hold",
            start,
            end,
            idempotency_key=idempotency_key,
            metadata=metadata,
            ttl_seconds=ttl_seconds,
            calendar_id=calendar_id,
        )
        return await self._client._execute(call)

    async def commit_hold(self, booking_id: str, *, idempotency_key: Optional[str] = None) -> Booking:
        """Promote your own hold to a commit."""
        return await self._client._execute(_transition(booking_id, "commit", idempotency_key))

    async def release(self, booking_id: str, *, idempotency_key: Optional[str] = None) -> Booking:
        """Release your own hold."""
        return await self._client._execute(_transition(booking_id, "release", idempotency_key))

    async def cancel(
        self, booking_id: str, reason: Optional[str] = None, *, idempotency_key: Optional[str] = None
    ) -> Booking:
        """Cancel your own commit."""
        body = drop_none({"reason": reason})
        return await self._client._execute(_transition(booking_id, "cancel", idempotency_key, body))

    async def get(self, booking_id: str) -> Booking:
        """One booking of your workspace."""
        return await self._client._execute(_get(booking_id))

    def list(
        self,
        *,
        status: Optional[str] = None,
        agent_id: Optional[str] = None,
        calendar_id: Optional[str] = None,
        start: Optional[datetime.datetime] = None,
        end: Optional[datetime.datetime] = None,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
    ) -> AsyncPager[Booking]:
        """Bookings of your workspace: ``async for b in client.bookings.list(...)``, or ``await`` it
        for a list of all of them; ``cursor`` resumes after an earlier page."""
        page = _pages(status=status, agent_id=agent_id, calendar_id=calendar_id, start=start, end=end, limit=limit)
        return AsyncPager(lambda c: self._client._execute(page(c)), cursor)
