"""The checks behind ``client.audit.verify_event`` / ``verify_consistency``, usable offline on the JSON
the API returned (raw JSON, not models: the leaf hash is over the exact event the server hashed)."""

from __future__ import annotations

from typing import Any, Mapping, Optional, Sequence

from ..errors import VerificationError
from .checkpoint import TreeHead, b64decode_strict, verify_checkpoint
from .jcs import canonical_bytes
from .merkle import HASH_SIZE, leaf_hash, verify_consistency, verify_inclusion


def decode_hash(text: Any, what: str) -> bytes:
    """A base64 SHA-256 hash as sent by the API."""
    if not isinstance(text, str):
        raise VerificationError(f"{what} must be a base64 string")
    data = b64decode_strict(text, what)
    if len(data) != HASH_SIZE:
        raise VerificationError(f"{what} must be a {HASH_SIZE}-byte hash")
    return data


def event_leaf_hash(event: Mapping[str, Any]) -> bytes:
    """RFC 6962 leaf hash of an audit event: SHA-256(0x00 ‖ JCS(event))."""
    if not isinstance(event, Mapping):
        raise TypeError("pass the event as the JSON object the API returned (a dict), not a model")
    try:
        return leaf_hash(canonical_bytes(event))
    except (TypeError, ValueError) as exc:
        raise VerificationError(f"event cannot be canonicalized: {exc}") from exc


def trusted_tree_head(checkpoint: Mapping[str, Any], verifier_key: Optional[str] = None) -> TreeHead:
    """Verify a ``GET /v1/audit/checkpoint`` answer: its signed note must verify under ``verifier_key``
    (default: the key the server advertises, which proves integrity but not who signed) and agree
    with its ``origin``/``tree_size``/``root_hash`` fields. Needs ``cryptography``."""
    note = checkpoint.get("checkpoint")
    key = verifier_key if verifier_key is not None else checkpoint.get("verifier_key")
    if not isinstance(note, str) or not isinstance(key, str):
        raise VerificationError("checkpoint and verifier_key must be strings")
    head = verify_checkpoint(note, key)
    if (
        head.origin != checkpoint.get("origin")
        or head.size != checkpoint.get("tree_size")
        or head.root_hash != decode_hash(checkpoint.get("root_hash"), "root_hash")
    ):
        raise VerificationError("the checkpoint's origin, tree_size or root_hash disagree with its signed note")
    return head


def check_inclusion(proof: Mapping[str, Any], head: TreeHead, event_id: Optional[str] = None) -> Mapping[str, Any]:
    """Check a ``GET /v1/audit/events/{id}/inclusion`` answer against a verified tree head; return its event.

    The leaf hash is recomputed from the event itself, so an edited event fails even when the
    server's stored hashes were left alone.
    """
    event = proof.get("event")
    if not isinstance(event, Mapping):
        raise VerificationError("inclusion proof carries no event")
    if event_id is not None and event.get("event_id") != event_id:
        raise VerificationError(f"inclusion proof is for {event.get('event_id')!r}, not {event_id!r}")
    if proof.get("event_id") != event.get("event_id"):
        raise VerificationError("inclusion proof names another event than the one it carries")
    index = proof.get("leaf_index")
    if not isinstance(index, int) or isinstance(index, bool) or event.get("seq") != index:
        raise VerificationError("the proof's leaf_index is not the event's seq")
    if proof.get("tree_size") != head.size:
        raise VerificationError(f"inclusion proof is for tree size {proof.get('tree_size')}, not {head.size}")
    leaf = event_leaf_hash(event)
    if "leaf_hash" in proof and decode_hash(proof["leaf_hash"], "leaf_hash") != leaf:
        raise VerificationError("the event does not hash to the proof's leaf_hash: it was altered")
    path = proof.get("proof")
    if not isinstance(path, list):
        raise VerificationError("inclusion proof has no audit path")
    hashes = [decode_hash(item, "proof hash") for item in path]
    if not verify_inclusion(leaf, index, head.size, hashes, head.root_hash):
        raise VerificationError(
            f"event {event.get('event_id')!r} is not entry {index} of the signed tree of size {head.size}"
        )
    return event


def check_consistency(old: TreeHead, new: TreeHead, proof: Sequence[str]) -> None:
    """Check that the log of ``old`` is a prefix of the log of ``new`` (nothing edited, removed or
    reordered in between), given the base64 proof of ``GET /v1/audit/consistency``."""
    if old.origin != new.origin:
        raise VerificationError(f"checkpoints are of different logs: {old.origin!r} and {new.origin!r}")
    if old.size > new.size:
        raise VerificationError(f"the log shrank from {old.size} to {new.size} entries")
    hashes = [decode_hash(item, "proof hash") for item in proof]
    if not verify_consistency(old.size, new.size, old.root_hash, new.root_hash, hashes):
        raise VerificationError(
            f"the tree of size {old.size} is not a prefix of the tree of size {new.size}: the log was rewritten"
        )
