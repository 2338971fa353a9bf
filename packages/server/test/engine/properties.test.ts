// Property-based tests: random command sequences against the engine's invariants.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apply, calendarBookings, decide, getBooking, initialState, overlaps } from "../../src/engine/index.ts";
import type { BookingMode, Command, EngineEvent, EngineState, Reply } from "../../src/engine/index.ts";

const SLOT = 10 * 60_000;
const AGENTS = ["a0", "a1", "a2", "a3"] as const;
const RULE_POOL = [
  { rule_id: "gap", kind: "buffer", minutes: 10 },
  { rule_id: "cap", kind: "daily_cap", max_bookings: 3, per: "agent" },
  { rule_id: "long", kind: "max_duration", minutes: 30 },
  { rule_id: "notice", kind: "min_notice", minutes: 5 },
  { rule_id: "lunch", kind: "focus_block", weekdays: ["mon", "tue", "wed", "thu", "fri"], start: "12:00", end: "12:30" },
];

// ---------------------------------------------------------------------------
// Abstract operations, turned into concrete stamped commands by a pure function.

const agentIx = fc.integer({ min: 0, max: AGENTS.length - 1 });
const writeOp = fc.record({
  agent: agentIx,
  slot: fc.integer({ min: -1, max: 11 }), // -1 lands in the past → invalid_request
  len: fc.integer({ min: 1, max: 4 }),
  mode: fc.constantFrom<BookingMode>("commit", "hold"),
  ttl: fc.option(fc.integer({ min: 1, max: 180 }), { nil: undefined }),
});
const op = fc.record({
  dt: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 90_000 })),
  body: fc.oneof(
    { weight: 6, arbitrary: fc.record({ kind: fc.constant("write" as const), writes: fc.array(writeOp, { minLength: 1, maxLength: 5 }) }) },
    {
      weight: 5,
      arbitrary: fc.record({
        kind: fc.constantFrom("commit" as const, "release" as const, "cancel" as const),
        ref: fc.nat({ max: 1000 }),
        // occasionally an agent acts on someone else's booking
        stranger: fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: agentIx }),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("expire" as const) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("priority" as const), agent: agentIx, priority: fc.integer({ min: 1, max: 3 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("bump" as const), ms: fc.constantFrom(0, 10_000, 30_000) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("rules" as const), rules: fc.subarray(RULE_POOL) }) },
  ),
});
const scenario = fc.record({
  priorities: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: AGENTS.length, maxLength: AGENTS.length }),
  ops: fc.array(op, { minLength: 1, maxLength: 60, size: "medium" }),
});
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

/**
 * Turns a scenario into stamped commands, running the engine as it goes so that commit,
 * release and cancel mostly name bookings that exist (chosen from the current state).
 */
function toCommands({ priorities, ops }: Scenario): Command[] {
  let seq = 0;
  let at = Date.UTC(2025, 0, 6, 8); // Monday 09:00 in Berlin
  let nextId = 0;
  let state = initialState();
  const cmds: Command[] = [];
  const push = (cmd: Command): void => {
    cmds.push(cmd);
    state = apply(state, decide(state, cmd).events);
  };
  push({ type: "calendar.configure", seq: ++seq, at, calendar_id: "cal", workspace_id: "ws", settings: { time_zone: "Europe/Berlin" } });
  AGENTS.forEach((agent_id, i) => push({ type: "agent.upsert", seq: ++seq, at, agent_id, workspace_id: "ws", priority: priorities[i] ?? 1 }));
  for (const { dt, body } of ops) {
    at += dt;
    const grid = Math.ceil(at / SLOT) * SLOT;
    switch (body.kind) {
      case "write": {
        const writes = body.writes.map((w) => {
          const start = grid + w.slot * SLOT;
          return {
            booking_id: `bkg_${++nextId}`,
            agent_id: AGENTS[w.agent] as string,
            calendar_id: "cal",
            start,
            end: start + w.len * SLOT,
            mode: w.mode,
            ...(w.ttl === undefined ? {} : { hold_ttl_seconds: w.ttl }),
            seq: ++seq,
          };
        });
        push({ type: "bookings.write", seq: ++seq, at, writes });
        break;
      }
      case "commit":
      case "release":
      case "cancel": {
        const known = calendarBookings(state, "cal").sort((x, y) => (x.booking_id < y.booking_id ? -1 : 1));
        const target = known.length > 0 ? known[body.ref % known.length] : undefined;
        const booking_id = target?.booking_id ?? "bkg_missing";
        const agent_id = body.stranger !== undefined ? (AGENTS[body.stranger] as string) : (target?.agent_id ?? "a0");
        const type = body.kind === "commit" ? "bookings.commit_hold" : body.kind === "release" ? "bookings.release_hold" : "bookings.cancel";
        push({ type, seq: ++seq, at, booking_id, agent_id });
        break;
      }
      case "expire":
        push({ type: "holds.expire", seq: ++seq, at });
        break;
      case "priority":
        push({ type: "agent.upsert", seq: ++seq, at, agent_id: AGENTS[body.agent] as string, workspace_id: "ws", priority: body.priority });
        break;
      case "bump":
        push({ type: "calendar.configure", seq: ++seq, at, calendar_id: "cal", workspace_id: "ws", settings: { bump_window_ms: body.ms } });
        break;
      case "rules":
        push({ type: "rules.set", seq: ++seq, at, calendar_id: "cal", rules: body.rules });
        break;
    }
  }
  return cmds;
}

// ---------------------------------------------------------------------------

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

interface Run {
  state: EngineState;
  events: EngineEvent[][];
  replies: Reply[];
}

/** Runs commands from the initial state; the state handed to decide is frozen so any mutation throws. */
function runAll(cmds: readonly Command[]): Run {
  let state = deepFreeze(initialState());
  const events: EngineEvent[][] = [];
  const replies: Reply[] = [];
  for (const cmd of cmds) {
    const d = decide(state, cmd);
    // decide() hands back the state its events lead to; it must be exactly what evolve() builds.
    expect(d.state).toEqual(apply(state, d.events));
    state = deepFreeze(apply(state, d.events));
    events.push(d.events);
    replies.push(d.reply);
  }
  return { state, events, replies };
}

function overlappingActive(state: EngineState): string[] {
  const bad: string[] = [];
  for (const calendarId of Object.keys(state.calendars)) {
    const active = calendarBookings(state, calendarId).filter((b) => b.status === "HELD" || b.status === "COMMITTED");
    for (let i = 0; i < active.length; i++) {
      for (let j = i + 1; j < active.length; j++) {
        const [x, y] = [active[i], active[j]];
        if (x !== undefined && y !== undefined && overlaps(x, y)) bad.push(`${x.booking_id}/${y.booking_id}`);
      }
    }
  }
  return bad;
}

function eventIndexes(reply: Reply): number[] {
  return reply.kind === "writes" ? reply.results.map((r) => r.event_index) : [reply.event_index];
}

/** Replies without their event indexes (those shift when a timer's events move elsewhere). */
function outcomes(replies: readonly Reply[]): unknown[] {
  return replies.map((r) =>
    r.kind === "writes" ? r.results.map(({ event_index: _, ...rest }) => rest) : (({ event_index: _, ...rest }) => rest)(r),
  );
}

const RUNS = { numRuns: 200 };

describe("engine properties", () => {
  it("never leaves two overlapping active bookings; every command yields ≥ 1 event", () => {
    fc.assert(
      fc.property(scenario, (sc) => {
        let state = initialState();
        for (const cmd of toCommands(sc)) {
          const d = decide(state, cmd);
          expect(d.events.length).toBeGreaterThanOrEqual(1);
          for (const i of eventIndexes(d.reply)) expect(d.events[i]).toBeDefined();
          state = apply(state, d.events);
          expect(overlappingActive(state)).toEqual([]);
          // A booking accepted by a batch is still in place after it (no write displaces a batch-mate).
          if (d.reply.kind === "writes") {
            for (const r of d.reply.results) {
              if (r.ok) expect(getBooking(state, r.booking_id)?.status).toBe(r.booking.status);
            }
          }
        }
      }),
      RUNS,
    );
  });

  it("is deterministic and event-sourced: replays give deep-equal states and identical events", () => {
    fc.assert(
      fc.property(scenario, (sc) => {
        const cmds = toCommands(sc);
        const first = runAll(cmds);
        const second = runAll(structuredClone(cmds));
        expect(second.events).toEqual(first.events);
        expect(second.replies).toEqual(first.replies);
        expect(second.state).toEqual(first.state);
        // The event log alone rebuilds the state, and the state is plain JSON data.
        expect(apply(initialState(), first.events.flat())).toEqual(first.state);
        expect(JSON.parse(JSON.stringify(first.state))).toEqual(first.state);
      }),
      RUNS,
    );
  });

  it("outcomes do not depend on when (or whether) the expiry timer fired", () => {
    fc.assert(
      fc.property(scenario, (sc) => {
        const cmds = toCommands(sc);
        const last = cmds[cmds.length - 1] as Command;
        const finalSweep: Command = { type: "holds.expire", seq: last.seq + 1, at: last.at };
        const withTimer = runAll([...cmds, finalSweep]);
        const keep = cmds.map((c) => c.type !== "holds.expire");
        const withoutTimer = runAll([...cmds.filter((_, i) => keep[i]), finalSweep]);
        expect(withoutTimer.state).toEqual(withTimer.state);
        expect(outcomes(withoutTimer.replies.slice(0, -1))).toEqual(outcomes(withTimer.replies.slice(0, -1).filter((_, i) => keep[i])));
      }),
      RUNS,
    );
  });

  it("in a batch of overlapping commits exactly one write wins, the best ranked", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
        (priorities, seqs) => {
          const at = Date.UTC(2025, 0, 6);
          let state = initialState();
          const setup: Command[] = [
            { type: "calendar.configure", seq: 1, at, calendar_id: "cal", workspace_id: "ws" },
            ...priorities.map((priority, i): Command => ({ type: "agent.upsert", seq: 2 + i, at, agent_id: `ag${i}`, workspace_id: "ws", priority })),
          ];
          for (const c of setup) state = apply(state, decide(state, c).events);
          const writes = priorities.map((_, i) => ({
            booking_id: `b${i}`,
            agent_id: `ag${i}`,
            calendar_id: "cal",
            start: at + 3_600_000 + i * 60_000, // all pairwise overlapping
            end: at + 7_200_000,
            mode: "commit" as const,
            seq: 100 + (seqs[i] ?? 0),
          }));
          const d = decide(state, { type: "bookings.write", seq: 99, at, writes });
          if (d.reply.kind !== "writes") throw new Error("expected writes");
          const winners = d.reply.results.filter((r) => r.ok);
          expect(winners).toHaveLength(1);
          const ranked = writes
            .map((w, i) => ({ i, p: priorities[i] ?? 0, s: w.seq, a: w.agent_id }))
            .sort((x, y) => x.p - y.p || x.s - y.s || (x.a < y.a ? -1 : 1));
          expect(winners[0]?.booking_id).toBe(`b${ranked[0]?.i}`);
          for (const r of d.reply.results) {
            if (!r.ok) expect(r.rejection.winning_booking_id).toBe(winners[0]?.booking_id);
          }
        },
      ),
      RUNS,
    );
  });
});
