"""RFC 8785 canonical JSON (agentdraft.verify.jcs), with the RFC's own examples and number vectors."""

from __future__ import annotations

import json
import struct
from typing import Any

import pytest

from agentdraft.verify import canonical_bytes, canonicalize


def double(bits: str) -> float:
    value: float = struct.unpack(">d", bytes.fromhex(bits))[0]
    return value


# RFC 8785 Appendix B: IEEE 754 bit patterns and their canonical text.
NUMBERS = [
    ("0000000000000000", "0"),
    ("8000000000000000", "0"),
    ("0000000000000001", "5e-324"),
    ("8000000000000001", "-5e-324"),
    ("7fefffffffffffff", "1.7976931348623157e+308"),
    ("ffefffffffffffff", "-1.7976931348623157e+308"),
    ("4340000000000000", "9007199254740992"),
    ("c340000000000000", "-9007199254740992"),
    ("4430000000000000", "295147905179352830000"),
    ("44b52d02c7e14af5", "9.999999999999997e+22"),
    ("44b52d02c7e14af6", "1e+23"),
    ("44b52d02c7e14af7", "1.0000000000000001e+23"),
    ("444b1ae4d6e2ef4e", "999999999999999700000"),
    ("444b1ae4d6e2ef4f", "999999999999999900000"),
    ("444b1ae4d6e2ef50", "1e+21"),
    ("3eb0c6f7a0b5ed8c", "9.999999999999997e-7"),
    ("3eb0c6f7a0b5ed8d", "0.000001"),
    ("41b3de4355555553", "333333333.3333332"),
    ("41b3de4355555554", "333333333.33333325"),
    ("41b3de4355555555", "333333333.3333333"),
    ("41b3de4355555556", "333333333.3333334"),
    ("41b3de4355555557", "333333333.33333343"),
    ("becbf647612f3696", "-0.0000033333333333333333"),
    ("43143ff3c1cb0959", "1424953923781206.2"),
]


@pytest.mark.parametrize(("bits", "text"), NUMBERS)
def test_rfc8785_number_vectors(bits: str, text: str) -> None:
    assert canonicalize(double(bits)) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (1.0, "1"),
        (-1.5, "-1.5"),
        (0.1, "0.1"),
        (100.0, "100"),
        (1e21, "1e+21"),
        (1e20, "100000000000000000000"),
        (1e-7, "1e-7"),
        (123e-20, "1.23e-18"),
        (0, "0"),
        (-42, "-42"),
        (2**53, "9007199254740992"),
        (2**53 + 1, "9007199254740992"),  # beyond 2**53 an integer is the double it rounds to
        (10**21, "1e+21"),
        (1795510095000, "1795510095000"),
    ],
)
def test_numbers_are_written_as_ecmascript_does(value: Any, text: str) -> None:
    assert canonicalize(value) == text


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf")])
def test_non_finite_numbers_are_rejected(value: float) -> None:
    with pytest.raises(ValueError, match="not a JSON number"):
        canonicalize(value)


def test_rfc8785_section_3_2_2_example() -> None:
    value = {
        "numbers": [333333333.33333329, 1e30, 4.50, 2e-3, 0.000000000000000000000000001],
        "string": "\u20ac$\u000f\u000aA'\u0042\u0022\u005c\\\"/",
        "literals": [None, True, False],
    }
    expected = (
        '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],'
        '"string":"\u20ac$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}'
    )
    assert canonicalize(value) == expected


def test_rfc8785_section_3_2_3_sorting_by_utf16_code_units() -> None:
    value = {
        "\u20ac": "Euro Sign",
        "\r": "Carriage Return",
        "\ufb33": "Hebrew Letter Dalet With Dagesh",
        "1": "One",
        "\U0001f600": "Emoji: Grinning Face",
        "\u0080": "Control",
        "\u00f6": "Latin Small Letter O With Diaeresis",
    }
    keys = list(json.loads(canonicalize(value)))
    assert keys == ["\r", "1", "\u0080", "\u00f6", "\u20ac", "\U0001f600", "\ufb33"]


def test_strings_escape_like_json_stringify() -> None:
    text = '\b\t\n\f\r\x00\x1f\x7f"\\/\u2028é😀'
    assert canonicalize(text) == '"\\b\\t\\n\\f\\r\\u0000\\u001f\x7f\\"\\\\/\u2028é😀"'
    assert canonical_bytes(text) == canonicalize(text).encode("utf-8")


def test_lone_surrogates_are_rejected() -> None:
    with pytest.raises(ValueError, match="surrogate"):
        canonicalize({"a": "\ud800"})


def test_audit_event_shape() -> None:
    event = {
        "event_id": "evt_000004_0",
        "seq": 3,
        "at": "2026-11-24T04:48:16.000Z",
        "actor": {"type": "agent", "agent_id": "agt_1"},
        "action": "booking.committed",
        "resource": "bkg_1",
        "request": {"method": "POST", "path": "/v1/bookings", "request_id": "req_1"},
        "outcome": {"booking": {"start": 1795510095000, "metadata": {"title": "Café ☕"}, "hold_expires_at": None}},
    }
    assert canonicalize(event) == (
        '{"action":"booking.committed","actor":{"agent_id":"agt_1","type":"agent"},"at":"2026-11-24T04:48:16.000Z",'
        '"event_id":"evt_000004_0","outcome":{"booking":{"hold_expires_at":null,"metadata":{"title":"Café ☕"},'
        '"start":1795510095000}},"request":{"method":"POST","path":"/v1/bookings","request_id":"req_1"},'
        '"resource":"bkg_1","seq":3}'
    )
    # Same result as json.dumps with sorted keys for this ASCII-keyed, integer-only shape.
    assert canonicalize(event) == json.dumps(event, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


@pytest.mark.parametrize("value", [{1: "a"}, b"bytes", {1, 2}, object()])
def test_non_json_values_are_rejected(value: Any) -> None:
    with pytest.raises(TypeError):
        canonicalize(value)


def test_tuples_and_nested_arrays() -> None:
    assert canonicalize({"b": (1, [2, {"d": 1, "c": []}]), "a": {}}) == '{"a":{},"b":[1,[2,{"c":[],"d":1}]]}'
