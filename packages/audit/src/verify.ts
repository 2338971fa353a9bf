/**
 * Offline verification of the audit log (docs/protocol.md §4.6), with nothing but a pinned verifier
 * key: signed checkpoints (C2SP signed note, Ed25519), inclusion of an event (its RFC 8785
 * canonical JSON is the RFC 6962 leaf) and consistency between two tree heads. Runs in browsers
 * (WebCrypto) and on Node. Every check throws {@link AuditVerificationError} on failure.
 * Objects are read in their wire form (./types.ts), exactly as the server sent them.
 */
import canonicalize from "canonicalize";
import { bytesEqual, fromBase64, toBase64, utf8, type Bytes } from "./encoding.ts";
import { AuditVerificationError, type AuditVerificationReason } from "./errors.ts";
import * as merkle from "./merkle.ts";
import { parseCheckpointText, verifyNote } from "./note.ts";
import type { WireAuditEvent, WireCheckpoint, WireConsistencyProof, WireInclusionProof } from "./types.ts";

/** A tree head to check proofs against: a size and its root (bytes or base64). */
export interface TreeHead {
  treeSize: number;
  rootHash: Uint8Array | string;
}

/** A checkpoint whose signature verified against the pinned key. */
export interface VerifiedCheckpoint {
  origin: string;
  treeSize: number;
  /** The RFC 6962 root hash. */
  rootHash: Uint8Array;
  /** The same root, base64. */
  rootHashBase64: string;
  /** The signed note that was verified. */
  note: string;
}

export interface VerifyCheckpointOptions {
  /** Require this origin (`<host>/<workspace_id>`), guarding against a valid checkpoint of another log. */
  expectedOrigin?: string;
}

function fail(reason: AuditVerificationReason, message: string): never {
  throw new AuditVerificationError(reason, message);
}

/**
 * Verifies a checkpoint's Ed25519 signature against the pinned verifier key
 * (`<name>+<key id>+<key>`) and returns the signed tree head. Given the API's checkpoint object,
 * its unsigned `origin`/`tree_size`/`root_hash` fields must agree with the signed note.
 */
export async function verifyCheckpoint(
  checkpoint: string | WireCheckpoint,
  verifierKey: string,
  options: VerifyCheckpointOptions = {},
): Promise<VerifiedCheckpoint> {
  const fields = typeof checkpoint === "string" ? undefined : checkpoint;
  const note = fields ? fields.checkpoint : (checkpoint as string);
  const text = await verifyNote(note, verifierKey);
  const cp = parseCheckpointText(text);
  if (options.expectedOrigin !== undefined && cp.origin !== options.expectedOrigin) {
    fail("origin_mismatch", `checkpoint origin ${JSON.stringify(cp.origin)} is not ${JSON.stringify(options.expectedOrigin)}`);
  }
  const rootHashBase64 = toBase64(cp.rootHash);
  if (fields && (fields.origin !== cp.origin || fields.tree_size !== cp.treeSize || fields.root_hash !== rootHashBase64)) {
    fail("checkpoint_mismatch", "checkpoint fields disagree with its signed note");
  }
  return { origin: cp.origin, treeSize: cp.treeSize, rootHash: cp.rootHash, rootHashBase64, note };
}

/** The RFC 8785 (JCS) canonical JSON of an audit event in wire form: the Merkle leaf data. */
export function canonicalEventJson(event: WireAuditEvent): string {
  if (event === null || typeof event !== "object" || Array.isArray(event)) fail("malformed_event", "event must be an object");
  let text: string | undefined;
  try {
    text = canonicalize(event);
  } catch (err) {
    fail("malformed_event", `event cannot be canonicalised: ${(err as Error).message}`);
  }
  if (text === undefined) fail("malformed_event", "event has no JSON representation");
  return text;
}

/** RFC 6962 leaf hash of an audit event: SHA-256(0x00 ‖ JCS(event)). */
export async function eventLeafHash(event: WireAuditEvent): Promise<Bytes> {
  return merkle.leafHash(utf8(canonicalEventJson(event)));
}

function decodeHash(value: Uint8Array | string, what: string, reason: "invalid_proof" | "malformed_checkpoint" = "invalid_proof"): Bytes {
  const bytes = typeof value === "string" ? fromBase64(value) : new Uint8Array(value);
  if (!bytes || bytes.length !== merkle.HASH_SIZE) fail(reason, `${what} is not a ${merkle.HASH_SIZE}-byte hash`);
  return bytes;
}

function decodeProof(proof: unknown): Bytes[] {
  if (!Array.isArray(proof)) fail("invalid_proof", "proof must be an array of base64 hashes");
  return proof.map((p, i) => decodeHash(p as string, `proof[${i}]`));
}

/**
 * Verifies offline that the proof's event is the leaf at `leaf_index` of the tree `head`
 * (typically a {@link VerifiedCheckpoint}): the event is re-canonicalised and re-hashed, so any
 * edit to it is detected. Resolves to `true`; throws {@link AuditVerificationError}.
 */
export async function verifyEvent(proof: WireInclusionProof, head: TreeHead): Promise<true> {
  const p = proof;
  const event = p.event as WireAuditEvent | undefined;
  if (!event || typeof event !== "object") fail("malformed_event", "proof carries no event");
  if (event.event_id !== p.event_id) fail("malformed_event", `proof is for ${p.event_id}, event is ${event.event_id}`);
  if (event.seq !== p.leaf_index) fail("malformed_event", `event seq ${event.seq} is not the leaf index ${p.leaf_index}`);
  if (p.tree_size !== head.treeSize) fail("size_mismatch", `proof is for tree size ${p.tree_size}, the tree head has ${head.treeSize}`);
  const leaf = await eventLeafHash(event);
  if (p.leaf_hash !== undefined && !bytesEqual(leaf, decodeHash(p.leaf_hash, "leaf_hash"))) {
    fail("leaf_hash_mismatch", `event ${event.event_id} does not hash to the proof's leaf hash: it was altered`);
  }
  const root = decodeHash(head.rootHash, "rootHash", "malformed_checkpoint");
  if (!(await merkle.verifyInclusionProof(leaf, p.leaf_index, p.tree_size, decodeProof(p.proof), root))) {
    fail("invalid_proof", `event ${event.event_id} is not included at index ${p.leaf_index} of the tree of size ${p.tree_size}`);
  }
  return true;
}

/**
 * Verifies offline that tree head `older` is a prefix of tree head `newer` (the log only
 * grew). Resolves to `true`; throws {@link AuditVerificationError}.
 */
export async function verifyConsistency(proof: WireConsistencyProof, older: TreeHead, newer: TreeHead): Promise<true> {
  const p = proof;
  if (p.from_size !== older.treeSize || p.to_size !== newer.treeSize) {
    fail("size_mismatch", `proof is for sizes ${p.from_size}→${p.to_size}, tree heads are ${older.treeSize}→${newer.treeSize}`);
  }
  const ok = await merkle.verifyConsistencyProof(
    older.treeSize,
    newer.treeSize,
    decodeHash(older.rootHash, "older rootHash", "malformed_checkpoint"),
    decodeHash(newer.rootHash, "newer rootHash", "malformed_checkpoint"),
    decodeProof(p.proof),
  );
  if (!ok) fail("invalid_proof", `tree of size ${older.treeSize} is not a prefix of the tree of size ${newer.treeSize}`);
  return true;
}
