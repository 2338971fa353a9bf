/**
 * The audit objects as the protocol puts them on the wire (docs/protocol.md §4: snake_case JSON).
 * The verifier reads exactly these members and hashes an event as it is, so a client that keeps
 * other key cases converts to this form first (the TypeScript SDK does).
 */

/** An audit event (docs/protocol.md §4.1): its RFC 8785 canonical JSON (§4.2) is its Merkle leaf. */
export interface WireAuditEvent {
  event_id: string;
  seq: number;
  [member: string]: unknown;
}

/** `GET /v1/audit/checkpoint` (docs/protocol.md §4.4): the signed note and unsigned copies of its tree head. */
export interface WireCheckpoint {
  origin: string;
  tree_size: number;
  root_hash: string;
  checkpoint: string;
  [member: string]: unknown;
}

/** `GET /v1/audit/events/{event_id}/inclusion` (docs/protocol.md §4.5): an event and its RFC 6962 audit path. */
export interface WireInclusionProof {
  event_id: string;
  leaf_index: number;
  tree_size: number;
  leaf_hash?: string;
  proof: string[];
  event: WireAuditEvent;
}

/** `GET /v1/audit/consistency` (docs/protocol.md §4.5): the RFC 6962 consistency proof between two tree sizes. */
export interface WireConsistencyProof {
  from_size: number;
  to_size: number;
  proof: string[];
}
