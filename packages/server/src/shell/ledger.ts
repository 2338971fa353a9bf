// The shell around the pure engine, for one workspace (the unit of consistency): stamps each of
// the workspace's commands with its next sequence number and time, decides it, and stores command,
// audit events, booking projections (and, every K commands, a snapshot) in one transaction that
// touches this workspace alone. The in-memory state only moves after the transaction committed. It
// is loaded from the workspace's latest snapshot plus the tail of its log, replayed through the
// same engine, and caught up (inside every write transaction, and on PostgreSQL before each request)
// on the commands other replicas stored for the workspace.
import { eventLeafHash, MerkleFrontier, type AuditEvent } from "../audit/index.ts";
import { decide, getBooking, initialState, stateFromSnapshot, type Decision, type EngineState } from "../engine/index.ts";
import { insertAuditEvent } from "../store/audit-events.ts";
import { upsertBooking } from "../store/bookings.ts";
import { commandsAfter, insertCommand } from "../store/commands.ts";
import type { Db, Queryable, Transaction } from "../store/db.ts";
import { saveIdempotentResponse, type IdempotencyClaim, type StoredResponse } from "../store/idempotency.ts";
import { insertSnapshot, latestSnapshot } from "../store/snapshots.ts";
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

/**
 * A request the command answers under its Idempotency-Key (docs/protocol.md §2.7). The ledger alone
 * stores the response, in the command's transaction: command, audit events, bookings, snapshot and
 * the idempotency record commit together or not at all.
 */
export interface Answer<R> {
  claim: IdempotencyClaim;
  /** The claim's response, read from the command's result; a 5xx (or none) stores nothing. */
  response: (result: R) => StoredResponse | undefined;
}

/** Result of replaying one logged command against a state. */
export interface Replayed {
  state: EngineState;
  decision: Decision | undefined;
  audit: AuditEvent[];
  /** Merkle leaf hash of each audit event (computed once, for the store and the frontier). */
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

export type CommittedListener = (workspaceId: string, audit: readonly AuditEvent[]) => void;

/** Runs inside the transaction of every command this process stores, after its rows (e.g. the webhook outbox). */
export type TransactionHook = (tx: Transaction, workspaceId: string, audit: readonly AuditEvent[], at: number) => Promise<void>;

export interface LedgerOptions {
  now?: () => number;
  /** Store a snapshot once this many commands followed the last one. */
  snapshotEvery?: number;
  /** Called with the audit events of every command this process commits. */
  listeners?: readonly CommittedListener[];
  /** Called in the transaction of every command this process stores, rolled back with it. */
  hooks?: readonly TransactionHook[];
}

interface Queued {
  make: (seq: number, at: number) => LoggedCommand;
  within?: (tx: Transaction, done: Decided) => Promise<unknown>;
  answers?: readonly Answer<unknown>[];
  resolve: (executed: Executed<unknown>) => void;
  reject: (error: unknown) => void;
}

/** Where a workspace's log stands: the state after `seq`, its clock, its audit tree's frontier. */
interface Position {
  state: EngineState;
  seq: number;
  at: number;
  frontier: MerkleFrontier;
}

export class Ledger {
  readonly workspaceId: string;
  private pos: Position = { state: initialState(), seq: 0, at: 0, frontier: MerkleFrontier.empty() };
  /** Sequence number of the workspace's latest stored snapshot (0: none). */
  private snapshotSeq = 0;

  private readonly db: Db;
  private readonly now: () => number;
  private readonly snapshotEvery: number;
  private readonly listeners: readonly CommittedListener[];
  private readonly hooks: readonly TransactionHook[];

  constructor(db: Db, workspaceId: string, options: LedgerOptions = {}) {
    this.db = db;
    this.workspaceId = workspaceId;
    this.now = options.now ?? Date.now;
    this.snapshotEvery = options.snapshotEvery ?? 1000;
    this.listeners = options.listeners ?? [];
    this.hooks = options.hooks ?? [];
  }

  get state(): EngineState {
    return this.pos.state;
  }

  get lastSeq(): number {
    return this.pos.seq;
  }

  /** Size of the workspace's audit log. */
  get auditSize(): number {
    return this.pos.frontier.size;
  }

  /** Root of the workspace's audit tree (from the frontier: no pass over the leaves). */
  auditRoot(): Uint8Array {
    return this.pos.frontier.root();
  }

  /** The sequence number of the snapshot this ledger loaded from or stored last (0: none). */
  get lastSnapshotSeq(): number {
    return this.snapshotSeq;
  }

  /** Loads the workspace: its latest snapshot, then the commands after it. Returns the replayed tail's length. */
  async init(): Promise<number> {
    const snapshot = await latestSnapshot(this.db, this.workspaceId);
    if (snapshot) {
      this.pos = {
        state: stateFromSnapshot(snapshot.state),
        seq: snapshot.seq,
        at: snapshot.at,
        frontier: MerkleFrontier.fromJson(snapshot.frontier),
      };
      this.snapshotSeq = snapshot.seq;
    }
    return this.refresh();
  }

  /** Catches up on commands other replicas committed for this workspace; returns how many it applied. */
  async refresh(): Promise<number> {
    return this.catchUp(this.db);
  }

  /** No command is queued or being stored (the registry only drops idle ledgers). */
  get idle(): boolean {
    return this.queue.length === 0 && !this.draining;
  }

  /** Applies the workspace's commands stored after this ledger's position; returns how many. */
  private async catchUp(q: Queryable): Promise<number> {
    const rows = await commandsAfter(q, this.workspaceId, this.pos.seq);
    let applied = 0;
    for (const row of rows) {
      if (row.seq <= this.pos.seq) continue; // a concurrent catch-up got here first
      const logged = JSON.parse(row.body) as LoggedCommand;
      const r = replayCommand(this.pos.state, logged, this.pos.frontier.size);
      const frontier = this.pos.frontier.copy();
      for (const leaf of r.leaves) frontier.append(leaf);
      this.pos = { state: r.state, seq: row.seq, at: Math.max(this.pos.at, logged.command.at), frontier };
      applied++;
    }
    return applied;
  }

  /**
   * Stamps, decides and stores one command of this workspace. `within` runs inside the same
   * transaction (for rows that must commit or fail with the command); each of `answers` has its
   * response stored under its idempotency claim in that transaction too, and is marked
   * `claim.stored` once it committed.
   *
   * Group commit: the commands submitted in one turn of the event loop (and any that arrive while
   * a transaction runs) are stored together, in submission order, in one transaction — each in its
   * own savepoint, so one that fails rolls back alone. Each is still decided against the state left
   * by the one before it, gets the next sequence number, and is answered only once the transaction
   * committed; memory moves only then. The store pays one commit per group instead of one per command.
   */
  execute<R = undefined>(
    make: (seq: number, at: number) => LoggedCommand,
    within?: (tx: Transaction, done: Decided) => Promise<R>,
    answers?: readonly Answer<R>[],
  ): Promise<Executed<R>> {
    return new Promise<Executed<R>>((resolve, reject) => {
      this.queue.push({ make, within, answers, resolve, reject } as Queued);
      if (!this.draining) {
        // Start on the next turn of the event loop, so that every command the requests read in
        // this turn joins the group (SQLite runs a transaction without ever yielding to I/O).
        this.draining = true;
        setImmediate(() => void this.drain());
      }
    });
  }

  /** Stores a snapshot of the current position unless one exists for it (clean shutdown). */
  async snapshot(): Promise<void> {
    await this.db.transaction(async (tx) => {
      await this.catchUp(tx);
      if (this.pos.seq > this.snapshotSeq) await this.storeSnapshot(tx, this.pos);
    }, this.workspaceId);
    this.snapshotSeq = Math.max(this.snapshotSeq, this.pos.seq);
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
    type Outcome = { ok: true; executed: Executed<unknown>; stored: IdempotencyClaim[] } | { ok: false; error: unknown };
    let outcomes: Outcome[] = [];
    let reached: Position = this.pos;
    let snapshotted = false;
    try {
      await this.db.transaction(async (tx) => {
        outcomes = [];
        snapshotted = false;
        await this.catchUp(tx);
        // The group's commands chain on each other's (not yet committed) results.
        let pos: Position = { ...this.pos, frontier: this.pos.frontier.copy() };
        for (const q of group) {
          if (guarded) tx.defer(`SAVEPOINT ledger_command`);
          try {
            // The engine's clock never runs backwards, even if the wall clock does.
            const at = Math.max(this.now(), pos.at);
            const body = JSON.stringify({ ...q.make(pos.seq + 1, at), event_ids: "per-workspace" } satisfies LoggedCommand);
            // Decided on exactly what is logged: the parsed text, not the object it came from.
            const logged = JSON.parse(body) as LoggedCommand;
            if (logged.ctx.workspace_id !== this.workspaceId) {
              throw new Error(`a command of workspace ${logged.ctx.workspace_id} reached the ledger of ${this.workspaceId}`);
            }
            const r = replayCommand(pos.state, logged, pos.frontier.size);
            this.store(tx, body, logged, r);
            for (const hook of this.hooks) await hook(tx, this.workspaceId, r.audit, logged.command.at);
            const done = { logged, decision: r.decision, audit: r.audit, bookings: r.bookings };
            const result = q.within ? await q.within(tx, done) : undefined;
            const stored = this.storeAnswers(tx, q.answers, result);
            // Sent now, not deferred: a failing row must fail its own command, not the next one.
            if (guarded) await tx.run(`RELEASE SAVEPOINT ledger_command`);
            const frontier = pos.frontier;
            for (const leaf of r.leaves) frontier.append(leaf);
            pos = { state: r.state, seq: logged.command.seq, at: Math.max(pos.at, logged.command.at), frontier };
            outcomes.push({ ok: true, executed: { ...done, result }, stored });
          } catch (error) {
            if (!guarded) throw error;
            // Only this command's rows go; the group goes on from the state before it.
            await tx.run(`ROLLBACK TO SAVEPOINT ledger_command`);
            await tx.run(`RELEASE SAVEPOINT ledger_command`);
            outcomes.push({ ok: false, error });
          }
        }
        // Every K commands the workspace's state is stored with the command that reached it, so a
        // load never replays more than K commands.
        if (pos.seq - this.snapshotSeq >= this.snapshotEvery) {
          await this.storeSnapshot(tx, pos);
          snapshotted = true;
        }
        reached = pos;
      }, this.workspaceId);
    } catch (error) {
      // The transaction failed as a whole (or its single command did): nothing moved.
      for (const q of group) q.reject(error);
      return;
    }
    // Only a committed group moves memory (unless a catch-up already applied it, or more).
    if (reached.seq > this.pos.seq) this.pos = reached;
    if (snapshotted) this.snapshotSeq = Math.max(this.snapshotSeq, reached.seq);
    for (const [i, o] of outcomes.entries()) {
      const q = group[i]!;
      if (!o.ok) {
        q.reject(o.error);
        continue;
      }
      for (const claim of o.stored) claim.stored = true;
      try {
        for (const listener of this.listeners) listener(this.workspaceId, o.executed.audit);
        q.resolve(o.executed);
      } catch (error) {
        q.reject(error); // as before grouping: the command is stored, its caller hears the listener's error
      }
    }
  }

  /** Stores each answer's decided response under its claim; returns the claims it stored. */
  private storeAnswers(tx: Transaction, answers: readonly Answer<unknown>[] | undefined, result: unknown): IdempotencyClaim[] {
    const stored: IdempotencyClaim[] = [];
    for (const answer of answers ?? []) {
      const response = answer.response(result);
      if (!response || response.status >= 500) continue;
      saveIdempotentResponse(tx, answer.claim, response.status, JSON.stringify(response.body));
      stored.push(answer.claim);
    }
    return stored;
  }

  private async storeSnapshot(tx: Transaction, pos: Position): Promise<void> {
    await insertSnapshot(tx, this.workspaceId, {
      seq: pos.seq,
      at: pos.at,
      auditSize: pos.frontier.size,
      frontier: pos.frontier.toJson(),
      state: JSON.stringify(pos.state),
    });
  }

  /** Stores one decided command: the command itself, its audit events and the bookings it touched. */
  private store(tx: Transaction, body: string, logged: LoggedCommand, r: Replayed): void {
    insertCommand(tx, this.workspaceId, logged.command.seq, logged.command.at, body);
    for (const [i, event] of r.audit.entries()) insertAuditEvent(tx, this.workspaceId, event, r.leaves[i]!);
    for (const view of r.bookings.values()) upsertBooking(tx, this.workspaceId, view);
  }
}
