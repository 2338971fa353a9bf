/** Why offline audit verification failed. */
export type AuditVerificationReason =
  /** The verifier key string is malformed or its key id does not match. */
  | "invalid_key"
  /** Not a well-formed C2SP signed note. */
  | "malformed_note"
  /** The note text is not a well-formed checkpoint. */
  | "malformed_checkpoint"
  /** The note has no signature by the pinned key. */
  | "unknown_key"
  /** A signature by the pinned key does not verify. */
  | "bad_signature"
  /** The checkpoint is for another log. */
  | "origin_mismatch"
  /** The unsigned JSON fields of a checkpoint disagree with its signed note. */
  | "checkpoint_mismatch"
  /** A proof is for another tree size than the tree head it is checked against. */
  | "size_mismatch"
  /** The event does not hash to the proof's leaf hash (it was altered). */
  | "leaf_hash_mismatch"
  /** The event is not a well-formed audit event, or does not match the proof's id/index. */
  | "malformed_event"
  /** The proof does not lead to the expected root. */
  | "invalid_proof";

/** Offline verification of an audit proof or checkpoint failed: the log cannot be trusted. */
export class AuditVerificationError extends Error {
  override name = "AuditVerificationError";
  readonly reason: AuditVerificationReason;
  constructor(reason: AuditVerificationReason, message: string) {
    super(message);
    this.reason = reason;
  }
}
