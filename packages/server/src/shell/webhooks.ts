// Delivers committed audit events to the workspace's webhook subscriptions: a JSON POST signed with
// HMAC-SHA256 (`Webhook-Signature: v1=<hex>` over `<timestamp>.<body>`), retried with backoff.
// Delivery is best effort and outside the command's transaction: a slow receiver never blocks a write.
import { createHmac } from "node:crypto";
import type { Logger } from "pino";
import type { AuditEvent } from "../audit/index.ts";
import type { Queryable } from "../store/db.ts";

const RETRY_DELAYS_MS = [1_000, 5_000];
const TIMEOUT_MS = 5_000;

export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `v1=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

export class WebhookDispatcher {
  private readonly db: Queryable;
  private readonly log: Logger;

  constructor(db: Queryable, log: Logger) {
    this.db = db;
    this.log = log;
  }

  async dispatch(workspaceId: string, events: readonly AuditEvent[]): Promise<void> {
    const hooks = await this.db.all<{ webhook_id: string; url: string; events: string; secret: string }>(
      `SELECT webhook_id, url, events, secret FROM webhooks WHERE workspace_id = ?`,
      [workspaceId],
    );
    for (const hook of hooks) {
      const wanted = JSON.parse(hook.events) as string[];
      for (const event of events) {
        if (wanted.includes("*") || wanted.includes(event.action)) void this.deliver(hook, event);
      }
    }
  }

  private async deliver(hook: { webhook_id: string; url: string; secret: string }, event: AuditEvent): Promise<void> {
    const body = JSON.stringify(event);
    for (let attempt = 0; ; attempt++) {
      const timestamp = String(Math.floor(Date.now() / 1000));
      try {
        const res = await fetch(hook.url, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "webhook-id": event.event_id,
            "webhook-timestamp": timestamp,
            "webhook-signature": signWebhook(hook.secret, timestamp, body),
          },
          body,
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
        if (res.ok) return;
        throw new Error(`HTTP ${res.status}`);
      } catch (error) {
        const delay = RETRY_DELAYS_MS[attempt];
        if (delay === undefined) {
          this.log.warn({ webhook_id: hook.webhook_id, event_id: event.event_id, err: String(error) }, "webhook delivery failed");
          return;
        }
        await new Promise((r) => setTimeout(r, delay).unref());
      }
    }
  }
}
