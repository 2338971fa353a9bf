// Booking writes (through the arbitration window) and reads.
import {
  expandRecurrence,
  getBooking,
  getCalendar,
  MAX_OCCURRENCES,
  occurrenceId,
  type Booking,
  type Command,
  type EngineState,
  type OccurrenceResult,
  type Rejection,
  type WriteResult,
} from "../engine/index.ts";
import type { components } from "../generated/openapi.ts";
import { workspaceOf, type Handlers, type Input, type InputOf, type OutputOf } from "../http/context.ts";
import { ApiError, invalid } from "../http/problems.ts";
import type { Services } from "../services.ts";
import { iso } from "../shell/audit-trail.ts";
import type { BookingView } from "../shell/booking-view.ts";
import { newId } from "../shell/ids.ts";
import { parseLocalZone, withLocalTimes, zoneFor, type LocalZone } from "./local-time.ts";
import { bookingBody, listBookings } from "../store/bookings.ts";
import { decodeCursor, page } from "./cursor.ts";
import { rejectionOutput } from "./rejections.ts";

type Schemas = components["schemas"];

const METADATA_LIMITS = { keys: 50, keyLength: 40, valueLength: 500 };

function checkMetadata(metadata: Record<string, string> | undefined): void {
  if (!metadata) return;
  const entries = Object.entries(metadata);
  const errors = [];
  if (entries.length > METADATA_LIMITS.keys) errors.push({ field: "/metadata", message: `at most ${METADATA_LIMITS.keys} keys` });
  for (const [k, v] of entries) {
    if (k.length > METADATA_LIMITS.keyLength)
      errors.push({ field: `/metadata/${k}`, message: `keys are at most ${METADATA_LIMITS.keyLength} characters` });
    if (v.length > METADATA_LIMITS.valueLength)
      errors.push({ field: `/metadata/${k}`, message: `values are at most ${METADATA_LIMITS.valueLength} characters` });
  }
  if (errors.length) throw invalid("metadata is too large", errors);
}

/** An RFC 3339 instant the schema let through (a second of 60 is not one); `field` names it as FieldError.field does. */
function instant(value: string, field: string): number {
  const ms = Date.parse(value.toUpperCase());
  if (Number.isNaN(ms)) throw invalid(`${field} is not a valid instant`, [{ field, message: "is not a valid RFC 3339 instant" }]);
  return ms;
}

/** The booking view with local times when the read asked for them (docs/protocol.md §11.3). */
function localBooking(services: Services, input: Input, local: LocalZone, view: BookingView): BookingView {
  if (!local) return view;
  const calendarZone = getCalendar(services.stateOf(workspaceOf(input)), String(view.calendar_id))?.settings.time_zone ?? "UTC";
  return withLocalTimes(view as BookingView & { start: string; end: string }, zoneFor(local, calendarZone));
}

/** A booking of the caller's workspace, or 404 (other workspaces' bookings do not exist for it). */
function ownBooking(services: Services, input: Input, bookingId: string) {
  const state = services.stateOf(input.agent!.workspace_id);
  const booking = getBooking(state, bookingId);
  const cal = booking && getCalendar(state, booking.calendar_id);
  if (!booking || cal?.workspace_id !== input.agent!.workspace_id) throw new ApiError("not_found", `no booking ${bookingId}`);
  return booking;
}

type ResolveType = "bookings.commit_hold" | "bookings.release_hold" | "bookings.cancel";

/**
 * Commit / release / cancel of an existing booking of `workspaceId`: one engine command, on behalf of
 * `agentId` (the booking's agent), audited with the request's actor (the agent, or the owner for the
 * dashboard's actions).
 */
export function resolveBooking(
  services: Services,
  input: Input,
  type: ResolveType,
  workspaceId: string,
  agentId: string,
  bookingId: string,
  reason?: string,
): Promise<OutputOf<"commitHold">> {
  return services.execute(
    workspaceId,
    input.idempotency,
    (seq, at) => ({
      command: {
        type,
        seq,
        at,
        booking_id: bookingId,
        agent_id: agentId,
        ...(type === "bookings.cancel" && reason !== undefined ? { reason } : {}),
      } as Command,
      ctx: input.commandContext(workspaceId),
    }),
    ({ decision, audit, bookings }) => {
      const reply = decision!.reply;
      if (reply.kind === "booking") return { status: 200, body: bookings.get(bookingId)! };
      if (reply.kind === "rejected") return rejectionOutput(reply.rejection, audit[reply.event_index]!.event_id, input.requestId);
      throw new Error(`${type} replied ${reply.kind}`);
    },
  );
}

/** The calendars a new booking asks for: `calendar_ids` (2–10, distinct, of the workspace) or `calendar_id` or the default. */
function requestedCalendars(
  state: EngineState,
  workspaceId: string,
  body: { calendar_id?: string; calendar_ids?: string[] },
  fallback: string,
) {
  if (body.calendar_ids === undefined) {
    const calendarId = body.calendar_id ?? fallback;
    if (getCalendar(state, calendarId)?.workspace_id !== workspaceId) throw new ApiError("not_found", `no calendar ${calendarId}`);
    return [calendarId];
  }
  if (body.calendar_id !== undefined)
    throw invalid("give calendar_id or calendar_ids, not both", [
      { field: "/calendar_id", message: "must not be given with calendar_ids" },
    ]);
  const ids = body.calendar_ids;
  const duplicates = ids.flatMap((id, i) =>
    ids.indexOf(id) < i ? [{ field: `/calendar_ids/${i}`, message: `duplicate calendar id ${id}` }] : [],
  );
  if (duplicates.length > 0) throw invalid("calendar_ids must be distinct", duplicates);
  // Another workspace's calendar does not exist for the caller (docs/protocol.md §2.1): 404 like an unknown one.
  const unknown = ids.find((id) => getCalendar(state, id)?.workspace_id !== workspaceId);
  if (unknown !== undefined) throw new ApiError("not_found", `no calendar ${unknown}`);
  return ids;
}

/** Series are checked before they are decided: an unbounded or too long RRULE writes nothing. */
function checkRecurrence(state: EngineState, calendarId: string, rrule: string, start: number): void {
  const expansion = expandRecurrence(rrule, start, getCalendar(state, calendarId)!.settings.time_zone);
  if (!expansion.ok)
    throw invalid(`the recurrence is invalid: ${expansion.message}`, [{ field: "/recurrence/rrule", message: expansion.message }]);
}

/** Why an occurrence failed, as the wire's `OccurrenceProblem`. */
function occurrenceProblem(r: Rejection): Schemas["OccurrenceProblem"] {
  return {
    code: r.code,
    detail: r.message,
    ...(r.winning_agent_id !== undefined ? { winning_agent_id: r.winning_agent_id } : {}),
    ...(r.winning_agent_priority !== undefined ? { winning_agent_priority: r.winning_agent_priority } : {}),
    ...(r.winning_booking_id !== undefined ? { winning_booking_id: r.winning_booking_id } : {}),
    ...(r.rule !== undefined ? { rule: r.rule } : {}),
    ...(r.calendar_id !== undefined ? { calendar_id: r.calendar_id } : {}),
  };
}

/** The wire's `SeriesOutcome` of a recurring write. */
function seriesOutcome(result: WriteResult, allOrNothing: boolean): Schemas["SeriesOutcome"] {
  const series = result.series!;
  return {
    series_id: series.series_id,
    all_or_nothing: allOrNothing,
    occurrences: series.occurrences.map((o: OccurrenceResult) => ({
      index: o.index,
      booking_id: o.booking_id,
      start: iso(o.start),
      end: iso(o.end),
      outcome: o.ok ? "created" : "failed",
      ...(o.ok ? {} : { problem: occurrenceProblem(o.rejection) }),
    })),
  };
}

/** The occurrences of a series that exist in the state, in order. */
function seriesBookings(state: EngineState, seriesId: string): Booking[] {
  const out: Booking[] = [];
  for (let i = 0; i < MAX_OCCURRENCES; i++) {
    const b = getBooking(state, occurrenceId(seriesId, i));
    if (b?.series_id === seriesId) out.push(b);
  }
  return out;
}

type Transition = "commitHold" | "releaseHold" | "cancelBooking";
/** The three transitions answer alike (a `Booking`, or the same problems). */
type TransitionHandler = (input: InputOf<Transition>) => Promise<OutputOf<"commitHold">>;

export function bookingHandlers(
  services: Services,
): Pick<Handlers, "createBooking" | "moveBooking" | "cancelSeries" | Transition | "getBooking" | "listBookings"> {
  /** commit / release / cancel of an existing booking: one engine command each. */
  const transition =
    (type: ResolveType): TransitionHandler =>
    async (input) => {
      const agent = input.agent!;
      const bookingId = input.path.booking_id;
      ownBooking(services, input, bookingId);
      const reason = input.body?.reason;
      return resolveBooking(services, input, type, agent.workspace_id, agent.agent_id, bookingId, reason);
    };

  return {
    createBooking: async (input) => {
      const agent = input.agent!;
      const { body } = input;
      const state = services.stateOf(agent.workspace_id);
      const calendarIds = requestedCalendars(state, agent.workspace_id, body, agent.calendar_id);
      checkMetadata(body.metadata);
      const start = instant(body.start, "/start");
      const end = instant(body.end, "/end");
      if (body.recurrence !== undefined) checkRecurrence(state, calendarIds[0]!, body.recurrence.rrule, start);
      // A series is named `srs_<suffix>`; its occurrences are the bookings `bkg_<suffix>_<index>`.
      const bookingId = newId(body.recurrence !== undefined ? "srs" : "bkg");
      return services.arbiter.submit<OutputOf<"createBooking">>({
        write: {
          booking_id: bookingId,
          agent_id: agent.agent_id,
          calendar_id: calendarIds[0]!,
          ...(calendarIds.length > 1 ? { calendar_ids: calendarIds } : {}),
          start,
          end,
          mode: body.mode ?? "commit",
          ...(body.hold_ttl_seconds !== undefined ? { hold_ttl_seconds: body.hold_ttl_seconds } : {}),
          metadata: body.metadata ?? {},
          ...(body.recurrence !== undefined ? { recurrence: body.recurrence } : {}),
        },
        ctx: input.commandContext(agent.workspace_id),
        claim: input.idempotency,
        settle: async ({ result, audit, bookings }) => {
          let out: OutputOf<"createBooking">;
          if (!result.ok) out = rejectionOutput(result.rejection, audit[result.event_index]!.event_id, input.requestId);
          else if (result.series === undefined) out = { status: 201, body: bookings.get(bookingId)! };
          else {
            const series = seriesOutcome(result, body.recurrence?.all_or_nothing !== false);
            out = { status: 201, body: { ...bookings.get(result.booking.booking_id)!, series } };
          }
          return out;
        },
      });
    },

    moveBooking: async (input) => {
      const agent = input.agent!;
      const bookingId = input.path.booking_id!;
      const booking = ownBooking(services, input, bookingId);
      const { body } = input;
      return services.arbiter.submit<OutputOf<"moveBooking">>({
        write: {
          kind: "move",
          booking_id: bookingId,
          agent_id: agent.agent_id,
          calendar_id: booking.calendar_id,
          start: instant(body.start, "/start"),
          end: instant(body.end, "/end"),
          ...(body.whole_series !== undefined ? { whole_series: body.whole_series } : {}),
        },
        ctx: input.commandContext(agent.workspace_id),
        claim: input.idempotency,
        settle: async ({ result, audit, bookings }) =>
          result.ok
            ? { status: 200, body: bookings.get(bookingId)! }
            : rejectionOutput(result.rejection, audit[result.event_index]!.event_id, input.requestId),
      });
    },

    cancelSeries: async (input) => {
      const agent = input.agent!;
      const seriesId = input.path.series_id!;
      const state = services.stateOf(agent.workspace_id);
      const first = seriesBookings(state, seriesId)[0];
      if (first === undefined || getCalendar(state, first.calendar_id)?.workspace_id !== agent.workspace_id)
        throw new ApiError("not_found", `no series ${seriesId}`);
      const reason = input.body?.reason;
      return services.execute(
        agent.workspace_id,
        input.idempotency,
        (seq, at) => ({
          command: {
            type: "series.cancel",
            seq,
            at,
            series_id: seriesId,
            agent_id: agent.agent_id,
            ...(reason !== undefined ? { reason } : {}),
          },
          ctx: input.commandContext(agent.workspace_id),
        }),
        ({ decision, audit, bookings }) => {
          const reply = decision!.reply;
          if (reply.kind === "series_cancelled")
            return { status: 200, body: { series_id: seriesId, bookings: reply.bookings.map((b) => bookings.get(b.booking_id)!) } };
          if (reply.kind === "rejected") return rejectionOutput(reply.rejection, audit[reply.event_index]!.event_id, input.requestId);
          throw new Error(`series.cancel replied ${reply.kind}`);
        },
      );
    },

    commitHold: transition("bookings.commit_hold"),
    releaseHold: transition("bookings.release_hold"),
    cancelBooking: transition("bookings.cancel"),

    getBooking: async (input) => {
      const local = parseLocalZone(input.query.time_zone);
      const body = await bookingBody(services.db, input.agent!.workspace_id, input.path.booking_id);
      if (body === undefined) throw new ApiError("not_found", `no booking ${input.path.booking_id}`);
      return { status: 200, body: localBooking(services, input, local, JSON.parse(body) as BookingView) };
    },

    listBookings: async (input) => {
      const q = input.query;
      const local = parseLocalZone(q.time_zone);
      const rows = await listBookings(services.db, workspaceOf(input), {
        ...(q.status ? { status: q.status } : {}),
        ...(q.agent_id ? { agentId: q.agent_id } : {}),
        ...(q.calendar_id ? { calendarId: q.calendar_id } : {}),
        ...(q.range_start ? { endsAfter: instant(q.range_start, "query.range_start") } : {}),
        ...(q.range_end ? { startsBefore: instant(q.range_end, "query.range_end") } : {}),
        ...(q.cursor ? { after: decodeCursor(q.cursor, "number", "string") } : {}),
        limit: q.limit + 1,
      });
      return {
        status: 200,
        body: page(
          rows,
          q.limit,
          (r) => localBooking(services, input, local, JSON.parse(r.body) as BookingView),
          (r) => [Number(r.start_ms), r.booking_id],
        ),
      };
    },
  };
}
