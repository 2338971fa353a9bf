"""The exception hierarchy and its mapping from the generated error catalog."""

from __future__ import annotations

from typing import Any, Dict

import pytest

import agentdraft
from agentdraft import errors
from agentdraft.errors import (
    AgentDraftError,
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthError,
    Conflict,
    IdempotencyError,
    InvalidRequest,
    NotFound,
    PermissionDenied,
    RateLimited,
    RuleViolation,
    ServerError,
    error_from_problem,
)
from agentdraft.generated.errors import ERROR_CATALOG, EXCEPTION_BY_STATUS, EXCEPTION_NAMES

PUBLISHED = [
    "AgentDraftError",
    "Conflict",
    "AuthError",
    "PermissionDenied",
    "NotFound",
    "InvalidRequest",
    "RuleViolation",
    "RateLimited",
    "IdempotencyError",
    "ServerError",
    "APIConnectionError",
    "APITimeoutError",
]


@pytest.mark.parametrize("name", PUBLISHED)
def test_published_names_exist_in_both_modules_as_the_same_class(name: str) -> None:
    cls = getattr(errors, name)
    assert getattr(agentdraft, name) is cls
    assert issubclass(cls, AgentDraftError)


def test_every_catalog_class_exists() -> None:
    for name in EXCEPTION_NAMES:
        assert issubclass(getattr(errors, name), APIError)


def problem(status: int, code: str, **extra: Any) -> Dict[str, Any]:
    return {
        "type": "t",
        "title": "T",
        "status": status,
        "detail": f"{code}!",
        "code": code,
        "request_id": "req_1",
        **extra,
    }


@pytest.mark.parametrize("code", sorted(ERROR_CATALOG))
def test_each_catalog_code_maps_to_its_class(code: str) -> None:
    statuses, class_name = ERROR_CATALOG[code]
    error = error_from_problem(statuses[0], problem(statuses[0], code))
    assert type(error).__name__ == class_name
    assert (error.status_code, error.code, error.request_id, error.detail) == (statuses[0], code, "req_1", f"{code}!")
    assert str(error) == f"{code}! (status={statuses[0]}, code={code}, request_id=req_1)"


@pytest.mark.parametrize("status", sorted(EXCEPTION_BY_STATUS))
def test_unknown_codes_fall_back_to_the_status(status: int) -> None:
    assert type(error_from_problem(status, problem(status, "something_new"))).__name__ == EXCEPTION_BY_STATUS[status]


def test_an_unknown_422_code_is_an_invalid_request() -> None:
    error = error_from_problem(422, problem(422, "brand_new_unprocessable"))
    assert type(error) is InvalidRequest
    assert not isinstance(error, (IdempotencyError, RuleViolation))
    assert (error.status_code, error.code) == (422, "brand_new_unprocessable")


def test_statuses_outside_the_catalog() -> None:
    assert type(error_from_problem(502, None)) is ServerError
    assert type(error_from_problem(418, None)) is APIError
    error = error_from_problem(504, {"detail": "gateway"}, request_id="req_h")
    assert (error.message, error.request_id, error.code) == ("gateway", "req_h", None)


def test_conflict_fields() -> None:
    body = problem(
        409,
        "outranked",
        winning_agent_id="agt_1",
        winning_agent_priority=1,
        winning_booking_id="bkg_1",
        audit_event_id="evt_1",
    )
    error = error_from_problem(409, body)
    assert isinstance(error, Conflict)
    assert (error.reason, error.winning_agent_id, error.winning_agent_priority) == ("outranked", "agt_1", 1)
    assert (error.winning_booking_id, error.audit_event_id, error.body) == ("bkg_1", "evt_1", body)
    transition = error_from_problem(409, problem(409, "invalid_transition", audit_event_id="evt_2"))
    assert isinstance(transition, Conflict)
    assert transition.winning_agent_id is None
    assert transition.winning_agent_priority is None


def test_extension_fields_of_the_other_classes() -> None:
    rule = error_from_problem(422, problem(422, "rule_violation", rule={"rule_id": "r", "kind": "buffer"}))
    assert isinstance(rule, RuleViolation)
    assert rule.rule is not None
    assert rule.rule.kind == "buffer"
    limited = error_from_problem(429, problem(429, "rate_limited", retry_after_seconds=3))
    assert isinstance(limited, RateLimited)
    assert limited.retry_after_seconds == 3
    from_header = error_from_problem(429, problem(429, "rate_limited"), retry_after=4.0)
    assert isinstance(from_header, RateLimited)
    assert from_header.retry_after_seconds == 4
    invalid = error_from_problem(400, problem(400, "invalid_request", errors=[{"field": "/end", "message": "bad"}]))
    assert isinstance(invalid, InvalidRequest)
    assert invalid.errors[0].field == "/end"
    denied = error_from_problem(403, problem(403, "forbidden", required_scope="audit:read"))
    assert isinstance(denied, PermissionDenied)
    assert denied.required_scope == "audit:read"
    in_flight = error_from_problem(409, problem(409, "idempotency_in_flight", retry_after_seconds=1))
    assert isinstance(in_flight, IdempotencyError)
    assert in_flight.retry_after_seconds == 1
    assert isinstance(error_from_problem(404, problem(404, "not_found")), NotFound)
    assert isinstance(error_from_problem(401, problem(401, "unauthenticated")), AuthError)


def test_malformed_extensions_do_not_hide_the_error() -> None:
    error = error_from_problem(422, problem(422, "rule_violation", rule="not an object"))
    assert isinstance(error, RuleViolation)
    assert error.rule is None
    invalid = error_from_problem(400, problem(400, "invalid_request", errors=[{"field": 1}]))
    assert isinstance(invalid, InvalidRequest)
    assert invalid.errors == []


def test_transport_errors() -> None:
    assert issubclass(APITimeoutError, APIConnectionError)
    error = APIConnectionError("refused")
    assert (error.status_code, error.code, error.request_id, error.body, str(error)) == (
        None,
        None,
        None,
        {},
        "refused",
    )
    assert not issubclass(APIConnectionError, APIError)
