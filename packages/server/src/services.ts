// Everything a route handler may use, wired once at start. Below the HTTP layer (docs/architecture.md
// §1.3): it names nothing of http/, which implements the ports it declares (`ResponseStore`).
import type { SigningKey } from "./audit/index.ts";
import type { OutboundPolicy } from "./net/outbound.ts";
import type { Arbiter } from "./shell/arbiter.ts";
import type { EngineState } from "./engine/index.ts";
import type { Decided } from "./shell/ledger.ts";
import type { Ledgers } from "./shell/ledgers.ts";
import type { RateLimiter } from "./shell/rate-limit.ts";
import type { LoggedCommand } from "./shell/logged-command.ts";
import type { KeyHasher } from "./shell/secrets.ts";
import type { Db, Queryable } from "./store/db.ts";
import type { IdempotencyClaim } from "./store/idempotency.ts";

/** How long an owner's session lives (docs/security.md §3). */
export interface SessionPolicy {
  /** From sign-in, whatever happens. */
  ttlMs: number;
  /** Without a request. */
  idleMs: number;
  /** A session older than this is re-issued under a new token on its next request. */
  rotateMs: number;
  /** The `Secure` cookie attribute (off in dev over http). */
  secure: boolean;
}

/** Where a decided response is kept under its request's Idempotency-Key (http/idempotency.ts). */
export interface ResponseStore {
  /** Stores the response of a claimed request, inside the transaction of the command it answers. */
  save(tx: Queryable, claim: IdempotencyClaim, response: Answer): Promise<void>;
}

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
  /** The same address rule for external calendar sources, with their own time and size bounds (docs/protocol.md §11.1). */
  sourcePolicy: OutboundPolicy;
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
  readonly idempotency: ResponseStore;
  readonly limiter: RateLimiter;
  readonly hasher: KeyHasher;
  readonly signingKey: SigningKey;
  readonly settings: ServerSettings;
  readonly now: () => number;
  /** Called after an owner changed calendar sources (the server's poller looks for due ones at once). */
  sourcesChanged: () => void = () => {};

  constructor(parts: {
    db: Db;
    ledgers: Ledgers;
    arbiter: Arbiter;
    idempotency: ResponseStore;
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
