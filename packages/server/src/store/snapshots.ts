// The `snapshots` table: a workspace's engine state after one of its commands, with the size and
// Merkle frontier of its audit log at that point. Loading reads the latest; replay checks them all.
import type { FrontierJson } from "../audit/index.ts";
import type { Queryable } from "./db.ts";

export interface SnapshotRow {
  workspace_id: string;
  seq: number;
  at: number;
  audit_size: number;
  /** JSON of the frontier and of the engine state. */
  frontier: string;
  state: string;
}

export interface Snapshot {
  seq: number;
  at: number;
  auditSize: number;
  frontier: FrontierJson;
  /** The engine state as stored (JSON text). */
  state: string;
}

/** Named, not `*`: a prepared statement must not change its result's columns when a migration adds one. */
const COLUMNS = "workspace_id, seq, at, audit_size, frontier, state";

function parse(row: SnapshotRow): Snapshot {
  return {
    seq: Number(row.seq),
    at: Number(row.at),
    auditSize: Number(row.audit_size),
    frontier: JSON.parse(row.frontier) as FrontierJson,
    state: row.state,
  };
}

export async function insertSnapshot(tx: Queryable, workspaceId: string, s: Snapshot): Promise<void> {
  // A replica that raced to the same point stored the same state (the engine is deterministic).
  await tx.run(
    `INSERT INTO snapshots (workspace_id, seq, at, audit_size, frontier, state) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (workspace_id, seq) DO NOTHING`,
    [workspaceId, s.seq, s.at, s.auditSize, JSON.stringify(s.frontier), s.state],
  );
}

export async function latestSnapshot(q: Queryable, workspaceId: string): Promise<Snapshot | undefined> {
  const row = await q.get<SnapshotRow>(`SELECT ${COLUMNS} FROM snapshots WHERE workspace_id = ? ORDER BY seq DESC LIMIT 1`, [workspaceId]);
  return row && parse(row);
}

/** All snapshots of a workspace, oldest first. */
export async function snapshotsOf(q: Queryable, workspaceId: string): Promise<Snapshot[]> {
  return (await q.all<SnapshotRow>(`SELECT ${COLUMNS} FROM snapshots WHERE workspace_id = ? ORDER BY seq`, [workspaceId])).map(parse);
}

/** Every workspace that has a snapshot (replay reports those without any command). */
export async function workspacesWithSnapshots(q: Queryable): Promise<string[]> {
  return (await q.all<{ workspace_id: string }>(`SELECT DISTINCT workspace_id FROM snapshots ORDER BY workspace_id`)).map(
    (r) => r.workspace_id,
  );
}
