// Half-open intervals [start, end) in epoch milliseconds (docs/protocol.md §3.1).
import type { Booking } from "./types.ts";

export interface Interval {
  start: number;
  end: number;
}

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;
/** docs/protocol.md §3.1: a booking lasts at most 24 h. */
export const MAX_BOOKING_MS = 24 * 60 * MINUTE_MS;

/**
 * Two half-open intervals overlap iff each starts before the other ends; touching ends do not
 * overlap, and an empty interval (e.g. a focus block inside a skipped DST hour) overlaps nothing.
 */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end && a.start < a.end && b.start < b.end;
}

/** Gap between two non-overlapping intervals (0 when they touch, negative when they overlap). */
export function gapBetween(a: Interval, b: Interval): number {
  return Math.max(a.start, b.start) - Math.min(a.end, b.end);
}

/** A hold stops blocking at hold_expires_at, whether or not a timer has marked it EXPIRED yet. */
export function holdIsDue(b: Booking, at: number): boolean {
  return b.status === "HELD" && b.hold_expires_at !== null && b.hold_expires_at <= at;
}

/** Active = occupies its interval at instant `at` (HELD and not yet due, or COMMITTED). */
export function isActive(b: Booking, at: number): boolean {
  return b.status === "COMMITTED" || (b.status === "HELD" && !holdIsDue(b, at));
}
