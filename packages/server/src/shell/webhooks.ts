// Webhooks (docs/protocol.md §10): the outbox rows a committed command's audit events produce, the
// Standard Webhooks envelope and signature, the subscription secrets (sealed at rest,
// docs/security.md §6) and the catalog of event types. Delivery is the worker's
// (`webhook-worker.ts`); this module decides what is sent and how it is signed.
import { randomBytes } from "node:crypto";
import { Webhook } from "standardwebhooks";
import type { AuditEvent } from "../audit/index.ts";
import { checkTargetUrl, OutboundRefused, type OutboundPolicy } from "../net/outbound.ts";
import type { EngineEventType } from "../engine/index.ts";
import type { Queryable } from "../store/db.ts";
import { insertDelivery } from "../store/webhook-deliveries.ts";
import { subscribersOf } from "../store/webhooks.ts";
import { newId } from "./ids.ts";
import { open, seal } from "./sealed.ts";

/** Most webhook subscriptions one workspace may hold. */
export const MAX_WEBHOOKS_PER_WORKSPACE = 20;

/** The event a test delivery carries; it goes to the tested subscription only. */
export const TEST_EVENT = "webhook.test";

/** Every event type (audit action) the server emits, with what it means. Engine actions are checked exhaustively. */
const ENGINE_EVENTS: Record<EngineEventType, string> = {
  "booking.held": "a hold was placed",
  "booking.committed": "a booking was committed",
  "hold.committed": "a hold was committed",
  "hold.released": "a hold was released by its agent",
  "hold.expired": "a hold's TTL ran out",
  "hold.invalidated": "a hold was displaced by a same-or-higher-priority commit",
  "external.busy_set": "an external calendar's busy intervals were replaced",
  "booking.external_conflict": "a booking overlaps an external calendar's busy time",
  "booking.evicted": "a booking was evicted by a higher priority inside the bump window",
  "booking.moved": "a booking was moved",
  "series.decided": "a recurring series was decided",
  "series.cancelled": "a recurring series was cancelled",
  "booking.cancelled": "a booking was cancelled",
  "booking.rejected": "a booking request was rejected (conflict or rule)",
  "agent.upserted": "an agent was created or changed",
  "calendar.configured": "a calendar was created or its settings changed",
  "rules.set": "a calendar's rules were replaced",
  "command.rejected": "an owner command was rejected",
  "holds.swept": "expired holds were swept",
};

const NOTE_EVENTS: Record<string, string> = {
  "agent.key_rotated": "an agent's API key was rotated",
  "mailbox.received": "an agent's mailbox received a message",
  "mailbox.queued": "an agent queued an outbound message",
  "mailbox.sent": "an outbound message was handed to the relay",
  "mailbox.failed": "an outbound message could not be delivered",
  "webhook.created": "a webhook subscription was created",
  "webhook.updated": "a webhook subscription was changed",
  "webhook.deleted": "a webhook subscription was deleted",
  "webhook.secret_rotated": "a webhook subscription's secret was rotated",
  "webhook.redelivery_requested": "an owner asked for a delivery to be sent again",
  [TEST_EVENT]: "a test event an owner sent to one subscription (POST …/webhooks/{id}/test)",
};

/** The event catalog: every type, its description, and the schema of `data`. */
export function eventCatalog(): { type: string; description: string; schema: string }[] {
  return Object.entries({ ...ENGINE_EVENTS, ...NOTE_EVENTS })
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([type, description]) => ({ type, description, schema: "#/components/schemas/AuditEvent" }));
}

/** The envelope a delivery POSTs: `{type, timestamp, data}`, `data` the audit event as the log holds it. */
function envelope(event: AuditEvent): string {
  return JSON.stringify({ type: event.action, timestamp: event.at, data: event });
}

function wants(events: string[], action: string): boolean {
  return action !== TEST_EVENT && (events.includes("*") || events.includes(action));
}

/**
 * Writes the outbox rows of a command's audit events: one per (enabled subscription, matching
 * event). Runs inside the command's transaction, so the rows exist exactly when the events do.
 */
export async function enqueueDeliveries(tx: Queryable, workspaceId: string, audit: readonly AuditEvent[], now: number): Promise<number> {
  if (audit.length === 0) return 0;
  let queued = 0;
  const subscribers = await subscribersOf(tx, workspaceId);
  for (const sub of subscribers) {
    const events = JSON.parse(sub.events) as string[];
    for (const event of audit) {
      if (!wants(events, event.action)) continue;
      await enqueueOne(tx, workspaceId, sub.webhook_id, event, now);
      queued++;
    }
  }
  return queued;
}

/** One outbox row (a test event, or one subscription's share of `enqueueDeliveries`). */
export async function enqueueOne(tx: Queryable, workspaceId: string, webhookId: string, event: AuditEvent, now: number): Promise<string> {
  const deliveryId = newId("whd");
  await insertDelivery(tx, {
    delivery_id: deliveryId,
    workspace_id: workspaceId,
    webhook_id: webhookId,
    event_id: event.event_id,
    event_seq: event.seq,
    event_type: event.action,
    payload: envelope(event),
    created_at: now,
  });
  return deliveryId;
}

/**
 * The webhook rule on top of the outbound-request policy (docs/security.md §5): https only, unless
 * the server opted in to private targets (local receivers speak http). Throws OutboundRefused.
 */
export function checkWebhookUrl(raw: string, policy: Pick<OutboundPolicy, "allowPrivate">): void {
  const url = checkTargetUrl(raw, policy);
  if (!policy.allowPrivate && url.protocol !== "https:") throw new OutboundRefused("must use https");
}

/** A fresh signing secret: `whsec_` + base64 of 24 random bytes (the Standard Webhooks form). */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString("base64")}`;
}

/** The secret as the standard's libraries read it (secrets of earlier releases were base64url). */
function standardSecret(secret: string): string {
  const body = secret.startsWith("whsec_") ? secret.slice(6) : secret;
  return `whsec_${body.replaceAll("-", "+").replaceAll("_", "/")}`;
}

/**
 * `webhook-signature`: `v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">` per secret, space
 * separated (during a rotation's overlap both secrets sign).
 */
export function signWebhook(secrets: readonly string[], msgId: string, timestampSeconds: number, body: string): string {
  const at = new Date(timestampSeconds * 1000);
  return secrets.map((s) => new Webhook(standardSecret(s)).sign(msgId, at, body)).join(" ");
}

/** The secret sealed for one subscription (the context binds it to its row). */
export function sealWebhookSecret(key: Buffer, webhookId: string, secret: string): string {
  return seal(key, secret, `webhook:${webhookId}`);
}

export function openWebhookSecret(key: Buffer, webhookId: string, sealed: string): string {
  return open(key, sealed, `webhook:${webhookId}`);
}
