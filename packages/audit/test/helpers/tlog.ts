// A reference transparency log built with node:crypto, independent of the SDK: RFC 6962 hashing
// and proofs written straight from the RFC's recursive definitions, and C2SP signed checkpoints.
import { createHash, generateKeyPairSync, sign, type KeyObject } from "node:crypto";
import canonicalize from "canonicalize";

const sha = (...parts: Uint8Array[]) => {
  const h = createHash("sha256");
  for (const p of parts) h.update(p);
  return new Uint8Array(h.digest());
};

export const leaf = (data: Uint8Array) => sha(Uint8Array.of(0), data);
const node = (l: Uint8Array, r: Uint8Array) => sha(Uint8Array.of(1), l, r);

/** Largest power of two strictly less than n. */
const split = (n: number) => {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
};

/** MTH(D[n]) over leaf hashes. */
export function mth(leaves: Uint8Array[]): Uint8Array {
  if (leaves.length === 0) return sha();
  if (leaves.length === 1) return leaves[0]!;
  const k = split(leaves.length);
  return node(mth(leaves.slice(0, k)), mth(leaves.slice(k)));
}

/** PATH(m, D[n]) (RFC 6962 §2.1.1). */
export function path(m: number, leaves: Uint8Array[]): Uint8Array[] {
  if (leaves.length <= 1) return [];
  const k = split(leaves.length);
  return m < k ? [...path(m, leaves.slice(0, k)), mth(leaves.slice(k))] : [...path(m - k, leaves.slice(k)), mth(leaves.slice(0, k))];
}

/** PROOF(m, D[n]) (RFC 6962 §2.1.2). */
export function consistency(m: number, leaves: Uint8Array[]): Uint8Array[] {
  const sub = (m: number, d: Uint8Array[], b: boolean): Uint8Array[] => {
    if (m === d.length) return b ? [] : [mth(d)];
    const k = split(d.length);
    return m <= k ? [...sub(m, d.slice(0, k), b), mth(d.slice(k))] : [...sub(m - k, d.slice(k), false), mth(d.slice(0, k))];
  };
  return m === 0 || m === leaves.length ? [] : sub(m, leaves, true);
}

export const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");
export const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");

export interface NoteKey {
  name: string;
  privateKey: KeyObject;
  publicKey: Uint8Array;
  keyId: Uint8Array;
  verifierKey: string;
}

export function noteKey(name: string): NoteKey {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  const raw = new Uint8Array(publicKey.export({ format: "der", type: "spki" }).subarray(-32));
  const keyId = sha(new TextEncoder().encode(`${name}\n`), Uint8Array.of(1), raw).slice(0, 4);
  const verifierKey = `${name}+${hex(keyId)}+${b64(Uint8Array.of(1, ...raw))}`;
  return { name, privateKey, publicKey: raw, keyId, verifierKey };
}

/** A signature line `— <name> <base64(key id ‖ sig)>` over `text`. */
export function signatureLine(text: string, key: NoteKey): string {
  const sig = sign(null, Buffer.from(text, "utf8"), key.privateKey);
  return `\u2014 ${key.name} ${b64(Uint8Array.of(...key.keyId, ...sig))}\n`;
}

export function checkpointText(origin: string, size: number, root: Uint8Array): string {
  return `${origin}\n${size}\n${b64(root)}\n`;
}

export function signedCheckpoint(origin: string, size: number, root: Uint8Array, ...keys: NoteKey[]): string {
  const text = checkpointText(origin, size, root);
  return `${text}\n${keys.map((k) => signatureLine(text, k)).join("")}`;
}

/** Wire-form audit events, as the server would log them. */
export function wireEvents(n: number): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, i) => ({
    event_id: `evt_${String(i + 1).padStart(6, "0")}`,
    seq: i,
    at: `2026-11-24T10:00:0${i % 10}.125Z`,
    actor: i % 3 === 2 ? { type: "system" } : { type: "agent", agent_id: `agt_${i % 2 ? "b" : "a"}` },
    action: i % 2 ? "booking.rejected" : "booking.committed",
    resource: `bkg_${i}`,
    // Keys inside request/outcome are hashed as they are: camelCase and snake_case both appear.
    request: { method: "POST", path: "/v1/bookings", request_id: `req_${i}`, idempotencyKey: `ik_${i}`, body: { start_at: "x", é: "ü" } },
    outcome: i % 2 ? { code: "outranked", winning_agent_id: "agt_a" } : { status: "COMMITTED", someValue: 1.5e-7 },
  }));
}

export function eventLeaf(event: unknown): Uint8Array {
  return leaf(new TextEncoder().encode(canonicalize(event)!));
}
