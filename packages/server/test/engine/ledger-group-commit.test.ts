// The ledger around the engine stores the commands submitted together in one transaction (group
// commit). Each must still be decided on the state its predecessors left, numbered without gaps,
// answered only after the commit, and a failing one must roll back alone.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { getBooking, type Command } from "../../src/engine/index.ts";
import { Ledger } from "../../src/shell/ledger.ts";
import type { LoggedCommand } from "../../src/shell/logged-command.ts";
import type { Db } from "../../src/store/db.ts";
import { migrate } from "../../src/store/migrations.ts";
import { openSqlite } from "../../src/store/sqlite.ts";
import { HOUR, T0 } from "./harness.ts";

const ctx = { workspace_id: "ws", request_id: "req", method: "POST", path: "/test", actor: { type: "system" as const } };
const cmd =
  (body: Record<string, unknown>) =>
  (seq: number, at: number): LoggedCommand => ({ command: { ...body, seq, at } as Command, ctx });
const write = (id: string, hour: number) =>
  cmd({
    type: "bookings.write",
    writes: [
      { booking_id: id, agent_id: "a", calendar_id: "cal", start: T0 + hour * HOUR, end: T0 + (hour + 1) * HOUR, mode: "commit", seq: 0 },
    ],
  });

let dbs: Db[] = [];
afterEach(async () => {
  for (const db of dbs) await db.close();
  dbs = [];
});

async function openLedger(file = path.join(mkdtempSync(path.join(tmpdir(), "agentdraft-ledger-")), "db.sqlite")) {
  const db = openSqlite(file);
  dbs.push(db);
  await migrate(db);
  const ledger = new Ledger(db, "ws", { now: () => T0 - HOUR });
  await ledger.init();
  return { db, ledger, file };
}

describe("group commit", () => {
  it("stores a same-tick group in order, each decided on its predecessors' state", async () => {
    const { db, ledger, file } = await openLedger();
    // Submitted in one tick: they form one group, and each depends on the one before.
    const all = await Promise.all([
      ledger.execute(cmd({ type: "calendar.configure", calendar_id: "cal", workspace_id: "ws" })),
      ledger.execute(cmd({ type: "agent.upsert", agent_id: "a", workspace_id: "ws", priority: 1 })),
      ledger.execute(write("b1", 1)),
      ledger.execute(write("b2", 1)), // same slot, same agent: slot_taken by b1
    ]);
    expect(all.map((e) => e.logged.command.seq)).toEqual([1, 2, 3, 4]);
    expect(all.map((e) => e.decision?.reply.kind)).toEqual(["calendar", "agent", "writes", "writes"]);
    const results = all.slice(2).map((e) => (e.decision!.reply as { results: { ok: boolean }[] }).results[0]!.ok);
    expect(results).toEqual([true, false]);
    expect(ledger.lastSeq).toBe(4);
    const rows = await db.all<{ seq: number }>(`SELECT seq FROM commands ORDER BY seq`);
    expect(rows.map((r) => Number(r.seq))).toEqual([1, 2, 3, 4]);
    // A fresh ledger replaying the log reaches the same state.
    const again = await openLedger(file);
    expect(again.ledger.state).toEqual(ledger.state);
  });

  it("rolls back only the command whose transaction work failed; the next one takes its number", async () => {
    const { db, ledger } = await openLedger();
    await ledger.execute(cmd({ type: "calendar.configure", calendar_id: "cal", workspace_id: "ws" }));
    await ledger.execute(cmd({ type: "agent.upsert", agent_id: "a", workspace_id: "ws", priority: 1 }));
    const boom = new Error("render failed");
    const [one, two, three] = await Promise.allSettled([
      ledger.execute(write("w1", 2), async (tx) => {
        await tx.run(`INSERT INTO meta (key, value) VALUES ('one', 'kept')`);
      }),
      ledger.execute(write("w2", 3), async (tx) => {
        await tx.run(`INSERT INTO meta (key, value) VALUES ('two', 'gone')`);
        throw boom;
      }),
      ledger.execute(write("w3", 3)), // would have lost to w2, which never happened
    ]);
    expect(one.status).toBe("fulfilled");
    expect(two).toEqual({ status: "rejected", reason: boom });
    expect(three.status).toBe("fulfilled");
    if (three.status !== "fulfilled" || one.status !== "fulfilled") return;
    expect([one.value.logged.command.seq, three.value.logged.command.seq]).toEqual([3, 4]);
    expect((three.value.decision!.reply as { results: { ok: boolean }[] }).results[0]!.ok).toBe(true);
    expect(getBooking(ledger.state, "w2")).toBeUndefined();
    expect(getBooking(ledger.state, "w3")?.status).toBe("COMMITTED");
    expect((await db.all<{ key: string }>(`SELECT key FROM meta WHERE key IN ('one', 'two')`)).map((r) => r.key)).toEqual(["one"]);
    expect((await db.all<{ seq: number }>(`SELECT seq FROM commands ORDER BY seq`)).map((r) => Number(r.seq))).toEqual([1, 2, 3, 4]);
    expect((await db.all<{ booking_id: string }>(`SELECT booking_id FROM bookings ORDER BY booking_id`)).map((r) => r.booking_id)).toEqual([
      "w1",
      "w3",
    ]);
  });

  it("a lone command that fails leaves memory and store untouched", async () => {
    const { db, ledger } = await openLedger();
    await ledger.execute(cmd({ type: "calendar.configure", calendar_id: "cal", workspace_id: "ws" }));
    const before = ledger.state;
    await expect(
      ledger.execute(cmd({ type: "agent.upsert", agent_id: "a", workspace_id: "ws", priority: 1 }), async () => {
        throw new Error("no");
      }),
    ).rejects.toThrow("no");
    expect(ledger.state).toBe(before);
    expect(ledger.lastSeq).toBe(1);
    expect((await db.all(`SELECT seq FROM commands`)).length).toBe(1);
  });
});
