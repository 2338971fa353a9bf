// Per-agent token bucket: RateLimit headers on every agent response, 429 + Retry-After when empty.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Owner, slot, startServer, type ServerProcess, type TestAgent } from "../support/server-process.ts";

let server: ServerProcess;
let agent: TestAgent;
let other: TestAgent;

beforeAll(async () => {
  server = await startServer({ args: ["--rate-limit", "5", "--rate-refill", "1"] });
  const owner = await Owner.signIn(server.url);
  agent = await owner.createAgent("limited", 1);
  other = await owner.createAgent("neighbour", 2);
});

afterAll(async () => {
  await server.stop();
});

describe("rate limits", () => {
  it("counts down, then answers 429 with Retry-After; other agents are unaffected", async () => {
    const first = await agent.call("GET", "/v1/agents/me");
    expect(first.headers.get("ratelimit-policy")).toBe('"agent";q=5;w=5');
    expect(first.headers.get("ratelimit")).toMatch(/^"agent";r=4;t=\d+$/);
    const burst = await Promise.all(Array.from({ length: 6 }, () => agent.call("POST", "/v1/bookings", { body: slot(90) })));
    const limited = burst.filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThanOrEqual(2);
    for (const r of limited) {
      expect(r.body).toMatchObject({ code: "rate_limited", status: 429 });
      expect(r.body.retry_after_seconds).toBeGreaterThanOrEqual(1);
      expect(r.headers.get("retry-after")).toBe(String(r.body.retry_after_seconds));
      expect(r.headers.get("ratelimit")).toMatch(/^"agent";r=0;t=\d+$/);
    }
    // A limited request changed nothing: at most one booking exists for the slot.
    expect(burst.filter((r) => r.status === 201)).toHaveLength(1);
    expect((await other.call("GET", "/v1/agents/me")).status).toBe(200);

    await new Promise((r) => setTimeout(r, 1_100 * limited[0]!.body.retry_after_seconds));
    expect((await agent.call("GET", "/v1/agents/me")).status).toBe(200);
  });
});
