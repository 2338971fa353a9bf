/**
 * Audit log primitives (docs/protocol.md §4): RFC 8785 canonical events as
 * RFC 6962 Merkle leaves, inclusion/consistency proofs, and C2SP signed-note
 * checkpoints with Ed25519. All pure; callers supply data, keys and time.
 */
export {
  emptyRoot,
  leafHash,
  nodeHash,
  bytesEqual,
  rootHash,
  inclusionProof,
  consistencyProof,
} from "./merkle.ts";

export {
  type JsonValue,
  type JsonObject,
  type AuditEvent,
  InvalidAuditEventError,
  assertAuditEvent,
  canonicalJson,
  canonicalEvent,
  eventLeafHash,
} from "./event.ts";

export {
  type CheckpointErrorCode,
  CheckpointError,
  type SigningKey,
  type Checkpoint,
  generateSigningKey,
  signingKeyFrom,
  keyId,
  verifierKey,
  signerKey,
  parseSignerKey,
  signNote,
  checkpointBody,
  signCheckpoint,
} from "./checkpoint.ts";

export { MerkleFrontier, type FrontierJson } from "./frontier.ts";
