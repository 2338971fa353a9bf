// The owner's actions on bookings (issue 17, docs/architecture.md §9): cancel a commit, release a
// hold. Each is the same engine command an agent sends, on behalf of the booking's agent, through the
// ledger like any write; the audit event's actor is the owner (the request's session).
import { getBooking, getCalendar } from "../engine/index.ts";
import type { Handler, Input } from "../http/context.ts";
import { ApiError } from "../http/problems.ts";
import type { Services } from "../services.ts";
import { resolveBooking } from "./bookings.ts";

export function ownerActionHandlers(services: Services): Record<string, Handler> {
  /** A booking of the owner's workspace, or 404. */
  const bookingOf = (input: Input) => {
    const ws = input.user!.workspace_id;
    const state = services.stateOf(ws);
    const booking = getBooking(state, input.path.booking_id!);
    if (!booking || getCalendar(state, booking.calendar_id)?.workspace_id !== ws) {
      throw new ApiError("not_found", `no booking ${input.path.booking_id}`);
    }
    return booking;
  };

  return {
    ownerCancelBooking: async (input) => {
      const b = bookingOf(input);
      const reason = (input.body as { reason?: string } | undefined)?.reason ?? "cancelled by the owner";
      return resolveBooking(services, input, "bookings.cancel", input.user!.workspace_id, b.agent_id, b.booking_id, reason);
    },

    ownerReleaseHold: async (input) => {
      const b = bookingOf(input);
      return resolveBooking(services, input, "bookings.release_hold", input.user!.workspace_id, b.agent_id, b.booking_id);
    },
  };
}
