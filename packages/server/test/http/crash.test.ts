// kill -9 under a stream of commits: every acknowledged booking survives the restart, the store
// still matches its command log, and idempotent retries replay the acknowledged responses.
import { describe, expect, it } from "vitest";
import { agentFor, Owner, replayStoreOf, slot, startServer, type TestAgent } from "../support/server-process.ts";

describe("crash safety", () => {
  it("keeps every 201 across three kill -9 restarts", { timeout: 60_000 }, async () => {
    let server = await startServer();
    const owner = await Owner.signIn(server.url);
    let agents: TestAgent[] = await Promise.all([1, 2, 3].map((p) => owner.createAgent(`crash-${p}`, p)));
    const acked = new Map<string, { agent: number; body: { start: string; end: string }; booking: Record<string, unknown> }>();
    let n = 0;

    for (let cycle = 0; cycle < 3; cycle++) {
      const stopAt = Date.now() + 200 + Math.random() * 400;
      const killed = (async () => {
        while (Date.now() < stopAt) await new Promise((r) => setTimeout(r, 10));
        await server.stop("SIGKILL");
      })();
      // Four writers in parallel, each with its own non-overlapping slots, until the process dies.
      await Promise.all(
        [0, 1, 2, 3].map(async (w) => {
          for (;;) {
            const i = n++;
            const key = `crash_${i}`;
            const body = slot(100 + i);
            const agent = i % agents.length;
            try {
              const r = await agents[agent]!.call("POST", "/v1/bookings", { body, headers: { "idempotency-key": key } });
              if (r.status === 201) acked.set(key, { agent, body, booking: r.body });
              else throw new Error(`unexpected ${r.status} ${JSON.stringify(r.body)}`);
            } catch (error) {
              if ((error as Error).message.startsWith("unexpected")) throw error;
              return; // connection refused/reset: the server is gone
            }
            void w;
          }
        }),
      );
      await killed;
      server = await startServer({ dataDir: server.dataDir });
      agents = agents.map((a) => agentFor(server.url, a.agent_id, a.key, a.priority, a.name));

      for (const [key, { agent, body, booking }] of acked) {
        const read = await agents[agent]!.call("GET", `/v1/bookings/${booking.booking_id as string}`);
        expect(read.status, key).toBe(200);
        expect(read.body.status).toBe("COMMITTED");
        const retry = await agents[agent]!.call("POST", "/v1/bookings", { body, headers: { "idempotency-key": key } });
        expect(retry.status).toBe(201);
        expect(retry.headers.get("idempotent-replayed")).toBe("true");
        expect(retry.body).toEqual(booking);
      }
    }
    expect(acked.size).toBeGreaterThan(10);

    // No two active bookings overlap, and the log replays to exactly what is stored.
    const active = (await agents[0]!.call("GET", "/v1/bookings?status=COMMITTED&limit=200")).body.data as { start: string; end: string }[];
    const sorted = active.map((b) => [Date.parse(b.start), Date.parse(b.end)] as const).sort((x, y) => x[0] - y[0]);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]![0]).toBeGreaterThanOrEqual(sorted[i - 1]![1]);
    expect(await server.stop()).toBe(0);
    const replay = await replayStoreOf(server.dataDir);
    expect(replay.status, replay.stderr).toBe(0);
  });
});
