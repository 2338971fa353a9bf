// The owner tables — `users`, `workspaces`, `magic_links`, `sessions`. Users, links and sessions are
// looked up by email or token before any workspace is known: on a sharded deployment they live in
// one directory database (see the README), not with a workspace's rows.
import type { Db, Queryable } from "./db.ts";

export async function userIdByEmail(q: Queryable, email: string): Promise<string | undefined> {
  return (await q.get<{ user_id: string }>(`SELECT user_id FROM users WHERE email = ?`, [email]))?.user_id;
}

/** A new owner: user, workspace and its default calendar's reference, in the command's transaction. */
export async function insertOwner(
  tx: Queryable,
  o: { user_id: string; email: string; workspace_id: string; mail_handle: string; default_calendar_id: string; created_at: number },
): Promise<void> {
  await tx.run(`INSERT INTO users (user_id, email, workspace_id, created_at) VALUES (?, ?, ?, ?)`, [
    o.user_id,
    o.email,
    o.workspace_id,
    o.created_at,
  ]);
  await tx.run(`INSERT INTO workspaces (workspace_id, user_id, mail_handle, default_calendar_id, created_at) VALUES (?, ?, ?, ?, ?)`, [
    o.workspace_id,
    o.user_id,
    o.mail_handle,
    o.default_calendar_id,
    o.created_at,
  ]);
}

export async function defaultCalendarOf(q: Queryable, workspaceId: string): Promise<string | undefined> {
  return (await q.get<{ default_calendar_id: string }>(`SELECT default_calendar_id FROM workspaces WHERE workspace_id = ?`, [workspaceId]))
    ?.default_calendar_id;
}

/**
 * A new sign-in link, the only live one of its email: older unused links are voided, and expired
 * links and sessions are purged (docs/security.md §3).
 */
export async function issueMagicLink(db: Db, tokenHash: string, email: string, now: number, expiresAt: number): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.run(`UPDATE magic_links SET used = 1 WHERE email = ? AND used = 0`, [email]);
    await tx.run(`DELETE FROM magic_links WHERE expires_at < ?`, [now]);
    await tx.run(`DELETE FROM sessions WHERE expires_at < ?`, [now]);
    await tx.run(`INSERT INTO magic_links (token_hash, email, expires_at, used) VALUES (?, ?, ?, 0)`, [tokenHash, email, expiresAt]);
  });
}

export async function magicLink(q: Queryable, tokenHash: string): Promise<{ email: string; expires_at: number; used: number } | undefined> {
  return q.get(`SELECT email, expires_at, used FROM magic_links WHERE token_hash = ?`, [tokenHash]);
}

export async function markMagicLinkUsed(tx: Queryable, tokenHash: string): Promise<void> {
  await tx.run(`UPDATE magic_links SET used = 1 WHERE token_hash = ?`, [tokenHash]);
}

export async function insertSession(q: Queryable, tokenHash: string, userId: string, expiresAt: number, now: number): Promise<void> {
  await q.run(`INSERT INTO sessions (token_hash, user_id, expires_at, issued_at, last_seen_at) VALUES (?, ?, ?, ?, ?)`, [
    tokenHash,
    userId,
    expiresAt,
    now,
    now,
  ]);
}

export async function touchSession(q: Queryable, tokenHash: string, now: number): Promise<void> {
  await q.run(`UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?`, [now, tokenHash]);
}

/**
 * Retires a rotated-out session: it ends at `at` at the latest (it keeps working a moment, for
 * requests in flight) and counts as freshly issued, so those requests do not rotate it again.
 */
export async function retireSession(q: Queryable, tokenHash: string, at: number, now: number): Promise<void> {
  await q.run(`UPDATE sessions SET expires_at = CASE WHEN expires_at > ? THEN ? ELSE expires_at END, issued_at = ? WHERE token_hash = ?`, [
    at,
    at,
    now,
    tokenHash,
  ]);
}

export async function deleteSession(q: Queryable, tokenHash: string): Promise<void> {
  await q.run(`DELETE FROM sessions WHERE token_hash = ?`, [tokenHash]);
}

/** The signed-in owner of a session token, with the session's expiry. */
export async function sessionUser(
  q: Queryable,
  tokenHash: string,
): Promise<
  | {
      user_id: string;
      email: string;
      workspace_id: string;
      mail_handle: string;
      expires_at: number;
      issued_at: number;
      last_seen_at: number;
    }
  | undefined
> {
  return q.get(
    `SELECT u.user_id, u.email, u.workspace_id, w.mail_handle, s.expires_at, s.issued_at, s.last_seen_at
       FROM sessions s JOIN users u ON u.user_id = s.user_id
       JOIN workspaces w ON w.workspace_id = u.workspace_id WHERE s.token_hash = ?`,
    [tokenHash],
  );
}
