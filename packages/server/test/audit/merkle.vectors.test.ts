/**
 * Known-answer tests for the RFC 6962 Merkle tree.
 *
 * Constants are copied from the Certificate Transparency reference tests as
 * carried on in github.com/transparency-dev/merkle:
 *  - rfc6962/rfc6962_test.go   (hasher vectors)
 *  - proof/verify_test.go      (the 8 reference leaves, their roots for sizes
 *                               1..8, inclusionProofs and consistencyProofs;
 *                               leaf numbers there are 1-based)
 *  - proof/proof_test.go       (proof shapes as node IDs, restated here as
 *                               leaf ranges [begin, end) of each proof element)
 * The same numbers are in certificate-transparency-go merkletree tests and
 * the C++ CT merkle_tree_test.cc.
 */
import { describe, expect, it } from "vitest";
import { consistencyProof, emptyRoot, inclusionProof, leafHash, nodeHash, rootHash } from "../../src/audit/index.ts";
import vectors from "../../../../spec/vectors/rfc6962.json" with { type: "json" };
import { hex, mangledProofs, unhex, utf8 } from "./helpers.ts";
import { verifyConsistencyProof, verifyInclusionProof } from "../../../audit/src/index.ts";

// The CT known answers, shared by every suite (spec/vectors/rfc6962.json).
const EMPTY_TREE_HASH = vectors.empty_root;
/** Leaf inputs (hex) of the CT reference tree. */
const LEAF_INPUTS = vectors.leaf_inputs;
/** ROOTS[n - 1] is the root of the tree over the first n reference leaves. */
const ROOTS = vectors.roots;
/** inclusionProofs from verify_test.go; `leaf` is 1-based as there. */
const INCLUSION_PROOFS = vectors.inclusion_proofs.map((p) => ({ leaf: p.leaf_index + 1, size: p.tree_size, proof: p.proof }));
/** consistencyProofs from verify_test.go. */
const CONSISTENCY_PROOFS = vectors.consistency_proofs;

const leaves = LEAF_INPUTS.map((h) => leafHash(unhex(h)));

describe("RFC 6962 hashing (rfc6962_test.go)", () => {
  it("empty tree root is SHA-256 of the empty string", async () => {
    expect(hex(rootHash([]))).toBe(EMPTY_TREE_HASH);
    expect(hex(emptyRoot())).toBe(EMPTY_TREE_HASH);
    // Fresh copies: mutating one does not affect the next or the verifier.
    emptyRoot().fill(0);
    expect(hex(emptyRoot())).toBe(EMPTY_TREE_HASH);
  });

  it("leaf hash of the empty leaf differs from the empty root", async () => {
    expect(hex(leafHash(new Uint8Array(0)))).toBe(vectors.roots[0]);
  });

  it("leaf hash prefixes 0x00", async () => {
    expect(hex(leafHash(utf8(vectors.leaf_hash.input_utf8)))).toBe(vectors.leaf_hash.hash);
  });

  it("node hash prefixes 0x01", async () => {
    expect(hex(nodeHash(utf8(vectors.node_hash.left_utf8), utf8(vectors.node_hash.right_utf8)))).toBe(vectors.node_hash.hash);
  });

  it("node hashing is order-dependent and not a leaf hash of the concatenation", async () => {
    const a = leafHash(utf8("Hello"));
    const b = leafHash(utf8("World"));
    expect(hex(nodeHash(a, b))).not.toBe(hex(nodeHash(b, a)));
    expect(hex(nodeHash(a, b))).not.toBe(hex(leafHash(Buffer.concat([a, b]))));
  });
});

describe("CT reference tree (verify_test.go)", () => {
  it.each(ROOTS.map((root, i) => [i + 1, root] as const))("root of size %i", async (size, root) => {
    expect(hex(rootHash(leaves.slice(0, size)))).toBe(root);
  });

  it.each(INCLUSION_PROOFS)("inclusion proof for leaf $leaf of size $size", async ({ leaf, size, proof }) => {
    const index = leaf - 1;
    expect(inclusionProof(leaves, index, size).map(hex)).toEqual(proof);
    const root = unhex(ROOTS[size - 1]!);
    const proofBytes = proof.map(unhex);
    expect(await verifyInclusionProof(leaves[index]!, index, size, proofBytes, root)).toBe(true);

    // The probes verify_test.go's corruptInclusionProof applies.
    const someHash = unhex("abacaba000000000000000000000000000000000000000000060061e00123456");
    expect(await verifyInclusionProof(leaves[index]!, index - 1, size, proofBytes, root)).toBe(false);
    expect(await verifyInclusionProof(leaves[index]!, index + 1, size, proofBytes, root)).toBe(false);
    expect(await verifyInclusionProof(leaves[index]!, index ^ 2, size, proofBytes, root)).toBe(false);
    expect(await verifyInclusionProof(leaves[index]!, index, size * 2, proofBytes, root)).toBe(false);
    expect(await verifyInclusionProof(leaves[index]!, index, Math.floor(size / 2), proofBytes, root)).toBe(false);
    expect(await verifyInclusionProof(utf8("WrongLeaf"), index, size, proofBytes, root)).toBe(false);
    expect(await verifyInclusionProof(leaves[index]!, index, size, proofBytes, unhex(EMPTY_TREE_HASH))).toBe(false);
    expect(await verifyInclusionProof(leaves[index]!, index, size, proofBytes, someHash)).toBe(false);
    for (const [, mangled] of mangledProofs(proofBytes, someHash)) {
      expect(await verifyInclusionProof(leaves[index]!, index, size, mangled, root)).toBe(false);
    }
  });

  it.each(CONSISTENCY_PROOFS)("consistency proof $size1 -> $size2", async ({ size1, size2, proof }) => {
    expect(consistencyProof(leaves, size1, size2).map(hex)).toEqual(proof);
    const root1 = unhex(ROOTS[size1 - 1]!);
    const root2 = unhex(ROOTS[size2 - 1]!);
    const proofBytes = proof.map(unhex);
    expect(await verifyConsistencyProof(size1, size2, root1, root2, proofBytes)).toBe(true);
    if (proof.length === 0) return;

    // The probes verify_test.go's corruptConsistencyProof applies.
    expect(await verifyConsistencyProof(size1 - 1, size2, root1, root2, proofBytes)).toBe(false);
    expect(await verifyConsistencyProof(size1 + 1, size2, root1, root2, proofBytes)).toBe(false);
    expect(await verifyConsistencyProof(size1 ^ 2, size2, root1, root2, proofBytes)).toBe(false);
    expect(await verifyConsistencyProof(size1, size2 * 2, root1, root2, proofBytes)).toBe(false);
    expect(await verifyConsistencyProof(size1, Math.floor(size2 / 2), root1, root2, proofBytes)).toBe(false);
    expect(await verifyConsistencyProof(size1, size2, utf8("WrongRoot"), root2, proofBytes)).toBe(false);
    expect(await verifyConsistencyProof(size1, size2, root1, utf8("WrongRoot"), proofBytes)).toBe(false);
    expect(await verifyConsistencyProof(size1, size2, root2, root1, proofBytes)).toBe(false);
    for (const [, mangled] of mangledProofs(proofBytes, root1)) {
      expect(await verifyConsistencyProof(size1, size2, root1, root2, mangled)).toBe(false);
    }
    for (const [, mangled] of mangledProofs(proofBytes, root2)) {
      expect(await verifyConsistencyProof(size1, size2, root1, root2, mangled)).toBe(false);
    }
  });
});

describe("verifier edge cases (verify_test.go)", () => {
  const someHash = unhex("abacaba000000000000000000000000000000000000000000060061e00123456");
  const emptyTree = unhex(EMPTY_TREE_HASH);

  it("single-entry tree: root equals the leaf hash, proof is empty", async () => {
    const h = leafHash(utf8("data"));
    expect(hex(rootHash([h]))).toBe(hex(h));
    expect(await verifyInclusionProof(h, 0, 1, [], h)).toBe(true);
    expect(await verifyInclusionProof(h, 0, 1, [], new Uint8Array(0))).toBe(false);
    expect(await verifyInclusionProof(new Uint8Array(0), 0, 1, [], h)).toBe(false);
  });

  it.each([
    [0, 0],
    [0, 1],
    [1, 0],
    [2, 1],
  ])("inclusion with index %i size %i and no proof is rejected", async (index, size) => {
    expect(await verifyInclusionProof(someHash, index, size, [], new Uint8Array(0))).toBe(false);
    expect(await verifyInclusionProof(new Uint8Array(0), index, size, [], emptyTree)).toBe(false);
    expect(await verifyInclusionProof(someHash, index, size, [], emptyTree)).toBe(false);
  });

  it("consistency edge sizes", async () => {
    const r1 = leafHash(utf8("one"));
    const r2 = leafHash(utf8("two"));
    expect(await verifyConsistencyProof(0, 0, emptyTree, emptyTree, [])).toBe(true);
    expect(await verifyConsistencyProof(0, 0, emptyTree, r2, [])).toBe(false);
    expect(await verifyConsistencyProof(1, 1, r1, r1, [])).toBe(true);
    expect(await verifyConsistencyProof(1, 1, r1, r2, [])).toBe(false);
    // The empty tree is a prefix of every tree; its root must be the empty root.
    expect(await verifyConsistencyProof(0, 1, emptyTree, r2, [])).toBe(true);
    expect(await verifyConsistencyProof(0, 1, r1, r2, [])).toBe(false);
    // Time travel to the past.
    expect(await verifyConsistencyProof(1, 0, r1, r2, [])).toBe(false);
    expect(await verifyConsistencyProof(2, 1, r1, r2, [])).toBe(false);
    // Growing trees need a non-empty proof.
    expect(await verifyConsistencyProof(1, 2, r1, r2, [])).toBe(false);
    // Roots match but the proof is not empty.
    expect(await verifyConsistencyProof(0, 0, emptyTree, emptyTree, [emptyTree])).toBe(false);
    expect(await verifyConsistencyProof(0, 1, emptyTree, emptyTree, [emptyTree])).toBe(false);
    expect(await verifyConsistencyProof(1, 1, emptyTree, emptyTree, [emptyTree])).toBe(false);
  });

  it("rejects malformed numbers instead of throwing", async () => {
    const h = leafHash(utf8("x"));
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53]) {
      expect(await verifyInclusionProof(h, bad, 1, [], h)).toBe(false);
      expect(await verifyInclusionProof(h, 0, bad, [], h)).toBe(false);
      expect(await verifyConsistencyProof(bad, 1, h, h, [])).toBe(false);
      expect(await verifyConsistencyProof(1, bad, h, h, [h])).toBe(false);
    }
  });
});

describe("proof shapes (proof_test.go), as leaf ranges", () => {
  // A larger tree so that the sizes used in proof_test.go fit.
  const big = Array.from({ length: 100 }, (_, i) => leafHash(utf8(`d${i}`)));
  const range = ([begin, end]: readonly [number, number]) => hex(rootHash(big.slice(begin, end)));

  const inclusion: { size: number; index: number; ranges: [number, number][] }[] = [
    { size: 2, index: 0, ranges: [[1, 2]] },
    { size: 2, index: 1, ranges: [[0, 1]] },
    {
      size: 3,
      index: 1,
      ranges: [
        [0, 1],
        [2, 3],
      ],
    },
    {
      size: 7,
      index: 0,
      ranges: [
        [1, 2],
        [2, 4],
        [4, 7],
      ],
    }, // b h l
    {
      size: 7,
      index: 3,
      ranges: [
        [2, 3],
        [0, 2],
        [4, 7],
      ],
    }, // c g l
    {
      size: 7,
      index: 4,
      ranges: [
        [5, 6],
        [6, 7],
        [0, 4],
      ],
    }, // f j k
    {
      size: 7,
      index: 6,
      ranges: [
        [4, 6],
        [0, 4],
      ],
    }, // i k
    {
      size: 5,
      index: 3,
      ranges: [
        [2, 3],
        [0, 2],
        [4, 5],
      ],
    }, // c g e
    {
      size: 6,
      index: 4,
      ranges: [
        [5, 6],
        [0, 4],
      ],
    }, // f k
    {
      size: 15,
      index: 10,
      ranges: [
        [11, 12],
        [8, 10],
        [12, 15],
        [0, 8],
      ],
    },
    {
      size: 31,
      index: 24,
      ranges: [
        [25, 26],
        [26, 28],
        [28, 31],
        [16, 24],
        [0, 16],
      ],
    },
    {
      size: 95,
      index: 81,
      ranges: [
        [80, 81],
        [82, 84],
        [84, 88],
        [88, 95],
        [64, 80],
        [0, 64],
      ],
    },
  ];

  const consistency: { size1: number; size2: number; ranges: [number, number][] }[] = [
    { size1: 1, size2: 2, ranges: [[1, 2]] },
    {
      size1: 1,
      size2: 6,
      ranges: [
        [1, 2],
        [2, 4],
        [4, 6],
      ],
    },
    { size1: 2, size2: 3, ranges: [[2, 3]] },
    {
      size1: 2,
      size2: 8,
      ranges: [
        [2, 4],
        [4, 8],
      ],
    },
    {
      size1: 3,
      size2: 7,
      ranges: [
        [2, 3],
        [3, 4],
        [0, 2],
        [4, 7],
      ],
    },
    { size1: 4, size2: 7, ranges: [[4, 7]] },
    {
      size1: 5,
      size2: 7,
      ranges: [
        [4, 5],
        [5, 6],
        [6, 7],
        [0, 4],
      ],
    },
    {
      size1: 6,
      size2: 7,
      ranges: [
        [4, 6],
        [6, 7],
        [0, 4],
      ],
    },
    {
      size1: 7,
      size2: 8,
      ranges: [
        [6, 7],
        [7, 8],
        [4, 6],
        [0, 4],
      ],
    },
    {
      size1: 3,
      size2: 5,
      ranges: [
        [2, 3],
        [3, 4],
        [0, 2],
        [4, 5],
      ],
    },
    {
      size1: 1,
      size2: 7,
      ranges: [
        [1, 2],
        [2, 4],
        [4, 7],
      ],
    },
    {
      size1: 10,
      size2: 15,
      ranges: [
        [8, 10],
        [10, 12],
        [12, 15],
        [0, 8],
      ],
    },
    {
      size1: 24,
      size2: 31,
      ranges: [
        [16, 24],
        [24, 31],
        [0, 16],
      ],
    },
    {
      size1: 81,
      size2: 95,
      ranges: [
        [80, 81],
        [81, 82],
        [82, 84],
        [84, 88],
        [88, 95],
        [64, 80],
        [0, 64],
      ],
    },
  ];

  it.each(inclusion)("inclusion size $size index $index", async ({ size, index, ranges }) => {
    const proof = inclusionProof(big, index, size);
    expect(proof.map(hex)).toEqual(ranges.map(range));
    expect(await verifyInclusionProof(big[index]!, index, size, proof, rootHash(big.slice(0, size)))).toBe(true);
  });

  it.each(consistency)("consistency $size1 -> $size2", async ({ size1, size2, ranges }) => {
    const proof = consistencyProof(big, size1, size2);
    expect(proof.map(hex)).toEqual(ranges.map(range));
    const root1 = rootHash(big.slice(0, size1));
    const root2 = rootHash(big.slice(0, size2));
    expect(await verifyConsistencyProof(size1, size2, root1, root2, proof)).toBe(true);
  });

  it("same-size and from-empty consistency proofs are empty", async () => {
    for (const n of [0, 1, 2, 3, 4, 5, 7, 8]) expect(consistencyProof(big, n, n)).toEqual([]);
    expect(consistencyProof(big, 0, 9)).toEqual([]);
  });

  it("rejects impossible proof requests", async () => {
    expect(() => inclusionProof(big, 0, 0)).toThrow(RangeError);
    expect(() => inclusionProof(big, 1, 0)).toThrow(RangeError);
    expect(() => inclusionProof(big, 2, 1)).toThrow(RangeError);
    expect(() => inclusionProof(big, 8, 7)).toThrow(RangeError);
    expect(() => inclusionProof(big, -1, 7)).toThrow(RangeError);
    expect(() => inclusionProof(big, 0, 101)).toThrow(RangeError);
    expect(() => consistencyProof(big, 5, 0)).toThrow(RangeError);
    expect(() => consistencyProof(big, 9, 8)).toThrow(RangeError);
    expect(() => consistencyProof(big, 1, 101)).toThrow(RangeError);
    expect(() => rootHash([new Uint8Array(31)])).toThrow(TypeError);
  });
});

describe("scale", () => {
  it("hashes a 100k-leaf tree iteratively and proves inside it", async () => {
    const n = 100_000;
    const many = Array.from({ length: n }, (_, i) => leafHash(utf8(String(i))));
    const root = rootHash(many);
    for (const index of [0, 1, 65_535, 65_536, 77_777, n - 1]) {
      expect(await verifyInclusionProof(many[index]!, index, n, inclusionProof(many, index, n), root)).toBe(true);
    }
    for (const old of [1, 65_536, 77_777, n - 1]) {
      const oldRoot = rootHash(many.slice(0, old));
      expect(await verifyConsistencyProof(old, n, oldRoot, root, consistencyProof(many, old, n))).toBe(true);
    }
  });

  it("verifiers handle sizes beyond 2^32 without 32-bit overflow", async () => {
    // A tree of 2^33 leaves whose left 2^32 subtree and right 2^32 subtree are
    // "known" hashes: inclusion of leaf 2^32 - 1 and 2^32 in a perfect tree.
    // Path: 32 levels inside its half (synthetic), then the other half.
    const leaf = leafHash(utf8("x"));
    const siblings = Array.from({ length: 33 }, (_, i) => leafHash(utf8(`s${i}`)));
    // Index 2^33 - 1 (rightmost leaf): every sibling is on the left.
    let r = leaf;
    for (const s of siblings) r = nodeHash(s, r);
    const size = 2 ** 33;
    expect(await verifyInclusionProof(leaf, size - 1, size, siblings, r)).toBe(true);
    expect(await verifyInclusionProof(leaf, size - 2, size, siblings, r)).toBe(false);
    // Index 0: every sibling is on the right.
    let l = leaf;
    for (const s of siblings) l = nodeHash(l, s);
    expect(await verifyInclusionProof(leaf, 0, size, siblings, l)).toBe(true);
    expect(await verifyInclusionProof(leaf, 2 ** 32, size, siblings, l)).toBe(false);
  });
});
