// Prototype keys and unknown nested fields never bend the engine (docs/security.md, finding 1):
// requests carrying `__proto__`, `constructor` or `prototype` keys, or fields the spec does not
// name at any depth, get a 400 and change nothing; and whatever random JSON reaches the write
// endpoints, the stored command log replays to exactly what the live server answered.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { settled, startSink, type Sink } from "../mail/support.ts";
import { expectInvalid } from "../support/problems.ts";
import { agentFor, Owner, replayStoreOf, slot, startServer, type ServerProcess, type TestAgent } from "../support/server-process.ts";

const RESERVED = "is a reserved name (__proto__, constructor and prototype are refused)";
const INBOUND_SECRET = "prototype-keys-inbound-secret";

/** JSON text with the given keys as real own keys (a literal `{ __proto__: … }` would set a prototype). */
function withKey(target: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}

describe("prototype keys and strict nested bodies", () => {
  let server: ServerProcess;
  let owner: Owner;
  let agent: TestAgent;
  let calendarId: string;
  let sink: Sink;
  const env = { AGENTDRAFT_INBOUND_SECRET: INBOUND_SECRET };
  const args = () => ["--smtp-relay", sink.url];

  beforeAll(async () => {
    sink = await startSink();
    server = await startServer({ args: args(), env });
    owner = await Owner.signIn(server.url);
    agent = await owner.createAgent("proto-writer", 2);
    calendarId = await owner.defaultCalendarId();
  });
  afterAll(async () => {
    await server?.stop();
    await sink?.close();
  });

  it("refuses a settings patch whose __proto__ carries out-of-range values, and keeps the calendar as it was", async () => {
    const before = (await owner.call("GET", "/v1/dashboard/calendars")).body;
    const raw = `{"settings":{"__proto__":{"arbitration_window_ms":8000,"bump_window_ms":0,"hold_ttl_min_seconds":0}}}`;
    const reply = await owner.call("PATCH", `/v1/dashboard/calendars/${calendarId}`, {
      raw,
      headers: { "content-type": "application/json" },
    });
    expectInvalid(reply, [{ field: "/settings/__proto__", message: RESERVED }]);
    const after = await owner.call("GET", "/v1/dashboard/calendars");
    expect(after.status).toBe(200);
    expect(after.body).toEqual(before);
  });

  it("refuses reserved keys inside free-form metadata and inside rules", async () => {
    const booking = withKey({ ...slot(300) }, "metadata", withKey({ title: "x" }, "constructor", "y"));
    expectInvalid(await agent.call("POST", "/v1/bookings", { body: booking }), [{ field: "/metadata/constructor", message: RESERVED }]);
    const proto = withKey({ ...slot(301) }, "metadata", withKey({}, "__proto__", "z"));
    expectInvalid(await agent.call("POST", "/v1/bookings", { body: proto }), [{ field: "/metadata/__proto__", message: RESERVED }]);
    const hours = withKey({ weekday: "mon", open: "09:00", close: "17:00" }, "prototype", {});
    const rules = { rules: [{ rule_id: "h", kind: "business_hours", hours: [hours] }] };
    const reply = await owner.call("PUT", `/v1/dashboard/calendars/${calendarId}/rules`, { body: rules });
    expectInvalid(reply, [{ field: "/rules/0/hours/0/prototype", message: RESERVED }]);
    expect((await owner.call("GET", `/v1/dashboard/calendars/${calendarId}/rules`)).body).toEqual({ rules: [] });
  });

  it("refuses unknown fields in nested request objects", async () => {
    const rules = { rules: [{ rule_id: "h", kind: "max_duration", minutes: 60, strict: true }] };
    const reply = await owner.call("PUT", `/v1/dashboard/calendars/${calendarId}/rules`, { body: rules });
    expect(reply.status).toBe(400);
    expect(reply.body.errors).toContainEqual({ field: "/rules/0/strict", message: "is not a known field" });
  });

  it("replays to what the live server answered, whatever JSON the write endpoints get", { timeout: 120_000 }, async () => {
    const throwaway = await owner.createAgent("proto-throwaway", 5);
    const cancellable = await agent.call("POST", "/v1/bookings", { body: slot(400) });
    expect(cancellable.status).toBe(201);
    const sent: string[] = [];
    let n = 0;
    const unique = () => `p${n++}`;
    // One valid body per write endpoint; the property then plants keys in its objects.
    const endpoints: { who: "owner" | "agent" | "inbound"; method: string; path: string; body: () => Record<string, unknown> }[] = [
      { who: "agent", method: "POST", path: "/v1/bookings", body: () => ({ ...slot(500 + n), metadata: { title: unique() } }) },
      { who: "agent", method: "POST", path: `/v1/bookings/${cancellable.body.booking_id}/cancel`, body: () => ({ reason: "r" }) },
      { who: "agent", method: "POST", path: "/v1/mailbox/messages", body: () => ({ to: ["a@example.com"], subject: "s", text: "t" }) },
      {
        who: "owner",
        method: "POST",
        path: "/v1/dashboard/agents",
        body: () => ({ name: unique(), priority: 3, scopes: ["bookings:read"] }),
      },
      { who: "owner", method: "PATCH", path: `/v1/dashboard/agents/${throwaway.agent_id}`, body: () => ({ priority: 1 + (n % 9) }) },
      { who: "owner", method: "POST", path: "/v1/dashboard/calendars", body: () => ({ name: unique(), time_zone: "Europe/Paris" }) },
      {
        who: "owner",
        method: "PATCH",
        path: `/v1/dashboard/calendars/${calendarId}`,
        body: () => ({ settings: { arbitration_window_ms: n % 100, bump_window_seconds: n % 60 } }),
      },
      {
        who: "owner",
        method: "PUT",
        path: `/v1/dashboard/calendars/${calendarId}/rules`,
        body: () => ({ rules: [{ rule_id: unique(), kind: "max_duration", minutes: 600 }] }),
      },
      {
        who: "owner",
        method: "POST",
        path: "/v1/dashboard/webhooks",
        body: () => ({ url: "https://hooks.example.com/hook", events: ["booking.committed"] }),
      },
      { who: "owner", method: "POST", path: "/v1/auth/magic-link", body: () => ({ email: `${unique()}@example.com` }) },
      {
        who: "inbound",
        method: "POST",
        path: "/v1/mailbox/inbound",
        body: () => ({ recipients: ["proto-writer@agentdraft.local"], raw: `From: a@example.com\r\nSubject: ${unique()}\r\n\r\nhi` }),
      },
    ];
    const plantedKey = fc.oneof(
      fc.constantFrom("__proto__", "constructor", "prototype", "settings", "metadata"),
      fc.string({ maxLength: 8 }),
    );
    const plantedValue = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constant({ arbitration_window_ms: 8000, bump_window_ms: 0, hold_ttl_min_seconds: 0 }),
    );
    const plant = fc.array(fc.record({ at: fc.nat(), key: plantedKey, value: plantedValue }), { maxLength: 3 });

    await fc.assert(
      fc.asyncProperty(fc.nat({ max: endpoints.length - 1 }), plant, async (which, planted) => {
        const e = endpoints[which]!;
        const body = e.body();
        const objects: Record<string, unknown>[] = [];
        const collect = (v: unknown): void => {
          if (typeof v !== "object" || v === null) return;
          if (!Array.isArray(v)) objects.push(v as Record<string, unknown>);
          for (const child of Object.values(v)) collect(child);
        };
        collect(body);
        for (const p of planted) withKey(objects[p.at % objects.length]!, p.key, p.value);
        const options = { body, headers: { "idempotency-key": unique() } };
        const reply =
          e.who === "owner"
            ? await owner.call(e.method, e.path, options)
            : e.who === "agent"
              ? await agent.call(e.method, e.path, options)
              : await owner.call(e.method, e.path, { ...options, headers: { "x-inbound-secret": INBOUND_SECRET } });
        expect(reply.status, JSON.stringify(reply.body)).toBeLessThan(500);
        if (e.path === "/v1/mailbox/messages" && reply.status === 202) sent.push(reply.body.message_id);
        if (planted.some((p) => ["__proto__", "constructor", "prototype"].includes(p.key))) expect(reply.status).toBe(400);
      }),
      { numRuns: 120, seed: 20261202 },
    );

    for (const id of sent) await settled(agent, id); // outbound mail is audited when the relay answers
    // What the live server shows now is what a restart rebuilt from the log shows, and the log replays clean.
    const views = async () => ({
      calendars: (await owner.call("GET", "/v1/dashboard/calendars")).body,
      rules: (await owner.call("GET", `/v1/dashboard/calendars/${calendarId}/rules`)).body,
      agents: (await owner.call("GET", "/v1/dashboard/agents")).body,
      bookings: (await agent.call("GET", "/v1/bookings?limit=200")).body,
      audit: (await agent.call("GET", "/v1/audit?limit=200")).body,
    });
    const live = await views();
    expect(live.calendars.data.length).toBeGreaterThan(1);
    expect(await server.stop()).toBe(0);
    const replay = await replayStoreOf(server.dataDir);
    expect(replay.stderr).toBe("");
    expect(replay.status).toBe(0);
    server = await startServer({ dataDir: server.dataDir, args: args(), env });
    owner = owner.at(server.url);
    agent = agentFor(server.url, agent.agent_id, agent.key, agent.priority, agent.name);
    expect(await views()).toEqual(live);
  });
});
