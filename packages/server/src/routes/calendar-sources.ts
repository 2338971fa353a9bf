// Owner API of external calendar sources (docs/protocol.md §11.1): PUT/GET
// /v1/dashboard/calendars/{calendar_id}/sources. Credentials are sealed with the key file's sealing
// key, bound to their calendar and source, and never returned; URLs pass the outbound-request policy
// when given (and again on every request the poller makes).
import { getCalendar } from "../engine/index.ts";
import { NEW_SOURCE_STATUS, sealContext, type SourceStatus } from "../external/poll.ts";
import type { Handlers, Input } from "../http/context.ts";
import { ApiError, invalid } from "../http/problems.ts";
import { checkTargetUrl, OutboundRefused } from "../net/outbound.ts";
import type { Services } from "../services.ts";
import { iso } from "../shell/audit-trail.ts";
import { newId } from "../shell/ids.ts";
import { seal } from "../shell/sealed.ts";
import { calendarRow } from "../store/calendars.ts";
import { deleteSource, insertSource, sourcesOf, updateKeptSource, type SourceRow } from "../store/calendar-sources.ts";

type SourceInput = { kind: "ics"; url: string } | { kind: "caldav"; url: string; username?: string; password?: string };

const DEFAULT_POLL_SECONDS = 300;

function sourceView(row: SourceRow) {
  const status = JSON.parse(row.status) as SourceStatus;
  return {
    source_id: row.source_id,
    kind: row.kind,
    url: row.url,
    ...(row.username !== null ? { username: row.username } : {}),
    has_password: row.password_sealed !== null,
    ...(status.last_sync_at !== null ? { last_sync_at: iso(status.last_sync_at) } : {}),
    ...(status.last_error !== null ? { last_error: { ...status.last_error, at: iso(status.last_error.at) } } : {}),
    ...(status.event_count !== null ? { event_count: status.event_count } : {}),
    ...(status.interval_count !== null ? { interval_count: status.interval_count } : {}),
    next_poll_at: iso(row.next_poll_at),
  };
}

const sameSource = (row: SourceRow, s: SourceInput) =>
  row.kind === s.kind && row.url === s.url && (row.username ?? null) === (s.kind === "caldav" ? (s.username ?? null) : null);

/** The path's `calendar_id` when it is a calendar of the owner's workspace, else 404 (shared with the feeds). */
export async function ownCalendar(services: Services, input: Input): Promise<string> {
  const ws = input.user!.workspace_id;
  const calendarId = input.path.calendar_id!;
  const cal = getCalendar(services.stateOf(ws), calendarId);
  if (!(await calendarRow(services.db, ws, calendarId)) || cal?.workspace_id !== ws)
    throw new ApiError("not_found", `no calendar ${calendarId}`);
  return calendarId;
}

export function calendarSourceHandlers(services: Services): Pick<Handlers, "getCalendarSources" | "setCalendarSources"> {
  const { db } = services;

  async function view(ws: string, calendarId: string) {
    const rows = await sourcesOf(db, ws, calendarId);
    return {
      calendar_id: calendarId,
      poll_seconds: rows[0]?.poll_seconds ?? DEFAULT_POLL_SECONDS,
      sources: rows.map(sourceView),
    };
  }

  return {
    getCalendarSources: async (input) => {
      const calendarId = await ownCalendar(services, input);
      return { status: 200, body: await view(input.user!.workspace_id, calendarId) };
    },

    setCalendarSources: async (input) => {
      const ws = input.user!.workspace_id;
      const calendarId = await ownCalendar(services, input);
      const { body } = input;
      const pollSeconds = body.poll_seconds ?? DEFAULT_POLL_SECONDS;
      const errors: { field: string; message: string }[] = [];
      body.sources.forEach((s, i) => {
        try {
          const url = checkTargetUrl(s.url, services.settings.sourcePolicy);
          if (url.username !== "" || url.password !== "")
            errors.push({ field: `/sources/${i}/url`, message: "must not carry credentials: give username and password instead" });
        } catch (error) {
          if (!(error instanceof OutboundRefused)) throw error;
          errors.push({ field: `/sources/${i}/url`, message: error.message });
        }
        if (s.kind === "caldav" && s.password !== undefined && s.username === undefined)
          errors.push({ field: `/sources/${i}/password`, message: "needs a username" });
        if (body.sources.findIndex((t) => t.kind === s.kind && t.url === s.url) !== i)
          errors.push({ field: `/sources/${i}/url`, message: "is given twice" });
      });
      if (errors.length > 0) throw invalid("the sources are not ones this server reads", errors);

      const existing = await sourcesOf(db, ws, calendarId);
      const kept = new Map<number, SourceRow>();
      const used = new Set<string>();
      body.sources.forEach((s, i) => {
        const row = existing.find((r) => !used.has(r.source_id) && sameSource(r, s));
        if (row) {
          kept.set(i, row);
          used.add(row.source_id);
        }
      });
      const now = services.now();

      // A removed source's busy time goes with its row, in one command each.
      for (const row of existing.filter((r) => !used.has(r.source_id))) {
        await services.ledgers.execute(
          ws,
          (seq, at) => ({
            command: {
              type: "external.busy_set",
              seq,
              at,
              calendar_id: calendarId,
              workspace_id: ws,
              source_id: row.source_id,
              intervals: [],
            },
            ctx: input.commandContext(ws),
          }),
          async (tx) => {
            await deleteSource(tx, row.source_id);
          },
        );
      }

      const plan = body.sources.map((s, i) => ({ input: s, row: kept.get(i), source_id: kept.get(i)?.source_id ?? newId("src") }));
      await services.ledgers.execute(
        ws,
        (seq, at) => ({
          command: {
            type: "audit.note",
            seq,
            at,
            action: "calendar.sources_set",
            resource: calendarId,
            // Ids and kinds only: a URL may itself be a secret (a private ICS address).
            outcome: { sources: plan.map((p) => ({ source_id: p.source_id, kind: p.input.kind })), poll_seconds: pollSeconds },
          },
          ctx: input.commandContext(ws),
        }),
        async (tx) => {
          for (const [position, p] of plan.entries()) {
            const password = p.input.kind === "caldav" ? p.input.password : undefined;
            const sealed =
              password !== undefined ? seal(services.settings.sealingKey, password, sealContext(calendarId, p.source_id)) : undefined;
            if (p.row) {
              await updateKeptSource(tx, p.source_id, {
                position,
                poll_seconds: pollSeconds,
                password_sealed: sealed ?? p.row.password_sealed,
                next_poll_at: now,
              });
            } else {
              await insertSource(tx, {
                source_id: p.source_id,
                workspace_id: ws,
                calendar_id: calendarId,
                position,
                kind: p.input.kind,
                url: p.input.url,
                username: p.input.kind === "caldav" ? (p.input.username ?? null) : null,
                password_sealed: sealed ?? null,
                poll_seconds: pollSeconds,
                status: JSON.stringify(NEW_SOURCE_STATUS),
                next_poll_at: now,
                created_at: now,
              });
            }
          }
        },
      );
      services.sourcesChanged();
      return { status: 200, body: await view(ws, calendarId) };
    },
  };
}
