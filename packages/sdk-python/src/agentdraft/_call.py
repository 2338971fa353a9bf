"""One API call, described as data: what to send and how to read the answer.

Resources build a :class:`Call`; the sync and async clients execute it (with retries). Building
calls is shared, so the two clients cannot drift apart in what they send or how they parse.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Generic, Mapping, Optional, TypeVar, Union
from urllib.parse import quote

T = TypeVar("T")

QueryValue = Union[str, int]


@dataclass(frozen=True)
class Call(Generic[T]):
    """An HTTP request to the agent API and the parser of its JSON success body."""

    method: str
    path: str
    parse: Callable[[Any], T]
    params: Dict[str, QueryValue] = field(default_factory=dict)
    json: Optional[Mapping[str, Any]] = None
    #: Sent as ``Idempotency-Key``; every POST gets one (see :func:`post`).
    idempotency_key: Optional[str] = None


def get(path: str, parse: Callable[[Any], T], params: Optional[Mapping[str, Optional[QueryValue]]] = None) -> Call[T]:
    """A GET; query parameters that are None are left out."""
    query = {key: value for key, value in (params or {}).items() if value is not None}
    return Call("GET", path, parse, params=query)


def post(
    path: str,
    parse: Callable[[Any], T],
    json: Optional[Mapping[str, Any]] = None,
    idempotency_key: Optional[str] = None,
) -> Call[T]:
    """A POST with the caller's idempotency key, or a fresh one generated for this call.

    The key is fixed here, once per call, so every retry of the call repeats the same key.
    """
    if idempotency_key is not None and (not isinstance(idempotency_key, str) or not idempotency_key):
        raise ValueError("idempotency_key must be a non-empty string")
    key = idempotency_key if idempotency_key is not None else new_idempotency_key()
    return Call("POST", path, parse, json=json, idempotency_key=key)


def new_idempotency_key() -> str:
    """A random idempotency key (122 bits of entropy)."""
    return f"ik_{uuid.uuid4().hex}"


def segment(value: str, name: str) -> str:
    """An id as one URL path segment (percent-encoded, never empty)."""
    if not isinstance(value, str) or not value:
        raise ValueError(f"{name} must be a non-empty string")
    return quote(value, safe="")


def drop_none(values: Mapping[str, Any]) -> Dict[str, Any]:
    """A JSON body without the optional fields that were not given."""
    return {key: value for key, value in values.items() if value is not None}
