// The tool layer, shared by both transports (stdio bin and the reference server's /mcp): each
// generated tool definition is registered on an McpServer and runs through @agentdraft/sdk.
// Outcomes are typed: a success carries the spec's model (plus `*_local`, `time_zone`,
// `idempotency_key`) as structuredContent; a failure is `isError: true` with the problem.
import { randomUUID } from "node:crypto";
import {
  AgentDraftError,
  APIError,
  AuditVerificationError,
  Conflict,
  IdempotencyError,
  InvalidRequest,
  PermissionDenied,
  RateLimited,
  RuleViolation,
  snakeize,
  verifyCheckpoint,
  verifyEvent,
  type AgentDraft,
} from "@agentdraft/sdk";
import { fromJsonSchema, McpServer, type CallToolResult } from "@modelcontextprotocol/server";
import { toolDefinitions, type ToolDefinition } from "./generated/tools.ts";
import { isTimeZone, localize } from "./time.ts";
import { toolValidator } from "./validation.ts";
import { VERSION } from "./version.ts";

export { toolDefinitions, type ToolDefinition, type ToolName } from "./generated/tools.ts";

export interface ToolContext {
  /** The SDK client the tools call (one per agent key). */
  client: AgentDraft;
  /** Zone of the `*_local` instants when a call names none (default UTC). */
  timeZone?: string | undefined;
  /** The server's note verifier key, pinned out of band, for verify_booking_audit. */
  verifierKey?: string | undefined;
}

type Args = Record<string, unknown>;

const camel = (s: string): string => s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

function ok(data: Record<string, unknown>, summary: string): CallToolResult {
  return { content: [{ type: "text", text: `${summary}\n${JSON.stringify(data)}` }], structuredContent: data };
}

function fail(data: Record<string, unknown>, text: string): CallToolResult {
  return { isError: true, content: [{ type: "text", text }], structuredContent: { error: true, ...data } };
}

/** A failed call as a typed tool result: the problem's fields (snake_case) and one actionable line. */
export function errorResult(error: unknown, extra: Record<string, unknown> = {}): CallToolResult {
  if (error instanceof APIError) {
    const problem = {
      ...(snakeize(error.problem) as Record<string, unknown>),
      status: error.status,
      code: error.code ?? "error",
      ...extra,
    };
    if (error instanceof Conflict) {
      const who = error.winningAgentId
        ? ` to agent ${error.winningAgentId} (priority ${error.winningAgentPriority ?? "?"}, booking ${error.winningBookingId ?? "?"})`
        : "";
      return fail(
        problem,
        `Conflict ${error.code}: lost the slot${who}; audit event ${error.auditEventId ?? "?"}. Pick another slot (get_availability) or ask a higher-priority agent.`,
      );
    }
    if (error instanceof RuleViolation) {
      const rule = error.rule ? `${error.rule.kind} rule ${error.rule.ruleId}` : "a calendar rule";
      return fail(problem, `Rule violation: the slot breaks ${rule}: ${error.detail ?? ""}`.trim());
    }
    if (error instanceof RateLimited) {
      const seconds = error.retryAfterSeconds ?? 1;
      return fail({ ...problem, retry_after_seconds: seconds }, `Rate limited: retry in ${seconds} s with the same idempotency_key.`);
    }
    if (error instanceof IdempotencyError) {
      return fail(
        { ...problem, ...(error.retryAfterSeconds !== undefined ? { retry_after_seconds: error.retryAfterSeconds } : {}) },
        `Idempotency ${error.code}: ${error.detail ?? error.message}`,
      );
    }
    if (error instanceof PermissionDenied) {
      return fail(
        problem,
        `Forbidden: ${error.detail ?? "the API key may not do this"}${error.requiredScope ? ` (needs scope ${error.requiredScope})` : ""}.`,
      );
    }
    if (error instanceof InvalidRequest) {
      const fields = error.errors.map((e) => `${e.field}: ${e.message}`).join("; ");
      return fail(problem, `Invalid request: ${error.detail ?? ""}${fields ? ` (${fields})` : ""}`.trim());
    }
    return fail(problem, `${error.status} ${error.code ?? ""}: ${error.detail ?? error.message}`.replace(/\s+:/, ":"));
  }
  if (error instanceof AuditVerificationError) {
    return fail(
      { code: "audit_verification_failed", reason: error.reason, verified: false, message: error.message, ...extra },
      `Audit verification FAILED (${error.reason}): ${error.message}`,
    );
  }
  if (error instanceof AgentDraftError) {
    return fail({ code: error.code ?? "client_error", message: error.message, ...extra }, error.message);
  }
  const message = error instanceof Error ? error.message : String(error);
  return fail({ code: "internal", message, ...extra }, `Unexpected error: ${message}`);
}

function invalid(message: string, extra: Record<string, unknown> = {}): CallToolResult {
  return fail({ status: 400, code: "invalid_request", detail: message, ...extra }, `Invalid arguments: ${message}`);
}

/** Calls the SDK method a generated tool call names, with the tool's (snake_case) arguments. */
async function invoke(
  client: AgentDraft,
  def: ToolDefinition,
  index: number,
  args: Args,
  idempotencyKey: string | undefined,
): Promise<unknown> {
  const call = def.calls[index]!;
  const resource = (client as unknown as Record<string, Record<string, (...a: unknown[]) => Promise<unknown>>>)[camel(call.resource)]!;
  const positional: unknown[] = call.path_params.map((p) => args[p === "event_id" ? "audit_event_id" : p]);
  if (call.has_params) {
    const params: Args = {};
    for (const name of call.params) if (name !== "idempotency_key" && args[name] !== undefined) params[camel(name)] = args[name];
    positional.push(params);
  }
  positional.push(idempotencyKey === undefined ? {} : { idempotencyKey });
  return await resource[camel(call.method)]!.apply(resource, positional);
}

function summaryOf(def: ToolDefinition, data: Record<string, unknown>): string {
  if (typeof data.booking_id === "string" && typeof data.status === "string")
    return `${def.name}: booking ${data.booking_id} is ${data.status} (${data.start_local} – ${data.end_local}).`;
  if (Array.isArray(data.slots))
    return `${def.name}: ${data.slots.length} free slot(s), ${(data.busy as unknown[]).length} busy interval(s).`;
  if (Array.isArray(data.data))
    return `${def.name}: ${data.data.length} booking(s)${data.has_more ? `, more after cursor ${data.next_cursor}` : ""}.`;
  return `${def.name}: ok.`;
}

async function runTool(ctx: ToolContext, def: ToolDefinition, args: Args): Promise<CallToolResult> {
  const key = def.write
    ? typeof args.idempotency_key === "string" && args.idempotency_key !== ""
      ? args.idempotency_key
      : `mcp_${randomUUID()}`
    : undefined;
  const keyed = key === undefined ? {} : { idempotency_key: key };
  const zone = typeof args.time_zone === "string" ? args.time_zone : (ctx.timeZone ?? "UTC");
  if (!isTimeZone(zone)) return invalid(`time_zone: "${zone}" is not an IANA time zone (e.g. "Europe/Berlin", "UTC")`, keyed);
  if (typeof args.start === "string" && typeof args.end === "string" && Date.parse(args.end) <= Date.parse(args.start)) {
    return invalid(`end (${args.end}) must be after start (${args.start})`, keyed);
  }
  try {
    if (def.name === "verify_booking_audit") return await verifyBookingAudit(ctx, args);
    let index = 0;
    if (def.name === "commit_booking") {
      const byId = typeof args.booking_id === "string";
      const bySlot = args.start !== undefined || args.end !== undefined;
      if (byId === bySlot) {
        return invalid("pass either booking_id (commit your hold) or start and end (book a new slot), not both", keyed);
      }
      if (!byId && (args.start === undefined || args.end === undefined)) return invalid("a new slot needs both start and end", keyed);
      if (byId && (args.metadata !== undefined || args.calendar_id !== undefined)) {
        return invalid("metadata and calendar_id apply to a new slot, not to committing a hold by booking_id", keyed);
      }
      index = def.calls.findIndex((c) => c.path_params.length > 0 === byId);
    }
    const raw = await invoke(ctx.client, def, index, args, key);
    const wire = snakeize(raw as object) as Record<string, unknown>;
    const asPage = raw as { data?: unknown; hasMore?: boolean; nextCursor?: string };
    const page =
      typeof asPage?.hasMore === "boolean"
        ? {
            data: snakeize(asPage.data as object[]),
            has_more: asPage.hasMore,
            ...(asPage.nextCursor ? { next_cursor: asPage.nextCursor } : {}),
          }
        : wire;
    const data = { ...localize(page as Record<string, unknown>, zone), time_zone: zone, ...keyed };
    return ok(data, summaryOf(def, data));
  } catch (error) {
    return errorResult(error, keyed);
  }
}

async function verifyBookingAudit(ctx: ToolContext, args: Args): Promise<CallToolResult> {
  const bookingId = String(args.booking_id);
  const booking = await ctx.client.bookings.get(bookingId);
  const cp = await ctx.client.audit.checkpoint();
  const pinned =
    typeof args.verifier_key === "string"
      ? ["argument", args.verifier_key]
      : ctx.verifierKey
        ? ["environment", ctx.verifierKey]
        : ["checkpoint", cp.verifierKey];
  const [source, verifierKey] = pinned as [string, string];
  const checkpoint = await verifyCheckpoint(cp, verifierKey);
  const proof = await ctx.client.audit.inclusionProof(booking.auditEventId, { treeSize: checkpoint.treeSize });
  await verifyEvent(proof, checkpoint);
  const data = {
    verified: true,
    booking_id: bookingId,
    audit_event_id: booking.auditEventId,
    leaf_index: proof.leafIndex,
    tree_size: checkpoint.treeSize,
    root_hash: checkpoint.rootHashBase64,
    origin: checkpoint.origin,
    verifier_key: verifierKey,
    verifier_key_source: source,
    action: proof.event.action,
  };
  return ok(
    data,
    `verify_booking_audit: event ${data.audit_event_id} of booking ${bookingId} is in the signed log (tree size ${data.tree_size}, verifier key from ${source}).`,
  );
}

/** A fresh McpServer with every AgentDraft tool, calling the API through `ctx.client`. */
export function createMcpServer(ctx: ToolContext): McpServer {
  const server = new McpServer({ name: "agentdraft", title: "AgentDraft", version: VERSION });
  for (const def of toolDefinitions) {
    server.registerTool(
      def.name,
      {
        title: def.title,
        description: `${def.description}${def.scopes.length ? ` Needs scope ${def.scopes.join(", ")}.` : ""}`,
        inputSchema: fromJsonSchema<Args>(def.inputSchema, toolValidator),
        outputSchema: fromJsonSchema<Args>(def.outputSchema, toolValidator),
        annotations: { title: def.title, ...def.annotations },
      },
      async (args: Args) => {
        try {
          return await runTool(ctx, def, args ?? {});
        } catch (error) {
          return errorResult(error);
        }
      },
    );
  }
  return server;
}
