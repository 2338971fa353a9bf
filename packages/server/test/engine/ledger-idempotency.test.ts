// The ledger alone writes an idempotency record's response (docs/protocol.md §2.7), in the
// transaction of the command it answers: command, audit events, bookings and the record commit
// together or not at all, and a claim is marked stored only once that transaction committed.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Command } from "../../src/engine/index.ts";
import { Ledger } from "../../src/shell/ledger.ts";
import type { LoggedCommand } from "../../src/shell/logged-command.ts";
import type { Db } from "../../src/store/db.ts";
import { insertIdempotency, readIdempotency, type IdempotencyClaim } from "../../src/store/idempotency.ts";
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

async function setup() {
  const db = openSqlite(path.join(mkdtempSync(path.join(tmpdir(), "agentdraft-ledger-idem-")), "db.sqlite"));
  dbs.push(db);
  await migrate(db);
  const ledger = new Ledger(db, "ws", { now: () => T0 - HOUR });
  await ledger.init();
  await ledger.execute(cmd({ type: "calendar.configure", calendar_id: "cal", workspace_id: "ws" }));
  await ledger.execute(cmd({ type: "agent.upsert", agent_id: "a", workspace_id: "ws", priority: 1 }));
  return { db, ledger };
}

/** A pending claim, as the HTTP layer takes it before the handler runs. */
async function claim(db: Db, key: string): Promise<IdempotencyClaim> {
  const c: IdempotencyClaim = { workspaceId: "ws", agentId: "a", key, fingerprint: `fp-${key}` };
  expect(await insertIdempotency(db, c, { fingerprint: c.fingerprint, status: 0, body: "", created_at: T0 })).toBe(true);
  return c;
}

const commandCount = async (db: Db) => Number((await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM commands`))!.n);

describe("idempotency records written by the ledger", () => {
  it("stores the response under the claim with the command, and marks the claim stored after the commit", async () => {
    const { db, ledger } = await setup();
    const c = await claim(db, "k1");
    let storedDuringTx: boolean | undefined;
    const done = await ledger.execute(write("b1", 1), async () => {
      storedDuringTx = c.stored;
      return { status: 201, body: { booking_id: "b1" } };
    }, [{ claim: c, response: (r) => r }]);
    expect(storedDuringTx).toBeUndefined();
    expect(c.stored).toBe(true);
    expect(done.result).toEqual({ status: 201, body: { booking_id: "b1" } });
    const row = await readIdempotency(db, c);
    expect(row).toMatchObject({ fingerprint: "fp-k1", status: 201 });
    expect(JSON.parse(row!.body)).toEqual({ booking_id: "b1" });
  });

  it("stores neither command nor response when the transaction fails", async () => {
    const { db, ledger } = await setup();
    const before = await commandCount(db);
    const c = await claim(db, "k2");
    await expect(
      ledger.execute(write("b2", 2), async () => {
        throw new Error("render failed");
      }, [{ claim: c, response: () => ({ status: 201, body: {} }) }]),
    ).rejects.toThrow("render failed");
    expect(c.stored).toBeUndefined();
    expect(await commandCount(db)).toBe(before);
    expect((await readIdempotency(db, c))?.status).toBe(0); // still the pending claim, for the HTTP layer to release
  });

  it("rolls back only the failing command's record in a group, and stores no 5xx", async () => {
    const { db, ledger } = await setup();
    const [ok, bad, five] = [await claim(db, "k3"), await claim(db, "k4"), await claim(db, "k5")];
    const results = await Promise.allSettled([
      ledger.execute(write("b3", 3), async () => ({ status: 201, body: "ok" }), [{ claim: ok, response: (r) => r }]),
      ledger.execute(write("b4", 4), async () => {
        throw new Error("no");
      }, [{ claim: bad, response: () => ({ status: 201, body: "bad" }) }]),
      ledger.execute(write("b5", 5), async () => ({ status: 503, body: "later" }), [{ claim: five, response: (r) => r }]),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect([ok.stored, bad.stored, five.stored]).toEqual([true, undefined, undefined]);
    expect((await readIdempotency(db, ok))?.status).toBe(201);
    expect((await readIdempotency(db, bad))?.status).toBe(0);
    expect((await readIdempotency(db, five))?.status).toBe(0);
  });
});
