# generated — do not edit. Source: spec/ (run `pnpm generate`).
"""The resources of both clients, from the spec's ``x-agentdraft-sdk`` methods.

Each method hands the ``Call`` its builder in :mod:`agentdraft.generated.calls` makes to the client;
the blocking and the asyncio classes differ only in ``async``/``await``.
"""

from __future__ import annotations

import datetime
from typing import Any, List, Literal, Mapping, Optional, Sequence, Union, cast, overload

from .._audit import AsyncAuditVerification, AuditVerification
from .._call import NOT_GIVEN, NotGiven, request_options, required
from .._pagination import AsyncPager, Pager
from .._resource import AsyncExecutor, AsyncResource, SyncExecutor, SyncResource
from . import calls
from .models import (
    AgentIdentity,
    AuditEvent,
    Availability,
    Booking,
    BookingStatus,
    Checkpoint,
    ConsistencyProof,
    InclusionProof,
    Interval,
    Message,
    MessageDirection,
)

__all__ = [
    "Agents",
    "AsyncAgents",
    "AsyncAudit",
    "AsyncAvailabilityResource",
    "AsyncBookings",
    "AsyncClientResources",
    "AsyncMailbox",
    "Audit",
    "AvailabilityResource",
    "Bookings",
    "ClientResources",
    "Mailbox",
]


class Agents(SyncResource):
    """The calling agent."""

    def me(
        self,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Union[float, None, NotGiven] = NOT_GIVEN,
        max_retries: Optional[int] = None,
    ) -> AgentIdentity:
        """Who am I: the agent behind the API key. Needs no scope.

        ``GET /v1/agents/me``.
        """
        return self._client._execute(calls.get_current_agent(), request_options(extra_headers, timeout, max_retries))


class Audit(AuditVerification, SyncResource):
    """The tamper-evident audit log: events, checkpoints, proofs."""

    def list(
        self,
        *,
        resource: Optional[str] = None,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Union[float, None, NotGiven] = NOT_GIVEN,
        max_retries: Optional[int] = None,
    ) -> Pager[AuditEvent]:
        """Audit events of the workspace, optionally only those about one resource, in log order.

        Iterating fetches further pages as needed; ``cursor`` resumes after an earlier page.

        ``GET /v1/audit``; scope ``audit:read``.
        """
        page = calls.list_audit_events(resource=resource, limit=limit)
        options = request_options(extra_headers, timeout, max_retries)
        return Pager(lambda c: self._client._execute(page(c), options), cursor)

    def checkpoint(
        self,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Union[float, None, NotGiven] = NOT_GIVEN,
        max_retries: Optional[int] = None,
    ) -> Checkpoint:
        """The latest signed tree head.

        ``GET /v1/audit/checkpoint``; scope ``audit:read``.
        """
        return self._client._execute(calls.get_audit_checkpoint(), request_options(extra_headers, timeout, max_retries))

    def consistency_proof(
        self,
        from_size: int,
        to_size: Optional[int] = None,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Union[float, None, NotGiven] = NOT_GIVEN,
        max_retries: Optional[int] = None,
    ) -> ConsistencyProof:
        """Consistency proof between two tree sizes.

        ``GET /v1/audit/consistency``; scope ``audit:read``.
        """
        return self._client._execute(calls.get_audit_consistency_proof(from_size, to_size), request_options(extra_headers, timeout, max_retries))

    def inclusion_proof(
        self,
        event_id: str,
        *,
        tree_size: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Union[float, None, NotGiven] = NOT_GIVEN,
        max_retries: Optional[int] = None,
    ) -> InclusionProof:
        """Inclusion proof of one event in the tree of `tree_size` (default: current size).

        ``GET /v1/audit/events/{event_id}/inclusion``; scope ``audit:read``.
        """
        return self._client._execute(calls.get_audit_inclusion_proof(event_id, tree_size=tree_size), request_options(extra_headers, timeout, max_retries))


class AvailabilityResource(SyncResource):
    """Free/busy of a calendar, merged across agents and rules."""

    def list(
        self,
        start: datetime.datetime,
        end: datetime.datetime,
        duration_minutes: Optional[int] = None,
        *,
        calendar_id: Optional[str] = None,
        time_zone: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Union[float, None, NotGiven] = NOT_GIVEN,
        max_retries: Optional[int] = None,
    ) -> List[Interval]:
        """Free slots in `[start, end)`, only those at least `duration_minutes` long when given.

        Returns the response's ``slots``.

        ``GET /v1/availability``; scope ``availability:read``.
        """
        return self._client._execute(calls.get_availability_list(start, end, duration_minutes, calendar_id=calendar_id, time_zone=time_zone), request_options(extra_headers, timeout, max_retries))

    def get(
        self,
        start: datetime.datetime,
        end: datetime.datetime,
        duration_minutes: Optional[int] = None,
        *,
        calendar_id: Optional[str] = None,
        time_zone: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Union[float, None, NotGiven] = NOT_GIVEN,
        max_retries: Optional[int] = None,
    ) -> Availability:
        """Free slots and busy intervals (with their kind, agent and booking) in `[start, end)`.

        ``GET /v1/availability``; scope ``availability:read``.
        """
        return self._client._execute(calls.get_availability_get(start, end, duration_minutes, calendar_id=calendar_id, time_zone=time_zone), request_options(extra_headers, timeout, max_retries))


class Bookings(SyncResource):
    """Commit, hold, release and cancel bookings."""

    def list(
        self,
        *,
        status: Optional[BookingStatus] = None,
        agent_id: Optional[str] = None,
        calendar_id: Optional[str] = None,
        start: Optional[datetime.datetime] = None,
        end: Optional[datetime.datetime] = None,
        time_zone: Optional[str] = None,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Union[float, None, NotGiven] = NOT_GIVEN,
        max_retries: Optional[int] = None,
    ) -> Pager[Booking]:
        """List bookings of the caller's workspace, filtered, with cursor pagination. Requires `bookings:read`.

        Iterating fetches further pages as needed; ``cursor`` resumes after an earlier page.

        ``GET /v1/bookings``; scope ``bookings:read``.
        """
        page = calls.list_bookings(status=status, agent_id=agent_id, calendar_id=calendar_id, start=start, end=end, time_zone=time_zone, limit=limit)
        options = request_options(extra_headers, timeout, max_retries)
        return Pager(lambda c: self._client._execute(page(c), options), cursor)

    @overload
    def commit(
        self,
        start: datetime.datetime,
        end: datetime.datetime,
        idempotency_key: Optional[str] = None,
        metadata: Optional[Mapping[str, str]] = None,
        *,
        calendar_id: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Union[float, None, NotGiven] = NOT_GIVEN,
        max_retries: Optional[int] = None,
    ) -> Booking: ...

    @overload
    def commit(
        self,
        booking_id: str,
        /,
        *,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Union[float, None, NotGiven] = NOT_GIVEN,
        max_retries: Optional[int] = None,
    ) -> Booking: ...

    def commit(
        self,
        start: Union[str, datetime.datetime],
        end: Optional[datetime.datetime] = None,
        idempotency_key: Optional[str] = None,
        metadata: Optional[Mapping[str, str]] = None,
        *,
        calendar_id: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Union[float, None, NotGiven] = NOT_GIVEN,
        max_retries: Optional[int] = None,
    ) -> Booking:
        """Book `[start, end)` outright. A write that loses to a higher-priority agent fails with `Conflict` naming the winner.

        ``POST /v1/bookings``; scope ``bookings:write``.

        With a booking_id instead: Promote the caller's own hold to a commit. Requires `bookings:write`.

        ``POST /v1/bookings/{booking_id}/commit``; scope ``bookings:write``.
        """
        if isinstance(start, str) and end is None and metadata is None and calendar_id is None:
            return self._client._execute(calls.commit_hold(start, idempotency_key=idempotency_key), request_options(extra_headers, timeout, max_retries))
        return self._client._execute(calls.create_booking_commit(cast(datetime.datetime, start), required(end, "end"), idempotency_key, metadata, calendar_id=calendar_id), request_options(extra_headers, timeout, max_retries))

    def hold(
        self,
        start: datetime.datetime,
        end: datetime.datetime,
        ttl_seconds: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        metadata: Optional[Mapping[str, str]] = None,
        *,
        calendar_id: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Union[float, None, NotGiven] = NOT_GIVEN,
        max_retries: Optional[int] = None,
    ) -> Booking:
        """Hold `[start, end)` for `ttl_seconds` (calendar default 30 s); then commit it by id, or release it.

        ``POST /v1/bookings``; scope ``bookings:write``.
        """
        return self._client._execute(calls.create_booking_hold(start, end, ttl_seconds, idempotency_key, metadata, calendar_id=calendar_id), request_options(extra_headers, timeout, max_retries))

    def get(
        self,
        booking_id: str,
        *,
        time_zone: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Union[float, None, NotGiven] = NOT_GIVEN,
        max_retries: Optional[int] = None,
    ) -> Booking:
        """Read one booking of the caller's workspace. Requires `bookings:read`.

        ``GET /v1/bookings/{booking_id}``; scope ``bookings:read``.
        """
        return self._client._execute(calls.get_booking(booking_id, time_zone=time_zone), request_options(extra_headers, timeout, max_retries))

    def cancel(
        self,
        booking_id: str,
        reason: Optional[str] = None,
        *,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Union[float, None, NotGiven] = NOT_GIVEN,
        max_retries: Optional[int] = None,
    ) -> Booking:
        """Cancel the caller's own commit. Requires `bookings:write`.

        ``POST /v1/bookings/{booking_id}/cancel``; scope ``bookings:write``.
        """
        return self._client._execute(calls.cancel_booking(booking_id, reason, idempotency_key=idempotency_key), request_options(extra_headers, timeout, max_retries))

    def release(
        self,
        booking_id: str,
        *,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Union[float, None, NotGiven] = NOT_GIVEN,
        max_retries: Optional[int] = None,
    ) -> Booking:
        """Release the caller's own hold. Requires `bookings:write`.

        ``POST /v1/bookings/{booking_id}/release``; scope ``bookings:write``.
        """
        return self._client._execute(calls.release_hold(booking_id, idempotency_key=idempotency_key), request_options(extra_headers, timeout, max_retries))


class Mailbox(SyncResource):
    """Agents' mail: inbound, outbound, iCalendar invites."""

    def list(
        self,
        *,
        direction: Optional[MessageDirection] = None,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Union[float, None, NotGiven] = NOT_GIVEN,
        max_retries: Optional[int] = None,
    ) -> Pager[Message]:
        """Messages of the calling agent's mailbox, newest first. Requires `mailbox:read`.

        Iterating fetches further pages as needed; ``cursor`` resumes after an earlier page.

        ``GET /v1/mailbox/messages``; scope ``mailbox:read``.
        """
        page = calls.list_messages(direction=direction, limit=limit)
        options = request_options(extra_headers, timeout, max_retries)
        return Pager(lambda c: self._client._execute(page(c), options), cursor)

    def send(
        self,
        to: Union[str, Sequence[str]],
        subject: str,
        text: str,
        *,
        html: Optional[str] = None,
        in_reply_to: Optional[str] = None,
        booking_id: Optional[str] = None,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Union[float, None, NotGiven] = NOT_GIVEN,
        max_retries: Optional[int] = None,
    ) -> Message:
        """Send a message through the configured SMTP relay (queued, then sent). Requires `mailbox:send`.

        ``POST /v1/mailbox/messages``; scope ``mailbox:send``.
        """
        return self._client._execute(calls.send_message(to, subject, text, html=html, in_reply_to=in_reply_to, booking_id=booking_id, idempotency_key=idempotency_key), request_options(extra_headers, timeout, max_retries))

    def get(
        self,
        message_id: str,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Union[float, None, NotGiven] = NOT_GIVEN,
        max_retries: Optional[int] = None,
    ) -> Message:
        """One message. Requires `mailbox:read`.

        ``GET /v1/mailbox/messages/{message_id}``; scope ``mailbox:read``.
        """
        return self._client._execute(calls.get_message(message_id), request_options(extra_headers, timeout, max_retries))


class ClientResources:
    """The resources of :class:`~agentdraft.Client`."""

    agents: Agents
    audit: Audit
    availability: AvailabilityResource
    bookings: Bookings
    mailbox: Mailbox

    def _attach_resources(self, client: SyncExecutor) -> None:
        self.agents = Agents(client)
        self.audit = Audit(client)
        self.availability = AvailabilityResource(client)
        self.bookings = Bookings(client)
        self.mailbox = Mailbox(client)


class AsyncAgents(AsyncResource):
    """The calling agent."""

    async def me(
        self,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Union[float, None, NotGiven] = NOT_GIVEN,
        max_retries: Optional[int] = None,
    ) -> AgentIdentity:
        """Who am I: the agent behind the API key. Needs no scope.

        ``GET /v1/agents/me``.
        """
        return await self._client._execute(calls.get_current_agent(), request_options(extra_headers, timeout, max_retries))


class AsyncAudit(AsyncAuditVerification, AsyncResource):
    """The tamper-evident audit log: events, checkpoints, proofs."""

    def list(
        self,
        *,
        resource: Optional[str] = None,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Union[float, None, NotGiven] = NOT_GIVEN,
        max_retries: Optional[int] = None,
    ) -> AsyncPager[AuditEvent]:
        """Audit events of the workspace, optionally only those about one resource, in log order.

        Iterating fetches further pages as needed; ``cursor`` resumes after an earlier page.

        ``GET /v1/audit``; scope ``audit:read``.
        """
        page = calls.list_audit_events(resource=resource, limit=limit)
        options = request_options(extra_headers, timeout, max_retries)
        return AsyncPager(lambda c: self._client._execute(page(c), options), cursor)

    async def checkpoint(
        self,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Union[float, None, NotGiven] = NOT_GIVEN,
        max_retries: Optional[int] = None,
    ) -> Checkpoint:
        """The latest signed tree head.

        ``GET /v1/audit/checkpoint``; scope ``audit:read``.
        """
        return await self._client._execute(calls.get_audit_checkpoint(), request_options(extra_headers, timeout, max_retries))

    async def consistency_proof(
        self,
        from_size: int,
        to_size: Optional[int] = None,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Union[float, None, NotGiven] = NOT_GIVEN,
        max_retries: Optional[int] = None,
    ) -> ConsistencyProof:
        """Consistency proof between two tree sizes.

        ``GET /v1/audit/consistency``; scope ``audit:read``.
        """
        return await self._client._execute(calls.get_audit_consistency_proof(from_size, to_size), request_options(extra_headers, timeout, max_retries))

    async def inclusion_proof(
        self,
        event_id: str,
        *,
        tree_size: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Union[float, None, NotGiven] = NOT_GIVEN,
        max_retries: Optional[int] = None,
    ) -> InclusionProof:
        """Inclusion proof of one event in the tree of `tree_size` (default: current size).

        ``GET /v1/audit/events/{event_id}/inclusion``; scope ``audit:read``.
        """
        return await self._client._execute(calls.get_audit_inclusion_proof(event_id, tree_size=tree_size), request_options(extra_headers, timeout, max_retries))


class AsyncAvailabilityResource(AsyncResource):
    """Free/busy of a calendar, merged across agents and rules."""

    async def list(
        self,
        start: datetime.datetime,
        end: datetime.datetime,
        duration_minutes: Optional[int] = None,
        *,
        calendar_id: Optional[str] = None,
        time_zone: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Union[float, None, NotGiven] = NOT_GIVEN,
        max_retries: Optional[int] = None,
    ) -> List[Interval]:
        """Free slots in `[start, end)`, only those at least `duration_minutes` long when given.

        Returns the response's ``slots``.

        ``GET /v1/availability``; scope ``availability:read``.
        """
        return await self._client._execute(calls.get_availability_list(start, end, duration_minutes, calendar_id=calendar_id, time_zone=time_zone), request_options(extra_headers, timeout, max_retries))

    async def get(
        self,
        start: datetime.datetime,
        end: datetime.datetime,
        duration_minutes: Optional[int] = None,
        *,
        calendar_id: Optional[str] = None,
        time_zone: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Union[float, None, NotGiven] = NOT_GIVEN,
        max_retries: Optional[int] = None,
    ) -> Availability:
        """Free slots and busy intervals (with their kind, agent and booking) in `[start, end)`.

        ``GET /v1/availability``; scope ``availability:read``.
        """
        return await self._client._execute(calls.get_availability_get(start, end, duration_minutes, calendar_id=calendar_id, time_zone=time_zone), request_options(extra_headers, timeout, max_retries))


class AsyncBookings(AsyncResource):
    """Commit, hold, release and cancel bookings."""

    def list(
        self,
        *,
        status: Optional[BookingStatus] = None,
        agent_id: Optional[str] = None,
        calendar_id: Optional[str] = None,
        start: Optional[datetime.datetime] = None,
        end: Optional[datetime.datetime] = None,
        time_zone: Optional[str] = None,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Union[float, None, NotGiven] = NOT_GIVEN,
        max_retries: Optional[int] = None,
    ) -> AsyncPager[Booking]:
        """List bookings of the caller's workspace, filtered, with cursor pagination. Requires `bookings:read`.

        Iterating fetches further pages as needed; ``cursor`` resumes after an earlier page.

        ``GET /v1/bookings``; scope ``bookings:read``.
        """
        page = calls.list_bookings(status=status, agent_id=agent_id, calendar_id=calendar_id, start=start, end=end, time_zone=time_zone, limit=limit)
        options = request_options(extra_headers, timeout, max_retries)
        return AsyncPager(lambda c: self._client._execute(page(c), options), cursor)

    @overload
    async def commit(
        self,
        start: datetime.datetime,
        end: datetime.datetime,
        idempotency_key: Optional[str] = None,
        metadata: Optional[Mapping[str, str]] = None,
        *,
        calendar_id: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Union[float, None, NotGiven] = NOT_GIVEN,
        max_retries: Optional[int] = None,
    ) -> Booking: ...

    @overload
    async def commit(
        self,
        booking_id: str,
        /,
        *,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Union[float, None, NotGiven] = NOT_GIVEN,
        max_retries: Optional[int] = None,
    ) -> Booking: ...

    async def commit(
        self,
        start: Union[str, datetime.datetime],
        end: Optional[datetime.datetime] = None,
        idempotency_key: Optional[str] = None,
        metadata: Optional[Mapping[str, str]] = None,
        *,
        calendar_id: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Union[float, None, NotGiven] = NOT_GIVEN,
        max_retries: Optional[int] = None,
    ) -> Booking:
        """Book `[start, end)` outright. A write that loses to a higher-priority agent fails with `Conflict` naming the winner.

        ``POST /v1/bookings``; scope ``bookings:write``.

        With a booking_id instead: Promote the caller's own hold to a commit. Requires `bookings:write`.

        ``POST /v1/bookings/{booking_id}/commit``; scope ``bookings:write``.
        """
        if isinstance(start, str) and end is None and metadata is None and calendar_id is None:
            return await self._client._execute(calls.commit_hold(start, idempotency_key=idempotency_key), request_options(extra_headers, timeout, max_retries))
        return await self._client._execute(calls.create_booking_commit(cast(datetime.datetime, start), required(end, "end"), idempotency_key, metadata, calendar_id=calendar_id), request_options(extra_headers, timeout, max_retries))

    async def hold(
        self,
        start: datetime.datetime,
        end: datetime.datetime,
        ttl_seconds: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        metadata: Optional[Mapping[str, str]] = None,
        *,
        calendar_id: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Union[float, None, NotGiven] = NOT_GIVEN,
        max_retries: Optional[int] = None,
    ) -> Booking:
        """Hold `[start, end)` for `ttl_seconds` (calendar default 30 s); then commit it by id, or release it.

        ``POST /v1/bookings``; scope ``bookings:write``.
        """
        return await self._client._execute(calls.create_booking_hold(start, end, ttl_seconds, idempotency_key, metadata, calendar_id=calendar_id), request_options(extra_headers, timeout, max_retries))

    async def get(
        self,
        booking_id: str,
        *,
        time_zone: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Union[float, None, NotGiven] = NOT_GIVEN,
        max_retries: Optional[int] = None,
    ) -> Booking:
        """Read one booking of the caller's workspace. Requires `bookings:read`.

        ``GET /v1/bookings/{booking_id}``; scope ``bookings:read``.
        """
        return await self._client._execute(calls.get_booking(booking_id, time_zone=time_zone), request_options(extra_headers, timeout, max_retries))

    async def cancel(
        self,
        booking_id: str,
        reason: Optional[str] = None,
        *,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Union[float, None, NotGiven] = NOT_GIVEN,
        max_retries: Optional[int] = None,
    ) -> Booking:
        """Cancel the caller's own commit. Requires `bookings:write`.

        ``POST /v1/bookings/{booking_id}/cancel``; scope ``bookings:write``.
        """
        return await self._client._execute(calls.cancel_booking(booking_id, reason, idempotency_key=idempotency_key), request_options(extra_headers, timeout, max_retries))

    async def release(
        self,
        booking_id: str,
        *,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Union[float, None, NotGiven] = NOT_GIVEN,
        max_retries: Optional[int] = None,
    ) -> Booking:
        """Release the caller's own hold. Requires `bookings:write`.

        ``POST /v1/bookings/{booking_id}/release``; scope ``bookings:write``.
        """
        return await self._client._execute(calls.release_hold(booking_id, idempotency_key=idempotency_key), request_options(extra_headers, timeout, max_retries))


class AsyncMailbox(AsyncResource):
    """Agents' mail: inbound, outbound, iCalendar invites."""

    def list(
        self,
        *,
        direction: Optional[MessageDirection] = None,
        limit: Optional[int] = None,
        cursor: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Union[float, None, NotGiven] = NOT_GIVEN,
        max_retries: Optional[int] = None,
    ) -> AsyncPager[Message]:
        """Messages of the calling agent's mailbox, newest first. Requires `mailbox:read`.

        Iterating fetches further pages as needed; ``cursor`` resumes after an earlier page.

        ``GET /v1/mailbox/messages``; scope ``mailbox:read``.
        """
        page = calls.list_messages(direction=direction, limit=limit)
        options = request_options(extra_headers, timeout, max_retries)
        return AsyncPager(lambda c: self._client._execute(page(c), options), cursor)

    async def send(
        self,
        to: Union[str, Sequence[str]],
        subject: str,
        text: str,
        *,
        html: Optional[str] = None,
        in_reply_to: Optional[str] = None,
        booking_id: Optional[str] = None,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Union[float, None, NotGiven] = NOT_GIVEN,
        max_retries: Optional[int] = None,
    ) -> Message:
        """Send a message through the configured SMTP relay (queued, then sent). Requires `mailbox:send`.

        ``POST /v1/mailbox/messages``; scope ``mailbox:send``.
        """
        return await self._client._execute(calls.send_message(to, subject, text, html=html, in_reply_to=in_reply_to, booking_id=booking_id, idempotency_key=idempotency_key), request_options(extra_headers, timeout, max_retries))

    async def get(
        self,
        message_id: str,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Union[float, None, NotGiven] = NOT_GIVEN,
        max_retries: Optional[int] = None,
    ) -> Message:
        """One message. Requires `mailbox:read`.

        ``GET /v1/mailbox/messages/{message_id}``; scope ``mailbox:read``.
        """
        return await self._client._execute(calls.get_message(message_id), request_options(extra_headers, timeout, max_retries))


class AsyncClientResources:
    """The resources of :class:`~agentdraft.AsyncClient`."""

    agents: AsyncAgents
    audit: AsyncAudit
    availability: AsyncAvailabilityResource
    bookings: AsyncBookings
    mailbox: AsyncMailbox

    def _attach_resources(self, client: AsyncExecutor) -> None:
        self.agents = AsyncAgents(client)
        self.audit = AsyncAudit(client)
        self.availability = AsyncAvailabilityResource(client)
        self.bookings = AsyncBookings(client)
        self.mailbox = AsyncMailbox(client)
