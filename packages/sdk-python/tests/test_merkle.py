"""RFC 6962 hashing and RFC 9162 proof verification (agentdraft.verify.merkle)."""

from __future__ import annotations

import hashlib
from typing import List

import pytest
from support import merkle_reference as ref

from agentdraft.verify import EMPTY_ROOT, leaf_hash, node_hash, root_hash, verify_consistency, verify_inclusion

CT_LEAVES = [
    bytes.fromhex(h)
    for h in ["", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"]
]
CT_ROOTS = [
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
]
HASHES = [leaf_hash(leaf) for leaf in CT_LEAVES]


def unhex(items: List[str]) -> List[bytes]:
    return [bytes.fromhex(item) for item in items]


def test_rfc6962_root_of_the_eight_ct_leaves() -> None:
    assert root_hash(HASHES).hex() == "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"


@pytest.mark.parametrize("size", range(1, 9))
def test_rfc6962_roots_of_every_prefix(size: int) -> None:
    assert root_hash(HASHES[:size]).hex() == CT_ROOTS[size - 1]
    assert ref.mth(CT_LEAVES[:size]).hex() == CT_ROOTS[size - 1]


def test_primitives() -> None:
    assert EMPTY_ROOT == hashlib.sha256(b"").digest() == root_hash([])
    assert leaf_hash(b"L123456").hex() == "395aa064aa4c29f7010acfe3f25db9485bbd4b91897b6ad7ad547639252b4d56"
    assert node_hash(b"a" * 32, b"b" * 32) == hashlib.sha256(b"\x01" + b"a" * 32 + b"b" * 32).digest()


# Proofs from the CT reference's verify_test.go (leaf indexes 1-based there, 0-based here).
INCLUSION = [
    (0, 1, []),
    (0, 8, ["96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"]),
    (5, 8, ["bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"]),
    (2, 3, ["fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"]),
    (1, 5, ["6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"]),
]  # fmt: skip
CONSISTENCY = [
    (1, 1, []),
    (1, 8, ["96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"]),
    (6, 8, ["0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"]),
    (2, 5, ["5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"]),
    (6, 7, ["0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"]),
]  # fmt: skip


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
