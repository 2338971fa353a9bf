// The `webhook_deliveries` table: the webhook outbox (docs/protocol.md §10.2). One row per
// (subscription, audit event), inserted in the transaction of the command that produced the event;
// the worker claims due rows, records each attempt, and marks a row `delivered` or, after the last
// attempt, `dead`. A claim is a lease (`next_attempt_at` moved past the attempt's deadline, `claim`
// a fresh token): a worker that dies mid-attempt loses its rows to another after the lease.
import type { Db, Queryable } from "./db.ts";

export type DeliveryStatus = "pending" | "delivered" | "dead";

export interface DeliveryRow {
  delivery_id: string;
  workspace_id: string;
  webhook_id: string;
  event_id: string;
  event_seq: number;
  event_type: string;
  status: DeliveryStatus;
  attempts: number;
  failures: number;
  next_attempt_at: number | null;
  last_attempt_at: number | null;
  last_status_code: number | null;
  last_latency_ms: number | null;
  last_error: string | null;
  delivered_at: number | null;
  created_at: number;
}

/** A claimed delivery with what sending it needs. */
export interface ClaimedDelivery {
  delivery_id: string;
  webhook_id: string;
  workspace_id: string;
  event_seq: number;
  payload: string;
  failures: number;
  url: string;
  secret: string;
  previous_secret: string | null;
  previous_secret_until: number | null;
}

const COLUMNS = `delivery_id, workspace_id, webhook_id, event_id, event_seq, event_type, status, attempts, failures, next_attempt_at,
  last_attempt_at, last_status_code, last_latency_ms, last_error, delivered_at, created_at`;

export async function insertDelivery(
  tx: Queryable,
  d: {
    delivery_id: string;
    workspace_id: string;
    webhook_id: string;
    event_id: string;
    event_seq: number;
    event_type: string;
    payload: string;
    created_at: number;
  },
): Promise<void> {
  await tx.run(
    `INSERT INTO webhook_deliveries (delivery_id, workspace_id, webhook_id, event_id, event_seq, event_type, payload, status,
       attempts, failures, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', 0, 0, ?, ?)`,
    [d.delivery_id, d.workspace_id, d.webhook_id, d.event_id, d.event_seq, d.event_type, d.payload, d.created_at, d.created_at],
  );
}

/**
 * Claims at most one due delivery per enabled subscription (its earliest event, and none while an
 * earlier one is in flight, so a subscription's events go out in log order while its receiver
 * answers, whichever replica sends them), at most `limit` in all, leased until
 * `leaseUntil`. On PostgreSQL the candidate rows are locked `FOR UPDATE SKIP LOCKED`, so replicas
 * claiming at once take different rows; the embedded store has a single writer.
 */
export async function claimDueDeliveries(
  db: Db,
  now: number,
  leaseUntil: number,
  claim: string,
  limit: number,
): Promise<ClaimedDelivery[]> {
  return db.transaction(async (tx) => {
    const lock = db.dialect === "postgres" ? "FOR UPDATE OF d SKIP LOCKED" : "";
    // Each subscription's earliest due event only, and none while an earlier one is in flight (claimed):
    // a subscription with a backlog does not crowd out the others, and replicas keep its order.
    const picked = await tx.all<{ delivery_id: string }>(
      `SELECT d.delivery_id FROM webhook_deliveries d JOIN webhooks w ON w.webhook_id = d.webhook_id
        WHERE d.status = 'pending' AND d.next_attempt_at <= ? AND w.enabled = 1
          AND NOT EXISTS (SELECT 1 FROM webhook_deliveries e
                           WHERE e.webhook_id = d.webhook_id AND e.status = 'pending' AND (e.next_attempt_at <= ? OR e.claim IS NOT NULL)
                             AND (e.event_seq < d.event_seq OR (e.event_seq = d.event_seq AND e.delivery_id < d.delivery_id)))
        ORDER BY d.next_attempt_at, d.event_seq LIMIT ? ${lock}`,
      [now, now, limit],
    );
    if (picked.length === 0) return [];
    const ids = picked.map((p) => p.delivery_id);
    const marks = ids.map(() => "?").join(", ");
    await tx.run(`UPDATE webhook_deliveries SET next_attempt_at = ?, claim = ? WHERE delivery_id IN (${marks})`, [
      leaseUntil,
      claim,
      ...ids,
    ]);
    return tx.all<ClaimedDelivery>(
      `SELECT d.delivery_id, d.webhook_id, d.workspace_id, d.event_seq, d.payload, d.failures, w.url, w.secret, w.previous_secret,
              w.previous_secret_until
         FROM webhook_deliveries d JOIN webhooks w ON w.webhook_id = d.webhook_id
        WHERE d.delivery_id IN (${marks}) ORDER BY d.event_seq`,
      ids,
    );
  });
}

/** Records one attempt of a claimed delivery (nothing, if the claim was lost to another worker). */
export async function recordAttempt(
  db: Db,
  deliveryId: string,
  claim: string,
  a: {
    at: number;
    ok: boolean;
    statusCode: number | null;
    latencyMs: number;
    error: string | null;
    /** For a failure: when to try again, or null when it was the last attempt. */
    nextAttemptAt: number | null;
  },
): Promise<boolean> {
  const status: DeliveryStatus = a.ok ? "delivered" : a.nextAttemptAt === null ? "dead" : "pending";
  const { changes } = await db.run(
    `UPDATE webhook_deliveries SET status = ?, attempts = attempts + 1, failures = failures + ?, next_attempt_at = ?, claim = NULL,
       last_attempt_at = ?, last_status_code = ?, last_latency_ms = ?, last_error = ?, delivered_at = ?
      WHERE delivery_id = ? AND claim = ?`,
    [
      status,
      a.ok ? 0 : 1,
      a.ok ? null : a.nextAttemptAt,
      a.at,
      a.statusCode,
      Math.round(a.latencyMs),
      a.error,
      a.ok ? a.at : null,
      deliveryId,
      claim,
    ],
  );
  return changes === 1;
}

/** Gives back every claim (the embedded store's single process starts: claims of the one before died with it). */
export async function releaseAllClaims(db: Db, now: number): Promise<void> {
  await db.run(`UPDATE webhook_deliveries SET claim = NULL, next_attempt_at = ? WHERE status = 'pending' AND claim IS NOT NULL`, [now]);
}

/** A subscription's deliveries, newest event first, after the cursor `(event_seq, delivery_id)`. */
export async function deliveriesOf(
  q: Queryable,
  workspaceId: string,
  webhookId: string,
  opts: { limit: number; after?: [number, string]; status?: DeliveryStatus },
): Promise<DeliveryRow[]> {
  const where = [`workspace_id = ?`, `webhook_id = ?`];
  const params: (string | number)[] = [workspaceId, webhookId];
  if (opts.status) {
    where.push(`status = ?`);
    params.push(opts.status);
  }
  if (opts.after) {
    where.push(`(event_seq < ? OR (event_seq = ? AND delivery_id < ?))`);
    params.push(opts.after[0], opts.after[0], opts.after[1]);
  }
  return q.all<DeliveryRow>(
    `SELECT ${COLUMNS} FROM webhook_deliveries WHERE ${where.join(" AND ")} ORDER BY event_seq DESC, delivery_id DESC LIMIT ?`,
    [...params, opts.limit],
  );
}

export async function deliveryOf(
  q: Queryable,
  workspaceId: string,
  webhookId: string,
  deliveryId: string,
): Promise<DeliveryRow | undefined> {
  return q.get<DeliveryRow>(`SELECT ${COLUMNS} FROM webhook_deliveries WHERE delivery_id = ? AND webhook_id = ? AND workspace_id = ?`, [
    deliveryId,
    webhookId,
    workspaceId,
  ]);
}

/** The body a delivery sends. */
export async function deliveryPayload(q: Queryable, deliveryId: string): Promise<string | undefined> {
  return (await q.get<{ payload: string }>(`SELECT payload FROM webhook_deliveries WHERE delivery_id = ?`, [deliveryId]))?.payload;
}

/** Queues a delivery again, due now, with a fresh retry schedule (same row, so the same `webhook-id`). */
export async function requeueDelivery(tx: Queryable, workspaceId: string, deliveryId: string, now: number): Promise<void> {
  await tx.run(
    `UPDATE webhook_deliveries SET status = 'pending', failures = 0, next_attempt_at = ?, claim = NULL WHERE delivery_id = ? AND workspace_id = ?`,
    [now, deliveryId, workspaceId],
  );
}

export async function deleteDeliveriesOf(tx: Queryable, workspaceId: string, webhookId: string): Promise<void> {
  await tx.run(`DELETE FROM webhook_deliveries WHERE webhook_id = ? AND workspace_id = ?`, [webhookId, workspaceId]);
}
