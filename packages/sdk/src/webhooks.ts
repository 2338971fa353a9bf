/**
 * Verifying webhook deliveries (docs/protocol.md §10.4): `client.webhooks.verify(payload, headers,
 * secret)` checks a delivery the Standard Webhooks way — `webhook-signature` carries `v1,<base64
 * HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<body>">` (several, space-separated, during a
 * secret rotation), compared in constant time, with a timestamp at most 5 minutes off — using the
 * standard's own library (`standardwebhooks`). `unwrap` also returns the typed, camelCase event.
 * Neither needs an API key: `new Webhooks()` works on its own.
 */
import { Webhook, WebhookVerificationError as StandardError } from "standardwebhooks";
import { camelize } from "./case.ts";
import { AgentDraftError } from "./errors.ts";
import type { components } from "./generated/openapi.ts";
import type { WebhookEnvelope } from "./generated/models.ts";

/** The envelope as sent (snake_case `data`: the audit event exactly as the log holds it, for `verifyEvent`). */
export type WireWebhookEnvelope = components["schemas"]["WebhookEnvelope"];

/** Request headers as any framework gives them: a `Headers`, or a plain object (Node's `IncomingHttpHeaders`). */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

/** A delivery that does not verify: missing headers, no matching signature, a stale timestamp, or a body that is not an envelope. */
export class WebhookVerificationError extends AgentDraftError {
  override name = "WebhookVerificationError";
}

function headerRecord(headers: WebhookHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  const entries: [string, unknown][] =
    typeof (headers as Headers).forEach === "function" && typeof (headers as Headers).get === "function"
      ? [...(headers as Headers).entries()]
      : Object.entries(headers);
  for (const [k, v] of entries) {
    const name = k.toLowerCase();
    if (name !== "webhook-id" && name !== "webhook-timestamp" && name !== "webhook-signature") continue;
    if (typeof v === "string") out[name] = v;
    else if (Array.isArray(v) && v.every((x) => typeof x === "string")) out[name] = v.join(", ");
  }
  return out;
}

function text(payload: string | Uint8Array): string {
  return typeof payload === "string" ? payload : new TextDecoder("utf-8", { fatal: true }).decode(payload);
}

export class Webhooks {
  /**
   * Checks a delivery's signature and timestamp against `secret` (`whsec_…`; a list accepts any of
   * them, e.g. both secrets during a rotation) and returns the envelope as sent. Pass the raw body,
   * byte for byte: a re-serialized JSON object does not verify.
   */
  verify(payload: string | Uint8Array, headers: WebhookHeaders, secret: string | readonly string[]): WireWebhookEnvelope {
    let body: string;
    try {
      body = text(payload);
    } catch {
      throw new WebhookVerificationError("the payload is not UTF-8");
    }
    const h = headerRecord(headers);
    const secrets = typeof secret === "string" ? [secret] : [...secret];
    if (secrets.length === 0) throw new WebhookVerificationError("no secret to verify with");
    let last: unknown;
    for (const s of secrets) {
      let wh: Webhook;
      try {
        wh = new Webhook(s);
      } catch (error) {
        throw new WebhookVerificationError("the secret is not a Standard Webhooks secret (whsec_<base64>)", { cause: error });
      }
      try {
        wh.verify(body, h, { jsonParse: false });
      } catch (error) {
        if (!(error instanceof StandardError)) throw error;
        last = error;
        continue;
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(body);
      } catch (error) {
        throw new WebhookVerificationError("the payload is not JSON", { cause: error });
      }
      const env = parsed as Partial<WireWebhookEnvelope> | null;
      if (!env || typeof env.type !== "string" || typeof env.timestamp !== "string" || typeof env.data !== "object" || env.data === null) {
        throw new WebhookVerificationError("the payload is not a webhook envelope {type, timestamp, data}");
      }
      return env as WireWebhookEnvelope;
    }
    throw new WebhookVerificationError(`webhook verification failed: ${(last as Error).message}`, { cause: last });
  }

  /** `verify`, then the event in the SDK's camelCase form. */
  unwrap(payload: string | Uint8Array, headers: WebhookHeaders, secret: string | readonly string[]): WebhookEnvelope {
    return camelize(this.verify(payload, headers, secret)) as WebhookEnvelope;
  }
}
