// The `webhooks` table: each workspace's webhook subscriptions.
import type { Queryable } from "./db.ts";

export async function webhooksOf(q: Queryable, workspaceId: string): Promise<{ webhook_id: string; url: string; events: string; created_at: number }[]> {
  return q.all(`SELECT webhook_id, url, events, created_at FROM webhooks WHERE workspace_id = ? ORDER BY created_at, webhook_id`, [workspaceId]);
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
