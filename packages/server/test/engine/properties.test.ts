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
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant("priority" as const), agent: agentIx, priority: fc.integer({ min: 1, max: 3 }) }),
    },
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
  for (const [i, agent_id] of AGENTS.entries())
    push({ type: "agent.upsert", seq: ++seq, at, agent_id, workspace_id: "ws", priority: priorities[i] ?? 1 });
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
        const type =
          body.kind === "commit" ? "bookings.commit_hold" : body.kind === "release" ? "bookings.release_hold" : "bookings.cancel";
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
            ...priorities.map(
              (priority, i): Command => ({ type: "agent.upsert", seq: 2 + i, at, agent_id: `ag${i}`, workspace_id: "ws", priority }),
            ),
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

// ---------------------------------------------------------------------------
// Issue 18: random mixes of moves, multi-calendar bookings and series on three calendars.

const CALS = ["cal", "room", "room2"] as const;
const RRULES = [
  "FREQ=DAILY;COUNT=3",
  "FREQ=HOURLY;COUNT=4",
  "FREQ=WEEKLY;COUNT=2",
  "FREQ=DAILY;UNTIL=20250109",
  "FREQ=MINUTELY;INTERVAL=20;COUNT=3",
];
const calSet = fc
  .subarray([0, 1, 2], { minLength: 1, maxLength: 3 })
  .chain((xs) => fc.shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length }));
const mixedWrite = fc.record({
  agent: agentIx,
  cals: calSet,
  slot: fc.integer({ min: -1, max: 11 }),
  len: fc.integer({ min: 1, max: 4 }),
  mode: fc.constantFrom<BookingMode>("commit", "hold"),
  ttl: fc.option(fc.integer({ min: 1, max: 180 }), { nil: undefined }),
  series: fc.option(fc.record({ rrule: fc.constantFrom(...RRULES), aon: fc.boolean() }), { nil: undefined, freq: 3 }),
});
const moveItem = fc.record({
  ref: fc.nat({ max: 1000 }),
  slot: fc.integer({ min: -1, max: 11 }),
  len: fc.integer({ min: 1, max: 4 }),
  whole: fc.boolean(),
  stranger: fc.oneof({ weight: 5, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: agentIx }),
});
const mixedOp = fc.record({
  dt: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 90_000 })),
  body: fc.oneof(
    {
      weight: 8,
      arbitrary: fc.record({
        kind: fc.constant("batch" as const),
        items: fc.array(
          fc.oneof({ weight: 3, arbitrary: mixedWrite.map((w) => ({ w })) }, { weight: 2, arbitrary: moveItem.map((m) => ({ m })) }),
          {
            minLength: 1,
            maxLength: 5,
          },
        ),
      }),
    },
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constantFrom("commit" as const, "release" as const, "cancel" as const, "cancel_series" as const),
        ref: fc.nat({ max: 1000 }),
        stranger: fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: agentIx }),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("expire" as const) }) },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant("priority" as const), agent: agentIx, priority: fc.integer({ min: 1, max: 3 }) }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant("bump" as const),
        cal: fc.integer({ min: 0, max: 2 }),
        ms: fc.constantFrom(0, 10_000, 30_000),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant("rules" as const), cal: fc.integer({ min: 0, max: 2 }), rules: fc.subarray(RULE_POOL) }),
    },
  ),
});
const mixedScenario = fc.record({
  priorities: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: AGENTS.length, maxLength: AGENTS.length }),
  ops: fc.array(mixedOp, { minLength: 1, maxLength: 50, size: "medium" }),
});
type MixedScenario = typeof mixedScenario extends fc.Arbitrary<infer T> ? T : never;

function allBookings(state: EngineState) {
  const seen = new Map<string, ReturnType<typeof calendarBookings>[number]>();
  for (const c of CALS) for (const b of calendarBookings(state, c)) seen.set(b.booking_id, b);
  return [...seen.values()].sort((x, y) => (x.booking_id < y.booking_id ? -1 : 1));
}

function toMixedCommands({ priorities, ops }: MixedScenario): Command[] {
  let seq = 0;
  let at = Date.UTC(2025, 0, 6, 8);
  let nextId = 0;
  let state = initialState();
  const cmds: Command[] = [];
  const push = (cmd: Command): void => {
    cmds.push(cmd);
    state = apply(state, decide(state, cmd).events);
  };
  for (const calendar_id of CALS)
    push({ type: "calendar.configure", seq: ++seq, at, calendar_id, workspace_id: "ws", settings: { time_zone: "Europe/Berlin" } });
  for (const [i, agent_id] of AGENTS.entries())
    push({ type: "agent.upsert", seq: ++seq, at, agent_id, workspace_id: "ws", priority: priorities[i] ?? 1 });
  for (const { dt, body } of ops) {
    at += dt;
    const grid = Math.ceil(at / SLOT) * SLOT;
    const known = allBookings(state);
    const pick = (ref: number) => (known.length > 0 ? known[ref % known.length] : undefined);
    switch (body.kind) {
      case "batch": {
        const writes = body.items.map((item) => {
          if ("m" in item) {
            const { m } = item;
            const target = pick(m.ref);
            const start = grid + m.slot * SLOT;
            return {
              kind: "move" as const,
              booking_id: target?.booking_id ?? "bkg_missing",
              agent_id: m.stranger !== undefined ? (AGENTS[m.stranger] as string) : (target?.agent_id ?? "a0"),
              calendar_id: target?.calendar_id ?? "cal",
              start,
              end: start + m.len * SLOT,
              ...(m.whole && target?.series_id !== undefined ? { whole_series: true } : {}),
              seq: ++seq,
            };
          }
          const { w } = item;
          const start = grid + w.slot * SLOT;
          const cals = w.cals.map((i) => CALS[i] as string);
          return {
            booking_id: w.series !== undefined ? `ser_${++nextId}` : `bkg_${++nextId}`,
            agent_id: AGENTS[w.agent] as string,
            calendar_id: cals[0] as string,
            ...(cals.length > 1 ? { calendar_ids: cals } : {}),
            start,
            end: start + w.len * SLOT,
            mode: w.mode,
            ...(w.ttl === undefined ? {} : { hold_ttl_seconds: w.ttl }),
            ...(w.series === undefined ? {} : { recurrence: { rrule: w.series.rrule, all_or_nothing: w.series.aon } }),
            seq: ++seq,
          };
        });
        push({ type: "bookings.write", seq: ++seq, at, writes });
        break;
      }
      case "cancel_series": {
        const withSeries = known.filter((b) => b.series_id !== undefined);
        const target = withSeries.length > 0 ? withSeries[body.ref % withSeries.length] : undefined;
        const agent_id = body.stranger !== undefined ? (AGENTS[body.stranger] as string) : (target?.agent_id ?? "a0");
        push({ type: "series.cancel", seq: ++seq, at, series_id: target?.series_id ?? "ser_missing", agent_id });
        break;
      }
      case "commit":
      case "release":
      case "cancel": {
        const target = pick(body.ref);
        const booking_id = target?.booking_id ?? "bkg_missing";
        const agent_id = body.stranger !== undefined ? (AGENTS[body.stranger] as string) : (target?.agent_id ?? "a0");
        const type =
          body.kind === "commit" ? "bookings.commit_hold" : body.kind === "release" ? "bookings.release_hold" : "bookings.cancel";
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
        push({
          type: "calendar.configure",
          seq: ++seq,
          at,
          calendar_id: CALS[body.cal] as string,
          workspace_id: "ws",
          settings: { bump_window_ms: body.ms },
        });
        break;
      case "rules":
        push({ type: "rules.set", seq: ++seq, at, calendar_id: CALS[body.cal] as string, rules: body.rules });
        break;
    }
  }
  return cmds;
}

/** Every calendar holds exactly the copies its bookings name, equal to the indexed booking. */
function copiesConsistent(state: EngineState): string[] {
  const bad: string[] = [];
  const counts = new Map<string, number>(); // "calendar booking" → copies
  for (const c of CALS)
    for (const b of calendarBookings(state, c)) counts.set(`${c} ${b.booking_id}`, (counts.get(`${c} ${b.booking_id}`) ?? 0) + 1);
  for (const c of CALS) {
    for (const b of calendarBookings(state, c)) {
      const cals = b.calendar_ids ?? [b.calendar_id];
      if (!cals.includes(c)) bad.push(`${b.booking_id} in ${c}`);
      if (getBooking(state, b.booking_id) !== b && JSON.stringify(getBooking(state, b.booking_id)) !== JSON.stringify(b))
        bad.push(`${b.booking_id} copy in ${c} differs`);
      for (const other of cals) {
        const n = counts.get(`${other} ${b.booking_id}`) ?? 0;
        if (n !== 1) bad.push(`${b.booking_id} ×${n} in ${other}`);
      }
    }
  }
  return bad;
}

/** Each mixed run decides more (series expand up to tens of occurrences): fewer runs, same coverage of kinds. */
const MIXED_RUNS = { numRuns: 100 };

describe("engine properties with moves, multi-calendar bookings and series (issue 18)", () => {
  it("never leaves two overlapping active bookings on any calendar; copies stay consistent", () => {
    fc.assert(
      fc.property(mixedScenario, (sc) => {
        let state = initialState();
        for (const cmd of toMixedCommands(sc)) {
          const d = decide(state, cmd);
          expect(d.events.length).toBeGreaterThanOrEqual(1);
          for (const i of eventIndexes(d.reply)) expect(d.events[i]).toBeDefined();
          const before = state;
          state = apply(state, d.events);
          expect(overlappingActive(state)).toEqual([]);
          expect(copiesConsistent(state)).toEqual([]);
          if (d.reply.kind === "writes" && cmd.type === "bookings.write") {
            // Bookings that some move of this batch targets may legitimately move again after being accepted.
            const moves = cmd.writes.filter((w) => w.kind === "move");
            const touched = new Set(moves.map((w) => w.booking_id));
            const touchedSeries = new Set(
              moves.filter((w) => w.whole_series === true).map((w) => getBooking(before, w.booking_id)?.series_id),
            );
            const settled = (id: string) => !touched.has(id) && !touchedSeries.has(getBooking(state, id)?.series_id);
            d.reply.results.forEach((r, i) => {
              const item = cmd.writes[i];
              if (r.ok) {
                // What a batch accepted is still in place after it (no later item displaced it).
                expect(getBooking(state, r.booking.booking_id)?.status).toBe(r.booking.status);
                for (const o of r.series?.occurrences ?? [])
                  if (o.ok && settled(o.booking_id)) expect(getBooking(state, o.booking_id)).toMatchObject({ start: o.start, end: o.end });
              } else if (item?.kind === "move" && cmd.writes.length === 1) {
                // A failed move leaves its booking exactly where it was.
                expect(getBooking(state, item.booking_id)?.start).toBe(getBooking(before, item.booking_id)?.start);
              } else if (item?.kind !== "move" && item?.recurrence !== undefined && item.recurrence.all_or_nothing !== false) {
                // A failed all-or-nothing series created nothing.
                expect(getBooking(state, `${item.booking_id}_0`)).toBeUndefined();
              }
            });
          }
        }
      }),
      MIXED_RUNS,
    );
  });

  it("replaying the same commands reproduces events, replies and state; the events alone rebuild it", () => {
    fc.assert(
      fc.property(mixedScenario, (sc) => {
        const cmds = toMixedCommands(sc);
        const first = runAll(cmds);
        const second = runAll(JSON.parse(JSON.stringify(cmds)) as Command[]);
        expect(second.events).toEqual(first.events);
        expect(second.replies).toEqual(first.replies);
        expect(second.state).toEqual(first.state);
        expect(apply(initialState(), first.events.flat())).toEqual(first.state);
        expect(JSON.parse(JSON.stringify(first.state))).toEqual(first.state);
        expect(JSON.stringify(second.events)).toBe(JSON.stringify(first.events));
      }),
      MIXED_RUNS,
    );
  });

  it("outcomes do not depend on when (or whether) the expiry timer fired", () => {
    fc.assert(
      fc.property(mixedScenario, (sc) => {
        const cmds = toMixedCommands(sc);
        const last = cmds[cmds.length - 1] as Command;
        const finalSweep: Command = { type: "holds.expire", seq: last.seq + 1, at: last.at };
        const withTimer = runAll([...cmds, finalSweep]);
        const keep = cmds.map((c) => c.type !== "holds.expire");
        const withoutTimer = runAll([...cmds.filter((_, i) => keep[i]), finalSweep]);
        expect(withoutTimer.state).toEqual(withTimer.state);
        expect(outcomes(withoutTimer.replies.slice(0, -1))).toEqual(outcomes(withTimer.replies.slice(0, -1).filter((_, i) => keep[i])));
      }),
      MIXED_RUNS,
    );
  });
});
