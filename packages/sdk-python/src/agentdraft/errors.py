"""Exceptions raised by the SDK.

Every exception derives from :class:`AgentDraftError`. HTTP errors carry the RFC 9457 problem the
server sent: ``status_code``, ``code``, ``request_id`` and the whole ``body``, plus the fields of
their problem type (``Conflict.winning_agent_id``, ``RateLimited.retry_after_seconds``, ...).
Which class a response becomes is decided by the error catalog generated from the spec
(:mod:`agentdraft.generated.errors`): by the problem ``code`` first, then by the HTTP status.
"""

from __future__ import annotations

from typing import Any, Callable, Dict, List, Mapping, Optional, Type, TypeVar

import httpx

from .generated.errors import ERROR_CATALOG, EXCEPTION_BY_STATUS
from .generated.models import FieldError, RuleRef

_T = TypeVar("_T")

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AgentDraftError",
    "AuthError",
    "ClientClosedError",
    "Conflict",
    "IdempotencyError",
    "InvalidRequest",
    "NotFound",
    "PermissionDenied",
    "RateLimited",
    "RuleViolation",
    "ServerError",
    "VerificationError",
    "error_from_problem",
    "invalid_argument",
]


class AgentDraftError(Exception):
    """Base class of every error the SDK raises.

    ``status_code``, ``code``, ``request_id`` and ``body`` are set for errors the server answered
    with (see :class:`APIError`) and None otherwise.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: Optional[int] = None,
        code: Optional[str] = None,
        request_id: Optional[str] = None,
        body: Optional[Mapping[str, Any]] = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.code = code
        self.request_id = request_id
        self.body: Dict[str, Any] = dict(body) if body is not None else {}

    def __str__(self) -> str:
        fields = (("status", self.status_code), ("code", self.code), ("request_id", self.request_id))
        extras = [f"{name}={value}" for name, value in fields if value is not None]
        return f"{self.message} ({', '.join(extras)})" if extras else self.message


class APIError(AgentDraftError):
    """The server answered with an error status (RFC 9457 problem in ``body``)."""

    def __init__(
        self,
        message: str,
        *,
        status_code: Optional[int] = None,
        code: Optional[str] = None,
        request_id: Optional[str] = None,
        body: Optional[Mapping[str, Any]] = None,
        retry_after: Optional[float] = None,
        headers: Optional[Mapping[str, str]] = None,
        response: Optional[httpx.Response] = None,
    ) -> None:
        super().__init__(message, status_code=status_code, code=code, request_id=request_id, body=body)
        #: Seconds from the ``retry-after-ms`` / ``Retry-After`` header, when the response had one.
        self.retry_after = retry_after
        #: Response headers (empty for errors raised before sending).
        self.headers: httpx.Headers = httpx.Headers(headers or {})
        #: The HTTP response (None for errors raised before sending).
        self.response: Optional[httpx.Response] = response
        self.type: Optional[str] = _opt_str(self.body, "type")
        self.title: Optional[str] = _opt_str(self.body, "title")
        self.detail: Optional[str] = _opt_str(self.body, "detail")


class InvalidRequest(APIError):
    """400 ``invalid_request`` (or 413 ``payload_too_large``): the request itself is wrong."""

    def __init__(self, message: str, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        raw = self.body.get("errors")
        self.errors: List[FieldError] = _parse_list(raw, FieldError.from_dict)


class AuthError(APIError):
    """401 ``unauthenticated`` (bad or revoked key), or no API key configured at all."""


class PermissionDenied(APIError):
    """403 ``forbidden``: a scope is missing, or the resource belongs to another agent."""

    def __init__(self, message: str, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.required_scope: Optional[str] = _opt_str(self.body, "required_scope")


class NotFound(APIError):
    """404 ``not_found``."""


class Conflict(APIError):
    """409: the write lost (``outranked``, ``slot_taken``, ``booking_frozen``) or the booking cannot make
    this transition (``hold_expired``, ``invalid_transition``). Never retried."""

    def __init__(self, message: str, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        #: The problem code, e.g. ``"outranked"``.
        self.reason: Optional[str] = self.code
        self.winning_agent_id: Optional[str] = _opt_str(self.body, "winning_agent_id")
        self.winning_agent_priority: Optional[int] = _opt_int(self.body, "winning_agent_priority")
        self.winning_booking_id: Optional[str] = _opt_str(self.body, "winning_booking_id")
        self.audit_event_id: Optional[str] = _opt_str(self.body, "audit_event_id")


class IdempotencyError(APIError):
    """409 ``idempotency_in_flight`` (the first request with this key is still running) or
    422 ``idempotency_key_reused`` (the key was used for a different request)."""

    def __init__(self, message: str, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        #: Seconds to wait (float): the problem's ``retry_after_seconds``, else ``Retry-After``.
        self.retry_after_seconds: Optional[float] = _retry_after_seconds(self)


class RuleViolation(APIError):
    """422 ``rule_violation``: a calendar rule forbids the booking; ``rule`` names it."""

    def __init__(self, message: str, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        raw = self.body.get("rule")
        self.rule: Optional[RuleRef] = _parse_opt(raw, RuleRef.from_dict)
        self.audit_event_id: Optional[str] = _opt_str(self.body, "audit_event_id")


class RateLimited(APIError):
    """429 ``rate_limited``; raised once the SDK's own retries are used up."""

    def __init__(self, message: str, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        #: Seconds to wait (float): the problem's ``retry_after_seconds``, else ``Retry-After``.
        self.retry_after_seconds: Optional[float] = _retry_after_seconds(self)


class ServerError(APIError):
    """5xx (``internal``, ``unavailable``); raised once the SDK's own retries are used up."""

    def __init__(self, message: str, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        #: Seconds to wait (float): the problem's ``retry_after_seconds``, else ``Retry-After``.
        self.retry_after_seconds: Optional[float] = _retry_after_seconds(self)


class APIConnectionError(AgentDraftError):
    """The request did not get a response: connection refused, reset, DNS failure, ..."""


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class ClientClosedError(AgentDraftError):
    """The client (or the ``http_client`` it was given) was closed before the call: create a new one."""


class VerificationError(AgentDraftError):
    """An audit proof or checkpoint did not verify: the log was tampered with, or the data is not
    what the proof is about. Raised by :mod:`agentdraft.verify` and ``client.audit.verify_*``."""


_CLASSES: Dict[str, Type[APIError]] = {
    cls.__name__: cls
    for cls in (
        InvalidRequest,
        AuthError,
        PermissionDenied,
        NotFound,
        Conflict,
        IdempotencyError,
        RuleViolation,
        RateLimited,
        ServerError,
    )
}


def exception_class(status_code: int, code: Optional[str]) -> Type[APIError]:
    """The exception class for a response: by problem code, then by status, then by status family."""
    # A class name the catalog gained before the SDK did degrades to APIError (tests catch it).
    if code is not None and code in ERROR_CATALOG:
        return _CLASSES.get(ERROR_CATALOG[code][1], APIError)
    if status_code in EXCEPTION_BY_STATUS:
        return _CLASSES.get(EXCEPTION_BY_STATUS[status_code], APIError)
    if status_code >= 500:
        return ServerError
    return APIError


def error_from_problem(
    status_code: int,
    body: Optional[Mapping[str, Any]],
    *,
    request_id: Optional[str] = None,
    retry_after: Optional[float] = None,
    headers: Optional[Mapping[str, str]] = None,
    response: Optional[httpx.Response] = None,
) -> APIError:
    """Build the exception for an error response from its status and problem body."""
    problem: Mapping[str, Any] = body if body is not None else {}
    code = _opt_str(problem, "code")
    request_id = _opt_str(problem, "request_id") or request_id
    message = _opt_str(problem, "detail") or _opt_str(problem, "title") or f"HTTP {status_code}"
    cls = exception_class(status_code, code)
    return cls(
        message,
        status_code=status_code,
        code=code,
        request_id=request_id,
        body=problem,
        retry_after=retry_after,
        headers=headers,
        response=response,
    )


def invalid_argument(field: str, message: str) -> InvalidRequest:
    """A bad argument caught before sending: an :class:`InvalidRequest` (400 ``invalid_request``,
    no ``request_id``) naming the field, as the server would answer it."""
    detail = f"{field}: {message}"
    return InvalidRequest(
        f"invalid argument {field}: {message} (not sent)",
        status_code=400,
        code="invalid_request",
        body={
            "type": "https://agentdraft.dev/problems/invalid_request",
            "title": "Invalid request",
            "status": 400,
            "code": "invalid_request",
            "detail": detail,
            "errors": [{"field": field, "message": message}],
        },
    )


def missing_key_error(message: str) -> AuthError:
    """No API key configured: an :class:`AuthError` (401 ``unauthenticated``, nothing sent)."""
    return AuthError(
        message,
        status_code=401,
        code="unauthenticated",
        body={
            "type": "https://agentdraft.dev/problems/unauthenticated",
            "title": "Unauthenticated",
            "status": 401,
            "code": "unauthenticated",
            "detail": message,
        },
    )


def _retry_after_seconds(error: APIError) -> Optional[float]:
    """The problem's ``retry_after_seconds`` (float), else the ``Retry-After`` header's seconds."""
    value = error.body.get("retry_after_seconds")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return error.retry_after


def _opt_str(data: Mapping[str, Any], key: str) -> Optional[str]:
    value = data.get(key)
    return value if isinstance(value, str) else None


def _opt_int(data: Mapping[str, Any], key: str) -> Optional[int]:
    value = data.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _parse_opt(raw: Any, parse: Callable[[Any], _T]) -> Optional[_T]:
    """Read a problem extension leniently: a malformed one becomes None, the error is raised anyway."""
    try:
        return None if raw is None else parse(raw)
    except (TypeError, ValueError):
        return None


def _parse_list(raw: Any, parse: Callable[[Any], _T]) -> List[_T]:
    if not isinstance(raw, list):
        return []
    items = [_parse_opt(item, parse) for item in raw]
    return [item for item in items if item is not None]
