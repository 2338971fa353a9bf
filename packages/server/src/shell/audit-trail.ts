// Turns a decided command into the audit events of its workspace log. Pure: the same command and
// events always give the same audit events, which is what makes the log replayable.
import type { AuditEvent, JsonObject } from "../audit/index.ts";
import type { EngineEvent } from "../engine/index.ts";
import type { LoggedCommand } from "./logged-command.ts";

export const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * Deterministic id of the i-th audit event of command `seq`. Sequence numbers are per workspace, so
 * the ids of a per-workspace log name their workspace too (ids stay unique across workspaces);
 * commands of the global log before it keep the ids they were first given.
 */
function auditEventId(logged: LoggedCommand, index: number): string {
  const seq = logged.command.seq.toString(36).padStart(6, "0");
  if (logged.event_ids !== "per-workspace") return `evt_${seq}_${index}`;
  const scope = logged.ctx.workspace_id.replace(/^ws_/, "").replace(/[^A-Za-z0-9-]/g, "-");
  return `evt_${scope}_${seq}_${index}`;
}

function resourceOf(event: EngineEvent, fallback: string): string {
  if ("booking_id" in event && event.booking_id) return event.booking_id;
  if (event.type === "agent.upserted") return event.agent_id;
  if ("calendar_id" in event && event.calendar_id) return event.calendar_id;
  if ("agent_id" in event && event.agent_id) return event.agent_id;
  return fallback;
}

/**
 * A JSON copy of plain data, as JSON.parse(JSON.stringify(value, undefined → null)) would make it
 * (same keys in the same order, non-finite numbers → null, -0 → 0) without the text round trip.
 * Anything that is not plain data (a class instance, a toJSON method, a function) takes the round trip.
 */
function jsonCopy(value: unknown): unknown {
  switch (typeof value) {
    case "string":
    case "boolean":
      return value;
    case "number":
      return Number.isFinite(value) ? (value === 0 ? 0 : value) : null;
    case "undefined":
      return null;
    case "object": {
      if (value === null) return null;
      if (Array.isArray(value))
        return Array.from(value, (v: unknown) => (typeof v === "function" || typeof v === "symbol" ? null : jsonCopy(v)));
      const proto: unknown = Object.getPrototypeOf(value);
      if ((proto !== Object.prototype && proto !== null) || typeof (value as { toJSON?: unknown }).toJSON === "function") break;
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(value)) {
        const v = (value as Record<string, unknown>)[key];
        if (typeof v === "function" || typeof v === "symbol" || typeof v === "bigint") return roundTrip(value);
        out[key] = jsonCopy(v);
      }
      return out;
    }
  }
  return roundTrip(value);
}

function roundTrip(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_k, v: unknown) => (v === undefined ? null : v))) as unknown;
}

/** The interesting fields of an engine event, without the ones the audit envelope already carries. */
function outcomeOf(event: EngineEvent): JsonObject {
  const { type: _type, seq: _seq, at: _at, ...rest } = event;
  return jsonCopy(rest) as JsonObject;
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
        event_id: auditEventId(logged, 0),
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
      event_id: auditEventId(logged, i),
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
