// Free/busy of one calendar in a range: its active bookings and holds, its focus blocks and the
// hours outside its business hours (in the calendar's time zone), merged into maximal free slots.
import { activeBookingsIn, externalAvailabilityBusy, type CalendarState, type EngineState } from "../engine/index.ts";
import { addDays, civilDateOf, parseLocalTime, weekdayOf, zonedInstant } from "../engine/tz.ts";
import { iso } from "./audit-trail.ts";

interface Span {
  start: number;
  end: number;
}

export interface BusyView {
  start: string;
  end: string;
  kind: "booking" | "hold" | "focus_block" | "outside_business_hours" | "external";
  agent_id?: string;
  booking_id?: string;
  rule_id?: string;
  /** For `external` busy time: the calendar's source it came from (docs/protocol.md §11.1). */
  source_id?: string;
}

/** Local days touching [start, end), with a day of margin for time zones and overnight rules. */
function localDays(cal: CalendarState, start: number, end: number) {
  const tz = cal.settings.time_zone;
  const days = [];
  for (let d = addDays(civilDateOf(start, tz), -1), last = addDays(civilDateOf(end, tz), 1); ; d = addDays(d, 1)) {
    days.push(d);
    if (d.year === last.year && d.month === last.month && d.day === last.day) break;
  }
  return days;
}

function ruleBusy(cal: CalendarState, start: number, end: number): (Span & Omit<BusyView, "start" | "end">)[] {
  const tz = cal.settings.time_zone;
  const days = localDays(cal, start, end);
  const busy: (Span & Omit<BusyView, "start" | "end">)[] = [];
  for (const rule of cal.rules) {
    if (rule.kind === "focus_block") {
      const from = parseLocalTime(rule.start)!;
      const to = parseLocalTime(rule.end)!;
      for (const day of days) {
        if (!rule.weekdays.includes(weekdayOf(day))) continue;
        const s = zonedInstant(day, from, tz);
        const e = to > from ? zonedInstant(day, to, tz) : zonedInstant(addDays(day, 1), to, tz);
        busy.push({ start: s, end: e, kind: "focus_block", rule_id: rule.rule_id });
      }
    } else if (rule.kind === "business_hours") {
      // Busy = every local day's time outside its opening windows.
      const open: Span[] = [];
      for (const day of days) {
        for (const h of rule.hours) {
          if (h.weekday !== weekdayOf(day)) continue;
          open.push({ start: zonedInstant(day, parseLocalTime(h.open)!, tz), end: zonedInstant(day, parseLocalTime(h.close)!, tz) });
        }
      }
      for (const gap of complement(merge(open), start, end)) {
        busy.push({ ...gap, kind: "outside_business_hours", rule_id: rule.rule_id });
      }
    }
  }
  return busy;
}

function merge(spans: Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** The parts of [start, end) not covered by merged spans. */
function complement(merged: Span[], start: number, end: number): Span[] {
  const free: Span[] = [];
  let cursor = start;
  for (const s of merged) {
    if (s.end <= cursor) continue;
    if (s.start >= end) break;
    if (s.start > cursor) free.push({ start: cursor, end: s.start });
    cursor = Math.max(cursor, s.end);
  }
  if (cursor < end) free.push({ start: cursor, end });
  return free;
}

export function availability(
  state: EngineState,
  cal: CalendarState,
  range: Span,
  now: number,
  durationMinutes?: number,
): { slots: { start: string; end: string }[]; busy: BusyView[] } {
  // Only the day buckets the range can touch are read, however many bookings the calendar holds.
  const bookings = activeBookingsIn(state, cal.calendar_id, range, now)
    .filter((b) => b.start < range.end && b.end > range.start)
    .map((b) => ({
      start: b.start,
      end: b.end,
      kind: b.status === "HELD" ? ("hold" as const) : ("booking" as const),
      agent_id: b.agent_id,
      booking_id: b.booking_id,
    }));
  // Busy time of the calendar's external sources (CalDAV / ICS), as its last busy sets said.
  const external = externalAvailabilityBusy(cal, range.start, range.end).map(({ uid: _uid, ...x }) => x);
  const clipped = [...bookings, ...ruleBusy(cal, range.start, range.end), ...external]
    .map((b) => ({ ...b, start: Math.max(b.start, range.start), end: Math.min(b.end, range.end) }))
    .filter((b) => b.end > b.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const minLength = (durationMinutes ?? 0) * 60_000;
  const slots = complement(merge(clipped), range.start, range.end).filter((s) => s.end - s.start >= Math.max(1, minLength));
  return {
    slots: slots.map((s) => ({ start: iso(s.start), end: iso(s.end) })),
    busy: clipped.map((b) => ({ ...b, start: iso(b.start), end: iso(b.end) })),
  };
}
