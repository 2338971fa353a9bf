// The state's indexes: day buckets per calendar, the HELD list, the hashed booking index. Queries
// must give exactly what a scan of every booking gives, and an update must copy only its path.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  activeBookings,
  activeBookingsIn,
  bookingsOverlapping,
  bookingsStartingIn,
  calendarBookings,
  getBooking,
  getCalendar,
  isActive,
  nextHoldExpiry,
  overlaps,
  stateFromSnapshot,
} from "../../src/engine/index.ts";
import type { Booking, EngineState } from "../../src/engine/index.ts";
import { HOUR, Harness, MIN, T0 } from "./harness.ts";

const DAY = 24 * HOUR;
const byId = (a: Booking, b: Booking) => (a.booking_id < b.booking_id ? -1 : a.booking_id > b.booking_id ? 1 : 0);
const ids = (bs: readonly Booking[]) => [...bs].sort(byId).map((b) => b.booking_id);

/** A calendar filled with non-overlapping bookings of every length up to 24 h, over ~200 days. */
function filled(lengths: readonly number[]): Harness {
  const h = new Harness().calendar().agent("a", 1);
  let t = T0 + HOUR;
  lengths.forEach((len, i) => {
    h.book({
      agent_id: "a",
      start: t,
      end: t + len,
      mode: i % 3 === 0 ? "hold" : "commit",
      hold_ttl_seconds: i % 3 === 0 ? 60 : undefined,
    });
    t += len + ((i * 7919) % (2 * DAY));
  });
  return h;
}

const lengthArb = fc.integer({ min: 1, max: 24 * 60 }).map((m) => m * MIN);

describe("booking queries read only nearby days, and miss nothing", () => {
  it("bookingsStartingIn / bookingsOverlapping equal a scan of every booking", () => {
    fc.assert(
      fc.property(
        fc.array(lengthArb, { minLength: 1, maxLength: 120 }),
        fc.array(fc.tuple(fc.integer({ min: -3 * 24, max: 400 * 24 }), fc.integer({ min: 1, max: 120 * 24 })), {
          minLength: 1,
          maxLength: 20,
        }),
        (lengths, queries) => {
          const h = filled(lengths);
          const cal = getCalendar(h.state, "cal")!;
          const all = calendarBookings(h.state, "cal");
          expect(all).toHaveLength(lengths.length);
          for (const [fromHour, spanHours] of queries) {
            const from = T0 + fromHour * HOUR;
            const to = from + spanHours * HOUR;
            expect(ids(bookingsStartingIn(cal, from, to))).toEqual(ids(all.filter((b) => b.start >= from && b.start < to)));
            expect(ids(bookingsOverlapping(cal, from, to))).toEqual(ids(all.filter((b) => overlaps(b, { start: from, end: to }))));
            const at = from - DAY;
            expect(ids(activeBookingsIn(h.state, "cal", { start: from, end: to }, at))).toEqual(
              ids(activeBookings(h.state, "cal", at).filter((b) => overlaps(b, { start: from, end: to }))),
            );
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("an empty or inverted range finds nothing; a huge one finds everything", () => {
    const h = filled([HOUR, DAY, 30 * MIN]);
    const cal = getCalendar(h.state, "cal")!;
    expect(bookingsStartingIn(cal, T0 + DAY, T0 + DAY)).toEqual([]);
    expect(bookingsStartingIn(cal, T0 + DAY, T0)).toEqual([]);
    expect(ids(bookingsStartingIn(cal, -8.64e15, 8.64e15))).toEqual(ids(calendarBookings(h.state, "cal")));
  });
});

describe("the HELD list and the booking index", () => {
  it("loads a snapshot written when the HELD list was named `bookings`", () => {
    const h = new Harness().calendar().agent("a", 1);
    const x = h.book({ agent_id: "a", start: T0 + HOUR, end: T0 + 2 * HOUR, mode: "hold", hold_ttl_seconds: 60 });
    const legacy = JSON.parse(JSON.stringify(h.state)) as { calendars: Record<string, Record<string, unknown>> };
    legacy.calendars.cal!.bookings = legacy.calendars.cal!.holds;
    delete legacy.calendars.cal!.holds;
    const loaded = stateFromSnapshot(JSON.stringify(legacy));
    expect(loaded).toEqual(h.state);
    expect(Object.keys(getCalendar(loaded, "cal")!.holds)).toEqual([x.booking_id]);
    expect(stateFromSnapshot(JSON.stringify(h.state))).toEqual(h.state);
  });

  it("lists exactly the HELD bookings through commit, release, expiry and invalidation", () => {
    const h = new Harness().calendar().agent("a", 1).agent("b", 2);
    const hold = (start: number, agent = "a") =>
      h.book({ agent_id: agent, start: T0 + start * HOUR, end: T0 + (start + 1) * HOUR, mode: "hold", hold_ttl_seconds: 60 });
    const held = () => Object.keys(getCalendar(h.state, "cal")!.holds).sort();
    const x = hold(2);
    const y = hold(3);
    const z = hold(4, "b");
    const w = hold(5);
    expect(held()).toEqual([x, y, z, w].map((b) => b.booking_id).sort());
    h.commitHold(x.booking_id, "a");
    h.releaseHold(y.booking_id, "a");
    h.book({ agent_id: "a", start: T0 + 4 * HOUR, end: T0 + 5 * HOUR, mode: "commit" }); // invalidates z
    expect(held()).toEqual([w.booking_id]);
    expect(nextHoldExpiry(h.state, "cal")).toBe(w.hold_expires_at);
    h.advance(61_000).run({ type: "holds.expire" });
    expect(held()).toEqual([]);
    expect(nextHoldExpiry(h.state)).toBeNull();
    expect([x, y, z, w].map((b) => h.booking(b.booking_id).status)).toEqual(["COMMITTED", "RELEASED", "INVALIDATED", "EXPIRED"]);
  });

  it("finds bookings by id across calendars, and nothing for unknown or inherited names", () => {
    const h = new Harness().calendar("c1").calendar("c2").agent("a", 1);
    const one = h.book({ agent_id: "a", calendar_id: "c1", start: T0 + HOUR, end: T0 + 2 * HOUR, mode: "commit" });
    const two = h.book({ agent_id: "a", calendar_id: "c2", start: T0 + HOUR, end: T0 + 2 * HOUR, mode: "commit" });
    expect(getBooking(h.state, one.booking_id)?.calendar_id).toBe("c1");
    expect(getBooking(h.state, two.booking_id)?.calendar_id).toBe("c2");
    for (const name of ["bkg_nope", "", "__proto__", "constructor", "toString"]) expect(getBooking(h.state, name)).toBeUndefined();
    const odd = h.book({
      agent_id: "a",
      calendar_id: "c1",
      booking_id: "__proto__",
      start: T0 + 3 * HOUR,
      end: T0 + 4 * HOUR,
      mode: "commit",
    });
    expect(getBooking(h.state, "__proto__")).toEqual(odd);
    expect(JSON.parse(JSON.stringify(h.state))).toEqual(h.state);
  });
});

describe("updates copy their path only", () => {
  it("a new booking shares every other day, block and index bucket with the previous state", () => {
    const h = new Harness().calendar().agent("a", 1);
    for (let i = 0; i < 2000; i++)
      h.book({ agent_id: "a", start: T0 + i * HOUR + HOUR, end: T0 + i * HOUR + HOUR + 30 * MIN, mode: "commit" });
    const before: EngineState = h.state;
    const snapshot = structuredClone(before);
    const added = h.book({ agent_id: "a", start: T0 + 5000 * HOUR, end: T0 + 5000 * HOUR + 30 * MIN, mode: "commit" });
    const after = h.state;
    expect(before).toEqual(snapshot); // the previous state is untouched
    const [b0, b1] = [getCalendar(before, "cal")!, getCalendar(after, "cal")!];
    const changedBlocks = Object.keys(b1.days).filter((k) => b1.days[k] !== b0.days[k]);
    expect(changedBlocks).toEqual([String(Math.floor(Math.floor(added.start / DAY) / 32))]);
    const changedIndex = Object.keys(after.booking_index).filter((k) => after.booking_index[k] !== before.booking_index[k]);
    expect(changedIndex).toHaveLength(1);
    expect(calendarBookings(after, "cal")).toHaveLength(2001);
    expect(calendarBookings(after, "cal").every((b) => isActive(b, h.at))).toBe(true);
  });
});
