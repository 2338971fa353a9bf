// Issue 18 over real HTTP (docs/protocol.md §12): atomic moves, one booking across several calendars
// (person + room), recurring series; races decided in the arbitration window; bad input refused
// before anything is written; the replay tool reproduces the store and its audit root.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  Owner,
  replayStoreOf,
  slot,
  startServer,
  storeKind,
  storeQuery,
  type ServerProcess,
  type TestAgent,
} from "../support/server-process.ts";

let server: ServerProcess;
let owner: Owner;
let hi: TestAgent; // priority 1
let lo: TestAgent; // priority 2
let person: string; // the default calendar
let room: string;
let multiBooking: { booking_id: string; start: string; end: string }; // a person+room booking

beforeAll(async () => {
  server = await startServer();
  owner = await Owner.signIn(server.url);
  // A wide window keeps a loaded machine's jitter inside it; priority 1 still closes batches at once.
  await owner.configure({ arbitration_window_ms: 300 });
  person = await owner.defaultCalendarId();
  const created = await owner.call("POST", "/v1/dashboard/calendars", { body: { name: "room" } });
  room = created.body.calendar_id;
  await owner.call("PATCH", `/v1/dashboard/calendars/${room}`, { body: { settings: { arbitration_window_ms: 300 } } });
  hi = await owner.createAgent("hi", 1);
  lo = await owner.createAgent("lo", 2);
});

afterAll(async () => {
  if (server) await server.stop();
});

const shuffle = <T>(xs: T[]): T[] => [...xs].sort(() => Math.random() - 0.5);

describe("move (docs/protocol.md §12.1)", () => {
  it("moves an own commit: same id, new interval, booking.moved audited with both intervals, old slot free", async () => {
    const from = slot(30);
    const to = slot(31);
    const made = await lo.call("POST", "/v1/bookings", { body: from });
    expect(made.status).toBe(201);
    const moved = await lo.call("POST", `/v1/bookings/${made.body.booking_id}/move`, { body: to });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ booking_id: made.body.booking_id, status: "COMMITTED", start: to.start, end: to.end });
    expect(moved.body.moved_at).toBeDefined();
    const read = await lo.call("GET", `/v1/bookings/${made.body.booking_id}`);
    expect(read.body).toMatchObject({ start: to.start, end: to.end, audit_event_id: moved.body.audit_event_id });
    const audit = await lo.call("GET", `/v1/audit?resource=${made.body.booking_id}`);
    const event = audit.body.data.find((e: { action: string }) => e.action === "booking.moved");
    expect(event.outcome.from).toEqual({ start: Date.parse(from.start), end: Date.parse(from.end) });
    expect(event.outcome.to).toEqual({ start: Date.parse(to.start), end: Date.parse(to.end) });
    // The old slot is free again.
    expect((await hi.call("POST", "/v1/bookings", { body: from })).status).toBe(201);
  });

  it("two agents move into one slot at once: exactly one wins (priority), the loser stays where it was", async () => {
    for (let round = 0; round < 8; round++) {
      const target = slot(40 + round * 3);
      const a = await hi.call("POST", "/v1/bookings", { body: slot(41 + round * 3) });
      const b = await lo.call("POST", "/v1/bookings", { body: slot(42 + round * 3) });
      const movers = shuffle([
        { agent: hi, booking: a.body },
        { agent: lo, booking: b.body },
      ]);
      const replies = await Promise.all(
        movers.map(({ agent, booking }) => agent.call("POST", `/v1/bookings/${booking.booking_id}/move`, { body: target })),
      );
      const byAgent = new Map(movers.map((m, i) => [m.agent.agent_id, replies[i]!]));
      const won = byAgent.get(hi.agent_id)!;
      const lost = byAgent.get(lo.agent_id)!;
      expect(won.status, `round ${round}`).toBe(200);
      expect(lost.status, `round ${round}`).toBe(409);
      expect(lost.body).toMatchObject({ code: "outranked", winning_agent_id: hi.agent_id, winning_booking_id: a.body.booking_id });
      const stayed = await lo.call("GET", `/v1/bookings/${b.body.booking_id}`);
      expect(stayed.body).toMatchObject({ status: "COMMITTED", start: b.body.start, end: b.body.end });
    }
  });

  it("is idempotent: a repeat replays the answer", async () => {
    const made = await lo.call("POST", "/v1/bookings", { body: slot(80) });
    const headers = { "Idempotency-Key": `mv-${made.body.booking_id}` };
    const first = await lo.call("POST", `/v1/bookings/${made.body.booking_id}/move`, { body: slot(81), headers });
    const again = await lo.call("POST", `/v1/bookings/${made.body.booking_id}/move`, { body: slot(81), headers });
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.body).toEqual(first.body);
  });

  it("bad input: someone else's booking 403, a CANCELLED one 409, over 24 h 400, unknown 404; nothing moves", async () => {
    const made = await lo.call("POST", "/v1/bookings", { body: slot(90) });
    const id = made.body.booking_id;
    expect((await hi.call("POST", `/v1/bookings/${id}/move`, { body: slot(91) })).body.code).toBe("forbidden");
    const s = slot(92);
    const long = { start: s.start, end: new Date(Date.parse(s.start) + 25 * 3_600_000).toISOString() };
    const tooLong = await lo.call("POST", `/v1/bookings/${id}/move`, { body: long });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.code).toBe("invalid_request");
    expect((await lo.call("POST", `/v1/bookings/bkg_nothere/move`, { body: slot(93) })).status).toBe(404);
    expect((await lo.call("GET", `/v1/bookings/${id}`)).body).toMatchObject({ start: made.body.start, end: made.body.end });
    await lo.call("POST", `/v1/bookings/${id}/cancel`, { body: {} });
    const cancelled = await lo.call("POST", `/v1/bookings/${id}/move`, { body: slot(94) });
    expect(cancelled.status).toBe(409);
    expect(cancelled.body.code).toBe("invalid_transition");
  });
});

describe("several calendars (docs/protocol.md §12.2)", () => {
  it("a person+room booking racing a room-only booking: the better ranked wins on the room; the loss names the calendar", async () => {
    for (let round = 0; round < 6; round++) {
      const s = slot(100 + round);
      // Alternate who ranks higher: the person+room booking, then the room-only booking.
      const [multiAgent, roomAgent] = round % 2 === 0 ? [hi, lo] : [lo, hi];
      const calls = shuffle([
        () => multiAgent.call("POST", "/v1/bookings", { body: { ...s, calendar_ids: [person, room] } }),
        () => roomAgent.call("POST", "/v1/bookings", { body: { ...s, calendar_id: room } }),
      ]);
      await Promise.all(calls.map((c) => c()));
      const listed = await hi.call("GET", `/v1/bookings?calendar_id=${room}&status=COMMITTED&range_start=${s.start}&range_end=${s.end}`);
      expect(listed.body.data, `round ${round}`).toHaveLength(1);
      expect(listed.body.data[0].agent_id).toBe(hi.agent_id);
    }
  });

  it("the loser of a multi-calendar write gets one 409 naming the calendar and its winner", async () => {
    const s = slot(120);
    const roomOnly = await hi.call("POST", "/v1/bookings", { body: { ...s, calendar_id: room } });
    const multi = await lo.call("POST", "/v1/bookings", { body: { ...s, calendar_ids: [person, room] } });
    expect(multi.status).toBe(409);
    expect(multi.body).toMatchObject({ code: "outranked", calendar_id: room, winning_booking_id: roomOnly.body.booking_id });
    // Nothing was booked on the person calendar either.
    const onPerson = await lo.call("GET", `/v1/bookings?calendar_id=${person}&range_start=${s.start}&range_end=${s.end}&status=COMMITTED`);
    expect(onPerson.body.data).toHaveLength(0);
  });

  it("a won booking carries calendar_ids, is listed on every calendar and busy on each in availability", async () => {
    const s = slot(130);
    const made = await hi.call("POST", "/v1/bookings", { body: { ...s, calendar_ids: [person, room] } });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ calendar_id: person, calendar_ids: [person, room] });
    multiBooking = made.body;
    for (const cal of [person, room]) {
      const listed = await hi.call("GET", `/v1/bookings?calendar_id=${cal}&range_start=${s.start}&range_end=${s.end}`);
      expect(listed.body.data.map((b: { booking_id: string }) => b.booking_id)).toContain(made.body.booking_id);
    }
    const range = `range_start=${encodeURIComponent(s.start)}&range_end=${encodeURIComponent(new Date(Date.parse(s.start) + 3_600_000).toISOString())}`;
    const both = await hi.call("GET", `/v1/availability?${range}&calendar_id=${person}&calendar_id=${room}`);
    expect(both.status).toBe(200);
    expect(both.body).toMatchObject({ calendar_ids: [person, room], min_available: 2 });
    expect(both.body.slots).toEqual([{ start: s.end, end: new Date(Date.parse(s.start) + 3_600_000).toISOString() }]);
    expect(both.body.busy.map((b: { calendar_id: string }) => b.calendar_id).sort()).toEqual([person, room].sort());
  });

  it("min_available=k: any k of n calendars", async () => {
    const other = (await owner.call("POST", "/v1/dashboard/calendars", { body: { name: "room-2" } })).body.calendar_id;
    const s = slot(140);
    await hi.call("POST", "/v1/bookings", { body: { ...s, calendar_id: room } });
    const end = new Date(Date.parse(s.start) + 3_600_000).toISOString();
    const q = `range_start=${encodeURIComponent(s.start)}&range_end=${encodeURIComponent(end)}&calendar_id=${room}&calendar_id=${other}`;
    const all = await hi.call("GET", `/v1/availability?${q}`);
    expect(all.body.slots).toEqual([{ start: s.end, end }]);
    const one = await hi.call("GET", `/v1/availability?${q}&min_available=1`);
    expect(one.body).toMatchObject({ min_available: 1, slots: [{ start: s.start, end }] });
  });

  it("bad input: duplicate, unknown, another workspace's, too many calendars, both fields: typed 4xx, nothing written", async () => {
    const s = slot(150);
    const stranger = await Owner.signIn(server.url);
    const foreign = await stranger.defaultCalendarId();
    const before = (await hi.call("GET", "/v1/audit/checkpoint")).body.tree_size;
    const cases: [unknown, number, string][] = [
      [{ ...s, calendar_ids: [room, room] }, 400, "invalid_request"],
      [{ ...s, calendar_ids: [room, "cal_unknown"] }, 404, "not_found"],
      [{ ...s, calendar_ids: [room, foreign] }, 404, "not_found"],
      [{ ...s, calendar_ids: Array.from({ length: 11 }, (_, i) => `cal_x${i}`) }, 400, "invalid_request"],
      [{ ...s, calendar_ids: [room] }, 400, "invalid_request"],
      [{ ...s, calendar_id: room, calendar_ids: [person, room] }, 400, "invalid_request"],
    ];
    for (const [body, status, code] of cases) {
      const r = await hi.call("POST", "/v1/bookings", { body });
      expect([r.status, r.body.code], JSON.stringify(body)).toEqual([status, code]);
    }
    expect((await hi.call("GET", "/v1/audit/checkpoint")).body.tree_size).toBe(before);
  });
});

describe("series (docs/protocol.md §12.3)", () => {
  let berlin: string;
  beforeAll(async () => {
    berlin = (await owner.call("POST", "/v1/dashboard/calendars", { body: { name: "berlin", time_zone: "Europe/Berlin" } })).body
      .calendar_id;
  });

  it("a weekly 09:00 series across the DST change keeps 09:00 local", async () => {
    // Europe/Berlin moves to summer time on Sunday 28 March 2027.
    const r = await hi.call("POST", "/v1/bookings", {
      body: {
        start: "2027-03-15T09:00:00+01:00",
        end: "2027-03-15T09:30:00+01:00",
        calendar_id: berlin,
        recurrence: { rrule: "FREQ=WEEKLY;COUNT=4" },
      },
    });
    expect(r.status).toBe(201);
    expect(r.body.series_id).toMatch(/^srs_/);
    expect(r.body.series.occurrences.map((o: { start: string }) => o.start)).toEqual([
      "2027-03-15T08:00:00.000Z",
      "2027-03-22T08:00:00.000Z",
      "2027-03-29T07:00:00.000Z",
      "2027-04-05T07:00:00.000Z",
    ]);
    for (const o of r.body.series.occurrences) {
      const b = await hi.call("GET", `/v1/bookings/${o.booking_id}`);
      expect(b.body).toMatchObject({ status: "COMMITTED", series_id: r.body.series_id });
    }
  });

  it("a clash on the 3rd occurrence: all-or-nothing creates nothing; per-occurrence all but the 3rd", async () => {
    const first = Date.parse(slot(24 * 20).start);
    const day = 86_400_000;
    const blocker = await hi.call("POST", "/v1/bookings", {
      body: { start: new Date(first + 2 * day).toISOString(), end: new Date(first + 2 * day + 1_800_000).toISOString() },
    });
    const body = {
      start: new Date(first).toISOString(),
      end: new Date(first + 1_800_000).toISOString(),
      recurrence: { rrule: "FREQ=DAILY;COUNT=5" },
    };
    const none = await lo.call("POST", "/v1/bookings", { body });
    expect(none.status).toBe(409);
    expect(none.body).toMatchObject({ code: "outranked", winning_booking_id: blocker.body.booking_id, occurrence: { index: 2 } });
    const listed = await lo.call(
      "GET",
      `/v1/bookings?agent_id=${lo.agent_id}&range_start=${body.start}&range_end=${new Date(first + 5 * day).toISOString()}`,
    );
    expect(listed.body.data).toHaveLength(0);

    const some = await lo.call("POST", "/v1/bookings", { body: { ...body, recurrence: { ...body.recurrence, all_or_nothing: false } } });
    expect(some.status).toBe(201);
    expect(some.body.series.all_or_nothing).toBe(false);
    expect(some.body.series.occurrences.map((o: { outcome: string }) => o.outcome)).toEqual([
      "created",
      "created",
      "failed",
      "created",
      "created",
    ]);
    expect(some.body.series.occurrences[2].problem).toMatchObject({ code: "outranked", winning_booking_id: blocker.body.booking_id });
    const after = await lo.call(
      "GET",
      `/v1/bookings?agent_id=${lo.agent_id}&status=COMMITTED&range_start=${body.start}&range_end=${new Date(first + 5 * day).toISOString()}`,
    );
    expect(after.body.data).toHaveLength(4);

    // Cancel one occurrence, then the whole series (what is left of it).
    const [o0, o1] = some.body.series.occurrences;
    expect((await lo.call("POST", `/v1/bookings/${o0.booking_id}/cancel`, { body: {} })).body.status).toBe("CANCELLED");
    expect((await hi.call("POST", `/v1/series/${some.body.series_id}/cancel`, { body: {} })).status).toBe(403);
    const cancelled = await lo.call("POST", `/v1/series/${some.body.series_id}/cancel`, { body: { reason: "project over" } });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.bookings.map((b: { status: string }) => b.status)).toEqual(["CANCELLED", "CANCELLED", "CANCELLED"]);
    expect(cancelled.body.bookings[0].booking_id).toBe(o1.booking_id);
    expect((await lo.call("POST", `/v1/series/srs_nothere/cancel`, { body: {} })).status).toBe(404);
  });

  it("moves the whole series by the same local shift", async () => {
    const first = Date.parse(slot(24 * 30).start);
    const made = await hi.call("POST", "/v1/bookings", {
      body: {
        start: new Date(first).toISOString(),
        end: new Date(first + 1_800_000).toISOString(),
        recurrence: { rrule: "FREQ=DAILY;COUNT=3" },
      },
    });
    const to = { start: new Date(first + 3_600_000).toISOString(), end: new Date(first + 5_400_000).toISOString(), whole_series: true };
    const moved = await hi.call("POST", `/v1/bookings/${made.body.series.occurrences[0].booking_id}/move`, { body: to });
    expect(moved.status).toBe(200);
    const last = await hi.call("GET", `/v1/bookings/${made.body.series.occurrences[2].booking_id}`);
    expect(last.body.start).toBe(new Date(first + 2 * 86_400_000 + 3_600_000).toISOString());
  });

  it("bad input: unbounded RRULE, more than 100 occurrences: 400, nothing written", async () => {
    const s = slot(24 * 40);
    const before = (await hi.call("GET", "/v1/audit/checkpoint")).body.tree_size;
    for (const rrule of ["FREQ=DAILY", "FREQ=DAILY;COUNT=101", "FREQ=HOURLY;UNTIL=20991231T000000Z", "FREQ=NEVER;COUNT=2"]) {
      const r = await hi.call("POST", "/v1/bookings", { body: { ...s, recurrence: { rrule } } });
      expect([r.status, r.body.code], rrule).toEqual([400, "invalid_request"]);
    }
    expect((await hi.call("GET", "/v1/audit/checkpoint")).body.tree_size).toBe(before);
  });
});

describe("replay (docs/protocol.md §4.6)", () => {
  it("the replay tool reproduces the store and the audit root", async () => {
    const cp = await hi.call("GET", "/v1/audit/checkpoint");
    const workspace = cp.body.origin.split("/").pop();
    expect(await server.stop()).toBe(0);
    const replay = await replayStoreOf(server.dataDir);
    expect(replay.status, replay.stderr).toBe(0);
    const root = Buffer.from(cp.body.root_hash, "base64").toString("hex");
    expect(replay.stdout).toContain(`${workspace} audit root ${root}`);

    // The store keeps one row per (booking, calendar): the overlap backstop covers the room too.
    const rows = await storeQuery<{ calendar_id: string; status: string }>(
      server.dataDir,
      `SELECT calendar_id, status FROM booking_calendars WHERE booking_id = ? ORDER BY calendar_id`,
      [multiBooking.booking_id],
    );
    expect(rows.map((r) => r.calendar_id)).toEqual([person, room].sort());
    if (storeKind === "postgres") {
      // An overlapping active row on the room, as a buggy replica might write it, is refused by the database.
      const start = Date.parse(multiBooking.start);
      await expect(
        storeQuery(
          server.dataDir,
          `INSERT INTO booking_calendars (workspace_id, booking_id, calendar_id, status, start_ms, end_ms)
           SELECT workspace_id, 'bkg_rogue', calendar_id, 'COMMITTED', ?, ? FROM booking_calendars WHERE booking_id = ? AND calendar_id = ?`,
          [start, start + 60_000, multiBooking.booking_id, room],
        ),
      ).rejects.toThrow(/booking_calendars_active_no_overlap/);
    }
    server = await startServer({ dataDir: server.dataDir });
  });
});
