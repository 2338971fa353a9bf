// The owner's webhook API (docs/protocol.md §10): subscriptions, the event catalog, deliveries,
// redelivery, test events and secret rotation. Every change is an audited command; the outbox rows
// a command's events produce are written in its transaction (shell/webhooks.ts).
import type { AuditEvent } from "../audit/index.ts";
import type { components } from "../generated/openapi.ts";
import type { Handlers, Input } from "../http/context.ts";
import { ApiError, invalid } from "../http/problems.ts";
import { OutboundRefused } from "../net/outbound.ts";
import type { Services } from "../services.ts";
import { iso } from "../shell/audit-trail.ts";
import { newId } from "../shell/ids.ts";
import {
  checkWebhookUrl,
  enqueueOne,
  eventCatalog,
  MAX_WEBHOOKS_PER_WORKSPACE,
  newWebhookSecret,
  sealWebhookSecret,
  TEST_EVENT,
} from "../shell/webhooks.ts";
import type { Queryable } from "../store/db.ts";
import { workspaceRowCount } from "../store/quotas.ts";
import {
  deleteDeliveriesOf,
  deliveriesOf,
  deliveryOf,
  deliveryPayload,
  requeueDelivery,
  type DeliveryRow,
  type DeliveryStatus,
} from "../store/webhook-deliveries.ts";
import {
  deleteWebhookRow,
  insertWebhook,
  rotateWebhookSecretRow,
  updateWebhookRow,
  webhookOf,
  webhooksOf,
  type WebhookRow,
} from "../store/webhooks.ts";
import { decodeCursor, page } from "./cursor.ts";

const DEFAULT_OVERLAP_SECONDS = 24 * 60 * 60;

const webhookView = (r: WebhookRow) => ({
  webhook_id: r.webhook_id,
  url: r.url,
  events: JSON.parse(r.events) as string[],
  enabled: Boolean(Number(r.enabled)),
  created_at: iso(Number(r.created_at)),
});

const when = (ms: number | null) => (ms === null || ms === undefined ? {} : { at: iso(Number(ms)) });

function deliveryView(r: DeliveryRow) {
  const opt = <K extends string>(key: K, value: unknown) => (value === null || value === undefined ? {} : { [key]: value });
  return {
    delivery_id: r.delivery_id,
    webhook_id: r.webhook_id,
    event_id: r.event_id,
    event_type: r.event_type,
    status: r.status,
    attempts: Number(r.attempts),
    ...opt("last_attempt_at", when(r.last_attempt_at).at),
    ...opt("last_status_code", r.last_status_code === null ? null : Number(r.last_status_code)),
    ...opt("last_latency_ms", r.last_latency_ms === null ? null : Number(r.last_latency_ms)),
    ...opt("last_error", r.last_error),
    ...opt("next_attempt_at", r.status === "pending" ? when(r.next_attempt_at).at : undefined),
    ...opt("delivered_at", when(r.delivered_at).at),
    created_at: iso(Number(r.created_at)),
  };
}

type WebhookOperation =
  | "listWebhooks"
  | "listWebhookEventTypes"
  | "createWebhook"
  | "updateWebhook"
  | "deleteWebhook"
  | "rotateWebhookSecret"
  | "testWebhook"
  | "listWebhookDeliveries"
  | "redeliverWebhookDelivery";

export function webhookHandlers(services: Services): Pick<Handlers, WebhookOperation> {
  const { db } = services;

  /** 422 `target_refused` for a URL the outbound-request policy would not call (docs/security.md §5). */
  function checkUrl(url: string): void {
    try {
      checkWebhookUrl(url, services.settings.outbound);
    } catch (error) {
      if (!(error instanceof OutboundRefused)) throw error;
      throw new ApiError("target_refused", "the webhook URL is not one this server calls", {
        errors: [{ field: "/url", message: error.message }],
      });
    }
  }

  async function webhookRow(input: Input): Promise<WebhookRow> {
    const row = await webhookOf(db, input.user!.workspace_id, input.path.webhook_id!);
    if (!row) throw new ApiError("not_found", `no webhook ${input.path.webhook_id}`);
    return row;
  }

  /** Runs an owner's webhook change as an audited command, `within` inside its transaction. */
  async function note<R>(
    input: Input,
    action: string,
    resource: string,
    outcome: Record<string, unknown>,
    within: (tx: Queryable, at: number, eventOf: () => AuditEvent) => Promise<R>,
  ): Promise<R> {
    const ws = input.user!.workspace_id;
    const executed = await services.ledgers.execute(
      ws,
      (seq, at) => ({
        command: { type: "audit.note", seq, at, action, resource, outcome: outcome as never },
        ctx: input.commandContext(ws),
      }),
      (tx, done) => within(tx, done.logged.command.at, () => done.audit[0]!),
    );
    return executed.result;
  }

  return {
    listWebhooks: async ({ user }) => ({ status: 200, body: { data: (await webhooksOf(db, user!.workspace_id)).map(webhookView) } }),

    listWebhookEventTypes: async () => ({ status: 200, body: { data: eventCatalog() } }),

    createWebhook: async (input) => {
      const ws = input.user!.workspace_id;
      const body = input.body as { url: string; events: string[] };
      checkUrl(body.url);
      if ((await workspaceRowCount(db, "webhooks", ws)) >= MAX_WEBHOOKS_PER_WORKSPACE) {
        throw invalid(`a workspace has at most ${MAX_WEBHOOKS_PER_WORKSPACE} webhooks`, [
          { field: "/", message: "the workspace's webhooks quota is reached" },
        ]);
      }
      const webhookId = newId("whk");
      const secret = newWebhookSecret();
      const events = [...new Set(body.events)];
      await note(input, "webhook.created", webhookId, { url: body.url, events }, async (tx, at) => {
        await insertWebhook(tx, {
          webhook_id: webhookId,
          workspace_id: ws,
          url: body.url,
          events,
          secret: sealWebhookSecret(services.settings.sealingKey, webhookId, secret),
          created_at: at,
        });
      });
      return { status: 201, body: { ...webhookView((await webhookOf(db, ws, webhookId))!), secret } };
    },

    updateWebhook: async (input) => {
      const row = await webhookRow(input);
      const body = input.body as { url?: string; events?: string[]; enabled?: boolean };
      if (body.url !== undefined) checkUrl(body.url);
      const next = {
        url: body.url ?? row.url,
        events: body.events ? [...new Set(body.events)] : (JSON.parse(row.events) as string[]),
        enabled: body.enabled ?? Boolean(Number(row.enabled)),
      };
      await note(input, "webhook.updated", row.webhook_id, next, async (tx) => {
        await updateWebhookRow(tx, row.workspace_id, row.webhook_id, next);
      });
      return { status: 200, body: webhookView((await webhookOf(db, row.workspace_id, row.webhook_id))!) };
    },

    deleteWebhook: async (input) => {
      const row = await webhookRow(input);
      await note(input, "webhook.deleted", row.webhook_id, {}, async (tx) => {
        await deleteDeliveriesOf(tx, row.workspace_id, row.webhook_id);
        await deleteWebhookRow(tx, row.workspace_id, row.webhook_id);
      });
      return { status: 204 };
    },

    rotateWebhookSecret: async (input) => {
      const row = await webhookRow(input);
      const overlap = (input.body as { overlap_seconds?: number } | undefined)?.overlap_seconds ?? DEFAULT_OVERLAP_SECONDS;
      const secret = newWebhookSecret();
      await note(input, "webhook.secret_rotated", row.webhook_id, { overlap_seconds: overlap }, async (tx, at) => {
        // The previous secret stays sealed as it was (same subscription, same context).
        await rotateWebhookSecretRow(
          tx,
          row.workspace_id,
          row.webhook_id,
          sealWebhookSecret(services.settings.sealingKey, row.webhook_id, secret),
          row.secret,
          at + overlap * 1000,
        );
      });
      return { status: 200, body: { ...webhookView((await webhookOf(db, row.workspace_id, row.webhook_id))!), secret } };
    },

    testWebhook: async (input) => {
      const row = await webhookRow(input);
      const deliveryId = await note(input, TEST_EVENT, row.webhook_id, { webhook_id: row.webhook_id }, (tx, at, eventOf) =>
        enqueueOne(tx, row.workspace_id, row.webhook_id, eventOf(), at),
      );
      services.deliveriesQueued();
      const delivery = (await deliveryOf(db, row.workspace_id, row.webhook_id, deliveryId))!;
      // The payload is the envelope this server wrote (shell/webhooks.ts).
      const envelope = JSON.parse((await deliveryPayload(db, deliveryId))!) as components["schemas"]["WebhookEnvelope"];
      return { status: 202, body: { delivery: deliveryView(delivery), envelope } };
    },

    listWebhookDeliveries: async (input) => {
      const row = await webhookRow(input);
      const q = input.query as { limit: number; cursor?: string; status?: DeliveryStatus };
      const rows = await deliveriesOf(db, row.workspace_id, row.webhook_id, {
        limit: q.limit + 1,
        ...(q.status ? { status: q.status } : {}),
        ...(q.cursor ? { after: decodeCursor(q.cursor, "number", "string") } : {}),
      });
      return {
        status: 200,
        body: page(rows, q.limit, deliveryView, (r) => [Number(r.event_seq), r.delivery_id]),
      };
    },

    redeliverWebhookDelivery: async (input) => {
      const row = await webhookRow(input);
      const deliveryId = input.path.delivery_id!;
      if (!(await deliveryOf(db, row.workspace_id, row.webhook_id, deliveryId)))
        throw new ApiError("not_found", `no delivery ${deliveryId}`);
      await note(input, "webhook.redelivery_requested", deliveryId, { webhook_id: row.webhook_id }, async (tx, at) => {
        await requeueDelivery(tx, row.workspace_id, deliveryId, at);
      });
      services.deliveriesQueued();
      return { status: 202, body: deliveryView((await deliveryOf(db, row.workspace_id, row.webhook_id, deliveryId))!) };
    },
  };
}
