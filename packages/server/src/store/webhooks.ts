// The `webhooks` table: each workspace's webhook subscriptions.
import type { Db, Queryable } from "./db.ts";

export async function webhooksOf(
  q: Queryable,
  workspaceId: string,
): Promise<{ webhook_id: string; url: string; events: string; created_at: number }[]> {
  return q.all(`SELECT webhook_id, url, events, created_at FROM webhooks WHERE workspace_id = ? ORDER BY created_at, webhook_id`, [
    workspaceId,
  ]);
}

export async function webhookExists(q: Queryable, workspaceId: string, webhookId: string): Promise<boolean> {
  return (await q.get(`SELECT 1 FROM webhooks WHERE webhook_id = ? AND workspace_id = ?`, [webhookId, workspaceId])) !== undefined;
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

export async function deleteWebhookRow(tx: Queryable, workspaceId: string, webhookId: string): Promise<void> {
  await tx.run(`DELETE FROM webhooks WHERE webhook_id = ? AND workspace_id = ?`, [webhookId, workspaceId]);
}

export async function webhooksForDelivery(
  q: Queryable,
  workspaceId: string,
): Promise<{ webhook_id: string; url: string; events: string; secret: string }[]> {
  return q.all(`SELECT webhook_id, url, events, secret FROM webhooks WHERE workspace_id = ?`, [workspaceId]);
}

/** Seals the secrets a store from before sealing kept in plaintext (sealed ones start with `v1.`). */
export async function sealLegacyWebhookSecrets(db: Db, sealSecret: (secret: string, webhookId: string) => string): Promise<void> {
  const rows = await db.all<{ webhook_id: string; secret: string }>(`SELECT webhook_id, secret FROM webhooks WHERE secret NOT LIKE 'v1.%'`);
  for (const r of rows)
    await db.run(`UPDATE webhooks SET secret = ? WHERE webhook_id = ?`, [sealSecret(r.secret, r.webhook_id), r.webhook_id]);
}
