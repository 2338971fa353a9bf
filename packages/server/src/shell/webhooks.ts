// Delivers committed audit events to the workspace's webhook subscriptions: a JSON POST signed with
// HMAC-SHA256 (`Webhook-Signature: v1=<hex>` over `<timestamp>.<body>`), retried with backoff.
// Delivery is best effort and outside the command's transaction: a slow receiver never blocks a write.
// Every request goes through the outbound-request policy (docs/security.md §5), and each
// subscription's secret is stored sealed (docs/security.md §6).
import { createHmac } from "node:crypto";
import type { Logger } from "pino";
import type { AuditEvent } from "../audit/index.ts";
import { send, type OutboundPolicy } from "../net/outbound.ts";
import type { Queryable } from "../store/db.ts";
import { webhooksForDelivery } from "../store/webhooks.ts";
import { open, seal } from "./sealed.ts";

const RETRY_DELAYS_MS = [1_000, 5_000];
const TIMEOUT_MS = 5_000;

/** Most webhook subscriptions one workspace may hold. */
export const MAX_WEBHOOKS_PER_WORKSPACE = 20;

export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `v1=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/** The secret sealed for one subscription (the context binds it to its row). */
export function sealWebhookSecret(key: Buffer, webhookId: string, secret: string): string {
  return seal(key, secret, `webhook:${webhookId}`);
}

export function openWebhookSecret(key: Buffer, webhookId: string, sealed: string): string {
  return open(key, sealed, `webhook:${webhookId}`);
}

export class WebhookDispatcher {
  private readonly db: Queryable;
  private readonly log: Logger;
  private readonly policy: OutboundPolicy;
  private readonly openSecret: (sealed: string, webhookId: string) => string;

  constructor(db: Queryable, log: Logger, policy: OutboundPolicy, openSecret: (sealed: string, webhookId: string) => string) {
    this.db = db;
    this.log = log;
    this.policy = { ...policy, timeoutMs: Math.min(policy.timeoutMs, TIMEOUT_MS) };
    this.openSecret = openSecret;
  }

  async dispatch(workspaceId: string, events: readonly AuditEvent[]): Promise<void> {
    for (const hook of await webhooksForDelivery(this.db, workspaceId)) {
      const wanted = JSON.parse(hook.events) as string[];
      const secret = this.openSecret(hook.secret, hook.webhook_id);
      for (const event of events) {
        if (wanted.includes("*") || wanted.includes(event.action)) void this.deliver({ ...hook, secret }, event);
      }
    }
  }

  private async deliver(hook: { webhook_id: string; url: string; secret: string }, event: AuditEvent): Promise<void> {
    const body = JSON.stringify(event);
    for (let attempt = 0; ; attempt++) {
      const timestamp = String(Math.floor(Date.now() / 1000));
      try {
        const res = await send(
          hook.url,
          {
            method: "POST",
            headers: {
              "content-type": "application/json",
              "webhook-id": event.event_id,
              "webhook-timestamp": timestamp,
              "webhook-signature": signWebhook(hook.secret, timestamp, body),
            },
            body,
          },
          this.policy,
        );
        // Redirects are answers, not instructions: a 3xx is a failed delivery.
        if (res.status >= 200 && res.status < 300) return;
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
