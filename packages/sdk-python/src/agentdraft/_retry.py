"""When to retry and how long to wait: exponential backoff with jitter, honouring ``Retry-After``."""

from __future__ import annotations

import email.utils
import random
import time
from dataclasses import dataclass
from typing import Mapping, Optional

#: Statuses retried besides 5xx. 409 only for ``idempotency_in_flight``; a conflict never is.
_RETRY_STATUSES = frozenset({408, 429})


@dataclass(frozen=True)
class RetryPolicy:
    """How many times and how long: ``initial_delay * 2**attempt`` capped at ``max_delay``, minus up
    to 25 % jitter; a ``Retry-After`` of at most ``max_retry_after`` seconds replaces that."""

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0

    def delay(self, attempt: int, retry_after: Optional[float]) -> float:
        """Seconds to wait before retry number ``attempt + 1`` (``attempt`` counts from 0)."""
        if retry_after is not None and 0 < retry_after <= self.max_retry_after:
            return retry_after
        backoff = min(self.initial_delay * 2.0**attempt, self.max_delay)
        return backoff * (1 - 0.25 * random.random())


def is_retryable_status(status: int, code: Optional[str]) -> bool:
    """Connection errors and timeouts are always retried; responses only for these statuses."""
    if status in _RETRY_STATUSES or status >= 500:
        return True
    return status == 409 and code == "idempotency_in_flight"


def parse_retry_after(headers: Mapping[str, str]) -> Optional[float]:
    """``Retry-After`` as seconds (delta-seconds or an HTTP date), None when absent or unreadable."""
    value = headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    try:
        return float(value)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:  # pragma: no cover - older Pythons returned None instead of raising
        return None
    return when.timestamp() - time.time()
