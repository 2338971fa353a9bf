// Engine rejections → problem responses (decided outcomes, so they are audited and replayable).
import type { Rejection } from "../engine/index.ts";
import type { ProblemOutput } from "../http/context.ts";
import { problemBody, statusOf } from "../http/problems.ts";

/** The statuses an engine rejection answers with. */
type RejectionStatus = ReturnType<typeof statusOf<Rejection["code"]>>;

/** An engine field name (`rules[0].hours`, `end`) as a JSON pointer into the request body. */
export function toPointer(field: string): string {
  return `/${field
    .replace(/\[(\d+)\]/g, ".$1")
    .split(".")
    .join("/")}`;
}

export function rejectionOutput(rejection: Rejection, auditEventId: string, requestId: string): ProblemOutput<RejectionStatus> {
  const { code } = rejection;
  let extensions: Record<string, unknown> = {};
  switch (code) {
    case "invalid_request":
      extensions = { errors: (rejection.field_errors ?? []).map((e) => ({ ...e, field: toPointer(e.field) })) };
      break;
    case "rule_violation":
      extensions = { rule: rejection.rule, audit_event_id: auditEventId };
      // External busy time (docs/protocol.md §11.1): which interval of which source.
      if (rejection.external)
        extensions.external = {
          source_id: rejection.external.source_id,
          start: new Date(rejection.external.start).toISOString(),
          end: new Date(rejection.external.end).toISOString(),
        };
      break;
    case "outranked":
    case "slot_taken":
    case "booking_frozen":
    case "hold_expired":
    case "invalid_transition":
      extensions = {
        winning_agent_id: rejection.winning_agent_id,
        winning_agent_priority: rejection.winning_agent_priority,
        winning_booking_id: rejection.winning_booking_id,
        audit_event_id: auditEventId,
      };
      break;
    case "forbidden":
    case "not_found":
      break;
  }
  // Issue 18: the calendar a multi-calendar write lost on, the occurrence of a series that failed.
  const located = code !== "invalid_request" && code !== "forbidden" && code !== "not_found";
  if (located && rejection.calendar_id !== undefined) extensions.calendar_id = rejection.calendar_id;
  if (located && rejection.occurrence !== undefined) {
    const o = rejection.occurrence;
    extensions.occurrence = {
      index: o.index,
      booking_id: o.booking_id,
      start: new Date(o.start).toISOString(),
      end: new Date(o.end).toISOString(),
    };
  }
  const defined = Object.fromEntries(Object.entries(extensions).filter(([, v]) => v !== undefined));
  return { status: statusOf(code), body: problemBody(code, rejection.message, requestId, defined) };
}
