"""C2SP signed notes, checkpoints and verifier keys (agentdraft.verify.checkpoint)."""

from __future__ import annotations

import base64
import builtins
import hashlib
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from support.audit_log import AuditLog, b64

from agentdraft.errors import AgentDraftError, VerificationError
from agentdraft.verify import (
    checkpoint_body,
    format_verifier_key,
    key_id,
    parse_checkpoint,
    parse_note,
    parse_verifier_key,
    verify_checkpoint,
    verify_note,
)


@pytest.fixture(scope="module")
def log() -> AuditLog:
    return AuditLog(5)


def test_key_id_and_verifier_key_format(log: AuditLog) -> None:
    expected_id = hashlib.sha256(log.key_name.encode() + b"\n" + b"\x01" + log.public_key).digest()[:4]
    assert key_id(log.key_name, log.public_key) == expected_id
    assert format_verifier_key(log.key_name, log.public_key) == log.verifier_key
    parsed = parse_verifier_key(log.verifier_key)
    assert (parsed.name, parsed.key_id, parsed.public_key) == (log.key_name, expected_id, log.public_key)


@pytest.mark.parametrize(
    "mangle",
    [
        lambda k: k.replace("+", "-"),
        lambda k: k.split("+")[0] + "+00000000+" + k.split("+")[2],  # wrong key id
        lambda k: k.split("+")[0] + "+" + k.split("+")[1].upper() + "+" + k.split("+")[2],
        lambda k: k[:-4] + "!!!!",
        lambda k: k.split("+")[0] + "+" + k.split("+")[1] + "+" + b64(b"\x02" + b"k" * 32),  # not Ed25519
        lambda k: "bad name+" + k.split("+", 1)[1],
    ],
)
def test_malformed_verifier_keys_are_rejected(log: AuditLog, mangle: Any) -> None:
    with pytest.raises(VerificationError, match="verifier key"):
        parse_verifier_key(mangle(log.verifier_key))


def test_checkpoint_parses_and_verifies(log: AuditLog) -> None:
    note = log.note(5)
    head = parse_checkpoint(note)
    assert (head.origin, head.size, head.root_hash, head.extensions) == (log.origin, 5, log.root(5), ())
    assert verify_checkpoint(note, log.verifier_key) == head
    assert verify_checkpoint(note, log.verifier_key, expected_origin=log.origin) == head
    assert verify_note(note, log.verifier_key) == checkpoint_body(log.origin, 5, log.root(5))


def test_signatures_by_other_keys_are_ignored(log: AuditLog) -> None:
    other = Ed25519PrivateKey.generate()
    text = checkpoint_body(log.origin, 5, log.root(5))
    cosignature = f"\u2014 witness.example {b64(b'abcd' + other.sign(text.encode()))}\n"
    assert verify_checkpoint(log.note(5) + cosignature, log.verifier_key).size == 5


@pytest.mark.parametrize(
    ("tamper", "message"),
    [
        (lambda log, note: note.replace("\n5\n", "\n6\n", 1), "invalid signature"),
        (lambda log, note: note.replace(log.origin, "agentdraft.test/ws_2", 1), "invalid signature"),
        (lambda log, note: log.note(5, key=Ed25519PrivateKey.generate()), "invalid signature"),
        (lambda log, note: note.replace(log.key_name + " ", "someone.else ", 1), "no signature by"),
        (lambda log, note: note.replace("\n\n", "\n", 1), "malformed note"),
        (lambda log, note: note.replace("\u2014", "-"), "malformed note"),
        (lambda log, note: note[:-1], "malformed note"),
        (lambda log, note: note.replace("\n5\n", "\n05\n", 1), "malformed checkpoint"),
        (lambda log, note: log.note(5, root=b"short"), "malformed checkpoint"),
    ],
)
def test_tampered_checkpoints_fail(log: AuditLog, tamper: Any, message: str) -> None:
    with pytest.raises(VerificationError, match=message):
        verify_checkpoint(tamper(log, log.note(5)), log.verifier_key)


def test_a_signature_truncated_to_another_length_fails(log: AuditLog) -> None:
    note = log.note(5)
    text, _, line = note.rpartition("\u2014 ")
    name, blob = line.strip().split(" ")
    short = base64.b64encode(base64.b64decode(blob)[:-1]).decode()
    with pytest.raises(VerificationError, match="invalid signature"):
        verify_checkpoint(f"{text}\u2014 {name} {short}\n", log.verifier_key)


def test_origin_mismatch(log: AuditLog) -> None:
    with pytest.raises(VerificationError, match="origin"):
        verify_checkpoint(log.note(5), log.verifier_key, expected_origin="agentdraft.test/ws_other")


def test_wrong_pinned_key_fails(log: AuditLog) -> None:
    other = AuditLog(1, key_name=log.key_name)
    with pytest.raises(VerificationError, match="no signature by"):
        verify_checkpoint(log.note(5), other.verifier_key)


def test_extension_lines_are_kept(log: AuditLog) -> None:
    text = checkpoint_body(log.origin, 5, log.root(5)) + "ext one\n"
    note = f"{text}\n\u2014 {log.key_name} {b64(log.key_id + log.private_key.sign(text.encode()))}\n"
    assert verify_checkpoint(note, log.verifier_key).extensions == ("ext one",)
    assert parse_note(note).signatures[0].key_name == log.key_name


def test_missing_cryptography_gives_a_clear_error(log: AuditLog, monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_cryptography(name: str, *args: Any, **kwargs: Any) -> Any:
        if name.startswith("cryptography"):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_cryptography)
    with pytest.raises(ImportError, match=r"pip install 'agentdraft\[verify\]'"):
        verify_checkpoint(log.note(5), log.verifier_key)
    # Parsing needs nothing beyond the standard library.
    assert parse_checkpoint(log.note(5)).size == 5


def test_verification_error_is_an_agentdraft_error() -> None:
    assert issubclass(VerificationError, AgentDraftError)
