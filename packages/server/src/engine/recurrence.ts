// Recurring series (issue 18): expands an RFC 5545 RRULE into occurrence starts. Pure: ical.js only
// iterates the rule (no I/O, no clock), on floating local times; each local occurrence becomes an
// instant through the engine's own time-zone helper, so a weekly 09:00 stays 09:00 across DST.
import ICAL from "ical.js";
import { addDays, offsetAt, zonedInstant, type CivilDate } from "./tz.ts";

/** Most occurrences one series may have. */
export const MAX_OCCURRENCES = 100;

/**
 * The booking id of occurrence `index` (0-based) of a series: derived, so replay gives the same ids.
 * A series id of the wire form `srs_<suffix>` (docs/protocol.md §12.3) gives booking ids
 * `bkg_<suffix>_<index>`, so occurrences are ordinary booking ids; any other id gets `_<index>`.
 */
export function occurrenceId(seriesId: string, index: number): string {
  return seriesId.startsWith("srs_") ? `bkg_${seriesId.slice(4)}_${index}` : `${seriesId}_${index}`;
}

export type Expansion = { ok: true; starts: number[] } | { ok: false; message: string };

/** The RRULE parts of RFC 5545 §3.3.10; anything else is malformed (ical.js would silently ignore it). */
const RRULE_PARTS = new Set([
  "FREQ",
  "UNTIL",
  "COUNT",
  "INTERVAL",
  "BYSECOND",
  "BYMINUTE",
  "BYHOUR",
  "BYDAY",
  "BYMONTHDAY",
  "BYYEARDAY",
  "BYWEEKNO",
  "BYMONTH",
  "BYSETPOS",
  "WKST",
]);
const FREQS = new Set(["SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY"]);

/** UNTIL as "the last instant an occurrence may start at" (inclusive). */
function untilInstant(value: string, timeZone: string): number | null {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(value);
  if (m === null) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const date: CivilDate = { year: y, month: mo, day: d };
  if (m[4] === undefined) return zonedInstant(addDays(date, 1), 0, timeZone) - 1; // a date: that whole local day
  const [h, mi, s] = [Number(m[4]), Number(m[5]), Number(m[6])];
  if (h > 23 || mi > 59 || s > 60) return null;
  if (m[7] === "Z") return Date.UTC(y, mo - 1, d, h, mi, s);
  return zonedInstant(date, h * 60 + mi, timeZone) + s * 1000;
}

/**
 * Occurrence starts of `rrule` for a first occurrence at `start`, in `timeZone`, ascending.
 * The rule must be bounded by COUNT or UNTIL (not both, RFC 5545) and give 1…100 occurrences.
 */
export function expandRecurrence(rrule: unknown, start: number, timeZone: string): Expansion {
  const bad = (message: string): Expansion => ({ ok: false, message });
  if (typeof rrule !== "string" || rrule.length === 0 || rrule.length > 1000) return bad("must be a non-empty RRULE string");
  const body = rrule.replace(/^RRULE:/i, "");
  const parts = new Map<string, string>();
  for (const part of body.split(";")) {
    const eq = part.indexOf("=");
    const key = eq < 0 ? part : part.slice(0, eq).toUpperCase();
    if (eq < 1 || !RRULE_PARTS.has(key)) return bad(`malformed RRULE part "${part}"`);
    if (parts.has(key)) return bad(`duplicate RRULE part ${key}`);
    parts.set(key, part.slice(eq + 1).toUpperCase());
  }
  const freq = parts.get("FREQ");
  if (freq === undefined || !FREQS.has(freq)) return bad(`FREQ must be one of ${[...FREQS].join(", ")}`);
  const count = parts.get("COUNT");
  const until = parts.get("UNTIL");
  if (count === undefined && until === undefined) return bad("the RRULE must be bounded by COUNT or UNTIL");
  if (count !== undefined && until !== undefined) return bad("COUNT and UNTIL must not both be given");
  if (count !== undefined && (!/^\d{1,4}$/.test(count) || Number(count) < 1)) return bad("COUNT must be an integer ≥ 1");
  if (count !== undefined && Number(count) > MAX_OCCURRENCES) return bad(`a series has at most ${MAX_OCCURRENCES} occurrences`);
  const interval = parts.get("INTERVAL");
  if (interval !== undefined && (!/^\d{1,4}$/.test(interval) || Number(interval) < 1)) return bad("INTERVAL must be an integer ≥ 1");
  const last = until === undefined ? Infinity : untilInstant(until, timeZone);
  if (last === null) return bad("UNTIL must be a DATE or DATE-TIME (YYYYMMDD[THHMMSS[Z]])");

  // ical.js iterates the rule without UNTIL (compared here, on instants, in the calendar's zone).
  const unbounded = [...parts]
    .filter(([k]) => k !== "UNTIL")
    .map(([k, v]) => `${k}=${v}`)
    .join(";");
  let recur: ICAL.Recur;
  try {
    recur = ICAL.Recur.fromString(until === undefined ? unbounded : `${unbounded};COUNT=${MAX_OCCURRENCES + 1}`);
  } catch (e) {
    return bad(`malformed RRULE: ${e instanceof Error ? e.message : String(e)}`);
  }
  const wall = new Date(start + offsetAt(start, timeZone));
  const subMinute = wall.getUTCSeconds() * 1000 + wall.getUTCMilliseconds();
  const dtstart = ICAL.Time.fromData({
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: 0,
    isDate: false,
  });
  const starts: number[] = [];
  try {
    const it = recur.iterator(dtstart);
    for (let t = it.next(); t !== null && t !== undefined; t = it.next()) {
      const at = zonedInstant({ year: t.year, month: t.month, day: t.day }, t.hour * 60 + t.minute, timeZone) + t.second * 1000 + subMinute;
      if (at > last) break;
      if (starts.length === MAX_OCCURRENCES) return bad(`a series has at most ${MAX_OCCURRENCES} occurrences`);
      // An ambiguous or skipped local time (DST) can map two local occurrences onto one instant: keep one.
      if (starts.length === 0 || at > (starts[starts.length - 1] as number)) starts.push(at);
    }
  } catch (e) {
    return bad(`malformed RRULE: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (starts.length === 0) return bad("the RRULE gives no occurrence");
  return { ok: true, starts };
}
