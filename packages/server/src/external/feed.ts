// Bookings → an ICS feed people subscribe to (issue 19), built with ical-generator.
// Deterministic: the same bookings give the same bytes (DTSTAMP is each booking's last change, not
// "now"), so the ETag — a hash of the content — changes exactly when the feed does.
import { createHash } from "node:crypto";
import ical, { ICalEventStatus } from "ical-generator";
import type { Booking, BookingStatus } from "../engine/index.ts";

export interface FeedItem {
  booking: Booking;
  /** SEQUENCE: how many times the booking changed after creation (the shell counts its audit events − 1). */
  sequence: number;
  /** Instant of the booking's last change (DTSTAMP / LAST-MODIFIED). */
  updated_at: number;
  /** SUMMARY; default "Busy (AgentDraft)". Never the agent's metadata unless the caller chooses so. */
  summary?: string;
}

export interface FeedInput {
  /** X-WR-CALNAME. */
  name: string;
  /** IANA zone the calendar app shows (X-WR-TIMEZONE); events are written in UTC. */
  timeZone?: string;
  /** Domain part of each UID: `<booking_id>@<uidDomain>`. */
  uidDomain?: string;
  items: readonly FeedItem[];
}

export interface Feed {
  ics: string;
  /** Strong ETag (quoted) over the bytes. */
  etag: string;
}

/** HELD → TENTATIVE, COMMITTED → CONFIRMED, every ended booking (cancelled, released, expired, evicted, invalidated) → CANCELLED. */
function feedStatus(status: BookingStatus): ICalEventStatus {
  return status === "HELD" ? ICalEventStatus.TENTATIVE : status === "COMMITTED" ? ICalEventStatus.CONFIRMED : ICalEventStatus.CANCELLED;
}

function bookingUid(bookingId: string, uidDomain = "agentdraft"): string {
  return `${bookingId}@${uidDomain}`;
}

export function buildFeed(input: FeedInput): Feed {
  const calendar = ical({ prodId: { company: "AgentDraft", product: "agentdraft-server", language: "EN" }, name: input.name });
  if (input.timeZone !== undefined) calendar.x([{ key: "X-WR-TIMEZONE", value: input.timeZone }]);
  const items = [...input.items].sort(
    (a, b) => a.booking.start - b.booking.start || (a.booking.booking_id < b.booking.booking_id ? -1 : 1),
  );
  for (const { booking: b, sequence, updated_at, summary } of items) {
    calendar.createEvent({
      id: bookingUid(b.booking_id, input.uidDomain),
      sequence,
      stamp: new Date(updated_at),
      lastModified: new Date(updated_at),
      created: new Date(b.created_at),
      start: new Date(b.start),
      end: new Date(b.end),
      summary: summary ?? "Busy (AgentDraft)",
      status: feedStatus(b.status),
    });
  }
  const ics = calendar.toString();
  return { ics, etag: `"${createHash("sha256").update(ics).digest("base64url").slice(0, 32)}"` };
}
