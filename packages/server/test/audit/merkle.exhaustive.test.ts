/**
 * Exhaustive cross-check of the server's proof generation against the SDK's verifier (the one
 * TypeScript verifier) for every tree size 1..64: all inclusion proofs and all consistency proofs
 * (0 <= old <= new) verify, and up to size 16 every single-byte corruption of a proof, leaf or
 * root, every other index, and every other size fails.
 *
 * About sizes: an RFC 6962 root commits to the tree, not to a size label, so
 * a verifier cannot tell "proof for size n against root(n)" from "the same
 * proof claimed for size n' against root(n)" when the path shapes coincide
 * (e.g. leaf 0 of size 8 vs size 5). The size is authenticated by the signed
 * checkpoint that carries the root. The meaningful attack is a proof checked
 * against a *different checkpoint* (size n', root(n')), and that must always
 * fail; that is what is asserted here, plus the n*2 and n/2 probes the CT
 * reference tests apply with the original root.
 */
import { describe, expect, it } from "vitest";
import { consistencyProof, emptyRoot, inclusionProof, leafHash, nodeHash, rootHash } from "../../src/audit/index.ts";
import { corruptedProofs, flipBit, hex, mangledProofs, utf8 } from "./helpers.ts";
import { verifyConsistencyProof, verifyInclusionProof } from "../../../audit/src/index.ts";

const MAX = 64;
/** Every positive proof up to MAX verifies; the rejection matrix (millions of probes at 64) runs up to this size. */
const NEGATIVE_MAX = 16;
const leaves = Array.from({ length: MAX }, (_, i) => leafHash(utf8(`leaf ${i}`)));
/** roots[n] = root of the first n leaves (roots[0] = empty root). */
const roots = Array.from({ length: MAX + 1 }, (_, n) => rootHash(leaves.slice(0, n)));
const otherHash = leafHash(utf8("not in the tree"));

/** Reference MTH straight from RFC 6962 §2.1 (recursive), to check rootHash. */
function referenceMth(d: readonly Uint8Array[]): string {
  if (d.length === 0) return hex(emptyRoot());
  if (d.length === 1) return hex(d[0]!);
  let k = 1;
  while (k * 2 < d.length) k *= 2;
  return hex(nodeHash(Buffer.from(referenceMth(d.slice(0, k)), "hex"), Buffer.from(referenceMth(d.slice(k)), "hex")));
}

/**
 * Millions of checks: collect unexpected acceptances and assert once, rather
 * than paying for an `expect` per probe.
 */
function collector() {
  const state = { accepted: [] as string[], probes: 0 };
  const reject = (ok: boolean, label: string): void => {
    state.probes++;
    if (ok) state.accepted.push(label);
  };
  return { state, reject };
}

describe("exhaustive sizes 1..64", () => {
  it("rootHash equals the recursive RFC 6962 definition for every size", async () => {
    for (let n = 0; n <= MAX; n++) expect(hex(roots[n]!), `size ${n}`).toBe(referenceMth(leaves.slice(0, n)));
    // All roots are distinct.
    expect(new Set(roots.map(hex)).size).toBe(MAX + 1);
  });

  it("every inclusion proof verifies, and only for its own leaf, index and checkpoint", async () => {
    const { state, reject } = collector();
    let checked = 0;
    for (let n = 1; n <= MAX; n++) {
      for (let i = 0; i < n; i++) {
        const proof = inclusionProof(leaves, i, n);
        const leaf = leaves[i]!;
        const root = roots[n]!;
        expect(await verifyInclusionProof(leaf, i, n, proof, root), `leaf ${i} size ${n}`).toBe(true);
        // The proof does not depend on leaves beyond the tree size.
        expect(inclusionProof(leaves.slice(0, n), i, n).map(hex)).toEqual(proof.map(hex));
        checked++;
        if (n > NEGATIVE_MAX) continue; // the SDK verifier is async (WebCrypto): the full matrix up to NEGATIVE_MAX

        // Any other index (in range or not).
        for (let j = 0; j <= n; j++) {
          if (j !== i) reject(await verifyInclusionProof(leaf, j, n, proof, root), `index ${j} for ${i}/${n}`);
        }
        // Any other leaf of the tree at this index.
        for (let j = 0; j < n; j++) {
          if (j !== i) reject(await verifyInclusionProof(leaves[j]!, i, n, proof, root), `leaf ${j} as ${i}/${n}`);
        }
        // Any other checkpoint (size, root) — the proof is bound to its tree head.
        for (let s = 1; s <= MAX; s++) {
          if (s !== n) reject(await verifyInclusionProof(leaf, i, s, proof, roots[s]!), `size ${s} for ${i}/${n}`);
        }
        reject(await verifyInclusionProof(leaf, i, n * 2, proof, root), `size*2 for ${i}/${n}`);
        if (Math.floor(n / 2) !== n) reject(await verifyInclusionProof(leaf, i, Math.floor(n / 2), proof, root), `size/2 for ${i}/${n}`);

        // Every single-byte corruption of the leaf, the root and each proof element.
        for (let at = 0; at < 32; at++) {
          reject(await verifyInclusionProof(flipBit(leaf, at), i, n, proof, root), `leaf byte ${at} for ${i}/${n}`);
          reject(await verifyInclusionProof(leaf, i, n, proof, flipBit(root, at)), `root byte ${at} for ${i}/${n}`);
        }
        for (const bad of corruptedProofs(proof))
          reject(await verifyInclusionProof(leaf, i, n, bad, root), `corrupted proof for ${i}/${n}`);
        for (const [what, bad] of mangledProofs(proof, otherHash)) {
          reject(await verifyInclusionProof(leaf, i, n, bad, root), `${what} for ${i}/${n}`);
        }
      }
    }
    expect(state.accepted).toEqual([]);
    expect(checked).toBe((MAX * (MAX + 1)) / 2);
    expect(state.probes).toBeGreaterThan(10_000);
  });

  it("every consistency proof verifies, and only for its own pair of checkpoints", async () => {
    const { state, reject } = collector();
    let checked = 0;
    for (let n = 1; n <= MAX; n++) {
      for (let m = 0; m <= n; m++) {
        const proof = consistencyProof(leaves, m, n);
        const oldRoot = roots[m]!;
        const newRoot = roots[n]!;
        expect(await verifyConsistencyProof(m, n, oldRoot, newRoot, proof), `${m} -> ${n}`).toBe(true);
        expect(consistencyProof(leaves.slice(0, n), m, n).map(hex)).toEqual(proof.map(hex));
        checked++;
        if (n > NEGATIVE_MAX) continue; // the SDK verifier is async (WebCrypto): the full matrix up to NEGATIVE_MAX
        if (m === n || m === 0) {
          // Trivial proofs: empty, and any non-empty proof is rejected.
          expect(proof).toEqual([]);
          reject(await verifyConsistencyProof(m, n, oldRoot, newRoot, [otherHash]), `non-empty trivial proof ${m}->${n}`);
          if (m === 0 && n > 0) reject(await verifyConsistencyProof(0, n, otherHash, newRoot, []), `non-empty old root 0->${n}`);
          if (m === n) reject(await verifyConsistencyProof(m, n, oldRoot, otherHash, []), `different roots ${m}->${n}`);
          continue;
        }

        // Any other old size, with the same roots or with that size's own root.
        for (let m2 = 0; m2 <= n; m2++) {
          if (m2 === m) continue;
          reject(await verifyConsistencyProof(m2, n, oldRoot, newRoot, proof), `old ${m2} for ${m}->${n}`);
          reject(await verifyConsistencyProof(m2, n, roots[m2]!, newRoot, proof), `checkpoint ${m2} for ${m}->${n}`);
        }
        // Any other new checkpoint (size, root).
        for (let n2 = m; n2 <= MAX; n2++) {
          if (n2 !== n) reject(await verifyConsistencyProof(m, n2, oldRoot, roots[n2]!, proof), `new ${n2} for ${m}->${n}`);
        }
        reject(await verifyConsistencyProof(m, n * 2, oldRoot, newRoot, proof), `new*2 for ${m}->${n}`);
        reject(await verifyConsistencyProof(m, Math.floor(n / 2), oldRoot, newRoot, proof), `new/2 for ${m}->${n}`);
        // Any other old root from the same log, swapped roots.
        for (let k = 0; k <= MAX; k++) {
          if (k !== m) reject(await verifyConsistencyProof(m, n, roots[k]!, newRoot, proof), `old root ${k} for ${m}->${n}`);
        }
        reject(await verifyConsistencyProof(m, n, newRoot, oldRoot, proof), `swapped roots ${m}->${n}`);

        // Every single-byte corruption of either root and of each proof element.
        for (let at = 0; at < 32; at++) {
          reject(await verifyConsistencyProof(m, n, flipBit(oldRoot, at), newRoot, proof), `old root byte ${at} ${m}->${n}`);
          reject(await verifyConsistencyProof(m, n, oldRoot, flipBit(newRoot, at), proof), `new root byte ${at} ${m}->${n}`);
        }
        for (const bad of corruptedProofs(proof))
          reject(await verifyConsistencyProof(m, n, oldRoot, newRoot, bad), `corrupted proof ${m}->${n}`);
        for (const [what, bad] of mangledProofs(proof, otherHash)) {
          reject(await verifyConsistencyProof(m, n, oldRoot, newRoot, bad), `${what} for ${m}->${n}`);
        }
        for (const [what, bad] of mangledProofs(proof, oldRoot)) {
          reject(await verifyConsistencyProof(m, n, oldRoot, newRoot, bad), `${what} (old root) for ${m}->${n}`);
        }
      }
    }
    expect(state.accepted).toEqual([]);
    expect(checked).toBe((MAX * (MAX + 1)) / 2 + MAX);
    expect(state.probes).toBeGreaterThan(40_000);
  });
});
