// The owner's read API and actions over real HTTP (issue 17): bookings, availability and its preview,
// the audit log with a proof that verifies, the request log and its error groups, agents' usage, races
// derived from the audit log, and cancel / release by the owner audited with the owner as actor.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Owner, slot, startServer, type ServerProcess, type TestAgent } from "../support/server-process.ts";

let server: ServerProcess;
let owner: Owner;
let fast: TestAgent;
let slow: TestAgent;

beforeAll(async () => {
  server = await startServer();
  owner = await Owner.signIn(server.url, `owner-reads-${Date.now()}@example.com`);
  fast = await owner.createAgent("fast", 1);
  slow = await owner.createAgent("slow", 2);
});

afterAll(async () => {
  await server.stop();
});

/** Polls `read` until `done` holds (the request log is written in batches), at most 5 s. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("owner reads", () => {
  it("lists the workspace's bookings with the agent filters and pagination", async () => {
    const a = await fast.call("POST", "/v1/bookings", { body: slot(200) });
    const b = await slow.call("POST", "/v1/bookings", { body: { ...slot(201), mode: "hold", hold_ttl_seconds: 600 } });
    expect([a.status, b.status]).toEqual([201, 201]);
    const all = await owner.call("GET", "/v1/dashboard/bookings?limit=1");
    expect(all.status).toBe(200);
    expect(all.body.data).toHaveLength(1);
    expect(all.body.has_more).toBe(true);
    const next = await owner.call("GET", `/v1/dashboard/bookings?limit=1&cursor=${all.body.next_cursor}`);
    expect(next.body.data[0].booking_id).not.toBe(all.body.data[0].booking_id);
    const held = await owner.call("GET", `/v1/dashboard/bookings?status=HELD&agent_id=${slow.agent_id}`);
    expect(held.body.data.map((x: { booking_id: string }) => x.booking_id)).toEqual([b.body.booking_id]);
    // Agents' bearer keys do not open the owner API.
    expect((await fast.call("GET", "/v1/dashboard/bookings")).status).toBe(401);
  });

  it("gives availability with busy reasons, and previews other rules without storing them", async () => {
    const s = slot(300);
    await fast.call("POST", "/v1/bookings", { body: s });
    const end = new Date(Date.parse(s.start) + 3_600_000).toISOString();
    const av = await owner.call("GET", `/v1/dashboard/availability?range_start=${s.start}&range_end=${end}`);
    expect(av.status).toBe(200);
    expect(av.body.busy).toContainEqual(expect.objectContaining({ kind: "booking", agent_id: fast.agent_id, start: s.start }));
    const weekday = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"][new Date(s.start).getUTCDay()];
    const rules = [{ rule_id: "all-day-focus", kind: "focus_block", weekdays: [weekday], start: "00:00", end: "23:59" }];
    const preview = await owner.call("POST", "/v1/dashboard/availability/preview", {
      body: { range_start: s.start, range_end: end, rules },
    });
    expect(preview.status).toBe(200);
    expect(preview.body.busy).toContainEqual(expect.objectContaining({ kind: "focus_block", rule_id: "all-day-focus" }));
    const cal = await owner.defaultCalendarId();
    expect((await owner.call("GET", `/v1/dashboard/calendars/${cal}/rules`)).body.rules).toEqual([]);
    const bad = await owner.call("POST", "/v1/dashboard/availability/preview", {
      body: { range_start: s.start, range_end: end, rules: [{ ...rules[0], start: "25:00" }] },
    });
    expect(bad.status).toBe(400);
  });

  it("serves the audit log, its signed checkpoint and inclusion proofs", async () => {
    const events = await owner.call("GET", "/v1/dashboard/audit/events?limit=200");
    expect(events.status).toBe(200);
    expect(events.body.data.length).toBeGreaterThan(0);
    const cp = await owner.call("GET", "/v1/dashboard/audit/checkpoint");
    expect(cp.body.checkpoint).toContain(cp.body.origin);
    const first = events.body.data[0];
    const proof = await owner.call("GET", `/v1/dashboard/audit/events/${first.event_id}/inclusion?tree_size=${cp.body.tree_size}`);
    expect(proof.status).toBe(200);
    expect(proof.body.event).toEqual(first);
  });

  it("derives races: the winner, each loser with its priority, problem code and audit id", async () => {
    const body = slot(400);
    const [w, l] = await Promise.all([
      fast.call("POST", "/v1/bookings", { body, headers: { "idempotency-key": "race-fast" } }),
      slow.call("POST", "/v1/bookings", { body, headers: { "idempotency-key": "race-slow" } }),
    ]);
    expect(w.status).toBe(201);
    expect(l.status).toBe(409);
    const races = await owner.call("GET", "/v1/dashboard/races");
    expect(races.status).toBe(200);
    const race = races.body.data.find((r: { winner: { booking_id: string } }) => r.winner.booking_id === w.body.booking_id);
    expect(race).toMatchObject({
      start: body.start,
      end: body.end,
      winner: { agent_id: fast.agent_id, priority: 1, status: "COMMITTED" },
      losers: [
        { agent_id: slow.agent_id, priority: 2, outcome: "rejected", problem_code: l.body.code, audit_event_id: l.body.audit_event_id },
      ],
    });
  });

  it("keeps a request log with idempotency keys, replays, errors grouped by code and agents' last use", async () => {
    const replay = await fast.call("POST", "/v1/bookings", { body: slot(400), headers: { "idempotency-key": "race-fast" } });
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    const log = await eventually(
      () => owner.call("GET", `/v1/dashboard/requests?idempotency_key=race-fast&agent_id=${fast.agent_id}`),
      (r) => r.body.data.length >= 2,
    );
    expect(log.status).toBe(200);
    expect(log.body.data).toHaveLength(2);
    const [newest, oldest] = log.body.data;
    expect(newest).toMatchObject({
      replayed: true,
      status: 201,
      operation_id: "createBooking",
      request_id: replay.headers.get("request-id"),
    });
    expect(oldest).toMatchObject({ replayed: false, status: 201, method: "POST", path: "/v1/bookings" });
    expect(newest.latency_ms).toBeGreaterThanOrEqual(0);

    const errors = await eventually(
      () => owner.call("GET", "/v1/dashboard/requests?errors_only=true"),
      (r) => r.body.data.length >= 1,
    );
    expect(errors.body.data.every((e: { status: number; error_code?: string }) => e.status >= 400 && e.error_code)).toBe(true);
    const groups = await owner.call("GET", "/v1/dashboard/requests/errors");
    expect(groups.body.data).toContainEqual(expect.objectContaining({ status: 409, count: expect.any(Number) }));

    const usage = await owner.call("GET", "/v1/dashboard/agents-usage");
    const mine = usage.body.data.find((u: { agent_id: string }) => u.agent_id === fast.agent_id);
    expect(mine.last_used_at).toEqual(expect.any(String));
    expect(mine.requests_last_day).toBeGreaterThanOrEqual(3);
    expect(mine.rate_limit.remaining).toBeLessThanOrEqual(mine.rate_limit.capacity);
    expect(mine.rate_limit.capacity).toBeGreaterThan(0);
  });
});

describe("owner actions", () => {
  it("cancels a commit and releases a hold, audited with the owner as actor", async () => {
    const c = await slow.call("POST", "/v1/bookings", { body: slot(500) });
    const h = await slow.call("POST", "/v1/bookings", { body: { ...slot(501), mode: "hold", hold_ttl_seconds: 600 } });
    const cancelled = await owner.call("POST", `/v1/dashboard/bookings/${c.body.booking_id}/cancel`, { body: { reason: "owner says no" } });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: "CANCELLED", ended_reason: "owner says no" });
    const released = await owner.call("POST", `/v1/dashboard/bookings/${h.body.booking_id}/release`);
    expect(released.body.status).toBe("RELEASED");
    for (const id of [c.body.booking_id, h.body.booking_id]) {
      const events = await owner.call("GET", `/v1/dashboard/audit/events?resource=${id}`);
      const last = events.body.data.at(-1);
      expect(last.actor).toEqual({ type: "user", user_id: owner.userId });
      expect(last.action).toMatch(/^(booking\.cancelled|hold\.released)$/);
    }
    // A second cancel is a decided conflict, not a crash; another workspace's booking does not exist.
    expect((await owner.call("POST", `/v1/dashboard/bookings/${c.body.booking_id}/cancel`)).status).toBe(409);
    const stranger = await Owner.signIn(server.url);
    expect((await stranger.call("POST", `/v1/dashboard/bookings/${h.body.booking_id}/release`)).status).toBe(404);
    // Cross-site pages cannot drive the actions with the owner's cookie.
    const forged = await owner.call("POST", `/v1/dashboard/bookings/${h.body.booking_id}/release`, {
      headers: { "sec-fetch-site": "cross-site" },
    });
    expect(forged.status).toBe(403);
  });
});
