"""RFC 6962 / RFC 9162 Merkle tree hashing and proof verification, on the standard library only."""

from __future__ import annotations

import hashlib
from typing import Any, Sequence

#: Length in bytes of every hash.
HASH_SIZE = 32
#: Root of the empty tree: SHA-256("").
EMPTY_ROOT = hashlib.sha256(b"").digest()


def leaf_hash(data: bytes) -> bytes:
    """SHA-256(0x00 ‖ data)."""
    return hashlib.sha256(b"\x00" + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    """SHA-256(0x01 ‖ left ‖ right)."""
    return hashlib.sha256(b"\x01" + left + right).digest()


def root_hash(leaf_hashes: Sequence[bytes]) -> bytes:
    """Merkle Tree Hash of already leaf-hashed entries (left-balanced, RFC 6962 §2.1)."""
    if not leaf_hashes:
        return EMPTY_ROOT
    level = list(leaf_hashes)
    while len(level) > 1:
        # Pairing neighbours and promoting an odd last node gives the RFC's left-balanced tree.
        paired = [node_hash(level[i], level[i + 1]) for i in range(0, len(level) - 1, 2)]
        if len(level) % 2:
            paired.append(level[-1])
        level = paired
    return level[0]


def _is_hash(value: Any) -> bool:
    return isinstance(value, bytes) and len(value) == HASH_SIZE


def _is_size(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def verify_inclusion(leaf: bytes, index: int, size: int, proof: Sequence[bytes], root: bytes) -> bool:
    """Whether ``leaf`` is entry ``index`` of the tree of ``size`` entries with root ``root``
    (RFC 9162 §2.1.3.2). Malformed input gives False, never an exception."""
    if not (_is_size(index) and _is_size(size)) or index >= size:
        return False
    if not (_is_hash(leaf) and _is_hash(root)) or not all(_is_hash(p) for p in proof):
        return False
    fn, sn, result = index, size - 1, leaf
    for sibling in proof:
        if sn == 0:
            return False
        if fn % 2 == 1 or fn == sn:
            result = node_hash(sibling, result)
            while fn % 2 == 0 and fn != 0:
                fn //= 2
                sn //= 2
        else:
            result = node_hash(result, sibling)
        fn //= 2
        sn //= 2
    return sn == 0 and result == root


def verify_consistency(old_size: int, new_size: int, old_root: bytes, new_root: bytes, proof: Sequence[bytes]) -> bool:
    """Whether the tree of ``old_size`` entries (root ``old_root``) is a prefix of the tree of
    ``new_size`` entries (root ``new_root``), by RFC 9162 §2.1.4.2. Equal sizes need equal roots and an
    empty proof; the empty tree is a prefix of every tree."""
    if not (_is_size(old_size) and _is_size(new_size)) or old_size > new_size:
        return False
    if not (_is_hash(old_root) and _is_hash(new_root)) or not all(_is_hash(p) for p in proof):
        return False
    if old_size == new_size:
        return not proof and old_root == new_root
    if old_size == 0:
        return not proof and old_root == EMPTY_ROOT
    if not proof:
        return False
    path = [old_root, *proof] if old_size & (old_size - 1) == 0 else list(proof)
    fn, sn = old_size - 1, new_size - 1
    while fn % 2 == 1:
        fn //= 2
        sn //= 2
    old_result = new_result = path[0]
    for sibling in path[1:]:
        if sn == 0:
            return False
        if fn % 2 == 1 or fn == sn:
            old_result = node_hash(sibling, old_result)
            new_result = node_hash(sibling, new_result)
            while fn % 2 == 0 and fn != 0:
                fn //= 2
                sn //= 2
        else:
            new_result = node_hash(new_result, sibling)
        fn //= 2
        sn //= 2
    return sn == 0 and old_result == old_root and new_result == new_root
