// The shell around the pure engine: stamps each command with its sequence number and time,
// decides it, and stores command, audit events and booking projections in one transaction.
// The in-memory engine state only moves after the transaction committed, and it is rebuilt at
// start (or caught up from other replicas) by replaying the command log through the same engine.
import { eventLeafHash, type AuditEvent } from "../audit/index.ts";
import { decide, getBooking, initialState, type Decision, type EngineState } from "../engine/index.ts";
import type { Db, Queryable } from "../store/db.ts";
import { auditEventsFor } from "./audit-trail.ts";
import { bookingView, type BookingView } from "./booking-view.ts";
import type { LoggedCommand } from "./logged-command.ts";

/** A decided, stored command. */
export interface Decided {
  logged: LoggedCommand;
  decision: Decision | undefined;
  audit: AuditEvent[];
  /** Bookings the command touched, as stored. */
  bookings: Map<string, BookingView>;
}

export type Executed<R> = Decided & { result: R };

/** Result of replaying one logged command against a state. */
export interface Replayed {
  state: EngineState;
  decision: Decision | undefined;
  audit: AuditEvent[];
  bookings: Map<string, BookingView>;
}

/** Decides one logged command against `state` and derives its audit events and booking views. Pure. */
export function replayCommand(state: EngineState, logged: LoggedCommand, auditSize: number): Replayed {
  const { command } = logged;
  const decision = command.type === "audit.note" ? undefined : decide(state, command);
  const next = decision ? decision.state : state;
  const audit = auditEventsFor(logged, decision?.events ?? [], auditSize);
  const bookings = new Map<string, BookingView>();
  decision?.events.forEach((event, i) => {
    if (!("booking_id" in event) || event.type === "booking.rejected") return;
    const booking = getBooking(next, event.booking_id);
    if (booking) bookings.set(booking.booking_id, bookingView(booking, audit[i]!.event_id, event));
  });
  return { state: next, decision, audit, bookings };
}

export class Ledger {
  state: EngineState = initialState();
  lastSeq = 0;
  private lastAt = 0;
  /** Size of each workspace's audit log. */
  private readonly auditSizes = new Map<string, number>();
  /** Leaf hashes of each workspace's audit log, in order (kept for proofs and checkpoints). */
  readonly leaves = new Map<string, Uint8Array[]>();
  /** Called with the audit events of every command this process commits. */
  private readonly listeners: ((workspaceId: string, audit: readonly AuditEvent[]) => void)[] = [];

  private readonly db: Db;
  private readonly now: () => number;

  constructor(db: Db, now: () => number = Date.now) {
    this.db = db;
    this.now = now;
  }

  /** Replays the stored command log into memory. */
  async init(): Promise<void> {
    await this.catchUp(this.db);
  }

  /** Catches up on commands other replicas committed (reads that use the engine state call this first). */
  async refresh(): Promise<void> {
    await this.catchUp(this.db);
  }

  onCommitted(listener: (workspaceId: string, audit: readonly AuditEvent[]) => void): void {
    this.listeners.push(listener);
  }

  auditSize(workspaceId: string): number {
    return this.auditSizes.get(workspaceId) ?? 0;
  }

  /** Applies commands other writers (replicas) stored since this process last looked. */
  private async catchUp(q: Queryable): Promise<void> {
    const rows = await q.all<{ seq: number; body: string }>(
      `SELECT seq, body FROM commands WHERE seq > ? ORDER BY seq`,
      [this.lastSeq],
    );
    for (const row of rows) {
      if (Number(row.seq) <= this.lastSeq) continue; // a concurrent catch-up got here first
      const logged = JSON.parse(row.body) as LoggedCommand;
      const ws = logged.ctx.workspace_id;
      const r = replayCommand(this.state, logged, this.auditSize(ws));
      this.advance(logged, r);
    }
  }

  private advance(logged: LoggedCommand, r: Replayed): void {
    // A command is applied once, whether this process wrote it or caught up on it first.
    if (logged.command.seq <= this.lastSeq) return;
    const ws = logged.ctx.workspace_id;
    this.state = r.state;
    this.lastSeq = logged.command.seq;
    this.lastAt = Math.max(this.lastAt, logged.command.at);
    this.auditSizes.set(ws, this.auditSize(ws) + r.audit.length);
    const leaves = this.leaves.get(ws) ?? [];
    for (const e of r.audit) leaves.push(eventLeafHash(e));
    this.leaves.set(ws, leaves);
  }

  /**
   * Stamps, decides and stores one command. `within` runs inside the same transaction (for rows
   * that must commit or fail with the command, such as an idempotency record).
   */
  async execute<R = undefined>(
    make: (seq: number, at: number) => LoggedCommand,
    within?: (tx: Queryable, done: Decided) => Promise<R>,
  ): Promise<Executed<R>> {
    const { executed, replayed } = await this.db.transaction(async (tx) => {
      await this.catchUp(tx);
      // The engine's clock never runs backwards, even if the wall clock does.
      const at = Math.max(this.now(), this.lastAt);
      const logged = make(this.lastSeq + 1, at);
      const ws = logged.ctx.workspace_id;
      const r = replayCommand(this.state, logged, this.auditSize(ws));

      await tx.run(`INSERT INTO commands (seq, at, body) VALUES (?, ?, ?)`, [
        logged.command.seq,
        logged.command.at,
        JSON.stringify(logged),
      ]);
      for (const event of r.audit) {
        await tx.run(
          `INSERT INTO audit_events (workspace_id, seq, event_id, resource, body, leaf_hash) VALUES (?, ?, ?, ?, ?, ?)`,
          [ws, event.seq, event.event_id, event.resource, JSON.stringify(event), eventLeafHash(event)],
        );
      }
      for (const view of r.bookings.values()) {
        await tx.run(
          `INSERT INTO bookings (booking_id, calendar_id, workspace_id, agent_id, status, start_ms, end_ms, body)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (booking_id) DO UPDATE SET status = excluded.status, body = excluded.body`,
          [
            view.booking_id,
            view.calendar_id as string,
            ws,
            view.agent_id as string,
            view.status,
            Date.parse(view.start as string),
            Date.parse(view.end as string),
            JSON.stringify(view),
          ],
        );
      }
      const done = { logged, decision: r.decision, audit: r.audit, bookings: r.bookings };
      const result = within ? await within(tx, done) : (undefined as R);
      return { executed: { ...done, result }, replayed: r };
    });
    // Only a committed command moves memory; a rollback leaves it untouched.
    this.advance(executed.logged, replayed);
    for (const listener of this.listeners) listener(executed.logged.ctx.workspace_id, executed.audit);
    return executed;
  }
}
