"""An independent RFC 6962 reference: tree hash and proofs straight from the RFC's recursive
definitions (§2.1, §2.1.1 PATH, §2.1.2 SUBPROOF), used to build logs the SDK must verify."""

from __future__ import annotations

import hashlib
from typing import List, Sequence


def _k(n: int) -> int:
    """The largest power of two smaller than n."""
    k = 1
    while k * 2 < n:
        k *= 2
    return k


def mth(entries: Sequence[bytes]) -> bytes:
    n = len(entries)
    if n == 0:
        return hashlib.sha256(b"").digest()
    if n == 1:
        return hashlib.sha256(b"\x00" + entries[0]).digest()
    k = _k(n)
    return hashlib.sha256(b"\x01" + mth(entries[:k]) + mth(entries[k:])).digest()


def path(m: int, entries: Sequence[bytes]) -> List[bytes]:
    n = len(entries)
    if n == 1:
        return []
    k = _k(n)
    if m < k:
        return [*path(m, entries[:k]), mth(entries[k:])]
    return [*path(m - k, entries[k:]), mth(entries[:k])]


def _subproof(m: int, entries: Sequence[bytes], complete: bool) -> List[bytes]:
    n = len(entries)
    if m == n:
        return [] if complete else [mth(entries)]
    k = _k(n)
    if m <= k:
        return [*_subproof(m, entries[:k], complete), mth(entries[k:])]
    return [*_subproof(m - k, entries[k:], False), mth(entries[:k])]


def consistency(m: int, entries: Sequence[bytes]) -> List[bytes]:
    """PROOF(m, D[n]); empty for m == 0 or m == n."""
    if m == 0 or m == len(entries):
        return []
    return _subproof(m, entries, True)
