// Opens the configured store (PostgreSQL when a URL is given, else the SQLite file in the data
// dir) and brings its schema up to date. Shared by the server and the replay tool.
import { chmodSync, closeSync, mkdirSync, openSync } from "node:fs";
import path from "node:path";
import type { Db } from "./db.ts";
import { migrate } from "./migrations.ts";
import { openPostgres } from "./postgres.ts";
import { openSqlite } from "./sqlite.ts";

export interface StoreLocation {
  databaseUrl?: string | undefined;
  dataDir: string;
  /** Connections to PostgreSQL (default 10). */
  pgPoolSize?: number | undefined;
}

/** The data directory, created owner-only (it holds the store and, by default, the key file). */
export function privateDir(dir: string): string {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  return dir;
}

export async function openStore(config: StoreLocation): Promise<Db> {
  if (config.databaseUrl) {
    const db = openPostgres(config.databaseUrl, config.pgPoolSize);
    await migrate(db);
    return db;
  }
  const file = path.join(privateDir(config.dataDir), "agentdraft.db");
  closeSync(openSync(file, "a", 0o600)); // created owner-only; SQLite gives its WAL and SHM files the same mode
  chmodSync(file, 0o600);
  const db = openSqlite(file);
  await migrate(db);
  return db;
}
