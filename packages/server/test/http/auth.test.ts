// Authentication, scopes and isolation over real HTTP (docs/protocol.md §2.1–§2.2, issue 3 item 4): bad,
// unknown, revoked and rotated keys are 401; a key missing a scope is 403 naming it; the owner API
// needs the session cookie; an agent never sees another workspace's data (404) nor resolves
// another agent's booking (403); an owner never sees another workspace's agents or calendars.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectInvalid, expectProblem } from "../support/problems.ts";
import {
  agentFor,
  ALL_SCOPES,
  call,
  Owner,
  slot as slotFromNow,
  startServer,
  type Reply,
  type ServerProcess,
  type TestAgent,
} from "../support/server-process.ts";

let server: ServerProcess;
let ownerA: Owner;
let ownerB: Owner;
let a1: TestAgent; // workspace A, priority 1
let a2: TestAgent; // workspace A, priority 2
let b1: TestAgent; // workspace B, priority 1
let calendarA: string;
let calendarB: string;
let commitA: Reply; // a1's commit
let holdA: Reply; // a1's hold
let commitB: Reply; // b1's commit

beforeAll(async () => {
  server = await startServer();
  ownerA = await Owner.signIn(server.url);
  ownerB = await Owner.signIn(server.url);
  a1 = await ownerA.createAgent("a1", 1);
  a2 = await ownerA.createAgent("a2", 2);
  b1 = await ownerB.createAgent("b1", 1);
  calendarA = await ownerA.defaultCalendarId();
  calendarB = await ownerB.defaultCalendarId();
  commitA = await a1.call("POST", "/v1/bookings", { body: slot(24) });
  holdA = await a1.call("POST", "/v1/bookings", { body: { ...slot(25), mode: "hold", hold_ttl_seconds: 3600 } });
  commitB = await b1.call("POST", "/v1/bookings", { body: slot(26) });
  expect([commitA.status, holdA.status, commitB.status]).toEqual([201, 201, 201]);
});

afterAll(async () => {
  await server.stop();
});

/** Slots fixed once per file, so a test running across a full hour still means the same slots. */
const slots = new Map<number, { start: string; end: string }>();
const slot = (hoursAhead: number) => {
  if (!slots.has(hoursAhead)) slots.set(hoursAhead, slotFromNow(hoursAhead));
  return slots.get(hoursAhead)!;
};

const MISSING_KEY = "missing API key: send Authorization: Bearer avs_live_…";
const INVALID_KEY = "invalid API key";

/** One call of each kind an agent makes, with a given Authorization header (or none). */
function agentCalls(authorization: string | undefined) {
  const headers: Record<string, string> = authorization === undefined ? {} : { authorization };
  const range = `range_start=${encodeURIComponent(slot(24).start)}&range_end=${encodeURIComponent(slot(30).start)}`;
  return [
    call(server.url, "GET", "/v1/agents/me", { headers }),
    call(server.url, "GET", "/v1/bookings", { headers }),
    call(server.url, "POST", "/v1/bookings", { headers, body: slot(40) }),
    call(server.url, "GET", `/v1/bookings/${commitA.body.booking_id}`, { headers }),
    call(server.url, "POST", `/v1/bookings/${commitA.body.booking_id}/cancel`, { headers }),
    call(server.url, "GET", `/v1/availability?${range}`, { headers }),
    call(server.url, "GET", "/v1/audit", { headers }),
  ];
}

async function bookingStatus(id: string): Promise<string> {
  return (await a1.call("GET", `/v1/bookings/${id}`)).body.status;
}

describe("agent authentication", () => {
  it("no key or a malformed Authorization header → 401 unauthenticated", async () => {
    for (const authorization of [
      undefined,
      "",
      "Bearer",
      "Bearer    ",
      `Basic ${Buffer.from("a1:secret").toString("base64")}`,
      a1.key,
      `Token ${a1.key}`,
      `Bearer ${a1.key} extra`,
    ]) {
      for (const reply of await Promise.all(agentCalls(authorization))) expectProblem(reply, 401, "unauthenticated", {}, MISSING_KEY);
    }
  });

  it("an unknown key → 401 unauthenticated", async () => {
    for (const key of [
      "avs_live_0000000000000000000000000000000",
      `${a1.key}x`,
      a1.key.slice(0, -1),
      a1.key.replace("avs_live_", "avs_test_"),
      a1.key.toUpperCase(),
    ]) {
      for (const reply of await Promise.all(agentCalls(`Bearer ${key}`))) expectProblem(reply, 401, "unauthenticated", {}, INVALID_KEY);
    }
    // The scheme is case-insensitive; the key is not.
    expect((await call(server.url, "GET", "/v1/agents/me", { headers: { authorization: `bearer ${a1.key}` } })).status).toBe(200);
  });

  it("an owner's session is not an agent key", async () => {
    expectProblem(await ownerA.call("GET", "/v1/agents/me"), 401, "unauthenticated", {}, MISSING_KEY);
    expectProblem(await ownerA.call("POST", "/v1/bookings", { body: slot(41) }), 401, "unauthenticated");
  });

  it("a revoked key → 401; the agent's bookings stay; its key cannot be rotated", async () => {
    const temp = await ownerA.createAgent("temp", 3);
    const before = await temp.call("POST", "/v1/bookings", { body: slot(42) });
    expect(before.status).toBe(201);
    const revoked = await ownerA.call("POST", `/v1/dashboard/agents/${temp.agent_id}/revoke`);
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ agent_id: temp.agent_id, revoked: true });
    expect(revoked.body.plaintext_key).toBeUndefined();
    for (const reply of await Promise.all(agentCalls(`Bearer ${temp.key}`))) {
      expectProblem(reply, 401, "unauthenticated", {}, "invalid API key");
    }
    expect(await bookingStatus(before.body.booking_id)).toBe("COMMITTED");
    expectInvalid(await ownerA.call("POST", `/v1/dashboard/agents/${temp.agent_id}/rotate-key`), [
      { field: "path.agent_id", message: "is revoked" },
    ]);
    expect((await ownerA.call("GET", `/v1/dashboard/agents/${temp.agent_id}`)).body.revoked).toBe(true);
    expectProblem(await temp.call("GET", "/v1/agents/me"), 401, "unauthenticated", {}, "invalid API key");
  });

  it("a rotated key: the old one fails, the new one works", async () => {
    const rotor = await ownerA.createAgent("rotor", 4);
    // Used just before: the server has the key in its short-lived cache of authenticated keys.
    expect((await rotor.call("GET", "/v1/agents/me")).status).toBe(200);
    const rotated = await ownerA.call("POST", `/v1/dashboard/agents/${rotor.agent_id}/rotate-key`);
    expect(rotated.status).toBe(200);
    expect(rotated.body).toMatchObject({ agent_id: rotor.agent_id, name: "rotor", priority: 4, revoked: false });
    const fresh = agentFor(server.url, rotor.agent_id, rotated.body.plaintext_key, 4, "rotor");
    expect(fresh.key).toMatch(/^avs_live_\S{20,}$/);
    expect(fresh.key).not.toBe(rotor.key);
    for (const reply of await Promise.all(agentCalls(`Bearer ${rotor.key}`))) expectProblem(reply, 401, "unauthenticated", {}, INVALID_KEY);
    const me = await fresh.call("GET", "/v1/agents/me");
    expect(me.status).toBe(200);
    expect(me.body.agent_id).toBe(rotor.agent_id);
    // Rotating again retires the second key too.
    const third = agentFor(
      server.url,
      rotor.agent_id,
      (await ownerA.call("POST", `/v1/dashboard/agents/${rotor.agent_id}/rotate-key`)).body.plaintext_key,
      4,
      "rotor",
    );
    expectProblem(await fresh.call("GET", "/v1/agents/me"), 401, "unauthenticated", {}, INVALID_KEY);
    expect((await third.call("POST", "/v1/bookings", { body: slot(43) })).status).toBe(201);
  });

  it("unauthenticated writes store nothing", async () => {
    const list = await a1.call(
      "GET",
      `/v1/bookings?range_start=${encodeURIComponent(slot(40).start)}&range_end=${encodeURIComponent(slot(41).end)}`,
    );
    expect(list.body.data).toEqual([]);
  });
});

describe("scopes", () => {
  const someBooking = () => commitA.body.booking_id as string;
  const range = () => `range_start=${encodeURIComponent(slot(24).start)}&range_end=${encodeURIComponent(slot(30).start)}`;
  /** Every agent operation that needs a scope, by scope. */
  const operations: Record<string, [string, () => string, unknown?][]> = {
    "availability:read": [["GET", () => `/v1/availability?${range()}`]],
    "bookings:read": [
      ["GET", () => "/v1/bookings"],
      ["GET", () => `/v1/bookings/${someBooking()}`],
    ],
    "bookings:write": [
      ["POST", () => "/v1/bookings", slot(50)],
      ["POST", () => `/v1/bookings/${holdA.body.booking_id}/commit`],
      ["POST", () => `/v1/bookings/${holdA.body.booking_id}/release`],
      ["POST", () => `/v1/bookings/${someBooking()}/cancel`, { reason: "no scope" }],
    ],
    "audit:read": [
      ["GET", () => "/v1/audit"],
      ["GET", () => "/v1/audit/checkpoint"],
      ["GET", () => `/v1/audit/events/${commitA.body.audit_event_id}/inclusion`],
      ["GET", () => "/v1/audit/consistency?from_size=1"],
    ],
    "mailbox:read": [
      ["GET", () => "/v1/mailbox/messages"],
      ["GET", () => "/v1/mailbox/messages/msg_unknown"],
    ],
    "mailbox:send": [["POST", () => "/v1/mailbox/messages", { to: ["someone@example.com"], subject: "hi", text: "hello" }]],
  };

  it("lists every scope", () => {
    expect(Object.keys(operations).sort()).toEqual([...ALL_SCOPES].sort());
  });

  for (const scope of ALL_SCOPES) {
    it(`a key without ${scope} gets 403 forbidden naming it on each operation that needs it`, async () => {
      const lacking = await ownerA.createAgent(
        `no-${scope.replace(":", "-")}`,
        5,
        ALL_SCOPES.filter((s) => s !== scope),
      );
      for (const [method, path, body] of operations[scope]!) {
        const reply = await lacking.call(method, path(), body === undefined ? {} : { body });
        expectProblem(reply, 403, "forbidden", { required_scope: scope }, `the API key lacks scope ${scope}`);
      }
      // Its other scopes still work, and it knows who it is.
      const me = await lacking.call("GET", "/v1/agents/me");
      expect(me.status).toBe(200);
      expect(me.body.scopes).toEqual(ALL_SCOPES.filter((s) => s !== scope));
      if (scope !== "bookings:read") expect((await lacking.call("GET", "/v1/bookings")).status).toBe(200);
      if (scope !== "availability:read") expect((await lacking.call("GET", `/v1/availability?${range()}`)).status).toBe(200);
    });
  }

  it("a key with no scopes can only ask who it is; forbidden writes store nothing", async () => {
    const bare = await ownerA.createAgent("bare", 5, []);
    expect((await bare.call("GET", "/v1/agents/me")).body.scopes).toEqual([]);
    for (const [scope, ops] of Object.entries(operations)) {
      for (const [method, path, body] of ops) {
        expectProblem(await bare.call(method, path(), body === undefined ? {} : { body }), 403, "forbidden", { required_scope: scope });
      }
    }
    expect((await a1.call("GET", `/v1/bookings?agent_id=${bare.agent_id}`)).body.data).toEqual([]);
    expect(await bookingStatus(holdA.body.booking_id)).toBe("HELD");
    expect(await bookingStatus(commitA.body.booking_id)).toBe("COMMITTED");
  });

  it("changing an agent's scopes applies to its very next request", async () => {
    const shifty = await ownerA.createAgent("shifty", 5);
    const narrowed = await ownerA.call("PATCH", `/v1/dashboard/agents/${shifty.agent_id}`, { body: { scopes: ["bookings:read"] } });
    expect(narrowed.body.scopes).toEqual(["bookings:read"]);
    expectProblem(await shifty.call("POST", "/v1/bookings", { body: slot(51) }), 403, "forbidden", { required_scope: "bookings:write" });
    await ownerA.call("PATCH", `/v1/dashboard/agents/${shifty.agent_id}`, { body: { scopes: ["bookings:read", "bookings:write"] } });
    expect((await shifty.call("POST", "/v1/bookings", { body: slot(51) })).status).toBe(201);
  });
});

describe("owner authentication", () => {
  const dashboardCalls = (headers: Record<string, string>) => [
    call(server.url, "GET", "/v1/dashboard/workspace", { headers }),
    call(server.url, "GET", "/v1/dashboard/agents", { headers }),
    call(server.url, "POST", "/v1/dashboard/agents", { headers, body: { name: "intruder", priority: 1, scopes: ALL_SCOPES } }),
    call(server.url, "GET", `/v1/dashboard/agents/${a1.agent_id}`, { headers }),
    call(server.url, "POST", `/v1/dashboard/agents/${a1.agent_id}/rotate-key`, { headers }),
    call(server.url, "GET", "/v1/dashboard/calendars", { headers }),
    call(server.url, "PATCH", `/v1/dashboard/calendars/${calendarA}`, { headers, body: { name: "taken" } }),
    call(server.url, "PUT", `/v1/dashboard/calendars/${calendarA}/rules`, { headers, body: { rules: [] } }),
    call(server.url, "GET", "/v1/dashboard/webhooks", { headers }),
  ];

  it("the owner API without a valid session cookie → 401", async () => {
    for (const reply of await Promise.all(dashboardCalls({}))) {
      expectProblem(reply, 401, "unauthenticated", {}, "sign in first: POST /v1/auth/magic-link, then /v1/auth/verify");
    }
    const wrong: Record<string, string>[] = [
      { cookie: "ad_session=ses_forged" },
      { cookie: "other=1" },
      { authorization: `Bearer ${a1.key}` },
    ];
    for (const headers of wrong) {
      for (const reply of await Promise.all(dashboardCalls(headers))) expectProblem(reply, 401, "unauthenticated");
    }
    // Nothing changed: no agent was created, A's key still works, A's calendar keeps its name.
    expect((await ownerA.call("GET", "/v1/dashboard/agents")).body.data.map((a: { name: string }) => a.name)).not.toContain("intruder");
    expect((await a1.call("GET", "/v1/agents/me")).status).toBe(200);
    expect((await ownerA.call("GET", "/v1/dashboard/calendars")).body.data[0].name).toBe("Main");
  });

  it("after logout the session cookie no longer works", async () => {
    const owner = await Owner.signIn(server.url);
    expect((await owner.call("GET", "/v1/dashboard/workspace")).status).toBe(200);
    expect((await owner.call("POST", "/v1/auth/logout")).status).toBe(204);
    expectProblem(await owner.call("GET", "/v1/dashboard/workspace"), 401, "unauthenticated");
  });

  it("a magic-link token works once", async () => {
    const link = await call(server.url, "POST", "/v1/auth/magic-link", { body: { email: "once@example.com" } });
    expect((await call(server.url, "POST", "/v1/auth/verify", { body: { token: link.body.dev_token } })).status).toBe(200);
    expectProblem(
      await call(server.url, "POST", "/v1/auth/verify", { body: { token: link.body.dev_token } }),
      401,
      "unauthenticated",
      {},
      "the sign-in link is invalid, used or expired",
    );
  });
});

describe("isolation between workspaces", () => {
  const idsOfA = () => [a1.agent_id, a2.agent_id, calendarA, ownerA.userId, commitA.body.booking_id, holdA.body.booking_id];

  it("an agent of B cannot read, commit, release or cancel A's bookings (404)", async () => {
    for (const booking of [commitA.body.booking_id, holdA.body.booking_id]) {
      expectProblem(await b1.call("GET", `/v1/bookings/${booking}`), 404, "not_found", {}, `no booking ${booking}`);
      for (const action of ["commit", "release", "cancel"]) {
        expectProblem(await b1.call("POST", `/v1/bookings/${booking}/${action}`), 404, "not_found", {}, `no booking ${booking}`);
      }
    }
    expect(await bookingStatus(commitA.body.booking_id)).toBe("COMMITTED");
    expect(await bookingStatus(holdA.body.booking_id)).toBe("HELD");
  });

  it("an agent of B cannot write on A's calendar (404)", async () => {
    expectProblem(
      await b1.call("POST", "/v1/bookings", { body: { ...slot(60), calendar_id: calendarA } }),
      404,
      "not_found",
      {},
      `no calendar ${calendarA}`,
    );
    expect(
      (await a1.call("GET", `/v1/bookings?range_start=${encodeURIComponent(slot(60).start)}&range_end=${encodeURIComponent(slot(60).end)}`))
        .body.data,
    ).toEqual([]);
  });

  it("A's bookings are absent from B's lists and availability", async () => {
    const all = await b1.call("GET", "/v1/bookings?limit=200");
    expect(all.body).toEqual({ data: [commitB.body], has_more: false });
    expect((await b1.call("GET", `/v1/bookings?agent_id=${a1.agent_id}`)).body).toEqual({ data: [], has_more: false });
    expect((await b1.call("GET", `/v1/bookings?calendar_id=${calendarA}`)).body).toEqual({ data: [], has_more: false });
    expect((await b1.call("GET", "/v1/bookings?status=HELD")).body).toEqual({ data: [], has_more: false });

    // Over A's bookings' hours, B's calendar is free; A's own view of the same range is not.
    const range = `range_start=${encodeURIComponent(slot(24).start)}&range_end=${encodeURIComponent(slot(26).start)}`;
    const seenByB = await b1.call("GET", `/v1/availability?${range}`);
    expect(seenByB.status).toBe(200);
    expect(seenByB.body).toMatchObject({ calendar_id: calendarB, busy: [], slots: [{ start: slot(24).start, end: slot(26).start }] });
    const seenByA = await a1.call("GET", `/v1/availability?${range}`);
    expect(seenByA.body.busy.map((b: { booking_id: string }) => b.booking_id)).toEqual([commitA.body.booking_id, holdA.body.booking_id]);
    expectProblem(
      await b1.call("GET", `/v1/availability?${range}&calendar_id=${calendarA}`),
      404,
      "not_found",
      {},
      `no calendar ${calendarA}`,
    );
  });

  it("an agent of B cannot read A's audit events", async () => {
    for (const resource of idsOfA()) {
      expect((await b1.call("GET", `/v1/audit?resource=${resource}`)).body).toEqual({ data: [], has_more: false });
    }
    expectProblem(await b1.call("GET", `/v1/audit/events/${commitA.body.audit_event_id}/inclusion`), 404, "not_found");
    expectProblem(await b1.call("GET", `/v1/audit/events/${holdA.body.audit_event_id}/inclusion`), 404, "not_found");
    // B's whole log mentions nothing of A.
    const log = await b1.call("GET", "/v1/audit?limit=200");
    expect(log.body.has_more).toBe(false);
    expect(log.body.data.length).toBeGreaterThan(0);
    const text = JSON.stringify(log.body.data);
    for (const id of idsOfA()) expect(text).not.toContain(id);
    const checkpoint = await b1.call("GET", "/v1/audit/checkpoint");
    expect(checkpoint.body.tree_size).toBe(log.body.data.length);
    // A's log does have them.
    expect((await a1.call("GET", `/v1/audit?resource=${commitA.body.booking_id}`)).body.data.length).toBeGreaterThan(0);
  });

  it("within a workspace, an agent cannot commit, release or cancel another agent's booking (403)", async () => {
    const hold = holdA.body.booking_id;
    const commit = commitA.body.booking_id;
    for (const [booking, action] of [
      [hold, "commit"],
      [hold, "release"],
      [commit, "cancel"],
    ] as const) {
      expectProblem(
        await a2.call("POST", `/v1/bookings/${booking}/${action}`),
        403,
        "forbidden",
        {},
        "the booking belongs to another agent",
      );
    }
    // It can read them (same workspace); nothing changed.
    expect((await a2.call("GET", `/v1/bookings/${hold}`)).body.status).toBe("HELD");
    expect((await a2.call("GET", `/v1/bookings/${commit}`)).body.status).toBe("COMMITTED");
  });

  it("the owner API of B cannot see or change A's agents and calendars (404)", async () => {
    const notFound = (r: Reply) => expectProblem(r, 404, "not_found", {}, `no agent ${a1.agent_id}`);
    notFound(await ownerB.call("GET", `/v1/dashboard/agents/${a1.agent_id}`));
    notFound(await ownerB.call("PATCH", `/v1/dashboard/agents/${a1.agent_id}`, { body: { priority: 99, scopes: [] } }));
    notFound(await ownerB.call("POST", `/v1/dashboard/agents/${a1.agent_id}/revoke`));
    notFound(await ownerB.call("POST", `/v1/dashboard/agents/${a1.agent_id}/rotate-key`));
    const listB = await ownerB.call("GET", "/v1/dashboard/agents");
    expect(listB.body.data.map((a: { agent_id: string }) => a.agent_id)).toEqual([b1.agent_id]);

    const noCalendar = (r: Reply) => expectProblem(r, 404, "not_found", {}, `no calendar ${calendarA}`);
    noCalendar(await ownerB.call("PATCH", `/v1/dashboard/calendars/${calendarA}`, { body: { name: "mine", time_zone: "Europe/Paris" } }));
    noCalendar(await ownerB.call("GET", `/v1/dashboard/calendars/${calendarA}/rules`));
    noCalendar(
      await ownerB.call("PUT", `/v1/dashboard/calendars/${calendarA}/rules`, {
        body: { rules: [{ rule_id: "x", kind: "max_duration", minutes: 1 }] },
      }),
    );
    noCalendar(
      await ownerB.call("POST", "/v1/dashboard/agents", { body: { name: "spy", priority: 1, scopes: ALL_SCOPES, calendar_id: calendarA } }),
    );
    expect((await ownerB.call("GET", "/v1/dashboard/calendars")).body.data.map((c: { calendar_id: string }) => c.calendar_id)).toEqual([
      calendarB,
    ]);

    // A's agent and calendar are untouched and its key still works.
    const a1View = await ownerA.call("GET", `/v1/dashboard/agents/${a1.agent_id}`);
    expect(a1View.body).toMatchObject({ priority: 1, scopes: ALL_SCOPES, revoked: false });
    expect((await a1.call("GET", "/v1/agents/me")).status).toBe(200);
    expect((await ownerA.call("GET", "/v1/dashboard/calendars")).body.data[0]).toMatchObject({ name: "Main", time_zone: "UTC" });
    expect((await ownerA.call("GET", `/v1/dashboard/calendars/${calendarA}/rules`)).body).toEqual({ rules: [] });
    expect((await ownerB.call("GET", "/v1/dashboard/agents")).body.data.map((a: { name: string }) => a.name)).not.toContain("spy");
  });
});
