// Calendar rules over real HTTP (docs/protocol.md §3.6): every rule kind, set with
// PUT /v1/dashboard/calendars/{id}/rules and evaluated in the calendar's time zone, rejects a
// violating booking with 422 rule_violation naming the rule (and the audit event recording the
// rejection) and accepts a compliant one; invalid rule sets are 400 with field errors.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectInvalid, expectInvalidIncluding, expectProblem } from "../support/problems.ts";
import { Owner, slot, startServer, type Reply, type ServerProcess, type TestAgent } from "../support/server-process.ts";

let server: ServerProcess;
let owner: Owner;
let x: TestAgent;
let y: TestAgent;
let calendars = 0;

beforeAll(async () => {
  server = await startServer();
  owner = await Owner.signIn(server.url);
  x = await owner.createAgent("x", 1);
  y = await owner.createAgent("y", 2);
});

afterAll(async () => {
  await server.stop();
});

// 2030-06-03 is a Monday; New York is on EDT (UTC-4) then, Kolkata is UTC+05:30 all year.
const MON = "2030-06-03";
const TUE = "2030-06-04";
const SAT = "2030-06-08";
const SUN = "2030-06-02";

/** A fresh calendar of the workspace, its time zone set by PATCH, with `rules`. */
async function calendarWith(timeZone: string | undefined, rules: unknown[]): Promise<string> {
  const created = await owner.call("POST", "/v1/dashboard/calendars", { body: { name: `rules-${++calendars}` } });
  expect(created.status).toBe(201);
  const id: string = created.body.calendar_id;
  expect(created.body.time_zone).toBe("UTC");
  if (timeZone !== undefined) {
    const patched = await owner.call("PATCH", `/v1/dashboard/calendars/${id}`, { body: { time_zone: timeZone } });
    expect(patched.status).toBe(200);
    expect(patched.body.time_zone).toBe(timeZone);
  }
  await setRules(id, rules);
  return id;
}

async function setRules(calendarId: string, rules: unknown[]): Promise<void> {
  const set = await owner.call("PUT", `/v1/dashboard/calendars/${calendarId}/rules`, { body: { rules } });
  expect(set.status, JSON.stringify(set.body)).toBe(200);
  expect(set.body).toEqual({ rules });
  expect((await owner.call("GET", `/v1/dashboard/calendars/${calendarId}/rules`)).body).toEqual({ rules });
}

function book(agent: TestAgent, calendarId: string, start: string, end: string, extra: Record<string, unknown> = {}): Promise<Reply> {
  return agent.call("POST", "/v1/bookings", { body: { start, end, calendar_id: calendarId, ...extra } });
}

/** Asserts a 201 and returns the booking id. */
function accepted(reply: Reply, status = "COMMITTED"): string {
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  expect(reply.body.status).toBe(status);
  return reply.body.booking_id;
}

/** Asserts a 422 rule_violation naming the rule, and that its audit event records the rejection. */
async function expectViolation(reply: Reply, calendarId: string, ruleId: string, kind: string): Promise<void> {
  expectProblem(
    reply,
    422,
    "rule_violation",
    { rule: { rule_id: ruleId, kind }, audit_event_id: expect.stringMatching(/^evt_/) },
    `the booking breaks rule ${ruleId} (${kind})`,
  );
  const proof = await x.call("GET", `/v1/audit/events/${reply.body.audit_event_id}/inclusion`);
  expect(proof.status).toBe(200);
  expect(proof.body.event).toMatchObject({
    event_id: reply.body.audit_event_id,
    action: "booking.rejected",
    request: { request_id: reply.body.request_id, method: "POST", path: "/v1/bookings" },
    outcome: { calendar_id: calendarId, rejection: { code: "rule_violation", rule: { rule_id: ruleId, kind } } },
  });
}

/** The calendar holds exactly these bookings (rejected writes left nothing behind). */
async function expectBookings(calendarId: string, ids: string[]): Promise<void> {
  const list = await x.call("GET", `/v1/bookings?calendar_id=${calendarId}&limit=200`);
  expect(list.status).toBe(200);
  expect(list.body.data.map((b: { booking_id: string }) => b.booking_id).sort()).toEqual([...ids].sort());
}

describe("business_hours", () => {
  const rule = {
    rule_id: "office",
    kind: "business_hours",
    hours: [
      { weekday: "mon", open: "09:00", close: "17:00" },
      { weekday: "tue", open: "09:00", close: "12:00" },
      { weekday: "tue", open: "13:00", close: "17:00" },
    ],
  };

  it("is evaluated in the calendar's time zone, set by PATCH", async () => {
    const cal = await calendarWith(undefined, [rule]);
    // 16:00–16:30 in New York is 20:00Z: outside the hours while the calendar is on UTC …
    await expectViolation(await book(x, cal, `${MON}T20:00:00Z`, `${MON}T20:30:00Z`), cal, "office", "business_hours");
    const patched = await owner.call("PATCH", `/v1/dashboard/calendars/${cal}`, { body: { time_zone: "America/New_York" } });
    expect(patched.body.time_zone).toBe("America/New_York");
    // … and inside them once it is on New York time.
    const ok = accepted(await book(x, cal, `${MON}T20:00:00Z`, `${MON}T20:30:00Z`));
    // 08:30 in New York (12:30Z) is before opening although it is within 09–17 UTC.
    await expectViolation(await book(x, cal, `${MON}T12:30:00Z`, `${MON}T13:00:00Z`), cal, "office", "business_hours");
    await expectBookings(cal, [ok]);
  });

  it("rejects writes outside or across the opening windows, accepts writes inside them", async () => {
    const cal = await calendarWith("America/New_York", [rule]);
    const ids: string[] = [];
    for (const [start, end] of [
      [`${MON}T08:30:00-04:00`, `${MON}T09:00:00-04:00`], // before opening
      [`${MON}T16:30:00-04:00`, `${MON}T17:30:00-04:00`], // runs past closing
      [`${SUN}T10:00:00-04:00`, `${SUN}T10:30:00-04:00`], // a day that is not listed is closed
      [`${TUE}T11:30:00-04:00`, `${TUE}T12:30:00-04:00`], // spans the gap between two windows
      [`${MON}T23:30:00-04:00`, `${TUE}T09:30:00-04:00`], // overnight
    ]) {
      await expectViolation(await book(y, cal, start!, end!), cal, "office", "business_hours");
    }
    ids.push(accepted(await book(y, cal, `${MON}T09:00:00-04:00`, `${MON}T09:30:00-04:00`))); // at opening
    ids.push(accepted(await book(y, cal, `${MON}T16:30:00-04:00`, `${MON}T17:00:00-04:00`))); // up to closing
    ids.push(accepted(await book(y, cal, `${TUE}T13:00:00-04:00`, `${TUE}T14:00:00-04:00`))); // second window
    ids.push(
      accepted(await book(y, cal, `${TUE}T11:00:00-04:00`, `${TUE}T12:00:00-04:00`, { mode: "hold", hold_ttl_seconds: 600 }), "HELD"),
    );
    await expectViolation(
      await book(y, cal, `${SUN}T11:00:00-04:00`, `${SUN}T12:00:00-04:00`, { mode: "hold" }),
      cal,
      "office",
      "business_hours",
    );
    await expectBookings(cal, ids);
  });
});

describe("business_hours with several windows a day", () => {
  it("a booking across touching or overlapping windows of one day is within the day's hours, as availability shows", async () => {
    const cal = await calendarWith(undefined, [
      {
        rule_id: "split",
        kind: "business_hours",
        hours: [
          { weekday: "mon", open: "09:00", close: "12:00" },
          { weekday: "mon", open: "12:00", close: "15:00" }, // touches the first
          { weekday: "mon", open: "14:00", close: "17:00" }, // overlaps the second
          { weekday: "tue", open: "09:00", close: "10:00" },
          { weekday: "tue", open: "11:00", close: "12:00" }, // a real gap
        ],
      },
    ]);
    const free = await x.call("GET", `/v1/availability?calendar_id=${cal}&range_start=${MON}T08:00:00Z&range_end=${MON}T18:00:00Z`);
    expect(free.body.slots).toEqual([{ start: `${MON}T09:00:00.000Z`, end: `${MON}T17:00:00.000Z` }]);
    const ids = [
      accepted(await book(x, cal, `${MON}T11:30:00Z`, `${MON}T12:30:00Z`)),
      accepted(await book(x, cal, `${MON}T13:00:00Z`, `${MON}T16:00:00Z`)),
      accepted(await book(y, cal, `${MON}T09:00:00Z`, `${MON}T11:00:00Z`)),
    ];
    await expectViolation(await book(y, cal, `${MON}T16:30:00Z`, `${MON}T17:30:00Z`), cal, "split", "business_hours");
    await expectViolation(await book(y, cal, `${TUE}T09:30:00Z`, `${TUE}T11:30:00Z`), cal, "split", "business_hours");
    await expectBookings(cal, ids);
  });
});

describe("focus_block", () => {
  it("blocks its local hours on its weekdays, including a block running past midnight", async () => {
    const cal = await calendarWith("Asia/Kolkata", [
      { rule_id: "deep-work", kind: "focus_block", weekdays: ["mon", "wed"], start: "14:00", end: "16:00" },
      { rule_id: "night", kind: "focus_block", weekdays: ["fri"], start: "22:00", end: "02:00" },
    ]);
    await expectViolation(await book(x, cal, `${MON}T15:30:00+05:30`, `${MON}T16:30:00+05:30`), cal, "deep-work", "focus_block");
    await expectViolation(await book(x, cal, `${MON}T13:00:00+05:30`, `${MON}T17:00:00+05:30`), cal, "deep-work", "focus_block");
    // 14:00 IST is 08:30Z: the block is local time, not UTC.
    await expectViolation(await book(x, cal, `${MON}T08:30:00Z`, `${MON}T08:45:00Z`), cal, "deep-work", "focus_block");
    // Saturday 01:00 IST lies in Friday's overnight block.
    await expectViolation(await book(y, cal, `${SAT}T01:00:00+05:30`, `${SAT}T01:30:00+05:30`), cal, "night", "focus_block");

    const ids = [
      accepted(await book(x, cal, `${MON}T13:30:00+05:30`, `${MON}T14:00:00+05:30`)), // ends as the block starts
      accepted(await book(x, cal, `${MON}T16:00:00+05:30`, `${MON}T16:30:00+05:30`)), // starts as it ends
      accepted(await book(x, cal, `${TUE}T15:00:00+05:30`, `${TUE}T15:30:00+05:30`)), // not a focus weekday
      accepted(await book(y, cal, `${SAT}T02:00:00+05:30`, `${SAT}T02:30:00+05:30`)), // after the overnight block
    ];
    await expectBookings(cal, ids);
  });
});

describe("daily_cap", () => {
  it("per agent: counts each agent's active bookings of the local day", async () => {
    const cal = await calendarWith(undefined, [{ rule_id: "cap-agent", kind: "daily_cap", max_bookings: 2, per: "agent" }]);
    const first = accepted(await book(x, cal, `${MON}T10:00:00Z`, `${MON}T10:30:00Z`));
    const second = accepted(await book(x, cal, `${MON}T11:00:00Z`, `${MON}T11:30:00Z`, { mode: "hold", hold_ttl_seconds: 600 }), "HELD");
    await expectViolation(await book(x, cal, `${MON}T12:00:00Z`, `${MON}T12:30:00Z`), cal, "cap-agent", "daily_cap");
    // Another agent has its own count; the next day starts afresh.
    const other = accepted(await book(y, cal, `${MON}T12:00:00Z`, `${MON}T12:30:00Z`));
    const nextDay = accepted(await book(x, cal, `${TUE}T10:00:00Z`, `${TUE}T10:30:00Z`));
    // A cancelled booking no longer counts.
    expect((await x.call("POST", `/v1/bookings/${first}/cancel`, { body: { reason: "freeing the cap" } })).status).toBe(200);
    const again = accepted(await book(x, cal, `${MON}T13:00:00Z`, `${MON}T13:30:00Z`));
    await expectViolation(await book(x, cal, `${MON}T14:00:00Z`, `${MON}T14:30:00Z`), cal, "cap-agent", "daily_cap");
    await expectBookings(cal, [first, second, other, nextDay, again]);
  });

  it("per calendar: counts every agent's bookings of the local day in the calendar's time zone", async () => {
    const cal = await calendarWith("America/New_York", [{ rule_id: "cap-cal", kind: "daily_cap", max_bookings: 2, per: "calendar" }]);
    const ids = [
      accepted(await book(x, cal, `${MON}T10:00:00-04:00`, `${MON}T10:30:00-04:00`)),
      accepted(await book(y, cal, `${MON}T11:00:00-04:00`, `${MON}T11:30:00-04:00`)),
    ];
    await expectViolation(await book(y, cal, `${MON}T12:00:00-04:00`, `${MON}T12:30:00-04:00`), cal, "cap-cal", "daily_cap");
    // 23:00 in New York is already Tuesday in UTC, but still Monday on this calendar.
    await expectViolation(await book(x, cal, `${TUE}T03:00:00Z`, `${TUE}T03:30:00Z`), cal, "cap-cal", "daily_cap");
    // Tuesday 00:00 in New York (04:00Z) is a new day.
    ids.push(accepted(await book(x, cal, `${TUE}T04:00:00Z`, `${TUE}T04:30:00Z`)));
    await expectBookings(cal, ids);
  });
});

describe("buffer", () => {
  it("keeps at least the buffer between bookings, on either side", async () => {
    const cal = await calendarWith(undefined, [{ rule_id: "gap", kind: "buffer", minutes: 15 }]);
    const ids = [accepted(await book(x, cal, `${MON}T10:00:00Z`, `${MON}T10:30:00Z`))];
    await expectViolation(await book(y, cal, `${MON}T10:40:00Z`, `${MON}T11:00:00Z`), cal, "gap", "buffer"); // 10 min after
    await expectViolation(await book(y, cal, `${MON}T09:30:00Z`, `${MON}T09:50:00Z`), cal, "gap", "buffer"); // 10 min before
    await expectViolation(await book(y, cal, `${MON}T10:30:00Z`, `${MON}T11:00:00Z`), cal, "gap", "buffer"); // touching
    ids.push(accepted(await book(y, cal, `${MON}T10:45:00Z`, `${MON}T11:15:00Z`))); // exactly 15 min after
    ids.push(accepted(await book(y, cal, `${MON}T09:15:00Z`, `${MON}T09:45:00Z`))); // exactly 15 min before
    await expectBookings(cal, ids);
  });
});

describe("max_duration", () => {
  it("rejects longer bookings and holds, before arbitration", async () => {
    const cal = await calendarWith(undefined, [{ rule_id: "short", kind: "max_duration", minutes: 45 }]);
    await expectViolation(await book(x, cal, `${MON}T10:00:00Z`, `${MON}T10:46:00Z`), cal, "short", "max_duration");
    await expectViolation(await book(x, cal, `${MON}T10:00:00Z`, `${MON}T11:00:00Z`, { mode: "hold" }), cal, "short", "max_duration");
    const ids = [accepted(await book(x, cal, `${MON}T10:00:00Z`, `${MON}T10:45:00Z`))];
    // A write that breaks a rule and also overlaps a booking is a rule violation, not a conflict.
    await expectViolation(await book(y, cal, `${MON}T10:00:00Z`, `${MON}T12:00:00Z`), cal, "short", "max_duration");
    expect((await book(y, cal, `${MON}T10:00:00Z`, `${MON}T10:30:00Z`)).status).toBe(409);
    await expectBookings(cal, ids);
  });
});

describe("min_notice", () => {
  it("rejects bookings starting sooner than the notice, counted from the decision", async () => {
    const cal = await calendarWith(undefined, [{ rule_id: "notice", kind: "min_notice", minutes: 120 }]);
    const soon = slot(1); // starts 1–2 h from now
    await expectViolation(await book(x, cal, soon.start, soon.end), cal, "notice", "min_notice");
    await expectViolation(await book(x, cal, soon.start, soon.end, { mode: "hold" }), cal, "notice", "min_notice");
    const later = slot(3); // starts ≥ 3 h from now
    const ids = [accepted(await book(x, cal, later.start, later.end))];
    await expectBookings(cal, ids);
  });
});

describe("several rules", () => {
  it("the first broken rule in list order is named; PUT replaces the whole set", async () => {
    const duration = { rule_id: "short", kind: "max_duration", minutes: 30 };
    const hours = { rule_id: "office", kind: "business_hours", hours: [{ weekday: "mon", open: "09:00", close: "17:00" }] };
    const cal = await calendarWith(undefined, [duration, hours]);
    const sunday = [`${SUN}T10:00:00Z`, `${SUN}T11:00:00Z`] as const; // breaks both
    await expectViolation(await book(x, cal, ...sunday), cal, "short", "max_duration");
    await setRules(cal, [hours, duration]);
    await expectViolation(await book(x, cal, ...sunday), cal, "office", "business_hours");
    await setRules(cal, [hours]);
    await expectViolation(await book(x, cal, `${MON}T10:00:00Z`, `${MON}T18:00:00Z`), cal, "office", "business_hours");
    const ids = [accepted(await book(x, cal, `${MON}T10:00:00Z`, `${MON}T11:00:00Z`))]; // 60 min is fine now
    await setRules(cal, []);
    ids.push(accepted(await book(x, cal, ...sunday)));
    await expectBookings(cal, ids);
  });

  it("rules of one calendar do not apply to another", async () => {
    const strict = await calendarWith(undefined, [{ rule_id: "short", kind: "max_duration", minutes: 15 }]);
    const free = await calendarWith(undefined, []);
    await expectViolation(await book(x, strict, `${MON}T10:00:00Z`, `${MON}T11:00:00Z`), strict, "short", "max_duration");
    const ids = [accepted(await book(x, free, `${MON}T10:00:00Z`, `${MON}T11:00:00Z`))];
    await expectBookings(free, ids);
    await expectBookings(strict, []);
  });
});

describe("invalid rule sets", () => {
  let cal: string;
  const current = [{ rule_id: "short", kind: "max_duration", minutes: 60 }];

  beforeAll(async () => {
    cal = await calendarWith(undefined, current);
  });

  const put = (body: unknown) => owner.call("PUT", `/v1/dashboard/calendars/${cal}/rules`, { body });
  const rules = (...r: unknown[]) => put({ rules: r });

  it("schema errors: missing or mistyped fields, unknown kinds, out-of-range values, bad local times", async () => {
    expectInvalid(await put({}), [{ field: "/rules", message: "must have required property 'rules'" }]);
    expectInvalid(await put({ rules: "max_duration" }), [{ field: "/rules", message: "must be array" }]);
    expectInvalid(await put({ rules: [], extra: true }), [{ field: "/extra", message: "is not a known field" }]);
    expectInvalid(await put({ rules: Array.from({ length: 101 }, (_, i) => ({ rule_id: `r${i}`, kind: "buffer", minutes: 5 })) }), [
      { field: "/rules", message: "must NOT have more than 100 items" },
    ]);
    expectInvalidIncluding(await rules({ rule_id: "b", kind: "buffer", minutes: 0 }), [
      { field: "/rules/0/minutes", message: "must be >= 1" },
    ]);
    expectInvalidIncluding(await rules({ rule_id: "b", kind: "buffer", minutes: "15" }), [
      { field: "/rules/0/minutes", message: "must be integer" },
    ]);
    expectInvalidIncluding(await rules({ rule_id: "m", kind: "max_duration", minutes: 1441 }), [
      { field: "/rules/0/minutes", message: "must be <= 1440" },
    ]);
    expectInvalidIncluding(await rules({ rule_id: "l", kind: "lunch", minutes: 60 }), [
      { field: "/rules/0/kind", message: "must be equal to one of the allowed values" },
    ]);
    expectInvalidIncluding(await rules({ kind: "buffer", minutes: 5 }), [
      { field: "/rules/0/rule_id", message: "must have required property 'rule_id'" },
    ]);
    expectInvalidIncluding(await rules({ rule_id: "has space", kind: "buffer", minutes: 5 }), [
      { field: "/rules/0/rule_id", message: /^must match pattern/ },
    ]);
    expectInvalidIncluding(await rules({ rule_id: "cap", kind: "daily_cap", max_bookings: 3, per: "week" }), [
      { field: "/rules/0/per", message: "must be equal to one of the allowed values" },
    ]);
    expectInvalidIncluding(await rules({ rule_id: "cap", kind: "daily_cap", max_bookings: 0, per: "agent" }), [
      { field: "/rules/0/max_bookings", message: "must be >= 1" },
    ]);
    expectInvalidIncluding(
      await rules({ rule_id: "bh", kind: "business_hours", hours: [{ weekday: "mon", open: "25:00", close: "26:00" }] }),
      [
        { field: "/rules/0/hours/0/open", message: /^must match pattern/ },
        { field: "/rules/0/hours/0/close", message: /^must match pattern/ },
      ],
    );
    expectInvalidIncluding(
      await rules({ rule_id: "bh", kind: "business_hours", hours: [{ weekday: "funday", open: "09:00", close: "17:00" }] }),
      [{ field: "/rules/0/hours/0/weekday", message: "must be equal to one of the allowed values" }],
    );
    expectInvalidIncluding(await rules({ rule_id: "fb", kind: "focus_block", weekdays: ["mon"], start: "9:00", end: "10:00" }), [
      { field: "/rules/0/start", message: /^must match pattern/ },
    ]);
    expectInvalidIncluding(await rules({ rule_id: "fb", kind: "focus_block", weekdays: ["mon"], start: "09:00" }), [
      { field: "/rules/0/end", message: "must have required property 'end'" },
    ]);
  });

  it("semantic errors: closing before opening, an empty focus block, duplicate rule ids", async () => {
    expectInvalid(await rules({ rule_id: "bh", kind: "business_hours", hours: [{ weekday: "mon", open: "17:00", close: "09:00" }] }), [
      { field: "/rules/0/hours/0/close", message: "must be after open" },
    ]);
    expectInvalid(await rules({ rule_id: "fb", kind: "focus_block", weekdays: ["mon"], start: "12:00", end: "12:00" }), [
      { field: "/rules/0/end", message: "must differ from start" },
    ]);
    expectInvalid(await rules({ rule_id: "fb", kind: "focus_block", weekdays: [], start: "12:00", end: "13:00" }), [
      { field: "/rules/0/weekdays", message: /^must be a non-empty array/ },
    ]);
    expectInvalid(await rules({ rule_id: "dup", kind: "buffer", minutes: 5 }, { rule_id: "dup", kind: "min_notice", minutes: 5 }), [
      { field: "/rules/1/rule_id", message: "duplicate rule_id" },
    ]);
  });

  it("an invalid set changes nothing; an unknown calendar is 404", async () => {
    expect((await owner.call("GET", `/v1/dashboard/calendars/${cal}/rules`)).body).toEqual({ rules: current });
    await expectViolation(await book(x, cal, `${MON}T10:00:00Z`, `${MON}T11:30:00Z`), cal, "short", "max_duration");
    expectProblem(await owner.call("PUT", "/v1/dashboard/calendars/cal_nope/rules", { body: { rules: [] } }), 404, "not_found");
    expectProblem(await owner.call("GET", "/v1/dashboard/calendars/cal_nope/rules"), 404, "not_found");
    expectInvalid(await owner.call("PATCH", `/v1/dashboard/calendars/${cal}`, { body: { time_zone: "Mars/Olympus_Mons" } }), [
      { field: "/time_zone", message: "must be an IANA time zone" },
    ]);
    const list = await owner.call("GET", "/v1/dashboard/calendars");
    expect(list.body.data.find((c: { calendar_id: string }) => c.calendar_id === cal).time_zone).toBe("UTC");
  });
});
