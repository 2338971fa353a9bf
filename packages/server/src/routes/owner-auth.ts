// Owner sign-in by magic link. The first sign-in of an email creates its user, workspace and
// default calendar.
import { setCookie, deleteCookie, getCookie } from "hono/cookie";
import type { Handler } from "../http/context.ts";
import { SESSION_COOKIE } from "../http/auth.ts";
import { ApiError } from "../http/problems.ts";
import type { Services } from "../services.ts";
import { newId } from "../shell/ids.ts";
import { newOpaqueToken } from "../shell/secrets.ts";
import type { Queryable } from "../store/db.ts";

async function findOrCreateOwner(services: Services, email: string, requestId: string) {
  const existing = await services.db.get<{ user_id: string }>(`SELECT user_id FROM users WHERE email = ?`, [email]);
  if (existing) return existing.user_id;
  const userId = newId("usr");
  const workspaceId = newId("ws");
  const calendarId = newId("cal");
  await services.ledgers.execute(
    workspaceId,
    (seq, at) => ({
      command: { type: "calendar.configure", seq, at, calendar_id: calendarId, workspace_id: workspaceId, settings: {} },
      ctx: { workspace_id: workspaceId, request_id: requestId, method: "POST", path: "/v1/auth/verify", actor: { type: "user", user_id: userId } },
    }),
    async (tx: Queryable, { logged }) => {
      const at = logged.command.at;
      await tx.run(`INSERT INTO users (user_id, email, workspace_id, created_at) VALUES (?, ?, ?, ?)`, [userId, email, workspaceId, at]);
      await tx.run(`INSERT INTO workspaces (workspace_id, user_id, default_calendar_id, created_at) VALUES (?, ?, ?, ?)`, [
        workspaceId,
        userId,
        calendarId,
        at,
      ]);
      await tx.run(`INSERT INTO calendars (calendar_id, workspace_id, name, is_default, created_at) VALUES (?, ?, ?, 1, ?)`, [
        calendarId,
        workspaceId,
        "Main",
        at,
      ]);
    },
  );
  return userId;
}

export function ownerAuthHandlers(services: Services, log: { warn: (obj: object, msg: string) => void }): Record<string, Handler> {
  const { settings, hasher } = services;
  return {
    requestMagicLink: async ({ body }) => {
      const email = (body as { email: string }).email.trim().toLowerCase();
      const token = newOpaqueToken("mlt");
      await services.db.run(`INSERT INTO magic_links (token_hash, email, expires_at, used) VALUES (?, ?, ?, 0)`, [
        hasher.hash(token),
        email,
        services.now() + settings.magicLinkTtlMs,
      ]);
      // Outside dev mode the link goes by mail once a relay is configured; until then the operator's log has it.
      if (!settings.dev) log.warn({ email, token }, "magic link (no mail relay configured)");
      return { status: 200, body: settings.dev ? { sent: true, dev_token: token } : { sent: true } };
    },

    verifyMagicLink: async ({ body, requestId, hono }) => {
      const token = (body as { token: string }).token;
      const now = services.now();
      const claimed = await services.db.transaction(async (tx) => {
        const link = await tx.get<{ email: string; expires_at: number; used: number }>(
          `SELECT email, expires_at, used FROM magic_links WHERE token_hash = ?`,
          [hasher.hash(token)],
        );
        if (!link || Number(link.used) || Number(link.expires_at) < now) return undefined;
        await tx.run(`UPDATE magic_links SET used = 1 WHERE token_hash = ?`, [hasher.hash(token)]);
        return link.email;
      });
      if (!claimed) throw new ApiError("unauthenticated", "the sign-in link is invalid, used or expired");
      const userId = await findOrCreateOwner(services, claimed, requestId);
      const session = newOpaqueToken("ses");
      await services.db.run(`INSERT INTO sessions (token_hash, user_id, expires_at) VALUES (?, ?, ?)`, [
        hasher.hash(session),
        userId,
        now + settings.sessionTtlMs,
      ]);
      setCookie(hono, SESSION_COOKIE, session, {
        httpOnly: true,
        sameSite: "Lax",
        secure: !settings.dev,
        path: "/",
        maxAge: Math.floor(settings.sessionTtlMs / 1000),
      });
      return { status: 200, body: { user_id: userId, email: claimed } };
    },

    logout: async ({ hono }) => {
      const token = getCookie(hono, SESSION_COOKIE);
      if (token) await services.db.run(`DELETE FROM sessions WHERE token_hash = ?`, [hasher.hash(token)]);
      deleteCookie(hono, SESSION_COOKIE, { path: "/" });
      return { status: 204 };
    },
  };
}
