"""RFC 6962 hashing and RFC 9162 proof verification (agentdraft.verify.merkle)."""

from __future__ import annotations

import hashlib
import json
from typing import List

import pytest
from support import merkle_reference as ref
from support.paths import REPO_ROOT

from agentdraft.verify import EMPTY_ROOT, leaf_hash, node_hash, root_hash, verify_consistency, verify_inclusion

# The Certificate Transparency test vectors, shared by every suite.
VECTORS = json.loads((REPO_ROOT / "spec" / "vectors" / "rfc6962.json").read_text(encoding="utf-8"))
CT_LEAVES = [bytes.fromhex(h) for h in VECTORS["leaf_inputs"]]
CT_ROOTS: List[str] = VECTORS["roots"]
HASHES = [leaf_hash(leaf) for leaf in CT_LEAVES]


def unhex(items: List[str]) -> List[bytes]:
    return [bytes.fromhex(item) for item in items]


def test_rfc6962_root_of_the_eight_ct_leaves() -> None:
    assert root_hash(HASHES).hex() == CT_ROOTS[7]


@pytest.mark.parametrize("size", range(1, 9))
def test_rfc6962_roots_of_every_prefix(size: int) -> None:
    assert root_hash(HASHES[:size]).hex() == CT_ROOTS[size - 1]
    assert ref.mth(CT_LEAVES[:size]).hex() == CT_ROOTS[size - 1]


def test_primitives() -> None:
    assert EMPTY_ROOT == hashlib.sha256(b"").digest() == root_hash([])
    assert leaf_hash(VECTORS["leaf_hash"]["input_utf8"].encode()).hex() == VECTORS["leaf_hash"]["hash"]
    assert node_hash(b"a" * 32, b"b" * 32) == hashlib.sha256(b"\x01" + b"a" * 32 + b"b" * 32).digest()


# Proofs from the CT reference's verify_test.go (leaf indexes 0-based in the vectors file).
INCLUSION = [(p["leaf_index"], p["tree_size"], p["proof"]) for p in VECTORS["inclusion_proofs"]]
CONSISTENCY = [(p["size1"], p["size2"], p["proof"]) for p in VECTORS["consistency_proofs"]]


@pytest.mark.parametrize(("index", "size", "proof"), INCLUSION)
def test_ct_inclusion_vectors(index: int, size: int, proof: List[str]) -> None:
    root = bytes.fromhex(CT_ROOTS[size - 1])
    assert verify_inclusion(HASHES[index], index, size, unhex(proof), root)
    assert ref.path(index, CT_LEAVES[:size]) == unhex(proof)
    assert not verify_inclusion(HASHES[index], index + 1, size, unhex(proof), root)
    assert not verify_inclusion(HASHES[index], index, size, unhex(proof), bytes(32))


@pytest.mark.parametrize(("old", "new", "proof"), CONSISTENCY)
def test_ct_consistency_vectors(old: int, new: int, proof: List[str]) -> None:
    old_root, new_root = bytes.fromhex(CT_ROOTS[old - 1]), bytes.fromhex(CT_ROOTS[new - 1])
    assert verify_consistency(old, new, old_root, new_root, unhex(proof))
    assert ref.consistency(old, CT_LEAVES[:new]) == unhex(proof)
    if old != new:
        assert not verify_consistency(old, new, new_root, old_root, unhex(proof))


def test_every_proof_of_small_trees_verifies_and_any_change_breaks_it() -> None:
    entries = [f"entry {i}".encode() for i in range(17)]
    hashes = [leaf_hash(e) for e in entries]
    for size in range(1, len(entries) + 1):
        root = root_hash(hashes[:size])
        assert root == ref.mth(entries[:size])
        for index in range(size):
            proof = ref.path(index, entries[:size])
            assert verify_inclusion(hashes[index], index, size, proof, root)
            other = (index + 1) % size
            if other != index:
                assert not verify_inclusion(hashes[other], index, size, proof, root)
            for position in range(len(proof)):
                broken = list(proof)
                broken[position] = bytes([broken[position][0] ^ 1]) + broken[position][1:]
                assert not verify_inclusion(hashes[index], index, size, broken, root)
            assert not verify_inclusion(hashes[index], index, size, [*proof, root], root)
        for old in range(0, size + 1):
            old_root = root_hash(hashes[:old])
            proof = ref.consistency(old, entries[:size])
            assert verify_consistency(old, size, old_root, root, proof)
            if 0 < old < size:
                assert not verify_consistency(old, size, old_root, root, proof[:-1])
                reordered = [*hashes[:old]]
                reordered[0], reordered[-1] = reordered[-1], reordered[0]
                if old > 1:
                    assert not verify_consistency(old, size, root_hash(reordered), root, proof)


@pytest.mark.parametrize(
    "args",
    [
        (b"x", 0, 1, [], b"y" * 32),  # leaf hash of the wrong length
        (b"x" * 32, -1, 1, [], b"x" * 32),
        (b"x" * 32, 1, 1, [], b"x" * 32),  # index outside the tree
        (b"x" * 32, 0, 1, [b"short"], b"x" * 32),
    ],
)
def test_malformed_inclusion_input_is_false_not_an_exception(args: tuple) -> None:  # type: ignore[type-arg]
    assert verify_inclusion(*args) is False


def test_consistency_edge_cases() -> None:
    root = root_hash(HASHES)
    assert verify_consistency(0, 8, EMPTY_ROOT, root, [])
    assert not verify_consistency(0, 8, root, root, [])
    assert not verify_consistency(8, 8, root, root, [root])
    assert not verify_consistency(8, 1, root, root, [])
    assert not verify_consistency(3, 8, root_hash(HASHES[:3]), root, [])
