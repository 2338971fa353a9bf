// Engine state and evolve(): the only place state changes, one event at a time.
// Updates copy the path they touch and share the rest, so earlier states stay intact. The path is
// short on purpose: a calendar's bookings live in day buckets grouped by 32-day blocks, the HELD
// ones are also listed on their own, and the global booking index is split by a hash of the id,
// so one booking event copies a few small objects whatever the size of the state.
import type {
  Agent,
  Booking,
  BookingIndex,
  BookingLocation,
  BookingStatus,
  CalendarSettings,
  CalendarState,
  DayBucket,
  EngineEvent,
  EngineState,
} from "./types.ts";
import { DAY_MS, isActive, overlaps } from "./intervals.ts";

export const DEFAULT_SETTINGS: Readonly<CalendarSettings> = {
  time_zone: "UTC",
  arbitration_window_ms: 50,
  bump_window_ms: 30_000,
  hold_ttl_default_seconds: 30,
  hold_ttl_min_seconds: 1,
  hold_ttl_max_seconds: 3600,
};

/** Days per block of `CalendarState.days`. */
const BLOCK_DAYS = 32;

export function initialState(): EngineState {
  return { agents: {}, calendars: {}, booking_index: {} };
}

/** A calendar as it is first configured: no rules, no bookings. */
function newCalendar(calendar_id: string, workspace_id: string, settings: CalendarSettings): CalendarState {
  return { calendar_id, workspace_id, settings, rules: [], days: {}, holds: {}, longest_ms: 0 };
}

/**
 * An engine state read back from a stored snapshot. Snapshots written before calendars' HELD
 * bookings were named `holds` kept them under `bookings`: renamed here, so every snapshot loads.
 */
export function stateFromSnapshot(json: string): EngineState {
  const state = JSON.parse(json) as EngineState;
  for (const cal of Object.values(state.calendars) as (CalendarState & { bookings?: Record<string, Booking> })[]) {
    if (cal.holds === undefined && cal.bookings !== undefined) {
      cal.holds = cal.bookings;
      delete cal.bookings;
    }
  }
  return state;
}

export function getCalendar(state: EngineState, calendarId: string): CalendarState | undefined {
  return Object.hasOwn(state.calendars, calendarId) ? state.calendars[calendarId] : undefined;
}

export function getAgent(state: EngineState, agentId: string): Agent | undefined {
  return Object.hasOwn(state.agents, agentId) ? state.agents[agentId] : undefined;
}

// ---------------------------------------------------------------------------
// The booking index: id → (calendar, day), in 64 × 64 hash buckets.

/** FNV-1a over the UTF-16 code units of the id: a fixed, platform-independent spread. */
function idHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function indexKeys(id: string): [string, string] {
  const h = idHash(id);
  return [String(h & 63), String((h >>> 6) & 63)];
}

function own<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Where a booking is kept, or undefined for an unknown id. */
function locateBooking(state: EngineState, bookingId: string): BookingLocation | undefined {
  if (typeof bookingId !== "string") return undefined;
  const [k1, k2] = indexKeys(bookingId);
  return own(own(state.booking_index, k1), k2)?.find((l) => l.booking_id === bookingId);
}

function indexed(index: BookingIndex, location: BookingLocation): BookingIndex {
  const [k1, k2] = indexKeys(location.booking_id);
  const level = own(index, k1);
  const list = own(level, k2);
  return { ...index, [k1]: { ...level, [k2]: list === undefined ? [location] : [...list, location] } };
}

/** The index with a known booking's location replaced (a move to another day). */
function relocated(index: BookingIndex, location: BookingLocation): BookingIndex {
  const [k1, k2] = indexKeys(location.booking_id);
  const level = own(index, k1);
  const list = (own(level, k2) ?? []).map((l) => (l.booking_id === location.booking_id ? location : l));
  return { ...index, [k1]: { ...level, [k2]: list } };
}

// ---------------------------------------------------------------------------
// A calendar's bookings by day.

/** UTC day number of an instant. */
function dayOf(ms: number): number {
  return Math.floor(ms / DAY_MS);
}

/** Keys of a day in `CalendarState.days`: its block, and its place in the block (small integers keep copies fast). */
function dayKeys(day: number): [string, string] {
  const block = Math.floor(day / BLOCK_DAYS);
  return [String(block), String(day - block * BLOCK_DAYS)];
}

function dayBucket(cal: CalendarState, day: number): DayBucket | undefined {
  const [blockKey, dayKey] = dayKeys(day);
  return own(own(cal.days, blockKey), dayKey);
}

export function getBooking(state: EngineState, bookingId: string): Booking | undefined {
  const loc = locateBooking(state, bookingId);
  if (loc === undefined) return undefined;
  const cal = getCalendar(state, loc.calendar_id);
  return cal === undefined ? undefined : dayBucket(cal, loc.day)?.find((b) => b.booking_id === bookingId);
}

const byNumber = (a: string, b: string) => Number(a) - Number(b);

/**
 * Every booking of the calendar (any status) whose start lies in [from, to), in day order.
 * Reads only the day buckets the range covers (or, for a range wider than the calendar, every bucket).
 */
export function bookingsStartingIn(cal: CalendarState, from: number, to: number): Booking[] {
  const out: Booking[] = [];
  if (!(to > from)) return out;
  const firstDay = dayOf(from);
  const lastDay = dayOf(to - 1);
  const firstBlock = Math.floor(firstDay / BLOCK_DAYS);
  const lastBlock = Math.floor(lastDay / BLOCK_DAYS);
  const take = (bucket: DayBucket) => {
    for (const b of bucket) if (b.start >= from && b.start < to) out.push(b);
  };
  const scanBlock = (k: number, block: Record<string, DayBucket>) => {
    const lo = Math.max(firstDay - k * BLOCK_DAYS, 0);
    const hi = Math.min(lastDay - k * BLOCK_DAYS, BLOCK_DAYS - 1);
    for (let d = lo; d <= hi; d++) {
      const bucket = own(block, String(d));
      if (bucket !== undefined) take(bucket);
    }
  };
  if (lastBlock - firstBlock < Object.keys(cal.days).length) {
    for (let k = firstBlock; k <= lastBlock; k++) {
      const block = own(cal.days, String(k));
      if (block !== undefined) scanBlock(k, block);
    }
  } else {
    for (const key of Object.keys(cal.days).sort(byNumber)) {
      const k = Number(key);
      if (k >= firstBlock && k <= lastBlock) scanBlock(k, cal.days[key] as Record<string, DayBucket>);
    }
  }
  return out;
}

/** Bookings of the calendar (any status) overlapping [start, end). */
export function bookingsOverlapping(cal: CalendarState, start: number, end: number): Booking[] {
  // A booking lasts at most `longest_ms`, so one that reaches past `start` began after start − longest.
  const range = { start, end };
  return bookingsStartingIn(cal, start - cal.longest_ms, end).filter((b) => overlaps(b, range));
}

/** Every booking of a calendar, any status, in day order. */
export function calendarBookings(state: EngineState, calendarId: string): Booking[] {
  const cal = getCalendar(state, calendarId);
  if (cal === undefined) return [];
  const out: Booking[] = [];
  for (const blockKey of Object.keys(cal.days).sort(byNumber)) {
    const block = cal.days[blockKey] as Record<string, DayBucket>;
    for (const dayKey of Object.keys(block).sort(byNumber)) out.push(...(block[dayKey] as DayBucket));
  }
  return out;
}

/** Bookings of a calendar occupying their interval at `at` (due holds excluded even if still HELD). */
export function activeBookings(state: EngineState, calendarId: string, at: number): Booking[] {
  return calendarBookings(state, calendarId).filter((b) => isActive(b, at));
}

/** Active bookings of a calendar (at `at`) overlapping the interval [start, end). */
export function activeBookingsIn(state: EngineState, calendarId: string, range: { start: number; end: number }, at: number): Booking[] {
  const cal = getCalendar(state, calendarId);
  return cal === undefined ? [] : bookingsOverlapping(cal, range.start, range.end).filter((b) => isActive(b, at));
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
  const cals = calendarId === undefined ? Object.values(state.calendars) : [getCalendar(state, calendarId)];
  for (const cal of cals) {
    if (cal === undefined) continue;
    for (const id in cal.holds) {
      const b = cal.holds[id] as Booking;
      if (b.status === "HELD" && b.hold_expires_at !== null && (next === null || b.hold_expires_at < next)) next = b.hold_expires_at;
    }
  }
  return next;
}

// ---------------------------------------------------------------------------
// Updates

function withoutKey<T>(record: Record<string, T>, key: string): Record<string, T> {
  const { [key]: _, ...rest } = record;
  return rest;
}

/** Every calendar a booking occupies, its first calendar first. */
export function bookingCalendars(b: Booking): string[] {
  return b.calendar_ids ?? [b.calendar_id];
}

/**
 * Stores a booking (new, changed or moved) in each of its calendars. A multi-calendar booking has
 * one identical copy in every calendar's day buckets, so each calendar's overlap queries and rules
 * see it without knowing about the others; the index points at its first calendar. A move may
 * change the day: the copy leaves the old day's bucket and joins the new one.
 */
function putBooking(state: EngineState, booking: Booking): EngineState {
  const id = booking.booking_id;
  const known = locateBooking(state, id);
  if (known !== undefined && known.calendar_id !== booking.calendar_id)
    throw new Error(`evolve: booking ${id} belongs to another calendar`);
  const prev = known === undefined ? undefined : getBooking(state, id);
  if (prev !== undefined && bookingCalendars(prev).join("\u0000") !== bookingCalendars(booking).join("\u0000"))
    throw new Error(`evolve: booking ${id} cannot change calendars`);
  const day = dayOf(booking.start);
  const calendars = { ...state.calendars };
  for (const calendarId of bookingCalendars(booking)) {
    const cal = getCalendar(state, calendarId);
    if (cal === undefined) throw new Error(`evolve: unknown calendar ${calendarId}`);
    let days = cal.days;
    if (known !== undefined && known.day !== day) {
      // A move to another day: drop the copy from the old day's bucket first.
      const [oldBlockKey, oldDayKey] = dayKeys(known.day);
      const oldBlock = own(days, oldBlockKey);
      const oldBucket = (own(oldBlock, oldDayKey) ?? []).filter((b) => b.booking_id !== id);
      days = { ...days, [oldBlockKey]: { ...oldBlock, [oldDayKey]: oldBucket } };
    }
    const [blockKey, dayKey] = dayKeys(day);
    const block = own(days, blockKey);
    const bucket = own(block, dayKey) ?? [];
    const at = known === undefined || known.day !== day ? -1 : bucket.findIndex((b) => b.booking_id === id);
    const nextBucket = at < 0 ? [...bucket, booking] : bucket.with(at, booking);
    const held =
      booking.status === "HELD" ? { ...cal.holds, [id]: booking } : Object.hasOwn(cal.holds, id) ? withoutKey(cal.holds, id) : cal.holds;
    calendars[calendarId] = {
      ...cal,
      days: { ...days, [blockKey]: { ...block, [dayKey]: nextBucket } },
      holds: held,
      longest_ms: Math.max(cal.longest_ms, booking.end - booking.start),
    };
  }
  const location = { booking_id: id, calendar_id: booking.calendar_id, day };
  return {
    ...state,
    calendars,
    booking_index:
      known === undefined
        ? indexed(state.booking_index, location)
        : known.day === day
          ? state.booking_index
          : relocated(state.booking_index, location),
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
      if (locateBooking(state, event.booking.booking_id) !== undefined)
        throw new Error(`evolve: booking ${event.booking.booking_id} already exists`);
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
    case "booking.moved": {
      const b = getBooking(state, event.booking_id);
      if (b === undefined || (b.status !== "HELD" && b.status !== "COMMITTED") || b.status !== event.booking.status)
        throw new Error(`evolve: booking ${event.booking_id} cannot move`);
      return putBooking(state, event.booking);
    }
    case "agent.upserted":
      return { ...state, agents: { ...state.agents, [event.agent_id]: event.agent } };
    case "calendar.configured": {
      const cal = getCalendar(state, event.calendar_id);
      const next: CalendarState =
        cal === undefined ? newCalendar(event.calendar_id, event.workspace_id, event.settings) : { ...cal, settings: event.settings };
      return { ...state, calendars: { ...state.calendars, [event.calendar_id]: next } };
    }
    case "rules.set": {
      const cal = getCalendar(state, event.calendar_id);
      if (cal === undefined) throw new Error(`evolve: unknown calendar ${event.calendar_id}`);
      return { ...state, calendars: { ...state.calendars, [cal.calendar_id]: { ...cal, rules: event.rules } } };
    }
    case "external.busy_set": {
      const cal = getCalendar(state, event.calendar_id);
      if (cal === undefined) throw new Error(`evolve: unknown calendar ${event.calendar_id}`);
      const rest = withoutKey(cal.external ?? {}, event.source_id);
      const external =
        event.intervals.length === 0
          ? rest
          : { ...rest, [event.source_id]: { source_id: event.source_id, intervals: event.intervals, seq: event.seq, at: event.at } };
      return { ...state, calendars: { ...state.calendars, [cal.calendar_id]: { ...cal, external } } };
    }
    case "booking.external_conflict":
    case "booking.rejected":
    case "command.rejected":
    case "holds.swept":
    case "series.decided":
    case "series.cancelled":
      return state; // audit-only
  }
}

export function apply(state: EngineState, events: readonly EngineEvent[]): EngineState {
  return events.reduce(evolve, state);
}
