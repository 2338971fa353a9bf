/**
 * What `client.audit` adds to its generated methods: offline verification (`verifyCheckpoint`,
 * `verifyEvent`, `verifyConsistency` need no network) and the online checks built from the
 * generated `checkpoint`, `inclusionProof` and `consistencyProof` calls.
 */
import type { RequestOptions } from "../request.ts";
import { Resource } from "../resource.ts";
import type { AuditEvent, Checkpoint, ConsistencyProof, InclusionProof } from "../types.ts";
import { verifyCheckpoint, verifyConsistency, verifyEvent, type VerifiedCheckpoint } from "./verify.ts";

export interface OnlineVerifyOptions extends RequestOptions {
  /** The server's verifier key (`<name>+<key id>+<key>`), pinned out of band. */
  verifierKey: string;
  /** Require this checkpoint origin (`<host>/<workspace_id>`). */
  expectedOrigin?: string;
}

export interface VerifiedEvent {
  event: AuditEvent;
  proof: InclusionProof;
  checkpoint: VerifiedCheckpoint;
}

/** Base of the generated `Audit` resource. */
export abstract class AuditVerification extends Resource {
  /** Offline: verifies a checkpoint's signature against the pinned verifier key. */
  readonly verifyCheckpoint = verifyCheckpoint;
  /** Offline: verifies an inclusion proof (and its event) against a tree head. */
  readonly verifyEvent = verifyEvent;
  /** Offline: verifies a consistency proof between two tree heads. */
  readonly verifyConsistency = verifyConsistency;

  abstract checkpoint(options?: RequestOptions): Promise<Checkpoint>;
  abstract inclusionProof(eventId: string, params?: { treeSize?: number }, options?: RequestOptions): Promise<InclusionProof>;
  abstract consistencyProof(params: { fromSize: number; toSize?: number }, options?: RequestOptions): Promise<ConsistencyProof>;

  /** Fetches the latest checkpoint and verifies its signature against the pinned key. */
  async verifiedCheckpoint(options: OnlineVerifyOptions): Promise<VerifiedCheckpoint> {
    const cp = await this.checkpoint(options);
    return verifyCheckpoint(
      cp,
      options.verifierKey,
      options.expectedOrigin === undefined ? {} : { expectedOrigin: options.expectedOrigin },
    );
  }

  /**
   * Proves that an event is in the log: fetches and verifies the latest checkpoint (or uses the
   * one given), fetches the event's inclusion proof for that tree size and verifies it.
   */
  async verifyEventById(eventId: string, options: OnlineVerifyOptions & { checkpoint?: VerifiedCheckpoint }): Promise<VerifiedEvent> {
    const checkpoint = options.checkpoint ?? (await this.verifiedCheckpoint(options));
    const proof = await this.inclusionProof(eventId, { treeSize: checkpoint.treeSize }, options);
    await verifyEvent(proof, checkpoint);
    return { event: proof.event, proof, checkpoint };
  }

  /**
   * Proves the log only grew since `previous`: fetches and verifies the latest checkpoint (same
   * origin), then the consistency proof between the two. Returns the new verified checkpoint.
   */
  async verifyGrowth(previous: VerifiedCheckpoint, options: OnlineVerifyOptions): Promise<VerifiedCheckpoint> {
    const current = await this.verifiedCheckpoint({ ...options, expectedOrigin: options.expectedOrigin ?? previous.origin });
    if (previous.treeSize === 0) return current;
    if (current.treeSize === previous.treeSize) {
      await verifyConsistency({ fromSize: previous.treeSize, toSize: current.treeSize, proof: [] }, previous, current);
      return current;
    }
    const proof = await this.consistencyProof({ fromSize: previous.treeSize, toSize: current.treeSize }, options);
    await verifyConsistency(proof, previous, current);
    return current;
  }
}
