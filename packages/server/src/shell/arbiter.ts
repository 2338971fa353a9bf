// The arbitration window (docs/protocol.md §3.3): writes to one calendar that arrive within its window are decided
// together as one `bookings.write` batch, so the best-ranked contender wins a simultaneous race.
// A batch closes early as soon as no agent that could outrank its best write can still arrive.
import type { AuditEvent } from "../audit/index.ts";
import {
  activeAgentPriorities,
  activeBookingsIn,
  canCloseEarly,
  getAgent,
  getCalendar,
  type BookingWrite,
  type EngineState,
  type WriteResult,
} from "../engine/index.ts";
import type { Queryable } from "../store/db.ts";
import type { IdempotencyClaim, StoredResponse } from "../store/idempotency.ts";
import type { BookingView } from "./booking-view.ts";
import type { Ledgers } from "./ledgers.ts";
import type { CommandContext } from "./logged-command.ts";

/** What one write's request gets back once its batch is decided. */
export interface WriteDecided {
  result: WriteResult;
  audit: AuditEvent[];
  bookings: Map<string, BookingView>;
}

export interface PendingWrite<T> {
  write: Omit<BookingWrite, "seq">;
  ctx: CommandContext;
  /** Renders the request's response; runs inside the batch's transaction. */
  settle: (decided: WriteDecided, tx: Queryable) => Promise<T>;
  /** The request's idempotency claim: the ledger stores what `settle` rendered (a status and body) under it, in the batch's transaction. */
  claim?: IdempotencyClaim;
}

interface Queued<T> extends PendingWrite<T> {
  arrival: number;
  priority: number;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

export class Arbiter {
  private readonly ledgers: Ledgers;
  private readonly batches = new Map<string, { writes: Queued<unknown>[]; timer?: NodeJS.Timeout }>();
  private arrivals = 0;

  private readonly now: () => number;

  constructor(ledgers: Ledgers, now: () => number = Date.now) {
    this.ledgers = ledgers;
    this.now = now;
  }

  submit<T>(pending: PendingWrite<T>): Promise<T> {
    const { calendar_id } = pending.write;
    // The submitting request holds its workspace's ledger (calendar ids are unique across workspaces).
    const state = this.ledgers.peek(pending.ctx.workspace_id)!.state;
    const windowMs = getCalendar(state, calendar_id)?.settings.arbitration_window_ms ?? 0;
    const priority = getAgent(state, pending.write.agent_id)?.priority ?? Number.MAX_SAFE_INTEGER;
    const doomed = this.isDoomed(state, pending.write, priority);
    return new Promise<T>((resolve, reject) => {
      const key = doomed ? `${calendar_id}\u0000${this.arrivals + 1}` : calendar_id;
      const batch = this.batches.get(key) ?? { writes: [] };
      this.batches.set(key, batch);
      batch.writes.push({
        ...pending,
        arrival: ++this.arrivals,
        priority,
        resolve: resolve as (v: unknown) => void,
        reject,
      } as Queued<unknown>);
      const best = batch.writes.map((w) => w.priority);
      if (doomed || windowMs === 0 || canCloseEarly(activeAgentPriorities(state, calendar_id), best)) {
        this.flush(key);
      } else {
        batch.timer ??= setTimeout(() => this.flush(key), windowMs);
      }
    });
  }

  /**
   * A write that already overlaps an active booking of the same or a higher priority loses whoever
   * else arrives: waiting out the window could not change that, so it is decided at once.
   */
  private isDoomed(state: EngineState, write: Omit<BookingWrite, "seq">, priority: number): boolean {
    return activeBookingsIn(state, write.calendar_id, write, this.now()).some((b) => b.agent_priority <= priority);
  }

  /** After a batch committed, the writes still waiting that now lose anyway are decided together, now. */
  private releaseDoomed(workspaceId: string, calendarId: string): void {
    const batch = this.batches.get(calendarId);
    // The waiting writes' requests hold the workspace, so its ledger is loaded while any wait.
    const state = this.ledgers.peek(workspaceId)?.state;
    if (!batch || !state) return;
    const lost = batch.writes.filter((w) => this.isDoomed(state, w.write, w.priority));
    if (lost.length === 0) return;
    batch.writes = batch.writes.filter((w) => !lost.includes(w));
    if (batch.writes.length === 0) {
      clearTimeout(batch.timer);
      this.batches.delete(calendarId);
    }
    const key = `${calendarId}\u0000${lost[0]!.arrival}`;
    this.batches.set(key, { writes: lost });
    this.flush(key);
  }

  private flush(key: string): void {
    const batch = this.batches.get(key);
    if (!batch) return;
    this.batches.delete(key);
    clearTimeout(batch.timer);
    const writes = batch.writes;
    const first = writes[0]!;
    this.ledgers
      .execute(
        first.ctx.workspace_id,
        (seq, at) => ({
          command: {
            type: "bookings.write",
            seq,
            at,
            writes: writes.map((w) => ({ ...w.write, seq: w.arrival })),
          },
          ctx: first.ctx,
          origins: Object.fromEntries(
            writes.map((w) => [w.write.booking_id, { request_id: w.ctx.request_id, agent_id: w.write.agent_id }]),
          ),
        }),
        async (tx, done) => {
          const reply = done.decision?.reply;
          if (reply?.kind !== "writes") throw new Error(`bookings.write replied ${reply?.kind}`);
          const settled: unknown[] = [];
          for (const [i, w] of writes.entries()) {
            settled.push(await w.settle({ result: reply.results[i]!, audit: done.audit, bookings: done.bookings }, tx));
          }
          return settled;
        },
        writes.flatMap((w, i) => (w.claim ? [{ claim: w.claim, response: (settled: unknown[]) => settled[i] as StoredResponse }] : [])),
      )
      .then(
        (executed) => {
          writes.forEach((w, i) => w.resolve(executed.result[i]));
          this.releaseDoomed(first.ctx.workspace_id, first.write.calendar_id);
        },
        (error: unknown) => writes.forEach((w) => w.reject(error)),
      );
  }

  /** Decides every open batch now (used when draining on shutdown). */
  flushAll(): void {
    for (const key of [...this.batches.keys()]) this.flush(key);
  }
}
