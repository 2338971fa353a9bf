// The `webhooks` table: each workspace's webhook subscriptions (secrets sealed, docs/security.md §6).
import type { Db, Queryable } from "./db.ts";

export interface WebhookRow {
  webhook_id: string;
  workspace_id: string;
  url: string;
  /** JSON array of event types. */
  events: string;
  enabled: number;
  /** Sealed. */
  secret: string;
  /** Sealed; signs too until `previous_secret_until`. */
  previous_secret: string | null;
  previous_secret_until: number | null;
  created_at: number;
}

const COLUMNS = `webhook_id, workspace_id, url, events, enabled, secret, previous_secret, previous_secret_until, created_at`;

export async function webhooksOf(q: Queryable, workspaceId: string): Promise<WebhookRow[]> {
  return q.all<WebhookRow>(`SELECT ${COLUMNS} FROM webhooks WHERE workspace_id = ? ORDER BY created_at, webhook_id`, [workspaceId]);
}

export async function webhookOf(q: Queryable, workspaceId: string, webhookId: string): Promise<WebhookRow | undefined> {
  return q.get<WebhookRow>(`SELECT ${COLUMNS} FROM webhooks WHERE webhook_id = ? AND workspace_id = ?`, [webhookId, workspaceId]);
}

/** The enabled subscriptions of a workspace, for the outbox (inside the command's transaction). */
export async function subscribersOf(q: Queryable, workspaceId: string): Promise<{ webhook_id: string; events: string }[]> {
  return q.all(`SELECT webhook_id, events FROM webhooks WHERE workspace_id = ? AND enabled = 1`, [workspaceId]);
}

export async function insertWebhook(
  tx: Queryable,
  w: { webhook_id: string; workspace_id: string; url: string; events: string[]; secret: string; created_at: number },
): Promise<void> {
  await tx.run(`INSERT INTO webhooks (webhook_id, workspace_id, url, events, secret, created_at) VALUES (?, ?, ?, ?, ?, ?)`, [
    w.webhook_id,
    w.workspace_id,
    w.url,
    JSON.stringify(w.events),
    w.secret,
    w.created_at,
  ]);
}

export async function updateWebhookRow(
  tx: Queryable,
  workspaceId: string,
  webhookId: string,
  w: { url: string; events: string[]; enabled: boolean },
): Promise<void> {
  await tx.run(`UPDATE webhooks SET url = ?, events = ?, enabled = ? WHERE webhook_id = ? AND workspace_id = ?`, [
    w.url,
    JSON.stringify(w.events),
    w.enabled ? 1 : 0,
    webhookId,
    workspaceId,
  ]);
}

/** A new (sealed) secret; the one it replaces keeps signing until `previousUntil`. */
export async function rotateWebhookSecretRow(
  tx: Queryable,
  workspaceId: string,
  webhookId: string,
  secret: string,
  previous: string,
  previousUntil: number,
): Promise<void> {
  await tx.run(`UPDATE webhooks SET secret = ?, previous_secret = ?, previous_secret_until = ? WHERE webhook_id = ? AND workspace_id = ?`, [
    secret,
    previous,
    previousUntil,
    webhookId,
    workspaceId,
  ]);
}

export async function deleteWebhookRow(tx: Queryable, workspaceId: string, webhookId: string): Promise<void> {
  await tx.run(`DELETE FROM webhooks WHERE webhook_id = ? AND workspace_id = ?`, [webhookId, workspaceId]);
}

/** Seals the secrets a store from before sealing kept in plaintext (sealed ones start with `v1.`). */
export async function sealLegacyWebhookSecrets(db: Db, sealSecret: (secret: string, webhookId: string) => string): Promise<void> {
  const rows = await db.all<{ webhook_id: string; secret: string }>(`SELECT webhook_id, secret FROM webhooks WHERE secret NOT LIKE 'v1.%'`);
  for (const r of rows)
    await db.run(`UPDATE webhooks SET secret = ? WHERE webhook_id = ?`, [sealSecret(r.secret, r.webhook_id), r.webhook_id]);
}
