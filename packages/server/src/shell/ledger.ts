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
  /** Merkle leaf hash of each audit event (computed once, for the store and the in-memory log). */
  leaves: Uint8Array[];
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
  return { state: next, decision, audit, leaves: audit.map(eventLeafHash), bookings };
}

/** Most commands one transaction stores (bounds the wait of the last one in a group). */
const MAX_GROUP = 256;

interface Queued {
  make: (seq: number, at: number) => LoggedCommand;
  within?: (tx: Queryable, done: Decided) => Promise<unknown>;
  resolve: (executed: Executed<unknown>) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; executed: Executed<unknown>; replayed: Replayed } | { ok: false; error: unknown };

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
    for (const leaf of r.leaves) leaves.push(leaf);
    this.leaves.set(ws, leaves);
  }

  /**
   * Stamps, decides and stores one command. `within` runs inside the same transaction (for rows
   * that must commit or fail with the command, such as an idempotency record).
   *
   * Group commit: the commands submitted in one turn of the event loop (and any that arrive while
   * a transaction runs) are stored together, in submission order, in one transaction — each in its
   * own savepoint, so one that fails rolls back alone. Each is still decided against the state left
   * by the one before it, gets the next sequence number, and is answered only once the transaction
   * committed; memory moves only then. The store pays one commit per group instead of one per command.
   */
  execute<R = undefined>(
    make: (seq: number, at: number) => LoggedCommand,
    within?: (tx: Queryable, done: Decided) => Promise<R>,
  ): Promise<Executed<R>> {
    return new Promise<Executed<R>>((resolve, reject) => {
      this.queue.push({ make, within, resolve, reject } as Queued);
      if (!this.draining) {
        // Start on the next turn of the event loop, so that every command the requests read in
        // this turn joins the group (SQLite runs a transaction without ever yielding to I/O).
        this.draining = true;
        setImmediate(() => void this.drain());
      }
    });
  }

  private readonly queue: Queued[] = [];
  private draining = false;

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) await this.runGroup(this.queue.splice(0, MAX_GROUP));
    } finally {
      this.draining = false;
    }
  }

  private async runGroup(group: Queued[]): Promise<void> {
    const guarded = group.length > 1;
    let outcomes: Outcome[] = [];
    try {
      await this.db.transaction(async (tx) => {
        outcomes = [];
        await this.catchUp(tx);
        // The group's commands chain on each other's (not yet committed) results.
        let state = this.state;
        let lastSeq = this.lastSeq;
        let lastAt = this.lastAt;
        const sizes = new Map<string, number>();
        for (const q of group) {
          if (guarded) await tx.run(`SAVEPOINT ledger_command`);
          try {
            // The engine's clock never runs backwards, even if the wall clock does.
            const at = Math.max(this.now(), lastAt);
            // The engine decides on the logged text read back, exactly as a replay will: whatever
            // the request built (getters, prototypes, undefined fields) cannot decide otherwise.
            const body = JSON.stringify(q.make(lastSeq + 1, at));
            const logged = JSON.parse(body) as LoggedCommand;
            const ws = logged.ctx.workspace_id;
            const r = replayCommand(state, logged, sizes.get(ws) ?? this.auditSize(ws));
            await this.store(tx, logged, body, r);
            const done = { logged, decision: r.decision, audit: r.audit, bookings: r.bookings };
            const result = q.within ? await q.within(tx, done) : undefined;
            if (guarded) await tx.run(`RELEASE SAVEPOINT ledger_command`);
            state = r.state;
            lastSeq = logged.command.seq;
            lastAt = Math.max(lastAt, logged.command.at);
            sizes.set(ws, (sizes.get(ws) ?? this.auditSize(ws)) + r.audit.length);
            outcomes.push({ ok: true, executed: { ...done, result }, replayed: r });
          } catch (error) {
            if (!guarded) throw error;
            // Only this command's rows go; the group goes on from the state before it.
            await tx.run(`ROLLBACK TO SAVEPOINT ledger_command`);
            await tx.run(`RELEASE SAVEPOINT ledger_command`);
            outcomes.push({ ok: false, error });
          }
        }
      });
    } catch (error) {
      // The transaction failed as a whole (or its single command did): nothing moved.
      for (const q of group) q.reject(error);
      return;
    }
    // Only a committed command moves memory; a rollback leaves it untouched.
    outcomes.forEach((o, i) => {
      const q = group[i]!;
      if (!o.ok) return q.reject(o.error);
      this.advance(o.executed.logged, o.replayed);
      try {
        for (const listener of this.listeners) listener(o.executed.logged.ctx.workspace_id, o.executed.audit);
        q.resolve(o.executed);
      } catch (error) {
        q.reject(error); // as before grouping: the command is stored, its caller hears the listener's error
      }
    });
  }

  /** Stores one decided command: the command itself, its audit events and the bookings it touched. */
  private async store(tx: Queryable, logged: LoggedCommand, body: string, r: Replayed): Promise<void> {
    const ws = logged.ctx.workspace_id;
    await tx.run(`INSERT INTO commands (seq, at, body) VALUES (?, ?, ?)`, [logged.command.seq, logged.command.at, body]);
    for (const [i, event] of r.audit.entries()) {
      await tx.run(
        `INSERT INTO audit_events (workspace_id, seq, event_id, resource, body, leaf_hash) VALUES (?, ?, ?, ?, ?, ?)`,
        [ws, event.seq, event.event_id, event.resource, JSON.stringify(event), r.leaves[i]!],
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
  }
}
