"""Each conformance step as a call of the ``agentdraft`` SDK (``AsyncClient``): the returned model in
its wire (``to_dict``) form, or the raised exception with its class and typed attributes."""

from __future__ import annotations

import asyncio
import datetime
from typing import Any, Dict, List, Optional

import httpx

from agentdraft import APIError, AsyncClient
from agentdraft.generated.errors import ERROR_CATALOG

#: Problem code -> exception class name, from the spec's ``x-agentdraft-exception``.
CATALOG: Dict[str, str] = {code: exception for code, (_statuses, exception) in ERROR_CATALOG.items()}

#: Typed exception attributes, by their wire (problem field) names.
_ATTRIBUTES = (
    "reason",
    "winning_agent_id",
    "winning_agent_priority",
    "winning_booking_id",
    "audit_event_id",
    "rule",
    "retry_after_seconds",
    "required_scope",
)


def _instant(value: Any) -> datetime.datetime:
    text = str(value)
    parsed = datetime.datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith("Z") else text)
    if parsed.tzinfo is None:
        raise ValueError(f"{text} has no offset")
    return parsed


def _int(value: Any) -> Optional[int]:
    return None if value is None else int(value)


def _dump(value: Any) -> Any:
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, list):
        return [_dump(v) for v in value]
    return value


def _page(page: Any) -> Dict[str, Any]:
    out: Dict[str, Any] = {"data": [_dump(x) for x in page.data], "has_more": page.has_more}
    if page.next_cursor is not None:
        out["next_cursor"] = page.next_cursor
    return out


def unsupported(call: Dict[str, Any]) -> Optional[str]:
    """Why the Python SDK cannot express this call (None: it can)."""
    query: Dict[str, Any] = call.get("query") or {}
    body: Dict[str, Any] = call.get("body") or {}
    op = call["operation"]
    instants: List[Any] = []
    if op == "createBooking":
        instants = [body.get("start"), body.get("end")]
    elif op in ("listBookings", "getAvailability"):
        instants = [query.get("range_start"), query.get("range_end")]
    for value in instants:
        if value is None:
            continue
        try:
            _instant(value)
        except (TypeError, ValueError):
            return f"{value!r} is not an instant a datetime argument can carry"
    for key in ("limit", "duration_minutes", "tree_size", "from_size", "to_size", "hold_ttl_seconds"):
        value = query.get(key, body.get(key))
        if value is not None and not isinstance(value, int):
            try:
                int(value)
            except (TypeError, ValueError):
                return f"{key}={value!r} is not an int argument"
    return None


async def _invoke(client: AsyncClient, call: Dict[str, Any]) -> Any:
    op = call["operation"]
    query: Dict[str, Any] = call.get("query") or {}
    body: Dict[str, Any] = call.get("body") or {}
    path: Dict[str, Any] = call.get("path") or {}
    key: Optional[str] = call.get("idempotencyKey")
    if op == "createBooking":
        start, end = _instant(body["start"]), _instant(body["end"])
        metadata = body.get("metadata")
        calendar_id = body.get("calendar_id")
        if body.get("mode") == "hold":
            return await client.bookings.hold(
                start,
                end,
                ttl_seconds=_int(body.get("hold_ttl_seconds")),
                idempotency_key=key,
                metadata=metadata,
                calendar_id=calendar_id,
            )
        return await client.bookings.commit(start, end, idempotency_key=key, metadata=metadata, calendar_id=calendar_id)
    if op == "commitHold":
        return await client.bookings.commit_hold(str(path["booking_id"]), idempotency_key=key)
    if op == "releaseHold":
        return await client.bookings.release(str(path["booking_id"]), idempotency_key=key)
    if op == "cancelBooking":
        reason = body.get("reason")
        return await client.bookings.cancel(
            str(path["booking_id"]), None if reason is None else str(reason), idempotency_key=key
        )
    if op == "getBooking":
        return await client.bookings.get(str(path["booking_id"]))
    if op == "listBookings":
        pager = client.bookings.list(
            status=query.get("status"),
            agent_id=query.get("agent_id"),
            calendar_id=query.get("calendar_id"),
            start=_instant(query["range_start"]) if "range_start" in query else None,
            end=_instant(query["range_end"]) if "range_end" in query else None,
            limit=_int(query.get("limit")),
            cursor=query.get("cursor"),
        )
        return _page(await pager.first_page())
    if op == "getAvailability":
        return await client.availability.get(
            _instant(query["range_start"]),
            _instant(query["range_end"]),
            _int(query.get("duration_minutes")),
            calendar_id=query.get("calendar_id"),
        )
    if op == "getCurrentAgent":
        return await client.agents.me()
    if op == "listAuditEvents":
        audit_pager = client.audit.list(
            resource=query.get("resource"), limit=_int(query.get("limit")), cursor=query.get("cursor")
        )
        return _page(await audit_pager.first_page())
    if op == "getAuditCheckpoint":
        return await client.audit.checkpoint()
    if op == "getAuditInclusionProof":
        return await client.audit.inclusion_proof(str(path["event_id"]), tree_size=_int(query.get("tree_size")))
    if op == "getAuditConsistencyProof":
        return await client.audit.consistency_proof(int(query["from_size"]), _int(query.get("to_size")))
    raise RuntimeError(f"no SDK mapping for {op}")


async def _one(base_url: str, call: Dict[str, Any]) -> Dict[str, Any]:
    seen: Dict[str, int] = {}

    async def note(response: httpx.Response) -> None:
        seen["status"] = response.status_code

    # One client per call, no SDK retries: one step is one request. The hook notes the wire status.
    async with (
        httpx.AsyncClient(event_hooks={"response": [note]}) as http,
        AsyncClient(api_key=call["apiKey"], base_url=base_url, max_retries=0, timeout=15, http_client=http) as client,
    ):
        try:
            result = await _invoke(client, call)
        except APIError as err:
            attrs = {name: _dump(getattr(err, name)) for name in _ATTRIBUTES if hasattr(err, name)}
            headers: Dict[str, str] = {}
            if err.request_id:
                headers["request-id"] = err.request_id
            retry = getattr(err, "retry_after_seconds", None)
            if retry is None:
                retry = err.retry_after
            if retry is not None:
                headers["retry-after"] = str(int(retry))
            return {
                "kind": "error",
                "status": err.status_code,
                "body": dict(err.body),
                "exception": type(err).__name__,
                "attrs": attrs,
                "headers": headers,
            }
        except Exception as err:  # anything else is an adapter/SDK failure, reported as such
            return {"kind": "failure", "message": f"{type(err).__name__}: {err}"}
        return {"kind": "ok", "status": seen.get("status", 200), "body": _dump(result)}


def run_calls(base_url: str, calls: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """A parallel group: every call at once (``asyncio.gather``)."""

    async def all_calls() -> List[Dict[str, Any]]:
        return list(await asyncio.gather(*(_one(base_url, c) for c in calls)))

    return asyncio.run(all_calls())
