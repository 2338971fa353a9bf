"""One API call, described as data: what to send and how to read the answer.

The generated call builders (:mod:`agentdraft.generated.calls`) make a :class:`Call`; the sync and
async clients execute it (with retries). Building
calls is shared, so the two clients cannot drift apart in what they send or how they parse.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Dict, Generic, List, Mapping, Optional, Sequence, Tuple, TypeVar, Union
from urllib.parse import quote

from .errors import invalid_argument

T = TypeVar("T")

QueryValue = Union[str, int]

#: 1–255 printable ASCII characters, as the server (and the TypeScript SDK) accept.
_IDEMPOTENCY_KEY = re.compile(r"[\x20-\x7e]{1,255}")


class NotGiven:
    """Marks an option that was not passed (``timeout=None`` means "no timeout")."""

    _instance: Optional[NotGiven] = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()


@dataclass(frozen=True)
class RequestOptions:
    """Per-call overrides of the client's settings (every resource method takes them as keywords)."""

    #: Seconds per attempt (None: no timeout); NOT_GIVEN keeps the client's.
    timeout: Any = NOT_GIVEN
    #: Retries after the first attempt; None keeps the client's.
    max_retries: Optional[int] = None
    #: Headers added to this call's request.
    extra_headers: Optional[Mapping[str, str]] = None


def request_options(
    extra_headers: Optional[Mapping[str, str]] = None,
    timeout: Any = NOT_GIVEN,
    max_retries: Optional[int] = None,
) -> Optional[RequestOptions]:
    """The :class:`RequestOptions` of a method's keywords (None when none was given)."""
    if extra_headers is None and isinstance(timeout, NotGiven) and max_retries is None:
        return None
    if max_retries is not None and (
        not isinstance(max_retries, int) or isinstance(max_retries, bool) or max_retries < 0
    ):
        raise invalid_argument("max_retries", "must be an integer >= 0")
    return RequestOptions(timeout=timeout, max_retries=max_retries, extra_headers=extra_headers)


def is_valid_idempotency_key(key: object) -> bool:
    """Whether ``key`` is 1–255 printable ASCII characters."""
    return isinstance(key, str) and _IDEMPOTENCY_KEY.fullmatch(key) is not None


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
    #: The key was generated for the call (none given): an ``Idempotency-Key`` of ``extra_headers`` replaces it.
    generated_key: bool = False


def request(
    method: str,
    path: str,
    parse: Callable[[Any], T],
    *,
    params: Optional[Mapping[str, Optional[QueryValue]]] = None,
    json: Optional[Mapping[str, Any]] = None,
    idempotency_key: Optional[str] = None,
) -> Call[T]:
    """Any other request; a POST gets its idempotency key as in :func:`post`."""
    query = {key: value for key, value in (params or {}).items() if value is not None}
    if method == "POST":
        call = post(path, parse, json, idempotency_key)
        return replace(call, params=query)
    return Call(method, path, parse, params=query, json=json)


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
    if idempotency_key is not None and not is_valid_idempotency_key(idempotency_key):
        raise invalid_argument("idempotency_key", "must be 1-255 printable ASCII characters")
    if idempotency_key is not None:
        return Call("POST", path, parse, json=json, idempotency_key=idempotency_key)
    return Call("POST", path, parse, json=json, idempotency_key=new_idempotency_key(), generated_key=True)


def new_idempotency_key() -> str:
    """A random idempotency key (122 bits of entropy)."""
    return f"ik_{uuid.uuid4().hex}"


def segment(value: str, name: str) -> str:
    """An id as one URL path segment (percent-encoded, never empty)."""
    if not isinstance(value, str) or not value:
        raise invalid_argument(name, "must be a non-empty string")
    return quote(value, safe="")


def as_list(value: Union[str, Sequence[str]], name: str, min_items: int = 0) -> List[str]:
    """A list parameter that also accepts one string (``to="ada@example.com"``)."""
    items = [value] if isinstance(value, str) else list(value)
    if len(items) < min_items:
        raise invalid_argument(name, f"must name at least {min_items} item{'s' if min_items > 1 else ''}")
    return items


def with_json(call: Call[T]) -> Call[Tuple[T, Dict[str, Any]]]:
    """The same call, parsed into its model *and* kept as the JSON served (audit proofs are
    checked on the exact JSON)."""
    parse = call.parse

    def parse_both(data: Any) -> Tuple[T, Dict[str, Any]]:
        return parse(data), dict(data)

    return Call(call.method, call.path, parse_both, call.params, call.json, call.idempotency_key, call.generated_key)


def drop_none(values: Mapping[str, Any]) -> Dict[str, Any]:
    """A JSON body without the optional fields that were not given."""
    return {key: value for key, value in values.items() if value is not None}


def required(value: Optional[T], name: str) -> T:
    """A parameter an overload made optional but this variant needs."""
    if value is None:
        raise invalid_argument(name, "is required")
    return value
