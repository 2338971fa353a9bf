// The `meta` table: values created once per store (secrets, the signing key seed).
import type { Db } from "./db.ts";

/** A value kept in the store's meta table, created on first start. */
export async function metaValue(db: Db, key: string, create: () => string): Promise<string> {
  // Replicas starting together race to create it; the first insert wins and everyone reads it back.
  await db.run(`INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING`, [key, create()]);
  return (await db.get<{ value: string }>(`SELECT value FROM meta WHERE key = ?`, [key]))!.value;
}
