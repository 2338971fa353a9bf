// Public entry of @agentdraft/audit: the one TypeScript verifier of the audit log (docs/protocol.md §4),
// used by @agentdraft/sdk (which re-exports it in its own key case) and @agentdraft/conformance.

// Offline verification of checkpoints, events and log growth; objects in wire form.
export { verifyCheckpoint, verifyEvent, verifyConsistency, canonicalEventJson, eventLeafHash } from "./verify.ts";
export type { TreeHead, VerifiedCheckpoint, VerifyCheckpointOptions } from "./verify.ts";
export type { WireAuditEvent, WireCheckpoint, WireConsistencyProof, WireInclusionProof } from "./types.ts";
export { AuditVerificationError } from "./errors.ts";
export type { AuditVerificationReason } from "./errors.ts";

// RFC 6962 hashing and raw proof checks (RFC 9162 §2.1.3.2, §2.1.4.2) on hashes.
export { HASH_SIZE, leafHash, nodeHash, rootHash, verifyInclusionProof, verifyConsistencyProof } from "./merkle.ts";

// C2SP signed notes and checkpoint text.
export { parseCheckpointText, parseNote, verifyNote } from "./note.ts";
export type { NoteSignature, ParsedCheckpoint } from "./note.ts";

// Strict base64 and byte comparison, without Buffer (browsers).
export { bytesEqual, fromBase64, toBase64 } from "./encoding.ts";
export type { Bytes } from "./encoding.ts";
