// Owner sign-in by magic link. The first sign-in of an email creates its user, workspace and
// default calendar.
import { setCookie, deleteCookie, getCookie } from "hono/cookie";
import type { Handler } from "../http/context.ts";
import { SESSION_COOKIE } from "../http/auth.ts";
import { ApiError } from "../http/problems.ts";
import type { Services } from "../services.ts";
import { newId } from "../shell/ids.ts";
import { newOpaqueToken } from "../shell/secrets.ts";
import { insertCalendar } from "../store/calendars.ts";
import type { Queryable } from "../store/db.ts";
import {
  deleteSession,
  insertMagicLink,
  insertOwner,
  insertSession,
  magicLink,
  markMagicLinkUsed,
  userIdByEmail,
} from "../store/owners.ts";

async function findOrCreateOwner(services: Services, email: string, requestId: string) {
  const existing = await userIdByEmail(services.db, email);
  if (existing) return existing;
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
      await insertOwner(tx, { user_id: userId, email, workspace_id: workspaceId, default_calendar_id: calendarId, created_at: at });
      await insertCalendar(tx, { calendar_id: calendarId, workspace_id: workspaceId, name: "Main", is_default: true, created_at: at });
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
      await insertMagicLink(services.db, hasher.hash(token), email, services.now() + settings.magicLinkTtlMs);
      // Outside dev mode the link goes by mail once a relay is configured; until then the operator's log has it.
      if (!settings.dev) log.warn({ email, token }, "magic link (no mail relay configured)");
      return { status: 200, body: settings.dev ? { sent: true, dev_token: token } : { sent: true } };
    },

    verifyMagicLink: async ({ body, requestId, hono }) => {
      const token = (body as { token: string }).token;
      const now = services.now();
      const claimed = await services.db.transaction(async (tx) => {
        const link = await magicLink(tx, hasher.hash(token));
        if (!link || Number(link.used) || Number(link.expires_at) < now) return undefined;
        await markMagicLinkUsed(tx, hasher.hash(token));
        return link.email;
      });
      if (!claimed) throw new ApiError("unauthenticated", "the sign-in link is invalid, used or expired");
      const userId = await findOrCreateOwner(services, claimed, requestId);
      const session = newOpaqueToken("ses");
      await insertSession(services.db, hasher.hash(session), userId, now + settings.sessionTtlMs);
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
      if (token) await deleteSession(services.db, hasher.hash(token));
      deleteCookie(hono, SESSION_COOKIE, { path: "/" });
      return { status: 204 };
    },
  };
}
