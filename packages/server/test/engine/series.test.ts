// Issue 18 — recurring series: RRULE expansion in the calendar's time zone, all-or-nothing or per
// occurrence, rules per occurrence, cancel/move one occurrence or the whole series.
import { describe, expect, it } from "vitest";
import { activeBookings, expandRecurrence, getBooking, occurrenceId } from "../../src/engine/index.ts";
import { civilDateOf } from "../../src/engine/tz.ts";
import { Harness, expectKind, rejection } from "./harness.ts";
import type { WriteInput } from "./harness.ts";

const utc = (y: number, mo: number, d: number, h: number, mi = 0): number => Date.UTC(y, mo - 1, d, h, mi);
const BERLIN = "Europe/Berlin";
/** Local wall clock "HH:MM" of an instant in Berlin. */
const berlinTime = (ms: number) => new Date(ms).toLocaleTimeString("en-GB", { timeZone: BERLIN, hour: "2-digit", minute: "2-digit" });

function setup(at = utc(2025, 3, 1, 0)): Harness {
  return new Harness(at)
    .calendar("cal", { time_zone: BERLIN })
    .calendar("room", { time_zone: BERLIN })
    .agent("a1", 1)
    .agent("a2", 2)
    .agent("a3", 3);
}

/** Weekly Mondays 09:00–10:00 Berlin from 2025-03-17 (CET), crossing the 2025-03-30 switch to CEST. */
function weekly(agent_id: string, rrule: string, extra: Partial<WriteInput> = {}, all_or_nothing?: boolean): WriteInput {
  return {
    agent_id,
    booking_id: "ser_1",
    start: utc(2025, 3, 17, 8),
    end: utc(2025, 3, 17, 9),
    mode: "commit",
    recurrence: all_or_nothing === undefined ? { rrule } : { rrule, all_or_nothing },
    ...extra,
  };
}

describe("recurrence expansion", () => {
  it("a weekly 09:00 stays 09:00 local across DST (both directions)", () => {
    const spring = expandRecurrence("FREQ=WEEKLY;COUNT=4", utc(2025, 3, 17, 8), BERLIN);
    if (!spring.ok) throw new Error(spring.message);
    expect(spring.starts).toEqual([utc(2025, 3, 17, 8), utc(2025, 3, 24, 8), utc(2025, 3, 31, 7), utc(2025, 4, 7, 7)]);
    const autumn = expandRecurrence("RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20251103", utc(2025, 10, 20, 7), BERLIN);
    if (!autumn.ok) throw new Error(autumn.message);
    expect(autumn.starts.map(berlinTime)).toEqual(["09:00", "09:00", "09:00"]);
    expect(autumn.starts[2]).toBe(utc(2025, 11, 3, 8));
  });

  it("UNTIL bounds inclusively (date, local date-time, UTC)", () => {
    const start = utc(2025, 3, 17, 8);
    const n = (rrule: string) => {
      const e = expandRecurrence(rrule, start, BERLIN);
      return e.ok ? e.starts.length : e.message;
    };
    expect(n("FREQ=DAILY;UNTIL=20250319")).toBe(3);
    expect(n("FREQ=DAILY;UNTIL=20250319T090000")).toBe(3);
    expect(n("FREQ=DAILY;UNTIL=20250319T085959")).toBe(2);
    expect(n("FREQ=DAILY;UNTIL=20250319T080000Z")).toBe(3);
    expect(n("FREQ=DAILY;UNTIL=20250319T075959Z")).toBe(2);
    expect(n("FREQ=DAILY;INTERVAL=2;COUNT=3")).toBe(3);
  });

  it("rejects unbounded, too long and malformed rules", () => {
    const start = utc(2025, 3, 17, 8);
    const msg = (rrule: unknown) => {
      const e = expandRecurrence(rrule, start, BERLIN);
      return e.ok ? "ok" : e.message;
    };
    expect(msg("FREQ=WEEKLY")).toMatch(/COUNT or UNTIL/);
    expect(msg("FREQ=DAILY;COUNT=100")).toBe("ok");
    expect(msg("FREQ=DAILY;COUNT=101")).toMatch(/at most 100/);
    expect(msg("FREQ=DAILY;UNTIL=20250624")).toBe("ok"); // 100 days
    expect(msg("FREQ=DAILY;UNTIL=20250625")).toMatch(/at most 100/);
    expect(msg("FREQ=DAILY;COUNT=2;UNTIL=20250320")).toMatch(/not both/);
    expect(msg("FREQ=FORTNIGHTLY;COUNT=2")).toMatch(/FREQ/);
    expect(msg("FREQ=DAILY;COUNT=2;FOO=1")).toMatch(/malformed/);
    expect(msg("FREQ=WEEKLY;BYDAY=XX;COUNT=2")).toMatch(/malformed/);
    expect(msg("FREQ=DAILY;COUNT=0")).toMatch(/COUNT/);
    expect(msg("FREQ=DAILY;UNTIL=2025")).toMatch(/UNTIL/);
    expect(msg("FREQ=DAILY;UNTIL=20250301")).toMatch(/no occurrence/);
    expect(msg(42)).toMatch(/RRULE string/);
    expect(msg("")).toMatch(/RRULE string/);
  });
});

describe("recurring series", () => {
  it("creates every occurrence with a series_id, local time kept across DST", () => {
    const h = setup();
    const r = h.write(weekly("a2", "FREQ=WEEKLY;COUNT=4"));
    expect(r.ok).toBe(true);
    const occ = r.series?.occurrences ?? [];
    expect(occ.map((o) => o.booking_id)).toEqual([0, 1, 2, 3].map((i) => occurrenceId("ser_1", i)));
    expect(occ.every((o) => o.ok && o.booking.series_id === "ser_1" && o.booking.status === "COMMITTED")).toBe(true);
    expect(occ.map((o) => berlinTime(o.start))).toEqual(["09:00", "09:00", "09:00", "09:00"]);
    expect(occ.map((o) => o.end - o.start)).toEqual([3_600_000, 3_600_000, 3_600_000, 3_600_000]);
    expect(r.ok && r.booking.booking_id).toBe("ser_1_0");
    expect(r.decision.events.map((e) => e.type)).toEqual([...Array(4).fill("booking.committed"), "series.decided"]);
    expect(r.decision.events[r.event_index]).toMatchObject({
      type: "series.decided",
      series_id: "ser_1",
      created: occ.map((o) => o.booking_id),
      failed: [],
    });
  });

  it("a clash on the 3rd occurrence: all-or-nothing creates nothing", () => {
    const h = setup();
    const blocker = h.book({ agent_id: "a1", start: utc(2025, 3, 31, 7, 30), end: utc(2025, 3, 31, 8), mode: "commit" });
    const low = h.book({ agent_id: "a3", start: utc(2025, 3, 17, 8), end: utc(2025, 3, 17, 9), mode: "hold", hold_ttl_seconds: 3600 });
    const before = activeBookings(h.state, "cal", h.at);
    const r = h.write(weekly("a2", "FREQ=WEEKLY;COUNT=4"));
    expect(r).toMatchObject({
      ok: false,
      booking_id: "ser_1",
      rejection: {
        code: "outranked",
        winning_booking_id: blocker.booking_id,
        occurrence: { index: 2, booking_id: "ser_1_2", start: utc(2025, 3, 31, 7) },
      },
    });
    // Not even the hold the 1st occurrence would have displaced is touched.
    expect(r.decision.events.map((e) => e.type)).toEqual(["booking.rejected"]);
    expect(activeBookings(h.state, "cal", h.at)).toEqual(before);
    expect(h.booking(low.booking_id).status).toBe("HELD");
    expect(getBooking(h.state, "ser_1_0")).toBeUndefined();
  });

  it("a clash on the 3rd occurrence: per-occurrence creates all but the 3rd, saying why", () => {
    const h = setup();
    const blocker = h.book({ agent_id: "a1", start: utc(2025, 3, 31, 7, 30), end: utc(2025, 3, 31, 8), mode: "commit" });
    const r = h.write(weekly("a2", "FREQ=WEEKLY;COUNT=4", {}, false));
    expect(r.ok).toBe(true);
    const occ = r.series?.occurrences ?? [];
    expect(occ.map((o) => o.ok)).toEqual([true, true, false, true]);
    expect(occ[2]).toMatchObject({
      ok: false,
      booking_id: "ser_1_2",
      rejection: { code: "outranked", winning_booking_id: blocker.booking_id },
    });
    expect(getBooking(h.state, "ser_1_2")).toBeUndefined();
    expect(getBooking(h.state, "ser_1_3")?.status).toBe("COMMITTED");
    expect(r.decision.events.map((e) => e.type)).toEqual([
      "booking.committed",
      "booking.committed",
      "booking.rejected",
      "booking.committed",
      "series.decided",
    ]);
    expect(r.decision.events.at(-1)).toMatchObject({ failed: [{ index: 2, booking_id: "ser_1_2" }], all_or_nothing: false });
  });

  it("per-occurrence with every occurrence lost is a rejection", () => {
    const h = setup();
    h.book({ agent_id: "a1", start: utc(2025, 3, 17, 8), end: utc(2025, 3, 17, 9), mode: "commit" });
    const r = h.write(weekly("a2", "FREQ=WEEKLY;COUNT=1", {}, false));
    expect(r).toMatchObject({ ok: false, rejection: { code: "outranked", occurrence: { index: 0 } } });
  });

  it("every occurrence is checked by rules; a daily cap counts each occurrence", () => {
    const h = setup();
    expectKind(h.rules([{ rule_id: "cap", kind: "daily_cap", max_bookings: 2, per: "agent" }]), "rules");
    const hourly = weekly("a2", "FREQ=HOURLY;COUNT=3");
    expect(h.write(hourly)).toMatchObject({
      ok: false,
      rejection: { code: "rule_violation", rule: { rule_id: "cap" }, occurrence: { index: 2 } },
    });
    const r = h.write({ ...hourly, booking_id: "ser_2", recurrence: { rrule: "FREQ=HOURLY;COUNT=3", all_or_nothing: false } });
    expect(r.series?.occurrences.map((o) => (o.ok ? "ok" : o.rejection.rule?.rule_id))).toEqual(["ok", "ok", "cap"]);
    expectKind(h.rules([{ rule_id: "bh", kind: "business_hours", hours: [{ weekday: "mon", open: "09:00", close: "17:00" }] }]), "rules");
    // Daily at 09:00 from a Monday: Tuesday's occurrence is outside business hours.
    expect(
      h.write({ ...weekly("a2", "FREQ=DAILY;COUNT=2"), booking_id: "ser_3", start: utc(2025, 3, 24, 8), end: utc(2025, 3, 24, 9) }),
    ).toMatchObject({
      ok: false,
      rejection: { code: "rule_violation", rule: { rule_id: "bh" }, occurrence: { index: 1 } },
    });
  });

  it("occurrences that overlap each other do not both win", () => {
    const h = setup();
    const r = h.write({ ...weekly("a2", "FREQ=MINUTELY;INTERVAL=30;COUNT=2", {}, false) });
    expect(r.series?.occurrences.map((o) => (o.ok ? "ok" : o.rejection.code))).toEqual(["ok", "slot_taken"]);
  });

  it("bad input → invalid_request naming the field, nothing written", () => {
    const h = setup();
    const fields = (w: WriteInput) => {
      const r = h.refuse(w);
      expect(r.code).toBe("invalid_request");
      return (r.field_errors ?? []).map((e) => e.field);
    };
    expect(fields(weekly("a2", "FREQ=WEEKLY"))).toEqual(["recurrence.rrule"]);
    expect(fields(weekly("a2", "FREQ=WEEKLY;COUNT=101"))).toEqual(["recurrence.rrule"]);
    expect(fields(weekly("a2", "FREQ=WEEKLY;COUNT=3;BYDAY=ZZ"))).toEqual(["recurrence.rrule"]);
    expect(
      fields({
        ...weekly("a2", "FREQ=WEEKLY;COUNT=3"),
        recurrence: { rrule: "FREQ=WEEKLY;COUNT=3", all_or_nothing: "yes" as unknown as boolean },
      }),
    ).toEqual(["recurrence.all_or_nothing"]);
    expect(fields({ ...weekly("a2", "FREQ=WEEKLY;COUNT=3"), end: utc(2025, 3, 18, 8, 1) })).toEqual(["end"]);
    expect(fields({ ...weekly("a2", "FREQ=WEEKLY;COUNT=3"), start: utc(2025, 2, 1, 8), end: utc(2025, 2, 1, 9) })).toEqual(["start"]);
    h.book({ agent_id: "a2", booking_id: "ser_1_1", start: utc(2025, 5, 1, 8), end: utc(2025, 5, 1, 9), mode: "commit" });
    expect(fields(weekly("a2", "FREQ=WEEKLY;COUNT=3"))).toEqual(["booking_id"]);
    expect(activeBookings(h.state, "cal", h.at).map((b) => b.booking_id)).toEqual(["ser_1_1"]);
  });

  it("a series across several calendars", () => {
    const h = setup();
    const r = h.write(weekly("a2", "FREQ=WEEKLY;COUNT=3", { calendar_ids: ["cal", "room"] }));
    expect(r.ok).toBe(true);
    expect(activeBookings(h.state, "room", h.at).map((b) => [b.booking_id, b.series_id, b.calendar_ids])).toEqual([
      ["ser_1_0", "ser_1", ["cal", "room"]],
      ["ser_1_1", "ser_1", ["cal", "room"]],
      ["ser_1_2", "ser_1", ["cal", "room"]],
    ]);
  });

  it("cancel one occurrence, or the whole series (occurrences already over stay)", () => {
    const h = setup();
    expect(h.write(weekly("a2", "FREQ=WEEKLY;COUNT=4", { mode: "commit" })).ok).toBe(true);
    expect(expectKind(h.cancel("ser_1_1", "a2"), "booking").booking.status).toBe("CANCELLED");
    expect(rejection(h.run({ type: "series.cancel", series_id: "ser_1", agent_id: "a3" })).code).toBe("forbidden");
    expect(rejection(h.run({ type: "series.cancel", series_id: "nope", agent_id: "a2" })).code).toBe("not_found");
    h.at = utc(2025, 3, 17, 9); // the 1st occurrence is over
    const d = h.run({ type: "series.cancel", series_id: "ser_1", agent_id: "a2", reason: "project ended" });
    const reply = expectKind(d, "series_cancelled");
    expect(reply.bookings.map((b) => [b.booking_id, b.status])).toEqual([
      ["ser_1_2", "CANCELLED"],
      ["ser_1_3", "CANCELLED"],
    ]);
    expect(d.events.map((e) => e.type)).toEqual(["booking.cancelled", "booking.cancelled", "series.cancelled"]);
    expect(h.booking("ser_1_0").status).toBe("COMMITTED");
    expect(rejection(h.run({ type: "series.cancel", series_id: "ser_1", agent_id: "a2" })).code).toBe("invalid_transition");
  });

  it("cancelling a held series releases its holds", () => {
    const h = setup();
    expect(h.write(weekly("a2", "FREQ=WEEKLY;COUNT=2", { mode: "hold", hold_ttl_seconds: 600 })).ok).toBe(true);
    const d = h.run({ type: "series.cancel", series_id: "ser_1", agent_id: "a2" });
    expect(d.events.map((e) => e.type)).toEqual(["hold.released", "hold.released", "series.cancelled"]);
  });

  it("move one occurrence, or the whole series by the same local shift (DST kept)", () => {
    const h = setup();
    expect(h.write(weekly("a2", "FREQ=WEEKLY;COUNT=4")).ok).toBe(true);
    // One occurrence alone: 2nd to Tuesday 14:00.
    expect(h.move({ booking_id: "ser_1_1", agent_id: "a2", start: utc(2025, 3, 25, 13), end: utc(2025, 3, 25, 14) }).ok).toBe(true);
    // The whole series one hour later and 30 min longer: every occurrence is then 10:00–11:30 local.
    const r = h.move({
      booking_id: "ser_1_0",
      agent_id: "a2",
      start: utc(2025, 3, 17, 9),
      end: utc(2025, 3, 17, 10, 30),
      whole_series: true,
    });
    expect(r.ok).toBe(true);
    expect(r.series?.occurrences.map((o) => o.booking_id)).toEqual(["ser_1_0", "ser_1_1", "ser_1_2", "ser_1_3"]);
    const moved = ["ser_1_0", "ser_1_1", "ser_1_2", "ser_1_3"].map((id) => h.booking(id));
    expect(moved.map((b) => berlinTime(b.start))).toEqual(["10:00", "15:00", "10:00", "10:00"]);
    expect(moved.map((b) => (b.end - b.start) / 60_000)).toEqual([90, 90, 90, 90]);
    expect(civilDateOf(moved[1]!.start, BERLIN)).toEqual({ year: 2025, month: 3, day: 25 });
    expect(r.decision.events.map((e) => e.type)).toEqual(Array(4).fill("booking.moved"));
  });

  it("moving a whole daily series by one day: occurrences may take their siblings' old slots", () => {
    const h = setup();
    expect(h.write({ ...weekly("a2", "FREQ=DAILY;COUNT=3") }).ok).toBe(true);
    const r = h.move({ booking_id: "ser_1_0", agent_id: "a2", start: utc(2025, 3, 18, 8), end: utc(2025, 3, 18, 9), whole_series: true });
    expect(r.ok).toBe(true);
    expect(["ser_1_0", "ser_1_1", "ser_1_2"].map((id) => h.booking(id).start)).toEqual([
      utc(2025, 3, 18, 8),
      utc(2025, 3, 19, 8),
      utc(2025, 3, 20, 8),
    ]);
  });

  it("a whole-series move is all or nothing", () => {
    const h = setup();
    expect(h.write(weekly("a2", "FREQ=WEEKLY;COUNT=3")).ok).toBe(true);
    const blocker = h.book({ agent_id: "a1", start: utc(2025, 3, 31, 9), end: utc(2025, 3, 31, 10), mode: "commit" });
    const before = h.state;
    const r = h.move({ booking_id: "ser_1_0", agent_id: "a2", start: utc(2025, 3, 17, 10), end: utc(2025, 3, 17, 11), whole_series: true });
    expect(r).toMatchObject({
      ok: false,
      rejection: { code: "outranked", winning_booking_id: blocker.booking_id, occurrence: { index: 2, booking_id: "ser_1_2" } },
    });
    expect(r.decision.events.map((e) => e.type)).toEqual(["booking.rejected"]);
    expect(h.state).toEqual(before);
  });
});
