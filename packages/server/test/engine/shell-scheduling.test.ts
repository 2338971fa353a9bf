// Property test of issue 18 through the shell (docs/protocol.md §12): random mixes of commits, holds,
// person + room bookings, series and moves submitted concurrently to the real Arbiter and Ledger on
// a real SQLite store never leave two active bookings overlapping on any calendar (in the engine
// state and in the store's per-calendar rows), and replaying the store reproduces every booking,
// audit event and the audit root.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { activeBookings, type Command, type WriteResult } from "../../src/engine/index.ts";
import { replayStore } from "../../src/replay.ts";
import { Arbiter, type PendingItem } from "../../src/shell/arbiter.ts";
import { Ledgers } from "../../src/shell/ledgers.ts";
import { migrate } from "../../src/store/migrations.ts";
import { openSqlite } from "../../src/store/sqlite.ts";

const WS = "ws_prop";
const CALENDARS = ["cal_person", "cal_room_a", "cal_room_b"];
const AGENTS = ["agt_1", "agt_2", "agt_3"];
const HOUR = 3_600_000;
/** Far enough ahead that nothing is in the past for the ledger's clock. */
const BASE = Math.ceil(Date.now() / (24 * HOUR)) * 24 * HOUR + 30 * 24 * HOUR;

const ctx = (n: number) => ({
  workspace_id: WS,
  request_id: `req_${n}`,
  method: "POST",
  path: "/v1/bookings",
  actor: { type: "system" as const },
});

const op = fc.oneof(
  fc.record({
    kind: fc.constant("create" as const),
    agent: fc.integer({ min: 0, max: 2 }),
    calendars: fc.subarray([0, 1, 2], { minLength: 1 }),
    slot: fc.integer({ min: 0, max: 8 }),
    len: fc.integer({ min: 1, max: 3 }),
    hold: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant("series" as const),
    agent: fc.integer({ min: 0, max: 2 }),
    calendars: fc.subarray([0, 1, 2], { minLength: 1, maxLength: 2 }),
    slot: fc.integer({ min: 0, max: 8 }),
    count: fc.integer({ min: 2, max: 4 }),
    aon: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant("move" as const),
    pick: fc.nat(),
    slot: fc.integer({ min: 0, max: 8 }),
    len: fc.integer({ min: 1, max: 3 }),
    wholeSeries: fc.boolean(),
  }),
);

/** Waves of operations: each wave is submitted at once (racing), waves one after another. */
const waves = fc.array(fc.array(op, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 });

type Plan = typeof waves extends fc.Arbitrary<infer T> ? T : never;

/** What the runs got to decide, over all of them (the mix must really exercise moves, rooms and series). */
const seen = { moved: 0, multi: 0, series: 0, lost: 0 };

async function runMix(plan: Plan): Promise<void> {
  const db = openSqlite(path.join(mkdtempSync(path.join(tmpdir(), "agentdraft-shell-prop-")), "db.sqlite"));
  await migrate(db);
  const ledgers = new Ledgers(db);
  const arbiter = new Arbiter(ledgers);
  try {
    let n = 0;
    const exec = (body: Record<string, unknown>) =>
      ledgers.execute(WS, (seq, at) => ({ command: { ...body, seq, at } as Command, ctx: ctx(n++) }));
    for (const calendar_id of CALENDARS)
      await exec({ type: "calendar.configure", calendar_id, workspace_id: WS, settings: { arbitration_window_ms: 5 } });
    for (const [i, agent_id] of AGENTS.entries()) await exec({ type: "agent.upsert", agent_id, workspace_id: WS, priority: i + 1 });

    const lease = await ledgers.acquire(WS);
    const made: { booking_id: string; agent_id: string; series: boolean }[] = [];
    try {
      for (const wave of plan) {
        const submitted = wave.map((o, i) => {
          let write: PendingItem;
          if (o.kind === "move") {
            const target = made[o.pick % Math.max(1, made.length)];
            if (target === undefined) return Promise.resolve(undefined);
            write = {
              kind: "move",
              booking_id: target.booking_id,
              agent_id: target.agent_id,
              calendar_id: CALENDARS[0]!,
              start: BASE + o.slot * HOUR,
              end: BASE + (o.slot + o.len) * HOUR,
              ...(o.wholeSeries && target.series ? { whole_series: true } : {}),
            };
            // The arbiter keys a move on its booking's calendars; the engine ignores calendar_id.
          } else {
            const ids = o.calendars.map((c) => CALENDARS[c]!);
            const series = o.kind === "series";
            write = {
              booking_id: `${series ? "srs" : "bkg"}_${made.length}_${n}_${i}`,
              agent_id: AGENTS[o.agent]!,
              calendar_id: ids[0]!,
              ...(ids.length > 1 ? { calendar_ids: ids } : {}),
              start: BASE + o.slot * HOUR,
              end: BASE + (o.slot + (series ? 1 : o.len)) * HOUR,
              mode: o.kind === "create" && o.hold ? "hold" : "commit",
              ...(o.kind === "create" && o.hold ? { hold_ttl_seconds: 3600 } : {}),
              ...(series ? { recurrence: { rrule: `FREQ=DAILY;COUNT=${o.count}`, all_or_nothing: o.aon } } : {}),
            };
          }
          return arbiter.submit<WriteResult>({ write, ctx: ctx(n++), settle: async ({ result }) => result });
        });
        for (const r of await Promise.all(submitted)) {
          if (r !== undefined && !r.ok) seen.lost++;
          if (r?.ok && r.moved_from !== undefined) seen.moved++;
          if (r?.ok && r.booking.calendar_ids !== undefined) seen.multi++;
          if (r?.ok && r.series !== undefined && r.moved_from === undefined) seen.series++;
          if (r === undefined || !r.ok || r.moved_from !== undefined) continue;
          const occurrences = r.series?.occurrences.filter((o) => o.ok) ?? [];
          if (occurrences.length > 0)
            for (const o of occurrences) made.push({ booking_id: o.booking_id, agent_id: r.booking.agent_id, series: true });
          else made.push({ booking_id: r.booking.booking_id, agent_id: r.booking.agent_id, series: false });
        }
      }
      // No two active bookings overlap on any calendar.
      const state = lease.ledger.state;
      for (const cal of CALENDARS) {
        const active = activeBookings(state, cal, Date.now()).sort((a, b) => a.start - b.start);
        for (let i = 1; i < active.length; i++) expect(active[i]!.start, cal).toBeGreaterThanOrEqual(active[i - 1]!.end);
      }
      // The store's per-calendar rows agree (the PostgreSQL backstop's table).
      const rows = await db.all<{ calendar_id: string; start_ms: number; end_ms: number }>(
        `SELECT calendar_id, start_ms, end_ms FROM booking_calendars WHERE workspace_id = ? AND status IN ('HELD', 'COMMITTED') ORDER BY calendar_id, start_ms`,
        [WS],
      );
      for (let i = 1; i < rows.length; i++) {
        if (rows[i]!.calendar_id === rows[i - 1]!.calendar_id)
          expect(Number(rows[i]!.start_ms)).toBeGreaterThanOrEqual(Number(rows[i - 1]!.end_ms));
      }
      const root = Buffer.from(lease.ledger.auditRoot()).toString("hex");
      const report = await replayStore(db);
      expect(report.mismatches).toEqual([]);
      expect(report.roots[WS]).toBe(root);
    } finally {
      lease.release();
    }
  } finally {
    await ledgers.close();
    await db.close();
  }
}

describe("shell properties with moves, several calendars and series (issue 18)", () => {
  it("racing waves never overlap on any calendar; the store replays to the same bookings and audit root", async () => {
    await fc.assert(fc.asyncProperty(waves, runMix), { numRuns: 25, interruptAfterTimeLimit: 60_000 });
    for (const [what, count] of Object.entries(seen)) expect(count, what).toBeGreaterThan(0);
  });
});
