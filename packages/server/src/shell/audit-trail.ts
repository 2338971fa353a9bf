// Turns a decided command into the audit events of its workspace log. Pure: the same command and
// events always give the same audit events, which is what makes the log replayable.
import type { AuditEvent, JsonObject } from "../audit/index.ts";
import type { EngineEvent } from "../engine/index.ts";
import type { LoggedCommand } from "./logged-command.ts";

export const iso = (ms: number): string => new Date(ms).toISOString();

/** Deterministic id of the i-th audit event of command `seq`. */
export function auditEventId(seq: number, index: number): string {
  return `evt_${seq.toString(36).padStart(6, "0")}_${index}`;
}

function resourceOf(event: EngineEvent, fallback: string): string {
  if ("booking_id" in event && event.booking_id) return event.booking_id;
  if (event.type === "agent.upserted") return event.agent_id;
  if ("calendar_id" in event && event.calendar_id) return event.calendar_id;
  if ("agent_id" in event && event.agent_id) return event.agent_id;
  return fallback;
}

/** The interesting fields of an engine event, without the ones the audit envelope already carries. */
function outcomeOf(event: EngineEvent): JsonObject {
  const { type: _type, seq: _seq, at: _at, ...rest } = event;
  return JSON.parse(JSON.stringify(rest, (_k, v) => (v === undefined ? null : v))) as JsonObject;
}

/**
 * Audit events of one command, numbered from `firstSeq` in the workspace log. `events` are the engine's
 * events (none for an audit note).
 */
export function auditEventsFor(logged: LoggedCommand, events: readonly EngineEvent[], firstSeq: number): AuditEvent[] {
  const { ctx, command } = logged;
  const actor = ctx.actor;
  const request: JsonObject = { request_id: ctx.request_id, method: ctx.method, path: ctx.path, command: command.type };
  if (command.type === "audit.note") {
    return [
      {
        event_id: auditEventId(command.seq, 0),
        seq: firstSeq,
        at: iso(command.at),
        actor,
        action: command.action,
        resource: command.resource,
        request,
        outcome: command.outcome,
      },
    ];
  }
  return events.map((event, i) => {
    // In a batch, each event belongs to the request whose write caused it (the displacer for a
    // displacement); lazy hold expiry happens on the server's behalf.
    const causeId = "by_booking_id" in event ? event.by_booking_id : "booking_id" in event ? event.booking_id : undefined;
    const origin = causeId !== undefined ? logged.origins?.[causeId] : undefined;
    const system = event.type === "hold.expired" || event.type === "holds.swept";
    return {
      event_id: auditEventId(command.seq, i),
      seq: firstSeq + i,
      at: iso(event.at),
      actor: system ? { type: "system" } : origin ? { type: "agent", agent_id: origin.agent_id } : actor,
      action: event.type,
      resource: resourceOf(event, ctx.workspace_id),
      request: origin ? { ...request, request_id: origin.request_id } : request,
      outcome: outcomeOf(event),
    };
  });
}
