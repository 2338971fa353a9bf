// `--seed-agents` (dev mode only) and @agentdraft/server/testing's startWithAgents: agents with the
// given priorities and scopes, their keys working against the real API.
import { afterAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config.ts";
import { parseAgentSpecs, startWithAgents, type ServerProcess } from "../../src/testing.ts";
import { call, startServer } from "../support/server-process.ts";

const stops: ServerProcess[] = [];
afterAll(async () => {
  for (const s of stops) await s.stop();
});

describe("--seed-agents", () => {
  it("creates the agents at start and prints their keys, one JSON line each", async () => {
    const server = await startServer({ args: ["--seed-agents", "alice:1,bob:2:availability:read+audit:read"] });
    stops.push(server);
    const seeded = server
      .output()
      .split("\n")
      .filter((l) => l.startsWith('{"seeded_agent"'))
      .map((l) => JSON.parse(l).seeded_agent);
    expect(seeded.map((a) => [a.name, a.priority])).toEqual([
      ["alice", 1],
      ["bob", 2],
    ]);
    for (const a of seeded) {
      const me = await call(server.url, "GET", "/v1/agents/me", { headers: { authorization: `Bearer ${a.key}` } });
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject({ agent_id: a.agent_id, priority: a.priority });
    }
    const bob = seeded[1];
    const me = await call(server.url, "GET", "/v1/agents/me", { headers: { authorization: `Bearer ${bob.key}` } });
    expect([...me.body.scopes].sort()).toEqual(["audit:read", "availability:read"]);
  });

  it("needs dev mode and a name:priority list", () => {
    expect(() => parseConfig(["--seed-agents", "alice:1", "--disable-sign-in"], {})).toThrow(/needs --dev/);
    expect(() => parseAgentSpecs("alice")).toThrow(/name:priority/);
    expect(parseAgentSpecs(" a:3 , b:1:bookings:read+bookings:write ")).toEqual([
      { name: "a", priority: 3 },
      { name: "b", priority: 1, scopes: ["bookings:read", "bookings:write"] },
    ]);
  });
});

describe("startWithAgents", () => {
  it("returns the URL, one owner's agents with working keys, and a stop function", async () => {
    const server = await startWithAgents([
      { name: "high", priority: 1 },
      { name: "low", priority: 5, scopes: ["bookings:read"] },
    ]);
    stops.push(server);
    const [high, low] = server.agents;
    expect((await high!.call("GET", "/v1/agents/me")).body).toMatchObject({ name: "high", priority: 1 });
    expect((await low!.call("GET", "/v1/agents/me")).body).toMatchObject({ name: "low", priority: 5, scopes: ["bookings:read"] });
    expect(high!.calendar_id).toBe(await server.owner.defaultCalendarId());
    expect(await server.stop()).toBe(0);
  });
});
