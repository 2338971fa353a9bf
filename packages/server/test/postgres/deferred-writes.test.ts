// A transaction's deferred writes (store/db.ts `Transaction.defer`) travel to PostgreSQL inside the
// next statement that is read, or the COMMIT, as one simple query with their parameters written in
// as literals: they must store exactly what parameters would have, arrive in order, and fail the
// transaction they belong to — nothing of it stays.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPostgres } from "../../src/store/postgres.ts";
import type { Db } from "../../src/store/db.ts";
import { createDatabase } from "../../src/testing.ts";

let db: Db;
let statements: string[] = [];
let admin: pg.Client;

beforeAll(async () => {
  const url = await createDatabase(process.env.AGENTDRAFT_TEST_PG_ADMIN_URL!, `t_deferred_${process.pid}`);
  db = openPostgres(url, 1);
  await db.run(`CREATE TABLE t (id INT PRIMARY KEY, s TEXT, n BIGINT, b BYTEA)`);
  admin = new pg.Client(url);
  await admin.connect();
});

afterAll(async () => {
  await admin.end();
  await db.close();
});

/** The query texts the store sends to PostgreSQL while `fn` runs: one per round trip. */
async function track<T>(fn: () => Promise<T>): Promise<T> {
  statements = [];
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const text = typeof args[0] === "string" ? args[0] : (args[0] as { text?: string } | undefined)?.text;
    if (text !== undefined) statements.push(text);
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    return await fn();
  } finally {
    pg.Client.prototype.query = original;
  }
}

describe("deferred writes on PostgreSQL", () => {
  it("store exactly what parameters would, in order, in one round trip with the next read", async () => {
    const tricky = `it's a \\ back'slash; DROP TABLE t; -- ? $1 'E' \u00e9\u{1F600}`;
    const bytes = Uint8Array.from([0, 1, 39, 92, 255]);
    const seen = await track(() =>
      db.transaction(async (tx) => {
        tx.defer(`INSERT INTO t (id, s, n, b) VALUES (?, ?, ?, ?)`, [1, tricky, 9_007_199_254_740_991, bytes]);
        tx.defer(`INSERT INTO t (id, s, n, b) VALUES (?, ?, ?, ?)`, [2, null, -5, null]);
        tx.defer(`UPDATE t SET n = n + 1 WHERE id = ?`, [2]);
        return tx.all<{ id: number; n: number }>(`SELECT id, n FROM t WHERE id >= ? ORDER BY id`, [1]);
      }, "ws_deferred"),
    );
    expect(seen).toEqual([
      { id: 1, n: 9_007_199_254_740_991 },
      { id: 2, n: -4 },
    ]);
    // BEGIN, the lock, three writes and the read went as one query; then COMMIT.
    expect(statements).toHaveLength(2);
    expect(statements[0]).toMatch(/^BEGIN;\nSELECT pg_advisory_xact_lock\(/);
    expect(statements[1]).toBe("COMMIT");
    const { rows } = await admin.query(`SELECT id, s, n::text AS n, b FROM t ORDER BY id`);
    expect(rows).toEqual([
      { id: 1, s: tricky, n: "9007199254740991", b: Buffer.from(bytes) },
      { id: 2, s: null, n: "-4", b: null },
    ]);
  });

  it("ride with the COMMIT when nothing is read after them", async () => {
    await track(() => db.transaction(async (tx) => tx.defer(`INSERT INTO t (id, s) VALUES (?, ?)`, [3, "last"])));
    expect(statements).toEqual([`BEGIN;\nINSERT INTO t (id, s) VALUES ('3', 'last');\nCOMMIT`]);
    expect((await admin.query(`SELECT s FROM t WHERE id = 3`)).rows).toEqual([{ s: "last" }]);
  });

  it("fail their transaction as a whole: a failing deferred write leaves nothing of it", async () => {
    const attempt = db.transaction(async (tx) => {
      tx.defer(`INSERT INTO t (id, s) VALUES (?, ?)`, [10, "kept?"]);
      tx.defer(`INSERT INTO t (id, s) VALUES (?, ?)`, [1, "duplicate key"]);
      return tx.get(`SELECT count(*) AS n FROM t`);
    });
    await expect(attempt).rejects.toMatchObject({ code: "23505" });
    expect((await admin.query(`SELECT id FROM t WHERE id = 10`)).rows).toEqual([]);
    // The connection is usable again, outside any transaction.
    expect(await db.get(`SELECT count(*)::int AS n FROM t`)).toEqual({ n: 3 });
  });
});
