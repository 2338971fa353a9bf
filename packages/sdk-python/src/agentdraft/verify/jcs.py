"""RFC 8785 JSON Canonicalization Scheme (JCS): the byte form of an audit event that is hashed.

Objects have their keys sorted by UTF-16 code units; strings are escaped exactly as ECMAScript's
``JSON.stringify`` does; numbers are written as ECMAScript's ``Number.prototype.toString`` writes the
IEEE 754 double they denote (integers beyond 2**53 included).
"""

from __future__ import annotations

import math
from typing import Any, List, Mapping, Sequence

_SHORT_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}
_MAX_SAFE_INTEGER = 2**53


def canonicalize(value: Any) -> str:
    """The JCS text of a JSON value (dict, list/tuple, str, int, float, bool, None)."""
    out: List[str] = []
    _write(value, out)
    return "".join(out)


def canonical_bytes(value: Any) -> bytes:
    """UTF-8 of :func:`canonicalize`: the data of an RFC 6962 leaf."""
    return canonicalize(value).encode("utf-8")


def _write(value: Any, out: List[str]) -> None:
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, str):
        out.append(_string(value))
    elif isinstance(value, int):
        out.append(str(value) if abs(value) <= _MAX_SAFE_INTEGER else _number(float(value)))
    elif isinstance(value, float):
        out.append(_number(value))
    elif isinstance(value, Mapping):
        _object(value, out)
    elif isinstance(value, Sequence) and not isinstance(value, (bytes, bytearray)):
        out.append("[")
        for index, item in enumerate(value):
            if index:
                out.append(",")
            _write(item, out)
        out.append("]")
    else:
        raise TypeError(f"not a JSON value: {type(value).__name__}")


def _object(value: Mapping[Any, Any], out: List[str]) -> None:
    for key in value:
        if not isinstance(key, str):
            raise TypeError(f"JSON object keys must be strings, got {type(key).__name__}")
    out.append("{")
    for index, key in enumerate(sorted(value, key=_utf16_units)):
        if index:
            out.append(",")
        out.append(_string(key))
        out.append(":")
        _write(value[key], out)
    out.append("}")


def _utf16_units(key: str) -> bytes:
    """Sort key comparing strings by UTF-16 code units, as RFC 8785 §3.2.3 requires."""
    return key.encode("utf-16-be", "surrogatepass")


def _string(value: str) -> str:
    parts = ['"']
    for char in value:
        escaped = _SHORT_ESCAPES.get(char)
        if escaped is not None:
            parts.append(escaped)
        elif char < " ":
            parts.append(f"\\u{ord(char):04x}")
        elif "\ud800" <= char <= "\udfff":
            raise ValueError(f"lone surrogate U+{ord(char):04X} cannot be canonicalized (RFC 8785 §3.2.2.2)")
        else:
            parts.append(char)
    parts.append('"')
    return "".join(parts)


def _number(value: float) -> str:
    """ECMAScript Number::toString of a finite double (RFC 8785 §3.2.2.3)."""
    if math.isnan(value) or math.isinf(value):
        raise ValueError(f"{value} is not a JSON number")
    if value == 0:
        return "0"  # also -0
    sign = "-" if value < 0 else ""
    # repr gives the shortest digit string that round-trips, which is what ECMAScript requires.
    mantissa, _, exponent = repr(abs(value)).partition("e")
    whole, _, fraction = mantissa.partition(".")
    digits = whole + fraction
    point = len(whole) + (int(exponent) if exponent else 0)  # value = 0.<digits> * 10**point
    stripped = digits.lstrip("0")
    point -= len(digits) - len(stripped)
    digits = stripped.rstrip("0")
    k, n = len(digits), point
    if k <= n <= 21:
        return sign + digits + "0" * (n - k)
    if 0 < n <= 21:
        return sign + digits[:n] + "." + digits[n:]
    if -6 < n <= 0:
        return sign + "0." + "0" * (-n) + digits
    exp = n - 1
    exp_text = f"e+{exp}" if exp >= 0 else f"e-{-exp}"
    if k == 1:
        return sign + digits + exp_text
    return sign + digits[0] + "." + digits[1:] + exp_text
