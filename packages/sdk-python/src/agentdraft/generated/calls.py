# generated — do not edit. Source: spec/ (run `pnpm generate`).
"""One builder per SDK method: the ``Call`` (request and parser) both clients execute."""

from __future__ import annotations

import datetime
from typing import Any, Callable, List, Literal, Mapping, Optional, Sequence, Union

from .._call import Call, as_list, drop_none, get, post, segment
from .._times import format_instant, format_opt_instant
from .models import (
    AgentIdentity,
    AuditEventPage,
    Availability,
    Booking,
    BookingPage,
    BookingStatus,
    Checkpoint,
    ConsistencyProof,
    InclusionProof,
    Interval,
    Message,
    MessageDirection,
    MessagePage,
)

__all__ = [
    "get_current_agent",
    "list_audit_events",
    "get_audit_checkpoint",
    "get_audit_consistency_proof",
    "get_audit_inclusion_proof",
    "get_availability_list",
    "get_availability_get",
    "list_bookings",
    "create_booking_commit",
    "create_booking_hold",
    "get_booking",
    "cancel_booking",
    "commit_hold",
    "release_hold",
    "list_messages",
    "send_message",
    "get_message",
]


def _get_availability_list_slots(data: Any) -> List[Interval]:
    return Availability.from_dict(data).slots


def get_current_agent() -> Call[AgentIdentity]:
    """``agents.me``: Get the calling agent."""
    return get("/v1/agents/me", AgentIdentity.from_dict)


def list_audit_events(
    *,
    resource: Optional[str] = None,
    limit: Optional[int] = None,
) -> Callable[[Optional[str]], Call[AuditEventPage]]:
    """``audit.list``: List audit events."""
    query = {
        "resource": resource,
        "limit": limit,
    }
    return lambda cursor: get("/v1/audit", AuditEventPage.from_dict, {**query, "cursor": cursor})


def get_audit_checkpoint() -> Call[Checkpoint]:
    """``audit.checkpoint``: Get the signed checkpoint."""
    return get("/v1/audit/checkpoint", Checkpoint.from_dict)


def get_audit_consistency_proof(
    from_size: int,
    to_size: Optional[int] = None,
) -> Call[ConsistencyProof]:
    """``audit.consistency_proof``: Get a consistency proof."""
    query = {
        "from_size": from_size,
        "to_size": to_size,
    }
    return get("/v1/audit/consistency", ConsistencyProof.from_dict, query)


def get_audit_inclusion_proof(
    event_id: str,
    *,
    tree_size: Optional[int] = None,
) -> Call[InclusionProof]:
    """``audit.inclusion_proof``: Get an inclusion proof."""
    query = {
        "tree_size": tree_size,
    }
    return get(f"/v1/audit/events/{segment(event_id, 'event_id')}/inclusion", InclusionProof.from_dict, query)


def get_availability_list(
    start: datetime.datetime,
    end: datetime.datetime,
    duration_minutes: Optional[int] = None,
    *,
    calendar_id: Optional[str] = None,
    time_zone: Optional[str] = None,
) -> Call[List[Interval]]:
    """``availability.list``: Get availability."""
    query = {
        "range_start": format_instant(start, "start"),
        "range_end": format_instant(end, "end"),
        "duration_minutes": duration_minutes,
        "calendar_id": calendar_id,
        "time_zone": time_zone,
    }
    return get("/v1/availability", _get_availability_list_slots, query)


def get_availability_get(
    start: datetime.datetime,
    end: datetime.datetime,
    duration_minutes: Optional[int] = None,
    *,
    calendar_id: Optional[str] = None,
    time_zone: Optional[str] = None,
) -> Call[Availability]:
    """``availability.get``: Get availability."""
    query = {
        "range_start": format_instant(start, "start"),
        "range_end": format_instant(end, "end"),
        "duration_minutes": duration_minutes,
        "calendar_id": calendar_id,
        "time_zone": time_zone,
    }
    return get("/v1/availability", Availability.from_dict, query)


def list_bookings(
    *,
    status: Optional[BookingStatus] = None,
    agent_id: Optional[str] = None,
    calendar_id: Optional[str] = None,
    start: Optional[datetime.datetime] = None,
    end: Optional[datetime.datetime] = None,
    time_zone: Optional[str] = None,
    limit: Optional[int] = None,
) -> Callable[[Optional[str]], Call[BookingPage]]:
    """``bookings.list``: List bookings."""
    query = {
        "status": status,
        "agent_id": agent_id,
        "calendar_id": calendar_id,
        "range_start": format_opt_instant(start, "start"),
        "range_end": format_opt_instant(end, "end"),
        "time_zone": time_zone,
        "limit": limit,
    }
    return lambda cursor: get("/v1/bookings", BookingPage.from_dict, {**query, "cursor": cursor})


def create_booking_commit(
    start: datetime.datetime,
    end: datetime.datetime,
    idempotency_key: Optional[str] = None,
    metadata: Optional[Mapping[str, str]] = None,
    *,
    calendar_id: Optional[str] = None,
) -> Call[Booking]:
    """``bookings.commit``: Book a slot."""
    body = drop_none(
        {
            "start": format_instant(start, "start"),
            "end": format_instant(end, "end"),
            "metadata": None if metadata is None else dict(metadata),
            "calendar_id": calendar_id,
            "mode": "commit",
        }
    )
    return post("/v1/bookings", Booking.from_dict, body, idempotency_key)


def create_booking_hold(
    start: datetime.datetime,
    end: datetime.datetime,
    ttl_seconds: Optional[int] = None,
    idempotency_key: Optional[str] = None,
    metadata: Optional[Mapping[str, str]] = None,
    *,
    calendar_id: Optional[str] = None,
) -> Call[Booking]:
    """``bookings.hold``: Book a slot."""
    body = drop_none(
        {
            "start": format_instant(start, "start"),
            "end": format_instant(end, "end"),
            "hold_ttl_seconds": ttl_seconds,
            "metadata": None if metadata is None else dict(metadata),
            "calendar_id": calendar_id,
            "mode": "hold",
        }
    )
    return post("/v1/bookings", Booking.from_dict, body, idempotency_key)


def get_booking(
    booking_id: str,
    *,
    time_zone: Optional[str] = None,
) -> Call[Booking]:
    """``bookings.get``: Get a booking."""
    query = {
        "time_zone": time_zone,
    }
    return get(f"/v1/bookings/{segment(booking_id, 'booking_id')}", Booking.from_dict, query)


def cancel_booking(
    booking_id: str,
    reason: Optional[str] = None,
    *,
    idempotency_key: Optional[str] = None,
) -> Call[Booking]:
    """``bookings.cancel``: Cancel a booking."""
    body = drop_none(
        {
            "reason": reason,
        }
    )
    return post(f"/v1/bookings/{segment(booking_id, 'booking_id')}/cancel", Booking.from_dict, body, idempotency_key)


def commit_hold(
    booking_id: str,
    *,
    idempotency_key: Optional[str] = None,
) -> Call[Booking]:
    """``bookings.commit``: Commit a hold."""
    return post(f"/v1/bookings/{segment(booking_id, 'booking_id')}/commit", Booking.from_dict, None, idempotency_key)


def release_hold(
    booking_id: str,
    *,
    idempotency_key: Optional[str] = None,
) -> Call[Booking]:
    """``bookings.release``: Release a hold."""
    return post(f"/v1/bookings/{segment(booking_id, 'booking_id')}/release", Booking.from_dict, None, idempotency_key)


def list_messages(
    *,
    direction: Optional[MessageDirection] = None,
    limit: Optional[int] = None,
) -> Callable[[Optional[str]], Call[MessagePage]]:
    """``mailbox.list``: List messages."""
    query = {
        "direction": direction,
        "limit": limit,
    }
    return lambda cursor: get("/v1/mailbox/messages", MessagePage.from_dict, {**query, "cursor": cursor})


def send_message(
    to: Union[str, Sequence[str]],
    subject: str,
    text: str,
    *,
    html: Optional[str] = None,
    in_reply_to: Optional[str] = None,
    booking_id: Optional[str] = None,
    idempotency_key: Optional[str] = None,
) -> Call[Message]:
    """``mailbox.send``: Send a message."""
    body = drop_none(
        {
            "to": as_list(to, "to", 1),
            "subject": subject,
            "text": text,
            "html": html,
            "in_reply_to": in_reply_to,
            "booking_id": booking_id,
        }
    )
    return post("/v1/mailbox/messages", Message.from_dict, body, idempotency_key)


def get_message(
    message_id: str,
) -> Call[Message]:
    """``mailbox.get``: Get a message."""
    return get(f"/v1/mailbox/messages/{segment(message_id, 'message_id')}", Message.from_dict)
