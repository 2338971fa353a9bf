// The `audit_events` table: each workspace's audit log, keyed (workspace_id, seq) = Merkle leaf index.
import type { AuditEvent } from "../audit/index.ts";
import type { Queryable, Transaction } from "./db.ts";

export function insertAuditEvent(tx: Transaction, workspaceId: string, event: AuditEvent, leaf: Uint8Array): void {
  tx.defer(`INSERT INTO audit_events (workspace_id, seq, event_id, resource, body, leaf_hash) VALUES (?, ?, ?, ?, ?, ?)`, [
    workspaceId,
    event.seq,
    event.event_id,
    event.resource,
    JSON.stringify(event),
    leaf,
  ]);
}

/** The first `size` leaf hashes of a workspace's tree (for proofs; a checkpoint needs only the frontier). */
export async function leafHashes(q: Queryable, workspaceId: string, size: number): Promise<Uint8Array[]> {
  const rows = await q.all<{ leaf_hash: Uint8Array }>(
    `SELECT leaf_hash FROM audit_events WHERE workspace_id = ? AND seq < ? ORDER BY seq`,
    [workspaceId, size],
  );
  return rows.map((r) => new Uint8Array(r.leaf_hash));
}

export async function auditEventById(
  q: Queryable,
  workspaceId: string,
  eventId: string,
): Promise<{ seq: number; body: string } | undefined> {
  const row = await q.get<{ seq: number; body: string }>(`SELECT seq, body FROM audit_events WHERE workspace_id = ? AND event_id = ?`, [
    workspaceId,
    eventId,
  ]);
  return row && { seq: Number(row.seq), body: row.body };
}

/** One page of a workspace's audit events after `afterSeq`, optionally of one resource (`limit` rows). */
export async function listAuditEvents(
  q: Queryable,
  workspaceId: string,
  filter: { resource?: string; afterSeq?: number; limit: number },
): Promise<{ seq: number; body: string }[]> {
  const where = ["workspace_id = ?"];
  const params: (string | number)[] = [workspaceId];
  const and = (clause: string, value: string | number): void => {
    where.push(clause);
    params.push(value);
  };
  if (filter.resource) and("resource = ?", filter.resource);
  if (filter.afterSeq !== undefined) and("seq > ?", filter.afterSeq);
  return q.all<{ seq: number; body: string }>(`SELECT seq, body FROM audit_events WHERE ${where.join(" AND ")} ORDER BY seq LIMIT ?`, [
    ...params,
    filter.limit,
  ]);
}

/** Every stored event of a workspace with its leaf hash (replay compares them with its own). */
export async function allAuditEvents(q: Queryable, workspaceId: string): Promise<{ seq: number; body: string; leaf_hash: Uint8Array }[]> {
  return q.all(`SELECT seq, body, leaf_hash FROM audit_events WHERE workspace_id = ? ORDER BY seq`, [workspaceId]);
}

export async function workspacesWithAuditEvents(q: Queryable): Promise<string[]> {
  return (await q.all<{ workspace_id: string }>(`SELECT DISTINCT workspace_id FROM audit_events ORDER BY workspace_id`)).map(
    (r) => r.workspace_id,
  );
}

/** The newest `limit` events of a workspace before `beforeSeq` (all when absent), newest first. */
export async function recentAuditEvents(
  q: Queryable,
  workspaceId: string,
  filter: { beforeSeq?: number; limit: number },
): Promise<{ seq: number; body: string }[]> {
  const before = filter.beforeSeq !== undefined ? " AND seq < ?" : "";
  const params: number[] = filter.beforeSeq !== undefined ? [filter.beforeSeq] : [];
  return q.all<{ seq: number; body: string }>(
    `SELECT seq, body FROM audit_events WHERE workspace_id = ?${before} ORDER BY seq DESC LIMIT ?`,
    [workspaceId, ...params, filter.limit],
  );
}
