// What the command log stores: the stamped engine command (or an audit-only note) and the
// request context that the audit events name.
import type { JsonObject } from "../audit/index.ts";
import type { Command } from "../engine/index.ts";

export type Actor = { type: "agent"; agent_id: string } | { type: "user"; user_id: string } | { type: "system" };

export interface CommandContext {
  workspace_id: string;
  request_id: string;
  method: string;
  path: string;
  actor: Actor;
}

/** An action outside the engine (key rotation, sign-in, mail) that still belongs in the audit log. */
export interface AuditNote {
  type: "audit.note";
  seq: number;
  at: number;
  action: string;
  resource: string;
  outcome: JsonObject;
}

/** The request behind one write of an arbitration batch (a batch serves several requests). */
export interface WriteOrigin {
  request_id: string;
  agent_id: string;
}

export interface LoggedCommand {
  command: Command | AuditNote;
  ctx: CommandContext;
  /** For `bookings.write` batches: booking_id → the request that asked for it. */
  origins?: Record<string, WriteOrigin>;
  /**
   * "per-workspace" on every command of a workspace's own log (the ledger sets it): its audit event
   * ids name the workspace. Absent on commands migrated from the earlier global log.
   */
  event_ids?: "per-workspace";
}
