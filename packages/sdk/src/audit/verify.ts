/**
 * Offline verification of the audit log (docs/protocol.md §4.6) in the SDK's terms: the verifier is
 * `@agentdraft/audit` (the one TypeScript verifier); this module lets it take the SDK's models as
 * well as wire objects (both key cases, converted to the wire form it hashes) and throws the SDK's
 * {@link AuditVerificationError} (an `AgentDraftError`) with the verifier's reason.
 */
import * as audit from "@agentdraft/audit";
import { camelize, snakeize } from "../case.ts";
import { AuditVerificationError } from "../errors.ts";
import type {
  AuditEvent,
  Checkpoint,
  ConsistencyProof,
  InclusionProof,
  WireAuditEvent,
  WireCheckpoint,
  WireConsistencyProof,
  WireInclusionProof,
} from "../types.ts";

export type { TreeHead, VerifiedCheckpoint, VerifyCheckpointOptions } from "@agentdraft/audit";

/** Either key case → the wire form (snake_case; `request`/`outcome` and `metadata` kept as they are). */
function toWire<T>(value: unknown): T {
  return snakeize(camelize(value)) as T;
}

/** The verifier's error as the SDK's (same reason and message, the original as `cause`). */
function sdkError(err: unknown): unknown {
  return err instanceof audit.AuditVerificationError ? new AuditVerificationError(err.reason, err.message, { cause: err }) : err;
}

async function translated<T>(check: () => Promise<T>): Promise<T> {
  try {
    return await check();
  } catch (err) {
    throw sdkError(err);
  }
}

/**
 * Verifies a checkpoint's Ed25519 signature against the pinned verifier key
 * (`<name>+<key id>+<key>`) and returns the signed tree head. Given the API's checkpoint object,
 * its unsigned `origin`/`treeSize`/`rootHash` fields must agree with the signed note.
 */
export function verifyCheckpoint(
  checkpoint: string | Checkpoint | WireCheckpoint,
  verifierKey: string,
  options: audit.VerifyCheckpointOptions = {},
): Promise<audit.VerifiedCheckpoint> {
  return translated(() =>
    audit.verifyCheckpoint(typeof checkpoint === "string" ? checkpoint : toWire<audit.WireCheckpoint>(checkpoint), verifierKey, options),
  );
}

/** The RFC 8785 (JCS) canonical JSON of an audit event in wire form: the Merkle leaf data. */
export function canonicalEventJson(event: AuditEvent | WireAuditEvent): string {
  try {
    return audit.canonicalEventJson(toWire(event));
  } catch (err) {
    throw sdkError(err);
  }
}

/** RFC 6962 leaf hash of an audit event: SHA-256(0x00 ‖ JCS(event)). */
export function eventLeafHash(event: AuditEvent | WireAuditEvent): Promise<Uint8Array> {
  return translated(() => audit.eventLeafHash(toWire(event)));
}

/**
 * Verifies offline that the proof's event is the leaf at `leafIndex` of the tree `head`
 * (typically a verified checkpoint): the event is re-canonicalised and re-hashed, so any edit to
 * it is detected. Resolves to `true`; throws {@link AuditVerificationError}.
 */
export function verifyEvent(proof: InclusionProof | WireInclusionProof, head: audit.TreeHead): Promise<true> {
  return translated(() => audit.verifyEvent(toWire(proof), head));
}

/**
 * Verifies offline that tree head `older` is a prefix of tree head `newer` (the log only
 * grew). Resolves to `true`; throws {@link AuditVerificationError}.
 */
export function verifyConsistency(
  proof: ConsistencyProof | WireConsistencyProof,
  older: audit.TreeHead,
  newer: audit.TreeHead,
): Promise<true> {
  return translated(() => audit.verifyConsistency(toWire(proof), older, newer));
}
