// Owner sign-in by magic link. The first sign-in of an email creates its user, workspace and
// default calendar.
import { deleteCookie, getCookie } from "hono/cookie";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Handlers, Input } from "../http/context.ts";
import { RateLimiter } from "../shell/rate-limit.ts";
import type { SignInMailer } from "../mail/sign-in-mail.ts";
import { SESSION_COOKIE, startSession } from "../http/auth.ts";
import { ApiError } from "../http/problems.ts";
import type { Services } from "../services.ts";
import { newId } from "../shell/ids.ts";
import { newOpaqueToken } from "../shell/secrets.ts";
import { newMailHandle } from "../mail/address.ts";
import { insertCalendar } from "../store/calendars.ts";
import type { Queryable } from "../store/db.ts";
import { deleteSession, issueMagicLink, insertOwner, magicLink, markMagicLinkUsed, userIdByEmail } from "../store/owners.ts";

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
      ctx: {
        workspace_id: workspaceId,
        request_id: requestId,
        method: "POST",
        path: "/v1/auth/verify",
        actor: { type: "user", user_id: userId },
      },
    }),
    async (tx: Queryable, { logged }) => {
      const at = logged.command.at;
      await insertOwner(tx, {
        user_id: userId,
        email,
        workspace_id: workspaceId,
        mail_handle: newMailHandle(),
        default_calendar_id: calendarId,
        created_at: at,
      });
      await insertCalendar(tx, { calendar_id: calendarId, workspace_id: workspaceId, name: "Main", is_default: true, created_at: at });
    },
  );
  return userId;
}

/** How sign-in links leave the server outside dev mode (dev mode answers with the token instead). */
export interface SignInOptions {
  /** No owner sign-in at all (`--disable-sign-in`). */
  disabled: boolean;
  mailer?: SignInMailer;
  /** Requests a client address may burst, refilled at that many per minute (per email: a fifth). */
  limit: number;
  /** Base URL of the link (`{base}/app/verify?token=…`). */
  baseUrl: () => string;
}

/** 429 with the wait, as every rate-limited answer. */
function throttled(limiter: RateLimiter, key: string): void {
  const rate = limiter.take(key);
  if (rate.allowed) return;
  throw new ApiError(
    "rate_limited",
    `too many sign-in requests; retry in ${rate.retryAfterSeconds} s`,
    { retry_after_seconds: rate.retryAfterSeconds },
    { "Retry-After": String(rate.retryAfterSeconds), ...rate.headers },
  );
}

export function ownerAuthHandlers(
  services: Services,
  signIn: SignInOptions,
): Pick<Handlers, "requestMagicLink" | "verifyMagicLink" | "logout"> {
  const { settings, hasher } = services;
  const perMinute = (n: number) => ({ capacity: n, refillPerSecond: n / 60, name: "sign-in" });
  const perAddress = new RateLimiter(perMinute(signIn.limit), services.now);
  const perEmail = new RateLimiter(perMinute(Math.max(3, Math.floor(signIn.limit / 5))), services.now);
  const address = (input: Input) => getConnInfo(input.hono).remote.address ?? "unknown";

  return {
    requestMagicLink: async (input) => {
      if (signIn.disabled || (!settings.dev && !signIn.mailer))
        throw new ApiError("unavailable", "owner sign-in is disabled on this server", {}, { "Retry-After": "3600" });
      throttled(perAddress, address(input));
      const email = input.body.email.trim().toLowerCase();
      throttled(perEmail, email);
      const token = newOpaqueToken("mlt");
      const now = services.now();
      await issueMagicLink(services.db, hasher.hash(token), email, now, now + settings.magicLinkTtlMs);
      if (settings.dev) return { status: 200, body: { sent: true, dev_token: token } };
      const link = `${signIn.baseUrl()}/app/verify?token=${encodeURIComponent(token)}`;
      try {
        await signIn.mailer!.send(email, link, token);
      } catch {
        throw new ApiError(
          "unavailable",
          "the sign-in mail could not be sent; retry later",
          { retry_after_seconds: 30 },
          { "Retry-After": "30" },
        );
      }
      return { status: 200, body: { sent: true } };
    },

    verifyMagicLink: async (input) => {
      const { body, requestId, hono } = input;
      if (signIn.disabled) throw new ApiError("unauthenticated", "owner sign-in is disabled on this server");
      throttled(perAddress, address(input));
      const { token } = body;
      const now = services.now();
      const claimed = await services.db.transaction(async (tx) => {
        const link = await magicLink(tx, hasher.hash(token));
        if (!link || Number(link.used) || Number(link.expires_at) < now) return undefined;
        await markMagicLinkUsed(tx, hasher.hash(token));
        return link.email;
      });
      if (!claimed) throw new ApiError("unauthenticated", "the sign-in link is invalid, used or expired");
      const userId = await findOrCreateOwner(services, claimed, requestId);
      await startSession(hono, services.db, hasher, userId, now + settings.session.ttlMs, now, settings.session);
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
