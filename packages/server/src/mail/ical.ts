// iCalendar (RFC 5545) with iTIP methods (RFC 5546): invites for bookings are built with
// ical-generator, calendar parts of inbound mail are read with ical.js.
import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import ICAL from "ical.js";
import { isValidTimeZone, zonedInstant } from "../engine/tz.ts";
import type { components } from "../generated/openapi.ts";
import { cleanAddress, cleanLine } from "./text.ts";

/** Spec `CalendarInvite`. */
export type CalendarInvite = components["schemas"]["CalendarInvite"];

const METHODS = new Set<string>(["REQUEST", "REPLY", "CANCEL", "PUBLISH", "COUNTER"]);
/** Calendar parts larger than this are not parsed (the message is still stored). */
const MAX_ICS_BYTES = 256 * 1024;
const MAX_ATTENDEES = 100;
const INT32_MAX = 2 ** 31 - 1;

export interface InviteInput {
  method: "REQUEST" | "CANCEL";
  uid: string;
  sequence: number;
  /** Booking state: HELD → TENTATIVE, COMMITTED → CONFIRMED, ended → CANCELLED. */
  status: "TENTATIVE" | "CONFIRMED" | "CANCELLED";
  start: Date;
  end: Date;
  /** DTSTAMP: when this invite was made. */
  stamp: Date;
  summary: string;
  organizer: { name: string; email: string };
  attendees: string[];
}

const STATUS = {
  TENTATIVE: ICalEventStatus.TENTATIVE,
  CONFIRMED: ICalEventStatus.CONFIRMED,
  CANCELLED: ICalEventStatus.CANCELLED,
} as const;

/** A one-event VCALENDAR with an iTIP METHOD, as sent with a booking. */
export function buildInvite(input: InviteInput): string {
  const calendar = ical({
    prodId: { company: "AgentDraft", product: "agentdraft-server", language: "EN" },
    method: input.method === "REQUEST" ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.CANCEL,
  });
  calendar.createEvent({
    id: input.uid,
    sequence: input.sequence,
    stamp: input.stamp,
    start: input.start,
    end: input.end,
    summary: input.summary,
    status: STATUS[input.status],
    organizer: input.organizer,
    attendees: input.attendees.map((email) => ({
      email,
      role: ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.NEEDSACTION,
      rsvp: input.method === "REQUEST",
    })),
  });
  return calendar.toString();
}

/** The instant of a DATE-TIME property: UTC, or in its TZID when that is an IANA zone, else read as UTC. */
function instantOf(prop: ICAL.Property | null): string | undefined {
  if (!prop) return undefined;
  const value = prop.getFirstValue();
  if (!(value instanceof ICAL.Time)) return undefined;
  const { year, month, day } = value;
  const minutes = value.isDate ? 0 : value.hour * 60 + value.minute;
  const seconds = value.isDate ? 0 : value.second;
  const tzid = prop.getParameter("tzid");
  const zone = typeof tzid === "string" && value.zone?.tzid !== "UTC" && isValidTimeZone(tzid) ? tzid : undefined;
  const ms = zone
    ? zonedInstant({ year, month, day }, minutes, zone) + seconds * 1000
    : Date.UTC(year, month - 1, day, 0, minutes, seconds);
  // Outside what an instant may be (hostile values): leave it out.
  if (!Number.isFinite(ms) || year < 1 || year > 9999) return undefined;
  return new Date(ms).toISOString();
}

/**
 * The first event of a calendar attachment, as the spec's `CalendarInvite`; undefined when the part
 * is no usable iCalendar (too large, unparsable, no VEVENT or UID, an iTIP method the spec lacks).
 * `partMethod` is the `method` parameter of the MIME part, used when the body names none.
 */
export function parseCalendar(text: string, partMethod?: string): CalendarInvite | undefined {
  if (Buffer.byteLength(text) > MAX_ICS_BYTES) return undefined;
  try {
    const root = new ICAL.Component(ICAL.parse(text) as unknown[]);
    const calendar = root.name === "vcalendar" ? root : root.getFirstSubcomponent("vcalendar");
    if (!calendar) return undefined;
    const rawMethod = calendar.getFirstPropertyValue("method") ?? partMethod ?? "PUBLISH";
    const method = String(rawMethod).toUpperCase();
    if (!METHODS.has(method)) return undefined;
    const vevent = calendar.getFirstSubcomponent("vevent");
    if (!vevent) return undefined;
    const uid = vevent.getFirstPropertyValue("uid");
    if (typeof uid !== "string" || cleanLine(uid, 500) === "") return undefined;
    const rawSequence = Number(vevent.getFirstPropertyValue("sequence") ?? 0);
    const sequence = Number.isInteger(rawSequence) ? Math.min(Math.max(rawSequence, 0), INT32_MAX) : 0;
    const invite: CalendarInvite = { method: method as CalendarInvite["method"], uid: cleanLine(uid, 500), sequence };
    const start = instantOf(vevent.getFirstProperty("dtstart"));
    const end = instantOf(vevent.getFirstProperty("dtend"));
    if (start) invite.start = start;
    if (end) invite.end = end;
    const summary = vevent.getFirstPropertyValue("summary");
    if (typeof summary === "string") invite.summary = cleanLine(summary, 500);
    const attendees: Record<string, string> = {};
    for (const prop of vevent.getAllProperties("attendee").slice(0, MAX_ATTENDEES)) {
      const value = prop.getFirstValue();
      if (typeof value !== "string") continue;
      const address = cleanAddress(value.replace(/^mailto:/i, "")).toLowerCase();
      const partstat = prop.getParameter("partstat");
      if (address) attendees[address] = cleanLine(typeof partstat === "string" ? partstat.toUpperCase() : "NEEDS-ACTION", 40);
    }
    if (Object.keys(attendees).length > 0) invite.attendees = attendees;
    return invite;
  } catch {
    return undefined;
  }
}
