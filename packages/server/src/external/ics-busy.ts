// ICS text → busy intervals over a horizon (issue 19). Recurring events are expanded locally with
// ical.js, in each event's own time zone: an event's wall-clock times (DTSTART/DTEND, every RRULE /
// RDATE occurrence, EXDATE, RECURRENCE-ID overrides) are turned into instants with the IANA zone of
// their TZID (engine/tz.ts), so a weekly 09:00 Europe/Berlin meeting stays 09:00 across DST.
// A TZID that is no IANA name (Windows names such as "W. Europe Standard Time") is read by the
// file's own VTIMEZONE of that id. All-day (DATE) values are midnights of the calendar's zone;
// floating times, and TZIDs known neither way, are read in the calendar's zone too.
// TRANSP:TRANSPARENT and STATUS:CANCELLED events (and cancelled overrides) are not busy. Without DTEND: DURATION, else RFC 5545 §3.6.1 defaults
// (a DATE start lasts one day; a DATE-TIME start takes no time, so it is no busy interval).
import ICAL from "ical.js";
import type { ExternalInterval } from "../engine/index.ts";
import { MAX_EXTERNAL_INTERVALS, MAX_EXTERNAL_INTERVAL_MS } from "../engine/index.ts";
import { isValidTimeZone, zonedInstant } from "../engine/tz.ts";
import { ExternalSourceError } from "./errors.ts";

export interface IcsBusyLimits {
  /** Most bytes of ICS text (UTF-8). */
  maxBytes: number;
  /** Most VEVENT components. */
  maxEvents: number;
  /** Most busy intervals returned (the engine takes at most MAX_EXTERNAL_INTERVALS per source). */
  maxOccurrences: number;
  /** Most recurrence steps walked over all events (an old daily event walks from its DTSTART). */
  maxIterations: number;
}

export const DEFAULT_ICS_LIMITS: IcsBusyLimits = {
  maxBytes: 4 * 1024 * 1024,
  maxEvents: 20_000,
  maxOccurrences: MAX_EXTERNAL_INTERVALS,
  maxIterations: 200_000,
};

export const DAY_MS = 86_400_000;

export interface IcsBusyOptions {
  /** Busy intervals overlapping [from, to) are returned. */
  from: number;
  to: number;
  /** IANA zone for all-day and floating times (the AgentDraft calendar's zone). */
  timeZone: string;
  limits?: Partial<IcsBusyLimits>;
}

/** The default horizon: one day back, 180 days ahead. */
export function defaultHorizon(now: number, daysAhead = 180): { from: number; to: number } {
  return { from: now - DAY_MS, to: now + daysAhead * DAY_MS };
}

export interface IcsBusyResult {
  /** Sorted by start, end, uid; duplicates dropped; at most limits.maxOccurrences. */
  intervals: ExternalInterval[];
  /** VEVENT components read. */
  events: number;
}

/** The calendar's IANA zone, and the file's own VTIMEZONEs for TZIDs that are no IANA name (e.g. Windows names). */
interface Tz {
  calendar: string;
  custom: Map<string, ICAL.Timezone>;
}

/** The instant of an ical.js time whose property had `tzid` (see the module comment). */
function instantOf(t: ICAL.Time, tzid: unknown, tz: Tz): number {
  const date = { year: t.year, month: t.month, day: t.day };
  if (t.isDate) return zonedInstant(date, 0, tz.calendar);
  const minutes = t.hour * 60 + t.minute;
  if (t.zone?.tzid === "UTC") return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  if (typeof tzid === "string") {
    if (isValidTimeZone(tzid)) return zonedInstant(date, minutes, tzid) + t.second * 1000;
    const custom = tz.custom.get(tzid);
    if (custom !== undefined) return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second) - custom.utcOffset(t) * 1000;
  }
  return zonedInstant(date, minutes, tz.calendar) + t.second * 1000;
}

function tzidOf(component: ICAL.Component, prop: string): unknown {
  return component.getFirstProperty(prop)?.getParameter("tzid");
}

function isBusy(component: ICAL.Component): boolean {
  const transp = String(component.getFirstPropertyValue("transp") ?? "OPAQUE").toUpperCase();
  const status = String(component.getFirstPropertyValue("status") ?? "").toUpperCase();
  return transp !== "TRANSPARENT" && status !== "CANCELLED";
}

/** End of one occurrence: its DTEND, else start + DURATION, else the RFC 5545 default. */
function occurrenceEnd(item: ICAL.Component, start: ICAL.Time, startMs: number, endTime: ICAL.Time | null, calendarTz: Tz): number {
  if (item.hasProperty("dtend") && endTime !== null)
    return instantOf(endTime, tzidOf(item, "dtend") ?? tzidOf(item, "dtstart"), calendarTz);
  const duration = item.getFirstPropertyValue("duration");
  if (duration instanceof ICAL.Duration) {
    // Days and weeks are nominal (wall clock), hours and smaller exact (RFC 5545 §3.3.6).
    const nominal = start.clone();
    nominal.addDuration(ICAL.Duration.fromData({ weeks: duration.weeks, days: duration.days, isNegative: duration.isNegative }));
    const exact = (duration.hours * 3600 + duration.minutes * 60 + duration.seconds) * 1000 * (duration.isNegative ? -1 : 1);
    return instantOf(nominal, tzidOf(item, "dtstart"), calendarTz) + exact;
  }
  return start.isDate ? instantOf(addOneDay(start), undefined, calendarTz) : startMs;
}

function addOneDay(t: ICAL.Time): ICAL.Time {
  const c = t.clone();
  c.day += 1;
  return c;
}

/**
 * Options of `new ICAL.Event`: no exceptions given. Without them ical.js relates every
 * RECURRENCE-ID sibling of the calendar to each event it builds (O(n²) in the calendar's events:
 * seconds for a few thousand); overrides are related to their masters below instead.
 */
const NO_EXCEPTIONS = () => ({ exceptions: [] as ICAL.Component[] });

/** Parses ICS text into busy intervals; throws ExternalSourceError (malformed / too_large). */
export function icsBusy(text: string, options: IcsBusyOptions): IcsBusyResult {
  const limits = { ...DEFAULT_ICS_LIMITS, ...options.limits };
  const bytes = Buffer.byteLength(text);
  if (bytes > limits.maxBytes) throw new ExternalSourceError("too_large", `the calendar is ${bytes} bytes, more than ${limits.maxBytes}`);
  if (!isValidTimeZone(options.timeZone)) throw new TypeError(`not an IANA time zone: ${options.timeZone}`);
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(text) as unknown[]);
  } catch (error) {
    throw new ExternalSourceError("malformed", `not iCalendar: ${error instanceof Error ? error.message.slice(0, 200) : "parse error"}`);
  }
  const calendars = root.name === "vcalendar" ? [root] : root.getAllSubcomponents("vcalendar");
  if (calendars.length === 0) throw new ExternalSourceError("malformed", "no VCALENDAR");
  const vevents = calendars.flatMap((c) => c.getAllSubcomponents("vevent"));
  if (vevents.length > limits.maxEvents)
    throw new ExternalSourceError("too_large", `the calendar has ${vevents.length} events, more than ${limits.maxEvents}`);

  const { from, to } = options;
  const timeZone: Tz = { calendar: options.timeZone, custom: new Map() };
  for (const c of calendars.flatMap((x) => x.getAllSubcomponents("vtimezone"))) {
    const id = c.getFirstPropertyValue("tzid");
    if (typeof id === "string" && !isValidTimeZone(id) && !timeZone.custom.has(id)) {
      try {
        timeZone.custom.set(id, new ICAL.Timezone(c));
      } catch {
        // an unusable VTIMEZONE: its times are read in the calendar's zone
      }
    }
  }
  const out: ExternalInterval[] = [];
  let iterations = 0;
  const push = (startMs: number, endMs: number, uid: string | null) => {
    if (!Number.isSafeInteger(startMs) || !Number.isSafeInteger(endMs) || endMs <= startMs) return; // no time taken
    if (endMs <= from || startMs >= to) return;
    if (out.length >= limits.maxOccurrences)
      throw new ExternalSourceError("too_large", `more than ${limits.maxOccurrences} busy intervals between the horizon's ends`);
    out.push({ start: startMs, end: Math.min(endMs, startMs + MAX_EXTERNAL_INTERVAL_MS), uid });
  };

  try {
    // Overrides (RECURRENCE-ID) belong to the master of the same UID.
    const masters = new Map<string, ICAL.Event>();
    const overrides: ICAL.Component[] = [];
    const loose: ICAL.Component[] = [];
    for (const c of vevents) {
      const uid = c.getFirstPropertyValue("uid");
      if (c.hasProperty("recurrence-id")) overrides.push(c);
      else if (typeof uid === "string" && !masters.has(uid)) masters.set(uid, new ICAL.Event(c, NO_EXCEPTIONS()));
      else loose.push(c);
    }
    const orphans: ICAL.Component[] = [];
    for (const c of overrides) {
      const master = masters.get(String(c.getFirstPropertyValue("uid")));
      if (master?.isRecurring()) master.relateException(c);
      else orphans.push(c);
    }
    for (const c of loose) masters.set(`\u0000${masters.size}`, new ICAL.Event(c, NO_EXCEPTIONS()));

    for (const event of masters.values()) {
      const uidValue = event.component.getFirstPropertyValue("uid");
      const uid = typeof uidValue === "string" ? uidValue.slice(0, 1000) : null;
      if (!event.component.hasProperty("dtstart")) continue;
      if (!event.isRecurring()) {
        if (!isBusy(event.component)) continue;
        const start = event.startDate;
        const startMs = instantOf(start, tzidOf(event.component, "dtstart"), timeZone);
        const endTime = event.component.hasProperty("dtend") ? event.endDate : null;
        push(startMs, occurrenceEnd(event.component, start, startMs, endTime, timeZone), uid);
        continue;
      }
      const masterBusy = isBusy(event.component);
      const it = event.iterator();
      for (let next = it.next(); next; next = it.next()) {
        if (++iterations > limits.maxIterations)
          throw new ExternalSourceError("too_large", `more than ${limits.maxIterations} recurrence steps`);
        // Stop at the first recurrence id past the horizon (an override moving a later occurrence
        // into the horizon is not seen: overrides usually move by hours or days, not months).
        if (instantOf(next, tzidOf(event.component, "dtstart"), timeZone) >= to) break;
        const details = event.getOccurrenceDetails(next);
        const item = details.item.component;
        const startMs = instantOf(details.startDate, tzidOf(item, "dtstart"), timeZone);
        // An override carries its own status / transparency; a plain occurrence the master's.
        const busy = details.item === event ? masterBusy : isBusy(item);
        if (!busy) continue;
        const endMs =
          item.hasProperty("dtend") || item.hasProperty("duration") || details.item !== event
            ? occurrenceEnd(item, details.startDate, startMs, details.endDate, timeZone)
            : occurrenceEnd(item, details.startDate, startMs, null, timeZone);
        push(startMs, endMs, uid);
      }
    }
    for (const c of orphans) {
      if (!isBusy(c) || !c.hasProperty("dtstart")) continue;
      const e = new ICAL.Event(c, NO_EXCEPTIONS());
      const uidValue = c.getFirstPropertyValue("uid");
      const startMs = instantOf(e.startDate, tzidOf(c, "dtstart"), timeZone);
      push(
        startMs,
        occurrenceEnd(c, e.startDate, startMs, c.hasProperty("dtend") ? e.endDate : null, timeZone),
        typeof uidValue === "string" ? uidValue : null,
      );
    }
  } catch (error) {
    if (error instanceof ExternalSourceError) throw error;
    throw new ExternalSourceError("malformed", `unusable iCalendar: ${error instanceof Error ? error.message.slice(0, 200) : "error"}`);
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end || ((a.uid ?? "") < (b.uid ?? "") ? -1 : (a.uid ?? "") > (b.uid ?? "") ? 1 : 0));
  const intervals = out.filter(
    (x, i) => i === 0 || !(x.start === out[i - 1]!.start && x.end === out[i - 1]!.end && x.uid === out[i - 1]!.uid),
  );
  return { intervals, events: vevents.length };
}
