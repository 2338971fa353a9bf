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
export type * from "./types.ts";
export { decide } from "./decide.ts";
export {
  DEFAULT_SETTINGS,
  activeAgentPriorities,
  activeBookings,
  activeBookingsIn,
  apply,
  bookingsOverlapping,
  bookingsStartingIn,
  calendarBookings,
  dayOf,
  evolve,
  getAgent,
  getBooking,
  getCalendar,
  initialState,
  locateBooking,
  nextHoldExpiry,
} from "./state.ts";
export { canCloseEarly, compareRank } from "./arbitration.ts";
export type { Ranked } from "./arbitration.ts";
export { MAX_BOOKING_MS, holdIsDue, isActive, overlaps } from "./intervals.ts";
export type { Interval } from "./intervals.ts";
export { RULE_KINDS, validateRules } from "./rules.ts";
