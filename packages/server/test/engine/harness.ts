// Test harness: drives the engine like the shell does (stamps seq/at, applies the events).
import { apply, decide, getBooking, initialState } from "../../src/engine/index.ts";
import type {
  BatchItem,
  Booking,
  BookingMove,
  BookingWrite,
  CalendarSettings,
  Command,
  Decision,
  EngineState,
  Rejection,
  WriteResult,
} from "../../src/engine/index.ts";

export const MIN = 60_000;
export const HOUR = 60 * MIN;
/** 2025-01-06 (a Monday) 00:00 UTC. */
export const T0 = Date.UTC(2025, 0, 6);

type Body<C> = C extends Command ? Omit<C, "seq" | "at"> : never;
export type WriteInput = Omit<BookingWrite, "seq" | "calendar_id" | "booking_id"> &
  Partial<Pick<BookingWrite, "seq" | "calendar_id" | "booking_id">>;

/** A move as a test writes it: calendar_id (the arbiter's key) and seq are filled in. */
export type MoveInput = Omit<BookingMove, "kind" | "seq" | "calendar_id"> & Partial<Pick<BookingMove, "seq" | "calendar_id">>;

export class Harness {
  state: EngineState = initialState();
  log: Command[] = [];
  at: number;
  private nextSeq = 1;
  private nextBooking = 1;

  constructor(at = T0) {
    this.at = at;
  }

  /** Stamps and runs one command, returns its decision. */
  run(body: Body<Command>, at = this.at): Decision {
    const cmd = { ...body, seq: this.nextSeq++, at } as Command;
    this.at = at;
    this.log.push(cmd);
    const d = decide(this.state, cmd);
    this.state = apply(this.state, d.events);
    return d;
  }

  advance(ms: number): this {
    this.at += ms;
    return this;
  }

  calendar(calendar_id = "cal", settings: Partial<CalendarSettings> = {}, workspace_id = "ws"): this {
    expectKind(this.run({ type: "calendar.configure", calendar_id, workspace_id, settings }), "calendar");
    return this;
  }

  agent(agent_id: string, priority: number, workspace_id = "ws"): this {
    expectKind(this.run({ type: "agent.upsert", agent_id, workspace_id, priority }), "agent");
    return this;
  }

  rules(rules: unknown[], calendar_id = "cal"): Decision {
    return this.run({ type: "rules.set", calendar_id, rules });
  }

  /** Completes a write with calendar "cal", a fresh booking id and seq. */
  stamp(w: WriteInput): BookingWrite {
    return {
      calendar_id: "cal",
      booking_id: `bkg_${this.nextBooking++}`,
      seq: this.nextSeq++,
      ...w,
    };
  }

  batch(writes: WriteInput[]): { decision: Decision; results: WriteResult[] } {
    const stamped = writes.map((w) => this.stamp(w));
    const decision = this.run({ type: "bookings.write", writes: stamped });
    if (decision.reply.kind !== "writes") throw new Error(`expected writes, got ${decision.reply.kind}`);
    return { decision, results: decision.reply.results };
  }

  write(w: WriteInput): WriteResult & { decision: Decision } {
    const { decision, results } = this.batch([w]);
    return { ...(results[0] as WriteResult), decision };
  }

  /** A write that must succeed; returns the booking. */
  book(w: WriteInput): Booking {
    const r = this.write(w);
    if (!r.ok) throw new Error(`expected success, got ${r.rejection.code}: ${r.rejection.message}`);
    return r.booking;
  }

  /** A write that must fail; returns the rejection. */
  refuse(w: WriteInput): Rejection {
    const r = this.write(w);
    if (r.ok) throw new Error(`expected a rejection, booking ${r.booking_id} was accepted`);
    return r.rejection;
  }

  /** A batch mixing new writes and moves (`{ move: … }`), stamped in order. */
  items(items: Array<WriteInput | { move: MoveInput }>): { decision: Decision; results: WriteResult[] } {
    const stamped: BatchItem[] = items.map((i) =>
      "move" in i
        ? { kind: "move", calendar_id: getBooking(this.state, i.move.booking_id)?.calendar_id ?? "cal", seq: this.nextSeq++, ...i.move }
        : this.stamp(i),
    );
    const decision = this.run({ type: "bookings.write", writes: stamped });
    if (decision.reply.kind !== "writes") throw new Error(`expected writes, got ${decision.reply.kind}`);
    return { decision, results: decision.reply.results };
  }

  move(m: MoveInput): WriteResult & { decision: Decision } {
    const { decision, results } = this.items([{ move: m }]);
    return { ...(results[0] as WriteResult), decision };
  }

  commitHold(booking_id: string, agent_id: string): Decision {
    return this.run({ type: "bookings.commit_hold", booking_id, agent_id });
  }

  releaseHold(booking_id: string, agent_id: string): Decision {
    return this.run({ type: "bookings.release_hold", booking_id, agent_id });
  }

  cancel(booking_id: string, agent_id: string, reason?: string): Decision {
    return this.run(
      reason === undefined ? { type: "bookings.cancel", booking_id, agent_id } : { type: "bookings.cancel", booking_id, agent_id, reason },
    );
  }

  booking(id: string): Booking {
    const b = getBooking(this.state, id);
    if (b === undefined) throw new Error(`no booking ${id}`);
    return b;
  }
}

export function expectKind<K extends Decision["reply"]["kind"]>(d: Decision, kind: K): Extract<Decision["reply"], { kind: K }> {
  if (d.reply.kind !== kind) throw new Error(`expected reply ${kind}, got ${JSON.stringify(d.reply)}`);
  return d.reply as Extract<Decision["reply"], { kind: K }>;
}

export function rejection(d: Decision): Rejection {
  return expectKind(d, "rejected").rejection;
}

/** Interval helper: [T0 + startMin, T0 + endMin) in minutes. */
export function span(startMin: number, endMin: number, base = T0): { start: number; end: number } {
  return { start: base + startMin * MIN, end: base + endMin * MIN };
}
