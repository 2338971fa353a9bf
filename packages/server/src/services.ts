// Everything a route handler may use, wired once at start.
import type { SigningKey } from "./audit/index.ts";
import type { OutboundPolicy } from "./net/outbound.ts";
import type { SessionPolicy } from "./http/auth.ts";
import type { IdempotencyClaim, IdempotencyStore } from "./http/idempotency.ts";
import type { RateLimiter } from "./http/rate-limit.ts";
import type { Arbiter } from "./shell/arbiter.ts";
import type { EngineState } from "./engine/index.ts";
import type { Decided } from "./shell/ledger.ts";
import type { Ledgers } from "./shell/ledgers.ts";
import type { LoggedCommand } from "./shell/logged-command.ts";
import type { KeyHasher } from "./shell/secrets.ts";
import type { Db, Queryable } from "./store/db.ts";

export interface ServerSettings {
  dev: boolean;
  /** Origin line prefix of audit checkpoints and the name of the signing key. */
  logName: string;
  /** Domain of agent mailbox addresses. */
  mailDomain: string;
  /** Magic links and sessions. */
  magicLinkTtlMs: number;
  session: SessionPolicy;
  /** How the server calls URLs owners gave it (webhooks, calendar sources). */
  outbound: OutboundPolicy;
  /** AES-256-GCM key of owner-given secrets at rest (the key file's sealing key). */
  sealingKey: Buffer;
}

/** A response as idempotency stores it (a handler's typed output is one). */
export interface Answer {
  status: number;
  body?: unknown;
}

export class Services {
  readonly db: Db;
  readonly ledgers: Ledgers;
  readonly arbiter: Arbiter;
  readonly idempotency: IdempotencyStore;
  readonly limiter: RateLimiter;
  readonly hasher: KeyHasher;
  readonly signingKey: SigningKey;
  readonly settings: ServerSettings;
  readonly now: () => number;

  constructor(parts: {
    db: Db;
    ledgers: Ledgers;
    arbiter: Arbiter;
    idempotency: IdempotencyStore;
    limiter: RateLimiter;
    hasher: KeyHasher;
    signingKey: SigningKey;
    settings: ServerSettings;
    now: () => number;
  }) {
    this.db = parts.db;
    this.ledgers = parts.ledgers;
    this.arbiter = parts.arbiter;
    this.idempotency = parts.idempotency;
    this.limiter = parts.limiter;
    this.hasher = parts.hasher;
    this.signingKey = parts.signingKey;
    this.settings = parts.settings;
    this.now = parts.now;
  }

  /**
   * The engine state of a workspace the current request holds (the HTTP layer leases the caller's
   * workspace before the handler runs, so it is loaded and current).
   */
  stateOf(workspaceId: string): EngineState {
    const ledger = this.ledgers.peek(workspaceId);
    if (!ledger) throw new Error(`workspace ${workspaceId} is not loaded`);
    return ledger.state;
  }

  /** Saves a decided response under the request's idempotency key, inside the command's transaction. */
  async remember(tx: Queryable, claim: IdempotencyClaim | undefined, out: Answer): Promise<void> {
    if (claim && out.status < 500) await this.idempotency.save(tx, claim, { status: out.status, body: out.body });
  }

  /**
   * Executes one command and renders its response inside the same transaction (so the response is
   * stored with the state change when the request carries an idempotency key).
   */
  async execute<O extends Answer>(
    workspaceId: string,
    claim: IdempotencyClaim | undefined,
    make: (seq: number, at: number) => LoggedCommand,
    render: (done: Decided, tx: Queryable) => Promise<O> | O,
  ): Promise<O> {
    const executed = await this.ledgers.execute<O>(workspaceId, make, async (tx, done) => {
      const out = await render(done, tx);
      await this.remember(tx, claim, out);
      return out;
    });
    return executed.result;
  }
}
