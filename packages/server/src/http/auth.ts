// Who is calling: an agent by `Authorization: Bearer avs_live_…`, an owner by the `ad_session` cookie.
import { getCookie } from "hono/cookie";
import type { Context } from "hono";
import type { KeyHasher } from "../shell/secrets.ts";
import type { Queryable } from "../store/db.ts";
import type { AuthedAgent, AuthedUser } from "./context.ts";
import { ApiError } from "./problems.ts";

export const SESSION_COOKIE = "ad_session";

const unauthenticated = (detail: string) => new ApiError("unauthenticated", detail);

export async function authenticateAgent(c: Context, db: Queryable, hasher: KeyHasher): Promise<AuthedAgent> {
  const header = c.req.header("authorization") ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw unauthenticated("missing API key: send Authorization: Bearer avs_live_…");
  const keyHash = hasher.hash(match[1]!);
  const row = await db.get<{
    agent_id: string;
    workspace_id: string;
    calendar_id: string;
    name: string;
    scopes: string;
    revoked: number;
    key_hash: string;
    user_id: string;
  }>(
    `SELECT a.agent_id, a.workspace_id, a.calendar_id, a.name, a.scopes, a.revoked, a.key_hash, w.user_id
       FROM agents a JOIN workspaces w ON w.workspace_id = a.workspace_id WHERE a.key_hash = ?`,
    [keyHash],
  );
  // A revoked key gets the answer of an unknown one: a caller learns nothing about keys it lacks.
  if (!row || !hasher.same(keyHash, row.key_hash) || Number(row.revoked)) throw unauthenticated("invalid API key");
  return {
    agent_id: row.agent_id,
    workspace_id: row.workspace_id,
    calendar_id: row.calendar_id,
    name: row.name,
    scopes: JSON.parse(row.scopes) as string[],
    user_id: row.user_id,
  };
}

export async function authenticateUser(c: Context, db: Queryable, hasher: KeyHasher, now: number): Promise<AuthedUser> {
  const token = getCookie(c, SESSION_COOKIE);
  if (!token) throw unauthenticated("sign in first: POST /v1/auth/magic-link, then /v1/auth/verify");
  const row = await db.get<{ user_id: string; email: string; workspace_id: string; expires_at: number }>(
    `SELECT u.user_id, u.email, u.workspace_id, s.expires_at FROM sessions s JOIN users u ON u.user_id = s.user_id
      WHERE s.token_hash = ?`,
    [hasher.hash(token)],
  );
  if (!row || Number(row.expires_at) < now) throw unauthenticated("the session expired; sign in again");
  return { user_id: row.user_id, email: row.email, workspace_id: row.workspace_id };
}
