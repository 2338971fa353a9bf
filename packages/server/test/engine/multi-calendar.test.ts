// Issue 18 — one booking across several calendars (person + room), and availability across calendars.
import { describe, expect, it } from "vitest";
import { activeBookings, batchItemCalendars, calendarBookings, freeOnAll, freeOnAtLeast } from "../../src/engine/index.ts";
import { Harness, expectKind, span } from "./harness.ts";
import type { WriteInput } from "./harness.ts";

function setup(): Harness {
  return new Harness()
    .calendar("person")
    .calendar("room")
    .calendar("room2")
    .calendar("elsewhere", {}, "ws2")
    .agent("a1", 1)
    .agent("a2", 2)
    .agent("a3", 3);
}

const both = (w: Omit<WriteInput, "calendar_id" | "calendar_ids">): WriteInput => ({
  ...w,
  calendar_id: "person",
  calendar_ids: ["person", "room"],
});
const ids = (h: Harness, cal: string) => activeBookings(h.state, cal, h.at).map((b) => b.booking_id);

describe("multi-calendar bookings", () => {
  it("a person+room booking occupies both calendars and carries calendar_ids", () => {
    const h = setup();
    const b = h.book(both({ agent_id: "a2", ...span(60, 90), mode: "commit" }));
    expect(b).toMatchObject({ calendar_id: "person", calendar_ids: ["person", "room"], status: "COMMITTED" });
    expect(ids(h, "person")).toEqual([b.booking_id]);
    expect(ids(h, "room")).toEqual([b.booking_id]);
    expect(ids(h, "room2")).toEqual([]);
    expect(h.refuse({ agent_id: "a3", ...span(70, 80), mode: "commit", calendar_id: "room" })).toMatchObject({
      code: "outranked",
      winning_booking_id: b.booking_id,
    });
    // Cancelling frees both calendars.
    h.cancel(b.booking_id, "a2");
    expect(ids(h, "person")).toEqual([]);
    expect(ids(h, "room")).toEqual([]);
    expect(calendarBookings(h.state, "room")[0]?.status).toBe("CANCELLED");
  });

  it("a person+room booking racing a room-only booking: the better ranked wins, the loss names the calendar", () => {
    for (const [multiAgent, roomAgent, multiWins] of [
      ["a2", "a1", false],
      ["a1", "a2", true],
    ] as const) {
      const h = setup();
      const { results } = h.batch([
        both({ agent_id: multiAgent, ...span(60, 120), mode: "commit" }),
        { agent_id: roomAgent, ...span(90, 150), mode: "commit", calendar_id: "room" },
      ]);
      expect(results.map((r) => r.ok)).toEqual([multiWins, !multiWins]);
      if (multiWins) {
        expect(results[1]).toMatchObject({ rejection: { code: "outranked", winning_booking_id: results[0]?.booking_id } });
        expect(ids(h, "person")).toEqual([results[0]?.booking_id]);
      } else {
        // One rejection naming the calendar it lost on and the winner; nothing written on "person".
        expect(results[0]).toMatchObject({
          rejection: { code: "outranked", calendar_id: "room", winning_agent_id: "a1", winning_booking_id: results[1]?.booking_id },
        });
        expect(ids(h, "person")).toEqual([]);
      }
      expect(ids(h, "room")).toHaveLength(1);
    }
  });

  it("all or nothing: a loss on the second calendar leaves the first untouched (no displacement)", () => {
    const h = setup();
    const personHold = h.book({ agent_id: "a3", ...span(60, 90), mode: "hold", calendar_id: "person" });
    const roomCommit = h.book({ agent_id: "a1", ...span(60, 90), mode: "commit", calendar_id: "room" });
    const r = h.write(both({ agent_id: "a2", ...span(60, 90), mode: "commit" }));
    expect(r).toMatchObject({
      ok: false,
      rejection: { code: "outranked", calendar_id: "room", winning_booking_id: roomCommit.booking_id },
    });
    expect(r.decision.events.map((e) => e.type)).toEqual(["booking.rejected"]);
    expect(h.booking(personHold.booking_id).status).toBe("HELD");
  });

  it("displaces lower-priority holds on every calendar, a multi-calendar rival once", () => {
    const h = setup();
    const low = h.book({ agent_id: "a3", ...span(60, 90), mode: "hold", calendar_id: "person", calendar_ids: ["person", "room"] });
    const other = h.book({ agent_id: "a3", ...span(60, 90), mode: "hold", calendar_id: "room2" });
    const r = h.write({ agent_id: "a1", ...span(60, 90), mode: "commit", calendar_id: "room", calendar_ids: ["room", "person", "room2"] });
    expect(r.ok).toBe(true);
    expect(r.decision.events.map((e) => [e.type, "booking_id" in e ? e.booking_id : null])).toEqual([
      ["hold.invalidated", low.booking_id],
      ["hold.invalidated", other.booking_id],
      ["booking.committed", r.booking_id],
    ]);
    expect(h.booking(low.booking_id).status).toBe("INVALIDATED");
    expect(ids(h, "person")).toEqual([r.booking_id]);
  });

  it("each calendar's rules apply; a violation names the rule and the calendar", () => {
    const h = setup();
    expectKind(h.rules([{ rule_id: "short", kind: "max_duration", minutes: 20 }], "room"), "rules");
    const r = h.write(both({ agent_id: "a1", ...span(60, 90), mode: "commit" }));
    expect(r).toMatchObject({ ok: false, rejection: { code: "rule_violation", calendar_id: "room", rule: { rule_id: "short" } } });
    expect(h.book(both({ agent_id: "a1", ...span(60, 80), mode: "commit" })).calendar_ids).toEqual(["person", "room"]);
    // A daily cap on one calendar counts the multi-calendar booking there.
    expectKind(h.rules([{ rule_id: "cap", kind: "daily_cap", max_bookings: 1, per: "calendar" }], "room"), "rules");
    expect(h.refuse({ agent_id: "a2", ...span(200, 210), mode: "commit", calendar_id: "room" }).rule?.rule_id).toBe("cap");
    expect(h.book({ agent_id: "a2", ...span(200, 210), mode: "commit", calendar_id: "person" }).status).toBe("COMMITTED");
  });

  it("hold TTLs must suit every calendar; the default is the first calendar's", () => {
    const h = new Harness().calendar("p", { hold_ttl_default_seconds: 40 }).calendar("r", { hold_ttl_max_seconds: 60 }).agent("a", 1);
    const w = (ttl?: number): WriteInput => ({
      agent_id: "a",
      ...span(60, 90),
      mode: "hold",
      calendar_id: "p",
      calendar_ids: ["p", "r"],
      hold_ttl_seconds: ttl,
    });
    expect(h.refuse(w(120)).field_errors?.map((e) => e.field)).toEqual(["hold_ttl_seconds"]);
    expect(h.book(w()).hold_expires_at).toBe(h.at + 40_000);
  });

  it("moves on every calendar at once, all or nothing", () => {
    const h = setup();
    const b = h.book(both({ agent_id: "a2", ...span(60, 90), mode: "commit" }));
    const blocker = h.book({ agent_id: "a1", ...span(200, 230), mode: "commit", calendar_id: "room" });
    expect(h.move({ booking_id: b.booking_id, agent_id: "a2", ...span(200, 230) })).toMatchObject({
      ok: false,
      rejection: { code: "outranked", calendar_id: "room", winning_booking_id: blocker.booking_id },
    });
    expect(h.move({ booking_id: b.booking_id, agent_id: "a2", ...span(300, 330) }).ok).toBe(true);
    for (const cal of ["person", "room"])
      expect(
        activeBookings(h.state, cal, h.at)
          .filter((x) => x.booking_id === b.booking_id)
          .map((x) => x.start),
      ).toEqual([span(300, 330).start]);
    // The old interval is free on both.
    expect(h.book(both({ agent_id: "a3", ...span(60, 90), mode: "commit" })).status).toBe("COMMITTED");
  });

  it("bad input → invalid_request naming the field", () => {
    const h = setup();
    const fields = (calendar_ids: unknown, calendar_id = "person"): string[] => {
      const r = h.refuse({ agent_id: "a1", ...span(60, 90), mode: "commit", calendar_id, calendar_ids: calendar_ids as string[] });
      expect(r.code).toBe("invalid_request");
      return (r.field_errors ?? []).map((e) => e.field);
    };
    expect(fields(["person", "nope"])).toEqual(["calendar_ids[1]"]);
    expect(fields(["person", "elsewhere"])).toEqual(["calendar_ids[1]"]);
    expect(fields(["person", "room", "person"])).toEqual(["calendar_ids[2]"]);
    expect(fields(["person"])).toEqual(["calendar_ids"]);
    expect(fields(Array.from({ length: 11 }, (_, i) => `c${i}`))).toEqual(["calendar_ids"]);
    expect(fields("person")).toEqual(["calendar_ids"]);
    expect(fields(["person", 7])).toEqual(["calendar_ids[1]"]);
    expect(fields(["person", "room"], "room")).toEqual(["calendar_id"]);
    expect(calendarBookings(h.state, "person")).toEqual([]);
    // Ten distinct calendars are fine.
    const ten = new Harness().agent("a", 1);
    for (let i = 0; i < 10; i++) ten.calendar(`c${i}`);
    const b = ten.book({
      agent_id: "a",
      ...span(60, 90),
      mode: "commit",
      calendar_id: "c0",
      calendar_ids: Array.from({ length: 10 }, (_, i) => `c${i}`),
    });
    expect(b.calendar_ids).toHaveLength(10);
  });

  it("batchItemCalendars names every calendar an item touches (the arbiter's batch keys)", () => {
    const h = setup();
    const b = h.book(both({ agent_id: "a1", ...span(60, 90), mode: "commit" }));
    const base = { agent_id: "a1", ...span(0, 10), seq: 1 };
    expect(batchItemCalendars(h.state, { ...base, booking_id: "x", calendar_id: "room", mode: "commit" })).toEqual(["room"]);
    expect(
      batchItemCalendars(h.state, { ...base, booking_id: "x", calendar_id: "room", calendar_ids: ["room", "room2"], mode: "commit" }),
    ).toEqual(["room", "room", "room2"]);
    expect(batchItemCalendars(h.state, { ...base, kind: "move", booking_id: b.booking_id, calendar_id: "person" })).toEqual([
      "person",
      "room",
    ]);
    expect(batchItemCalendars(h.state, { ...base, kind: "move", booking_id: "nope", calendar_id: "person" })).toEqual([]);
  });

  it("a one-calendar booking keeps its exact pre-issue-18 shape (replayed audit logs stay byte-identical)", () => {
    const h = setup();
    const b = h.book({ agent_id: "a1", ...span(60, 90), mode: "commit", calendar_id: "room" });
    expect(Object.keys(b)).toEqual([
      "booking_id",
      "calendar_id",
      "agent_id",
      "agent_priority",
      "status",
      "start",
      "end",
      "metadata",
      "hold_expires_at",
      "committed_at",
      "created_at",
    ]);
  });
});

describe("availability across calendars", () => {
  const iv = (a: number, b: number) => ({ start: a, end: b });

  it("free on all = the intersection (with a minimum duration)", () => {
    const person = [iv(0, 100), iv(200, 300)];
    const room = [iv(50, 250)];
    expect(freeOnAll([person, room])).toEqual([iv(50, 100), iv(200, 250)]);
    expect(freeOnAll([person, room], 60)).toEqual([]);
    expect(freeOnAll([person, room], 50)).toEqual([iv(50, 100), iv(200, 250)]);
    expect(freeOnAll([])).toEqual([]);
  });

  it("min_available = k of n: a booking of the duration fits on k calendars for its whole length", () => {
    const a = [iv(0, 60)];
    const b = [iv(30, 120)];
    const c = [iv(200, 260)];
    // Any one room for 30: starts in [0,30] on a, [30,90] on b, [200,230] on c.
    expect(freeOnAtLeast([a, b, c], 1, 30)).toEqual([iv(0, 120), iv(200, 260)]);
    // Two rooms at once for 30: only a and b, starting in [30, 30].
    expect(freeOnAtLeast([a, b, c], 2, 30)).toEqual([iv(30, 60)]);
    expect(freeOnAtLeast([a, b, c], 2, 31)).toEqual([]);
    expect(freeOnAtLeast([a, b, c], 4, 1)).toEqual([]);
    // Touching free slots of one calendar are one slot.
    expect(freeOnAtLeast([[iv(0, 30), iv(30, 60)]], 1, 60)).toEqual([iv(0, 60)]);
  });

  it("agrees with a brute-force check on a grid", () => {
    const cals = [[iv(0, 7), iv(9, 15)], [iv(2, 12)], [iv(5, 6), iv(10, 20)]];
    for (const k of [1, 2, 3]) {
      for (const d of [1, 2, 3, 5]) {
        const windows = freeOnAtLeast(cals, k, d);
        for (let t = -2; t < 22; t++) {
          const fits = cals.filter((free) => free.some((s) => s.start <= t && t + d <= s.end)).length >= k;
          const inWindow = windows.some((w) => w.start <= t && t + d <= w.end);
          expect([k, d, t, inWindow]).toEqual([k, d, t, fits]);
        }
      }
    }
  });
});
