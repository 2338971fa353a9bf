import { describe, expect, it } from "vitest";
import { Harness, HOUR, MIN, T0, expectKind, rejection } from "./harness.ts";
import type { WriteInput } from "./harness.ts";

const utc = (y: number, mo: number, d: number, h: number, mi = 0): number => Date.UTC(y, mo - 1, d, h, mi);

/** A calendar in `tz` with agents a (priority 1), b (2), c (2), the rules set, and `at` before every test instant. */
function withRules(tz: string, rules: unknown[], at = utc(2025, 1, 1, 0)): Harness {
  const h = new Harness(at).calendar("cal", { time_zone: tz }).agent("a", 1).agent("b", 2).agent("c", 2);
  expectKind(h.rules(rules), "rules");
  return h;
}

function commit(agent_id: string, start: number, end: number): WriteInput {
  return { agent_id, start, end, mode: "commit" };
}

function violation(h: Harness, w: WriteInput): string | null {
  const r = h.write(w);
  if (r.ok) return null;
  expect(r.rejection.code).toBe("rule_violation");
  return r.rejection.rule?.rule_id ?? null;
}

const WEEKDAYS_9_TO_5 = {
  rule_id: "bh",
  kind: "business_hours",
  hours: ["mon", "tue", "wed", "thu", "fri"].map((weekday) => ({ weekday, open: "09:00", close: "17:00" })),
};

describe("rules.set", () => {
  it("validates the rule list with field errors", () => {
    const h = new Harness().calendar();
    const r = rejection(
      h.rules([
        { rule_id: "x", kind: "nap_time" },
        { rule_id: "y", kind: "buffer", minutes: -5 },
        { rule_id: "y", kind: "min_notice", minutes: 5 },
        { rule_id: "z", kind: "business_hours", hours: [{ weekday: "mon", open: "17:00", close: "09:00" }] },
        { rule_id: "f", kind: "focus_block", weekdays: ["someday"], start: "25:00", end: "10:00" },
        { rule_id: "d", kind: "daily_cap", max_bookings: 0, per: "team" },
        "nope",
      ]),
    );
    expect(r.code).toBe("invalid_request");
    expect(r.field_errors?.map((e) => e.field)).toEqual([
      "rules[0].kind",
      "rules[1].minutes",
      "rules[2].rule_id",
      "rules[3].hours[0].close",
      "rules[4].weekdays",
      "rules[4].start",
      "rules[5].max_bookings",
      "rules[5].per",
      "rules[6]",
    ]);
    expect(h.state.calendars.cal?.rules).toEqual([]);
    expect(rejection(h.rules([], "nope")).code).toBe("not_found");
  });

  it("replaces the list and names the first violated rule (list order), before arbitration", () => {
    const h = withRules("UTC", [
      { rule_id: "short", kind: "max_duration", minutes: 30 },
      { rule_id: "notice", kind: "min_notice", minutes: 60 },
    ]);
    const at = h.at;
    const r = h.refuse({ agent_id: "b", start: at + 10 * MIN, end: at + 70 * MIN, mode: "commit" });
    expect(r).toEqual({ code: "rule_violation", message: expect.any(String), rule: { rule_id: "short", kind: "max_duration" } });

    // A write that would be outranked and breaks a rule reports the rule.
    h.book(commit("a", at + 2 * HOUR, at + 2 * HOUR + 30 * MIN));
    expect(violation(h, { agent_id: "b", start: at + 2 * HOUR, end: at + 3 * HOUR, mode: "hold" })).toBe("short");

    expectKind(h.rules([]), "rules");
    expect(h.book(commit("b", at + 10 * MIN, at + 70 * MIN)).status).toBe("COMMITTED");
  });
});

describe("business_hours", () => {
  it("Europe/Berlin 09:00–17:00 on weekdays, winter (CET) and summer (CEST)", () => {
    const h = withRules("Europe/Berlin", [WEEKDAYS_9_TO_5]);
    // Mon 6 Jan 2025, CET = UTC+1
    expect(violation(h, commit("b", utc(2025, 1, 6, 8), utc(2025, 1, 6, 9)))).toBeNull(); // 09:00–10:00
    expect(violation(h, commit("b", utc(2025, 1, 6, 7, 30), utc(2025, 1, 6, 8, 30)))).toBe("bh"); // 08:30
    expect(violation(h, commit("b", utc(2025, 1, 6, 15, 30), utc(2025, 1, 6, 16)))).toBeNull(); // until 17:00
    expect(violation(h, commit("b", utc(2025, 1, 6, 15, 30), utc(2025, 1, 6, 16, 1)))).toBe("bh");
    expect(violation(h, commit("b", utc(2025, 1, 11, 10), utc(2025, 1, 11, 11)))).toBe("bh"); // Saturday
    expect(violation(h, commit("b", utc(2025, 1, 7, 15), utc(2025, 1, 8, 9)))).toBe("bh"); // overnight
    // Mon 7 Jul 2025, CEST = UTC+2: the same UTC hour is a different local hour.
    expect(violation(h, commit("b", utc(2025, 7, 7, 7), utc(2025, 7, 7, 8)))).toBeNull(); // 09:00
    expect(violation(h, commit("b", utc(2025, 7, 7, 6, 30), utc(2025, 7, 7, 7, 30)))).toBe("bh"); // 08:30
    expect(violation(h, commit("b", utc(2025, 7, 7, 14, 30), utc(2025, 7, 7, 15, 30)))).toBe("bh"); // to 17:30
  });

  it("Berlin spring-forward Sunday: 01:00–04:00 local is only two real hours", () => {
    const h = withRules("Europe/Berlin", [
      { rule_id: "bh", kind: "business_hours", hours: [{ weekday: "sun", open: "01:00", close: "04:00" }] },
    ]);
    expect(violation(h, commit("b", utc(2025, 3, 30, 0), utc(2025, 3, 30, 2)))).toBeNull();
    expect(violation(h, commit("c", utc(2025, 3, 30, 0), utc(2025, 3, 30, 2, 1)))).toBe("bh");
  });

  it("New York fall-back Sunday: 00:00–03:00 local is four real hours; 24:00 closes at midnight", () => {
    const h = withRules("America/New_York", [
      {
        rule_id: "bh",
        kind: "business_hours",
        hours: [
          { weekday: "sun", open: "00:00", close: "03:00" },
          { weekday: "sun", open: "22:00", close: "24:00" },
        ],
      },
    ]);
    expect(violation(h, commit("b", utc(2025, 11, 2, 4), utc(2025, 11, 2, 8)))).toBeNull(); // 00:00 EDT – 03:00 EST
    expect(violation(h, commit("c", utc(2025, 11, 2, 4), utc(2025, 11, 2, 8, 1)))).toBe("bh");
    expect(violation(h, commit("c", utc(2025, 11, 3, 3), utc(2025, 11, 3, 5)))).toBeNull(); // 22:00–24:00 EST
    expect(violation(h, commit("c", utc(2025, 11, 3, 4), utc(2025, 11, 3, 5, 30)))).toBe("bh"); // into Monday
  });
});

describe("focus_block", () => {
  it("weekly local block in Berlin moves in UTC with DST", () => {
    const h = withRules("Europe/Berlin", [
      { rule_id: "lunch", kind: "focus_block", weekdays: ["mon", "tue", "wed", "thu", "fri"], start: "12:00", end: "13:00" },
    ]);
    expect(violation(h, commit("b", utc(2025, 7, 7, 10, 30), utc(2025, 7, 7, 11, 30)))).toBe("lunch"); // 12:30 CEST
    expect(violation(h, commit("b", utc(2025, 7, 7, 11), utc(2025, 7, 7, 12)))).toBeNull(); // 13:00 CEST, touching
    expect(violation(h, commit("b", utc(2025, 1, 6, 11), utc(2025, 1, 6, 12)))).toBe("lunch"); // 12:00 CET
    expect(violation(h, commit("b", utc(2025, 1, 6, 10), utc(2025, 1, 6, 11)))).toBeNull(); // ends at 12:00 CET
    expect(violation(h, commit("b", utc(2025, 1, 11, 11), utc(2025, 1, 11, 12)))).toBeNull(); // Saturday
  });

  it("a block past midnight belongs to the weekday it starts on", () => {
    const h = withRules("Europe/Berlin", [{ rule_id: "night", kind: "focus_block", weekdays: ["fri"], start: "22:00", end: "06:00" }]);
    expect(violation(h, commit("b", utc(2025, 1, 11, 4), utc(2025, 1, 11, 4, 30)))).toBe("night"); // Sat 05:00
    expect(violation(h, commit("b", utc(2025, 1, 11, 5), utc(2025, 1, 11, 5, 30)))).toBeNull(); // Sat 06:00
    expect(violation(h, commit("b", utc(2025, 1, 9, 22), utc(2025, 1, 9, 23)))).toBeNull(); // Thu 23:00
    expect(violation(h, commit("b", utc(2025, 1, 10, 20), utc(2025, 1, 10, 21, 30)))).toBe("night"); // Fri 21:00–22:30
  });

  it("New York fall-back: 01:00–02:00 local covers both passes of 01:xx", () => {
    const h = withRules("America/New_York", [{ rule_id: "f", kind: "focus_block", weekdays: ["sun"], start: "01:00", end: "02:00" }]);
    expect(violation(h, commit("b", utc(2025, 11, 2, 5, 15), utc(2025, 11, 2, 5, 45)))).toBe("f"); // 01:15 EDT
    expect(violation(h, commit("b", utc(2025, 11, 2, 6, 30), utc(2025, 11, 2, 6, 45)))).toBe("f"); // 01:30 EST
    expect(violation(h, commit("b", utc(2025, 11, 2, 7), utc(2025, 11, 2, 7, 30)))).toBeNull(); // 02:00 EST
  });

  it("New York spring-forward: a block inside the skipped hour is empty", () => {
    const h = withRules("America/New_York", [{ rule_id: "f", kind: "focus_block", weekdays: ["sun"], start: "02:00", end: "03:00" }]);
    expect(violation(h, commit("b", utc(2025, 3, 9, 6, 30), utc(2025, 3, 9, 7, 30)))).toBeNull(); // 01:30 EST – 03:30 EDT
    // The following Sunday the block is a full hour again.
    expect(violation(h, commit("b", utc(2025, 3, 16, 6, 30), utc(2025, 3, 16, 7, 30)))).toBe("f"); // 02:30–03:30 EDT
  });
});

describe("daily_cap", () => {
  it("scope agent counts the agent's active bookings per local day", () => {
    const h = withRules("Europe/Berlin", [{ rule_id: "cap", kind: "daily_cap", max_bookings: 2, per: "agent" }]);
    const first = h.book(commit("b", utc(2025, 1, 6, 8), utc(2025, 1, 6, 9)));
    h.book({ agent_id: "b", start: utc(2025, 1, 6, 10), end: utc(2025, 1, 6, 11), mode: "hold", hold_ttl_seconds: 3600 });
    expect(violation(h, commit("b", utc(2025, 1, 6, 12), utc(2025, 1, 6, 13)))).toBe("cap");
    expect(violation(h, commit("c", utc(2025, 1, 6, 12), utc(2025, 1, 6, 13)))).toBeNull(); // other agent
    // 23:30 UTC Monday is 00:30 Tuesday in Berlin: a new local day.
    expect(violation(h, commit("b", utc(2025, 1, 6, 23, 30), utc(2025, 1, 7, 0)))).toBeNull();
    // A cancelled booking no longer counts.
    expectKind(h.cancel(first.booking_id, "b"), "booking");
    expect(violation(h, commit("b", utc(2025, 1, 6, 14), utc(2025, 1, 6, 15)))).toBeNull();
  });

  it("scope calendar counts everyone; expired holds do not count", () => {
    const h = withRules("UTC", [{ rule_id: "cap", kind: "daily_cap", max_bookings: 1, per: "calendar" }]);
    h.book({ agent_id: "b", start: utc(2025, 1, 6, 8), end: utc(2025, 1, 6, 9), mode: "hold", hold_ttl_seconds: 60 });
    expect(violation(h, commit("c", utc(2025, 1, 6, 12), utc(2025, 1, 6, 13)))).toBe("cap");
    h.advance(60_000);
    expect(violation(h, commit("c", utc(2025, 1, 6, 12), utc(2025, 1, 6, 13)))).toBeNull();
  });

  it("a booking the write displaces does not count against it", () => {
    const h = withRules("UTC", [{ rule_id: "cap", kind: "daily_cap", max_bookings: 1, per: "calendar" }]);
    const hold = h.book({ agent_id: "b", start: utc(2025, 1, 6, 8), end: utc(2025, 1, 6, 9), mode: "hold" });
    expect(h.book(commit("a", utc(2025, 1, 6, 8, 30), utc(2025, 1, 6, 9, 30))).status).toBe("COMMITTED");
    expect(h.booking(hold.booking_id).status).toBe("INVALIDATED");
  });
});

describe("buffer", () => {
  it("keeps a minimum gap between any two active bookings; overlaps are arbitration's business", () => {
    const h = withRules("UTC", [{ rule_id: "gap", kind: "buffer", minutes: 15 }]);
    h.book(commit("b", utc(2025, 1, 6, 9), utc(2025, 1, 6, 10)));
    expect(violation(h, commit("c", utc(2025, 1, 6, 10, 10), utc(2025, 1, 6, 10, 40)))).toBe("gap");
    expect(violation(h, commit("c", utc(2025, 1, 6, 8, 30), utc(2025, 1, 6, 8, 50)))).toBe("gap");
    expect(violation(h, commit("c", utc(2025, 1, 6, 10, 15), utc(2025, 1, 6, 10, 45)))).toBeNull();
    expect(violation(h, commit("c", utc(2025, 1, 6, 8), utc(2025, 1, 6, 8, 45)))).toBeNull();
    expect(h.refuse(commit("c", utc(2025, 1, 6, 9, 30), utc(2025, 1, 6, 9, 45))).code).toBe("slot_taken");
  });
});

describe("min_notice and max_duration", () => {
  it("min_notice counts minutes from the command's `at`", () => {
    const h = withRules("UTC", [{ rule_id: "n", kind: "min_notice", minutes: 60 }], T0);
    expect(violation(h, commit("b", T0 + 59 * MIN, T0 + 2 * HOUR))).toBe("n");
    expect(violation(h, commit("b", T0 + 60 * MIN, T0 + 2 * HOUR))).toBeNull();
  });

  it("max_duration caps the length in minutes", () => {
    const h = withRules("UTC", [{ rule_id: "m", kind: "max_duration", minutes: 90 }], T0);
    expect(violation(h, commit("b", T0 + HOUR, T0 + HOUR + 91 * MIN))).toBe("m");
    expect(violation(h, commit("b", T0 + HOUR, T0 + HOUR + 90 * MIN))).toBeNull();
  });
});
