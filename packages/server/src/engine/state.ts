// Engine state and evolve(): the only place state changes, one event at a time.
// Updates copy the path they touch and share the rest, so earlier states stay intact.
import type { Agent, Booking, BookingStatus, CalendarSettings, CalendarState, EngineEvent, EngineState } from "./types.ts";
import { isActive } from "./intervals.ts";

export const DEFAULT_SETTINGS: Readonly<CalendarSettings> = {
  time_zone: "UTC",
  arbitration_window_ms: 50,
  bump_window_ms: 30_000,
  hold_ttl_default_seconds: 30,
  hold_ttl_min_seconds: 1,
  hold_ttl_max_seconds: 3600,
};

export function initialState(): EngineState {
  return { agents: {}, calendars: {}, booking_index: {} };
}

export function getCalendar(state: EngineState, calendarId: string): CalendarState | undefined {
  return Object.hasOwn(state.calendars, calendarId) ? state.calendars[calendarId] : undefined;
}

export function getAgent(state: EngineState, agentId: string): Agent | undefined {
  return Object.hasOwn(state.agents, agentId) ? state.agents[agentId] : undefined;
}

export function getBooking(state: EngineState, bookingId: string): Booking | undefined {
  if (!Object.hasOwn(state.booking_index, bookingId)) return undefined;
  const cal = getCalendar(state, state.booking_index[bookingId] as string);
  return cal !== undefined && Object.hasOwn(cal.bookings, bookingId) ? cal.bookings[bookingId] : undefined;
}

/** Bookings of a calendar occupying their interval at `at` (due holds excluded even if still HELD). */
export function activeBookings(state: EngineState, calendarId: string, at: number): Booking[] {
  const cal = getCalendar(state, calendarId);
  return cal === undefined ? [] : Object.values(cal.bookings).filter((b) => isActive(b, at));
}

/** Priorities of the non-revoked agents that may write to a calendar (input to canCloseEarly). */
export function activeAgentPriorities(state: EngineState, calendarId: string): number[] {
  const cal = getCalendar(state, calendarId);
  if (cal === undefined) return [];
  return Object.values(state.agents)
    .filter((a) => !a.revoked && a.workspace_id === cal.workspace_id)
    .map((a) => a.priority);
}

/** Earliest hold_expires_at among HELD bookings (optionally of one calendar), for the shell's timer. */
export function nextHoldExpiry(state: EngineState, calendarId?: string): number | null {
  let next: number | null = null;
  for (const cal of Object.values(state.calendars)) {
    if (calendarId !== undefined && cal.calendar_id !== calendarId) continue;
    for (const b of Object.values(cal.bookings)) {
      if (b.status === "HELD" && b.hold_expires_at !== null && (next === null || b.hold_expires_at < next))
        next = b.hold_expires_at;
    }
  }
  return next;
}

function putBooking(state: EngineState, booking: Booking): EngineState {
  const cal = getCalendar(state, booking.calendar_id);
  if (cal === undefined) throw new Error(`evolve: unknown calendar ${booking.calendar_id}`);
  return {
    ...state,
    calendars: { ...state.calendars, [cal.calendar_id]: { ...cal, bookings: { ...cal.bookings, [booking.booking_id]: booking } } },
    booking_index: Object.hasOwn(state.booking_index, booking.booking_id)
      ? state.booking_index
      : { ...state.booking_index, [booking.booking_id]: booking.calendar_id },
  };
}

function transition(state: EngineState, bookingId: string, from: BookingStatus, patch: Partial<Booking>): EngineState {
  const b = getBooking(state, bookingId);
  if (b === undefined || b.status !== from) throw new Error(`evolve: booking ${bookingId} is not ${from}`);
  return putBooking(state, { ...b, ...patch });
}

/** Applies one event. Throws on an event that does not fit the state (a corrupt log), never guesses. */
export function evolve(state: EngineState, event: EngineEvent): EngineState {
  switch (event.type) {
    case "booking.held":
    case "booking.committed":
      return putBooking(state, event.booking);
    case "hold.committed":
      return transition(state, event.booking_id, "HELD", { status: "COMMITTED", committed_at: event.at });
    case "hold.released":
      return transition(state, event.booking_id, "HELD", { status: "RELEASED" });
    case "hold.expired":
      return transition(state, event.booking_id, "HELD", { status: "EXPIRED" });
    case "hold.invalidated":
      return transition(state, event.booking_id, "HELD", { status: "INVALIDATED" });
    case "booking.evicted":
      return transition(state, event.booking_id, "COMMITTED", { status: "EVICTED" });
    case "booking.cancelled":
      return transition(state, event.booking_id, "COMMITTED", { status: "CANCELLED" });
    case "agent.upserted":
      return { ...state, agents: { ...state.agents, [event.agent_id]: event.agent } };
    case "calendar.configured": {
      const cal = getCalendar(state, event.calendar_id);
      const next: CalendarState =
        cal === undefined
          ? { calendar_id: event.calendar_id, workspace_id: event.workspace_id, settings: event.settings, rules: [], bookings: {} }
          : { ...cal, settings: event.settings };
      return { ...state, calendars: { ...state.calendars, [event.calendar_id]: next } };
    }
    case "rules.set": {
      const cal = getCalendar(state, event.calendar_id);
      if (cal === undefined) throw new Error(`evolve: unknown calendar ${event.calendar_id}`);
      return { ...state, calendars: { ...state.calendars, [cal.calendar_id]: { ...cal, rules: event.rules } } };
    }
    case "booking.rejected":
    case "command.rejected":
    case "holds.swept":
      return state; // audit-only
  }
}

export function apply(state: EngineState, events: readonly EngineEvent[]): EngineState {
  return events.reduce(evolve, state);
}
