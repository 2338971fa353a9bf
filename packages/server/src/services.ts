// Everything a route handler may use, wired once at start. Below the HTTP layer (docs/architecture.md
// §1.3): it names nothing of http/.
import type { SigningKey } from "./audit/index.ts";
import type { OutboundPolicy } from "./net/outbound.ts";
import { AGENT_KEY_CACHE_TTL_MS, AgentKeyCache } from "./shell/agent-key-cache.ts";
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
  readonly limiter: RateLimiter;
  readonly hasher: KeyHasher;
  readonly signingKey: SigningKey;
  readonly settings: ServerSettings;
  readonly now: () => number;
  /** Called after an owner changed calendar sources (the server's poller looks for due ones at once). */
  sourcesChanged: () => void = () => {};
  /** Called after an owner's command queued webhook deliveries itself (the worker sends them at once). */
  deliveriesQueued: () => void = () => {};
  /** Authenticated API keys, for a short while (docs/security.md §3). */
  readonly agentKeys: AgentKeyCache;

  constructor(parts: {
    db: Db;
    ledgers: Ledgers;
    arbiter: Arbiter;
    limiter: RateLimiter;
    hasher: KeyHasher;
    signingKey: SigningKey;
    settings: ServerSettings;
    now: () => number;
  }) {
    this.db = parts.db;
    this.ledgers = parts.ledgers;
    this.arbiter = parts.arbiter;
    this.limiter = parts.limiter;
    this.hasher = parts.hasher;
    this.signingKey = parts.signingKey;
    this.settings = parts.settings;
    this.now = parts.now;
    // Keys are cached only where this process is the only writer (the embedded store): every change
    // to an agent is then committed here, and forgets the workspace's keys before it is answered.
    // With PostgreSQL replicas another process may revoke a key, so every request looks it up.
    this.agentKeys = new AgentKeyCache(Date.now, this.db.dialect === "sqlite" ? AGENT_KEY_CACHE_TTL_MS : 0);
    this.ledgers.onCommitted((workspaceId, audit) => {
      if (audit.some((e) => e.action.startsWith("agent."))) this.agentKeys.forgetWorkspace(workspaceId);
    });
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

  /**
   * Executes one command and renders its response inside the same transaction. With the request's
   * idempotency claim (`input.idempotency`), the ledger stores the response under it in that
   * transaction too, so both exist or neither (docs/protocol.md §2.7).
   */
  async execute<O extends Answer>(
    workspaceId: string,
    claim: IdempotencyClaim | undefined,
    make: (seq: number, at: number) => LoggedCommand,
    render: (done: Decided, tx: Queryable) => Promise<O> | O,
  ): Promise<O> {
    const executed = await this.ledgers.execute<O>(
      workspaceId,
      make,
      async (tx, done) => render(done, tx),
      claim ? [{ claim, response: (out) => ({ status: out.status, body: out.body }) }] : undefined,
    );
    return executed.result;
  }
}
