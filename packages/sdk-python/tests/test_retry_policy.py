"""Backoff arithmetic and Retry-After parsing (agentdraft._retry)."""

from __future__ import annotations

import email.utils
import time

import pytest

from agentdraft._retry import RetryPolicy, is_retryable_status, parse_retry_after


def test_backoff_grows_exponentially_with_jitter_and_a_cap() -> None:
    policy = RetryPolicy(initial_delay=0.5, max_delay=8.0)
    for attempt, nominal in [(0, 0.5), (1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (9, 8.0)]:
        delays = {policy.delay(attempt, None) for _ in range(50)}
        assert all(0.75 * nominal <= d <= nominal for d in delays)
        assert len(delays) > 1  # jittered


@pytest.mark.parametrize(
    ("retry_after", "used"), [(2.0, True), (60.0, True), (0.0, False), (-1.0, False), (61.0, False)]
)
def test_retry_after_replaces_backoff_within_bounds(retry_after: float, used: bool) -> None:
    delay = RetryPolicy().delay(0, retry_after)
    assert (delay == retry_after) is used
    if not used:
        assert delay <= 0.5


def test_parse_retry_after() -> None:
    assert parse_retry_after({"retry-after": "3"}) == 3.0
    assert parse_retry_after({"retry-after": " 1.5 "}) == 1.5
    assert parse_retry_after({}) is None
    assert parse_retry_after({"retry-after": "soon"}) is None
    in_ten = email.utils.formatdate(time.time() + 10, usegmt=True)
    parsed = parse_retry_after({"retry-after": in_ten})
    assert parsed is not None
    assert 8 <= parsed <= 11


@pytest.mark.parametrize(
    ("status", "code", "retry"),
    [
        (408, None, True),
        (429, "rate_limited", True),
        (500, "internal", True),
        (503, "unavailable", True),
        (409, "idempotency_in_flight", True),
        (409, "outranked", False),
        (409, None, False),
        (400, "invalid_request", False),
        (422, "idempotency_key_reused", False),
    ],
)
def test_retryable_statuses(status: int, code: str, retry: bool) -> None:
    assert is_retryable_status(status, code) is retry
