# generated — do not edit. Source: spec/ (run `pnpm generate`).
"""Typed models for the schemas of the OpenAPI document (components.schemas)."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Any, Callable, Dict, List, Literal, Mapping, Optional, TypeVar, Union

__all__ = [
    "Agent",
    "AgentActor",
    "AgentId",
    "AgentIdentity",
    "AgentList",
    "AgentUsage",
    "AgentUsageList",
    "AgentWithKey",
    "AttachmentInfo",
    "AuditActor",
    "AuditEvent",
    "AuditEventId",
    "AuditEventPage",
    "AuthErrorProblem",
    "Availability",
    "AvailabilityPreviewRequest",
    "Booking",
    "BookingId",
    "BookingMode",
    "BookingPage",
    "BookingStatus",
    "BufferRule",
    "BusinessHoursRule",
    "BusyInterval",
    "BusyKind",
    "CaldavSourceInput",
    "Calendar",
    "CalendarId",
    "CalendarInvite",
    "CalendarList",
    "CalendarMethod",
    "CalendarSource",
    "CalendarSources",
    "CancelBookingRequest",
    "Checkpoint",
    "ConflictCode",
    "ConflictProblem",
    "ConsistencyProof",
    "CreateAgentRequest",
    "CreateBookingRequest",
    "CreateCalendarRequest",
    "CreateWebhookRequest",
    "Cursor",
    "DailyCapRule",
    "DayHours",
    "EngineSettings",
    "EngineSettingsUpdate",
    "ExternalConflict",
    "FeedCreated",
    "FeedFile",
    "FeedId",
    "FeedInfo",
    "FeedList",
    "FieldError",
    "FocusBlockRule",
    "HealthStatus",
    "ICalendarText",
    "IcsSourceInput",
    "IdempotencyInFlightProblem",
    "IdempotencyKeyReusedProblem",
    "InboundMail",
    "InboundResult",
    "InclusionProof",
    "Instant",
    "InternalProblem",
    "Interval",
    "InvalidRequestProblem",
    "LocalDateTime",
    "LocalTime",
    "MagicLinkRequest",
    "MagicLinkResponse",
    "MaxDurationRule",
    "Message",
    "MessageDirection",
    "MessageId",
    "MessagePage",
    "MessageStatus",
    "Metadata",
    "MinNoticeRule",
    "NotFoundProblem",
    "OwnerCancelRequest",
    "PayloadTooLargeProblem",
    "PermissionDeniedProblem",
    "Priority",
    "Race",
    "RaceLoser",
    "RaceOutcome",
    "RacePage",
    "RaceWinner",
    "RateLimitState",
    "RateLimitedProblem",
    "RequestErrorGroup",
    "RequestErrorSummary",
    "RequestLogEntry",
    "RequestLogPage",
    "Rule",
    "RuleKind",
    "RuleRef",
    "RuleSet",
    "RuleViolationProblem",
    "Scope",
    "SendMessageRequest",
    "Session",
    "SetSourcesRequest",
    "SourceError",
    "SourceErrorCode",
    "SourceId",
    "SourceInput",
    "SystemActor",
    "TimeZoneParam",
    "UnavailableProblem",
    "UpdateAgentRequest",
    "UpdateCalendarRequest",
    "UserActor",
    "UserId",
    "VerifyRequest",
    "Webhook",
    "WebhookId",
    "WebhookList",
    "WebhookWithSecret",
    "Weekday",
    "Workspace",
    "parse_audit_actor",
    "parse_rule",
    "parse_source_input",
]


# Enums and aliases of plain types


#: Identifier of an agent (`agt_…`).
AgentId = str


#: Identifier of an audit event (`evt_…`).
AuditEventId = str


#: Identifier of a booking (`bkg_…`).
BookingId = str


#: How a booking write lands.
BookingMode = Literal["commit", "hold"]


#: Lifecycle state of a booking. Only `HELD` and `COMMITTED` block the calendar.
BookingStatus = Literal[
    "HELD",
    "COMMITTED",
    "RELEASED",
    "EXPIRED",
    "CANCELLED",
    "EVICTED",
    "INVALIDATED",
]


#: Why an interval is busy.
BusyKind = Literal[
    "booking",
    "hold",
    "focus_block",
    "outside_business_hours",
    "external",
]


#: Identifier of a calendar (`cal_…`).
CalendarId = str


#: iTIP method of a calendar attachment.
CalendarMethod = Literal["REQUEST", "REPLY", "CANCEL", "PUBLISH", "COUNTER"]


#: Codes of the `Conflict` family.
ConflictCode = Literal[
    "outranked",
    "slot_taken",
    "booking_frozen",
    "hold_expired",
    "invalid_transition",
]


#: Opaque cursor for the next page.
Cursor = str


#: A feed's file name: its token and `.ics`.
FeedFile = str


#: Identifier of an ICS feed (`fd_…`).
FeedId = str


#: An iCalendar (RFC 5545) text.
ICalendarText = str


#: An instant in RFC 3339 form with an explicit offset (`Z` or `±hh:mm`). Naive times
#: are rejected; instants are stored at millisecond precision.
Instant = datetime.datetime


#: A local date-time with its UTC offset, e.g. `2026-03-30T09:00:00+02:00` (RFC 3339,
#: offset of that instant in the zone).
LocalDateTime = str


#: A local wall-clock time `HH:MM` (24 h) in the calendar's time zone.
LocalTime = str


#: Direction of a message relative to the agent's mailbox.
MessageDirection = Literal["inbound", "outbound"]


#: Identifier of a mailbox message (`msg_…`).
MessageId = str


#: Delivery state of a message.
MessageStatus = Literal["received", "queued", "sent", "failed"]


#: Free-form string metadata stored with a booking (at most 50 keys of 40 characters,
#: values of 500).
Metadata = Dict[str, str]


#: Agent priority: an integer ≥ 1 where **1 is the highest**.
Priority = int


#: How a contender lost.
RaceOutcome = Literal["rejected", "evicted", "displaced"]


#: Kinds of calendar rules.
RuleKind = Literal[
    "business_hours",
    "focus_block",
    "daily_cap",
    "buffer",
    "max_duration",
    "min_notice",
    "external_busy",
]


#: A permission granted to an agent's API key.
Scope = Literal[
    "availability:read",
    "bookings:read",
    "bookings:write",
    "mailbox:read",
    "mailbox:send",
    "audit:read",
]


#: Why the last poll of a source failed (its last good busy set stays in force).
SourceErrorCode = Literal[
    "refused",
    "unreachable",
    "timeout",
    "unauthorized",
    "http_status",
    "malformed",
    "too_large",
]


#: Identifier of an external calendar source (`src_…`).
SourceId = str


#: An IANA time zone name (`Europe/Berlin`), or `calendar` for the zone of the item's
#: calendar. An unknown zone is a 400 `invalid_request` naming `query.time_zone`.
TimeZoneParam = str


#: Identifier of an owner (`usr_…`).
UserId = str


#: Identifier of a webhook subscription (`whk_…`).
WebhookId = str


#: Day of the week, ISO order.
Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


# Models


@dataclass(frozen=True)
class Agent:
    """An agent as the owner sees it."""

    #: Agent id.
    agent_id: AgentId
    #: Display name (also the mailbox handle, slugified).
    name: str
    #: Priority, 1 is highest.
    priority: Priority
    #: Scopes of its API key.
    scopes: List[Scope]
    #: Default calendar it writes to.
    calendar_id: CalendarId
    #: Its mailbox address: `<name>.<workspace handle>@<mail domain>`, unique on the
    #: server.
    mailbox_address: str
    #: Whether its key was revoked.
    revoked: bool
    #: When it was created.
    created_at: Instant

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Agent:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "Agent")
        return cls(
            agent_id=_get(data, "Agent", "agent_id", _str),
            name=_get(data, "Agent", "name", _str),
            priority=_get(data, "Agent", "priority", _int),
            scopes=_get(data, "Agent", "scopes", _list_of(_str_enum)),
            calendar_id=_get(data, "Agent", "calendar_id", _str),
            mailbox_address=_get(data, "Agent", "mailbox_address", _str),
            revoked=_get(data, "Agent", "revoked", _bool),
            created_at=_get(data, "Agent", "created_at", _datetime),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "agent_id": self.agent_id,
            "name": self.name,
            "priority": self.priority,
            "scopes": _dump(self.scopes),
            "calendar_id": self.calendar_id,
            "mailbox_address": self.mailbox_address,
            "revoked": self.revoked,
            "created_at": _format_datetime(self.created_at),
        }


@dataclass(frozen=True)
class AgentActor:
    """An agent acted."""

    #: Discriminator.
    type: Literal["agent"]
    #: The agent.
    agent_id: AgentId

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AgentActor:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "AgentActor")
        return cls(
            type=_get(data, "AgentActor", "type", _const("agent")),
            agent_id=_get(data, "AgentActor", "agent_id", _str),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "type": self.type,
            "agent_id": self.agent_id,
        }


@dataclass(frozen=True)
class AgentIdentity:
    """The calling agent."""

    #: Agent id.
    agent_id: AgentId
    #: Display name.
    name: str
    #: Priority, 1 is highest.
    priority: Priority
    #: Scopes of the key in use.
    scopes: List[Scope]
    #: The owner of the agent's workspace.
    user_id: UserId
    #: Default calendar.
    calendar_id: CalendarId
    #: Mailbox address: `<name>.<workspace handle>@<mail domain>`, unique on the server.
    mailbox_address: str

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AgentIdentity:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "AgentIdentity")
        return cls(
            agent_id=_get(data, "AgentIdentity", "agent_id", _str),
            name=_get(data, "AgentIdentity", "name", _str),
            priority=_get(data, "AgentIdentity", "priority", _int),
            scopes=_get(data, "AgentIdentity", "scopes", _list_of(_str_enum)),
            user_id=_get(data, "AgentIdentity", "user_id", _str),
            calendar_id=_get(data, "AgentIdentity", "calendar_id", _str),
            mailbox_address=_get(data, "AgentIdentity", "mailbox_address", _str),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "agent_id": self.agent_id,
            "name": self.name,
            "priority": self.priority,
            "scopes": _dump(self.scopes),
            "user_id": self.user_id,
            "calendar_id": self.calendar_id,
            "mailbox_address": self.mailbox_address,
        }


@dataclass(frozen=True)
class AgentList:
    """The workspace's agents."""

    #: Agents, by creation.
    data: List[Agent]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AgentList:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "AgentList")
        return cls(
            data=_get(data, "AgentList", "data", _list_of(Agent.from_dict)),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "data": _dump(self.data),
        }


@dataclass(frozen=True)
class AgentUsage:
    """How an agent uses the API: last request (within the request log's window) and
    rate-limit state.
    """

    #: The agent.
    agent_id: AgentId
    #: Requests in the last 24 hours.
    requests_last_day: int
    #: Error responses in the last 24 hours.
    errors_last_day: int
    #: Its rate-limit bucket now.
    rate_limit: RateLimitState
    #: Its latest request (absent: none within the request log's 7 days).
    last_used_at: Optional[Instant] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AgentUsage:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "AgentUsage")
        return cls(
            agent_id=_get(data, "AgentUsage", "agent_id", _str),
            requests_last_day=_get(data, "AgentUsage", "requests_last_day", _int),
            errors_last_day=_get(data, "AgentUsage", "errors_last_day", _int),
            rate_limit=_get(data, "AgentUsage", "rate_limit", RateLimitState.from_dict),
            last_used_at=_opt(data, "AgentUsage", "last_used_at", _datetime),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "agent_id": self.agent_id,
            "requests_last_day": self.requests_last_day,
            "errors_last_day": self.errors_last_day,
            "rate_limit": self.rate_limit.to_dict(),
        }
        if self.last_used_at is not None:
            data["last_used_at"] = _format_datetime(self.last_used_at)
        return data


@dataclass(frozen=True)
class AgentUsageList:
    """Usage of every agent of the workspace."""

    #: Agents, by creation.
    data: List[AgentUsage]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AgentUsageList:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "AgentUsageList")
        return cls(
            data=_get(data, "AgentUsageList", "data", _list_of(AgentUsage.from_dict)),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "data": _dump(self.data),
        }


@dataclass(frozen=True)
class AgentWithKey:
    """An agent with its API key, shown exactly once (on create and on rotate)."""

    #: Agent id.
    agent_id: AgentId
    #: Display name (also the mailbox handle, slugified).
    name: str
    #: Priority, 1 is highest.
    priority: Priority
    #: Scopes of its API key.
    scopes: List[Scope]
    #: Default calendar it writes to.
    calendar_id: CalendarId
    #: Its mailbox address: `<name>.<workspace handle>@<mail domain>`, unique on the
    #: server.
    mailbox_address: str
    #: Whether its key was revoked.
    revoked: bool
    #: When it was created.
    created_at: Instant
    #: The API key. Store it now: only a keyed hash is kept.
    plaintext_key: str

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AgentWithKey:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "AgentWithKey")
        return cls(
            agent_id=_get(data, "AgentWithKey", "agent_id", _str),
            name=_get(data, "AgentWithKey", "name", _str),
            priority=_get(data, "AgentWithKey", "priority", _int),
            scopes=_get(data, "AgentWithKey", "scopes", _list_of(_str_enum)),
            calendar_id=_get(data, "AgentWithKey", "calendar_id", _str),
            mailbox_address=_get(data, "AgentWithKey", "mailbox_address", _str),
            revoked=_get(data, "AgentWithKey", "revoked", _bool),
            created_at=_get(data, "AgentWithKey", "created_at", _datetime),
            plaintext_key=_get(data, "AgentWithKey", "plaintext_key", _str),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "agent_id": self.agent_id,
            "name": self.name,
            "priority": self.priority,
            "scopes": _dump(self.scopes),
            "calendar_id": self.calendar_id,
            "mailbox_address": self.mailbox_address,
            "revoked": self.revoked,
            "created_at": _format_datetime(self.created_at),
            "plaintext_key": self.plaintext_key,
        }


@dataclass(frozen=True)
class AttachmentInfo:
    """Metadata of an attachment (contents are not served)."""

    #: MIME type.
    content_type: str
    #: Size in bytes.
    size: int
    #: File name.
    filename: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AttachmentInfo:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "AttachmentInfo")
        return cls(
            content_type=_get(data, "AttachmentInfo", "content_type", _str),
            size=_get(data, "AttachmentInfo", "size", _int),
            filename=_opt(data, "AttachmentInfo", "filename", _str),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "content_type": self.content_type,
            "size": self.size,
        }
        if self.filename is not None:
            data["filename"] = self.filename
        return data


@dataclass(frozen=True)
class AuditEvent:
    """One entry of the workspace's append-only audit log. Its RFC 8785 (JCS) canonical
    JSON is a leaf of the workspace's RFC 6962 Merkle tree, at index `seq`.
    """

    #: Event id.
    event_id: AuditEventId
    #: Zero-based index of the event in the workspace's log (its Merkle leaf index).
    seq: int
    #: When the server decided it.
    at: Instant
    #: Who caused it.
    actor: AuditActor
    #: What happened, e.g. `booking.committed`, `booking.rejected`, `hold.invalidated`,
    #: `agent.created`.
    action: str
    #: The id of the resource it concerns (booking, agent, calendar, message …).
    resource: str
    #: The request that caused it (method, path, request id, relevant input).
    request: Dict[str, Any]
    #: Its result (new status, problem code, winner …).
    outcome: Dict[str, Any]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AuditEvent:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "AuditEvent")
        return cls(
            event_id=_get(data, "AuditEvent", "event_id", _str),
            seq=_get(data, "AuditEvent", "seq", _int),
            at=_get(data, "AuditEvent", "at", _datetime),
            actor=_get(data, "AuditEvent", "actor", parse_audit_actor),
            action=_get(data, "AuditEvent", "action", _str),
            resource=_get(data, "AuditEvent", "resource", _str),
            request=_get(data, "AuditEvent", "request", _dict_of(_any)),
            outcome=_get(data, "AuditEvent", "outcome", _dict_of(_any)),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "event_id": self.event_id,
            "seq": self.seq,
            "at": _format_datetime(self.at),
            "actor": _dump(self.actor),
            "action": self.action,
            "resource": self.resource,
            "request": _dump(self.request),
            "outcome": _dump(self.outcome),
        }


@dataclass(frozen=True)
class AuditEventPage:
    """One page of audit events."""

    #: Events, in log order.
    data: List[AuditEvent]
    #: Whether another page follows.
    has_more: bool
    #: Cursor of the next page, when `has_more`.
    next_cursor: Optional[Cursor] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AuditEventPage:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "AuditEventPage")
        return cls(
            data=_get(data, "AuditEventPage", "data", _list_of(AuditEvent.from_dict)),
            has_more=_get(data, "AuditEventPage", "has_more", _bool),
            next_cursor=_opt(data, "AuditEventPage", "next_cursor", _str),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "data": _dump(self.data),
            "has_more": self.has_more,
        }
        if self.next_cursor is not None:
            data["next_cursor"] = self.next_cursor
        return data


@dataclass(frozen=True)
class AuthErrorProblem:
    """401 — the API key or session is missing, unknown or revoked."""

    #: URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`).
    type: str
    #: Short, human-readable summary of the problem type.
    title: str
    #: Human-readable explanation specific to this occurrence.
    detail: str
    #: The `Request-Id` of the failed request.
    request_id: str
    #: HTTP status.
    status: Literal[401]
    #: Problem code.
    code: Literal["unauthenticated"]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AuthErrorProblem:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "AuthErrorProblem")
        return cls(
            type=_get(data, "AuthErrorProblem", "type", _str),
            title=_get(data, "AuthErrorProblem", "title", _str),
            detail=_get(data, "AuthErrorProblem", "detail", _str),
            request_id=_get(data, "AuthErrorProblem", "request_id", _str),
            status=_get(data, "AuthErrorProblem", "status", _const(401)),
            code=_get(data, "AuthErrorProblem", "code", _const("unauthenticated")),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "type": self.type,
            "title": self.title,
            "detail": self.detail,
            "request_id": self.request_id,
            "status": self.status,
            "code": self.code,
        }


@dataclass(frozen=True)
class Availability:
    """Free slots and busy intervals of one calendar in a range, merged across every
    agent and rule.
    """

    #: The calendar.
    calendar_id: CalendarId
    #: Start of the queried range.
    range_start: Instant
    #: End of the queried range.
    range_end: Instant
    #: Maximal free intervals (each at least `duration_minutes` long when given), in
    #: order.
    slots: List[Interval]
    #: Busy intervals, in order of start.
    busy: List[BusyInterval]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Availability:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "Availability")
        return cls(
            calendar_id=_get(data, "Availability", "calendar_id", _str),
            range_start=_get(data, "Availability", "range_start", _datetime),
            range_end=_get(data, "Availability", "range_end", _datetime),
            slots=_get(data, "Availability", "slots", _list_of(Interval.from_dict)),
            busy=_get(data, "Availability", "busy", _list_of(BusyInterval.from_dict)),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "calendar_id": self.calendar_id,
            "range_start": _format_datetime(self.range_start),
            "range_end": _format_datetime(self.range_end),
            "slots": _dump(self.slots),
            "busy": _dump(self.busy),
        }


@dataclass(frozen=True)
class AvailabilityPreviewRequest:
    """Rules to preview and the range to preview them on."""

    #: Start of the range.
    range_start: Instant
    #: End of the range (at most 62 days after the start).
    range_end: Instant
    #: The rules to try instead of the calendar's own (nothing is stored).
    rules: List[Rule]
    #: The calendar (default: the workspace's default calendar).
    calendar_id: Optional[CalendarId] = None
    #: Minimum slot length.
    duration_minutes: Optional[int] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AvailabilityPreviewRequest:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "AvailabilityPreviewRequest")
        return cls(
            range_start=_get(
                data,
                "AvailabilityPreviewRequest",
                "range_start",
                _datetime,
            ),
            range_end=_get(data, "AvailabilityPreviewRequest", "range_end", _datetime),
            rules=_get(
                data,
                "AvailabilityPreviewRequest",
                "rules",
                _list_of(parse_rule),
            ),
            calendar_id=_opt(data, "AvailabilityPreviewRequest", "calendar_id", _str),
            duration_minutes=_opt(
                data,
                "AvailabilityPreviewRequest",
                "duration_minutes",
                _int,
            ),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "range_start": _format_datetime(self.range_start),
            "range_end": _format_datetime(self.range_end),
            "rules": _dump(self.rules),
        }
        if self.calendar_id is not None:
            data["calendar_id"] = self.calendar_id
        if self.duration_minutes is not None:
            data["duration_minutes"] = self.duration_minutes
        return data


@dataclass(frozen=True)
class Booking:
    """A reservation of `[start, end)` on a calendar by one agent."""

    #: Booking id.
    booking_id: BookingId
    #: Calendar the booking is on.
    calendar_id: CalendarId
    #: Agent that made the booking.
    agent_id: AgentId
    #: The agent's priority when it wrote the booking.
    agent_priority: Priority
    #: Current state.
    status: BookingStatus
    #: Inclusive start.
    start: Instant
    #: Exclusive end.
    end: Instant
    #: Metadata given at creation.
    metadata: Metadata
    #: The audit event of the booking's latest transition.
    audit_event_id: AuditEventId
    #: When the booking was created.
    created_at: Instant
    #: When a hold stops blocking (holds only).
    hold_expires_at: Optional[Instant] = None
    #: When the booking was committed.
    committed_at: Optional[Instant] = None
    #: Why the booking ended, for CANCELLED / EVICTED / INVALIDATED / EXPIRED bookings.
    ended_reason: Optional[str] = None
    #: Booking that evicted or displaced this one.
    displaced_by_booking_id: Optional[BookingId] = None
    #: External source whose busy time displaced this hold (`ended_reason` says so too).
    displaced_by_source_id: Optional[SourceId] = None
    #: On a calendar whose `external_busy` setting is `flag`: the external busy time it
    #: overlapped when written or moved.
    external_conflicts: Optional[List[ExternalConflict]] = None
    #: `start` as a local time in `time_zone`.
    start_local: Optional[LocalDateTime] = None
    #: `end` as a local time in `time_zone`.
    end_local: Optional[LocalDateTime] = None
    #: The IANA zone of `start_local` / `end_local` (`calendar` resolved to the
    #: calendar's zone).
    time_zone: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Booking:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "Booking")
        return cls(
            booking_id=_get(data, "Booking", "booking_id", _str),
            calendar_id=_get(data, "Booking", "calendar_id", _str),
            agent_id=_get(data, "Booking", "agent_id", _str),
            agent_priority=_get(data, "Booking", "agent_priority", _int),
            status=_get(data, "Booking", "status", _str_enum),
            start=_get(data, "Booking", "start", _datetime),
            end=_get(data, "Booking", "end", _datetime),
            metadata=_get(data, "Booking", "metadata", _dict_of(_str)),
            audit_event_id=_get(data, "Booking", "audit_event_id", _str),
            created_at=_get(data, "Booking", "created_at", _datetime),
            hold_expires_at=_opt(data, "Booking", "hold_expires_at", _datetime),
            committed_at=_opt(data, "Booking", "committed_at", _datetime),
            ended_reason=_opt(data, "Booking", "ended_reason", _str),
            displaced_by_booking_id=_opt(
                data,
                "Booking",
                "displaced_by_booking_id",
                _str,
            ),
            displaced_by_source_id=_opt(
                data,
                "Booking",
                "displaced_by_source_id",
                _str,
            ),
            external_conflicts=_opt(
                data,
                "Booking",
                "external_conflicts",
                _list_of(ExternalConflict.from_dict),
            ),
            start_local=_opt(data, "Booking", "start_local", _str),
            end_local=_opt(data, "Booking", "end_local", _str),
            time_zone=_opt(data, "Booking", "time_zone", _str),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "booking_id": self.booking_id,
            "calendar_id": self.calendar_id,
            "agent_id": self.agent_id,
            "agent_priority": self.agent_priority,
            "status": self.status,
            "start": _format_datetime(self.start),
            "end": _format_datetime(self.end),
            "metadata": _dump(self.metadata),
            "audit_event_id": self.audit_event_id,
            "created_at": _format_datetime(self.created_at),
        }
        if self.hold_expires_at is not None:
            data["hold_expires_at"] = _format_datetime(self.hold_expires_at)
        if self.committed_at is not None:
            data["committed_at"] = _format_datetime(self.committed_at)
        if self.ended_reason is not None:
            data["ended_reason"] = self.ended_reason
        if self.displaced_by_booking_id is not None:
            data["displaced_by_booking_id"] = self.displaced_by_booking_id
        if self.displaced_by_source_id is not None:
            data["displaced_by_source_id"] = self.displaced_by_source_id
        if self.external_conflicts is not None:
            data["external_conflicts"] = _dump(self.external_conflicts)
        if self.start_local is not None:
            data["start_local"] = self.start_local
        if self.end_local is not None:
            data["end_local"] = self.end_local
        if self.time_zone is not None:
            data["time_zone"] = self.time_zone
        return data


@dataclass(frozen=True)
class BookingPage:
    """One page of bookings."""

    #: Bookings, ordered by `start`, then `booking_id`.
    data: List[Booking]
    #: Whether another page follows.
    has_more: bool
    #: Cursor of the next page, when `has_more`.
    next_cursor: Optional[Cursor] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BookingPage:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "BookingPage")
        return cls(
            data=_get(data, "BookingPage", "data", _list_of(Booking.from_dict)),
            has_more=_get(data, "BookingPage", "has_more", _bool),
            next_cursor=_opt(data, "BookingPage", "next_cursor", _str),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "data": _dump(self.data),
            "has_more": self.has_more,
        }
        if self.next_cursor is not None:
            data["next_cursor"] = self.next_cursor
        return data


@dataclass(frozen=True)
class BufferRule:
    """At least `minutes` between any two active bookings."""

    #: Owner-chosen rule id, unique per calendar.
    rule_id: str
    #: Discriminator.
    kind: Literal["buffer"]
    #: Gap in minutes.
    minutes: int

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BufferRule:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "BufferRule")
        return cls(
            rule_id=_get(data, "BufferRule", "rule_id", _str),
            kind=_get(data, "BufferRule", "kind", _const("buffer")),
            minutes=_get(data, "BufferRule", "minutes", _int),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "rule_id": self.rule_id,
            "kind": self.kind,
            "minutes": self.minutes,
        }


@dataclass(frozen=True)
class BusinessHoursRule:
    """Bookings must lie within one day's opening hours (days not listed are closed)."""

    #: Owner-chosen rule id, unique per calendar.
    rule_id: str
    #: Discriminator.
    kind: Literal["business_hours"]
    #: Opening hours.
    hours: List[DayHours]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BusinessHoursRule:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "BusinessHoursRule")
        return cls(
            rule_id=_get(data, "BusinessHoursRule", "rule_id", _str),
            kind=_get(data, "BusinessHoursRule", "kind", _const("business_hours")),
            hours=_get(
                data,
                "BusinessHoursRule",
                "hours",
                _list_of(DayHours.from_dict),
            ),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "rule_id": self.rule_id,
            "kind": self.kind,
            "hours": _dump(self.hours),
        }


@dataclass(frozen=True)
class BusyInterval:
    """A busy interval of the calendar."""

    #: Inclusive start.
    start: Instant
    #: Exclusive end.
    end: Instant
    #: What makes it busy.
    kind: BusyKind
    #: `start` as a local time in `time_zone`.
    start_local: Optional[LocalDateTime] = None
    #: `end` as a local time in `time_zone`.
    end_local: Optional[LocalDateTime] = None
    #: The IANA zone of `start_local` / `end_local` (`calendar` resolved to the
    #: calendar's zone).
    time_zone: Optional[str] = None
    #: Agent owning the booking or hold.
    agent_id: Optional[AgentId] = None
    #: The booking or hold.
    booking_id: Optional[BookingId] = None
    #: The rule, for rule-derived intervals.
    rule_id: Optional[str] = None
    #: The external source, for `external` intervals.
    source_id: Optional[SourceId] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BusyInterval:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "BusyInterval")
        return cls(
            start=_get(data, "BusyInterval", "start", _datetime),
            end=_get(data, "BusyInterval", "end", _datetime),
            kind=_get(data, "BusyInterval", "kind", _str_enum),
            start_local=_opt(data, "BusyInterval", "start_local", _str),
            end_local=_opt(data, "BusyInterval", "end_local", _str),
            time_zone=_opt(data, "BusyInterval", "time_zone", _str),
            agent_id=_opt(data, "BusyInterval", "agent_id", _str),
            booking_id=_opt(data, "BusyInterval", "booking_id", _str),
            rule_id=_opt(data, "BusyInterval", "rule_id", _str),
            source_id=_opt(data, "BusyInterval", "source_id", _str),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "start": _format_datetime(self.start),
            "end": _format_datetime(self.end),
            "kind": self.kind,
        }
        if self.start_local is not None:
            data["start_local"] = self.start_local
        if self.end_local is not None:
            data["end_local"] = self.end_local
        if self.time_zone is not None:
            data["time_zone"] = self.time_zone
        if self.agent_id is not None:
            data["agent_id"] = self.agent_id
        if self.booking_id is not None:
            data["booking_id"] = self.booking_id
        if self.rule_id is not None:
            data["rule_id"] = self.rule_id
        if self.source_id is not None:
            data["source_id"] = self.source_id
        return data


@dataclass(frozen=True)
class CaldavSourceInput:
    """A CalDAV calendar collection, polled with sync-token / ctag; HTTP Basic when a
    username is given.
    """

    #: Discriminator.
    kind: Literal["caldav"]
    #: URL of the calendar collection (http or https).
    url: str
    #: HTTP Basic user name.
    username: Optional[str] = None
    #: HTTP Basic password: stored sealed, never returned. Omitted on a PUT that keeps
    #: the same url and username: the stored one stays.
    password: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CaldavSourceInput:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "CaldavSourceInput")
        return cls(
            kind=_get(data, "CaldavSourceInput", "kind", _const("caldav")),
            url=_get(data, "CaldavSourceInput", "url", _str),
            username=_opt(data, "CaldavSourceInput", "username", _str),
            password=_opt(data, "CaldavSourceInput", "password", _str),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "kind": self.kind,
            "url": self.url,
        }
        if self.username is not None:
            data["username"] = self.username
        if self.password is not None:
            data["password"] = self.password
        return data


@dataclass(frozen=True)
class Calendar:
    """A calendar of the workspace."""

    #: Calendar id.
    calendar_id: CalendarId
    #: Name.
    name: str
    #: IANA time zone its rules are evaluated in.
    time_zone: str
    #: Whether agents write here unless a request names another calendar.
    is_default: bool
    #: Engine settings.
    settings: EngineSettings
    #: When it was created.
    created_at: Instant

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Calendar:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "Calendar")
        return cls(
            calendar_id=_get(data, "Calendar", "calendar_id", _str),
            name=_get(data, "Calendar", "name", _str),
            time_zone=_get(data, "Calendar", "time_zone", _str),
            is_default=_get(data, "Calendar", "is_default", _bool),
            settings=_get(data, "Calendar", "settings", EngineSettings.from_dict),
            created_at=_get(data, "Calendar", "created_at", _datetime),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "calendar_id": self.calendar_id,
            "name": self.name,
            "time_zone": self.time_zone,
            "is_default": self.is_default,
            "settings": self.settings.to_dict(),
            "created_at": _format_datetime(self.created_at),
        }


@dataclass(frozen=True)
class CalendarInvite:
    """The iCalendar invite attached to a message, parsed."""

    #: iTIP method.
    method: CalendarMethod
    #: Event UID (stable per booking).
    uid: str
    #: SEQUENCE, bumped on every change.
    sequence: int
    #: Event start.
    start: Optional[Instant] = None
    #: Event end.
    end: Optional[Instant] = None
    #: SUMMARY.
    summary: Optional[str] = None
    #: Attendee replies (`PARTSTAT`) by address, for REPLY.
    attendees: Optional[Dict[str, str]] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CalendarInvite:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "CalendarInvite")
        return cls(
            method=_get(data, "CalendarInvite", "method", _str_enum),
            uid=_get(data, "CalendarInvite", "uid", _str),
            sequence=_get(data, "CalendarInvite", "sequence", _int),
            start=_opt(data, "CalendarInvite", "start", _datetime),
            end=_opt(data, "CalendarInvite", "end", _datetime),
            summary=_opt(data, "CalendarInvite", "summary", _str),
            attendees=_opt(data, "CalendarInvite", "attendees", _dict_of(_str)),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "method": self.method,
            "uid": self.uid,
            "sequence": self.sequence,
        }
        if self.start is not None:
            data["start"] = _format_datetime(self.start)
        if self.end is not None:
            data["end"] = _format_datetime(self.end)
        if self.summary is not None:
            data["summary"] = self.summary
        if self.attendees is not None:
            data["attendees"] = _dump(self.attendees)
        return data


@dataclass(frozen=True)
class CalendarList:
    """Calendar list."""

    #: Calendars, default first.
    data: List[Calendar]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CalendarList:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "CalendarList")
        return cls(
            data=_get(data, "CalendarList", "data", _list_of(Calendar.from_dict)),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "data": _dump(self.data),
        }


@dataclass(frozen=True)
class CalendarSource:
    """An external source and its state. Credentials are never returned."""

    #: Source id (the `source_id` of its busy intervals in availability).
    source_id: SourceId
    #: `caldav` or `ics`.
    kind: Literal["caldav", "ics"]
    #: The source's URL.
    url: str
    #: Whether a password is stored (sealed).
    has_password: bool
    #: When the next poll is due.
    next_poll_at: Instant
    #: CalDAV user name, when one is set.
    username: Optional[str] = None
    #: When the source was last read successfully (absent: never).
    last_sync_at: Optional[Instant] = None
    #: The last poll's failure; absent when the last poll succeeded.
    last_error: Optional[SourceError] = None
    #: Events in the source at the last successful read.
    event_count: Optional[int] = None
    #: Busy intervals in force from this source.
    interval_count: Optional[int] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CalendarSource:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "CalendarSource")
        return cls(
            source_id=_get(data, "CalendarSource", "source_id", _str),
            kind=_get(data, "CalendarSource", "kind", _str_enum),
            url=_get(data, "CalendarSource", "url", _str),
            has_password=_get(data, "CalendarSource", "has_password", _bool),
            next_poll_at=_get(data, "CalendarSource", "next_poll_at", _datetime),
            username=_opt(data, "CalendarSource", "username", _str),
            last_sync_at=_opt(data, "CalendarSource", "last_sync_at", _datetime),
            last_error=_opt(
                data,
                "CalendarSource",
                "last_error",
                SourceError.from_dict,
            ),
            event_count=_opt(data, "CalendarSource", "event_count", _int),
            interval_count=_opt(data, "CalendarSource", "interval_count", _int),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "source_id": self.source_id,
            "kind": self.kind,
            "url": self.url,
            "has_password": self.has_password,
            "next_poll_at": _format_datetime(self.next_poll_at),
        }
        if self.username is not None:
            data["username"] = self.username
        if self.last_sync_at is not None:
            data["last_sync_at"] = _format_datetime(self.last_sync_at)
        if self.last_error is not None:
            data["last_error"] = self.last_error.to_dict()
        if self.event_count is not None:
            data["event_count"] = self.event_count
        if self.interval_count is not None:
            data["interval_count"] = self.interval_count
        return data


@dataclass(frozen=True)
class CalendarSources:
    """A calendar's external sources."""

    #: The calendar.
    calendar_id: CalendarId
    #: Seconds between polls.
    poll_seconds: int
    #: The sources, in the order they were given.
    sources: List[CalendarSource]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CalendarSources:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "CalendarSources")
        return cls(
            calendar_id=_get(data, "CalendarSources", "calendar_id", _str),
            poll_seconds=_get(data, "CalendarSources", "poll_seconds", _int),
            sources=_get(
                data,
                "CalendarSources",
                "sources",
                _list_of(CalendarSource.from_dict),
            ),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "calendar_id": self.calendar_id,
            "poll_seconds": self.poll_seconds,
            "sources": _dump(self.sources),
        }


@dataclass(frozen=True)
class CancelBookingRequest:
    """Request to cancel a commit."""

    #: Why the booking is cancelled.
    reason: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CancelBookingRequest:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "CancelBookingRequest")
        return cls(
            reason=_opt(data, "CancelBookingRequest", "reason", _str),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        data: Dict[str, Any] = {}
        if self.reason is not None:
            data["reason"] = self.reason
        return data


@dataclass(frozen=True)
class Checkpoint:
    """A signed tree head of the workspace's audit log."""

    #: Log origin line (`<host>/<workspace_id>`).
    origin: str
    #: Number of events in the tree.
    tree_size: int
    #: Base64 RFC 6962 root hash.
    root_hash: str
    #: The C2SP checkpoint: a signed note (Ed25519) over origin, size and root.
    checkpoint: str
    #: The server's note verifier key (`<name>+<hex key id>+<base64 key>`), to pin out
    #: of band.
    verifier_key: str

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Checkpoint:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "Checkpoint")
        return cls(
            origin=_get(data, "Checkpoint", "origin", _str),
            tree_size=_get(data, "Checkpoint", "tree_size", _int),
            root_hash=_get(data, "Checkpoint", "root_hash", _str),
            checkpoint=_get(data, "Checkpoint", "checkpoint", _str),
            verifier_key=_get(data, "Checkpoint", "verifier_key", _str),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "origin": self.origin,
            "tree_size": self.tree_size,
            "root_hash": self.root_hash,
            "checkpoint": self.checkpoint,
            "verifier_key": self.verifier_key,
        }


@dataclass(frozen=True)
class ConflictProblem:
    """409 — the write lost: who won, by what priority, and which audit event records
    it.
    """

    #: URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`).
    type: str
    #: Short, human-readable summary of the problem type.
    title: str
    #: Human-readable explanation specific to this occurrence.
    detail: str
    #: The `Request-Id` of the failed request.
    request_id: str
    #: HTTP status.
    status: Literal[409]
    #: Problem code (the SDKs expose it as `reason`).
    code: ConflictCode
    #: The audit event that records this rejection.
    audit_event_id: AuditEventId
    #: Agent whose booking blocks this write, when a winner exists.
    winning_agent_id: Optional[AgentId] = None
    #: Priority of the winning agent.
    winning_agent_priority: Optional[Priority] = None
    #: The winning booking.
    winning_booking_id: Optional[BookingId] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ConflictProblem:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "ConflictProblem")
        return cls(
            type=_get(data, "ConflictProblem", "type", _str),
            title=_get(data, "ConflictProblem", "title", _str),
            detail=_get(data, "ConflictProblem", "detail", _str),
            request_id=_get(data, "ConflictProblem", "request_id", _str),
            status=_get(data, "ConflictProblem", "status", _const(409)),
            code=_get(data, "ConflictProblem", "code", _str_enum),
            audit_event_id=_get(data, "ConflictProblem", "audit_event_id", _str),
            winning_agent_id=_opt(data, "ConflictProblem", "winning_agent_id", _str),
            winning_agent_priority=_opt(
                data,
                "ConflictProblem",
                "winning_agent_priority",
                _int,
            ),
            winning_booking_id=_opt(
                data,
                "ConflictProblem",
                "winning_booking_id",
                _str,
            ),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "type": self.type,
            "title": self.title,
            "detail": self.detail,
            "request_id": self.request_id,
            "status": self.status,
            "code": self.code,
            "audit_event_id": self.audit_event_id,
        }
        if self.winning_agent_id is not None:
            data["winning_agent_id"] = self.winning_agent_id
        if self.winning_agent_priority is not None:
            data["winning_agent_priority"] = self.winning_agent_priority
        if self.winning_booking_id is not None:
            data["winning_booking_id"] = self.winning_booking_id
        return data


@dataclass(frozen=True)
class ConsistencyProof:
    """Proof that the tree of `from_size` is a prefix of the tree of `to_size`."""

    #: Size of the older tree.
    from_size: int
    #: Size of the newer tree.
    to_size: int
    #: Base64 consistency proof (RFC 6962 §2.1.2).
    proof: List[str]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ConsistencyProof:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "ConsistencyProof")
        return cls(
            from_size=_get(data, "ConsistencyProof", "from_size", _int),
            to_size=_get(data, "ConsistencyProof", "to_size", _int),
            proof=_get(data, "ConsistencyProof", "proof", _list_of(_str)),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "from_size": self.from_size,
            "to_size": self.to_size,
            "proof": _dump(self.proof),
        }


@dataclass(frozen=True)
class CreateAgentRequest:
    """Create an agent and its API key."""

    #: Display name, unique per workspace (letters, digits, `-`, `_`, `.`).
    name: str
    #: Priority, 1 is highest.
    priority: Priority
    #: Scopes of the key.
    scopes: List[Scope]
    #: Default calendar (default: the workspace's default calendar).
    calendar_id: Optional[CalendarId] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateAgentRequest:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "CreateAgentRequest")
        return cls(
            name=_get(data, "CreateAgentRequest", "name", _str),
            priority=_get(data, "CreateAgentRequest", "priority", _int),
            scopes=_get(data, "CreateAgentRequest", "scopes", _list_of(_str_enum)),
            calendar_id=_opt(data, "CreateAgentRequest", "calendar_id", _str),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "name": self.name,
            "priority": self.priority,
            "scopes": _dump(self.scopes),
        }
        if self.calendar_id is not None:
            data["calendar_id"] = self.calendar_id
        return data


@dataclass(frozen=True)
class CreateBookingRequest:
    """Request to book a slot."""

    #: Inclusive start; must carry an offset and not lie in the past.
    start: Instant
    #: Exclusive end; after `start`, at most 24 h later.
    end: Instant
    #: `commit` (default) or `hold`.
    mode: Optional[BookingMode] = None
    #: TTL of a hold in seconds (calendar default 30, bounded by the calendar's
    #: settings).
    hold_ttl_seconds: Optional[int] = None
    #: Calendar to book on; defaults to the workspace's default calendar.
    calendar_id: Optional[CalendarId] = None
    #: Free-form metadata.
    metadata: Optional[Metadata] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateBookingRequest:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "CreateBookingRequest")
        return cls(
            start=_get(data, "CreateBookingRequest", "start", _datetime),
            end=_get(data, "CreateBookingRequest", "end", _datetime),
            mode=_opt(data, "CreateBookingRequest", "mode", _str_enum),
            hold_ttl_seconds=_opt(
                data,
                "CreateBookingRequest",
                "hold_ttl_seconds",
                _int,
            ),
            calendar_id=_opt(data, "CreateBookingRequest", "calendar_id", _str),
            metadata=_opt(data, "CreateBookingRequest", "metadata", _dict_of(_str)),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "start": _format_datetime(self.start),
            "end": _format_datetime(self.end),
        }
        if self.mode is not None:
            data["mode"] = self.mode
        if self.hold_ttl_seconds is not None:
            data["hold_ttl_seconds"] = self.hold_ttl_seconds
        if self.calendar_id is not None:
            data["calendar_id"] = self.calendar_id
        if self.metadata is not None:
            data["metadata"] = _dump(self.metadata)
        return data


@dataclass(frozen=True)
class CreateCalendarRequest:
    """Create a calendar."""

    #: Name.
    name: str
    #: IANA time zone (default `UTC`).
    time_zone: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateCalendarRequest:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "CreateCalendarRequest")
        return cls(
            name=_get(data, "CreateCalendarRequest", "name", _str),
            time_zone=_opt(data, "CreateCalendarRequest", "time_zone", _str),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "name": self.name,
        }
        if self.time_zone is not None:
            data["time_zone"] = self.time_zone
        return data


@dataclass(frozen=True)
class CreateWebhookRequest:
    """Create a webhook."""

    #: Target URL (http or https).
    url: str
    #: Audit actions to deliver (`*` for all).
    events: List[str]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateWebhookRequest:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "CreateWebhookRequest")
        return cls(
            url=_get(data, "CreateWebhookRequest", "url", _str),
            events=_get(data, "CreateWebhookRequest", "events", _list_of(_str)),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "url": self.url,
            "events": _dump(self.events),
        }


@dataclass(frozen=True)
class DailyCapRule:
    """At most `max_bookings` active bookings per local day."""

    #: Owner-chosen rule id, unique per calendar.
    rule_id: str
    #: Discriminator.
    kind: Literal["daily_cap"]
    #: Cap per day.
    max_bookings: int
    #: Count per agent or for the whole calendar.
    per: Literal["agent", "calendar"]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DailyCapRule:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "DailyCapRule")
        return cls(
            rule_id=_get(data, "DailyCapRule", "rule_id", _str),
            kind=_get(data, "DailyCapRule", "kind", _const("daily_cap")),
            max_bookings=_get(data, "DailyCapRule", "max_bookings", _int),
            per=_get(data, "DailyCapRule", "per", _str_enum),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "rule_id": self.rule_id,
            "kind": self.kind,
            "max_bookings": self.max_bookings,
            "per": self.per,
        }


@dataclass(frozen=True)
class DayHours:
    """Opening hours of one weekday."""

    #: Weekday.
    weekday: Weekday
    #: Local opening time.
    open: LocalTime
    #: Local closing time.
    close: LocalTime

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DayHours:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "DayHours")
        return cls(
            weekday=_get(data, "DayHours", "weekday", _str_enum),
            open=_get(data, "DayHours", "open", _str),
            close=_get(data, "DayHours", "close", _str),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "weekday": self.weekday,
            "open": self.open,
            "close": self.close,
        }


@dataclass(frozen=True)
class EngineSettings:
    """Engine settings of a calendar."""

    #: Contending writes arriving within this window are decided together (0–1000 ms,
    #: default 50).
    arbitration_window_ms: int
    #: A higher-priority commit may evict a commit younger than this (0 disables;
    #: default 30).
    bump_window_seconds: int
    #: Hold TTL when a request names none (default 30).
    hold_ttl_default_seconds: int
    #: Shortest hold TTL allowed.
    hold_ttl_min_seconds: int
    #: Longest hold TTL allowed.
    hold_ttl_max_seconds: int
    #: What busy time of an external source does to a write over it: `block` (422
    #: `rule_violation` of kind `external_busy`) or `flag` (allowed; the booking names
    #: it). Absent: `block`.
    external_busy: Optional[Literal["block", "flag"]] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> EngineSettings:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "EngineSettings")
        return cls(
            arbitration_window_ms=_get(
                data,
                "EngineSettings",
                "arbitration_window_ms",
                _int,
            ),
            bump_window_seconds=_get(
                data,
                "EngineSettings",
                "bump_window_seconds",
                _int,
            ),
            hold_ttl_default_seconds=_get(
                data,
                "EngineSettings",
                "hold_ttl_default_seconds",
                _int,
            ),
            hold_ttl_min_seconds=_get(
                data,
                "EngineSettings",
                "hold_ttl_min_seconds",
                _int,
            ),
            hold_ttl_max_seconds=_get(
                data,
                "EngineSettings",
                "hold_ttl_max_seconds",
                _int,
            ),
            external_busy=_opt(data, "EngineSettings", "external_busy", _str_enum),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "arbitration_window_ms": self.arbitration_window_ms,
            "bump_window_seconds": self.bump_window_seconds,
            "hold_ttl_default_seconds": self.hold_ttl_default_seconds,
            "hold_ttl_min_seconds": self.hold_ttl_min_seconds,
            "hold_ttl_max_seconds": self.hold_ttl_max_seconds,
        }
        if self.external_busy is not None:
            data["external_busy"] = self.external_busy
        return data


@dataclass(frozen=True)
class EngineSettingsUpdate:
    """Partial update of engine settings."""

    #: See `EngineSettings`.
    arbitration_window_ms: Optional[int] = None
    #: See `EngineSettings`.
    bump_window_seconds: Optional[int] = None
    #: See `EngineSettings`.
    hold_ttl_default_seconds: Optional[int] = None
    #: See `EngineSettings`.
    hold_ttl_min_seconds: Optional[int] = None
    #: See `EngineSettings`.
    hold_ttl_max_seconds: Optional[int] = None
    #: See `EngineSettings`.
    external_busy: Optional[Literal["block", "flag"]] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> EngineSettingsUpdate:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "EngineSettingsUpdate")
        return cls(
            arbitration_window_ms=_opt(
                data,
                "EngineSettingsUpdate",
                "arbitration_window_ms",
                _int,
            ),
            bump_window_seconds=_opt(
                data,
                "EngineSettingsUpdate",
                "bump_window_seconds",
                _int,
            ),
            hold_ttl_default_seconds=_opt(
                data,
                "EngineSettingsUpdate",
                "hold_ttl_default_seconds",
                _int,
            ),
            hold_ttl_min_seconds=_opt(
                data,
                "EngineSettingsUpdate",
                "hold_ttl_min_seconds",
                _int,
            ),
            hold_ttl_max_seconds=_opt(
                data,
                "EngineSettingsUpdate",
                "hold_ttl_max_seconds",
                _int,
            ),
            external_busy=_opt(
                data,
                "EngineSettingsUpdate",
                "external_busy",
                _str_enum,
            ),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        data: Dict[str, Any] = {}
        if self.arbitration_window_ms is not None:
            data["arbitration_window_ms"] = self.arbitration_window_ms
        if self.bump_window_seconds is not None:
            data["bump_window_seconds"] = self.bump_window_seconds
        if self.hold_ttl_default_seconds is not None:
            data["hold_ttl_default_seconds"] = self.hold_ttl_default_seconds
        if self.hold_ttl_min_seconds is not None:
            data["hold_ttl_min_seconds"] = self.hold_ttl_min_seconds
        if self.hold_ttl_max_seconds is not None:
            data["hold_ttl_max_seconds"] = self.hold_ttl_max_seconds
        if self.external_busy is not None:
            data["external_busy"] = self.external_busy
        return data


@dataclass(frozen=True)
class ExternalConflict:
    """External busy time a booking overlaps (allowed on a calendar whose
    `external_busy` setting is `flag`).
    """

    #: Inclusive start.
    start: Instant
    #: Exclusive end.
    end: Instant
    #: The source it came from.
    source_id: SourceId

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ExternalConflict:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "ExternalConflict")
        return cls(
            start=_get(data, "ExternalConflict", "start", _datetime),
            end=_get(data, "ExternalConflict", "end", _datetime),
            source_id=_get(data, "ExternalConflict", "source_id", _str),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "start": _format_datetime(self.start),
            "end": _format_datetime(self.end),
            "source_id": self.source_id,
        }


@dataclass(frozen=True)
class FeedCreated:
    """A new feed: subscribe to `url` from a calendar app. The URL is the secret; it is
    shown once.
    """

    #: Feed id (to revoke it).
    feed_id: FeedId
    #: The tokenised, read-only feed URL.
    url: str
    #: When it was created.
    created_at: Instant

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FeedCreated:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "FeedCreated")
        return cls(
            feed_id=_get(data, "FeedCreated", "feed_id", _str),
            url=_get(data, "FeedCreated", "url", _str),
            created_at=_get(data, "FeedCreated", "created_at", _datetime),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "feed_id": self.feed_id,
            "url": self.url,
            "created_at": _format_datetime(self.created_at),
        }


@dataclass(frozen=True)
class FeedInfo:
    """A feed of a calendar (its URL is not shown again)."""

    #: Feed id.
    feed_id: FeedId
    #: When it was created.
    created_at: Instant

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FeedInfo:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "FeedInfo")
        return cls(
            feed_id=_get(data, "FeedInfo", "feed_id", _str),
            created_at=_get(data, "FeedInfo", "created_at", _datetime),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "feed_id": self.feed_id,
            "created_at": _format_datetime(self.created_at),
        }


@dataclass(frozen=True)
class FeedList:
    """A calendar's feeds."""

    #: Feeds, by creation.
    data: List[FeedInfo]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FeedList:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "FeedList")
        return cls(
            data=_get(data, "FeedList", "data", _list_of(FeedInfo.from_dict)),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "data": _dump(self.data),
        }


@dataclass(frozen=True)
class FieldError:
    """One invalid field of a request."""

    #: JSON pointer or parameter name of the offending field, e.g. `/end` or
    #: `query.range_start`.
    field: str
    #: What is wrong with it.
    message: str

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FieldError:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "FieldError")
        return cls(
            field=_get(data, "FieldError", "field", _str),
            message=_get(data, "FieldError", "message", _str),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "field": self.field,
            "message": self.message,
        }


@dataclass(frozen=True)
class FocusBlockRule:
    """Nothing may be booked during these recurring local hours."""

    #: Owner-chosen rule id, unique per calendar.
    rule_id: str
    #: Discriminator.
    kind: Literal["focus_block"]
    #: Weekdays it recurs on.
    weekdays: List[Weekday]
    #: Local start time.
    start: LocalTime
    #: Local end time.
    end: LocalTime

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FocusBlockRule:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "FocusBlockRule")
        return cls(
            rule_id=_get(data, "FocusBlockRule", "rule_id", _str),
            kind=_get(data, "FocusBlockRule", "kind", _const("focus_block")),
            weekdays=_get(data, "FocusBlockRule", "weekdays", _list_of(_str_enum)),
            start=_get(data, "FocusBlockRule", "start", _str),
            end=_get(data, "FocusBlockRule", "end", _str),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "rule_id": self.rule_id,
            "kind": self.kind,
            "weekdays": _dump(self.weekdays),
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True)
class HealthStatus:
    """The server is ready."""

    #: Always `ok`.
    status: Literal["ok"]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> HealthStatus:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "HealthStatus")
        return cls(
            status=_get(data, "HealthStatus", "status", _const("ok")),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "status": self.status,
        }


@dataclass(frozen=True)
class IcsSourceInput:
    """An ICS URL, polled with If-None-Match / If-Modified-Since."""

    #: Discriminator.
    kind: Literal["ics"]
    #: URL of the `.ics` file (http or https).
    url: str

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> IcsSourceInput:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "IcsSourceInput")
        return cls(
            kind=_get(data, "IcsSourceInput", "kind", _const("ics")),
            url=_get(data, "IcsSourceInput", "url", _str),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "kind": self.kind,
            "url": self.url,
        }


@dataclass(frozen=True)
class IdempotencyInFlightProblem:
    """409 — a request with this idempotency key is still executing; retry after
    `Retry-After`.
    """

    #: URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`).
    type: str
    #: Short, human-readable summary of the problem type.
    title: str
    #: Human-readable explanation specific to this occurrence.
    detail: str
    #: The `Request-Id` of the failed request.
    request_id: str
    #: HTTP status.
    status: Literal[409]
    #: Problem code.
    code: Literal["idempotency_in_flight"]
    #: Seconds to wait before retrying (also sent as `Retry-After`).
    retry_after_seconds: int

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> IdempotencyInFlightProblem:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "IdempotencyInFlightProblem")
        return cls(
            type=_get(data, "IdempotencyInFlightProblem", "type", _str),
            title=_get(data, "IdempotencyInFlightProblem", "title", _str),
            detail=_get(data, "IdempotencyInFlightProblem", "detail", _str),
            request_id=_get(data, "IdempotencyInFlightProblem", "request_id", _str),
            status=_get(data, "IdempotencyInFlightProblem", "status", _const(409)),
            code=_get(
                data,
                "IdempotencyInFlightProblem",
                "code",
                _const("idempotency_in_flight"),
            ),
            retry_after_seconds=_get(
                data,
                "IdempotencyInFlightProblem",
                "retry_after_seconds",
                _int,
            ),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "type": self.type,
            "title": self.title,
            "detail": self.detail,
            "request_id": self.request_id,
            "status": self.status,
            "code": self.code,
            "retry_after_seconds": self.retry_after_seconds,
        }


@dataclass(frozen=True)
class IdempotencyKeyReusedProblem:
    """422 — the idempotency key was already used for a different request."""

    #: URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`).
    type: str
    #: Short, human-readable summary of the problem type.
    title: str
    #: Human-readable explanation specific to this occurrence.
    detail: str
    #: The `Request-Id` of the failed request.
    request_id: str
    #: HTTP status.
    status: Literal[422]
    #: Problem code.
    code: Literal["idempotency_key_reused"]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> IdempotencyKeyReusedProblem:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "IdempotencyKeyReusedProblem")
        return cls(
            type=_get(data, "IdempotencyKeyReusedProblem", "type", _str),
            title=_get(data, "IdempotencyKeyReusedProblem", "title", _str),
            detail=_get(data, "IdempotencyKeyReusedProblem", "detail", _str),
            request_id=_get(data, "IdempotencyKeyReusedProblem", "request_id", _str),
            status=_get(data, "IdempotencyKeyReusedProblem", "status", _const(422)),
            code=_get(
                data,
                "IdempotencyKeyReusedProblem",
                "code",
                _const("idempotency_key_reused"),
            ),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "type": self.type,
            "title": self.title,
            "detail": self.detail,
            "request_id": self.request_id,
            "status": self.status,
            "code": self.code,
        }


@dataclass(frozen=True)
class InboundMail:
    """Provider-style inbound webhook payload: the raw RFC 5322 message and its envelope
    recipients, as posted by an inbound mail provider.
    """

    #: Envelope recipients (RCPT TO).
    recipients: List[str]
    #: The full RFC 5322 message.
    raw: str
    #: Envelope sender (MAIL FROM).
    sender: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> InboundMail:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "InboundMail")
        return cls(
            recipients=_get(data, "InboundMail", "recipients", _list_of(_str)),
            raw=_get(data, "InboundMail", "raw", _str),
            sender=_opt(data, "InboundMail", "sender", _str),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "recipients": _dump(self.recipients),
            "raw": self.raw,
        }
        if self.sender is not None:
            data["sender"] = self.sender
        return data


@dataclass(frozen=True)
class InboundResult:
    """Result of an inbound delivery."""

    #: Stored messages, one per accepted recipient (existing ones on a duplicate
    #: `Message-ID`).
    message_ids: List[MessageId]
    #: Whether the message had been received before (deduplicated by `Message-ID`).
    duplicate: bool

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> InboundResult:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "InboundResult")
        return cls(
            message_ids=_get(data, "InboundResult", "message_ids", _list_of(_str)),
            duplicate=_get(data, "InboundResult", "duplicate", _bool),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "message_ids": _dump(self.message_ids),
            "duplicate": self.duplicate,
        }


@dataclass(frozen=True)
class InclusionProof:
    """Proof that an event is a leaf of the tree of a given size."""

    #: The event.
    event_id: AuditEventId
    #: Its leaf index.
    leaf_index: int
    #: Size of the tree the proof is for.
    tree_size: int
    #: Base64 leaf hash: SHA-256(0x00 ‖ JCS(event)).
    leaf_hash: str
    #: Base64 audit path, leaf to root (RFC 6962 §2.1.1).
    proof: List[str]
    #: The event itself, so a client can recompute the leaf hash.
    event: AuditEvent

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> InclusionProof:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "InclusionProof")
        return cls(
            event_id=_get(data, "InclusionProof", "event_id", _str),
            leaf_index=_get(data, "InclusionProof", "leaf_index", _int),
            tree_size=_get(data, "InclusionProof", "tree_size", _int),
            leaf_hash=_get(data, "InclusionProof", "leaf_hash", _str),
            proof=_get(data, "InclusionProof", "proof", _list_of(_str)),
            event=_get(data, "InclusionProof", "event", AuditEvent.from_dict),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "event_id": self.event_id,
            "leaf_index": self.leaf_index,
            "tree_size": self.tree_size,
            "leaf_hash": self.leaf_hash,
            "proof": _dump(self.proof),
            "event": self.event.to_dict(),
        }


@dataclass(frozen=True)
class InternalProblem:
    """500 — the server failed; nothing was stored. Safe to retry with the same
    idempotency key.
    """

    #: URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`).
    type: str
    #: Short, human-readable summary of the problem type.
    title: str
    #: Human-readable explanation specific to this occurrence.
    detail: str
    #: The `Request-Id` of the failed request.
    request_id: str
    #: HTTP status.
    status: Literal[500]
    #: Problem code.
    code: Literal["internal"]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> InternalProblem:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "InternalProblem")
        return cls(
            type=_get(data, "InternalProblem", "type", _str),
            title=_get(data, "InternalProblem", "title", _str),
            detail=_get(data, "InternalProblem", "detail", _str),
            request_id=_get(data, "InternalProblem", "request_id", _str),
            status=_get(data, "InternalProblem", "status", _const(500)),
            code=_get(data, "InternalProblem", "code", _const("internal")),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "type": self.type,
            "title": self.title,
            "detail": self.detail,
            "request_id": self.request_id,
            "status": self.status,
            "code": self.code,
        }


@dataclass(frozen=True)
class Interval:
    """A half-open interval `[start, end)`."""

    #: Inclusive start.
    start: Instant
    #: Exclusive end.
    end: Instant
    #: `start` as a local time in `time_zone`.
    start_local: Optional[LocalDateTime] = None
    #: `end` as a local time in `time_zone`.
    end_local: Optional[LocalDateTime] = None
    #: The IANA zone of `start_local` / `end_local` (`calendar` resolved to the
    #: calendar's zone).
    time_zone: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Interval:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "Interval")
        return cls(
            start=_get(data, "Interval", "start", _datetime),
            end=_get(data, "Interval", "end", _datetime),
            start_local=_opt(data, "Interval", "start_local", _str),
            end_local=_opt(data, "Interval", "end_local", _str),
            time_zone=_opt(data, "Interval", "time_zone", _str),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "start": _format_datetime(self.start),
            "end": _format_datetime(self.end),
        }
        if self.start_local is not None:
            data["start_local"] = self.start_local
        if self.end_local is not None:
            data["end_local"] = self.end_local
        if self.time_zone is not None:
            data["time_zone"] = self.time_zone
        return data


@dataclass(frozen=True)
class InvalidRequestProblem:
    """400 — the request is malformed or fails validation."""

    #: URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`).
    type: str
    #: Short, human-readable summary of the problem type.
    title: str
    #: Human-readable explanation specific to this occurrence.
    detail: str
    #: The `Request-Id` of the failed request.
    request_id: str
    #: HTTP status.
    status: Literal[400]
    #: Problem code.
    code: Literal["invalid_request"]
    #: The invalid fields.
    errors: List[FieldError]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> InvalidRequestProblem:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "InvalidRequestProblem")
        return cls(
            type=_get(data, "InvalidRequestProblem", "type", _str),
            title=_get(data, "InvalidRequestProblem", "title", _str),
            detail=_get(data, "InvalidRequestProblem", "detail", _str),
            request_id=_get(data, "InvalidRequestProblem", "request_id", _str),
            status=_get(data, "InvalidRequestProblem", "status", _const(400)),
            code=_get(data, "InvalidRequestProblem", "code", _const("invalid_request")),
            errors=_get(
                data,
                "InvalidRequestProblem",
                "errors",
                _list_of(FieldError.from_dict),
            ),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "type": self.type,
            "title": self.title,
            "detail": self.detail,
            "request_id": self.request_id,
            "status": self.status,
            "code": self.code,
            "errors": _dump(self.errors),
        }


@dataclass(frozen=True)
class MagicLinkRequest:
    """Request a sign-in link for an owner."""

    #: The owner's email address.
    email: str

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MagicLinkRequest:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "MagicLinkRequest")
        return cls(
            email=_get(data, "MagicLinkRequest", "email", _str),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "email": self.email,
        }


@dataclass(frozen=True)
class MagicLinkResponse:
    """The link was sent."""

    #: Always true (no account enumeration).
    sent: Literal[True]
    #: The link token, returned only when the server runs in dev mode.
    dev_token: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MagicLinkResponse:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "MagicLinkResponse")
        return cls(
            sent=_get(data, "MagicLinkResponse", "sent", _const(True)),
            dev_token=_opt(data, "MagicLinkResponse", "dev_token", _str),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "sent": self.sent,
        }
        if self.dev_token is not None:
            data["dev_token"] = self.dev_token
        return data


@dataclass(frozen=True)
class MaxDurationRule:
    """Bookings last at most `minutes`."""

    #: Owner-chosen rule id, unique per calendar.
    rule_id: str
    #: Discriminator.
    kind: Literal["max_duration"]
    #: Longest booking in minutes.
    minutes: int

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MaxDurationRule:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "MaxDurationRule")
        return cls(
            rule_id=_get(data, "MaxDurationRule", "rule_id", _str),
            kind=_get(data, "MaxDurationRule", "kind", _const("max_duration")),
            minutes=_get(data, "MaxDurationRule", "minutes", _int),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "rule_id": self.rule_id,
            "kind": self.kind,
            "minutes": self.minutes,
        }


@dataclass(frozen=True)
class Message:
    """A message of an agent's mailbox."""

    #: Message id.
    message_id: MessageId
    #: Inbound or outbound.
    direction: MessageDirection
    #: Delivery state.
    status: MessageStatus
    #: Sender address.
    from_: str
    #: Recipient addresses.
    to: List[str]
    #: Subject.
    subject: str
    #: RFC 5322 `Message-ID`.
    internet_message_id: str
    #: `References`, oldest first.
    references: List[str]
    #: Attachment metadata.
    attachments: List[AttachmentInfo]
    #: The audit event of its receipt or send.
    audit_event_id: AuditEventId
    #: When it was stored.
    created_at: Instant
    #: Why the relay refused it (status `failed`).
    failure_reason: Optional[str] = None
    #: Plain-text body.
    text: Optional[str] = None
    #: HTML body (stored as received; never rendered by the server).
    html: Optional[str] = None
    #: `In-Reply-To`.
    in_reply_to: Optional[str] = None
    #: Booking the message is about.
    booking_id: Optional[BookingId] = None
    #: Parsed calendar invite, when one is attached.
    calendar: Optional[CalendarInvite] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Message:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "Message")
        return cls(
            message_id=_get(data, "Message", "message_id", _str),
            direction=_get(data, "Message", "direction", _str_enum),
            status=_get(data, "Message", "status", _str_enum),
            from_=_get(data, "Message", "from", _str),
            to=_get(data, "Message", "to", _list_of(_str)),
            subject=_get(data, "Message", "subject", _str),
            internet_message_id=_get(data, "Message", "internet_message_id", _str),
            references=_get(data, "Message", "references", _list_of(_str)),
            attachments=_get(
                data,
                "Message",
                "attachments",
                _list_of(AttachmentInfo.from_dict),
            ),
            audit_event_id=_get(data, "Message", "audit_event_id", _str),
            created_at=_get(data, "Message", "created_at", _datetime),
            failure_reason=_opt(data, "Message", "failure_reason", _str),
            text=_opt(data, "Message", "text", _str),
            html=_opt(data, "Message", "html", _str),
            in_reply_to=_opt(data, "Message", "in_reply_to", _str),
            booking_id=_opt(data, "Message", "booking_id", _str),
            calendar=_opt(data, "Message", "calendar", CalendarInvite.from_dict),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "message_id": self.message_id,
            "direction": self.direction,
            "status": self.status,
            "from": self.from_,
            "to": _dump(self.to),
            "subject": self.subject,
            "internet_message_id": self.internet_message_id,
            "references": _dump(self.references),
            "attachments": _dump(self.attachments),
            "audit_event_id": self.audit_event_id,
            "created_at": _format_datetime(self.created_at),
        }
        if self.failure_reason is not None:
            data["failure_reason"] = self.failure_reason
        if self.text is not None:
            data["text"] = self.text
        if self.html is not None:
            data["html"] = self.html
        if self.in_reply_to is not None:
            data["in_reply_to"] = self.in_reply_to
        if self.booking_id is not None:
            data["booking_id"] = self.booking_id
        if self.calendar is not None:
            data["calendar"] = self.calendar.to_dict()
        return data


@dataclass(frozen=True)
class MessagePage:
    """One page of messages."""

    #: Messages, newest first.
    data: List[Message]
    #: Whether another page follows.
    has_more: bool
    #: Cursor of the next page, when `has_more`.
    next_cursor: Optional[Cursor] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MessagePage:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "MessagePage")
        return cls(
            data=_get(data, "MessagePage", "data", _list_of(Message.from_dict)),
            has_more=_get(data, "MessagePage", "has_more", _bool),
            next_cursor=_opt(data, "MessagePage", "next_cursor", _str),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "data": _dump(self.data),
            "has_more": self.has_more,
        }
        if self.next_cursor is not None:
            data["next_cursor"] = self.next_cursor
        return data


@dataclass(frozen=True)
class MinNoticeRule:
    """Bookings start at least `minutes` after they are made."""

    #: Owner-chosen rule id, unique per calendar.
    rule_id: str
    #: Discriminator.
    kind: Literal["min_notice"]
    #: Notice in minutes.
    minutes: int

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MinNoticeRule:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "MinNoticeRule")
        return cls(
            rule_id=_get(data, "MinNoticeRule", "rule_id", _str),
            kind=_get(data, "MinNoticeRule", "kind", _const("min_notice")),
            minutes=_get(data, "MinNoticeRule", "minutes", _int),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "rule_id": self.rule_id,
            "kind": self.kind,
            "minutes": self.minutes,
        }


@dataclass(frozen=True)
class NotFoundProblem:
    """404 — no such resource in the caller's workspace."""

    #: URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`).
    type: str
    #: Short, human-readable summary of the problem type.
    title: str
    #: Human-readable explanation specific to this occurrence.
    detail: str
    #: The `Request-Id` of the failed request.
    request_id: str
    #: HTTP status.
    status: Literal[404]
    #: Problem code.
    code: Literal["not_found"]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> NotFoundProblem:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "NotFoundProblem")
        return cls(
            type=_get(data, "NotFoundProblem", "type", _str),
            title=_get(data, "NotFoundProblem", "title", _str),
            detail=_get(data, "NotFoundProblem", "detail", _str),
            request_id=_get(data, "NotFoundProblem", "request_id", _str),
            status=_get(data, "NotFoundProblem", "status", _const(404)),
            code=_get(data, "NotFoundProblem", "code", _const("not_found")),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "type": self.type,
            "title": self.title,
            "detail": self.detail,
            "request_id": self.request_id,
            "status": self.status,
            "code": self.code,
        }


@dataclass(frozen=True)
class OwnerCancelRequest:
    """Why the owner cancels."""

    #: Free-text reason, kept in the audit log.
    reason: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> OwnerCancelRequest:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "OwnerCancelRequest")
        return cls(
            reason=_opt(data, "OwnerCancelRequest", "reason", _str),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        data: Dict[str, Any] = {}
        if self.reason is not None:
            data["reason"] = self.reason
        return data


@dataclass(frozen=True)
class PayloadTooLargeProblem:
    """413 — the request body is larger than the server accepts."""

    #: URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`).
    type: str
    #: Short, human-readable summary of the problem type.
    title: str
    #: Human-readable explanation specific to this occurrence.
    detail: str
    #: The `Request-Id` of the failed request.
    request_id: str
    #: HTTP status.
    status: Literal[413]
    #: Problem code.
    code: Literal["payload_too_large"]
    #: The largest body the server accepts.
    max_bytes: int

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PayloadTooLargeProblem:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "PayloadTooLargeProblem")
        return cls(
            type=_get(data, "PayloadTooLargeProblem", "type", _str),
            title=_get(data, "PayloadTooLargeProblem", "title", _str),
            detail=_get(data, "PayloadTooLargeProblem", "detail", _str),
            request_id=_get(data, "PayloadTooLargeProblem", "request_id", _str),
            status=_get(data, "PayloadTooLargeProblem", "status", _const(413)),
            code=_get(
                data,
                "PayloadTooLargeProblem",
                "code",
                _const("payload_too_large"),
            ),
            max_bytes=_get(data, "PayloadTooLargeProblem", "max_bytes", _int),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "type": self.type,
            "title": self.title,
            "detail": self.detail,
            "request_id": self.request_id,
            "status": self.status,
            "code": self.code,
            "max_bytes": self.max_bytes,
        }


@dataclass(frozen=True)
class PermissionDeniedProblem:
    """403 — authenticated, but not allowed (missing scope, another agent's booking)."""

    #: URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`).
    type: str
    #: Short, human-readable summary of the problem type.
    title: str
    #: Human-readable explanation specific to this occurrence.
    detail: str
    #: The `Request-Id` of the failed request.
    request_id: str
    #: HTTP status.
    status: Literal[403]
    #: Problem code.
    code: Literal["forbidden"]
    #: The scope the request needed, when a scope was missing.
    required_scope: Optional[Scope] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PermissionDeniedProblem:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "PermissionDeniedProblem")
        return cls(
            type=_get(data, "PermissionDeniedProblem", "type", _str),
            title=_get(data, "PermissionDeniedProblem", "title", _str),
            detail=_get(data, "PermissionDeniedProblem", "detail", _str),
            request_id=_get(data, "PermissionDeniedProblem", "request_id", _str),
            status=_get(data, "PermissionDeniedProblem", "status", _const(403)),
            code=_get(data, "PermissionDeniedProblem", "code", _const("forbidden")),
            required_scope=_opt(
                data,
                "PermissionDeniedProblem",
                "required_scope",
                _str_enum,
            ),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "type": self.type,
            "title": self.title,
            "detail": self.detail,
            "request_id": self.request_id,
            "status": self.status,
            "code": self.code,
        }
        if self.required_scope is not None:
            data["required_scope"] = self.required_scope
        return data


@dataclass(frozen=True)
class Race:
    """A contested slot: one winning booking and every write it beat."""

    #: Who won.
    winner: RaceWinner
    #: Who lost, in log order.
    losers: List[RaceLoser]
    #: When it was last contested.
    last_at: Instant
    #: The calendar.
    calendar_id: Optional[CalendarId] = None
    #: The slot (the winning booking's interval).
    start: Optional[Instant] = None
    #: End of the slot.
    end: Optional[Instant] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Race:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "Race")
        return cls(
            winner=_get(data, "Race", "winner", RaceWinner.from_dict),
            losers=_get(data, "Race", "losers", _list_of(RaceLoser.from_dict)),
            last_at=_get(data, "Race", "last_at", _datetime),
            calendar_id=_opt(data, "Race", "calendar_id", _str),
            start=_opt(data, "Race", "start", _datetime),
            end=_opt(data, "Race", "end", _datetime),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "winner": self.winner.to_dict(),
            "losers": _dump(self.losers),
            "last_at": _format_datetime(self.last_at),
        }
        if self.calendar_id is not None:
            data["calendar_id"] = self.calendar_id
        if self.start is not None:
            data["start"] = _format_datetime(self.start)
        if self.end is not None:
            data["end"] = _format_datetime(self.end)
        return data


@dataclass(frozen=True)
class RaceLoser:
    """One contender that lost a race."""

    #: The agent.
    agent_id: AgentId
    #: The booking it wrote or lost.
    booking_id: BookingId
    #: How it lost.
    outcome: RaceOutcome
    #: The problem code it got (refused writes) or `evicted` / `displaced`.
    problem_code: str
    #: The audit event recording the loss.
    audit_event_id: AuditEventId
    #: When.
    at: Instant
    #: Its priority (of the evicted booking; for a refused write, the agent's priority
    #: now).
    priority: Optional[Priority] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RaceLoser:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "RaceLoser")
        return cls(
            agent_id=_get(data, "RaceLoser", "agent_id", _str),
            booking_id=_get(data, "RaceLoser", "booking_id", _str),
            outcome=_get(data, "RaceLoser", "outcome", _str_enum),
            problem_code=_get(data, "RaceLoser", "problem_code", _str),
            audit_event_id=_get(data, "RaceLoser", "audit_event_id", _str),
            at=_get(data, "RaceLoser", "at", _datetime),
            priority=_opt(data, "RaceLoser", "priority", _int),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "agent_id": self.agent_id,
            "booking_id": self.booking_id,
            "outcome": self.outcome,
            "problem_code": self.problem_code,
            "audit_event_id": self.audit_event_id,
            "at": _format_datetime(self.at),
        }
        if self.priority is not None:
            data["priority"] = self.priority
        return data


@dataclass(frozen=True)
class RacePage:
    """Races, most recent first, derived from the audit log."""

    #: Races, most recent first.
    data: List[Race]
    #: Whether older audit events remain to scan.
    has_more: bool
    #: Cursor of the next (older) page, when `has_more`.
    next_cursor: Optional[Cursor] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RacePage:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "RacePage")
        return cls(
            data=_get(data, "RacePage", "data", _list_of(Race.from_dict)),
            has_more=_get(data, "RacePage", "has_more", _bool),
            next_cursor=_opt(data, "RacePage", "next_cursor", _str),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "data": _dump(self.data),
            "has_more": self.has_more,
        }
        if self.next_cursor is not None:
            data["next_cursor"] = self.next_cursor
        return data


@dataclass(frozen=True)
class RaceWinner:
    """The winner of a race."""

    #: The agent.
    agent_id: AgentId
    #: Its priority when it wrote the booking.
    priority: Priority
    #: The winning booking.
    booking_id: BookingId
    #: The winning booking's status now.
    status: Optional[BookingStatus] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RaceWinner:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "RaceWinner")
        return cls(
            agent_id=_get(data, "RaceWinner", "agent_id", _str),
            priority=_get(data, "RaceWinner", "priority", _int),
            booking_id=_get(data, "RaceWinner", "booking_id", _str),
            status=_opt(data, "RaceWinner", "status", _str_enum),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "agent_id": self.agent_id,
            "priority": self.priority,
            "booking_id": self.booking_id,
        }
        if self.status is not None:
            data["status"] = self.status
        return data


@dataclass(frozen=True)
class RateLimitState:
    """An agent's token bucket now."""

    #: Bucket size (burst).
    capacity: int
    #: Tokens added per second.
    refill_per_second: float
    #: Requests it may send at once now.
    remaining: int
    #: Seconds until the bucket is full again.
    full_in_seconds: int

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RateLimitState:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "RateLimitState")
        return cls(
            capacity=_get(data, "RateLimitState", "capacity", _int),
            refill_per_second=_get(data, "RateLimitState", "refill_per_second", _float),
            remaining=_get(data, "RateLimitState", "remaining", _int),
            full_in_seconds=_get(data, "RateLimitState", "full_in_seconds", _int),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "capacity": self.capacity,
            "refill_per_second": self.refill_per_second,
            "remaining": self.remaining,
            "full_in_seconds": self.full_in_seconds,
        }


@dataclass(frozen=True)
class RateLimitedProblem:
    """429 — the agent's token bucket is empty."""

    #: URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`).
    type: str
    #: Short, human-readable summary of the problem type.
    title: str
    #: Human-readable explanation specific to this occurrence.
    detail: str
    #: The `Request-Id` of the failed request.
    request_id: str
    #: HTTP status.
    status: Literal[429]
    #: Problem code.
    code: Literal["rate_limited"]
    #: Seconds until a token is available (also sent as `Retry-After`).
    retry_after_seconds: int

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RateLimitedProblem:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "RateLimitedProblem")
        return cls(
            type=_get(data, "RateLimitedProblem", "type", _str),
            title=_get(data, "RateLimitedProblem", "title", _str),
            detail=_get(data, "RateLimitedProblem", "detail", _str),
            request_id=_get(data, "RateLimitedProblem", "request_id", _str),
            status=_get(data, "RateLimitedProblem", "status", _const(429)),
            code=_get(data, "RateLimitedProblem", "code", _const("rate_limited")),
            retry_after_seconds=_get(
                data,
                "RateLimitedProblem",
                "retry_after_seconds",
                _int,
            ),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "type": self.type,
            "title": self.title,
            "detail": self.detail,
            "request_id": self.request_id,
            "status": self.status,
            "code": self.code,
            "retry_after_seconds": self.retry_after_seconds,
        }


@dataclass(frozen=True)
class RequestErrorGroup:
    """Error responses of one problem code within the request log."""

    #: Problem code.
    error_code: str
    #: HTTP status of the latest one.
    status: int
    #: How many.
    count: int
    #: The latest one.
    last_at: Instant
    #: `Request-Id` of the latest one.
    last_request_id: str

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RequestErrorGroup:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "RequestErrorGroup")
        return cls(
            error_code=_get(data, "RequestErrorGroup", "error_code", _str),
            status=_get(data, "RequestErrorGroup", "status", _int),
            count=_get(data, "RequestErrorGroup", "count", _int),
            last_at=_get(data, "RequestErrorGroup", "last_at", _datetime),
            last_request_id=_get(data, "RequestErrorGroup", "last_request_id", _str),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "error_code": self.error_code,
            "status": self.status,
            "count": self.count,
            "last_at": _format_datetime(self.last_at),
            "last_request_id": self.last_request_id,
        }


@dataclass(frozen=True)
class RequestErrorSummary:
    """Errors of the request log grouped by problem code, most frequent first."""

    #: Groups, most frequent first.
    data: List[RequestErrorGroup]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RequestErrorSummary:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "RequestErrorSummary")
        return cls(
            data=_get(
                data,
                "RequestErrorSummary",
                "data",
                _list_of(RequestErrorGroup.from_dict),
            ),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "data": _dump(self.data),
        }


@dataclass(frozen=True)
class RequestLogEntry:
    """One request the server answered for the workspace (kept 7 days, at most 100 000
    per workspace).
    """

    #: The request's `Request-Id`.
    request_id: str
    #: When it arrived.
    at: Instant
    #: HTTP method.
    method: str
    #: Path (no query).
    path: str
    #: Response status.
    status: int
    #: Whether the answer was an idempotent replay (`Idempotent-Replayed: true`).
    replayed: bool
    #: Time spent in the server, in milliseconds.
    latency_ms: float
    #: The spec operation it reached, when it reached one.
    operation_id: Optional[str] = None
    #: The calling agent (absent for owner requests).
    agent_id: Optional[AgentId] = None
    #: The `Idempotency-Key` it sent.
    idempotency_key: Optional[str] = None
    #: The problem `code` of an error response.
    error_code: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RequestLogEntry:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "RequestLogEntry")
        return cls(
            request_id=_get(data, "RequestLogEntry", "request_id", _str),
            at=_get(data, "RequestLogEntry", "at", _datetime),
            method=_get(data, "RequestLogEntry", "method", _str),
            path=_get(data, "RequestLogEntry", "path", _str),
            status=_get(data, "RequestLogEntry", "status", _int),
            replayed=_get(data, "RequestLogEntry", "replayed", _bool),
            latency_ms=_get(data, "RequestLogEntry", "latency_ms", _float),
            operation_id=_opt(data, "RequestLogEntry", "operation_id", _str),
            agent_id=_opt(data, "RequestLogEntry", "agent_id", _str),
            idempotency_key=_opt(data, "RequestLogEntry", "idempotency_key", _str),
            error_code=_opt(data, "RequestLogEntry", "error_code", _str),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "request_id": self.request_id,
            "at": _format_datetime(self.at),
            "method": self.method,
            "path": self.path,
            "status": self.status,
            "replayed": self.replayed,
            "latency_ms": self.latency_ms,
        }
        if self.operation_id is not None:
            data["operation_id"] = self.operation_id
        if self.agent_id is not None:
            data["agent_id"] = self.agent_id
        if self.idempotency_key is not None:
            data["idempotency_key"] = self.idempotency_key
        if self.error_code is not None:
            data["error_code"] = self.error_code
        return data


@dataclass(frozen=True)
class RequestLogPage:
    """A page of the request log, newest first."""

    #: Requests, newest first.
    data: List[RequestLogEntry]
    #: Whether another page follows.
    has_more: bool
    #: Cursor of the next page, when `has_more`.
    next_cursor: Optional[Cursor] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RequestLogPage:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "RequestLogPage")
        return cls(
            data=_get(
                data,
                "RequestLogPage",
                "data",
                _list_of(RequestLogEntry.from_dict),
            ),
            has_more=_get(data, "RequestLogPage", "has_more", _bool),
            next_cursor=_opt(data, "RequestLogPage", "next_cursor", _str),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "data": _dump(self.data),
            "has_more": self.has_more,
        }
        if self.next_cursor is not None:
            data["next_cursor"] = self.next_cursor
        return data


@dataclass(frozen=True)
class RuleRef:
    """The rule a write broke."""

    #: Owner-chosen id of the rule.
    rule_id: str
    #: Its kind.
    kind: RuleKind

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RuleRef:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "RuleRef")
        return cls(
            rule_id=_get(data, "RuleRef", "rule_id", _str),
            kind=_get(data, "RuleRef", "kind", _str_enum),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "rule_id": self.rule_id,
            "kind": self.kind,
        }


@dataclass(frozen=True)
class RuleSet:
    """The full rule set of a calendar."""

    #: Rules, all of which must pass.
    rules: List[Rule]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RuleSet:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "RuleSet")
        return cls(
            rules=_get(data, "RuleSet", "rules", _list_of(parse_rule)),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "rules": _dump(self.rules),
        }


@dataclass(frozen=True)
class RuleViolationProblem:
    """422 — a calendar rule forbids this booking."""

    #: URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`).
    type: str
    #: Short, human-readable summary of the problem type.
    title: str
    #: Human-readable explanation specific to this occurrence.
    detail: str
    #: The `Request-Id` of the failed request.
    request_id: str
    #: HTTP status.
    status: Literal[422]
    #: Problem code.
    code: Literal["rule_violation"]
    #: The rule that was broken.
    rule: RuleRef
    #: The audit event that records this rejection.
    audit_event_id: AuditEventId
    #: For kind `external_busy`: the external busy interval the write overlaps.
    external: Optional[ExternalConflict] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RuleViolationProblem:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "RuleViolationProblem")
        return cls(
            type=_get(data, "RuleViolationProblem", "type", _str),
            title=_get(data, "RuleViolationProblem", "title", _str),
            detail=_get(data, "RuleViolationProblem", "detail", _str),
            request_id=_get(data, "RuleViolationProblem", "request_id", _str),
            status=_get(data, "RuleViolationProblem", "status", _const(422)),
            code=_get(data, "RuleViolationProblem", "code", _const("rule_violation")),
            rule=_get(data, "RuleViolationProblem", "rule", RuleRef.from_dict),
            audit_event_id=_get(data, "RuleViolationProblem", "audit_event_id", _str),
            external=_opt(
                data,
                "RuleViolationProblem",
                "external",
                ExternalConflict.from_dict,
            ),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "type": self.type,
            "title": self.title,
            "detail": self.detail,
            "request_id": self.request_id,
            "status": self.status,
            "code": self.code,
            "rule": self.rule.to_dict(),
            "audit_event_id": self.audit_event_id,
        }
        if self.external is not None:
            data["external"] = self.external.to_dict()
        return data


@dataclass(frozen=True)
class SendMessageRequest:
    """Request to send a message from the calling agent's mailbox."""

    #: Recipients (1–50 addresses).
    to: List[str]
    #: Subject.
    subject: str
    #: Plain-text body.
    text: str
    #: Optional HTML body.
    html: Optional[str] = None
    #: `Message-ID` of the message this replies to (threads `In-Reply-To`/`References`).
    in_reply_to: Optional[str] = None
    #: Attach an iTIP invite for this booking (REQUEST, or CANCEL when cancelled).
    booking_id: Optional[BookingId] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SendMessageRequest:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "SendMessageRequest")
        return cls(
            to=_get(data, "SendMessageRequest", "to", _list_of(_str)),
            subject=_get(data, "SendMessageRequest", "subject", _str),
            text=_get(data, "SendMessageRequest", "text", _str),
            html=_opt(data, "SendMessageRequest", "html", _str),
            in_reply_to=_opt(data, "SendMessageRequest", "in_reply_to", _str),
            booking_id=_opt(data, "SendMessageRequest", "booking_id", _str),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "to": _dump(self.to),
            "subject": self.subject,
            "text": self.text,
        }
        if self.html is not None:
            data["html"] = self.html
        if self.in_reply_to is not None:
            data["in_reply_to"] = self.in_reply_to
        if self.booking_id is not None:
            data["booking_id"] = self.booking_id
        return data


@dataclass(frozen=True)
class Session:
    """The signed-in owner."""

    #: Owner id.
    user_id: UserId
    #: Owner email.
    email: str

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Session:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "Session")
        return cls(
            user_id=_get(data, "Session", "user_id", _str),
            email=_get(data, "Session", "email", _str),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "user_id": self.user_id,
            "email": self.email,
        }


@dataclass(frozen=True)
class SetSourcesRequest:
    """Replace a calendar's external sources."""

    #: The sources (an empty list removes every source and its busy time).
    sources: List[SourceInput]
    #: Seconds between two polls of each source (default 300).
    poll_seconds: Optional[int] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SetSourcesRequest:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "SetSourcesRequest")
        return cls(
            sources=_get(
                data,
                "SetSourcesRequest",
                "sources",
                _list_of(parse_source_input),
            ),
            poll_seconds=_opt(data, "SetSourcesRequest", "poll_seconds", _int),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "sources": _dump(self.sources),
        }
        if self.poll_seconds is not None:
            data["poll_seconds"] = self.poll_seconds
        return data


@dataclass(frozen=True)
class SourceError:
    """The last failed poll of a source."""

    #: What went wrong.
    code: SourceErrorCode
    #: A readable account.
    message: str
    #: When.
    at: Instant

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SourceError:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "SourceError")
        return cls(
            code=_get(data, "SourceError", "code", _str_enum),
            message=_get(data, "SourceError", "message", _str),
            at=_get(data, "SourceError", "at", _datetime),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "code": self.code,
            "message": self.message,
            "at": _format_datetime(self.at),
        }


@dataclass(frozen=True)
class SystemActor:
    """The server acted on its own (e.g. a hold expired)."""

    #: Discriminator.
    type: Literal["system"]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SystemActor:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "SystemActor")
        return cls(
            type=_get(data, "SystemActor", "type", _const("system")),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "type": self.type,
        }


@dataclass(frozen=True)
class UnavailableProblem:
    """503 — the server cannot serve right now (store unreachable, draining); nothing
    was stored.
    """

    #: URI reference naming the problem type (`https://agentdraft.dev/problems/<code>`).
    type: str
    #: Short, human-readable summary of the problem type.
    title: str
    #: Human-readable explanation specific to this occurrence.
    detail: str
    #: The `Request-Id` of the failed request.
    request_id: str
    #: HTTP status.
    status: Literal[503]
    #: Problem code.
    code: Literal["unavailable"]
    #: Seconds to wait before retrying (also sent as `Retry-After`).
    retry_after_seconds: Optional[int] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UnavailableProblem:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "UnavailableProblem")
        return cls(
            type=_get(data, "UnavailableProblem", "type", _str),
            title=_get(data, "UnavailableProblem", "title", _str),
            detail=_get(data, "UnavailableProblem", "detail", _str),
            request_id=_get(data, "UnavailableProblem", "request_id", _str),
            status=_get(data, "UnavailableProblem", "status", _const(503)),
            code=_get(data, "UnavailableProblem", "code", _const("unavailable")),
            retry_after_seconds=_opt(
                data,
                "UnavailableProblem",
                "retry_after_seconds",
                _int,
            ),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "type": self.type,
            "title": self.title,
            "detail": self.detail,
            "request_id": self.request_id,
            "status": self.status,
            "code": self.code,
        }
        if self.retry_after_seconds is not None:
            data["retry_after_seconds"] = self.retry_after_seconds
        return data


@dataclass(frozen=True)
class UpdateAgentRequest:
    """Change an agent's priority or scopes."""

    #: New priority (applies to future writes).
    priority: Optional[Priority] = None
    #: New scopes.
    scopes: Optional[List[Scope]] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UpdateAgentRequest:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "UpdateAgentRequest")
        return cls(
            priority=_opt(data, "UpdateAgentRequest", "priority", _int),
            scopes=_opt(data, "UpdateAgentRequest", "scopes", _list_of(_str_enum)),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        data: Dict[str, Any] = {}
        if self.priority is not None:
            data["priority"] = self.priority
        if self.scopes is not None:
            data["scopes"] = _dump(self.scopes)
        return data


@dataclass(frozen=True)
class UpdateCalendarRequest:
    """Update a calendar: its name, time zone or engine settings."""

    #: Name.
    name: Optional[str] = None
    #: IANA time zone.
    time_zone: Optional[str] = None
    #: Engine settings to change.
    settings: Optional[EngineSettingsUpdate] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UpdateCalendarRequest:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "UpdateCalendarRequest")
        return cls(
            name=_opt(data, "UpdateCalendarRequest", "name", _str),
            time_zone=_opt(data, "UpdateCalendarRequest", "time_zone", _str),
            settings=_opt(
                data,
                "UpdateCalendarRequest",
                "settings",
                EngineSettingsUpdate.from_dict,
            ),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        data: Dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.time_zone is not None:
            data["time_zone"] = self.time_zone
        if self.settings is not None:
            data["settings"] = self.settings.to_dict()
        return data


@dataclass(frozen=True)
class UserActor:
    """An owner acted."""

    #: Discriminator.
    type: Literal["user"]
    #: The owner.
    user_id: UserId

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UserActor:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "UserActor")
        return cls(
            type=_get(data, "UserActor", "type", _const("user")),
            user_id=_get(data, "UserActor", "user_id", _str),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "type": self.type,
            "user_id": self.user_id,
        }


@dataclass(frozen=True)
class VerifyRequest:
    """Exchange a magic-link token for a session."""

    #: Token from the link.
    token: str

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> VerifyRequest:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "VerifyRequest")
        return cls(
            token=_get(data, "VerifyRequest", "token", _str),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "token": self.token,
        }


@dataclass(frozen=True)
class Webhook:
    """A webhook subscription: the server POSTs matching audit events to `url`."""

    #: Webhook id.
    webhook_id: WebhookId
    #: Target URL.
    url: str
    #: Audit actions to deliver (`*` for all).
    events: List[str]
    #: When it was created.
    created_at: Instant

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Webhook:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "Webhook")
        return cls(
            webhook_id=_get(data, "Webhook", "webhook_id", _str),
            url=_get(data, "Webhook", "url", _str),
            events=_get(data, "Webhook", "events", _list_of(_str)),
            created_at=_get(data, "Webhook", "created_at", _datetime),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "webhook_id": self.webhook_id,
            "url": self.url,
            "events": _dump(self.events),
            "created_at": _format_datetime(self.created_at),
        }


@dataclass(frozen=True)
class WebhookList:
    """The workspace's webhooks."""

    #: Webhooks.
    data: List[Webhook]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WebhookList:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "WebhookList")
        return cls(
            data=_get(data, "WebhookList", "data", _list_of(Webhook.from_dict)),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "data": _dump(self.data),
        }


@dataclass(frozen=True)
class WebhookWithSecret:
    """A new webhook with its signing secret, shown once."""

    #: Webhook id.
    webhook_id: WebhookId
    #: Target URL.
    url: str
    #: Audit actions to deliver (`*` for all).
    events: List[str]
    #: When it was created.
    created_at: Instant
    #: HMAC-SHA256 secret for the `Webhook-Signature` header.
    secret: str

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WebhookWithSecret:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "WebhookWithSecret")
        return cls(
            webhook_id=_get(data, "WebhookWithSecret", "webhook_id", _str),
            url=_get(data, "WebhookWithSecret", "url", _str),
            events=_get(data, "WebhookWithSecret", "events", _list_of(_str)),
            created_at=_get(data, "WebhookWithSecret", "created_at", _datetime),
            secret=_get(data, "WebhookWithSecret", "secret", _str),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "webhook_id": self.webhook_id,
            "url": self.url,
            "events": _dump(self.events),
            "created_at": _format_datetime(self.created_at),
            "secret": self.secret,
        }


@dataclass(frozen=True)
class Workspace:
    """The owner's workspace."""

    #: Workspace id.
    workspace_id: str
    #: Owner.
    user_id: UserId
    #: Owner email.
    email: str
    #: Calendar agents write to by default.
    default_calendar_id: CalendarId

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Workspace:
        """Build from JSON data; unknown keys are ignored."""
        _expect_object(data, "Workspace")
        return cls(
            workspace_id=_get(data, "Workspace", "workspace_id", _str),
            user_id=_get(data, "Workspace", "user_id", _str),
            email=_get(data, "Workspace", "email", _str),
            default_calendar_id=_get(data, "Workspace", "default_calendar_id", _str),
        )

    def to_dict(self) -> Dict[str, Any]:
        """Return the JSON form; optional fields that are None are left out."""
        return {
            "workspace_id": self.workspace_id,
            "user_id": self.user_id,
            "email": self.email,
            "default_calendar_id": self.default_calendar_id,
        }


# Unions and aliases that use models


#: Who caused an audit event.
AuditActor = Union[AgentActor, UserActor, SystemActor]


def parse_audit_actor(data: Any) -> AuditActor:
    """Parse JSON data into AuditActor; the "type" field picks the variant."""
    tag = _discriminator(data, "AuditActor", "type")
    if tag == "agent":
        return AgentActor.from_dict(data)
    if tag == "user":
        return UserActor.from_dict(data)
    if tag == "system":
        return SystemActor.from_dict(data)
    raise _unknown_tag("AuditActor", tag, "agent", "user", "system")


#: A calendar rule, checked before arbitration.
Rule = Union[
    BusinessHoursRule,
    FocusBlockRule,
    DailyCapRule,
    BufferRule,
    MaxDurationRule,
    MinNoticeRule,
]


def parse_rule(data: Any) -> Rule:
    """Parse JSON data into Rule; the "kind" field picks the variant."""
    tag = _discriminator(data, "Rule", "kind")
    if tag == "business_hours":
        return BusinessHoursRule.from_dict(data)
    if tag == "focus_block":
        return FocusBlockRule.from_dict(data)
    if tag == "daily_cap":
        return DailyCapRule.from_dict(data)
    if tag == "buffer":
        return BufferRule.from_dict(data)
    if tag == "max_duration":
        return MaxDurationRule.from_dict(data)
    if tag == "min_notice":
        return MinNoticeRule.from_dict(data)
    raise _unknown_tag(
        "Rule",
        tag,
        "business_hours",
        "focus_block",
        "daily_cap",
        "buffer",
        "max_duration",
        "min_notice",
    )


#: An external calendar to read busy time from.
SourceInput = Union[CaldavSourceInput, IcsSourceInput]


def parse_source_input(data: Any) -> SourceInput:
    """Parse JSON data into SourceInput; the "kind" field picks the variant."""
    tag = _discriminator(data, "SourceInput", "kind")
    if tag == "caldav":
        return CaldavSourceInput.from_dict(data)
    if tag == "ics":
        return IcsSourceInput.from_dict(data)
    raise _unknown_tag("SourceInput", tag, "caldav", "ics")


# Private helpers


_T = TypeVar("_T")


def _expect_object(data: Any, where: str) -> None:
    if not isinstance(data, Mapping):
        raise TypeError(f"{where}: expected a JSON object, got {type(data).__name__}")


def _get(
    data: Mapping[str, Any], model: str, key: str, parse: Callable[[Any], _T]
) -> _T:
    """Read a required field; a missing key is an error naming model and field."""
    if key not in data:
        raise ValueError(f"{model}: missing required field {key!r}")
    return _parse_field(data[key], model, key, parse)


def _opt(
    data: Mapping[str, Any], model: str, key: str, parse: Callable[[Any], _T]
) -> Optional[_T]:
    """Read an optional field; absent and null both give None."""
    value = data.get(key)
    return None if value is None else _parse_field(value, model, key, parse)


def _parse_field(value: Any, model: str, key: str, parse: Callable[[Any], _T]) -> _T:
    try:
        return parse(value)
    except (TypeError, ValueError) as exc:
        raise _within(f"{model}.{key}", exc) from exc


def _within(where: str, exc: Exception) -> Exception:
    """Prefix an error with where it happened, e.g. "Booking.slots[2]: ..."."""
    message = str(exc)
    text = where + message if message.startswith("[") else f"{where}: {message}"
    return TypeError(text) if isinstance(exc, TypeError) else ValueError(text)


def _type_error(expected: str, value: Any) -> TypeError:
    return TypeError(f"expected {expected}, got {type(value).__name__}")


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise _type_error("str", value)
    return value


def _int(value: Any) -> int:
    # bool is a subclass of int, but true/false are not JSON integers.
    if isinstance(value, bool) or not isinstance(value, int):
        raise _type_error("int", value)
    return value


def _float(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _type_error("float", value)
    return float(value)


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise _type_error("bool", value)
    return value


def _any(value: Any) -> Any:
    return value


def _str_enum(value: Any) -> Any:
    """A string enum value; unknown ones are kept, so a newer server can add values."""
    return _str(value)


def _const(expected: Any) -> Callable[[Any], Any]:
    """Parser for a one-value enum, which must match exactly."""

    def parse_const(value: Any) -> Any:
        if value != expected or isinstance(value, bool) != isinstance(expected, bool):
            raise ValueError(f"expected {expected!r}, got {value!r}")
        return value

    return parse_const


def _list_of(parse: Callable[[Any], _T]) -> Callable[[Any], List[_T]]:
    def parse_list(value: Any) -> List[_T]:
        if not isinstance(value, list):
            raise _type_error("list", value)
        items = []
        for index, item in enumerate(value):
            try:
                items.append(parse(item))
            except (TypeError, ValueError) as exc:
                raise _within(f"[{index}]", exc) from exc
        return items

    return parse_list


def _dict_of(parse: Callable[[Any], _T]) -> Callable[[Any], Dict[str, _T]]:
    def parse_dict(value: Any) -> Dict[str, _T]:
        if not isinstance(value, Mapping):
            raise _type_error("object", value)
        items = {}
        for key, item in value.items():
            try:
                items[key] = parse(item)
            except (TypeError, ValueError) as exc:
                raise _within(f"[{key!r}]", exc) from exc
        return items

    return parse_dict


def _discriminator(data: Any, name: str, tag: str) -> str:
    """Read the field that names which variant the data is."""
    _expect_object(data, name)
    if tag not in data:
        raise ValueError(f"{name}: missing discriminator field {tag!r}")
    value = data[tag]
    if not isinstance(value, str):
        raise TypeError(f"{name}.{tag}: expected str, got {type(value).__name__}")
    return value


def _unknown_tag(name: str, tag: str, *known: str) -> ValueError:
    expected = ", ".join(repr(value) for value in known)
    return ValueError(f"{name}: unknown discriminator {tag!r}, expected {expected}")


_RFC3339 = re.compile(
    r"([0-9]{4}-[0-9]{2}-[0-9]{2})[Tt ]([0-9]{2}:[0-9]{2}:[0-9]{2})(?:\.([0-9]+))?"
    r"([Zz]|[+-][0-9]{2}:[0-9]{2})"
)


def _datetime(value: Any) -> datetime.datetime:
    """Parse an RFC 3339 date-time, which must carry an offset.

    fromisoformat alone is not enough on Python 3.9/3.10: it rejects a trailing
    "Z" and fractions that are not exactly 3 or 6 digits long.
    """
    if not isinstance(value, str):
        raise _type_error("RFC 3339 date-time string", value)
    match = _RFC3339.fullmatch(value)
    if match is None:
        raise ValueError(f"expected an RFC 3339 date-time with offset, got {value!r}")
    day, time, fraction, offset = match.groups()
    micros = (fraction or "").ljust(6, "0")[:6]
    zone = "+00:00" if offset in ("Z", "z") else offset
    try:
        return datetime.datetime.fromisoformat(f"{day}T{time}.{micros}{zone}")
    except ValueError:
        raise ValueError(f"invalid RFC 3339 date-time {value!r}") from None


def _format_datetime(value: datetime.datetime) -> str:
    """RFC 3339 with an explicit offset; UTC is written as "Z"."""
    offset = value.utcoffset()
    if offset is None:
        raise ValueError(f"datetime {value.isoformat()} has no timezone (RFC 3339)")
    if value.microsecond == 0:
        text = value.isoformat(timespec="seconds")
    elif value.microsecond % 1000 == 0:
        text = value.isoformat(timespec="milliseconds")
    else:
        text = value.isoformat(timespec="microseconds")
    return text[:-6] + "Z" if offset == datetime.timedelta(0) else text


def _dump(value: Any) -> Any:
    """Convert a field value (model, list, dict, datetime, ...) back to JSON data."""
    if isinstance(value, datetime.datetime):
        return _format_datetime(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, Mapping):
        return {key: _dump(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_dump(item) for item in value]
    return value
