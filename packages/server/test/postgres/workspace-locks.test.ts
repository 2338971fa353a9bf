// Writes to different workspaces run in parallel across replicas: each write transaction locks its
// own workspace only. Seen from PostgreSQL itself: while a test transaction holds back the inserts
// into the command log, two replicas writing to two workspaces both hold their workspace locks at
// once, while two writes to one workspace queue on its lock.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCK_CLASS } from "../../src/store/postgres.ts";
import { databaseUrlFor, Owner, slot, startServer, type Reply, type ServerProcess, type TestAgent } from "../support/server-process.ts";

interface LockRow {
  pid: number;
  objid: string;
  granted: boolean;
}

let servers: ServerProcess[];
let admin: pg.Client;
let a: TestAgent;
let b: TestAgent;

beforeAll(async () => {
  const first = await startServer();
  servers = [first, await startServer({ dataDir: first.dataDir })];
  a = await (await Owner.signIn(servers[0]!.url)).createAgent("locks-a", 1);
  b = await (await Owner.signIn(servers[1]!.url)).createAgent("locks-b", 1);
  admin = new pg.Client((await databaseUrlFor(first.dataDir))!);
  await admin.connect();
});

afterAll(async () => {
  await admin.end();
  for (const s of servers) expect(await s.stop()).toBe(0);
});

/** The same agent through replica `i`. */
const through = (agent: TestAgent, i: number) => (path: string, body: unknown) =>
  fetch(`${servers[i]!.url}${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${agent.key}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  }).then(async (r): Promise<Reply> => ({ status: r.status, headers: r.headers, body: await r.json() }));

async function workspaceLocks(): Promise<LockRow[]> {
  const { rows } = await admin.query<LockRow>(
    `SELECT pid, objid::text AS objid, granted FROM pg_locks WHERE locktype = 'advisory' AND classid = $1 ORDER BY pid`,
    [LOCK_CLASS],
  );
  return rows;
}

/** Polls until `done` holds for the locks (or fails after 10 s with the last ones seen). */
async function until(done: (locks: LockRow[]) => boolean): Promise<LockRow[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const locks = await workspaceLocks();
    if (done(locks)) return locks;
    if (Date.now() > deadline) throw new Error(`locks never got there: ${JSON.stringify(locks)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Runs `writes` while a test transaction blocks every insert into the command log, then lets them go. */
async function heldBack<T>(
  writes: () => Promise<T>[],
  observe: () => Promise<LockRow[]>,
): Promise<{ locks: LockRow[]; waiting: number; results: T[] }> {
  await admin.query("BEGIN");
  await admin.query("LOCK TABLE commands IN SHARE MODE");
  const pending = writes();
  let locks: LockRow[];
  let waiting: number;
  try {
    locks = await observe();
    const { rows } = await admin.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
    );
    waiting = rows[0]!.n;
  } finally {
    await admin.query("COMMIT");
  }
  return { locks, waiting, results: await Promise.all(pending) };
}

describe("per-workspace write locks on PostgreSQL", () => {
  it("two replicas writing to two workspaces hold their transactions at the same time", async () => {
    const { locks, waiting, results } = await heldBack(
      () => [through(a, 0)("/v1/bookings", slot(200)), through(b, 1)("/v1/bookings", slot(200))],
      () => until((l) => l.filter((x) => x.granted).length === 2),
    );
    const granted = locks.filter((l) => l.granted);
    expect(new Set(granted.map((l) => l.pid)).size).toBe(2); // two backends (one per replica)…
    expect(new Set(granted.map((l) => l.objid)).size).toBe(2); // …each holding its own workspace's lock
    expect(locks.some((l) => !l.granted)).toBe(false);
    expect(waiting).toBe(2); // both inside their transactions, waiting only on the test's table lock
    expect(results.map((r) => r.status)).toEqual([201, 201]);
  });

  it("two writes to one workspace through two replicas queue on its lock", async () => {
    const { locks, results } = await heldBack(
      () => [through(a, 0)("/v1/bookings", slot(201)), through(a, 1)("/v1/bookings", slot(202))],
      () => until((l) => l.length === 2),
    );
    expect(locks.filter((l) => l.granted)).toHaveLength(1);
    expect(locks.filter((l) => !l.granted)).toHaveLength(1);
    expect(new Set(locks.map((l) => l.objid)).size).toBe(1);
    expect(results.map((r) => r.status)).toEqual([201, 201]);
  });
});
