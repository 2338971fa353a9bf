// IANA time-zone arithmetic with nothing but Intl.DateTimeFormat (no date library).
// A "civil date" is a local calendar day; local wall times are turned into instants
// with the same disambiguation as Temporal's "compatible": a wall time inside a DST gap
// moves forward by the gap, an ambiguous wall time (DST overlap) takes the earlier instant.
import type { Weekday } from "./types.ts";
import { DAY_MS, MINUTE_MS } from "./intervals.ts";

export interface CivilDate {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
}

export const WEEKDAYS: readonly Weekday[] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

// Memo of formatters only (building one is slow); it cannot change any result.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

// Memo of wall clocks: Intl formatting is by far the slowest step of a rule check or an availability
// query, and the same instants (day boundaries, opening hours, booking starts) come back again and
// again. A pure function's memo cannot change any result; it is bounded and simply cleared when full.
const WALL_MEMO_LIMIT = 20_000;
const WALL_MEMO_ZONES = 32;
const wallMemo = new Map<string, Map<number, number>>();
/** Instants from year 100 to year 9999, where Date.UTC reads the formatter's fields as they are. */
const PLAIN_YEARS = { from: Date.UTC(100, 0, 1), to: Date.UTC(10_000, 0, 1) };

/** Local wall clock at `instant`, expressed as if it were UTC (so plain Date.UTC arithmetic applies). */
function wallClockMs(instant: number, timeZone: string): number {
  // UTC's wall clock is the instant itself (the formatter's round trip gives the same number).
  if (timeZone === "UTC" && instant >= PLAIN_YEARS.from && instant < PLAIN_YEARS.to && Number.isInteger(instant)) return instant;
  let memo = wallMemo.get(timeZone);
  const hit = memo?.get(instant);
  if (hit !== undefined) return hit;
  const wall = formatWallClock(instant, timeZone);
  if (memo === undefined || memo.size >= WALL_MEMO_LIMIT) {
    if (memo === undefined && wallMemo.size >= WALL_MEMO_ZONES) wallMemo.clear();
    memo = new Map();
    wallMemo.set(timeZone, memo);
  }
  memo.set(instant, wall);
  return wall;
}

function formatWallClock(instant: number, timeZone: string): number {
  const p: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(instant)) {
    if (part.type !== "literal") p[part.type] = Number(part.value);
  }
  const ms = ((instant % 1000) + 1000) % 1000;
  return Date.UTC(p.year ?? 1970, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0) + ms;
}

/** UTC offset in ms at `instant` (local = utc + offset). */
export function offsetAt(instant: number, timeZone: string): number {
  return wallClockMs(instant, timeZone) - instant;
}

export function civilDateOf(instant: number, timeZone: string): CivilDate {
  const d = new Date(wallClockMs(instant, timeZone));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function addDays(date: CivilDate, days: number): CivilDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Whole days from `a` to `b`. */
export function daysBetween(a: CivilDate, b: CivilDate): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS);
}

export function sameDate(a: CivilDate, b: CivilDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

export function weekdayOf(date: CivilDate): Weekday {
  return WEEKDAYS[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()] as Weekday;
}

/** "HH:MM" → minutes after local midnight (0 … 1440), or null when malformed. */
export function parseLocalTime(value: unknown): number | null {
  if (typeof value !== "string") return null;
  const m = /^(\d{2}):(\d{2})$/.exec(value);
  if (m === null) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && min !== 0)) return null;
  return h * 60 + min;
}

/** The instant at which local wall time `minutes` after midnight of `date` occurs (1440 = next midnight). */
export function zonedInstant(date: CivilDate, minutes: number, timeZone: string): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day) + minutes * MINUTE_MS;
  // Offsets a day either side bracket at most one transition near `wall`.
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  const candidates = [wall - before, wall - after].filter((t) => offsetAt(t, timeZone) === wall - t);
  if (candidates.length > 0) return Math.min(...candidates); // overlap → earlier instant
  return wall - before; // gap → read with the pre-transition offset, i.e. shifted forward
}
