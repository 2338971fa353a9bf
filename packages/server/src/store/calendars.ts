// The `calendars` table: names and creation times of each workspace's calendars (their engine
// settings and rules live in the engine state).
import type { Queryable } from "./db.ts";

export async function calendarRow(
  q: Queryable,
  workspaceId: string,
  calendarId: string,
): Promise<{ name: string; is_default: number; created_at: number } | undefined> {
  return q.get(`SELECT name, is_default, created_at FROM calendars WHERE calendar_id = ? AND workspace_id = ?`, [calendarId, workspaceId]);
}

/** The workspace's calendar ids, default first, then by creation. */
export async function calendarIdsOf(q: Queryable, workspaceId: string): Promise<string[]> {
  const rows = await q.all<{ calendar_id: string }>(
    `SELECT calendar_id FROM calendars WHERE workspace_id = ? ORDER BY is_default DESC, created_at, calendar_id`,
    [workspaceId],
  );
  return rows.map((r) => r.calendar_id);
}

export async function insertCalendar(
  tx: Queryable,
  c: { calendar_id: string; workspace_id: string; name: string; is_default: boolean; created_at: number },
): Promise<void> {
  await tx.run(`INSERT INTO calendars (calendar_id, workspace_id, name, is_default, created_at) VALUES (?, ?, ?, ?, ?)`, [
    c.calendar_id,
    c.workspace_id,
    c.name,
    c.is_default ? 1 : 0,
    c.created_at,
  ]);
}

export async function renameCalendar(tx: Queryable, workspaceId: string, calendarId: string, name: string): Promise<void> {
  await tx.run(`UPDATE calendars SET name = ? WHERE calendar_id = ? AND workspace_id = ?`, [name, calendarId, workspaceId]);
}
