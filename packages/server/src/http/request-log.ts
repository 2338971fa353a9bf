// The request log of the owner dashboard (docs/architecture.md §9): every request an agent sends, and
// every owner write, as one row (time, agent, operation, status, Request-Id, Idempotency-Key, replay,
// latency, problem code). Recording never slows or fails a request: the middleware only appends to an
// in-memory queue (bounded; past it rows are dropped and counted), and a timer writes the queue in one
// transaction and prunes the table to its window. A store error loses that batch, and is logged.
import type { Logger } from "pino";
import type { Db } from "../store/db.ts";
import { insertRequestLogRows, pruneRequestLogBefore, pruneRequestLogBeyond, type RequestLogRow } from "../store/request-log.ts";

export interface RequestLogPolicy {
  /** How long rows are kept (default 7 days). */
  retentionMs: number;
  /** Most rows kept per workspace (default 100 000). */
  maxRowsPerWorkspace: number;
  /** How often the queue is written (default 250 ms). */
  flushEveryMs: number;
  /** Most rows waiting in memory (default 10 000). */
  maxQueued: number;
  /** How often the age and count bounds are enforced (default 1 min; not needed on every batch). */
  pruneEveryMs: number;
}

export const DEFAULT_REQUEST_LOG_POLICY: RequestLogPolicy = {
  retentionMs: 7 * 24 * 60 * 60 * 1000,
  maxRowsPerWorkspace: 100_000,
  flushEveryMs: 250,
  maxQueued: 10_000,
  pruneEveryMs: 60_000,
};

export class RequestLogWriter {
  private queue: RequestLogRow[] = [];
  private readonly timer: NodeJS.Timeout;
  private flushing: Promise<void> | undefined;
  private lastPrune = 0;
  /** Workspaces written since the last prune (only they can have grown past the count bound). */
  private grown = new Set<string>();
  /** Rows dropped because the queue was full (or the store failed). */
  dropped = 0;
  readonly policy: RequestLogPolicy;
  private readonly db: Db;
  private readonly log: Logger;
  private readonly now: () => number;

  constructor(db: Db, log: Logger, now: () => number, policy: Partial<RequestLogPolicy> = {}) {
    this.db = db;
    this.log = log;
    this.now = now;
    this.policy = { ...DEFAULT_REQUEST_LOG_POLICY, ...policy };
    this.timer = setInterval(() => void this.flush(), this.policy.flushEveryMs);
    this.timer.unref();
  }

  /** Queues one row; never throws, never waits. */
  record(row: RequestLogRow): void {
    if (this.queue.length >= this.policy.maxQueued) {
      this.dropped++;
      return;
    }
    this.queue.push(row);
  }

  /** Writes what is queued (one flush at a time); resolves when it is stored or given up. */
  flush(): Promise<void> {
    if (this.flushing) return this.flushing;
    if (this.queue.length === 0 && this.now() - this.lastPrune < this.policy.pruneEveryMs) return Promise.resolve();
    const batch = this.queue;
    this.queue = [];
    this.flushing = this.write(batch).finally(() => {
      this.flushing = undefined;
    });
    return this.flushing;
  }

  private async write(batch: RequestLogRow[]): Promise<void> {
    try {
      if (batch.length > 0) {
        await this.db.transaction((tx) => insertRequestLogRows(tx, batch));
        for (const r of batch) this.grown.add(r.workspace_id);
      }
      const now = this.now();
      if (now - this.lastPrune >= this.policy.pruneEveryMs) await this.prune(now);
    } catch (error) {
      this.dropped += batch.length;
      this.log.warn({ err: error, rows: batch.length }, "request log batch not stored");
    }
  }

  /** Once a minute: rows past the window go, and each workspace written since keeps its newest rows only. */
  private async prune(now: number): Promise<void> {
    this.lastPrune = now;
    const grown = [...this.grown];
    this.grown = new Set();
    await pruneRequestLogBefore(this.db, now - this.policy.retentionMs);
    for (const ws of grown) await pruneRequestLogBeyond(this.db, ws, this.policy.maxRowsPerWorkspace);
  }

  /** Stops the timer and writes what is left. */
  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flushing;
    await this.flush();
  }
}
