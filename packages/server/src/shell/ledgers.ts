// One ledger per workspace, loaded on first use and kept in a bounded cache. A request leases its
// workspace's ledger for as long as it runs; the least recently used ledgers that no request holds
// and that have nothing queued are dropped once the cache is over its budget, so memory follows the
// active working set, not the history. Dropping loses nothing: the store has every command, and the
// next use loads the latest snapshot plus the tail.
import type { Logger } from "pino";
import type { Db, Queryable } from "../store/db.ts";
import { Ledger, type Answer, type CommittedListener, type Decided, type Executed, type TransactionHook } from "./ledger.ts";
import type { LoggedCommand } from "./logged-command.ts";

export interface LedgersOptions {
  now?: () => number;
  /** Workspaces kept loaded (more while requests hold more of them at once). */
  cacheWorkspaces?: number;
  snapshotEvery?: number;
  /**
   * Catch up on other replicas' commands each time a workspace is used (PostgreSQL with replicas);
   * the embedded store has a single writer, whose ledgers are always current.
   */
  refreshOnUse?: boolean;
  log?: Pick<Logger, "debug">;
}

export interface Lease {
  ledger: Ledger;
  release(): void;
}

export class Ledgers {
  private readonly db: Db;
  private readonly options: LedgersOptions;
  /** Loaded ledgers in least-recently-used-first order (a Map keeps insertion order). */
  private readonly cache = new Map<string, Ledger>();
  private readonly loading = new Map<string, Promise<Ledger>>();
  private readonly leases = new Map<string, number>();
  private readonly listeners: CommittedListener[] = [];
  private readonly hooks: TransactionHook[] = [];
  /** Workspaces loaded since start (a load is a snapshot read plus a tail replay). */
  loads = 0;

  constructor(db: Db, options: LedgersOptions = {}) {
    this.db = db;
    this.options = options;
  }

  get budget(): number {
    return this.options.cacheWorkspaces ?? 1000;
  }

  onCommitted(listener: CommittedListener): void {
    this.listeners.push(listener);
  }

  /** Adds a hook run inside every command's transaction (see `TransactionHook`). */
  inTransaction(hook: TransactionHook): void {
    this.hooks.push(hook);
  }

  /**
   * The workspace's ledger, loaded and current, held until `release()`. `refresh: false` skips the
   * catch-up on other replicas' commands (a write catches up inside its own transaction anyway).
   */
  async acquire(workspaceId: string, { refresh = true } = {}): Promise<Lease> {
    this.leases.set(workspaceId, (this.leases.get(workspaceId) ?? 0) + 1);
    try {
      const ledger = await this.load(workspaceId, refresh);
      let released = false;
      return {
        ledger,
        release: () => {
          if (released) return;
          released = true;
          this.unlease(workspaceId);
        },
      };
    } catch (error) {
      this.unlease(workspaceId);
      throw error;
    }
  }

  /** Runs `fn` with the workspace's ledger leased. */
  async use<T>(workspaceId: string, fn: (ledger: Ledger) => Promise<T>): Promise<T> {
    const lease = await this.acquire(workspaceId);
    try {
      return await fn(lease.ledger);
    } finally {
      lease.release();
    }
  }

  /** Stamps, decides and stores one command of a workspace (see `Ledger.execute`). */
  async execute<R = undefined>(
    workspaceId: string,
    make: (seq: number, at: number) => LoggedCommand,
    within?: (tx: Queryable, done: Decided) => Promise<R>,
    answers?: readonly Answer<R>[],
  ): Promise<Executed<R>> {
    const lease = await this.acquire(workspaceId, { refresh: false });
    try {
      return await lease.ledger.execute(make, within, answers);
    } finally {
      lease.release();
    }
  }

  /** The workspace's ledger if it is loaded (a leased one always is). */
  peek(workspaceId: string): Ledger | undefined {
    return this.cache.get(workspaceId);
  }

  /** The ledgers loaded now. */
  loaded(): Ledger[] {
    return [...this.cache.values()];
  }

  /** Snapshots every loaded workspace that moved since its last snapshot (clean shutdown). */
  async close(): Promise<void> {
    for (const ledger of this.cache.values()) {
      if (ledger.lastSeq > ledger.lastSnapshotSeq) await ledger.snapshot();
    }
  }

  private async load(workspaceId: string, refresh: boolean): Promise<Ledger> {
    const cached = this.cache.get(workspaceId);
    if (cached) {
      // Most recently used goes last.
      this.cache.delete(workspaceId);
      this.cache.set(workspaceId, cached);
      if (refresh && this.options.refreshOnUse) await cached.refresh();
      return cached;
    }
    let pending = this.loading.get(workspaceId);
    if (!pending) {
      pending = (async () => {
        const ledger = new Ledger(this.db, workspaceId, {
          now: this.options.now,
          snapshotEvery: this.options.snapshotEvery,
          listeners: this.listeners,
          hooks: this.hooks,
        });
        const started = performance.now();
        const tail = await ledger.init();
        this.loads++;
        this.options.log?.debug(
          { workspace_id: workspaceId, snapshot_seq: ledger.lastSnapshotSeq, tail, ms: +(performance.now() - started).toFixed(2) },
          "workspace loaded",
        );
        this.cache.set(workspaceId, ledger);
        this.evict();
        return ledger;
      })().finally(() => this.loading.delete(workspaceId));
      this.loading.set(workspaceId, pending);
    }
    return pending;
  }

  private unlease(workspaceId: string): void {
    const n = (this.leases.get(workspaceId) ?? 1) - 1;
    if (n > 0) this.leases.set(workspaceId, n);
    else this.leases.delete(workspaceId);
    this.evict();
  }

  /** Drops least recently used ledgers that nobody holds and that have nothing queued, down to the budget. */
  private evict(): void {
    if (this.cache.size <= this.budget) return;
    for (const [id, ledger] of this.cache) {
      if (this.cache.size <= this.budget) break;
      if (this.leases.has(id) || !ledger.idle) continue;
      this.cache.delete(id);
    }
  }
}
