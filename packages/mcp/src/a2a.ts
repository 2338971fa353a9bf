// A2A protocol 1.0 over JSON-RPC 2.0, framework-neutral (web `Request` → `Response`), built on
// @agentdraft/sdk like the MCP tools. Skills: check_availability, propose (a hold), commit. A
// message carries one data part `{operation, start, end, idempotency_key?, time_zone?}` (commit may
// name `booking_id` instead, to commit a proposal); the answer is a completed task whose artifact
// is the spec's model (Availability / Booking) — and a lost race is a completed task whose data is
// the Conflict problem. Pre-1.0 method names (`message/send`, `tasks/send`, `tasks/get`) with
// `{kind|type: "data"}` parts are accepted and answered in the pre-1.0 shape.
import { createHash, randomUUID } from "node:crypto";
import { APIError, Conflict, snakeize, type AgentDraft } from "@agentdraft/sdk";
import { instantProblem, isInstant, isTimeZone, localize } from "./time.ts";
import { VERSION } from "./version.ts";

export const A2A_PROTOCOL_VERSION = "1.0";
export const A2A_RPC_PATH = "/v1/a2a/rpc";

/** JSON-RPC / A2A error codes. */
export const A2A_ERRORS = {
  parse: -32700,
  invalidRequest: -32600,
  methodNotFound: -32601,
  invalidParams: -32602,
  internal: -32603,
  taskNotFound: -32001,
  unsupportedOperation: -32004,
} as const;

const SKILLS = [
  {
    id: "check_availability",
    name: "Check availability",
    description:
      'Free slots and busy intervals of the calendar in [start, end). Data part: {operation: "check_availability", start, end, duration_minutes?, time_zone?}. Answers the spec\'s Availability.',
    tags: ["scheduling", "calendar", "availability"],
    examples: ['{"operation":"check_availability","start":"2027-01-05T09:00:00+01:00","end":"2027-01-05T17:00:00+01:00"}'],
  },
  {
    id: "propose",
    name: "Propose (hold) a slot",
    description:
      'Hold [start, end) for a short TTL without committing. Data part: {operation: "propose", start, end, ttl_seconds?, idempotency_key?, time_zone?}. Answers the spec\'s Booking (status HELD).',
    tags: ["scheduling", "hold"],
    examples: ['{"operation":"propose","start":"2027-01-05T10:00:00Z","end":"2027-01-05T10:30:00Z"}'],
  },
  {
    id: "commit",
    name: "Commit a booking",
    description:
      'Book [start, end), or commit a proposal by booking_id. Data part: {operation: "commit", start, end | booking_id, idempotency_key?, time_zone?}. Answers the spec\'s Booking; a lost race answers the Conflict problem naming the winner.',
    tags: ["scheduling", "booking"],
    examples: ['{"operation":"commit","start":"2027-01-05T10:00:00Z","end":"2027-01-05T10:30:00Z","idempotency_key":"ik_1"}'],
  },
] as const;

/** The agent card (`/.well-known/agent-card.json`) for a server reachable at `baseUrl`. */
export function agentCard(baseUrl: string): Record<string, unknown> {
  const base = baseUrl.replace(/\/+$/, "");
  return {
    name: "AgentDraft",
    description:
      "The open scheduling source of truth for AI agents: check availability, propose (hold) and commit bookings on a shared calendar with priority arbitration and a tamper-evident audit log.",
    version: VERSION,
    provider: { organization: "AgentDraft", url: base },
    documentationUrl: `${base}/.well-known/agent-card.json`,
    supportedInterfaces: [{ url: `${base}${A2A_RPC_PATH}`, protocolBinding: "JSONRPC", protocolVersion: A2A_PROTOCOL_VERSION }],
    capabilities: { streaming: false, pushNotifications: false, extendedAgentCard: false },
    securitySchemes: {
      agentKey: {
        httpAuthSecurityScheme: {
          scheme: "Bearer",
          bearerFormat: "avs_live_…",
          description: "The agent's AgentDraft API key (Authorization: Bearer avs_live_…); same scopes as the REST API.",
        },
      },
    },
    securityRequirements: [{ schemes: { agentKey: { list: [] } } }],
    defaultInputModes: ["application/json"],
    defaultOutputModes: ["application/json"],
    skills: SKILLS.map((s) => ({
      ...s,
      examples: [...s.examples],
      tags: [...s.tags],
      inputModes: ["application/json"],
      outputModes: ["application/json"],
    })),
  };
}

/** The card as an HTTP response with `Cache-Control` and a strong `ETag` (answers 304 to a match). */
export function agentCardResponse(request: Request, baseUrl: string): Response {
  const body = JSON.stringify(agentCard(baseUrl));
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  const headers = {
    "Content-Type": "application/json",
    "Cache-Control": "public, max-age=300",
    ETag: etag,
    "Access-Control-Allow-Origin": "*",
  };
  if ((request.headers.get("if-none-match") ?? "").split(",").some((t) => t.trim() === etag))
    return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers });
}

type Json = Record<string, unknown>;
type Era = "v1" | "legacy";

class RpcError extends Error {
  readonly code: number;
  readonly data: unknown;
  constructor(code: number, message: string, data?: unknown) {
    super(message);
    this.code = code;
    this.data = data;
  }
}

interface StoredTask {
  owner: string;
  task: Json;
}

export interface A2aOptions {
  /** The SDK client for a request's Bearer key. */
  clientFor: (apiKey: string, request: Request) => AgentDraft;
  timeZone?: string | undefined;
  /** Completed tasks kept per process for GetTask (booking tasks are rebuilt from the booking on any replica). */
  maxTasks?: number;
}

const LEGACY_STATE: Record<string, string> = {
  TASK_STATE_COMPLETED: "completed",
  TASK_STATE_FAILED: "failed",
  TASK_STATE_REJECTED: "rejected",
};

function legacyTask(task: Json): Json {
  const status = task.status as Json;
  const artifacts = (task.artifacts as Json[] | undefined)?.map((a) => ({
    ...a,
    parts: (a.parts as Json[]).map((p) => ({ kind: "data", type: "data", data: p.data })),
  }));
  return {
    kind: "task",
    id: task.id,
    contextId: task.contextId,
    status: { ...status, state: LEGACY_STATE[String(status.state)] ?? "unknown" },
    ...(artifacts ? { artifacts } : {}),
  };
}

export function createA2aHandler(options: A2aOptions): { rpc: (request: Request, apiKey: string) => Promise<Response> } {
  const tasks = new Map<string, StoredTask>();
  const maxTasks = options.maxTasks ?? 10_000;
  const ownerOf = (key: string) => createHash("sha256").update(key).digest("hex");

  function remember(owner: string, task: Json): void {
    tasks.set(String(task.id), { owner, task });
    while (tasks.size > maxTasks) tasks.delete(tasks.keys().next().value!);
  }

  function completedTask(id: string, contextId: string, name: string, data: Json, state = "TASK_STATE_COMPLETED"): Json {
    return {
      id,
      contextId,
      status: { state, timestamp: new Date().toISOString() },
      artifacts: [{ artifactId: `art_${id}`, name, parts: [{ data, mediaType: "application/json" }] }],
    };
  }

  function dataPart(params: Json): { data: Json; message: Json } {
    const message = params.message as Json | undefined;
    if (!message || typeof message !== "object") throw new RpcError(A2A_ERRORS.invalidParams, "params.message is required");
    const parts = Array.isArray(message.parts) ? (message.parts as Json[]) : [];
    const found = parts.filter(
      (p) => p && typeof p === "object" && p.data && typeof p.data === "object" && (p.kind ?? p.type ?? "data") === "data",
    );
    if (found.length !== 1) {
      throw new RpcError(
        A2A_ERRORS.invalidParams,
        'the message needs exactly one data part {"operation": "check_availability"|"propose"|"commit", "start", "end", …}',
      );
    }
    return { data: found[0]!.data as Json, message };
  }

  function instant(data: Json, field: string): string {
    const v = data[field];
    if (typeof v !== "string" || !isInstant(v)) throw new RpcError(A2A_ERRORS.invalidParams, instantProblem(field, v));
    return v;
  }

  async function operate(client: AgentDraft, data: Json): Promise<{ name: string; body: Json; state?: string }> {
    const op = data.operation;
    const zone = typeof data.time_zone === "string" ? data.time_zone : (options.timeZone ?? "UTC");
    if (!isTimeZone(zone)) throw new RpcError(A2A_ERRORS.invalidParams, `time_zone: "${zone}" is not an IANA time zone`);
    const key = typeof data.idempotency_key === "string" && data.idempotency_key !== "" ? data.idempotency_key : `a2a_${randomUUID()}`;
    const slot = () => {
      const start = instant(data, "start");
      const end = instant(data, "end");
      if (Date.parse(end) <= Date.parse(start)) throw new RpcError(A2A_ERRORS.invalidParams, `end (${end}) must be after start (${start})`);
      return { start, end };
    };
    const done = (name: string, value: unknown, extra: Json = {}) => ({
      name,
      body: { ...localize(snakeize(value as object) as Json, zone), time_zone: zone, ...extra },
    });
    try {
      switch (op) {
        case "check_availability": {
          const { start, end } = slot();
          const duration = typeof data.duration_minutes === "number" ? { durationMinutes: data.duration_minutes } : {};
          return done("Availability", await client.availability.get({ start, end, ...duration }));
        }
        case "propose": {
          const ttl = typeof data.ttl_seconds === "number" ? { ttlSeconds: data.ttl_seconds } : {};
          return done("Booking", await client.bookings.hold({ ...slot(), ...ttl, idempotencyKey: key }), { idempotency_key: key });
        }
        case "commit": {
          if (typeof data.booking_id === "string")
            return done("Booking", await client.bookings.commit(data.booking_id, { idempotencyKey: key }), { idempotency_key: key });
          return done("Booking", await client.bookings.commit({ ...slot(), idempotencyKey: key }), { idempotency_key: key });
        }
        default:
          throw new RpcError(
            A2A_ERRORS.invalidParams,
            `unknown operation ${JSON.stringify(op)}; use check_availability, propose or commit`,
          );
      }
    } catch (error) {
      if (!(error instanceof APIError)) throw error;
      const problem = { ...(snakeize(error.problem) as Json), status: error.status, code: error.code ?? "error", idempotency_key: key };
      // A lost race is an answer, not a failure: the task completes with the Conflict problem.
      if (error instanceof Conflict) return { name: "Conflict", body: problem };
      return { name: "Problem", body: problem, state: "TASK_STATE_FAILED" };
    }
  }

  async function sendMessage(request: Request, apiKey: string, params: Json): Promise<Json> {
    const { data, message } = dataPart(params);
    const client = options.clientFor(apiKey, request);
    const result = await operate(client, data);
    const bookingId = result.name === "Booking" ? (result.body.booking_id as string) : undefined;
    const id = bookingId ? `tsk_${bookingId}_${randomUUID().slice(0, 8)}` : `tsk_${randomUUID()}`;
    const contextId =
      typeof message.contextId === "string"
        ? message.contextId
        : typeof message.context_id === "string"
          ? message.context_id
          : `ctx_${randomUUID()}`;
    const task = completedTask(id, contextId, result.name, result.body, result.state);
    remember(ownerOf(apiKey), task);
    return task;
  }

  async function getTask(request: Request, apiKey: string, params: Json): Promise<Json> {
    const id =
      typeof params.id === "string" ? params.id : typeof params.name === "string" ? params.name.replace(/^tasks\//, "") : undefined;
    if (!id) throw new RpcError(A2A_ERRORS.invalidParams, "params.id is required");
    const stored = tasks.get(id);
    if (stored && stored.owner === ownerOf(apiKey)) return stored.task;
    // Booking tasks are rebuilt from the booking itself on any replica (stateless behind a balancer).
    const booking = /^tsk_(bkg_[A-Za-z0-9_-]+?)_[0-9a-f]{8}$/.exec(id)?.[1];
    if (booking) {
      try {
        const current = await options.clientFor(apiKey, request).bookings.get(booking);
        const zone = options.timeZone ?? "UTC";
        return completedTask(id, `ctx_${booking}`, "Booking", { ...localize(snakeize(current) as Json, zone), time_zone: zone });
      } catch (error) {
        if (!(error instanceof APIError) || error.status !== 404) throw error;
      }
    }
    throw new RpcError(A2A_ERRORS.taskNotFound, `task ${id} not found`);
  }

  async function rpc(request: Request, apiKey: string): Promise<Response> {
    let id: unknown = null;
    const reply = (body: Json) =>
      new Response(JSON.stringify({ jsonrpc: "2.0", id, ...body }), { status: 200, headers: { "Content-Type": "application/json" } });
    try {
      let envelope: Json;
      try {
        envelope = JSON.parse(await request.text()) as Json;
      } catch {
        throw new RpcError(A2A_ERRORS.parse, "the body is not valid JSON");
      }
      if (!envelope || typeof envelope !== "object" || Array.isArray(envelope))
        throw new RpcError(A2A_ERRORS.invalidRequest, "expected one JSON-RPC 2.0 request object");
      id = envelope.id ?? null;
      if (envelope.jsonrpc !== "2.0" || typeof envelope.method !== "string")
        throw new RpcError(A2A_ERRORS.invalidRequest, 'expected {"jsonrpc": "2.0", "method": …}');
      const params = (envelope.params && typeof envelope.params === "object" ? envelope.params : {}) as Json;
      const method = envelope.method;
      const era: Era = method.includes("/") ? "legacy" : "v1";
      let task: Json;
      switch (method) {
        case "SendMessage":
        case "message/send":
        case "tasks/send":
          task = await sendMessage(request, apiKey, params);
          return reply({ result: era === "v1" ? { task } : legacyTask(task) });
        case "GetTask":
        case "tasks/get":
          task = await getTask(request, apiKey, params);
          return reply({ result: era === "v1" ? task : legacyTask(task) });
        default:
          throw new RpcError(
            A2A_ERRORS.unsupportedOperation,
            `${method} is not supported by this agent (supported: SendMessage, GetTask)`,
            {
              "@type": "type.googleapis.com/google.rpc.ErrorInfo",
              reason: "UNSUPPORTED_OPERATION",
              domain: "a2a-protocol.org",
            },
          );
      }
    } catch (error) {
      if (error instanceof RpcError)
        return reply({ error: { code: error.code, message: error.message, ...(error.data ? { data: error.data } : {}) } });
      if (error instanceof APIError)
        return reply({ error: { code: A2A_ERRORS.internal, message: error.message, data: snakeize(error.problem) } });
      return reply({ error: { code: A2A_ERRORS.internal, message: error instanceof Error ? error.message : String(error) } });
    }
  }

  return { rpc };
}
