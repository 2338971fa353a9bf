// Opens the configured store (PostgreSQL when a URL is given, else the SQLite file in the data
// dir) and brings its schema up to date. Shared by the server and the replay tool.
import { mkdirSync } from "node:fs";
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

export async function openStore(config: StoreLocation): Promise<Db> {
  if (config.databaseUrl) {
    const db = openPostgres(config.databaseUrl, config.pgPoolSize);
    await migrate(db);
    return db;
  }
  mkdirSync(config.dataDir, { recursive: true });
  const db = openSqlite(path.join(config.dataDir, "agentdraft.db"));
  await migrate(db);
  return db;
}
