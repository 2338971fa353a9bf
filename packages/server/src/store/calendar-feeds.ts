// The `calendar_feeds` table: ICS feeds out (docs/protocol.md §11.2). Only the token's hash is kept
// (HMAC with the key file's pepper, like API keys): the URL is shown once.
import type { Queryable } from "./db.ts";

export async function insertFeed(
  tx: Queryable,
  f: { feed_id: string; workspace_id: string; calendar_id: string; token_hash: string; created_at: number },
): Promise<void> {
  await tx.run(`INSERT INTO calendar_feeds (feed_id, workspace_id, calendar_id, token_hash, created_at) VALUES (?, ?, ?, ?, ?)`, [
    f.feed_id,
    f.workspace_id,
    f.calendar_id,
    f.token_hash,
    f.created_at,
  ]);
}

export async function feedsOf(q: Queryable, workspaceId: string, calendarId: string): Promise<{ feed_id: string; created_at: number }[]> {
  const rows = await q.all<{ feed_id: string; created_at: number }>(
    `SELECT feed_id, created_at FROM calendar_feeds WHERE workspace_id = ? AND calendar_id = ? ORDER BY created_at, feed_id`,
    [workspaceId, calendarId],
  );
  return rows.map((r) => ({ feed_id: r.feed_id, created_at: Number(r.created_at) }));
}

export async function feedByTokenHash(
  q: Queryable,
  tokenHash: string,
): Promise<{ feed_id: string; workspace_id: string; calendar_id: string } | undefined> {
  return q.get(`SELECT feed_id, workspace_id, calendar_id FROM calendar_feeds WHERE token_hash = ?`, [tokenHash]);
}

export async function deleteFeed(tx: Queryable, workspaceId: string, calendarId: string, feedId: string): Promise<boolean> {
  const r = await tx.run(`DELETE FROM calendar_feeds WHERE feed_id = ? AND workspace_id = ? AND calendar_id = ?`, [
    feedId,
    workspaceId,
    calendarId,
  ]);
  return r.changes > 0;
}

/** Feeds of one calendar (bounded per calendar). */
export async function feedCount(q: Queryable, workspaceId: string, calendarId: string): Promise<number> {
  const r = await q.get<{ n: number }>(`SELECT count(*) AS n FROM calendar_feeds WHERE workspace_id = ? AND calendar_id = ?`, [
    workspaceId,
    calendarId,
  ]);
  return Number(r?.n ?? 0);
}

/** Per booking: how many audit events name it, and the time of the last (SEQUENCE and DTSTAMP of the feed). */
export async function bookingChangeCounts(
  q: Queryable,
  workspaceId: string,
  bookingIds: readonly string[],
): Promise<Map<string, { count: number; last_at: number }>> {
  const out = new Map<string, { count: number; last_at: number }>();
  for (let i = 0; i < bookingIds.length; i += 200) {
    const chunk = bookingIds.slice(i, i + 200);
    const rows = await q.all<{ resource: string; n: number; last: number }>(
      `SELECT resource, count(*) AS n, max(seq) AS last FROM audit_events WHERE workspace_id = ? AND resource IN (${chunk
        .map(() => "?")
        .join(", ")}) GROUP BY resource`,
      [workspaceId, ...chunk],
    );
    if (rows.length === 0) continue;
    const bodies = await q.all<{ seq: number; body: string }>(
      `SELECT seq, body FROM audit_events WHERE workspace_id = ? AND seq IN (${rows.map(() => "?").join(", ")})`,
      [workspaceId, ...rows.map((r) => Number(r.last))],
    );
    const atOf = new Map(bodies.map((b) => [Number(b.seq), Date.parse((JSON.parse(b.body) as { at: string }).at)]));
    for (const r of rows) out.set(r.resource, { count: Number(r.n), last_at: atOf.get(Number(r.last)) ?? 0 });
  }
  return out;
}
