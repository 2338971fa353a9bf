// kill -9 under load with frequent snapshots: no acknowledged write is lost, the next start loads
// the workspace from its latest snapshot (written in the transaction of the command that reached
// it) plus the commands after it, and replay from genesis agrees with every snapshot.
import { describe, expect, it } from "vitest";
import { agentFor, Owner, replayStoreOf, slot, startServer, storeQuery, type ServerProcess } from "../support/server-process.ts";

const loadsOf = (server: ServerProcess, ws: string) =>
  server
    .stderr()
    .split("\n")
    .filter((l) => l.includes('"workspace loaded"'))
    .map((l) => JSON.parse(l) as { workspace_id: string; snapshot_seq: number; tail: number })
    .filter((l) => l.workspace_id === ws);

describe("crash with snapshots", () => {
  it("loses no acknowledged write, and the next start uses the snapshot", { timeout: 60_000 }, async () => {
    const args = ["--snapshot-every", "10"];
    const env = { LOG_LEVEL: "debug" };
    let server = await startServer({ args, env });
    const owner = await Owner.signIn(server.url);
    const ws = (await owner.call("GET", "/v1/dashboard/workspace")).body.workspace_id as string;
    const agent = await owner.createAgent("crash-snap", 1);
    const acked = new Map<string, { body: { start: string; end: string }; booking: Record<string, unknown> }>();
    let n = 0;
    // Killed mid-stream once enough writes were acknowledged for several snapshots (K = 10), however
    // slow the machine: a count, not a clock, decides when.
    const deadline = Date.now() + 30_000;
    const killed = (async () => {
      while (acked.size < 40 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
      await server.stop("SIGKILL");
    })();
    await Promise.all(
      [0, 1, 2, 3].map(async () => {
        for (;;) {
          const i = n++;
          const key = `snap_${i}`;
          const body = slot(100 + i);
          try {
            const r = await agent.call("POST", "/v1/bookings", { body, headers: { "idempotency-key": key } });
            if (r.status !== 201) throw new Error(`unexpected ${r.status} ${JSON.stringify(r.body)}`);
            acked.set(key, { body, booking: r.body });
          } catch (error) {
            if ((error as Error).message.startsWith("unexpected")) throw error;
            return; // the server is gone
          }
        }
      }),
    );
    await killed;
    expect(acked.size).toBeGreaterThanOrEqual(40);

    server = await startServer({ dataDir: server.dataDir, args, env });
    const again = agentFor(server.url, agent.agent_id, agent.key, 1, agent.name);
    for (const [key, { body, booking }] of acked) {
      const read = await again.call("GET", `/v1/bookings/${booking.booking_id as string}`);
      expect([read.status, read.body.status], key).toEqual([200, "COMMITTED"]);
      const retry = await again.call("POST", "/v1/bookings", { body, headers: { "idempotency-key": key } });
      expect(retry.headers.get("idempotent-replayed")).toBe("true");
      expect(retry.body).toEqual(booking);
    }
    const last = (
      await storeQuery<{ last: number }>(server.dataDir, `SELECT max(seq) AS last FROM commands WHERE workspace_id = ?`, [ws])
    )[0]!.last;
    const [load] = loadsOf(server, ws);
    expect(load!.snapshot_seq).toBeGreaterThan(0);
    expect(load!.snapshot_seq + load!.tail).toBe(Number(last));
    expect(await server.stop()).toBe(0);

    const replay = await replayStoreOf(server.dataDir);
    expect(replay.status, replay.stderr).toBe(0);
  });
});
