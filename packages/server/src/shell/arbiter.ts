// The arbitration window (§3.3): writes to one calendar that arrive within its window are decided
// together as one `bookings.write` batch, so the best-ranked contender wins a simultaneous race.
// A batch closes early as soon as no agent that could outrank its best write can still arrive.
import type { AuditEvent } from "../audit/index.ts";
import { activeAgentPriorities, canCloseEarly, getAgent, getCalendar, type BookingWrite, type WriteResult } from "../engine/index.ts";
import type { Queryable } from "../store/db.ts";
import type { BookingView } from "./booking-view.ts";
import type { Ledger } from "./ledger.ts";
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
}

interface Queued<T> extends PendingWrite<T> {
  arrival: number;
  priority: number;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

export class Arbiter {
  private readonly ledger: Ledger;
  private readonly batches = new Map<string, { writes: Queued<unknown>[]; timer?: NodeJS.Timeout }>();
  private arrivals = 0;

  constructor(ledger: Ledger) {
    this.ledger = ledger;
  }

  submit<T>(pending: PendingWrite<T>): Promise<T> {
    const { calendar_id } = pending.write;
    const state = this.ledger.state;
    const windowMs = getCalendar(state, calendar_id)?.settings.arbitration_window_ms ?? 0;
    const priority = getAgent(state, pending.write.agent_id)?.priority ?? Number.MAX_SAFE_INTEGER;
    return new Promise<T>((resolve, reject) => {
      const batch = this.batches.get(calendar_id) ?? { writes: [] };
      this.batches.set(calendar_id, batch);
      batch.writes.push({
        ...pending,
        arrival: ++this.arrivals,
        priority,
        resolve: resolve as (v: unknown) => void,
        reject,
      } as Queued<unknown>);
      const best = batch.writes.map((w) => w.priority);
      if (windowMs === 0 || canCloseEarly(activeAgentPriorities(state, calendar_id), best)) {
        this.flush(calendar_id);
      } else {
        batch.timer ??= setTimeout(() => this.flush(calendar_id), windowMs);
      }
    });
  }

  private flush(calendarId: string): void {
    const batch = this.batches.get(calendarId);
    if (!batch) return;
    this.batches.delete(calendarId);
    clearTimeout(batch.timer);
    const writes = batch.writes;
    const first = writes[0]!;
    this.ledger
      .execute(
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
      )
      .then(
        (executed) => writes.forEach((w, i) => w.resolve(executed.result[i])),
        (error: unknown) => writes.forEach((w) => w.reject(error)),
      );
  }

  /** Decides every open batch now (used when draining on shutdown). */
  flushAll(): void {
    for (const calendarId of [...this.batches.keys()]) this.flush(calendarId);
  }
}
