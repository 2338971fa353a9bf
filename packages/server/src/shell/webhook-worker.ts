// Delivers the webhook outbox (docs/protocol.md §10.2). Each pass claims due deliveries — at most
// one per subscription, its earliest event, so a subscription's events go out in log order while its
// receiver answers — and POSTs them through the outbound-request policy (docs/security.md §5: the
// address rule is checked again at delivery, redirects are not followed, time and size bounded).
// A 2xx is delivered; anything else is retried with exponential backoff and jitter (with the default
// base, 5 s → 10 h over 8 attempts) and then `dead`. State lives in the store only, so a restart (or
// a crashed replica's lease running out) resumes where delivery stood: at least once, with the same
// `webhook-id` every time.
import type { Logger } from "pino";
import { OutboundRefused, send, type OutboundPolicy } from "../net/outbound.ts";
import type { Db } from "../store/db.ts";
import { claimDueDeliveries, recordAttempt, releaseAllClaims, type ClaimedDelivery } from "../store/webhook-deliveries.ts";
import { randomToken } from "./ids.ts";
import { checkWebhookUrl, signWebhook } from "./webhooks.ts";

/** Attempts per delivery before it is `dead`. */
export const MAX_ATTEMPTS = 8;
/** Each retry waits this factor longer than the one before: base·F⁶ = 7200·base (5 s → 10 h). */
const FACTOR = 7200 ** (1 / 6);
const TIMEOUT_MS = 10_000;
/** Subscriptions served per pass. */
const BATCH = 20;

/** Wait before the retry that follows failure number `failures` (1-based), with ±20 % jitter. */
export function retryDelayMs(baseMs: number, failures: number, random: () => number = Math.random): number {
  return Math.round(baseMs * FACTOR ** (failures - 1) * (0.8 + 0.4 * random()));
}

export interface WebhookWorkerOptions {
  /** Delay before the first retry (`--webhook-retry-base-ms`). */
  retryBaseMs: number;
  now?: () => number;
  /** Opens a sealed secret of a subscription. */
  openSecret: (sealed: string, webhookId: string) => string;
}

export class WebhookWorker {
  private readonly db: Db;
  private readonly log: Logger;
  private readonly policy: OutboundPolicy;
  private readonly options: WebhookWorkerOptions;
  private readonly now: () => number;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private closed = false;

  constructor(db: Db, log: Logger, policy: OutboundPolicy, options: WebhookWorkerOptions) {
    this.db = db;
    this.log = log;
    this.policy = { ...policy, timeoutMs: Math.min(policy.timeoutMs, TIMEOUT_MS) };
    this.options = options;
    this.now = options.now ?? Date.now;
  }

  /** Starts polling. On the embedded store (one process) claims left by a process that died are given back first. */
  async start(): Promise<void> {
    if (this.db.dialect === "sqlite") await releaseAllClaims(this.db, this.now());
    const pollMs = Math.min(1_000, Math.max(20, Math.floor(this.options.retryBaseMs / 2)));
    this.timer = setInterval(() => this.kick(), pollMs);
    this.timer.unref();
    this.kick();
  }

  /** Looks for due deliveries now (after a commit queued some). */
  kick(): void {
    if (this.closed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((error: unknown) => this.log.warn({ err: error }, "webhook pass failed; the next one retries"))
      .finally(() => {
        this.running = undefined;
        if (this.again && !this.closed) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Stops; an attempt in flight finishes (bounded by its timeout) or is retried after its lease. */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    if (this.running) await Promise.race([this.running, new Promise((r) => setTimeout(r, TIMEOUT_MS).unref())]);
  }

  private async drain(): Promise<void> {
    while (!this.closed) {
      const claim = randomToken();
      const now = this.now();
      // The lease outlasts the attempt's deadline: nobody else takes the row while it may be in flight.
      const claimed = await claimDueDeliveries(this.db, now, now + this.policy.timeoutMs + 5_000, claim, BATCH);
      if (claimed.length === 0) return;
      await Promise.all(claimed.map((d) => this.attempt(d, claim)));
    }
  }

  private secretsOf(d: ClaimedDelivery, now: number): string[] {
    const secrets = [this.options.openSecret(d.secret, d.webhook_id)];
    if (d.previous_secret && d.previous_secret_until !== null && Number(d.previous_secret_until) > now) {
      secrets.push(this.options.openSecret(d.previous_secret, d.webhook_id));
    }
    return secrets;
  }

  private async attempt(d: ClaimedDelivery, claim: string): Promise<void> {
    const started = this.now();
    const timestamp = Math.floor(started / 1000);
    let statusCode: number | null = null;
    let error: string | null = null;
    const t0 = performance.now();
    try {
      checkWebhookUrl(d.url, this.policy);
      const res = await send(
        d.url,
        {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "user-agent": "agentdraft-webhooks/1",
            "webhook-id": d.delivery_id,
            "webhook-timestamp": String(timestamp),
            "webhook-signature": signWebhook(this.secretsOf(d, started), d.delivery_id, timestamp, d.payload),
          },
          body: d.payload,
        },
        this.policy,
      );
      statusCode = res.status;
      // Redirects are answers, not instructions: a 3xx is a failed delivery.
      if (res.status < 200 || res.status >= 300) {
        error = res.status >= 300 && res.status < 400 ? `HTTP ${res.status} (redirects are not followed)` : `HTTP ${res.status}`;
      }
    } catch (e) {
      error = e instanceof OutboundRefused ? `refused: ${e.message}` : String((e as Error).message ?? e).slice(0, 500);
    }
    const latencyMs = performance.now() - t0;
    const failures = Number(d.failures) + (error === null ? 0 : 1);
    const nextAttemptAt = error === null || failures >= MAX_ATTEMPTS ? null : this.now() + retryDelayMs(this.options.retryBaseMs, failures);
    const kept = await recordAttempt(this.db, d.delivery_id, claim, {
      at: started,
      ok: error === null,
      statusCode,
      latencyMs,
      error,
      nextAttemptAt,
    });
    if (!kept) this.log.warn({ delivery_id: d.delivery_id }, "webhook delivery outlived its lease; another worker owns it now");
    else if (error !== null) {
      const level = nextAttemptAt === null ? "warn" : "info";
      this.log[level](
        { webhook_id: d.webhook_id, delivery_id: d.delivery_id, failures, error, retry_at: nextAttemptAt },
        nextAttemptAt === null ? "webhook delivery dead after its last attempt" : "webhook delivery failed; will retry",
      );
    }
  }
}
