// Who is calling: an agent by `Authorization: Bearer avs_live_…`, an owner by the `ad_session` cookie.
import { getCookie } from "hono/cookie";
import type { Context } from "hono";
import type { KeyHasher } from "../shell/secrets.ts";
import { agentByKeyHash } from "../store/agents.ts";
import type { Queryable } from "../store/db.ts";
import { sessionUser } from "../store/owners.ts";
import type { AuthedAgent, AuthedUser } from "./context.ts";
import { ApiError } from "./problems.ts";

export const SESSION_COOKIE = "ad_session";

const unauthenticated = (detail: string) => new ApiError("unauthenticated", detail);

export async function authenticateAgent(c: Context, db: Queryable, hasher: KeyHasher): Promise<AuthedAgent> {
  const header = c.req.header("authorization") ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw unauthenticated("missing API key: send Authorization: Bearer avs_live_…");
  const keyHash = hasher.hash(match[1]!);
  const row = await agentByKeyHash(db, keyHash);
  // A revoked key gets the answer of an unknown one: a caller learns nothing about keys it lacks.
  if (!row || !hasher.same(keyHash, row.key_hash) || Number(row.revoked)) throw unauthenticated("invalid API key");
  return {
    agent_id: row.agent_id,
    workspace_id: row.workspace_id,
    calendar_id: row.calendar_id,
    name: row.name,
    scopes: JSON.parse(row.scopes) as string[],
    user_id: row.user_id,
    mail_handle: row.mail_handle,
  };
}

export async function authenticateUser(c: Context, db: Queryable, hasher: KeyHasher, now: number): Promise<AuthedUser> {
  const token = getCookie(c, SESSION_COOKIE);
  if (!token) throw unauthenticated("sign in first: POST /v1/auth/magic-link, then /v1/auth/verify");
  const row = await sessionUser(db, hasher.hash(token));
  if (!row || Number(row.expires_at) < now) throw unauthenticated("the session expired; sign in again");
  return { user_id: row.user_id, email: row.email, workspace_id: row.workspace_id, mail_handle: row.mail_handle };
}
