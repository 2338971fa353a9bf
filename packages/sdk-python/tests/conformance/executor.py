"""Each conformance step as a call of the ``agentdraft`` SDK (``AsyncClient``), through the
operationId -> SDK call mapping generated from the spec (``generated_invoke.py``): the returned model
in its wire (``to_dict``) form, or the raised exception with its class and typed attributes."""

from __future__ import annotations

import asyncio
from typing import Any, Dict, List, Optional

import httpx

from agentdraft import APIError, AsyncClient
from agentdraft.generated.errors import ERROR_CATALOG

from .generated_invoke import INVOKE, KINDS
from .values import dump, instant

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


def unsupported(call: Dict[str, Any]) -> Optional[str]:
    """Why the Python SDK cannot express this call (None: it can): a typed value its argument cannot carry."""
    values = {**(call.get("query") or {}), **(call.get("body") or {})}
    for key, kind in KINDS.get(call["operation"], {}).items():
        value = values.get(key)
        if value is None:
            continue
        try:
            if kind == "instant":
                instant(value)
            elif kind == "integer" and not isinstance(value, int):
                int(value)
            elif kind == "number":
                float(value)
        except (TypeError, ValueError):
            return f"{key}={value!r} is not a value a {kind} argument can carry"
    return None


async def _invoke(client: AsyncClient, call: Dict[str, Any]) -> Any:
    run = INVOKE.get(call["operation"])
    if run is None:
        raise RuntimeError(f"no SDK mapping for {call['operation']}")
    return await run(
        client, call.get("path") or {}, call.get("query") or {}, call.get("body") or {}, call.get("idempotencyKey")
    )


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
            attrs = {name: dump(getattr(err, name)) for name in _ATTRIBUTES if hasattr(err, name)}
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
        return {"kind": "ok", "status": seen.get("status", 200), "body": dump(result)}


def run_calls(base_url: str, calls: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """A parallel group: every call at once (``asyncio.gather``)."""

    async def all_calls() -> List[Dict[str, Any]]:
        return list(await asyncio.gather(*(_one(base_url, c) for c in calls)))

    return asyncio.run(all_calls())
