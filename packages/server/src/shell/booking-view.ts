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
  switch (cause?.type) {
    case "booking.evicted":
    case "hold.invalidated":
      view.displaced_by_booking_id = cause.by_booking_id;
      view.ended_reason = `${cause.type === "booking.evicted" ? "evicted" : "displaced"} by ${cause.by_agent_id} (priority ${cause.by_agent_priority})`;
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
