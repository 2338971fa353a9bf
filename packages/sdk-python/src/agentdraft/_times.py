"""Datetimes on the wire: timezone-aware only, sent as RFC 3339 UTC instants."""

from __future__ import annotations

import datetime

_UTC = datetime.timezone.utc


def format_instant(value: datetime.datetime, name: str) -> str:
    """RFC 3339 UTC text of a timezone-aware datetime; naive datetimes are refused.

    The server stores instants at millisecond precision, so that is what is sent.
    """
    if not isinstance(value, datetime.datetime):
        raise TypeError(f"{name} must be a timezone-aware datetime.datetime, got {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(
            f"{name} is a naive datetime ({value.isoformat()}); AgentDraft needs an unambiguous instant: "
            f"pass a timezone-aware datetime, e.g. datetime.now(timezone.utc) or dt.replace(tzinfo=...)"
        )
    utc = value.astimezone(_UTC).replace(tzinfo=None)
    millis = utc.microsecond // 1000
    text = utc.replace(microsecond=millis * 1000).isoformat(timespec="milliseconds" if millis else "seconds")
    return text + "Z"
