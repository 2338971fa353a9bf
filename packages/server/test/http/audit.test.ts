// The audit log over HTTP: signed checkpoints, inclusion and consistency proofs that verify offline,
// and tampering with the stored log that verification and replay both detect.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventLeafHash, type AuditEvent } from "../../src/audit/index.ts";
import {
  agentFor,
  Owner,
  replayStoreOf,
  slot,
  startServer,
  storeQuery,
  type ServerProcess,
  type TestAgent,
} from "../support/server-process.ts";
import { verifyCheckpoint, verifyConsistencyProof, verifyInclusionProof } from "../../../audit/src/index.ts";
const b = (s: string) => Buffer.from(s, "base64");

let server: ServerProcess;
let agent: TestAgent;
let rival: TestAgent;

async function checkpoint(a: TestAgent) {
  const cp = (await a.call("GET", "/v1/audit/checkpoint")).body;
  const verified = await verifyCheckpoint(cp.checkpoint, cp.verifier_key, { expectedOrigin: cp.origin });
  expect(verified.treeSize).toBe(cp.tree_size);
  expect(Buffer.from(verified.rootHash).toString("base64")).toBe(cp.root_hash);
  return cp as { tree_size: number; root_hash: string; checkpoint: string; verifier_key: string; origin: string };
}

async function inclusionVerifies(a: TestAgent, eventId: string, root: string, size: number): Promise<boolean> {
  const p = (await a.call("GET", `/v1/audit/events/${eventId}/inclusion?tree_size=${size}`)).body;
  const leaf = eventLeafHash(p.event as AuditEvent);
  return await verifyInclusionProof(leaf, p.leaf_index, p.tree_size, p.proof.map(b), b(root));
}

beforeAll(async () => {
  server = await startServer();
  const owner = await Owner.signIn(server.url);
  agent = await owner.createAgent("auditor", 1);
  rival = await owner.createAgent("rival", 2);
});

afterAll(async () => {
  await server.stop();
});

describe("audit log", () => {
  it("records every command, accepted or rejected, and each response names its event", async () => {
    const s = slot(60);
    const won = await agent.call("POST", "/v1/bookings", { body: s });
    const lost = await rival.call("POST", "/v1/bookings", { body: s });
    const events = (await agent.call("GET", "/v1/audit?limit=200")).body.data as AuditEvent[];
    const byId = new Map(events.map((e) => [e.event_id, e]));
    expect(byId.get(won.body.audit_event_id)).toMatchObject({ action: "booking.committed", resource: won.body.booking_id });
    expect(byId.get(lost.body.audit_event_id)).toMatchObject({
      action: "booking.rejected",
      actor: { type: "agent", agent_id: rival.agent_id },
      outcome: { rejection: { code: "outranked", winning_booking_id: won.body.booking_id } },
    });
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i));
  });

  it("serves a signed checkpoint and proofs that verify offline", async () => {
    const before = await checkpoint(agent);
    const booked = await agent.call("POST", "/v1/bookings", { body: slot(61) });
    const after = await checkpoint(agent);
    expect(after.tree_size).toBeGreaterThan(before.tree_size);
    expect(await inclusionVerifies(agent, booked.body.audit_event_id, after.root_hash, after.tree_size)).toBe(true);
    const c = (await agent.call("GET", `/v1/audit/consistency?from_size=${before.tree_size}&to_size=${after.tree_size}`)).body;
    expect(await verifyConsistencyProof(before.tree_size, after.tree_size, b(before.root_hash), b(after.root_hash), c.proof.map(b))).toBe(
      true,
    );
    // A forged root fails.
    const forged = Buffer.alloc(32, 7).toString("base64");
    expect(await verifyConsistencyProof(before.tree_size, after.tree_size, b(before.root_hash), b(forged), c.proof.map(b))).toBe(false);
  });

  it("serves proofs while commands commit: every one 200 and verifying, none a 500", async () => {
    // A proof read while other commands commit once compared the leaves it read with the ledger's
    // size and root as they were after the read, and could answer 500 (the fuzz test hit it once).
    const first = await agent.call("POST", "/v1/bookings", { body: slot(500) });
    const eventId = first.body.audit_event_id as string;
    const [writes, proofs] = await Promise.all([
      Promise.all(Array.from({ length: 40 }, (_, i) => agent.call("POST", "/v1/bookings", { body: slot(501 + i) }))),
      Promise.all(Array.from({ length: 40 }, () => agent.call("GET", `/v1/audit/events/${eventId}/inclusion`))),
    ]);
    expect(writes.map((w) => w.status)).toEqual(writes.map(() => 201));
    expect(proofs.map((p) => p.status)).toEqual(proofs.map(() => 200));
    for (const p of proofs) {
      const cp = (await agent.call("GET", `/v1/audit/checkpoint`)).body;
      const again = (await agent.call("GET", `/v1/audit/events/${eventId}/inclusion?tree_size=${p.body.tree_size}`)).body;
      expect(again.proof).toEqual(p.body.proof);
      expect(cp.tree_size).toBeGreaterThanOrEqual(p.body.tree_size);
    }
    const cp = await checkpoint(agent);
    expect(await inclusionVerifies(agent, eventId, cp.root_hash, cp.tree_size)).toBe(true);
  });

  it("detects an edited, deleted or reordered stored event", async () => {
    const booked = await agent.call("POST", "/v1/bookings", { body: slot(62) });
    const cp = await checkpoint(agent);
    expect(await server.stop()).toBe(0);
    const replayClean = await replayStoreOf(server.dataDir);
    expect(replayClean.status, replayClean.stderr).toBe(0);

    const dir = server.dataDir;
    const [row] = await storeQuery<{ workspace_id: string; seq: number; body: string }>(
      dir,
      `SELECT workspace_id, seq, body FROM audit_events WHERE event_id = ?`,
      [booked.body.audit_event_id],
    );
    const edited = JSON.parse(row!.body) as AuditEvent;
    edited.outcome = { ...edited.outcome, agent_id: rival.agent_id };
    await storeQuery(dir, `UPDATE audit_events SET body = ? WHERE event_id = ?`, [JSON.stringify(edited), booked.body.audit_event_id]);
    // Delete the event before it and swap two older ones.
    await storeQuery(dir, `DELETE FROM audit_events WHERE workspace_id = ? AND seq = ?`, [row!.workspace_id, Number(row!.seq) - 1]);
    const [x, y] = await storeQuery<{ seq: number; body: string }>(
      dir,
      `SELECT seq, body FROM audit_events WHERE workspace_id = ? ORDER BY seq LIMIT 2`,
      [row!.workspace_id],
    );
    await storeQuery(dir, `UPDATE audit_events SET body = ? WHERE workspace_id = ? AND seq = ?`, [y!.body, row!.workspace_id, x!.seq]);
    await storeQuery(dir, `UPDATE audit_events SET body = ? WHERE workspace_id = ? AND seq = ?`, [x!.body, row!.workspace_id, y!.seq]);

    const replay = await replayStoreOf(dir);
    expect(replay.status).toBe(1);
    expect(replay.stderr).toContain(`(${booked.body.audit_event_id}) differs from its replay`);
    expect(replay.stderr).toContain("is missing from the store");
    expect(replay.stderr).toMatch(/#0 \(evt_\S+\) differs from its replay/);

    // The restarted server keeps the tree's frontier, not its leaves: the stored leaves no longer
    // rebuild the root it signed, so it refuses to prove from them rather than prove a tree it never signed.
    server = await startServer({ dataDir: server.dataDir });
    agent = agentFor(server.url, agent.agent_id, agent.key, agent.priority, agent.name);
    expect((await checkpoint(agent)).root_hash).toBe(cp.root_hash);
    const proof = await agent.call("GET", `/v1/audit/events/${booked.body.audit_event_id as string}/inclusion?tree_size=${cp.tree_size}`);
    expect([proof.status, proof.body.code]).toEqual([500, "internal"]);
    const consistency = await agent.call("GET", `/v1/audit/consistency?from_size=1&to_size=${cp.tree_size}`);
    expect([consistency.status, consistency.body.code]).toEqual([500, "internal"]);
    expect(server.stderr()).toContain("no longer matches its Merkle tree");
  });

  it("replay rebuilds the same bookings and audit roots from the command log", async () => {
    const tmp = await startServer();
    const owner = await Owner.signIn(tmp.url);
    const agents = await Promise.all([1, 2, 3].map((p) => owner.createAgent(`replay-${p}`, p)));
    for (let i = 0; i < 10; i++) {
      await Promise.all(agents.map((a) => a.call("POST", "/v1/bookings", { body: { ...slot(70 + i), mode: i % 2 ? "hold" : "commit" } })));
    }
    const cp = await checkpoint(agents[0]!);
    expect(await tmp.stop()).toBe(0);
    const replay = await replayStoreOf(tmp.dataDir);
    expect(replay.status, replay.stderr).toBe(0);
    expect(replay.stdout).toContain("the store matches its command log");
    expect(replay.stdout).toContain(`audit root ${Buffer.from(cp.root_hash, "base64").toString("hex")}`);
  });
});
