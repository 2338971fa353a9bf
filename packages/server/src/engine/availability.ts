// Availability across several calendars (issue 18), as pure interval arithmetic. The shell computes
// each calendar's free slots (bookings, holds, business hours, focus blocks: shell/availability.ts);
// these functions combine them: "free on all of them", or "min_available = k of n" (one of three rooms).
import type { Interval } from "./intervals.ts";

function mergeFree(spans: readonly Interval[]): Interval[] {
  const sorted = spans
    .filter((s) => s.end > s.start)
    .map((s) => ({ start: s.start, end: s.end }))
    .sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last !== undefined && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push(s);
  }
  return out;
}

/**
 * The windows in which a booking of `durationMs` (at least 1 ms) fits on at least `k` of the
 * calendars, given each calendar's free slots. Exact for bookings: a booking of that length starting
 * anywhere in a window such that it ends inside it is free on some k calendars for its whole length
 * (which k may differ from one start to the next — for one room out of three, any room will do).
 * Windows are maximal, disjoint and ascending. k ≤ 0 is treated as 1; k > n gives nothing.
 */
export function freeOnAtLeast(freeByCalendar: readonly (readonly Interval[])[], k: number, durationMs = 0): Interval[] {
  const d = Math.max(1, durationMs);
  const need = Math.max(1, k);
  if (need > freeByCalendar.length) return [];
  // A calendar can take the booking at start t iff t lies in [a, b − d] of one of its (merged) free slots.
  const deltas = new Map<number, number>();
  const bump = (at: number, by: number) => deltas.set(at, (deltas.get(at) ?? 0) + by);
  for (const free of freeByCalendar) {
    for (const s of mergeFree(free)) {
      if (s.end - s.start < d) continue;
      bump(s.start, 1);
      bump(s.end - d + 1, -1);
    }
  }
  const points = [...deltas.keys()].sort((a, b) => a - b);
  const starts: Interval[] = []; // ranges of valid starts, half-open
  let count = 0;
  for (const [i, p] of points.entries()) {
    count += deltas.get(p) as number;
    const next = points[i + 1];
    if (count < need || next === undefined) continue;
    const last = starts.at(-1);
    if (last !== undefined && last.end === p) last.end = next;
    else starts.push({ start: p, end: next });
  }
  return starts.map((r) => ({ start: r.start, end: r.end - 1 + d }));
}

/** The windows in which a booking of `durationMs` is free on every calendar (a person and a room). */
export function freeOnAll(freeByCalendar: readonly (readonly Interval[])[], durationMs = 0): Interval[] {
  return freeByCalendar.length === 0 ? [] : freeOnAtLeast(freeByCalendar, freeByCalendar.length, durationMs);
}
