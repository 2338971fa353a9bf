// ICS feeds out (docs/protocol.md §11.2): the owner creates and revokes tokenised feed URLs of a
// calendar; `GET /v1/feeds/{token}.ics` serves its bookings as iCalendar, read-only, with an ETag.
// The token is the only credential: only its hash (HMAC with the key file's pepper) is stored.
import { calendarBookings, getCalendar } from "../engine/index.ts";
import { buildFeed } from "../external/feed.ts";
import type { Handlers, Input } from "../http/context.ts";
import { ApiError, invalid } from "../http/problems.ts";
import type { Services } from "../services.ts";
import { iso } from "../shell/audit-trail.ts";
import { newId } from "../shell/ids.ts";
import { newOpaqueToken } from "../shell/secrets.ts";
import { calendarRow } from "../store/calendars.ts";
import { ownCalendar } from "./calendar-sources.ts";
import { bookingChangeCounts, deleteFeed, feedByTokenHash, feedCount, feedsOf, insertFeed } from "../store/calendar-feeds.ts";

const MAX_FEEDS_PER_CALENDAR = 20;
/** A feed shows bookings that ended at most this long ago … */
const FEED_PAST_MS = 30 * 24 * 60 * 60 * 1000;
/** … and at most this many (the earliest first). */
const MAX_FEED_EVENTS = 2000;

export function feedHandlers(
  services: Services,
  baseUrl: () => string,
): Pick<Handlers, "listCalendarFeeds" | "createCalendarFeed" | "deleteCalendarFeed" | "getFeed"> {
  const { db } = services;

  const note = (input: Input, action: string, resource: string, outcome: Record<string, string>) => (seq: number, at: number) => ({
    command: { type: "audit.note" as const, seq, at, action, resource, outcome },
    ctx: input.commandContext(input.user!.workspace_id),
  });

  return {
    listCalendarFeeds: async (input) => {
      const calendarId = await ownCalendar(services, input);
      const feeds = await feedsOf(db, input.user!.workspace_id, calendarId);
      return { status: 200, body: { data: feeds.map((f) => ({ feed_id: f.feed_id, created_at: iso(f.created_at) })) } };
    },

    createCalendarFeed: async (input) => {
      const ws = input.user!.workspace_id;
      const calendarId = await ownCalendar(services, input);
      if ((await feedCount(db, ws, calendarId)) >= MAX_FEEDS_PER_CALENDAR)
        throw invalid(`a calendar has at most ${MAX_FEEDS_PER_CALENDAR} feeds`, [
          { field: "path.calendar_id", message: "its feed quota is reached" },
        ]);
      const feedId = newId("fd");
      const token = newOpaqueToken("adf");
      const at = services.now();
      await services.ledgers.execute(ws, note(input, "calendar.feed_created", feedId, { calendar_id: calendarId }), async (tx) => {
        await insertFeed(tx, {
          feed_id: feedId,
          workspace_id: ws,
          calendar_id: calendarId,
          token_hash: services.hasher.hash(token),
          created_at: at,
        });
      });
      return { status: 201, body: { feed_id: feedId, url: `${baseUrl()}/v1/feeds/${token}.ics`, created_at: iso(at) } };
    },

    deleteCalendarFeed: async (input) => {
      const ws = input.user!.workspace_id;
      const calendarId = await ownCalendar(services, input);
      const feedId = input.path.feed_id;
      if (!(await feedsOf(db, ws, calendarId)).some((f) => f.feed_id === feedId)) throw new ApiError("not_found", `no feed ${feedId}`);
      await services.ledgers.execute(ws, note(input, "calendar.feed_revoked", feedId, { calendar_id: calendarId }), async (tx) => {
        await deleteFeed(tx, ws, calendarId, feedId);
      });
      return { status: 204 };
    },

    getFeed: async (input) => {
      const token = input.path.feed_file.replace(/\.ics$/, "");
      const feed = await feedByTokenHash(db, services.hasher.hash(token));
      if (!feed) throw new ApiError("not_found", "no such feed");
      const now = services.now();
      const found = await services.ledgers.use(feed.workspace_id, async (ledger) => {
        const cal = getCalendar(ledger.state, feed.calendar_id);
        if (!cal) return undefined;
        const bookings = calendarBookings(ledger.state, feed.calendar_id)
          .filter((b) => b.end > now - FEED_PAST_MS)
          .sort((a, b) => a.start - b.start || (a.booking_id < b.booking_id ? -1 : 1))
          .slice(0, MAX_FEED_EVENTS);
        return { timeZone: cal.settings.time_zone, bookings };
      });
      const row = await calendarRow(db, feed.workspace_id, feed.calendar_id);
      if (!found || !row) throw new ApiError("not_found", "no such feed");
      const changes = await bookingChangeCounts(
        db,
        feed.workspace_id,
        found.bookings.map((b) => b.booking_id),
      );
      const { ics, etag } = buildFeed({
        name: row.name,
        timeZone: found.timeZone,
        items: found.bookings.map((b) => {
          const c = changes.get(b.booking_id);
          return { booking: b, sequence: Math.max(0, (c?.count ?? 1) - 1), updated_at: c?.last_at || b.created_at };
        }),
      });
      const headers = { ETag: etag, "Cache-Control": "private, no-cache" };
      const inm = input.hono.req.header("if-none-match");
      if (inm?.split(",").some((t) => t.trim() === etag || t.trim() === `W/${etag}` || t.trim() === "*")) return { status: 304, headers };
      return { status: 200, text: ics, headers: { ...headers, "Content-Type": "text/calendar; charset=utf-8" } };
    },
  };
}
