// Embedded store: one SQLite file through node:sqlite, WAL journal, every write transaction
// `BEGIN IMMEDIATE`. node:sqlite is synchronous, so a promise chain keeps transactions from
// interleaving while their callers await.
import { DatabaseSync, type SQLInputValue } from "node:sqlite";
import type { Db, Queryable, Row, SqlValue, Transaction } from "./db.ts";

export function openSqlite(file: string): Db {
  const db = new DatabaseSync(file);
  db.exec("PRAGMA journal_mode = WAL");
  // NORMAL keeps every committed transaction across a process crash (kill -9); only an OS crash
  // could lose the last ones, which the WAL then rolls back cleanly.
  db.exec("PRAGMA synchronous = NORMAL");
  db.exec("PRAGMA foreign_keys = ON");
  db.exec("PRAGMA busy_timeout = 5000");

  const statements = new Map<string, ReturnType<DatabaseSync["prepare"]>>();
  const prepare = (sql: string) => {
    let stmt = statements.get(sql);
    if (!stmt) {
      stmt = db.prepare(sql);
      stmt.setReadBigInts(false);
      statements.set(sql, stmt);
    }
    return stmt;
  };
  const args = (params: readonly SqlValue[] = []) => params as SQLInputValue[];

  const queries: Queryable = {
    async all<T = Row>(sql: string, params?: readonly SqlValue[]) {
      return prepare(sql).all(...args(params)) as T[];
    },
    async get<T = Row>(sql: string, params?: readonly SqlValue[]) {
      return prepare(sql).get(...args(params)) as T | undefined;
    },
    async run(sql: string, params?: readonly SqlValue[]) {
      const result = prepare(sql).run(...args(params));
      return { changes: Number(result.changes) };
    },
  };

  // No round trips to save: a deferred write runs at once.
  const tx: Transaction = {
    ...queries,
    defer(sql, params) {
      prepare(sql).run(...args(params));
    },
  };

  let queue: Promise<unknown> = Promise.resolve();
  return {
    dialect: "sqlite",
    ...queries,
    transaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T> {
      const run = async () => {
        db.exec("BEGIN IMMEDIATE");
        try {
          const result = await fn(tx);
          db.exec("COMMIT");
          return result;
        } catch (error) {
          if (db.isTransaction) db.exec("ROLLBACK");
          throw error;
        }
      };
      const next = queue.then(run, run);
      queue = next.catch(() => undefined);
      return next;
    },
    async close() {
      await queue;
      db.close();
    },
  };
}
