// Agent-side reads: who am I, and free/busy of a calendar.
import { getAgent, getCalendar, type Rule } from "../engine/index.ts";
import type { Handlers, InputOf, SuccessOf } from "../http/context.ts";
import { ApiError, invalid } from "../http/problems.ts";
import type { Services } from "../services.ts";
import { availability, availabilityAcross } from "../shell/availability.ts";
import { mailboxAddress } from "../mail/address.ts";
import { parseLocalZone, withLocalTimes, zoneFor } from "./local-time.ts";

const MAX_RANGE_MS = 62 * 24 * 60 * 60 * 1000;

type RangeQuery = Pick<InputOf<"getAvailability">["query"], "range_start" | "range_end" | "duration_minutes" | "time_zone">;

/**
 * Free/busy of a calendar of the workspace over a query's range; `rules` replaces the calendar's own
 * (the owner's preview). Shared by the agent and the owner reads.
 */
/**
 * Free/busy of one calendar, or across several (docs/protocol.md §12.2: slots free on all of them or on
 * `min_available`), with local times when asked (docs/protocol.md §11.3). `rules` previews other rules.
 * Shared by the agent and the owner reads.
 */
export function availabilityOutput(
  services: Services,
  workspaceId: string,
  calendarIds: string[],
  q: RangeQuery & { min_available?: number },
  rules?: Rule[],
): SuccessOf<"getAvailability"> {
  const local = parseLocalZone(q.time_zone);
  const start = Date.parse(q.range_start.toUpperCase());
  const end = Date.parse(q.range_end.toUpperCase());
  // RFC 3339 allows a leap second (…:60), which no instant here can represent.
  const unparsable = [["range_start", start] as const, ["range_end", end] as const].filter(([, ms]) => Number.isNaN(ms));
  if (unparsable.length > 0) {
    const errors = unparsable.map(([name]) => ({ field: `query.${name}`, message: "is not a valid RFC 3339 instant" }));
    throw invalid("the range is not made of valid instants", errors);
  }
  if (!(end > start))
    throw invalid("range_end must be after range_start", [{ field: "query.range_end", message: "must be after range_start" }]);
  if (end - start > MAX_RANGE_MS)
    throw invalid("the range is at most 62 days", [{ field: "query.range_end", message: "at most 62 days after range_start" }]);
  const state = services.stateOf(workspaceId);
  const cals = calendarIds.map((calendarId) => {
    const cal = getCalendar(state, calendarId);
    if (cal?.workspace_id !== workspaceId) throw new ApiError("not_found", `no calendar ${calendarId}`);
    return rules ? { ...cal, rules } : cal;
  });
  const range = { range_start: new Date(start).toISOString(), range_end: new Date(end).toISOString() };
  const several = cals.length > 1 || q.min_available !== undefined;
  let view = several
    ? availabilityAcross(state, cals, { start, end }, services.now(), q.duration_minutes, q.min_available)
    : availability(state, cals[0]!, { start, end }, services.now(), q.duration_minutes);
  if (local) {
    const zone = zoneFor(local, cals[0]!.settings.time_zone);
    view = { ...view, slots: view.slots.map((x) => withLocalTimes(x, zone)), busy: view.busy.map((x) => withLocalTimes(x, zone)) };
  }
  return { status: 200, body: { calendar_id: calendarIds[0]!, ...(several ? { calendar_ids: calendarIds } : {}), ...range, ...view } };
}

export function agentReadHandlers(services: Services): Pick<Handlers, "getCurrentAgent" | "getAvailability"> {
  return {
    getCurrentAgent: async ({ agent }) => {
      const a = agent!;
      return {
        status: 200,
        body: {
          agent_id: a.agent_id,
          name: a.name,
          priority: getAgent(services.stateOf(a.workspace_id), a.agent_id)!.priority,
          scopes: a.scopes,
          user_id: a.user_id,
          calendar_id: a.calendar_id,
          mailbox_address: mailboxAddress(a.name, a.mail_handle, services.settings.mailDomain),
        },
      };
    },

    getAvailability: async ({ agent, query }) =>
      availabilityOutput(services, agent.workspace_id, query.calendar_id ?? [agent.calendar_id], query),
  };
}
