# fmt: off
# ruff: noqa
# generated — do not edit. Source: spec/ (run `pnpm generate`).
"""The Python executor's operationId -> SDK call mapping (tools/src/executors.ts)."""

from __future__ import annotations

from typing import Any, Awaitable, Callable, Dict, Optional

from agentdraft import AsyncClient

from .values import instant, integer, number, page_body, text

Step = Dict[str, Any]

#: The kind of every typed step value an SDK argument takes, per operation (for ``unsupported``).
KINDS: Dict[str, Dict[str, str]] = {
    "getCurrentAgent": {},
    "listAuditEvents": {"limit": "integer"},
    "getAuditCheckpoint": {},
    "getAuditConsistencyProof": {"from_size": "integer", "to_size": "integer"},
    "getAuditInclusionProof": {"tree_size": "integer"},
    "getAvailability": {"range_start": "instant", "range_end": "instant", "duration_minutes": "integer"},
    "listBookings": {"range_start": "instant", "range_end": "instant", "limit": "integer"},
    "createBooking": {"start": "instant", "end": "instant", "hold_ttl_seconds": "integer"},
    "getBooking": {},
    "cancelBooking": {},
    "commitHold": {},
    "releaseHold": {},
    "listMessages": {"limit": "integer"},
    "sendMessage": {},
    "getMessage": {},
}


async def get_current_agent(client: AsyncClient, path: Step, query: Step, body: Step, key: Optional[str]) -> Any:
    return await client.agents.me()


async def list_audit_events(client: AsyncClient, path: Step, query: Step, body: Step, key: Optional[str]) -> Any:
    return page_body(await client.audit.list(
        resource=text(query.get("resource")),
        limit=integer(query.get("limit")),
        cursor=text(query.get("cursor")),
    ))


async def get_audit_checkpoint(client: AsyncClient, path: Step, query: Step, body: Step, key: Optional[str]) -> Any:
    return await client.audit.checkpoint()


async def get_audit_consistency_proof(client: AsyncClient, path: Step, query: Step, body: Step, key: Optional[str]) -> Any:
    return await client.audit.consistency_proof(
        from_size=integer(query["from_size"]),
        to_size=integer(query.get("to_size")),
    )


async def get_audit_inclusion_proof(client: AsyncClient, path: Step, query: Step, body: Step, key: Optional[str]) -> Any:
    return await client.audit.inclusion_proof(str(path["event_id"]), tree_size=integer(query.get("tree_size")))


async def get_availability(client: AsyncClient, path: Step, query: Step, body: Step, key: Optional[str]) -> Any:
    return await client.availability.get(
        start=instant(query["range_start"]),
        end=instant(query["range_end"]),
        duration_minutes=integer(query.get("duration_minutes")),
        calendar_id=text(query.get("calendar_id")),
        time_zone=text(query.get("time_zone")),
    )


async def list_bookings(client: AsyncClient, path: Step, query: Step, body: Step, key: Optional[str]) -> Any:
    return page_body(await client.bookings.list(
        status=query.get("status"),
        agent_id=text(query.get("agent_id")),
        calendar_id=text(query.get("calendar_id")),
        start=instant(query.get("range_start")),
        end=instant(query.get("range_end")),
        time_zone=text(query.get("time_zone")),
        limit=integer(query.get("limit")),
        cursor=text(query.get("cursor")),
    ))


async def create_booking(client: AsyncClient, path: Step, query: Step, body: Step, key: Optional[str]) -> Any:
    if body.get("mode") == "hold":
        return await client.bookings.hold(
            start=instant(body["start"]),
            end=instant(body["end"]),
            ttl_seconds=integer(body.get("hold_ttl_seconds")),
            idempotency_key=key,
            metadata=body.get("metadata"),
            calendar_id=text(body.get("calendar_id")),
        )
    return await client.bookings.commit(
        start=instant(body["start"]),
        end=instant(body["end"]),
        idempotency_key=key,
        metadata=body.get("metadata"),
        calendar_id=text(body.get("calendar_id")),
    )


async def get_booking(client: AsyncClient, path: Step, query: Step, body: Step, key: Optional[str]) -> Any:
    return await client.bookings.get(str(path["booking_id"]), time_zone=text(query.get("time_zone")))


async def cancel_booking(client: AsyncClient, path: Step, query: Step, body: Step, key: Optional[str]) -> Any:
    return await client.bookings.cancel(str(path["booking_id"]), reason=text(body.get("reason")), idempotency_key=key)


async def commit_hold(client: AsyncClient, path: Step, query: Step, body: Step, key: Optional[str]) -> Any:
    return await client.bookings.commit(str(path["booking_id"]), idempotency_key=key)


async def release_hold(client: AsyncClient, path: Step, query: Step, body: Step, key: Optional[str]) -> Any:
    return await client.bookings.release(str(path["booking_id"]), idempotency_key=key)


async def list_messages(client: AsyncClient, path: Step, query: Step, body: Step, key: Optional[str]) -> Any:
    return page_body(await client.mailbox.list(
        direction=query.get("direction"),
        limit=integer(query.get("limit")),
        cursor=text(query.get("cursor")),
    ))


async def send_message(client: AsyncClient, path: Step, query: Step, body: Step, key: Optional[str]) -> Any:
    return await client.mailbox.send(
        to=body["to"],
        subject=str(body["subject"]),
        text=str(body["text"]),
        html=text(body.get("html")),
        in_reply_to=text(body.get("in_reply_to")),
        booking_id=text(body.get("booking_id")),
        idempotency_key=key,
    )


async def get_message(client: AsyncClient, path: Step, query: Step, body: Step, key: Optional[str]) -> Any:
    return await client.mailbox.get(str(path["message_id"]))


INVOKE: Dict[str, Callable[[AsyncClient, Step, Step, Step, Optional[str]], Awaitable[Any]]] = {
    "getCurrentAgent": get_current_agent,
    "listAuditEvents": list_audit_events,
    "getAuditCheckpoint": get_audit_checkpoint,
    "getAuditConsistencyProof": get_audit_consistency_proof,
    "getAuditInclusionProof": get_audit_inclusion_proof,
    "getAvailability": get_availability,
    "listBookings": list_bookings,
    "createBooking": create_booking,
    "getBooking": get_booking,
    "cancelBooking": cancel_booking,
    "commitHold": commit_hold,
    "releaseHold": release_hold,
    "listMessages": list_messages,
    "sendMessage": send_message,
    "getMessage": get_message,
}
