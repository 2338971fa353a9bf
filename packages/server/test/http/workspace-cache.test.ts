// Workspaces load lazily into a bounded cache: one that is dropped and loaded again (from its
// latest snapshot plus the tail of its log) answers exactly as before, and its log goes on.
import { describe, expect, it } from "vitest";
import { Owner, replayStoreOf, slot, startServer, storeQuery, type ServerProcess, type TestAgent } from "../support/server-process.ts";

interface Loaded {
  workspace_id: string;
  snapshot_seq: number;
  tail: number;
}

/** The server's "workspace loaded" log lines (debug level), in order. */
function loads(server: ServerProcess): Loaded[] {
  return server
    .stderr()
    .split("\n")
    .filter((l) => l.includes('"workspace loaded"'))
    .map((l) => JSON.parse(l) as Loaded);
}

async function view(agent: TestAgent) {
  const bookings = await agent.call("GET", "/v1/bookings?limit=200");
  const checkpoint = await agent.call("GET", "/v1/audit/checkpoint");
  const events = await agent.call("GET", "/v1/audit?limit=200");
  return { bookings: bookings.body, checkpoint: checkpoint.body, events: events.body };
}

describe("workspace cache", () => {
  it("an evicted workspace reloads from its snapshot with the same bookings, audit root and checkpoint", { timeout: 60_000 }, async () => {
    const server = await startServer({ args: ["--cache-workspaces", "1", "--snapshot-every", "5"], env: { LOG_LEVEL: "debug" } });
    try {
      const ownerA = await Owner.signIn(server.url);
      const a = await ownerA.createAgent("cache-a", 1);
      for (let i = 0; i < 8; i++) expect((await a.call("POST", "/v1/bookings", { body: slot(10 + i) })).status).toBe(201);
      const held = await a.call("POST", "/v1/bookings", { body: { ...slot(30), mode: "hold", hold_ttl_seconds: 600 } });
      expect(held.status).toBe(201);
      const before = await view(a);
      const wsA = (await ownerA.call("GET", "/v1/dashboard/workspace")).body.workspace_id as string;

      // A second workspace takes the only cache slot: A is dropped (nothing holds it).
      const ownerB = await Owner.signIn(server.url);
      const b = await ownerB.createAgent("cache-b", 1);
      expect((await b.call("POST", "/v1/bookings", { body: slot(10) })).status).toBe(201);

      const after = await view(a);
      expect(after).toEqual(before);
      // Loaded at sign-in, then again after the eviction (the hold sweeper may have loaded it in between too).
      const loadsOfA = loads(server).filter((l) => l.workspace_id === wsA);
      expect(loadsOfA.length).toBeGreaterThanOrEqual(2);
      const reload = loadsOfA.at(-1);
      const last = (
        await storeQuery<{ last: number }>(server.dataDir, `SELECT max(seq) AS last FROM commands WHERE workspace_id = ?`, [wsA])
      )[0]!.last;
      expect(reload!.snapshot_seq).toBeGreaterThanOrEqual(5);
      expect(reload!.snapshot_seq + reload!.tail).toBe(Number(last));

      // The reloaded state decides as the old one would: a booked slot is taken, the hold commits.
      const over = await a.call("POST", "/v1/bookings", { body: slot(10) });
      expect([over.status, over.body.code], JSON.stringify(over.body)).toEqual([409, "slot_taken"]);
      expect((await a.call("POST", `/v1/bookings/${held.body.booking_id as string}/commit`)).body.status).toBe("COMMITTED");
    } finally {
      expect(await server.stop()).toBe(0);
    }
    // Replay from genesis agrees with every stored snapshot (several, plus the one of the clean stop).
    const replay = await replayStoreOf(server.dataDir);
    expect(replay.status, replay.stderr).toBe(0);
    expect(replay.stdout).toMatch(/checked [2-9]\d* snapshots/);
  });

  it("replay reports a snapshot that differs from the log, and never trusts it", { timeout: 60_000 }, async () => {
    const server = await startServer({ args: ["--snapshot-every", "3"] });
    const owner = await Owner.signIn(server.url);
    const a = await owner.createAgent("snap", 1);
    for (let i = 0; i < 4; i++) await a.call("POST", "/v1/bookings", { body: slot(40 + i) });
    expect(await server.stop()).toBe(0);
    const [snap] = await storeQuery<{ workspace_id: string; seq: number; state: string }>(
      server.dataDir,
      `SELECT workspace_id, seq, state FROM snapshots ORDER BY seq LIMIT 1`,
    );
    const state = JSON.parse(snap!.state) as { agents: Record<string, { priority: number }> };
    for (const agent of Object.values(state.agents)) agent.priority = 9;
    await storeQuery(server.dataDir, `UPDATE snapshots SET state = ? WHERE workspace_id = ? AND seq = ?`, [
      JSON.stringify(state),
      snap!.workspace_id,
      snap!.seq,
    ]);
    const replay = await replayStoreOf(server.dataDir);
    expect(replay.status).toBe(1);
    expect(replay.stderr).toContain(`snapshot ${snap!.workspace_id}@${snap!.seq} differs from the replayed engine state`);
  });
});
