// Reads over real HTTP: who am I, free/busy merged across agents, holds and rules, booking
// pagination and filters, and the owner's agents and calendars round-tripping their settings.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectProblem } from "../support/problems.ts";
import { agentFor, ALL_SCOPES, Owner, startServer, type Reply, type ServerProcess, type TestAgent } from "../support/server-process.ts";

let server: ServerProcess;
let owner: Owner;
let r1: TestAgent;
let r2: TestAgent;
let defaultCalendar: string;

beforeAll(async () => {
  server = await startServer();
  owner = await Owner.signIn(server.url, `reader-${Date.now()}@example.com`);
  r1 = await owner.createAgent("r1", 1);
  r2 = await owner.createAgent("r2", 2, ["availability:read", "bookings:read", "bookings:write"]);
  defaultCalendar = await owner.defaultCalendarId();
});

afterAll(async () => {
  await server.stop();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const MAIL_DOMAIN = "agents.agentdraft.local";
/** `<name>.<workspace handle>@<domain>`: the handle (10 hex characters) names the workspace. */
const mailbox = (name: string) =>
  expect.stringMatching(new RegExp(`^${name.toLowerCase().replaceAll(".", "\\.")}\\.[0-9a-f]{10}@${MAIL_DOMAIN.replaceAll(".", "\\.")}$`));
const DEFAULT_SETTINGS = {
  arbitration_window_ms: 50,
  bump_window_seconds: 30,
  hold_ttl_default_seconds: 30,
  hold_ttl_min_seconds: 1,
  hold_ttl_max_seconds: 3600,
};
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
/** 2030-06-03 (a Monday) at `hhmm` UTC, as the server writes instants. */
const mon = (hhmm: string) => `2030-06-03T${hhmm}:00.000Z`;

async function newCalendar(name: string, timeZone?: string): Promise<string> {
  const created = await owner.call("POST", "/v1/dashboard/calendars", { body: timeZone ? { name, time_zone: timeZone } : { name } });
  expect(created.status).toBe(201);
  return created.body.calendar_id;
}

async function book(agent: TestAgent, body: Record<string, unknown>): Promise<Reply> {
  const reply = await agent.call("POST", "/v1/bookings", { body });
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return reply;
}

describe("GET /v1/agents/me", () => {
  it("names the calling agent, its owner, calendar and mailbox", async () => {
    const me = await r1.call("GET", "/v1/agents/me");
    expect(me.status).toBe(200);
    expect(me.headers.get("content-type")).toMatch(/^application\/json/);
    expect(me.headers.get("request-id")).toMatch(/^req_/);
    expect(me.body).toEqual({
      agent_id: r1.agent_id,
      name: "r1",
      priority: 1,
      scopes: ALL_SCOPES,
      user_id: owner.userId,
      calendar_id: defaultCalendar,
      mailbox_address: mailbox("r1"),
    });
    expect((await r2.call("GET", "/v1/agents/me")).body).toEqual({
      agent_id: r2.agent_id,
      name: "r2",
      priority: 2,
      scopes: ["availability:read", "bookings:read", "bookings:write"],
      user_id: owner.userId,
      calendar_id: defaultCalendar,
      mailbox_address: mailbox("r2"),
    });
  });

  it("follows the owner's changes and the agent's own calendar", async () => {
    const support = await newCalendar("Support desk");
    const created = await owner.call("POST", "/v1/dashboard/agents", {
      body: { name: "Ops.Bot", priority: 9, scopes: ["bookings:read"], calendar_id: support },
    });
    expect(created.status).toBe(201);
    const ops = agentFor(server.url, created.body.agent_id, created.body.plaintext_key, 9, "Ops.Bot");
    const me = () => ops.call("GET", "/v1/agents/me");
    expect((await me()).body).toEqual({
      agent_id: created.body.agent_id,
      name: "Ops.Bot",
      priority: 9,
      scopes: ["bookings:read"],
      user_id: owner.userId,
      calendar_id: support,
      mailbox_address: mailbox("ops.bot"),
    });
    await owner.call("PATCH", `/v1/dashboard/agents/${created.body.agent_id}`, {
      body: { priority: 4, scopes: ["audit:read", "bookings:read"] },
    });
    expect((await me()).body).toMatchObject({ priority: 4, scopes: ["audit:read", "bookings:read"] });
  });
});

describe("GET /v1/availability", () => {
  // Europe/Berlin is UTC+2 in June: business hours 09–17 local are 07:00Z–15:00Z, the focus block
  // 12–13 local is 10:00Z–11:00Z.
  let cal: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    cal = await newCalendar("Availability");
    expect((await owner.call("PATCH", `/v1/dashboard/calendars/${cal}`, { body: { time_zone: "Europe/Berlin" } })).body.time_zone).toBe(
      "Europe/Berlin",
    );
    const rules = await owner.call("PUT", `/v1/dashboard/calendars/${cal}/rules`, {
      body: {
        rules: [
          { rule_id: "hours", kind: "business_hours", hours: [{ weekday: "mon", open: "09:00", close: "17:00" }] },
          { rule_id: "focus", kind: "focus_block", weekdays: ["mon"], start: "12:00", end: "13:00" },
        ],
      },
    });
    expect(rules.status).toBe(200);
    const on = (start: string, end: string, extra: Record<string, unknown> = {}) => ({ start, end, calendar_id: cal, ...extra });
    ids.r1Commit = (await book(r1, on(mon("07:30"), mon("08:00")))).body.booking_id;
    ids.r2Hold = (await book(r2, on(mon("12:00"), mon("13:00"), { mode: "hold", hold_ttl_seconds: 3600 }))).body.booking_id;
    ids.r2Commit = (await book(r2, on(mon("13:00"), mon("13:30")))).body.booking_id;
    // Bookings that no longer occupy their time: cancelled, released, expired.
    const cancelled = (await book(r1, on(mon("14:00"), mon("14:30")))).body.booking_id;
    expect((await r1.call("POST", `/v1/bookings/${cancelled}/cancel`)).status).toBe(200);
    const released = (await book(r2, on(mon("14:30"), mon("15:00"), { mode: "hold" }))).body.booking_id;
    expect((await r2.call("POST", `/v1/bookings/${released}/release`)).status).toBe(200);
    await book(r1, on(mon("08:30"), mon("09:00"), { mode: "hold", hold_ttl_seconds: 1 }));
    await sleep(1_300);
  });

  const query = (params: string) => r1.call("GET", `/v1/availability?calendar_id=${cal}&${params}`);
  // 08:00–18:00 local, written with the local offset.
  const monday = `range_start=${encodeURIComponent("2030-06-03T08:00:00+02:00")}&range_end=${encodeURIComponent("2030-06-03T18:00:00+02:00")}`;

  it("merges every agent's bookings and holds, focus blocks and closed hours into busy, and returns the free slots", async () => {
    const reply = await query(monday);
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      calendar_id: cal,
      range_start: mon("06:00"),
      range_end: mon("16:00"),
      busy: [
        { start: mon("06:00"), end: mon("07:00"), kind: "outside_business_hours", rule_id: "hours" },
        { start: mon("07:30"), end: mon("08:00"), kind: "booking", agent_id: r1.agent_id, booking_id: ids.r1Commit },
        { start: mon("10:00"), end: mon("11:00"), kind: "focus_block", rule_id: "focus" },
        { start: mon("12:00"), end: mon("13:00"), kind: "hold", agent_id: r2.agent_id, booking_id: ids.r2Hold },
        { start: mon("13:00"), end: mon("13:30"), kind: "booking", agent_id: r2.agent_id, booking_id: ids.r2Commit },
        { start: mon("15:00"), end: mon("16:00"), kind: "outside_business_hours", rule_id: "hours" },
      ],
      slots: [
        { start: mon("07:00"), end: mon("07:30") },
        { start: mon("08:00"), end: mon("10:00") },
        { start: mon("11:00"), end: mon("12:00") },
        { start: mon("13:30"), end: mon("15:00") },
      ],
    });
    // Every agent of the workspace sees the same calendar.
    expect((await r2.call("GET", `/v1/availability?calendar_id=${cal}&${monday}`)).body).toEqual(reply.body);
  });

  it("duration_minutes keeps only slots at least that long (busy unchanged)", async () => {
    const slotsFor = async (minutes: number) => {
      const reply = await query(`${monday}&duration_minutes=${minutes}`);
      expect(reply.status).toBe(200);
      expect(reply.body.busy).toHaveLength(6);
      return reply.body.slots.map((s: { start: string; end: string }) => `${s.start.slice(11, 16)}-${s.end.slice(11, 16)}`);
    };
    expect(await slotsFor(30)).toEqual(["07:00-07:30", "08:00-10:00", "11:00-12:00", "13:30-15:00"]);
    expect(await slotsFor(31)).toEqual(["08:00-10:00", "11:00-12:00", "13:30-15:00"]);
    expect(await slotsFor(61)).toEqual(["08:00-10:00", "13:30-15:00"]);
    expect(await slotsFor(90)).toEqual(["08:00-10:00", "13:30-15:00"]);
    expect(await slotsFor(91)).toEqual(["08:00-10:00"]);
    expect(await slotsFor(120)).toEqual(["08:00-10:00"]);
    expect(await slotsFor(121)).toEqual([]);
  });

  it("clips busy intervals to the range", async () => {
    const reply = await query(`range_start=${mon("07:45")}&range_end=${mon("12:30")}`);
    expect(reply.body.busy).toEqual([
      { start: mon("07:45"), end: mon("08:00"), kind: "booking", agent_id: r1.agent_id, booking_id: ids.r1Commit },
      { start: mon("10:00"), end: mon("11:00"), kind: "focus_block", rule_id: "focus" },
      { start: mon("12:00"), end: mon("12:30"), kind: "hold", agent_id: r2.agent_id, booking_id: ids.r2Hold },
    ]);
    expect(reply.body.slots).toEqual([
      { start: mon("08:00"), end: mon("10:00") },
      { start: mon("11:00"), end: mon("12:00") },
    ]);
  });

  it("a day without business hours is busy throughout; a whole local day splits at its opening hours", async () => {
    const sunday = await query(`range_start=2030-06-02T08:00:00Z&range_end=2030-06-02T12:00:00Z`);
    expect(sunday.body.busy).toEqual([
      { start: "2030-06-02T08:00:00.000Z", end: "2030-06-02T12:00:00.000Z", kind: "outside_business_hours", rule_id: "hours" },
    ]);
    expect(sunday.body.slots).toEqual([]);
    // Monday 00:00 to Tuesday 00:00 Berlin time = Sunday 22:00Z to Monday 22:00Z.
    const day = await query(
      `range_start=${encodeURIComponent("2030-06-03T00:00:00+02:00")}&range_end=${encodeURIComponent("2030-06-04T00:00:00+02:00")}`,
    );
    expect(day.body.busy[0]).toEqual({
      start: "2030-06-02T22:00:00.000Z",
      end: mon("07:00"),
      kind: "outside_business_hours",
      rule_id: "hours",
    });
    expect(day.body.busy.at(-1)).toEqual({ start: mon("15:00"), end: mon("22:00"), kind: "outside_business_hours", rule_id: "hours" });
    expect(day.body.slots).toEqual([
      { start: mon("07:00"), end: mon("07:30") },
      { start: mon("08:00"), end: mon("10:00") },
      { start: mon("11:00"), end: mon("12:00") },
      { start: mon("13:30"), end: mon("15:00") },
    ]);
  });

  it("defaults to the agent's calendar; a calendar without rules or bookings is one free slot", async () => {
    const reply = await r1.call("GET", `/v1/availability?range_start=${mon("06:00")}&range_end=${mon("16:00")}`);
    expect(reply.body).toEqual({
      calendar_id: defaultCalendar,
      range_start: mon("06:00"),
      range_end: mon("16:00"),
      busy: [],
      slots: [{ start: mon("06:00"), end: mon("16:00") }],
    });
  });
});

describe("GET /v1/bookings", () => {
  let cal: string;
  const b: Record<string, Reply> = {};
  const D = "2030-07-01";

  beforeAll(async () => {
    cal = await newCalendar("Pages");
    const on = (hhmm: string, extra: Record<string, unknown> = {}) => ({
      start: `${D}T${hhmm}:00Z`,
      end: `${D}T${hhmm.slice(0, 3)}30:00Z`,
      calendar_id: cal,
      ...extra,
    });
    b.b1 = await book(r1, on("10:00"));
    b.b2 = await book(r2, on("11:00"));
    b.b3 = await book(r1, on("09:00", { mode: "hold", hold_ttl_seconds: 3600 }));
    b.b4 = await book(r2, on("12:00"));
    b.b4 = await r2.call("POST", `/v1/bookings/${b.b4.body.booking_id}/cancel`, { body: { reason: "moved" } });
    expect(b.b4.body.status).toBe("CANCELLED");
    b.b5 = await book(r1, on("12:00")); // same start as the cancelled b4
  });

  const id = (name: string) => b[name]!.body.booking_id as string;
  /** b4 and b5 start together: booking_id breaks the tie. */
  const atNoon = () => [id("b4"), id("b5")].sort();

  /** Follows next_cursor to the end; checks every page's shape. */
  async function pages(params: string, limit: number): Promise<{ ids: string[]; sizes: number[] }> {
    const ids: string[] = [];
    const sizes: number[] = [];
    let cursor: string | undefined;
    for (let n = 0; n < 20; n++) {
      const reply = await r1.call("GET", `/v1/bookings?calendar_id=${cal}&limit=${limit}${params}${cursor ? `&cursor=${cursor}` : ""}`);
      expect(reply.status).toBe(200);
      sizes.push(reply.body.data.length);
      ids.push(...reply.body.data.map((x: { booking_id: string }) => x.booking_id));
      if (reply.body.has_more) {
        expect(reply.body.data).toHaveLength(limit);
        expect(reply.body.next_cursor).toEqual(expect.any(String));
        cursor = encodeURIComponent(reply.body.next_cursor);
      } else {
        expect(reply.body).not.toHaveProperty("next_cursor");
        return { ids, sizes };
      }
    }
    throw new Error("pagination did not end");
  }

  it("paginates five bookings two at a time, in order of start then booking_id, without duplicates", async () => {
    const { ids, sizes } = await pages("", 2);
    expect(sizes).toEqual([2, 2, 1]);
    expect(ids).toEqual([id("b3"), id("b1"), id("b2"), ...atNoon()]);
    expect(new Set(ids).size).toBe(5);
    // One page holds the same bookings, and each is the booking GET returns.
    const all = await r1.call("GET", `/v1/bookings?calendar_id=${cal}`);
    expect(all.body.has_more).toBe(false);
    expect(all.body.data.map((x: { booking_id: string }) => x.booking_id)).toEqual(ids);
    for (const booking of all.body.data) expect((await r2.call("GET", `/v1/bookings/${booking.booking_id}`)).body).toEqual(booking);
    expect(all.body.data.find((x: { booking_id: string }) => x.booking_id === id("b4"))).toMatchObject({
      status: "CANCELLED",
      ended_reason: "moved",
    });
  });

  it("filters by status, agent and range, also across pages", async () => {
    const list = async (params: string) => (await pages(params, 50)).ids;
    expect(await list("&status=COMMITTED")).toEqual([id("b1"), id("b2"), id("b5")]);
    expect(await list("&status=HELD")).toEqual([id("b3")]);
    expect(await list("&status=CANCELLED")).toEqual([id("b4")]);
    expect(await list("&status=EXPIRED")).toEqual([]);
    expect(await list(`&agent_id=${r2.agent_id}`)).toEqual([id("b2"), id("b4")]);
    expect(await list(`&agent_id=${r1.agent_id}&status=COMMITTED`)).toEqual([id("b1"), id("b5")]);
    // Ranges are half-open: bookings ending after range_start and starting before range_end.
    expect(await list(`&range_start=${D}T10:15:00Z&range_end=${D}T12:00:00Z`)).toEqual([id("b1"), id("b2")]);
    expect(await list(`&range_start=${D}T10:30:00Z&range_end=${D}T11:00:00Z`)).toEqual([]);
    expect(await list(`&range_end=${D}T10:00:00Z`)).toEqual([id("b3")]);
    expect(await list(`&range_start=${encodeURIComponent(`${D}T13:59:00+02:00`)}`)).toEqual(atNoon());
    const committed = await pages("&status=COMMITTED", 1);
    expect(committed).toEqual({ ids: [id("b1"), id("b2"), id("b5")], sizes: [1, 1, 1] });
    const mine = await pages(`&agent_id=${r1.agent_id}`, 2);
    expect(mine).toEqual({ ids: [id("b3"), id("b1"), id("b5")], sizes: [2, 1] });
  });

  it("without calendar_id, lists every calendar of the workspace", async () => {
    const all = await r1.call("GET", "/v1/bookings?limit=200");
    const calendars = new Set(all.body.data.map((x: { calendar_id: string }) => x.calendar_id));
    expect(calendars.has(cal)).toBe(true);
    expect(calendars.size).toBeGreaterThan(1);
    const starts = all.body.data.map((x: { start: string }) => x.start);
    expect(starts).toEqual([...starts].sort());
  });
});

describe("owner API: agents", () => {
  const view = (a: TestAgent, priority: number, scopes: string[], created_at: unknown = expect.stringMatching(ISO)) => ({
    agent_id: a.agent_id,
    name: a.name,
    priority,
    scopes,
    calendar_id: defaultCalendar,
    mailbox_address: mailbox(a.name),
    revoked: false,
    created_at,
  });

  it("creates (key shown once), lists and gets agents", async () => {
    const created = await owner.call("POST", "/v1/dashboard/agents", {
      body: { name: "lister", priority: 6, scopes: ["bookings:read", "audit:read", "bookings:read"] },
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      agent_id: expect.stringMatching(/^agt_/),
      name: "lister",
      priority: 6,
      scopes: ["bookings:read", "audit:read"],
      calendar_id: defaultCalendar,
      mailbox_address: mailbox("lister"),
      revoked: false,
      created_at: expect.stringMatching(ISO),
      plaintext_key: expect.stringMatching(/^avs_live_/),
    });
    const { plaintext_key: _key, ...lister } = created.body;
    const got = await owner.call("GET", `/v1/dashboard/agents/${lister.agent_id}`);
    expect(got.status).toBe(200);
    expect(got.body).toEqual(lister);
    const list = await owner.call("GET", "/v1/dashboard/agents");
    expect(list.status).toBe(200);
    expect(list.body.data.slice(0, 2)).toEqual([
      view(r1, 1, ALL_SCOPES),
      view(r2, 2, ["availability:read", "bookings:read", "bookings:write"]),
    ]);
    expect(list.body.data).toContainEqual(lister);
    expect(JSON.stringify(list.body)).not.toMatch(/avs_live_|key_hash|plaintext_key/);
    const createdAt = list.body.data.map((a: { created_at: string }) => a.created_at);
    expect(createdAt).toEqual([...createdAt].sort());
  });

  it("updates priority and scopes; a new priority applies to later writes only", async () => {
    const mover = await owner.createAgent("mover", 5, ["bookings:read", "bookings:write"]);
    const before = await book(mover, { start: "2030-08-01T10:00:00Z", end: "2030-08-01T10:30:00Z" });
    expect(before.body.agent_priority).toBe(5);

    const patched = await owner.call("PATCH", `/v1/dashboard/agents/${mover.agent_id}`, { body: { priority: 3 } });
    expect(patched.status).toBe(200);
    expect(patched.body).toEqual(view(mover, 3, ["bookings:read", "bookings:write"]));
    expect((await owner.call("GET", `/v1/dashboard/agents/${mover.agent_id}`)).body).toEqual(patched.body);
    const after = await book(mover, { start: "2030-08-01T11:00:00Z", end: "2030-08-01T11:30:00Z" });
    expect(after.body.agent_priority).toBe(3);
    expect((await mover.call("GET", `/v1/bookings/${before.body.booking_id}`)).body.agent_priority).toBe(5);

    const scoped = await owner.call("PATCH", `/v1/dashboard/agents/${mover.agent_id}`, {
      body: { scopes: ["bookings:read", "availability:read", "bookings:read"] },
    });
    expect(scoped.body).toEqual(view(mover, 3, ["bookings:read", "availability:read"], patched.body.created_at));
    expectProblem(
      await mover.call("POST", "/v1/bookings", { body: { start: "2030-08-01T12:00:00Z", end: "2030-08-01T12:30:00Z" } }),
      403,
      "forbidden",
      {
        required_scope: "bookings:write",
      },
    );

    const both = await owner.call("PATCH", `/v1/dashboard/agents/${mover.agent_id}`, { body: { priority: 1, scopes: ALL_SCOPES } });
    expect(both.body).toEqual(view(mover, 1, ALL_SCOPES, patched.body.created_at));
    const unchanged = await owner.call("PATCH", `/v1/dashboard/agents/${mover.agent_id}`, { body: {} });
    expect(unchanged.body).toEqual(both.body);
    expect((await mover.call("GET", "/v1/agents/me")).body).toMatchObject({ priority: 1, scopes: ALL_SCOPES });
  });
});

describe("owner API: calendars", () => {
  it("lists, creates and updates calendars; settings round-trip and apply", async () => {
    const workspace = await owner.call("GET", "/v1/dashboard/workspace");
    expect(workspace.body).toEqual({
      workspace_id: expect.stringMatching(/^ws_/),
      user_id: owner.userId,
      email: expect.stringMatching(/^reader-\d+@example\.com$/),
      default_calendar_id: defaultCalendar,
    });

    const before = await owner.call("GET", "/v1/dashboard/calendars");
    expect(before.status).toBe(200);
    expect(before.body.data[0]).toEqual({
      calendar_id: defaultCalendar,
      name: "Main",
      time_zone: "UTC",
      is_default: true,
      settings: DEFAULT_SETTINGS,
      created_at: expect.stringMatching(ISO),
    });

    const created = await owner.call("POST", "/v1/dashboard/calendars", { body: { name: "Support", time_zone: "America/New_York" } });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      calendar_id: expect.stringMatching(/^cal_/),
      name: "Support",
      time_zone: "America/New_York",
      is_default: false,
      settings: DEFAULT_SETTINGS,
      created_at: expect.stringMatching(ISO),
    });
    const plain = await owner.call("POST", "/v1/dashboard/calendars", { body: { name: "Plain" } });
    expect(plain.body).toMatchObject({ name: "Plain", time_zone: "UTC", is_default: false, settings: DEFAULT_SETTINGS });

    const id = created.body.calendar_id;
    const settings = {
      arbitration_window_ms: 100,
      bump_window_seconds: 0,
      hold_ttl_default_seconds: 60,
      hold_ttl_min_seconds: 5,
      hold_ttl_max_seconds: 600,
    };
    const updated = await owner.call("PATCH", `/v1/dashboard/calendars/${id}`, {
      body: { name: "Support desk", time_zone: "Europe/Berlin", settings },
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toEqual({ ...created.body, name: "Support desk", time_zone: "Europe/Berlin", settings });

    const partial = await owner.call("PATCH", `/v1/dashboard/calendars/${id}`, { body: { settings: { arbitration_window_ms: 0 } } });
    expect(partial.body).toEqual({ ...updated.body, settings: { ...settings, arbitration_window_ms: 0 } });

    const after = await owner.call("GET", "/v1/dashboard/calendars");
    expect(after.body.data).toEqual([...before.body.data, partial.body, plain.body]);

    // The settings are the engine's: the default TTL and its bounds apply to holds on this calendar.
    const slotOn = (hh: string) => ({ start: `2030-09-02T${hh}:00:00Z`, end: `2030-09-02T${hh}:30:00Z`, calendar_id: id });
    const hold = await book(r1, { ...slotOn("10"), mode: "hold" });
    expect(Date.parse(hold.body.hold_expires_at) - Date.parse(hold.body.created_at)).toBe(60_000);
    for (const ttl of [4, 601]) {
      const reply = await r1.call("POST", "/v1/bookings", { body: { ...slotOn("11"), mode: "hold", hold_ttl_seconds: ttl } });
      expectProblem(reply, 400, "invalid_request", {
        errors: [{ field: "/hold_ttl_seconds", message: "must be an integer between 5 and 600" }],
      });
    }
    // bump_window_seconds 0: a commit is frozen at once, even against a higher priority.
    const low = await book(r2, slotOn("12"));
    const high = await r1.call("POST", "/v1/bookings", { body: slotOn("12") });
    expect(high.status).toBe(409);
    expect(high.body).toMatchObject({ winning_booking_id: low.body.booking_id, winning_agent_id: r2.agent_id });
  });
});
