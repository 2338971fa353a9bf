import { camelize } from "../case.ts";
import { verifyCheckpoint, verifyConsistency, verifyEvent, type VerifiedCheckpoint } from "../audit/verify.ts";
import type { PagePromise } from "../pagination.ts";
import type { RequestOptions } from "../request.ts";
import type { AuditEvent, Checkpoint, ConsistencyProof, InclusionProof } from "../types.ts";
import { Resource } from "./resource.ts";

export interface AuditListParams {
  /** Only events about this resource id (booking, agent, message …). */
  resource?: string;
  /** Page size, 1–200 (server default 50). */
  limit?: number;
  /** Start from this cursor. */
  cursor?: string;
}

export interface ConsistencyProofParams {
  /** Older tree size (≥ 1). */
  fromSize: number;
  /** Newer tree size (default: the current size). */
  toSize?: number;
}

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

/**
 * The tamper-evident audit log (`audit:read`): events, signed checkpoints and proofs, plus offline
 * verification (`verifyCheckpoint`, `verifyEvent`, `verifyConsistency` need no network).
 */
export class Audit extends Resource {
  /** Offline: verifies a checkpoint's signature against the pinned verifier key. */
  readonly verifyCheckpoint = verifyCheckpoint;
  /** Offline: verifies an inclusion proof (and its event) against a tree head. */
  readonly verifyEvent = verifyEvent;
  /** Offline: verifies a consistency proof between two tree heads. */
  readonly verifyConsistency = verifyConsistency;

  /** Audit events of the workspace in log order, optionally about one resource (`GET /v1/audit`). */
  list(params: AuditListParams = {}, options?: RequestOptions): PagePromise<AuditEvent> {
    return this.paginate(params.cursor, async (cursor) => {
      const query = { resource: params.resource, limit: params.limit, cursor };
      const data = await this.transport.call(
        "GET",
        "/v1/audit",
        (init) => this.transport.api.GET("/v1/audit", { params: { query }, ...init }),
        options,
      );
      return camelize(data);
    });
  }

  /** The latest signed tree head (`GET /v1/audit/checkpoint`). Unverified: see {@link verifyCheckpoint}. */
  async checkpoint(options?: RequestOptions): Promise<Checkpoint> {
    const data = await this.transport.call(
      "GET",
      "/v1/audit/checkpoint",
      (init) => this.transport.api.GET("/v1/audit/checkpoint", init),
      options,
    );
    return camelize(data);
  }

  /** Inclusion proof of an event in the tree of `treeSize` (default: current size). */
  async inclusionProof(eventId: string, params: { treeSize?: number } = {}, options?: RequestOptions): Promise<InclusionProof> {
    const path = { event_id: eventId };
    const query = { tree_size: params.treeSize };
    const data = await this.transport.call(
      "GET",
      "/v1/audit/events/{event_id}/inclusion",
      (init) => this.transport.api.GET("/v1/audit/events/{event_id}/inclusion", { params: { path, query }, ...init }),
      options,
    );
    return camelize(data);
  }

  /** Consistency proof between two tree sizes (`GET /v1/audit/consistency`). */
  async consistencyProof(params: ConsistencyProofParams, options?: RequestOptions): Promise<ConsistencyProof> {
    const query = { from_size: params.fromSize, to_size: params.toSize };
    const data = await this.transport.call(
      "GET",
      "/v1/audit/consistency",
      (init) => this.transport.api.GET("/v1/audit/consistency", { params: { query }, ...init }),
      options,
    );
    return camelize(data);
  }

  /** Fetches the latest checkpoint and verifies its signature against the pinned key. */
  async verifiedCheckpoint(options: OnlineVerifyOptions): Promise<VerifiedCheckpoint> {
    const cp = await this.checkpoint(options);
    return verifyCheckpoint(cp, options.verifierKey, options.expectedOrigin === undefined ? {} : { expectedOrigin: options.expectedOrigin });
  }

  /**
   * Proves that an event is in the log: fetches and verifies the latest checkpoint (or uses the
   * one given), fetches the event's inclusion proof for that tree size and verifies it.
   */
  async verifyEventById(
    eventId: string,
    options: OnlineVerifyOptions & { checkpoint?: VerifiedCheckpoint },
  ): Promise<VerifiedEvent> {
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
