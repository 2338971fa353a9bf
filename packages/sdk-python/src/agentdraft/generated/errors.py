# generated — do not edit. Source: spec/ (run `pnpm generate`).
"""Problem code -> (HTTP statuses, exception class name), from the problem schemas of the spec."""

from typing import Dict, Tuple

ERROR_CATALOG: Dict[str, Tuple[Tuple[int, ...], str]] = {
    "invalid_request": ((400,), "InvalidRequest"),
    "unauthenticated": ((401,), "AuthError"),
    "forbidden": ((403,), "PermissionDenied"),
    "not_found": ((404,), "NotFound"),
    "booking_frozen": ((409,), "Conflict"),
    "hold_expired": ((409,), "Conflict"),
    "idempotency_in_flight": ((409,), "IdempotencyError"),
    "invalid_transition": ((409,), "Conflict"),
    "outranked": ((409,), "Conflict"),
    "slot_taken": ((409,), "Conflict"),
    "payload_too_large": ((413,), "InvalidRequest"),
    "idempotency_key_reused": ((422,), "IdempotencyError"),
    "rule_violation": ((422,), "RuleViolation"),
    "target_refused": ((422,), "InvalidRequest"),
    "rate_limited": ((429,), "RateLimited"),
    "internal": ((500,), "ServerError"),
    "unavailable": ((503,), "ServerError"),
}

EXCEPTION_BY_STATUS: Dict[int, str] = {
    400: "InvalidRequest",
    401: "AuthError",
    403: "PermissionDenied",
    404: "NotFound",
    409: "Conflict",
    413: "InvalidRequest",
    422: "InvalidRequest",
    429: "RateLimited",
    500: "ServerError",
    503: "ServerError",
}

EXCEPTION_NAMES: Tuple[str, ...] = ("InvalidRequest", "AuthError", "PermissionDenied", "NotFound", "Conflict", "IdempotencyError", "RuleViolation", "RateLimited", "ServerError",)
