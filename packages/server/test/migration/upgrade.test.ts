// A data dir written by the release before the per-workspace ledger (commit e608e5c: one global
// command log) upgrades in place on first start: every booking, audit event and idempotency record
// is kept, each workspace's audit root is the one the old release computed, and replay agrees.
import { cpSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DatabaseSync } from "node:sqlite";
import { fileURLToPath } from "node:url";
import { migrations } from "../../src/store/migrations.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agentFor, replayStoreOf, startServer, storeQuery } from "../support/server-process.ts";

const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixture-e608e5c");
const expected = JSON.parse(readFileSync(path.join(FIXTURE, "expected.json"), "utf8")) as {
  commands: number;
  events: number;
  bookings: number;
  roots: Record<string, string>;
};
const agents = JSON.parse(readFileSync(path.join(FIXTURE, "agents.json"), "utf8")) as Record<string, { agent_id: string; key: string }>;

/** A copy of the fixture, untouched by the server (opening even read-only writes WAL files beside it). */
const pristine = mkdtempSync(path.join(tmpdir(), "agentdraft-fixture-"));
cpSync(path.join(FIXTURE, "agentdraft.db"), path.join(pristine, "agentdraft.db"));

/** The fixture's rows as the old release stored them. */
function original<T>(sql: string): T[] {
  const db = new DatabaseSync(path.join(pristine, "agentdraft.db"), { readOnly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

// The fixture is a SQLite data dir: this file always runs on SQLite, even in a worker that
// inherited the PostgreSQL project's admin URL (which makes the test servers use PostgreSQL).
const pgAdmin = process.env.AGENTDRAFT_TEST_PG_ADMIN_URL;
beforeAll(() => {
  delete process.env.AGENTDRAFT_TEST_PG_ADMIN_URL;
});
afterAll(() => {
  if (pgAdmin !== undefined) process.env.AGENTDRAFT_TEST_PG_ADMIN_URL = pgAdmin;
});

describe("upgrade from the global command log (e608e5c)", () => {
  it("keeps bookings, audit roots and idempotency records, and replay agrees", { timeout: 60_000 }, async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "agentdraft-upgrade-"));
    cpSync(path.join(FIXTURE, "agentdraft.db"), path.join(dataDir, "agentdraft.db"));
    const oldBookings = original<{ booking_id: string; workspace_id: string; body: string }>(
      `SELECT booking_id, workspace_id, body FROM bookings`,
    );
    const oldEvents = original<{ workspace_id: string; n: number }>(
      `SELECT workspace_id, count(*) AS n FROM audit_events GROUP BY workspace_id`,
    );
    expect(oldBookings).toHaveLength(expected.bookings);

    let server = await startServer({ dataDir });
    for (const [name, a] of Object.entries(agents)) {
      const agent = agentFor(server.url, a.agent_id, a.key, 1, name);
      const me = await agent.call("GET", "/v1/agents/me");
      expect(me.status, name).toBe(200);
      // Its priority comes from the engine state, and is the one the old release's column held.
      const [old] = original<{ priority: number }>(`SELECT priority FROM agents WHERE agent_id = '${a.agent_id}'`);
      expect(me.body.priority, name).toBe(Number(old!.priority));
      const list = await agent.call("GET", "/v1/bookings?limit=100");
      expect(list.status).toBe(200);
      const ws = (
        await storeQuery<{ workspace_id: string }>(dataDir, `SELECT workspace_id FROM agents WHERE agent_id = ?`, [a.agent_id])
      )[0]!.workspace_id;
      const mine = oldBookings.filter((b) => b.workspace_id === ws).map((b) => JSON.parse(b.body) as { booking_id: string });
      expect([...list.body.data].sort((x, y) => x.booking_id.localeCompare(y.booking_id))).toEqual(
        mine.sort((x, y) => x.booking_id.localeCompare(y.booking_id)),
      );
      const cp = await agent.call("GET", "/v1/audit/checkpoint");
      expect(Buffer.from(cp.body.root_hash as string, "base64").toString("hex")).toBe(expected.roots[ws]);
      expect(cp.body.tree_size).toBe(Number(oldEvents.find((e) => e.workspace_id === ws)!.n));
      // An old event still proves against the upgraded tree.
      const first = (await agent.call("GET", "/v1/audit?limit=1")).body.data[0] as { event_id: string };
      const proof = await agent.call("GET", `/v1/audit/events/${first.event_id}/inclusion`);
      expect(proof.status).toBe(200);
    }
    expect(await server.stop()).toBe(0);

    // The upgraded store replays to the roots the old release computed, and every row moved.
    const replay = await replayStoreOf(dataDir);
    expect(replay.status, replay.stderr).toBe(0);
    for (const [ws, root] of Object.entries(expected.roots)) expect(replay.stdout).toContain(`${ws} audit root ${root}`);
    expect(replay.stdout).toContain(
      `replayed ${expected.commands} commands → ${expected.events} audit events, ${expected.bookings} bookings`,
    );
    const keys = await storeQuery<{ workspace_id: string; agent_id: string }>(
      dataDir,
      `SELECT workspace_id, agent_id FROM idempotency ORDER BY key`,
    );
    const oldKeys = original<{ agent_id: string }>(`SELECT agent_id FROM idempotency ORDER BY key`);
    expect(keys.map((k) => k.agent_id)).toEqual(oldKeys.map((k) => k.agent_id));
    for (const k of keys) expect(k.workspace_id).toMatch(/^ws_/);
    expect((await storeQuery<{ v: number }>(dataDir, `SELECT max(version) AS v FROM schema_migrations`))[0]!.v).toBe(
      Math.max(...migrations.map((m) => m.version)),
    );
    // The write-only priority column is gone (each agent's priority still answered the same, above).
    const agentColumns = await storeQuery<{ name: string }>(dataDir, `SELECT name FROM pragma_table_info('agents')`);
    expect(agentColumns.map((c) => c.name)).not.toContain("priority");
    expect(agentColumns.map((c) => c.name)).toContain("scopes");
    // Every workspace got its own mailbox handle; the keys left the database for the key file.
    const handles = await storeQuery<{ mail_handle: string }>(dataDir, `SELECT mail_handle FROM workspaces`);
    for (const h of handles) expect(h.mail_handle).toMatch(/^[0-9a-f]{10}$/);
    expect(new Set(handles.map((h) => h.mail_handle)).size).toBe(handles.length);
    expect(await storeQuery(dataDir, `SELECT key FROM meta WHERE key IN ('hmac_secret', 'signing_key_seed')`)).toEqual([]);

    // The workspaces' logs go on from their own last sequence numbers, and the next replay agrees too.
    server = await startServer({ dataDir });
    const high = agentFor(server.url, agents["a-high"]!.agent_id, agents["a-high"]!.key, 1, "a-high");
    const booked = await high.call("POST", "/v1/bookings", { body: { start: "2031-02-01T10:00:00Z", end: "2031-02-01T10:30:00Z" } });
    expect(booked.status).toBe(201);
    expect(booked.body.audit_event_id).toMatch(/^evt_[a-z0-9]+_[0-9a-z]{6}_0$/);
    expect(await server.stop()).toBe(0);
    const again = await replayStoreOf(dataDir);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain(`replayed ${expected.commands + 1} commands`);
  });
});
