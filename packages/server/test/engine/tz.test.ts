import { describe, expect, it } from "vitest";
import { addDays, civilDateOf, isValidTimeZone, offsetAt, weekdayOf, zonedInstant } from "../../src/engine/tz.ts";

const H = 3_600_000;

describe("time zones via Intl", () => {
  it("offsets across Europe/Berlin and America/New_York transitions", () => {
    expect(offsetAt(Date.UTC(2025, 2, 30, 0, 59), "Europe/Berlin")).toBe(1 * H);
    expect(offsetAt(Date.UTC(2025, 2, 30, 1, 0), "Europe/Berlin")).toBe(2 * H);
    expect(offsetAt(Date.UTC(2025, 10, 2, 5, 59), "America/New_York")).toBe(-4 * H);
    expect(offsetAt(Date.UTC(2025, 10, 2, 6, 0), "America/New_York")).toBe(-5 * H);
  });

  it("civil dates and weekdays are local", () => {
    expect(civilDateOf(Date.UTC(2025, 0, 5, 23, 30), "Europe/Berlin")).toEqual({ year: 2025, month: 1, day: 6 });
    expect(civilDateOf(Date.UTC(2025, 0, 6, 3, 0), "America/New_York")).toEqual({ year: 2025, month: 1, day: 5 });
    expect(weekdayOf({ year: 2025, month: 1, day: 6 })).toBe("mon");
    expect(addDays({ year: 2024, month: 12, day: 31 }, 1)).toEqual({ year: 2025, month: 1, day: 1 });
    expect(addDays({ year: 2024, month: 3, day: 1 }, -1)).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it("local wall time → instant: plain, DST gap (shift forward), DST overlap (earlier)", () => {
    const berlinSpring = { year: 2025, month: 3, day: 30 };
    expect(zonedInstant(berlinSpring, 60, "Europe/Berlin")).toBe(Date.UTC(2025, 2, 30, 0, 0)); // 01:00 CET
    expect(zonedInstant(berlinSpring, 150, "Europe/Berlin")).toBe(Date.UTC(2025, 2, 30, 1, 30)); // 02:30 → 03:30 CEST
    expect(zonedInstant(berlinSpring, 180, "Europe/Berlin")).toBe(Date.UTC(2025, 2, 30, 1, 0)); // 03:00 CEST
    const berlinFall = { year: 2025, month: 10, day: 26 };
    expect(zonedInstant(berlinFall, 150, "Europe/Berlin")).toBe(Date.UTC(2025, 9, 26, 0, 30)); // first 02:30 (CEST)
    const nyFall = { year: 2025, month: 11, day: 2 };
    expect(zonedInstant(nyFall, 90, "America/New_York")).toBe(Date.UTC(2025, 10, 2, 5, 30)); // first 01:30 (EDT)
    expect(zonedInstant(nyFall, 24 * 60, "America/New_York")).toBe(Date.UTC(2025, 10, 3, 5, 0)); // 24:00 = next midnight EST
    expect(zonedInstant({ year: 2025, month: 3, day: 9 }, 150, "America/New_York")).toBe(Date.UTC(2025, 2, 9, 7, 30)); // 02:30 → 03:30 EDT
    expect(zonedInstant({ year: 2025, month: 7, day: 1 }, 0, "Asia/Kolkata")).toBe(Date.UTC(2025, 5, 30, 18, 30));
  });

  it("rejects unknown zones", () => {
    expect(isValidTimeZone("Europe/Berlin")).toBe(true);
    expect(isValidTimeZone("Nowhere/Atlantis")).toBe(false);
  });
});
