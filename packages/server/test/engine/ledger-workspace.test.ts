// A ledger serves one workspace: its log is numbered on its own, a command of another workspace
// never reaches its store, and every K commands a snapshot is stored in the same transaction as the
// command that reached it; a ledger loaded from that snapshot plus the tail is the same ledger.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Command } from "../../src/engine/index.ts";
import { Ledger } from "../../src/shell/ledger.ts";
import { Ledgers } from "../../src/shell/ledgers.ts";
import type { LoggedCommand } from "../../src/shell/logged-command.ts";
import type { Db } from "../../src/store/db.ts";
import { migrate } from "../../src/store/migrations.ts";
import { openSqlite } from "../../src/store/sqlite.ts";
import { HOUR, T0 } from "./harness.ts";

const ctxOf = (ws: string) => ({ workspace_id: ws, request_id: "req", method: "POST", path: "/test", actor: { type: "system" as const } });
const cmd =
  (ws: string, body: Record<string, unknown>) =>
  (seq: number, at: number): LoggedCommand => ({ command: { ...body, seq, at } as Command, ctx: ctxOf(ws) });
const setup = (ws: string) => [
  cmd(ws, { type: "calendar.configure", calendar_id: `cal_${ws}`, workspace_id: ws }),
  cmd(ws, { type: "agent.upsert", agent_id: `a_${ws}`, workspace_id: ws, priority: 1 }),
];
const write = (ws: string, id: string, hour: number) =>
  cmd(ws, {
    type: "bookings.write",
    writes: [
      {
        booking_id: id,
        agent_id: `a_${ws}`,
        calendar_id: `cal_${ws}`,
        start: T0 + hour * HOUR,
        end: T0 + (hour + 1) * HOUR,
        mode: "commit",
        seq: 0,
      },
    ],
  });

let dbs: Db[] = [];
afterEach(async () => {
  for (const db of dbs) await db.close();
  dbs = [];
});

async function store() {
  const db = openSqlite(path.join(mkdtempSync(path.join(tmpdir(), "agentdraft-ws-")), "db.sqlite"));
  dbs.push(db);
  await migrate(db);
  return db;
}

describe("per-workspace ledger", () => {
  it("numbers each workspace's log on its own and never stores another workspace's command", async () => {
    const db = await store();
    const ledgers = new Ledgers(db, { now: () => T0 - HOUR });
    for (const make of [...setup("ws_a"), ...setup("ws_b")]) await ledgers.execute(make(0, 0).ctx.workspace_id, make);
    const a = await ledgers.execute("ws_a", write("ws_a", "b1", 1));
    const b = await ledgers.execute("ws_b", write("ws_b", "b1", 1)); // same booking id, other workspace
    expect([a.logged.command.seq, b.logged.command.seq]).toEqual([3, 3]);
    expect(a.audit[0]!.event_id).not.toBe(b.audit[0]!.event_id);
    await expect(ledgers.execute("ws_a", write("ws_b", "b2", 2))).rejects.toThrow("reached the ledger of ws_a");
    const rows = await db.all<{ workspace_id: string; seq: number }>(`SELECT workspace_id, seq FROM commands ORDER BY workspace_id, seq`);
    expect(rows.map((r) => `${r.workspace_id}#${Number(r.seq)}`)).toEqual(["ws_a#1", "ws_a#2", "ws_a#3", "ws_b#1", "ws_b#2", "ws_b#3"]);
  });

  it("stores a snapshot every K commands with the command that reached it; snapshot + tail = the same ledger", async () => {
    const db = await store();
    const ledger = new Ledger(db, "ws_a", { now: () => T0 - HOUR, snapshotEvery: 3 });
    await ledger.init();
    for (const make of setup("ws_a")) await ledger.execute(make);
    const snapshotsAfter = async () => (await db.all<{ seq: number }>(`SELECT seq FROM snapshots ORDER BY seq`)).map((r) => Number(r.seq));
    expect(await snapshotsAfter()).toEqual([]);
    // The third command fails inside its transaction: no command, no snapshot.
    await expect(ledger.execute(write("ws_a", "x", 1), async () => Promise.reject(new Error("no")))).rejects.toThrow("no");
    expect(await snapshotsAfter()).toEqual([]);
    await ledger.execute(write("ws_a", "b1", 1));
    expect(await snapshotsAfter()).toEqual([3]);
    await ledger.execute(write("ws_a", "b2", 2));

    const loaded = new Ledger(db, "ws_a", { now: () => T0 - HOUR, snapshotEvery: 3 });
    expect(await loaded.init()).toBe(1); // one command after the snapshot
    expect(loaded.lastSnapshotSeq).toBe(3);
    expect(loaded.state).toEqual(ledger.state);
    expect(loaded.lastSeq).toBe(4);
    expect(Buffer.from(loaded.auditRoot())).toEqual(Buffer.from(ledger.auditRoot()));
    expect(loaded.auditSize).toBe(ledger.auditSize);
    // Both go on alike: the loaded one decides the next command as the original would have.
    const next = await loaded.execute(write("ws_a", "b3", 2));
    expect((next.decision!.reply as { results: { ok: boolean }[] }).results[0]!.ok).toBe(false);
    await loaded.snapshot();
    expect(await snapshotsAfter()).toEqual([3, 5]);
  });

  it("drops the least recently used idle workspace beyond the budget, and reloads it on use", async () => {
    const db = await store();
    const ledgers = new Ledgers(db, { now: () => T0 - HOUR, cacheWorkspaces: 1 });
    for (const make of setup("ws_a")) await ledgers.execute("ws_a", make);
    const lease = await ledgers.acquire("ws_a");
    for (const make of setup("ws_b")) await ledgers.execute("ws_b", make);
    // ws_a is held: the cache goes over its budget rather than drop it.
    expect(
      ledgers
        .loaded()
        .map((l) => l.workspaceId)
        .sort(),
    ).toEqual(["ws_a", "ws_b"]);
    lease.release();
    expect(ledgers.loaded().map((l) => l.workspaceId)).toEqual(["ws_b"]);
    const before = ledgers.loads;
    const again = await ledgers.use("ws_a", async (l) => l);
    expect(ledgers.loads).toBe(before + 1);
    expect(again.lastSeq).toBe(2);
    expect(ledgers.loaded().map((l) => l.workspaceId)).toEqual(["ws_a"]);
  });
});
