// The `calendar_sources` table: each calendar's external CalDAV / ICS sources (docs/protocol.md §11.1),
// their sealed credentials, poll state (`status`, JSON of external/poll.ts SourceStatus) and lease.
// A poller claims a due source with a conditional UPDATE (compare-and-set on the lease), so among
// replicas sharing one PostgreSQL exactly one polls it per interval; a crashed poller's lease runs out.
import type { Queryable } from "./db.ts";

export interface SourceRow {
  source_id: string;
  workspace_id: string;
  calendar_id: string;
  position: number;
  kind: "caldav" | "ics";
  url: string;
  username: string | null;
  password_sealed: string | null;
  poll_seconds: number;
  status: string;
  next_poll_at: number;
  lease_until: number;
  lease_token: string | null;
  created_at: number;
}

const COLUMNS = `source_id, workspace_id, calendar_id, position, kind, url, username, password_sealed, poll_seconds, status,
  next_poll_at, lease_until, lease_token, created_at`;

function normal(r: SourceRow): SourceRow {
  return {
    ...r,
    position: Number(r.position),
    poll_seconds: Number(r.poll_seconds),
    next_poll_at: Number(r.next_poll_at),
    lease_until: Number(r.lease_until),
    created_at: Number(r.created_at),
  };
}

/** The calendar's sources in their given order. */
export async function sourcesOf(q: Queryable, workspaceId: string, calendarId: string): Promise<SourceRow[]> {
  const rows = await q.all<SourceRow>(
    `SELECT ${COLUMNS} FROM calendar_sources WHERE workspace_id = ? AND calendar_id = ? ORDER BY position, source_id`,
    [workspaceId, calendarId],
  );
  return rows.map(normal);
}

export async function sourceById(q: Queryable, sourceId: string): Promise<SourceRow | undefined> {
  const r = await q.get<SourceRow>(`SELECT ${COLUMNS} FROM calendar_sources WHERE source_id = ?`, [sourceId]);
  return r && normal(r);
}

export async function insertSource(tx: Queryable, r: Omit<SourceRow, "lease_until" | "lease_token">): Promise<void> {
  await tx.run(`INSERT INTO calendar_sources (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, ?)`, [
    r.source_id,
    r.workspace_id,
    r.calendar_id,
    r.position,
    r.kind,
    r.url,
    r.username,
    r.password_sealed,
    r.poll_seconds,
    r.status,
    r.next_poll_at,
    r.created_at,
  ]);
}

/**
 * A kept source: new position, poll interval and (when given again) password; polled at `nextPollAt`.
 * Its lease is cleared, so a poll in flight with the old settings is dropped and a new one starts.
 */
export async function updateKeptSource(
  tx: Queryable,
  sourceId: string,
  change: { position: number; poll_seconds: number; password_sealed: string | null; next_poll_at: number },
): Promise<void> {
  await tx.run(`UPDATE calendar_sources SET position = ?, poll_seconds = ?, password_sealed = ?, next_poll_at = ? WHERE source_id = ?`, [
    change.position,
    change.poll_seconds,
    change.password_sealed,
    change.next_poll_at,
    sourceId,
  ]);
}

export async function deleteSource(tx: Queryable, sourceId: string): Promise<void> {
  await tx.run(`DELETE FROM calendar_sources WHERE source_id = ?`, [sourceId]);
}

/** Sources due at `now` whose lease is free, soonest first (candidates: `claimSource` decides). */
export async function dueSources(q: Queryable, now: number, limit: number): Promise<SourceRow[]> {
  const rows = await q.all<SourceRow>(
    `SELECT ${COLUMNS} FROM calendar_sources WHERE next_poll_at <= ? AND lease_until <= ? ORDER BY next_poll_at, source_id LIMIT ?`,
    [now, now, limit],
  );
  return rows.map(normal);
}

/** Takes the source's lease if it is still due and free: true for exactly one claimant. */
export async function claimSource(q: Queryable, sourceId: string, now: number, leaseUntil: number, token: string): Promise<boolean> {
  const r = await q.run(
    `UPDATE calendar_sources SET lease_until = ?, lease_token = ? WHERE source_id = ? AND next_poll_at <= ? AND lease_until <= ?`,
    [leaseUntil, token, sourceId, now, now],
  );
  return r.changes === 1;
}

/**
 * Records a poll's outcome and frees the lease, if the lease is still this poll's (the source was not
 * removed or replaced meanwhile): false otherwise, and nothing changes.
 */
export async function finishPoll(q: Queryable, sourceId: string, token: string, status: string, nextPollAt: number): Promise<boolean> {
  const r = await q.run(
    `UPDATE calendar_sources SET status = ?, next_poll_at = ?, lease_until = 0, lease_token = NULL WHERE source_id = ? AND lease_token = ?`,
    [status, nextPollAt, sourceId, token],
  );
  return r.changes === 1;
}
