// Booking writes (through the arbitration window) and reads.
import { getBooking, getCalendar, type Command } from "../engine/index.ts";
import { workspaceOf, type Handlers, type Input, type InputOf, type OutputOf } from "../http/context.ts";
import { ApiError, invalid } from "../http/problems.ts";
import type { Services } from "../services.ts";
import type { BookingView } from "../shell/booking-view.ts";
import { newId } from "../shell/ids.ts";
import { parseLocalZone, withLocalTimes, zoneFor, type LocalZone } from "./local-time.ts";
import { bookingBody, listBookings } from "../store/bookings.ts";
import { decodeCursor, page } from "./cursor.ts";
import { rejectionOutput } from "./rejections.ts";

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

function instant(value: string, field: string): number {
  const ms = Date.parse(value.toUpperCase());
  if (Number.isNaN(ms))
    throw invalid(`${field} is not a valid instant`, [{ field: `/${field}`, message: "is not a valid RFC 3339 instant" }]);
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

type Transition = "commitHold" | "releaseHold" | "cancelBooking";
/** The three transitions answer alike (a `Booking`, or the same problems). */
type TransitionHandler = (input: InputOf<Transition>) => Promise<OutputOf<"commitHold">>;

export function bookingHandlers(services: Services): Pick<Handlers, "createBooking" | Transition | "getBooking" | "listBookings"> {
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
      const calendarId = body.calendar_id ?? agent.calendar_id;
      if (getCalendar(services.stateOf(agent.workspace_id), calendarId)?.workspace_id !== agent.workspace_id) {
        throw new ApiError("not_found", `no calendar ${calendarId}`);
      }
      checkMetadata(body.metadata);
      const bookingId = newId("bkg");
      const claim = input.idempotency;
      return services.arbiter.submit<OutputOf<"createBooking">>({
        write: {
          booking_id: bookingId,
          agent_id: agent.agent_id,
          calendar_id: calendarId,
          start: instant(body.start, "start"),
          end: instant(body.end, "end"),
          mode: body.mode ?? "commit",
          ...(body.hold_ttl_seconds !== undefined ? { hold_ttl_seconds: body.hold_ttl_seconds } : {}),
          metadata: body.metadata ?? {},
        },
        ctx: input.commandContext(agent.workspace_id),
        settle: async ({ result, audit, bookings }, tx) => {
          const out: OutputOf<"createBooking"> = result.ok
            ? { status: 201, body: bookings.get(bookingId)! }
            : rejectionOutput(result.rejection, audit[result.event_index]!.event_id, input.requestId);
          await services.remember(tx, claim, out);
          return out;
        },
      });
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
        ...(q.range_start ? { endsAfter: instant(q.range_start, "range_start") } : {}),
        ...(q.range_end ? { startsBefore: instant(q.range_end, "range_end") } : {}),
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
