"""Step values as SDK arguments: the conversions the generated executor (``generated_invoke.py``)
applies to a resolved step's path, query and body values."""

from __future__ import annotations

import datetime
from typing import Any, Dict, Optional


def instant(value: Any) -> Optional[datetime.datetime]:
    """An RFC 3339 instant as a timezone-aware datetime (None stays None)."""
    if value is None:
        return None
    text = str(value)
    parsed = datetime.datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith("Z") else text)
    if parsed.tzinfo is None:
        raise ValueError(f"{text} has no offset")
    return parsed


def integer(value: Any) -> Optional[int]:
    return None if value is None else int(value)


def number(value: Any) -> Optional[float]:
    return None if value is None else float(value)


def text(value: Any) -> Optional[str]:
    return None if value is None else str(value)


def dump(value: Any) -> Any:
    """A model (or a list of them) in its wire form."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, list):
        return [dump(v) for v in value]
    return value


def page_body(page: Any) -> Dict[str, Any]:
    """A page model in its wire form."""
    out: Dict[str, Any] = {"data": [dump(x) for x in page.data], "has_more": page.has_more}
    if page.next_cursor is not None:
        out["next_cursor"] = page.next_cursor
    return out
