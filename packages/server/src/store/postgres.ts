// Scale-out store: PostgreSQL through node-postgres. A write transaction that names a lock (the
// ledger names its workspace) first takes a transaction-scoped advisory lock on that name, so the
// writes of one workspace are serialized across any number of server replicas while different
// workspaces write in parallel. Lost connections surface as StoreUnavailableError (HTTP 503); the
// pool reconnects on the next query.
import pg from "pg";
import { StoreUnavailableError, type Db, type Queryable, type Row, type SqlValue, type Transaction } from "./db.ts";

/**
 * First key of the two-key advisory locks (`pg_locks.classid`); the second (`objid`) is the hash of
 * the lock's name. Two names that hash alike only share a lock: correct, merely less parallel.
 */
export const LOCK_CLASS = 7_270_001;

// BIGINT columns hold epoch milliseconds and sequence numbers: safe integers, so read them as numbers.
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === pg.types.builtins.INT8 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** `?` placeholders → `$1, $2, …` (our SQL has no `?` inside literals). */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

const CONNECTION_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "57P01", "57P02", "57P03", "53300"]);

function isConnectionError(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return (
    (e.code !== undefined && (CONNECTION_CODES.has(e.code) || e.code.startsWith("08"))) ||
    /Connection terminated|connection timeout|Client has encountered a connection error|not queryable/i.test(e.message ?? "")
  );
}

function translate(error: unknown): unknown {
  return isConnectionError(error) ? new StoreUnavailableError("PostgreSQL is unavailable", { cause: error }) : error;
}

type Send = (sql: string, params?: readonly SqlValue[]) => Promise<pg.QueryResult>;

function over(send: Send): Queryable {
  return {
    async all<T = Row>(sql: string, params?: readonly SqlValue[]) {
      return (await send(sql, params)).rows as T[];
    },
    async get<T = Row>(sql: string, params?: readonly SqlValue[]) {
      return (await send(sql, params)).rows[0] as T | undefined;
    },
    async run(sql: string, params?: readonly SqlValue[]) {
      return { changes: (await send(sql, params)).rowCount ?? 0 };
    },
  };
}

/** One round trip; a lost connection becomes StoreUnavailableError. */
async function query(client: pg.Pool | pg.PoolClient, config: string | pg.QueryConfig): Promise<pg.QueryResult | pg.QueryResult[]> {
  try {
    return await client.query(config);
  } catch (error) {
    throw translate(error);
  }
}

/**
 * Distinct parameterised statements given a name, so that each connection parses and plans them
 * once (PostgreSQL keeps a named statement per session) instead of at every call. Bounded: SQL
 * built with a varying shape beyond it runs unnamed. Statements name their columns (no `SELECT *`):
 * a migration adding a column would make a prepared one fail ("cached plan must not change result type").
 */
const MAX_PREPARED = 200;
const prepared = new Map<string, string>();

function statement(sql: string, params: readonly SqlValue[]): pg.QueryConfig {
  const text = numbered(sql);
  let name = prepared.get(text);
  if (name === undefined && prepared.size < MAX_PREPARED) {
    name = `agentdraft_${prepared.size}`;
    prepared.set(text, name);
  }
  return { text, values: params as unknown[], name };
}

function sender(client: pg.Pool | pg.PoolClient): Send {
  return async (sql, params = []) => (await query(client, statement(sql, params))) as pg.QueryResult;
}

/**
 * `sql` with its parameters written in as literals, for a simple query (which takes no parameters).
 * Each is an untyped string literal, as node-postgres sends parameters, so types resolve alike.
 */
function inlined(client: pg.PoolClient, sql: string, params: readonly SqlValue[]): string {
  let n = 0;
  return sql.replace(/\?/g, () => {
    const value = params[n++];
    if (value === null || value === undefined) return "NULL";
    if (value instanceof Uint8Array)
      return client.escapeLiteral(`\\x${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("hex")}`);
    return client.escapeLiteral(String(value));
  });
}

/**
 * The queries of one transaction on `client`. Statements nobody reads the result of — the opening
 * `BEGIN` and lock, deferred writes — wait, and go to PostgreSQL in one simple query together with
 * the next statement that is read (or `COMMIT`): a command's catch-up carries its transaction's
 * start, its subscriber lookup carries its rows.
 */
function transactionOn(client: pg.PoolClient, opening: readonly string[]): Transaction & { commit(): Promise<void> } {
  const pending = [...opening];
  const direct = sender(client);
  const send: Send = async (sql, params = []) => {
    if (pending.length === 0) return direct(sql, params);
    // A simple query of several statements answers with one result each: the read is the last.
    const results = await query(client, [...pending.splice(0), inlined(client, sql, params)].join(";\n"));
    return Array.isArray(results) ? results[results.length - 1]! : results;
  };
  return {
    ...over(send),
    defer(sql, params = []) {
      pending.push(inlined(client, sql, params));
    },
    async commit() {
      await send("COMMIT");
    },
  };
}

/**
 * `poolSize` bounds the transactions one process runs at once: with one lock per workspace, writes
 * to different workspaces proceed in parallel up to it (replicas × pool size must stay under the
 * server's max_connections).
 */
export function openPostgres(connectionString: string, poolSize = 10): Db {
  const pool = new pg.Pool({ connectionString, types, max: poolSize, connectionTimeoutMillis: 3_000 });
  // An idle client whose server went away must not crash the process; the pool replaces it.
  pool.on("error", () => undefined);
  return {
    dialect: "postgres",
    ...over(sender(pool)),
    async transaction<T>(fn: (tx: Transaction) => Promise<T>, lock?: string): Promise<T> {
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (error) {
        throw translate(error);
      }
      // A connection that dies while checked out emits "error"; unheard, it would end the process.
      const onError = () => undefined;
      client.on("error", onError);
      // The lock's name goes in as an escaped literal: the opening statements travel in a simple query.
      const tx = transactionOn(
        client,
        lock === undefined ? ["BEGIN"] : ["BEGIN", `SELECT pg_advisory_xact_lock(${LOCK_CLASS}, hashtext(${client.escapeLiteral(lock)}))`],
      );
      let broken = false;
      try {
        const result = await fn(tx);
        await tx.commit();
        return result;
      } catch (error) {
        broken = isConnectionError((error as { cause?: unknown }).cause ?? error);
        if (!broken) await client.query("ROLLBACK").catch(() => (broken = true));
        throw error;
      } finally {
        client.off("error", onError);
        client.release(broken);
      }
    },
    async close() {
      await pool.end();
    },
  };
}
