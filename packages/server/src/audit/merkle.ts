/**
 * RFC 6962 Merkle tree hashing (the hash scheme Certificate Transparency and
 * C2SP tlog use), plus inclusion and consistency proof generation. Verification is the SDKs'
 * (packages/sdk/src/audit, packages/sdk-python's agentdraft.verify): the server only proves.
 *
 * - leaf hash  = SHA-256(0x00 ‖ data)
 * - node hash  = SHA-256(0x01 ‖ left ‖ right)
 * - empty tree = SHA-256("")
 *
 * Proof generation follows RFC 6962 §2.1.1 (audit paths) and §2.1.2
 * (consistency proofs).
 *
 * Everything here is pure: no I/O, no clock. Proof generators take the full
 * array of leaf hashes (the store hands them over) and run in O(n) hashing
 * with O(log n) stack depth. Tree sizes and indexes are plain numbers and
 * must be non-negative safe integers; no 32-bit bitwise operators, so sizes up
 * to 2^53 - 1 are handled correctly.
 *
 * Hashes are returned as Buffers (Uint8Array subclass), always fresh copies.
 */
import { hash } from "node:crypto";

/** Length in bytes of every hash this module produces or accepts. */
export const HASH_SIZE = 32;

const LEAF_PREFIX = Uint8Array.of(0x00);
const NODE_PREFIX = Uint8Array.of(0x01);

function sha256(...parts: Uint8Array[]): Uint8Array {
  const data = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  return hash("sha256", data, "buffer");
}

/** SHA-256 of the empty string: the root of the empty tree (kept private so nobody can mutate it). */
const EMPTY_ROOT: Uint8Array = sha256(new Uint8Array(0));

/** Root hash of the empty tree, SHA-256(""). Returns a fresh copy. */
export function emptyRoot(): Uint8Array {
  return Buffer.from(EMPTY_ROOT);
}

/** RFC 6962 leaf hash: SHA-256(0x00 ‖ data). */
export function leafHash(data: Uint8Array): Uint8Array {
  return sha256(LEAF_PREFIX, data);
}

/** RFC 6962 interior node hash: SHA-256(0x01 ‖ left ‖ right). */
export function nodeHash(left: Uint8Array, right: Uint8Array): Uint8Array {
  return sha256(NODE_PREFIX, left, right);
}

/** Plain (not constant-time) byte equality; fine for public hashes. */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function isSize(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}

function isHash(h: unknown): h is Uint8Array {
  return h instanceof Uint8Array && h.length === HASH_SIZE;
}

/** Largest power of two strictly less than n (n >= 2). */
function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * MTH(D[start:end]) over already-hashed leaves, computed bottom-up: pair
 * adjacent nodes and promote a trailing odd node unchanged, which yields
 * exactly the left-balanced RFC 6962 tree. Iterative, O(end - start).
 */
function subtreeRoot(leaves: readonly Uint8Array[], start: number, end: number): Uint8Array {
  const n = end - start;
  if (n === 0) return emptyRoot();
  if (n === 1) return Buffer.from(leaves[start]!); // copy: never alias caller-owned buffers
  // First level reads straight from `leaves` to avoid copying the input.
  let level: Uint8Array[] = new Array<Uint8Array>(Math.ceil(n / 2));
  for (let i = 0, j = start; j < end; i++, j += 2) {
    level[i] = j + 1 < end ? nodeHash(leaves[j]!, leaves[j + 1]!) : leaves[j]!;
  }
  while (level.length > 1) {
    const next: Uint8Array[] = new Array<Uint8Array>(Math.ceil(level.length / 2));
    for (let i = 0, j = 0; j < level.length; i++, j += 2) {
      next[i] = j + 1 < level.length ? nodeHash(level[j]!, level[j + 1]!) : level[j]!;
    }
    level = next;
  }
  return level[0]!;
}

function checkLeaves(leafHashes: readonly Uint8Array[], size: number): void {
  if (!isSize(size)) throw new RangeError(`tree size must be a non-negative safe integer, got ${size}`);
  if (size > leafHashes.length) {
    throw new RangeError(`tree size ${size} exceeds the ${leafHashes.length} leaf hashes supplied`);
  }
  for (let i = 0; i < size; i++) {
    if (!isHash(leafHashes[i])) throw new TypeError(`leaf hash ${i} is not a ${HASH_SIZE}-byte Uint8Array`);
  }
}

/**
 * Merkle Tree Hash (RFC 6962 §2.1) of a list of leaf hashes (already
 * leaf-hashed with {@link leafHash}). The empty list hashes to SHA-256("").
 */
export function rootHash(leafHashes: readonly Uint8Array[]): Uint8Array {
  checkLeaves(leafHashes, leafHashes.length);
  return subtreeRoot(leafHashes, 0, leafHashes.length);
}

/**
 * Inclusion proof (audit path, RFC 6962 §2.1.1) for the leaf at `index` in
 * the tree formed by the first `size` leaf hashes. Ordered from the leaf
 * upwards, as RFC 9162 verification expects.
 */
export function inclusionProof(leafHashes: readonly Uint8Array[], index: number, size: number): Uint8Array[] {
  checkLeaves(leafHashes, size);
  if (!isSize(index) || index >= size) {
    throw new RangeError(`leaf index ${index} is outside a tree of size ${size}`);
  }
  // PATH(m, D[n]) recursion unrolled top-down; the siblings it meets are
  // collected root-first and reversed at the end.
  const path: Uint8Array[] = [];
  let start = 0;
  let end = size;
  let m = index;
  while (end - start > 1) {
    const k = splitPoint(end - start);
    if (m < k) {
      path.push(subtreeRoot(leafHashes, start + k, end));
      end = start + k;
    } else {
      path.push(subtreeRoot(leafHashes, start, start + k));
      start += k;
      m -= k;
    }
  }
  return path.reverse();
}

/**
 * Consistency proof (RFC 6962 §2.1.2) that the tree of size `oldSize` is a
 * prefix of the tree of size `newSize`, both built from `leafHashes`.
 * Empty when oldSize is 0 or equals newSize.
 */
export function consistencyProof(leafHashes: readonly Uint8Array[], oldSize: number, newSize: number): Uint8Array[] {
  checkLeaves(leafHashes, newSize);
  if (!isSize(oldSize) || oldSize > newSize) {
    throw new RangeError(`old size ${oldSize} must be between 0 and new size ${newSize}`);
  }
  if (oldSize === 0 || oldSize === newSize) return [];
  // SUBPROOF(m, D[start:end], b) unrolled; collected root-first, reversed.
  const proof: Uint8Array[] = [];
  let start = 0;
  let end = newSize;
  let m = oldSize;
  let complete = true; // the "b" flag: is D[start:start+m] a subtree the verifier already knows?
  while (m !== end - start) {
    const n = end - start;
    const k = splitPoint(n);
    if (m <= k) {
      proof.push(subtreeRoot(leafHashes, start + k, end));
      end = start + k;
    } else {
      proof.push(subtreeRoot(leafHashes, start, start + k));
      start += k;
      m -= k;
      complete = false;
    }
  }
  if (!complete) proof.push(subtreeRoot(leafHashes, start, end));
  return proof.reverse();
}
