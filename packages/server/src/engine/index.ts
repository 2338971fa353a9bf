// Public API of the deterministic engine (docs/protocol.md §3).
//
// Choices where docs/protocol.md §3 is silent (summarised in its §3.8):
// - Every command touching a calendar first expires its due holds (hold.expired events), so
//   nothing depends on when the shell's timer fired; commit/release of an expired hold → hold_expired.
// - A hold never bumps: a hold over any active booking is slot_taken (outranked if the holder ranks higher).
// - Within one batch a later write never displaces an earlier accepted one (→ slot_taken / outranked).
// - Several overlapping rivals: the strongest (lowest priority number, then start, then id) is named.
// - Rules judge the calendar as if the write won: buffer and daily_cap ignore the bookings it overlaps.
//   daily_cap counts a booking on the local day it starts; rules are checked on writes only.
// - Local times inside a DST gap move forward, ambiguous ones take the earlier instant (Temporal "compatible").
// - Revoking an agent is one-way and leaves its bookings in place; an agent never changes workspace.
// Issue 18 (move, several calendars, series):
// - A move is a batch item (kind "move") judged like a write of the booking's mode (a moved hold never
//   bumps) with the agent's current priority, blind to the booking's own old interval; it keeps id,
//   status, metadata and hold expiry, and restarts the bump window of a commit (bumpClockStart).
// - A multi-calendar booking is stored as one identical copy in each calendar; rules of every calendar
//   are checked first, then arbitration on each; the first loss is named with its calendar_id.
// Issue 19 (external busy time): an `external.busy_set` replaces one source's set; a write overlapping an
//   external interval is rule_violation (kind external_busy, after the owner's rules) unless the calendar
//   flags it (settings.external_busy = "flag": allowed, booking.external_conflicts). An interval that appears
//   (not in the previous set) over a hold invalidates it (block mode; flagged mode reports it), over a commit
//   it is reported (booking.external_conflict), never evicted.
// - A series is one batch item; occurrence ids are occurrenceId(series id, i); all_or_nothing decides
//   on a trial state that is dropped on the first loss. Series cancel spares occurrences already over.
export type * from "./types.ts";
export { batchItemCalendars, decide } from "./decide.ts";
export {
  activeAgentPriorities,
  activeBookings,
  activeBookingsIn,
  apply,
  bookingCalendars,
  bookingsOverlapping,
  bookingsStartingIn,
  calendarBookings,
  getAgent,
  getBooking,
  getCalendar,
  initialState,
  nextHoldExpiry,
  stateFromSnapshot,
} from "./state.ts";
export { canCloseEarly, compareRank } from "./arbitration.ts";
export { freeOnAll, freeOnAtLeast } from "./availability.ts";
export { MAX_OCCURRENCES, expandRecurrence, occurrenceId } from "./recurrence.ts";
export { isActive, overlaps } from "./intervals.ts";
export { validateRules } from "./rules.ts";
export {
  MAX_EXTERNAL_INTERVALS,
  MAX_EXTERNAL_INTERVAL_MS,
  MAX_EXTERNAL_SOURCES,
  externalAvailabilityBusy,
} from "./external.ts";
