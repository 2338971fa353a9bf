// The `idempotency` table: one row per (workspace, agent, Idempotency-Key): the request's
// fingerprint and, once decided, its response (`status` 0 while the request is still running).
import type { Queryable, Transaction } from "./db.ts";

export interface IdempotencyKeyRef {
  workspaceId: string;
  agentId: string;
  key: string;
}

/** A request's claim on its key: the key and the fingerprint of the request that holds it. */
export interface IdempotencyClaim extends IdempotencyKeyRef {
  fingerprint: string;
  /** Set by the ledger once a response committed under the claim (the HTTP layer then has nothing to release). */
  stored?: boolean;
}

/** A decided response, as stored under a key and replayed. */
export interface StoredResponse {
  status: number;
  body: unknown;
}

export interface IdempotencyRow {
  fingerprint: string;
  status: number;
  body: string;
  created_at: number;
}

/** Inserts the row unless the key has one; true when inserted. */
export async function insertIdempotency(q: Queryable, ref: IdempotencyKeyRef, row: IdempotencyRow): Promise<boolean> {
  const inserted = await q.run(
    `INSERT INTO idempotency (workspace_id, agent_id, key, fingerprint, status, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (workspace_id, agent_id, key) DO NOTHING`,
    [ref.workspaceId, ref.agentId, ref.key, row.fingerprint, row.status, row.body, row.created_at],
  );
  return inserted.changes === 1;
}

export async function readIdempotency(q: Queryable, ref: IdempotencyKeyRef): Promise<IdempotencyRow | undefined> {
  const row = await q.get<IdempotencyRow>(
    `SELECT fingerprint, status, body, created_at FROM idempotency WHERE workspace_id = ? AND agent_id = ? AND key = ?`,
    [ref.workspaceId, ref.agentId, ref.key],
  );
  return row && { fingerprint: row.fingerprint, status: Number(row.status), body: row.body, created_at: Number(row.created_at) };
}

/** Replaces the row if it is still the one read at `seenCreatedAt` (an expired or abandoned one); true when replaced. */
export async function replaceIdempotency(
  q: Queryable,
  ref: IdempotencyKeyRef,
  seenCreatedAt: number,
  row: IdempotencyRow,
): Promise<boolean> {
  const taken = await q.run(
    `UPDATE idempotency SET fingerprint = ?, status = ?, body = ?, created_at = ?
      WHERE workspace_id = ? AND agent_id = ? AND key = ? AND created_at = ?`,
    [row.fingerprint, row.status, row.body, row.created_at, ref.workspaceId, ref.agentId, ref.key, seenCreatedAt],
  );
  return taken.changes === 1;
}

/** Removes the row while it is still pending (status 0). */
export async function deletePendingIdempotency(q: Queryable, ref: IdempotencyKeyRef): Promise<void> {
  await q.run(`DELETE FROM idempotency WHERE workspace_id = ? AND agent_id = ? AND key = ? AND status = 0`, [
    ref.workspaceId,
    ref.agentId,
    ref.key,
  ]);
}

/** Stores the decided response under its claim, in the transaction of the command it answers. */
export function saveIdempotentResponse(tx: Transaction, ref: IdempotencyKeyRef, status: number, body: string): void {
  tx.defer(`UPDATE idempotency SET status = ?, body = ? WHERE workspace_id = ? AND agent_id = ? AND key = ?`, [
    status,
    body,
    ref.workspaceId,
    ref.agentId,
    ref.key,
  ]);
}

/** One process owns the embedded store: pending claims left in it died with the previous process. */
export async function deleteAllPendingIdempotency(q: Queryable): Promise<void> {
  await q.run(`DELETE FROM idempotency WHERE status = 0`);
}
