// How many rows of a kind a workspace holds, for the per-workspace quotas (docs/architecture.md §6).
import type { Queryable } from "./db.ts";

export type QuotaTable = "agents" | "calendars" | "webhooks";

export async function workspaceRowCount(q: Queryable, table: QuotaTable, workspaceId: string): Promise<number> {
  return Number((await q.get<{ n: number }>(`SELECT count(*) AS n FROM ${table} WHERE workspace_id = ?`, [workspaceId]))?.n ?? 0);
}
