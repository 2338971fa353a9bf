// Issue 19: busy time from calendars outside AgentDraft (CalDAV, ICS), as logged busy sets.
// Pure: the shell's poller fetches and expands a source and logs `external.busy_set`; the engine
// validates, normalises and keeps the set, and checks writes against it.
import type { CalendarState, ExternalConflict, ExternalInterval, ExternalSourceBusy, FieldError } from "./types.ts";
import { DAY_MS, overlaps } from "./intervals.ts";

/** Most intervals one source may have (a source over this must be cut by the poller, e.g. a nearer horizon). */
export const MAX_EXTERNAL_INTERVALS = 5000;
/** Most external sources per calendar. */
export const MAX_EXTERNAL_SOURCES = 10;
/** An external interval lasts at most this long (a long all-day span, e.g. a holiday). */
export const MAX_EXTERNAL_INTERVAL_MS = 366 * DAY_MS;
export const MAX_SOURCE_ID_LENGTH = 200;
const MAX_UID_LENGTH = 1000;

function isInt(v: unknown): v is number {
  return typeof v === "number" && Number.isSafeInteger(v);
}

function compareIntervals(a: ExternalInterval, b: ExternalInterval): number {
  return (
    a.start - b.start ||
    a.end - b.end ||
    ((a.uid ?? "") < (b.uid ?? "") ? -1 : (a.uid ?? "") > (b.uid ?? "") ? 1 : 0) ||
    (a.uid === null ? -1 : b.uid === null ? 1 : 0)
  );
}

function sameInterval(a: ExternalInterval, b: ExternalInterval): boolean {
  return a.start === b.start && a.end === b.end && a.uid === b.uid;
}

/** Validates raw intervals and returns them normalised (sorted by start, end, uid; duplicates dropped). */
export function normaliseIntervals(
  input: unknown,
): { ok: true; intervals: ExternalInterval[] } | { ok: false; field_errors: FieldError[] } {
  if (!Array.isArray(input)) return { ok: false, field_errors: [{ field: "intervals", message: "must be an array" }] };
  if (input.length > MAX_EXTERNAL_INTERVALS)
    return { ok: false, field_errors: [{ field: "intervals", message: `at most ${MAX_EXTERNAL_INTERVALS} intervals per source` }] };
  const errors: FieldError[] = [];
  const out: ExternalInterval[] = [];
  const check = (raw: unknown, i: number): unknown => {
    const at = `intervals[${i}]`;
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return errors.push({ field: at, message: "must be an object" });
    const { start, end, uid } = raw as Record<string, unknown>;
    const before = errors.length;
    if (!isInt(start)) errors.push({ field: `${at}.start`, message: "must be an instant in epoch milliseconds" });
    if (!isInt(end)) errors.push({ field: `${at}.end`, message: "must be an instant in epoch milliseconds" });
    if (isInt(start) && isInt(end) && end <= start) errors.push({ field: `${at}.end`, message: "must be after start" });
    if (isInt(start) && isInt(end) && end - start > MAX_EXTERNAL_INTERVAL_MS)
      errors.push({ field: `${at}.end`, message: "an external interval lasts at most 366 days" });
    if (uid !== undefined && uid !== null && (typeof uid !== "string" || uid.length > MAX_UID_LENGTH))
      errors.push({ field: `${at}.uid`, message: `must be a string of at most ${MAX_UID_LENGTH} characters` });
    if (errors.length === before) out.push({ start: start as number, end: end as number, uid: typeof uid === "string" ? uid : null });
    return undefined;
  };
  for (const [i, raw] of input.entries()) check(raw, i);
  if (errors.length > 0) return { ok: false, field_errors: errors.slice(0, 20) };
  out.sort(compareIntervals);
  const intervals = out.filter((x, i) => i === 0 || !sameInterval(x, out[i - 1] as ExternalInterval));
  return { ok: true, intervals };
}

/** The intervals of `next` that `previous` did not have (both normalised): the ones that "appear". */
export function appearedIntervals(previous: readonly ExternalInterval[], next: readonly ExternalInterval[]): ExternalInterval[] {
  const out: ExternalInterval[] = [];
  let i = 0;
  for (const x of next) {
    while (i < previous.length && compareIntervals(previous[i] as ExternalInterval, x) < 0) i++;
    if (i < previous.length && sameInterval(previous[i] as ExternalInterval, x)) continue;
    out.push(x);
  }
  return out;
}

/** The calendar's external sources in id order. */
function externalSources(cal: CalendarState): ExternalSourceBusy[] {
  const ext = cal.external;
  return ext === undefined
    ? []
    : Object.keys(ext)
        .sort()
        .map((k) => ext[k] as ExternalSourceBusy);
}

/** Binary search: first index whose start is ≥ t (intervals sorted by start). */
function firstStartingAtOrAfter(intervals: readonly ExternalInterval[], t: number): number {
  let lo = 0;
  let hi = intervals.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((intervals[mid] as ExternalInterval).start < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Every external interval of the calendar overlapping [from, to), named with its source, in
 * (source id, start) order. Reads only intervals starting before `to` and after `from − 366 days`.
 */
export function externalBusyIn(cal: CalendarState, from: number, to: number): ExternalConflict[] {
  const out: ExternalConflict[] = [];
  const span = { start: from, end: to };
  for (const src of externalSources(cal)) {
    const end = firstStartingAtOrAfter(src.intervals, to);
    for (let i = firstStartingAtOrAfter(src.intervals, from - MAX_EXTERNAL_INTERVAL_MS); i < end; i++) {
      const x = src.intervals[i] as ExternalInterval;
      if (overlaps(x, span)) out.push({ source_id: src.source_id, start: x.start, end: x.end, uid: x.uid });
    }
  }
  return out;
}

/** Busy items for availability (shell/availability.ts adds them beside bookings and rules). */
export function externalAvailabilityBusy(
  cal: CalendarState,
  from: number,
  to: number,
): Array<{ start: number; end: number; kind: "external"; source_id: string; uid: string | null }> {
  return externalBusyIn(cal, from, to).map((x) => ({
    start: x.start,
    end: x.end,
    kind: "external" as const,
    source_id: x.source_id,
    uid: x.uid,
  }));
}

/** The calendar's `external_busy` mode (absent = block). */
export function externalMode(cal: CalendarState): "block" | "flag" {
  return cal.settings.external_busy ?? "block";
}
