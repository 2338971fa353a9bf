// Test support of the server's own suites: `@agentdraft/server/testing` (src/testing.ts) with this
// suite's store policy: in the PostgreSQL project (AGENTDRAFT_TEST_PG_ADMIN_URL set) every data dir
// names a fresh PostgreSQL database instead of a SQLite file. Plus direct store access for tests.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { DatabaseSync } from "node:sqlite";
import pg from "pg";
import { createDatabase, REPLAY_MAIN, startServer as start, tempDir, type ServerProcess, type StartOptions } from "../../src/testing.ts";

export {
  ALL_SCOPES,
  agentFor,
  call,
  Owner,
  type Loose,
  type Reply,
  type ServerProcess,
  type TestAgent,
} from "../../src/testing.ts";

/** The PostgreSQL database of a test store: one per data dir, created on first use. */
const databases = new Map<string, string>();

/** The PostgreSQL database of a data dir in the PostgreSQL project; undefined in the SQLite one. */
export async function databaseUrlFor(dataDir: string): Promise<string | undefined> {
  const admin = process.env.AGENTDRAFT_TEST_PG_ADMIN_URL;
  if (!admin) return undefined;
  let url = databases.get(dataDir);
  if (!url) {
    url = await createDatabase(admin, `t_${path.basename(dataDir)}`);
    databases.set(dataDir, url);
  }
  return url;
}

export const storeKind = process.env.AGENTDRAFT_TEST_PG_ADMIN_URL ? "postgres" : "sqlite";

/** `dev: false` starts it in production mode (no dev tokens, no response checks). */
export async function startServer(options: Omit<StartOptions, "databaseUrl"> = {}): Promise<ServerProcess> {
  const dataDir = options.dataDir ?? tempDir("test");
  const databaseUrl = await databaseUrlFor(dataDir);
  return start({ ...options, dataDir, ...(databaseUrl ? { databaseUrl } : {}) });
}

/** A 30-minute slot `hoursAhead` hours from now, on a whole hour. */
export function slot(hoursAhead: number, minutes = 30): { start: string; end: string } {
  const start = Math.ceil(Date.now() / 3_600_000) * 3_600_000 + hoursAhead * 3_600_000;
  return { start: new Date(start).toISOString(), end: new Date(start + minutes * 60_000).toISOString() };
}

/** Runs SQL directly against a stopped test server's store (SQLite file or PostgreSQL database). */
export async function storeQuery<T = Record<string, unknown>>(dataDir: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const url = await databaseUrlFor(dataDir);
  if (url) {
    const client = new pg.Client(url);
    await client.connect();
    try {
      let n = 0;
      return (
        await client.query(
          sql.replace(/\?/g, () => `$${++n}`),
          params,
        )
      ).rows as T[];
    } finally {
      await client.end();
    }
  }
  const db = new DatabaseSync(path.join(dataDir, "agentdraft.db"));
  try {
    const stmt = db.prepare(sql);
    if (/^\s*select/i.test(sql)) return stmt.all(...(params as never[])) as T[];
    stmt.run(...(params as never[]));
    return [];
  } finally {
    db.close();
  }
}

/** Runs the replay tool on a stopped test server's store. */
export async function replayStoreOf(dataDir: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const url = await databaseUrlFor(dataDir);
  const r = spawnSync(process.execPath, [REPLAY_MAIN, "--data", dataDir], {
    encoding: "utf8",
    env: { ...process.env, ...(url ? { DATABASE_URL: url } : {}) },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
