"""When to retry and how long to wait: exponential backoff with jitter, honouring what the server
asks for (``retry-after-ms``, ``Retry-After``, ``x-should-retry``). The same policy as the
TypeScript SDK (``packages/sdk/src/retry.ts``)."""

from __future__ import annotations

import email.utils
import random
import time
from dataclasses import dataclass
from typing import Callable, Mapping, Optional

#: Statuses retried besides 5xx. 409 only for ``idempotency_in_flight``; a conflict never is.
_RETRY_STATUSES = frozenset({408, 429})

#: Sent with every attempt: 0 on the first, n on the n-th retry.
RETRY_COUNT_HEADER = "X-AgentDraft-Retry-Count"


@dataclass(frozen=True)
class RetryPolicy:
    """How many times and how long: ``min(max_delay, initial_delay * 2**attempt) * (1 - 0.25 * random())``
    (so 75-100 % of the nominal delay); a server wait of at most ``max_retry_after`` seconds replaces
    that, a longer one makes the SDK give up (see :func:`too_long`)."""

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0

    def delay(self, attempt: int, retry_after: Optional[float], rand: Callable[[], float] = random.random) -> float:
        """Seconds to wait before retry number ``attempt + 1`` (``attempt`` counts from 0)."""
        if retry_after is not None and 0 < retry_after <= self.max_retry_after:
            return retry_after
        backoff = min(self.initial_delay * 2.0**attempt, self.max_delay)
        return backoff * (1 - 0.25 * rand())

    def too_long(self, retry_after: Optional[float]) -> bool:
        """The server asks to wait longer than the cap: raise now rather than retry early."""
        return retry_after is not None and retry_after > self.max_retry_after


def is_retryable_status(status: int, code: Optional[str]) -> bool:
    """Connection errors and timeouts are always retried; responses only for these statuses."""
    if status in _RETRY_STATUSES or status >= 500:
        return True
    return status == 409 and code == "idempotency_in_flight"


def should_retry_header(headers: Mapping[str, str]) -> Optional[bool]:
    """The server's ``x-should-retry: true|false`` verdict, None when absent."""
    value = (headers.get("x-should-retry") or "").strip().lower()
    return True if value == "true" else False if value == "false" else None


def parse_retry_after(headers: Mapping[str, str]) -> Optional[float]:
    """Seconds the server asks to wait: ``retry-after-ms`` first, then ``Retry-After`` as (float)
    seconds or an HTTP date. None when absent or unreadable."""
    ms = headers.get("retry-after-ms")
    if ms is not None:
        try:
            return float(ms.strip()) / 1000.0
        except ValueError:
            pass
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
