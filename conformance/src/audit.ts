// Offline verification of the audit log, independent of any server code: RFC 6962 / RFC 9162 Merkle
// hashing and proofs, RFC 8785 (JCS) canonical JSON of events, and C2SP signed-note checkpoints
// signed with Ed25519 (https://c2sp.org/signed-note, https://c2sp.org/tlog-checkpoint).
import { createHash, createPublicKey, verify } from "node:crypto";
import canonicalize from "canonicalize";

const sha256 = (...parts: Uint8Array[]): Buffer => {
  const h = createHash("sha256");
  for (const p of parts) h.update(p);
  return h.digest();
};

export const leafHash = (data: Uint8Array): Buffer => sha256(Uint8Array.of(0), data);
export const nodeHash = (l: Uint8Array, r: Uint8Array): Buffer => sha256(Uint8Array.of(1), l, r);

/** SHA-256(0x00 ‖ UTF-8(JCS(event))). */
export function eventLeafHash(event: unknown): Buffer {
  const text = canonicalize(event);
  if (text === undefined) throw new Error("the event has no JSON form");
  return leafHash(Buffer.from(text, "utf8"));
}

/** RFC 6962 Merkle tree hash of already-hashed leaves. */
export function rootFromLeaves(leaves: Uint8Array[]): Buffer {
  if (leaves.length === 0) return sha256(new Uint8Array(0));
  const mth = (lo: number, hi: number): Buffer => {
    if (hi - lo === 1) return Buffer.from(leaves[lo]!);
    let k = 1;
    while (k * 2 < hi - lo) k *= 2;
    return nodeHash(mth(lo, lo + k), mth(lo + k, hi));
  };
  return mth(0, leaves.length);
}

const half = (n: number) => Math.floor(n / 2);
const odd = (n: number) => n % 2 === 1;

/** RFC 9162 §2.1.3.2 inclusion proof verification. */
export function verifyInclusion(leaf: Uint8Array, index: number, size: number, proof: Uint8Array[], root: Uint8Array): boolean {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r: Buffer = Buffer.from(leaf);
  for (const p of proof) {
    if (sn === 0) return false;
    if (odd(fn) || fn === sn) {
      r = nodeHash(p, r);
      if (!odd(fn)) {
        while (!odd(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && r.equals(root);
}

/** RFC 9162 §2.1.4.2 consistency proof verification. */
export function verifyConsistency(
  first: number,
  second: number,
  firstRoot: Uint8Array,
  secondRoot: Uint8Array,
  proof: Uint8Array[],
): boolean {
  if (!Number.isSafeInteger(first) || !Number.isSafeInteger(second) || first < 1 || first > second) return false;
  if (first === second) return proof.length === 0 && Buffer.from(firstRoot).equals(secondRoot);
  if (proof.length === 0) return false;
  let path = proof;
  let isPow2 = first;
  while (isPow2 % 2 === 0) isPow2 /= 2;
  if (isPow2 === 1) path = [firstRoot, ...proof];
  let fn = first - 1;
  let sn = second - 1;
  while (odd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  let fr: Buffer = Buffer.from(path[0]!);
  let sr: Buffer = Buffer.from(path[0]!);
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (odd(fn) || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (!odd(fn)) {
        while (!odd(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return fr.equals(firstRoot) && sr.equals(secondRoot) && sn === 0;
}

/** Strict padded base64; undefined when not canonical. */
export function b64(text: unknown): Buffer | undefined {
  if (typeof text !== "string" || text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return undefined;
  const bytes = Buffer.from(text, "base64");
  return bytes.toString("base64") === text ? bytes : undefined;
}

export interface VerifiedCheckpoint {
  origin: string;
  size: number;
  root: Buffer;
}

/**
 * Verifies a C2SP checkpoint (a signed note) against a verifier key `<name>+<hex id>+<base64(0x01 ‖ key)>`.
 * Throws an Error saying what is wrong.
 */
export function verifyCheckpointNote(note: unknown, verifierKey: unknown): VerifiedCheckpoint {
  if (typeof note !== "string") throw new Error("checkpoint is not a string");
  if (typeof verifierKey !== "string") throw new Error("verifier_key is not a string");
  const vk = /^([^+\s]+)\+([0-9a-f]{8})\+(\S+)$/.exec(verifierKey);
  if (!vk) throw new Error(`verifier key ${JSON.stringify(verifierKey)} is not <name>+<hex key id>+<base64 key>`);
  const [, name, idHex, keyB64] = vk as unknown as [string, string, string, string];
  const material = b64(keyB64);
  if (material?.length !== 33 || material[0] !== 0x01) throw new Error("verifier key is not an Ed25519 (0x01 ‖ 32 bytes) key");
  const pub = material.subarray(1);
  const expectedId = sha256(Buffer.from(`${name}\n`, "utf8"), Uint8Array.of(1), pub)
    .subarray(0, 4)
    .toString("hex");
  if (expectedId !== idHex) throw new Error(`verifier key id ${idHex} does not match its name and key (expected ${expectedId})`);

  const split = note.lastIndexOf("\n\n");
  if (split < 0) throw new Error("checkpoint note has no blank line before its signatures");
  const text = note.slice(0, split + 1);
  const sigBlock = note.slice(split + 2);
  if (!sigBlock.endsWith("\n")) throw new Error("checkpoint signature block does not end in a newline");
  const key = createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: pub.toString("base64url") }, format: "jwk" });
  let ours = 0;
  for (const line of sigBlock.slice(0, -1).split("\n")) {
    const m = /^\u2014 (\S+) (\S+)$/.exec(line);
    if (!m) throw new Error(`malformed signature line ${JSON.stringify(line)}`);
    const blob = b64(m[2]);
    if (!blob || blob.length < 5) throw new Error("signature is not base64 of at least 5 bytes");
    if (m[1] !== name || blob.subarray(0, 4).toString("hex") !== idHex) continue;
    ours++;
    const sig = blob.subarray(4);
    if (sig.length !== 64 || !verify(null, Buffer.from(text, "utf8"), key, sig))
      throw new Error(`the Ed25519 signature by ${name}+${idHex} does not verify`);
  }
  if (ours === 0) throw new Error(`the checkpoint carries no signature by ${name}+${idHex}`);

  const lines = text.slice(0, -1).split("\n");
  if (lines.length < 3) throw new Error("checkpoint text needs origin, size and root hash lines");
  const [origin, sizeText, rootText] = lines as [string, string, string];
  if (!origin) throw new Error("checkpoint origin is empty");
  if (!/^(0|[1-9][0-9]*)$/.test(sizeText)) throw new Error(`checkpoint size ${JSON.stringify(sizeText)} is not a decimal integer`);
  const root = b64(rootText);
  if (root?.length !== 32) throw new Error("checkpoint root hash is not base64 of 32 bytes");
  return { origin, size: Number(sizeText), root };
}
