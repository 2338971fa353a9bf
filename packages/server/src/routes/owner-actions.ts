// The owner's actions on bookings (issue 17, docs/architecture.md §9): cancel a commit, release a
// hold. Each is the same engine command an agent sends, on behalf of the booking's agent, through the
// ledger like any write; the audit event's actor is the owner (the request's session).
import { getBooking, getCalendar } from "../engine/index.ts";
import type { Handlers, InputOf, OutputOf } from "../http/context.ts";
import { ApiError } from "../http/problems.ts";
import type { Services } from "../services.ts";
import { resolveBooking } from "./bookings.ts";

type OwnerAction = "ownerCancelBooking" | "ownerReleaseHold";

/**
 * The agent transitions' answer as the owner action's: a cancel or a release never breaks a rule, so
 * the 422 the agent operations declare (rule_violation) does not occur and the owner operations omit it.
 */
const asOwnerAnswer = <Op extends OwnerAction>(out: Promise<OutputOf<"commitHold">>) => out as Promise<OutputOf<Op>>;

export function ownerActionHandlers(services: Services): Pick<Handlers, "ownerCancelBooking" | "ownerReleaseHold"> {
  /** A booking of the owner's workspace, or 404. */
  const bookingOf = (input: InputOf<"ownerCancelBooking" | "ownerReleaseHold">) => {
    const ws = input.user!.workspace_id;
    const state = services.stateOf(ws);
    const booking = getBooking(state, input.path.booking_id);
    if (!booking || getCalendar(state, booking.calendar_id)?.workspace_id !== ws) {
      throw new ApiError("not_found", `no booking ${input.path.booking_id}`);
    }
    return booking;
  };

  return {
    ownerCancelBooking: async (input) => {
      const b = bookingOf(input);
      const reason = input.body?.reason ?? "cancelled by the owner";
      return asOwnerAnswer(resolveBooking(services, input, "bookings.cancel", input.user!.workspace_id, b.agent_id, b.booking_id, reason));
    },

    ownerReleaseHold: async (input) => {
      const b = bookingOf(input);
      return asOwnerAnswer(resolveBooking(services, input, "bookings.release_hold", input.user!.workspace_id, b.agent_id, b.booking_id));
    },
  };
}
