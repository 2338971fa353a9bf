"""A workspace audit log built in the test: events, RFC 6962 tree, Ed25519-signed C2SP checkpoints,
and the JSON the API serves for them (checkpoint, inclusion and consistency proofs)."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
from typing import Any, Dict, List, Optional

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from . import merkle_reference as ref


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def jcs(event: Dict[str, Any]) -> bytes:
    """Canonical JSON for these events (ASCII keys, integers only), written independently of the SDK."""
    return json.dumps(event, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def make_event(seq: int) -> Dict[str, Any]:
    return {
        "event_id": f"evt_{seq:06d}",
        "seq": seq,
        "at": f"2026-11-24T10:00:{seq % 60:02d}.000Z",
        "actor": {"type": "agent", "agent_id": "agt_scheduler"} if seq % 3 else {"type": "system"},
        "action": "booking.committed" if seq % 2 else "booking.rejected",
        "resource": f"bkg_{seq}",
        "request": {"method": "POST", "path": "/v1/bookings", "request_id": f"req_{seq}"},
        "outcome": {"status": "COMMITTED", "note": "Café ☕", "booking": {"start": 1795510095000 + seq, "x": None}},
    }


class AuditLog:
    def __init__(self, size: int, origin: str = "agentdraft.test/ws_1", key_name: str = "agentdraft.test") -> None:
        self.origin = origin
        self.key_name = key_name
        self.private_key = Ed25519PrivateKey.generate()
        self.public_key = self.private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        self.events: List[Dict[str, Any]] = [make_event(seq) for seq in range(size)]
        #: What is hashed; tests tamper with ``events`` (what is served) after the fact.
        self.entries: List[bytes] = [jcs(event) for event in self.events]

    @property
    def verifier_key(self) -> str:
        material = b64(b"\x01" + self.public_key)
        return f"{self.key_name}+{self.key_id.hex()}+{material}"

    @property
    def key_id(self) -> bytes:
        return hashlib.sha256(self.key_name.encode() + b"\n\x01" + self.public_key).digest()[:4]

    def append(self, count: int) -> None:
        for _ in range(count):
            event = make_event(len(self.events))
            self.events.append(event)
            self.entries.append(jcs(event))

    def root(self, size: int) -> bytes:
        return ref.mth(self.entries[:size])

    def note(self, size: int, key: Optional[Ed25519PrivateKey] = None, root: Optional[bytes] = None) -> str:
        text = f"{self.origin}\n{size}\n{b64(root if root is not None else self.root(size))}\n"
        signer = key or self.private_key
        signature = signer.sign(text.encode())
        return f"{text}\n\u2014 {self.key_name} {b64(self.key_id + signature)}\n"

    def checkpoint(self, size: Optional[int] = None) -> Dict[str, Any]:
        size = len(self.entries) if size is None else size
        return {
            "origin": self.origin,
            "tree_size": size,
            "root_hash": b64(self.root(size)),
            "checkpoint": self.note(size),
            "verifier_key": self.verifier_key,
        }

    def inclusion(self, event_id: str, size: Optional[int] = None) -> Dict[str, Any]:
        size = len(self.entries) if size is None else size
        index = next(i for i, event in enumerate(self.events) if event["event_id"] == event_id)
        return {
            "event_id": event_id,
            "leaf_index": index,
            "tree_size": size,
            "leaf_hash": b64(hashlib.sha256(b"\x00" + self.entries[index]).digest()),
            "proof": [b64(h) for h in ref.path(index, self.entries[:size])],
            "event": copy.deepcopy(self.events[index]),
        }

    def consistency(self, from_size: int, to_size: Optional[int] = None) -> Dict[str, Any]:
        to_size = len(self.entries) if to_size is None else to_size
        proof = ref.consistency(from_size, self.entries[:to_size])
        return {"from_size": from_size, "to_size": to_size, "proof": [b64(h) for h in proof]}
