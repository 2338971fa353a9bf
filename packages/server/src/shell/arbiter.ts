// The arbitration window (docs/protocol.md §3.3): writes to one calendar that arrive within its window are decided
// together as one `bookings.write` batch, so the best-ranked contender wins a simultaneous race.
// A batch closes early as soon as no agent that could outrank its best write can still arrive.
//
// Issue 18 (docs/protocol.md §12): a batch item is a new booking (on one calendar or several, once or
// as a series) or the move of an existing booking. An item joins the open batch of every calendar it
// touches; when those are different batches they are joined into one, so a person + room booking is
// decided together with a room-only booking that races it.
import type { AuditEvent } from "../audit/index.ts";
import {
  activeAgentPriorities,
  activeBookingsIn,
  batchItemCalendars,
  bookingCalendars,
  canCloseEarly,
  expandRecurrence,
  getAgent,
  getBooking,
  getCalendar,
  MAX_OCCURRENCES,
  occurrenceId,
  type BatchItem,
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

/** A batch item without its arrival sequence (the arbiter stamps it). */
export type PendingItem = BatchItem extends infer T ? (T extends BatchItem ? Omit<T, "seq"> : never) : never;

export interface PendingWrite<T> {
  write: PendingItem;
  ctx: CommandContext;
  /** Renders the request's response; runs inside the batch's transaction. */
  settle: (decided: WriteDecided, tx: Queryable) => Promise<T>;
  /** The request's idempotency claim: the ledger stores what `settle` rendered (a status and body) under it, in the batch's transaction. */
  claim?: IdempotencyClaim;
}

interface Queued<T> extends PendingWrite<T> {
  arrival: number;
  priority: number;
  calendars: string[];
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

interface Batch {
  writes: Queued<unknown>[];
  /** Every calendar an item of the batch touches (the batch is open under each). */
  calendars: Set<string>;
  timer?: NodeJS.Timeout;
}

export class Arbiter {
  private readonly ledgers: Ledgers;
  /** The open batch of each calendar (one batch may be open under several calendars). */
  private readonly open = new Map<string, Batch>();
  private arrivals = 0;

  private readonly now: () => number;

  constructor(ledgers: Ledgers, now: () => number = Date.now) {
    this.ledgers = ledgers;
    this.now = now;
  }

  submit<T>(pending: PendingWrite<T>): Promise<T> {
    // The submitting request holds its workspace's ledger (calendar ids are unique across workspaces).
    const state = this.ledgers.peek(pending.ctx.workspace_id)!.state;
    const calendars = [...new Set([pending.write.calendar_id, ...batchItemCalendars(state, { ...pending.write, seq: 0 } as BatchItem)])];
    const windowMs = Math.max(0, ...calendars.map((c) => getCalendar(state, c)?.settings.arbitration_window_ms ?? 0));
    const priority = getAgent(state, pending.write.agent_id)?.priority ?? Number.MAX_SAFE_INTEGER;
    const doomed = this.isDoomed(state, pending.write, priority);
    return new Promise<T>((resolve, reject) => {
      const queued = {
        ...pending,
        arrival: ++this.arrivals,
        priority,
        calendars,
        resolve: resolve as (v: unknown) => void,
        reject,
      } as Queued<unknown>;
      if (doomed) {
        // Decided at once, on its own: nothing arriving later could change that it loses.
        this.flushBatch({ writes: [queued], calendars: new Set() });
        return;
      }
      const batch = this.join(calendars);
      batch.writes.push(queued);
      const best = batch.writes.map((w) => w.priority);
      const early = [...batch.calendars].every((c) => canCloseEarly(activeAgentPriorities(state, c), best));
      if (windowMs === 0 || early) this.flushBatch(batch);
      else batch.timer ??= setTimeout(() => this.flushBatch(batch), windowMs);
    });
  }

  /** The batch open under all of `calendars`: a new one, the one open, or the open ones joined into one. */
  private join(calendars: readonly string[]): Batch {
    const found = [...new Set(calendars.flatMap((c) => this.open.get(c) ?? []))];
    const batch: Batch = found[0] ?? { writes: [], calendars: new Set() };
    for (const other of found.slice(1)) {
      clearTimeout(other.timer);
      batch.writes.push(...other.writes);
      for (const c of other.calendars) batch.calendars.add(c);
    }
    batch.writes.sort((a, b) => a.arrival - b.arrival);
    for (const c of calendars) batch.calendars.add(c);
    for (const c of batch.calendars) this.open.set(c, batch);
    return batch;
  }

  /**
   * An item that already overlaps an active booking of the same or a higher priority, on any calendar
   * it needs, loses whoever else arrives: waiting out the window could not change that, so it is
   * decided at once. A move does not see its own booking's interval. Series are never doomed here
   * (a later occurrence may be the one that loses, or, per occurrence, the others may win).
   */
  private isDoomed(state: EngineState, item: PendingItem, priority: number): boolean {
    const now = this.now();
    if (item.kind === "move") {
      if (item.whole_series === true) return false;
      const own = getBooking(state, item.booking_id);
      if (own === undefined) return false;
      return bookingCalendars(own).some((c) =>
        activeBookingsIn(state, c, item, now).some((b) => b.booking_id !== own.booking_id && b.agent_priority <= priority),
      );
    }
    if (item.recurrence !== undefined) return false;
    const calendars = item.calendar_ids ?? [item.calendar_id];
    return calendars.some((c) => activeBookingsIn(state, c, item, now).some((b) => b.agent_priority <= priority));
  }

  /** After a batch committed, the writes still waiting that now lose anyway are decided together, now. */
  private releaseDoomed(workspaceId: string, calendars: Iterable<string>): void {
    // The waiting writes' requests hold the workspace, so its ledger is loaded while any wait.
    const state = this.ledgers.peek(workspaceId)?.state;
    if (!state) return;
    const lost: Queued<unknown>[] = [];
    for (const batch of new Set([...calendars].flatMap((c) => this.open.get(c) ?? []))) {
      const doomed = batch.writes.filter((w) => w.ctx.workspace_id === workspaceId && this.isDoomed(state, w.write, w.priority));
      if (doomed.length === 0) continue;
      batch.writes = batch.writes.filter((w) => !doomed.includes(w));
      if (batch.writes.length === 0) this.close(batch);
      lost.push(...doomed);
    }
    if (lost.length > 0) this.flushBatch({ writes: lost.sort((a, b) => a.arrival - b.arrival), calendars: new Set() });
  }

  private close(batch: Batch): void {
    clearTimeout(batch.timer);
    for (const c of batch.calendars) if (this.open.get(c) === batch) this.open.delete(c);
  }

  /** Who asked for each booking id the batch may touch: the audit events of a batch name their own request. */
  private origins(state: EngineState, writes: Queued<unknown>[]): Record<string, { request_id: string; agent_id: string }> {
    const out: Record<string, { request_id: string; agent_id: string }> = {};
    for (const w of writes) {
      const origin = { request_id: w.ctx.request_id, agent_id: w.write.agent_id };
      out[w.write.booking_id] = origin;
      for (const id of this.relatedIds(state, w.write)) out[id] = origin;
    }
    return out;
  }

  /** The occurrence ids a series write creates, or the occurrences a whole-series move moves. */
  private relatedIds(state: EngineState, item: PendingItem): string[] {
    if (item.kind === "move") {
      const series = item.whole_series === true ? getBooking(state, item.booking_id)?.series_id : undefined;
      if (series === undefined) return [];
      const ids: string[] = [];
      for (let i = 0; i < MAX_OCCURRENCES; i++)
        if (getBooking(state, occurrenceId(series, i)) !== undefined) ids.push(occurrenceId(series, i));
      return ids;
    }
    if (item.recurrence === undefined) return [];
    const tz = getCalendar(state, item.calendar_id)?.settings.time_zone ?? "UTC";
    const expansion = expandRecurrence((item.recurrence as { rrule?: unknown }).rrule, item.start, tz);
    return expansion.ok ? expansion.starts.map((_, i) => occurrenceId(item.booking_id, i)) : [];
  }

  private flushBatch(batch: Batch): void {
    this.close(batch);
    const writes = batch.writes;
    if (writes.length === 0) return;
    const first = writes[0]!;
    const workspaceId = first.ctx.workspace_id;
    const touched = new Set(writes.flatMap((w) => w.calendars));
    this.ledgers
      .execute(
        workspaceId,
        (seq, at) => ({
          command: {
            type: "bookings.write",
            seq,
            at,
            writes: writes.map((w) => ({ ...w.write, seq: w.arrival }) as BatchItem),
          },
          ctx: first.ctx,
          origins: this.origins(this.ledgers.peek(workspaceId)!.state, writes),
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
          for (const [i, w] of writes.entries()) w.resolve(executed.result[i]);
          this.releaseDoomed(workspaceId, touched);
        },
        (error: unknown) => {
          for (const w of writes) w.reject(error);
        },
      );
  }

  /** Decides every open batch now (used when draining on shutdown). */
  flushAll(): void {
    for (const batch of new Set(this.open.values())) this.flushBatch(batch);
  }
}
