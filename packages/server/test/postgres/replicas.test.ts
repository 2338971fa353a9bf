// Several stateless replicas on one PostgreSQL keep every guarantee of a single server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { restartSuitePostgres } from "../../src/testing.ts";
import { agentFor, Owner, replayStoreOf, slot, startServer, type ServerProcess, type TestAgent } from "../support/server-process.ts";

/** N replicas of one store (same data dir → same PostgreSQL database). */
async function replicas(n: number, dataDir?: string): Promise<ServerProcess[]> {
  const first = await startServer(dataDir ? { dataDir } : {});
  const rest = await Promise.all(Array.from({ length: n - 1 }, () => startServer({ dataDir: first.dataDir })));
  return [first, ...rest];
}

/** The same agent, talking to replica `r`. */
const via = (a: TestAgent, r: ServerProcess) => agentFor(r.url, a.agent_id, a.key, a.priority, a.name);

describe.each([2, 3])("%i replicas on one PostgreSQL", (n) => {
  let servers: ServerProcess[];
  let agents: TestAgent[];

  beforeAll(async () => {
    servers = await replicas(n);
    const owner = await Owner.signIn(servers[0]!.url);
    await owner.configure({ arbitration_window_ms: 250 }); // tolerance for CI jitter, as in race.test.ts
    agents = [];
    for (let p = 1; p <= 5; p++) agents.push(await owner.createAgent(`replica-${p}`, p));
  });

  afterAll(async () => {
    for (const s of servers) expect(await s.stop()).toBe(0);
  });

  it("100 rounds × 5 agents spread across replicas: exactly one 201, always priority 1", { timeout: 120_000 }, async () => {
    for (let round = 0; round < 100; round++) {
      const body = slot(24 + round);
      const replies = await Promise.all(
        agents.map((a, i) =>
          via(a, servers[(i + round) % n]!)
            .call("POST", "/v1/bookings", { body })
            .then((r) => ({ a, r })),
        ),
      );
      const winners = replies.filter(({ r }) => r.status === 201);
      expect(
        winners.map(({ a }) => a.priority),
        `round ${round}`,
      ).toEqual([1]);
      for (const { r } of replies.filter(({ r }) => r.status !== 201)) {
        expect(r.status).toBe(409);
        expect(r.body).toMatchObject({ code: "outranked", winning_agent_id: agents[0]!.agent_id, winning_agent_priority: 1 });
      }
    }
  });

  it("an idempotent retry sent to another replica replays the original", async () => {
    const body = slot(500);
    const headers = { "idempotency-key": `cross-${n}` };
    const first = await via(agents[1]!, servers[0]!).call("POST", "/v1/bookings", { body, headers });
    expect(first.status).toBe(201);
    for (const s of servers.slice(1)) {
      const again = await via(agents[1]!, s).call("POST", "/v1/bookings", { body, headers });
      expect(again.status).toBe(201);
      expect(again.headers.get("idempotent-replayed")).toBe("true");
      expect(again.body).toEqual(first.body);
    }
    // Concurrent duplicates on different replicas still make one booking.
    const body2 = slot(501);
    const concurrent = await Promise.all(
      servers.map((s) => via(agents[2]!, s).call("POST", "/v1/bookings", { body: body2, headers: { "idempotency-key": `dup-${n}` } })),
    );
    expect(new Set(concurrent.map((r) => r.body.booking_id)).size).toBe(1);
  });

  it("a key revoked through one replica fails at once on every replica (no replica caches keys, docs/security.md §3)", async () => {
    const owner = await Owner.signIn(servers[0]!.url);
    const temp = await owner.createAgent(`revoked-${n}`, 3);
    // Every replica has just authenticated the key.
    for (const s of servers) expect((await via(temp, s).call("GET", "/v1/agents/me")).status).toBe(200);
    expect((await owner.call("POST", `/v1/dashboard/agents/${temp.agent_id}/revoke`)).status).toBe(200);
    for (const s of servers) expect((await via(temp, s).call("GET", "/v1/agents/me")).status).toBe(401);
  });

  it("keeps one linear audit log (no forks) that every replica proves", async () => {
    const checkpoints = await Promise.all(servers.map((s) => via(agents[0]!, s).call("GET", "/v1/audit/checkpoint")));
    expect(new Set(checkpoints.map((c) => c.body.root_hash)).size).toBe(1);
    const events = await via(agents[0]!, servers[n - 1]!).call("GET", "/v1/audit?limit=200");
    expect(events.body.data.map((e: { seq: number }) => e.seq)).toEqual(events.body.data.map((_: unknown, i: number) => i));
  });
});

describe("PostgreSQL restarted under a stream of commits", () => {
  it("answers only 201, 409 or 503, keeps every 201, and the log still verifies", { timeout: 120_000 }, async () => {
    const servers = await replicas(2);
    const owner = await Owner.signIn(servers[0]!.url);
    const agents = await Promise.all([1, 2, 3].map((p) => owner.createAgent(`restart-${p}`, p)));
    const acked: { agent: TestAgent; id: string }[] = [];
    const statuses = new Map<number, number>();
    let n = 0;
    const deadline = Date.now() + 6_000;

    const restart = (async () => {
      await new Promise((r) => setTimeout(r, 1_500));
      await restartSuitePostgres(1_000);
    })();

    const writers = Promise.all(
      [0, 1, 2, 3].map(async () => {
        while (Date.now() < deadline) {
          const i = n++;
          const agent = agents[i % 3]!;
          const r = await via(agent, servers[i % 2]!).call("POST", "/v1/bookings", {
            body: slot(1000 + i),
            headers: { "idempotency-key": `restart_${i}` },
          });
          statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
          if (r.status === 201) acked.push({ agent, id: r.body.booking_id });
          else if (r.status === 503) expect(r.body.code).toBe("unavailable");
          else expect(r.status).toBe(409);
        }
      }),
    );
    // Let the database come back before judging, whatever the writers saw.
    const [written] = await Promise.allSettled([writers, restart]);
    if (written.status === "rejected") throw written.reason;
    expect(
      [...statuses.keys()].every((s) => [201, 409, 503].includes(s)),
      JSON.stringify([...statuses]),
    ).toBe(true);
    expect(statuses.get(201)).toBeGreaterThan(10);
    // The restart really cut writes off (in-flight transactions rolled back → 503, never 500).
    expect(statuses.get(503)).toBeGreaterThanOrEqual(1);

    for (const { agent, id } of acked) {
      const read = await via(agent, servers[0]!).call("GET", `/v1/bookings/${id}`);
      expect(read.status).toBe(200);
      expect(read.body.status).toBe("COMMITTED");
    }
    for (const s of servers) expect(await s.stop()).toBe(0);
    const replay = await replayStoreOf(servers[0]!.dataDir);
    expect(replay.status, replay.stderr).toBe(0);
  });
});
