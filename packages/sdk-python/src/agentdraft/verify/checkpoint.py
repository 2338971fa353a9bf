"""C2SP signed notes and checkpoints (signed tree heads), with Ed25519 verifier keys.

- signed note (c2sp.org/signed-note): text ending in ``\\n``, a blank line, then signature lines
  ``— <key name> <base64(4-byte key id ‖ signature)>`` (em dash U+2014);
- checkpoint (c2sp.org/tlog-checkpoint): note text ``<origin>\\n<tree size>\\n<base64 root>\\n``,
  optionally followed by extension lines;
- verifier key: ``<name>+<8 hex key id>+<base64(0x01 ‖ 32-byte Ed25519 public key)>``, where the key
  id is the first 4 bytes of SHA-256(name ‖ "\\n" ‖ 0x01 ‖ public key).

Parsing needs only the standard library; checking the Ed25519 signature needs the ``cryptography``
package (``pip install 'agentdraft[verify]'``).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass
from typing import Callable, Optional, Tuple

from ..errors import VerificationError
from .merkle import HASH_SIZE

_SIG_PREFIX = "\u2014 "
_ED25519 = 0x01
_KEY_SIZE = 32
_SIG_SIZE = 64
_MAX_SIGNATURES = 100
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f]")
_SIZE = re.compile(r"0|[1-9][0-9]*")
_KEY_ID = re.compile(r"[0-9a-f]{8}")


@dataclass(frozen=True)
class VerifierKey:
    """A parsed verifier key."""

    name: str
    key_id: bytes
    public_key: bytes


@dataclass(frozen=True)
class NoteSignature:
    """One signature line of a note."""

    key_name: str
    key_id: bytes
    signature: bytes


@dataclass(frozen=True)
class SignedNote:
    """A note split into the signed text (ending in a newline) and its signature lines."""

    text: str
    signatures: Tuple[NoteSignature, ...]


@dataclass(frozen=True)
class TreeHead:
    """The tree a checkpoint commits to."""

    origin: str
    size: int
    root_hash: bytes
    extensions: Tuple[str, ...] = ()


def _fail(message: str) -> VerificationError:
    return VerificationError(message)


def b64decode_strict(text: str, what: str) -> bytes:
    """Canonical padded base64 (RFC 4648 §4), or VerificationError."""
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error, ValueError):
        raise _fail(f"{what} is not valid base64") from None
    if base64.b64encode(data).decode("ascii") != text:
        raise _fail(f"{what} is not canonical base64")
    return data


def _valid_text(text: str) -> bool:
    return _CONTROL.search(text) is None and not any("\ud800" <= c <= "\udfff" for c in text)


def is_valid_key_name(name: str) -> bool:
    """Non-empty, no whitespace, no ``+``, no control characters."""
    return bool(name) and _valid_text(name) and not any(c.isspace() or c == "+" for c in name)


def key_id(name: str, public_key: bytes) -> bytes:
    """Ed25519 note key id: SHA-256(name ‖ "\\n" ‖ 0x01 ‖ public key)[:4]."""
    return hashlib.sha256(name.encode("utf-8") + b"\n" + bytes([_ED25519]) + public_key).digest()[:4]


def format_verifier_key(name: str, public_key: bytes) -> str:
    """The verifier key string of an Ed25519 public key."""
    if not is_valid_key_name(name):
        raise ValueError(f"invalid key name {name!r}")
    if len(public_key) != _KEY_SIZE:
        raise ValueError(f"an Ed25519 public key has {_KEY_SIZE} bytes")
    material = base64.b64encode(bytes([_ED25519]) + public_key).decode("ascii")
    return f"{name}+{key_id(name, public_key).hex()}+{material}"


def parse_verifier_key(text: str) -> VerifierKey:
    """Parse ``<name>+<hex key id>+<base64 key>`` and check the key id matches name and key."""
    parts = text.split("+", 2) if isinstance(text, str) else []
    if len(parts) != 3:
        raise _fail("malformed verifier key: expected <name>+<key id>+<key>")
    name, id_hex, material_b64 = parts
    if not is_valid_key_name(name):
        raise _fail("malformed verifier key: invalid name")
    if not _KEY_ID.fullmatch(id_hex):
        raise _fail("malformed verifier key: key id must be 8 lowercase hex digits")
    material = b64decode_strict(material_b64, "verifier key")
    if len(material) != 1 + _KEY_SIZE or material[0] != _ED25519:
        raise _fail("malformed verifier key: only Ed25519 keys (type 0x01, 32 bytes) are supported")
    public_key = material[1:]
    if key_id(name, public_key).hex() != id_hex:
        raise _fail("malformed verifier key: key id does not match name and key")
    return VerifierKey(name=name, key_id=bytes.fromhex(id_hex), public_key=public_key)


def parse_note(note: str) -> SignedNote:
    """Split a signed note into its text and signature lines (signatures are not checked)."""
    if not isinstance(note, str) or not _valid_text(note):
        raise _fail("malformed note: not text, or contains control characters")
    split = note.rfind("\n\n")
    if split < 0:
        raise _fail("malformed note: no blank line before the signatures")
    text, block = note[: split + 1], note[split + 2 :]
    if not block or not block.endswith("\n"):
        raise _fail("malformed note: the signature block must be non-empty and end in a newline")
    lines = block[:-1].split("\n")
    if len(lines) > _MAX_SIGNATURES:
        raise _fail(f"malformed note: more than {_MAX_SIGNATURES} signatures")
    signatures = []
    for line in lines:
        if not line.startswith(_SIG_PREFIX):
            raise _fail("malformed note: a signature line must start with an em dash and a space")
        name, sep, blob_b64 = line[len(_SIG_PREFIX) :].partition(" ")
        if not sep or not is_valid_key_name(name):
            raise _fail("malformed note: signature line must be '— <name> <signature>'")
        blob = b64decode_strict(blob_b64, "note signature")
        if len(blob) < 5:
            raise _fail("malformed note: signature shorter than 5 bytes")
        signatures.append(NoteSignature(key_name=name, key_id=blob[:4], signature=blob[4:]))
    return SignedNote(text=text, signatures=tuple(signatures))


def parse_checkpoint(note: str) -> TreeHead:
    """The tree head of a checkpoint note, without checking its signature."""
    text = parse_note(note).text
    lines = text[:-1].split("\n")
    if len(lines) < 3:
        raise _fail("malformed checkpoint: expected origin, size and root hash lines")
    origin, size_text, root_text, *extensions = lines
    if not origin:
        raise _fail("malformed checkpoint: empty origin")
    if not _SIZE.fullmatch(size_text):
        raise _fail("malformed checkpoint: size must be a decimal integer without leading zeros")
    root = b64decode_strict(root_text, "checkpoint root hash")
    if len(root) != HASH_SIZE:
        raise _fail(f"malformed checkpoint: root hash must have {HASH_SIZE} bytes")
    if any(not line for line in extensions):
        raise _fail("malformed checkpoint: empty extension line")
    return TreeHead(origin=origin, size=int(size_text), root_hash=root, extensions=tuple(extensions))


def checkpoint_body(origin: str, size: int, root: bytes) -> str:
    """The note text a checkpoint signs: ``<origin>\\n<size>\\n<base64 root>\\n``."""
    return f"{origin}\n{size}\n{base64.b64encode(root).decode('ascii')}\n"


def verify_note(note: str, verifier_key: str) -> str:
    """Check the note's signatures by ``verifier_key`` and return its text.

    Signatures by other keys are ignored; at least one must be by this key (same name and key id),
    and every one that is must verify. Needs ``cryptography``.
    """
    key = parse_verifier_key(verifier_key)
    parsed = parse_note(note)
    ours = [s for s in parsed.signatures if s.key_name == key.name and s.key_id == key.key_id]
    if not ours:
        raise _fail(f"note has no signature by {key.name}+{key.key_id.hex()}")
    verify = _ed25519_verifier(key.public_key)
    data = parsed.text.encode("utf-8")
    for signature in ours:
        if len(signature.signature) != _SIG_SIZE or not verify(signature.signature, data):
            raise _fail(f"invalid signature by {key.name}+{key.key_id.hex()}")
    return parsed.text


def verify_checkpoint(note: str, verifier_key: str, expected_origin: Optional[str] = None) -> TreeHead:
    """The tree head of a checkpoint whose signature by ``verifier_key`` verifies (needs ``cryptography``)."""
    parse_verifier_key(verifier_key)  # a bad key is reported before the note is judged
    head = parse_checkpoint(note)
    verify_note(note, verifier_key)
    if expected_origin is not None and head.origin != expected_origin:
        raise _fail(f"checkpoint origin {head.origin!r} is not {expected_origin!r}")
    return head


def _ed25519_verifier(public_key: bytes) -> Callable[[bytes, bytes], bool]:
    try:
        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    except ImportError as exc:
        raise ImportError(
            "Verifying audit checkpoint signatures (Ed25519) needs the 'cryptography' package: "
            "pip install 'agentdraft[verify]'"
        ) from exc
    try:
        key = Ed25519PublicKey.from_public_bytes(public_key)
    except ValueError as exc:
        raise _fail(f"unusable Ed25519 public key: {exc}") from exc

    def verify(signature: bytes, data: bytes) -> bool:
        try:
            key.verify(signature, data)
        except InvalidSignature:
            return False
        return True

    return verify
