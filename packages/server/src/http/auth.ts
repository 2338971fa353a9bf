// Who is calling: an agent by `Authorization: Bearer avs_live_…`, an owner by the `ad_session` cookie.
import { getCookie, setCookie } from "hono/cookie";
import type { Context } from "hono";
import type { KeyHasher } from "../shell/secrets.ts";
import type { SessionPolicy } from "../services.ts";
import type { Db } from "../store/db.ts";
import { agentByKeyHash } from "../store/agents.ts";
import type { Queryable } from "../store/db.ts";
import { newOpaqueToken } from "../shell/secrets.ts";
import { deleteSession, insertSession, retireSession, sessionUser, touchSession } from "../store/owners.ts";
import type { AgentKeyCache } from "../shell/agent-key-cache.ts";
import type { AuthedAgent, AuthedUser } from "./context.ts";
import { ApiError } from "./problems.ts";

export const SESSION_COOKIE = "ad_session";

const unauthenticated = (detail: string) => new ApiError("unauthenticated", detail);

export async function authenticateAgent(c: Context, db: Queryable, hasher: KeyHasher, cache?: AgentKeyCache): Promise<AuthedAgent> {
  const header = c.req.header("authorization") ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw unauthenticated("missing API key: send Authorization: Bearer avs_live_…");
  const keyHash = hasher.hash(match[1]!);
  // The cache holds only what this function put in it.
  const cached = cache?.get(keyHash) as AuthedAgent | undefined;
  // A copy: the handler may not change what the next request of the agent gets.
  if (cached) return { ...cached, scopes: [...cached.scopes] };
  const mark = cache?.mark ?? 0;
  const row = await agentByKeyHash(db, keyHash);
  // A revoked key gets the answer of an unknown one: a caller learns nothing about keys it lacks.
  if (!row || !hasher.same(keyHash, row.key_hash) || Number(row.revoked)) throw unauthenticated("invalid API key");
  const agent: AuthedAgent = {
    agent_id: row.agent_id,
    workspace_id: row.workspace_id,
    calendar_id: row.calendar_id,
    name: row.name,
    scopes: JSON.parse(row.scopes) as AuthedAgent["scopes"],
    user_id: row.user_id,
    mail_handle: row.mail_handle,
  };
  const copy: AuthedAgent = { ...agent, scopes: [...agent.scopes] };
  cache?.set(keyHash, copy, mark);
  return agent;
}

/** How long a rotated-out token keeps working, for the requests already in flight with it. */
const ROTATION_GRACE_MS = 60_000;
/** `last_seen_at` is written at most this often (not on every request). */
const TOUCH_EVERY_MS = 60_000;

/** Issues a session token as the `ad_session` cookie (HttpOnly, SameSite=Lax). */
export async function startSession(
  c: Context,
  db: Db,
  hasher: KeyHasher,
  userId: string,
  expiresAt: number,
  now: number,
  policy: SessionPolicy,
): Promise<void> {
  const token = newOpaqueToken("ses");
  await insertSession(db, hasher.hash(token), userId, expiresAt, now);
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "Lax",
    secure: policy.secure,
    path: "/",
    maxAge: Math.max(1, Math.floor((expiresAt - now) / 1000)),
  });
}

export async function authenticateUser(c: Context, db: Db, hasher: KeyHasher, now: number, policy: SessionPolicy): Promise<AuthedUser> {
  const token = getCookie(c, SESSION_COOKIE);
  if (!token) throw unauthenticated("sign in first: POST /v1/auth/magic-link, then /v1/auth/verify");
  const hash = hasher.hash(token);
  const row = await sessionUser(db, hash);
  if (!row) throw unauthenticated("the session expired; sign in again");
  if (Number(row.expires_at) < now || now - Number(row.last_seen_at) > policy.idleMs) {
    await deleteSession(db, hash);
    throw unauthenticated("the session expired; sign in again");
  }
  if (now - Number(row.issued_at) >= policy.rotateMs) {
    // A new token for the rest of the session's life; the old one fades out after a short grace.
    await startSession(c, db, hasher, row.user_id, Number(row.expires_at), now, policy);
    await retireSession(db, hash, now + ROTATION_GRACE_MS, now);
  } else if (now - Number(row.last_seen_at) >= TOUCH_EVERY_MS) {
    await touchSession(db, hash, now);
  }
  return { user_id: row.user_id, email: row.email, workspace_id: row.workspace_id, mail_handle: row.mail_handle };
}
