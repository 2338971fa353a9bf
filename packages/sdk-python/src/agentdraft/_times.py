"""Datetimes on the wire: timezone-aware only, sent as RFC 3339 UTC instants. Anything else raises
:class:`~agentdraft.InvalidRequest` before a request is sent (as the TypeScript SDK does)."""

from __future__ import annotations

import datetime
from typing import Optional

from .errors import invalid_argument

_UTC = datetime.timezone.utc


def format_instant(value: datetime.datetime, name: str) -> str:
    """RFC 3339 UTC text of a timezone-aware datetime; naive datetimes are refused.

    The server stores instants at millisecond precision, so that is what is sent.
    """
    if not isinstance(value, datetime.datetime):
        raise invalid_argument(name, f"must be a timezone-aware datetime.datetime, got {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise invalid_argument(
            name,
            f"{name} is a naive datetime ({value.isoformat()}); AgentDraft needs an unambiguous instant: "
            f"pass a timezone-aware datetime, e.g. datetime.now(timezone.utc) or dt.replace(tzinfo=...)",
        )
    utc = value.astimezone(_UTC).replace(tzinfo=None)
    millis = utc.microsecond // 1000
    text = utc.replace(microsecond=millis * 1000).isoformat(timespec="milliseconds" if millis else "seconds")
    return text + "Z"


def format_opt_instant(value: Optional[datetime.datetime], name: str) -> Optional[str]:
    """:func:`format_instant` of an optional argument (None stays None)."""
    return None if value is None else format_instant(value, name)
