// The wire form of a booking (spec `Booking`): engine booking + the audit event of its latest
// transition + why it ended.
import type { Booking, EngineEvent } from "../engine/index.ts";
import type { components } from "../generated/openapi.ts";
import { iso } from "./audit-trail.ts";

/** Spec `Booking`. */
export type BookingView = components["schemas"]["Booking"];

export function bookingView(b: Booking, auditEventId: string, cause?: EngineEvent): BookingView {
  const view: BookingView = {
    booking_id: b.booking_id,
    calendar_id: b.calendar_id,
    agent_id: b.agent_id,
    agent_priority: b.agent_priority,
    status: b.status,
    start: iso(b.start),
    end: iso(b.end),
    // The API takes string values only (spec `Metadata`), and every booking came through it.
    metadata: b.metadata as BookingView["metadata"],
    audit_event_id: auditEventId,
    created_at: iso(b.created_at),
  };
  if (b.hold_expires_at !== null) view.hold_expires_at = iso(b.hold_expires_at);
  if (b.committed_at !== null) view.committed_at = iso(b.committed_at);
  // Allowed over external busy time (calendar setting `external_busy: "flag"`): named, not hidden.
  if (b.external_conflicts !== undefined)
    view.external_conflicts = b.external_conflicts.map((x) => ({ source_id: x.source_id, start: iso(x.start), end: iso(x.end) }));
  // Only on bookings that have them (issue 18), so every earlier booking keeps its stored bytes and
  // replays to them: a one-calendar booking has no `calendar_ids` (read it as `[calendar_id]`).
  if (b.calendar_ids !== undefined) view.calendar_ids = b.calendar_ids;
  if (b.series_id !== undefined) view.series_id = b.series_id;
  if (b.moved_at !== undefined) view.moved_at = iso(b.moved_at);
  switch (cause?.type) {
    case "hold.invalidated":
      // Displaced by busy time of an external calendar (docs/protocol.md §11.1), not by a booking.
      if (cause.reason === "external") {
        view.displaced_by_source_id = cause.source_id;
        view.ended_reason = `displaced by external busy time (source ${cause.source_id})`;
        break;
      }
      view.displaced_by_booking_id = cause.by_booking_id;
      view.ended_reason = `displaced by ${cause.by_agent_id} (priority ${cause.by_agent_priority})`;
      break;
    case "booking.evicted":
      view.displaced_by_booking_id = cause.by_booking_id;
      view.ended_reason = `evicted by ${cause.by_agent_id} (priority ${cause.by_agent_priority})`;
      break;
    case "booking.cancelled":
      view.ended_reason = cause.reason ?? "cancelled";
      break;
    case "hold.expired":
      view.ended_reason = "hold expired";
      break;
    case "hold.released":
      view.ended_reason = "released";
      break;
  }
  return view;
}
