// The `commands` table: each workspace's command log, keyed (workspace_id, seq).
import type { Queryable, Transaction } from "./db.ts";

export interface CommandRow {
  seq: number;
  body: string;
}

export function insertCommand(tx: Transaction, workspaceId: string, seq: number, at: number, body: string): void {
  tx.defer(`INSERT INTO commands (workspace_id, seq, at, body) VALUES (?, ?, ?, ?)`, [workspaceId, seq, at, body]);
}

/** One workspace's commands after `afterSeq`, in order (its tail behind a snapshot, or another replica's writes). */
export async function commandsAfter(q: Queryable, workspaceId: string, afterSeq: number): Promise<CommandRow[]> {
  const rows = await q.all<CommandRow>(`SELECT seq, body FROM commands WHERE workspace_id = ? AND seq > ? ORDER BY seq`, [
    workspaceId,
    afterSeq,
  ]);
  return rows.map((r) => ({ seq: Number(r.seq), body: r.body }));
}

/** Every workspace that has a command log, in a stable order. */
export async function workspacesWithCommands(q: Queryable): Promise<string[]> {
  return (await q.all<{ workspace_id: string }>(`SELECT DISTINCT workspace_id FROM commands ORDER BY workspace_id`)).map(
    (r) => r.workspace_id,
  );
}
