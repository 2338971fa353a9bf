// The isolation matrix (issue 9, reliability): two workspaces × agents holding each single scope
// (and none) × EVERY agent and owner operation of the spec, taken from the generated `operations`
// so a new endpoint joins the matrix by itself. For each operation it proves:
//  - scopes: a key lacking the operation's scope gets 403 `forbidden` naming `required_scope`; a key
//    holding it is never refused (no 401/403) and, on its own workspace's data, succeeds (2xx);
//  - tenancy: the same request aimed at the other workspace's ids (path, query and body references)
//    is 404 — never 2xx — and a 2xx answer never carries an id of the other workspace;
//  - credentials do not cross: an owner cookie does not open the agent API, nor a key the owner API;
//  - nothing an agent or owner tried against the other workspace changed it (its audit log size).
// Operations listed in REQUESTS get a realistic request (and the strict expectations above); a new
// operation without an entry is still checked generically (path ids, an empty body), with weaker
// expectations (scope enforced, never 2xx across workspaces), and a warning asks for an entry.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operations, type OperationSpec } from "../../src/generated/api.ts";
import { operationAccess } from "../../src/generated/tables.ts";
import { operationScopes } from "../../src/routes/index.ts";
import { startSink, uniqueName, type Sink } from "../mail/support.ts";
import {
  ALL_SCOPES,
  call,
  Owner,
  slot,
  startServer,
  type Loose,
  type Reply,
  type ServerProcess,
  type TestAgent,
} from "../support/server-process.ts";

const INBOUND_SECRET = "isolation-inbound-secret-0123456789";

interface Tenant {
  name: string;
  owner: Owner;
  calendarId: string;
  /** An agent with every scope: creates the tenant's data. */
  full: TestAgent;
  /** One agent per scope variant: "none" and each single scope. */
  agents: Map<string, TestAgent>;
  commitId: string;
  eventId: string;
  webhookId: string;
  /** A message in each agent's own mailbox, by agent id. */
  messageOf: Map<string, string>;
  /** Every id of this workspace that must never appear in another workspace's answers. */
  ids: Set<string>;
}

const VARIANTS = ["none", ...ALL_SCOPES];
let server: ServerProcess;
let sink: Sink;
let A: Tenant;
let B: Tenant;

// Each booking gets its own hour, so no two of them ever contend.
let nextHour = 100;
const freshSlot = () => slot(nextHour++);

async function created<T = Loose>(reply: Promise<Reply<T>>, what: string): Promise<T> {
  const r = await reply;
  if (r.status < 200 || r.status > 299) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

async function tenant(name: string): Promise<Tenant> {
  const owner = await Owner.signIn(server.url);
  const calendarId = await owner.defaultCalendarId();
  const full = await owner.createAgent(uniqueName(`${name}-full`), 1);
  const agents = new Map<string, TestAgent>();
  for (const [i, v] of VARIANTS.entries())
    agents.set(v, await owner.createAgent(uniqueName(`${name}-${v.replace(":", "-")}`), i + 2, v === "none" ? [] : [v]));
  const commit = await created(full.call("POST", "/v1/bookings", { body: freshSlot() }), "commit");
  const webhook = await created(
    owner.call("POST", "/v1/dashboard/webhooks", { body: { url: "https://hooks.example.com/hook", events: ["booking.cancelled"] } }),
    "webhook",
  );
  const messageOf = new Map<string, string>();
  for (const agent of [full, ...agents.values()]) {
    const me = await created(agent.call("GET", "/v1/agents/me"), "me");
    const inbound = await created(
      call(server.url, "POST", "/v1/mailbox/inbound", {
        headers: { "x-inbound-secret": INBOUND_SECRET },
        body: {
          recipients: [me.mailbox_address],
          raw: `From: ada@example.com\r\nSubject: Hi\r\nMessage-ID: <${agent.agent_id}@example.com>\r\n\r\nhello\r\n`,
        },
      }),
      "inbound",
    );
    messageOf.set(agent.agent_id, inbound.message_ids[0]);
  }
  const ws = await created(owner.call("GET", "/v1/dashboard/workspace"), "workspace");
  const ids = new Set<string>([
    ws.workspace_id,
    ws.user_id,
    calendarId,
    full.agent_id,
    ...[...agents.values()].map((a) => a.agent_id),
    commit.booking_id,
    commit.audit_event_id,
    webhook.webhook_id,
    ...messageOf.values(),
  ]);
  return {
    name,
    owner,
    calendarId,
    full,
    agents,
    commitId: commit.booking_id,
    eventId: commit.audit_event_id,
    webhookId: webhook.webhook_id,
    messageOf,
    ids,
  };
}

/** The agent that makes the data a request refers to: the caller when it may write bookings, else the tenant's full agent. */
const writer = (t: Tenant, caller?: TestAgent) => (caller && t.agents.get("bookings:write") === caller ? caller : t.full);

async function freshBooking(t: Tenant, caller: TestAgent | undefined, mode: "hold" | "commit"): Promise<string> {
  const body = mode === "hold" ? { ...freshSlot(), mode, hold_ttl_seconds: 3600 } : freshSlot();
  return (await created(writer(t, caller).call("POST", "/v1/bookings", { body }), mode)).booking_id;
}

async function freshAgent(t: Tenant): Promise<string> {
  return (await t.owner.createAgent(uniqueName(`${t.name}-spare`), 50, [])).agent_id;
}

/**
 * The value of a path parameter of `target`'s workspace, fresh where the operation consumes it.
 * The caller matters for resources an agent owns (its holds and commits, its mailbox).
 */
async function pathValue(op: OperationSpec, name: string, target: Tenant, caller?: TestAgent): Promise<string> {
  switch (name) {
    case "booking_id":
      if (op.operationId === "commitHold" || op.operationId === "releaseHold") return freshBooking(target, caller, "hold");
      if (op.method !== "get") return freshBooking(target, caller, "commit");
      return target.commitId;
    case "series_id": {
      const body = { ...freshSlot(), recurrence: { rrule: "FREQ=DAILY;COUNT=1" } };
      return (await created(writer(target, caller).call("POST", "/v1/bookings", { body }), "series")).series_id;
    }
    case "event_id":
      return target.eventId;
    case "message_id": {
      // The caller's own message in its own workspace; another workspace's message otherwise.
      const own = caller && target.messageOf.get(caller.agent_id);
      return own ?? target.messageOf.get(target.agents.get("mailbox:read")!.agent_id)!;
    }
    case "agent_id":
      return op.method === "get" ? target.full.agent_id : freshAgent(target);
    case "calendar_id":
      return target.calendarId;
    case "webhook_id":
      if (op.method === "get" || op.operationId === "redeliverWebhookDelivery") return target.webhookId;
      return (
        await created(
          target.owner.call("POST", "/v1/dashboard/webhooks", {
            body: { url: "https://hooks.example.com/hook", events: ["booking.cancelled"] },
          }),
          "webhook",
        )
      ).webhook_id;
    case "feed_id":
      return (await created(target.owner.call("POST", `/v1/dashboard/calendars/${target.calendarId}/feeds`), "feed")).feed_id;
    case "delivery_id":
      return (await created(target.owner.call("POST", `/v1/dashboard/webhooks/${target.webhookId}/test`), "test delivery")).delivery
        .delivery_id;
    default:
      throw new Error(`isolation matrix: no fixture for path parameter {${name}} of ${op.operationId}; add one to pathValue()`);
  }
}

interface Request {
  query?: Record<string, string>;
  body?: unknown;
}

/**
 * Realistic requests: query and body, with every reference to workspace data taken from `target`.
 * `refs` says whether the request names any data of the target workspace (then, aimed at the other
 * workspace, it must be 404); `filter` marks list filters, where an empty 2xx page is as good as 404.
 */
const REQUESTS: Record<string, { refs: boolean; filter?: boolean; build: (target: Tenant, caller?: TestAgent) => Request }> = {
  getCurrentAgent: { refs: false, build: () => ({}) },
  getAvailability: {
    refs: true,
    build: (t) => ({ query: { range_start: slot(1).start, range_end: slot(30).start, calendar_id: t.calendarId } }),
  },
  createBooking: { refs: true, build: (t) => ({ body: { ...freshSlot(), calendar_id: t.calendarId } }) },
  getBooking: { refs: true, build: () => ({}) },
  listBookings: { refs: true, filter: true, build: (t) => ({ query: { calendar_id: t.calendarId, agent_id: t.full.agent_id } }) },
  commitHold: { refs: true, build: () => ({}) },
  releaseHold: { refs: true, build: () => ({}) },
  cancelBooking: { refs: true, build: () => ({ body: { reason: "isolation matrix" } }) },
  moveBooking: { refs: true, build: () => ({ body: freshSlot() }) },
  cancelSeries: { refs: true, build: () => ({ body: { reason: "isolation matrix" } }) },
  listAuditEvents: { refs: true, filter: true, build: (t) => ({ query: { resource: t.commitId } }) },
  getAuditCheckpoint: { refs: false, build: () => ({}) },
  getAuditConsistencyProof: { refs: false, build: () => ({ query: { from_size: "1" } }) },
  getAuditInclusionProof: { refs: true, build: () => ({}) },
  listMessages: { refs: false, build: () => ({}) },
  getMessage: { refs: true, build: () => ({}) },
  sendMessage: { refs: true, build: (t) => ({ body: { to: ["ada@example.com"], subject: "Hi", text: "hello", booking_id: t.commitId } }) },
  listAgents: { refs: false, build: () => ({}) },
  createAgent: {
    refs: true,
    build: (t) => ({ body: { name: uniqueName("created"), priority: 60, scopes: [], calendar_id: t.calendarId } }),
  },
  getAgent: { refs: true, build: () => ({}) },
  updateAgent: { refs: true, build: () => ({ body: { priority: 70 } }) },
  revokeAgent: { refs: true, build: () => ({}) },
  rotateAgentKey: { refs: true, build: () => ({}) },
  listCalendars: { refs: false, build: () => ({}) },
  createCalendar: { refs: false, build: () => ({ body: { name: uniqueName("cal") } }) },
  updateCalendar: { refs: true, build: () => ({ body: { name: "Main" } }) },
  getRules: { refs: true, build: () => ({}) },
  setRules: { refs: true, build: () => ({ body: { rules: [] } }) },
  listWebhooks: { refs: false, build: () => ({}) },
  createWebhook: { refs: false, build: () => ({ body: { url: "https://hooks.example.com/hook", events: ["booking.cancelled"] } }) },
  deleteWebhook: { refs: true, build: () => ({}) },
  listWebhookEventTypes: { refs: false, build: () => ({}) },
  updateWebhook: { refs: true, build: () => ({ body: { enabled: true } }) },
  rotateWebhookSecret: { refs: true, build: () => ({ body: {} }) },
  testWebhook: { refs: true, build: () => ({}) },
  listWebhookDeliveries: { refs: true, build: () => ({}) },
  redeliverWebhookDelivery: { refs: true, build: () => ({}) },
  getWorkspace: { refs: false, build: () => ({}) },
  // The owner's reads of their own workspace: nothing in the request names the other one's data.
  listAgentUsage: { refs: false, build: () => ({}) },
  getOwnerAuditCheckpoint: { refs: false, build: () => ({}) },
  listOwnerAuditEvents: { refs: false, build: () => ({}) },
  listRaces: { refs: false, build: () => ({}) },
  listRequestLog: { refs: false, build: () => ({}) },
  summarizeRequestErrors: { refs: false, build: () => ({}) },
  listOwnerBookings: { refs: true, filter: true, build: (t) => ({ query: { calendar_id: t.calendarId, agent_id: t.full.agent_id } }) },
  deleteCalendarFeed: { refs: true, build: () => ({}) },
};

/** The matrix's inputs, generated from the spec (who may call each operation, with which scope). */
const agentOps = operations.filter((op) => operationAccess[op.operationId]?.auth === "agent");
const ownerOps = operations.filter((op) => operationAccess[op.operationId]?.auth === "owner");
/** Reads of the owner's own request log, which echo whatever ids the owner's requests named. */
const ECHOES_CALLER = new Set(["listRequestLog", "summarizeRequestErrors"]);
/** Logout ends the session the matrix runs on: it is checked for tenancy only (it names no data). */
const SESSION_ENDING = new Set(["logout"]);

/** The scope an agent operation needs, from its path and method (docs/protocol.md §2.2), cross-checked with the server's table. */
function expectedScope(op: OperationSpec): string | undefined {
  const p = op.path;
  if (p === "/v1/agents/me") return undefined;
  if (p.startsWith("/v1/availability")) return "availability:read";
  if (p.startsWith("/v1/bookings")) return op.method === "get" ? "bookings:read" : "bookings:write";
  if (p.startsWith("/v1/audit")) return "audit:read";
  if (p.startsWith("/v1/mailbox/messages")) return op.method === "get" ? "mailbox:read" : "mailbox:send";
  return operationScopes[op.operationId] ?? "(unknown: decide the scope of this operation)";
}

async function send(
  op: OperationSpec,
  target: Tenant,
  caller: { agent?: TestAgent; owner?: Owner },
): Promise<{ reply: Reply; generic: boolean }> {
  let route = op.path;
  for (const name of Object.keys((op.params.path as { properties?: object } | undefined)?.properties ?? {})) {
    route = route.replace(`{${name}}`, encodeURIComponent(await pathValue(op, name, target, caller.agent)));
  }
  const entry = REQUESTS[op.operationId];
  const request: Request = entry ? entry.build(target, caller.agent) : op.body?.required ? { body: {} } : {};
  const query = request.query ? `?${new URLSearchParams(request.query)}` : "";
  const options = request.body === undefined ? {} : { body: request.body };
  const reply = caller.agent
    ? await caller.agent.call(op.method.toUpperCase(), route + query, options)
    : await caller.owner!.call(op.method.toUpperCase(), route + query, options);
  return { reply, generic: !entry };
}

const describeReply = (r: Reply) => `${r.status} ${JSON.stringify(r.body)}`;

/** A 2xx answer to `t`'s caller may only carry ids of `t`'s own workspace. */
function expectNoLeak(r: Reply, other: Tenant, context: string) {
  if (r.status < 200 || r.status > 299) return;
  const text = JSON.stringify(r.body ?? "");
  const leaked = [...other.ids].filter((id) => text.includes(id));
  expect(leaked, `${context}: leaks ${other.name}'s ids`).toEqual([]);
}

/** Aimed at the other workspace: 404 when the request names its data (or, for list filters, an empty page). */
function expectCrossRefused(r: Reply, op: OperationSpec, generic: boolean, context: string) {
  const entry = REQUESTS[op.operationId];
  const ok = r.status >= 200 && r.status <= 299;
  if (generic) {
    expect(ok, `${context}: another workspace's ids must never succeed, got ${describeReply(r)}`).toBe(false);
  } else if (entry!.refs && entry!.filter) {
    if (ok) expect(r.body.data, `${context}: a filter on another workspace's ids must find nothing`).toEqual([]);
    else expect(r.status, `${context}: ${describeReply(r)}`).toBe(404);
  } else if (entry!.refs) {
    expect(r.status, `${context}: another workspace's ids must be 404, got ${describeReply(r)}`).toBe(404);
    expect(r.body.code).toBe("not_found");
  }
}

beforeAll(async () => {
  sink = await startSink();
  server = await startServer({
    args: ["--rate-limit", "1000000", "--rate-refill", "1000000", "--smtp-relay", sink.url, "--smtp-retry-delay", "100"],
    env: { AGENTDRAFT_INBOUND_SECRET: INBOUND_SECRET },
  });
  A = await tenant("a");
  B = await tenant("b");
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await sink?.close();
});

const auditSize = async (t: Tenant) => (await created(t.full.call("GET", "/v1/audit/checkpoint"), "checkpoint")).size as number;

describe("the matrix covers the whole spec", () => {
  it("every agent and owner operation is in it, and the request table names only real operations", () => {
    expect(agentOps.length + ownerOps.length).toBeGreaterThan(25);
    expect(Object.keys(operationAccess).sort()).toEqual(operations.map((op) => op.operationId).sort());
    for (const op of agentOps) expect(op.security, op.operationId).toContain("BearerAuth");
    for (const op of ownerOps) expect(op.security, op.operationId).toContain("OwnerSession");
    const known = new Set(operations.map((op) => op.operationId));
    expect(Object.keys(REQUESTS).filter((id) => !known.has(id))).toEqual([]);
    const generic = [...agentOps, ...ownerOps].filter((op) => !REQUESTS[op.operationId] && !SESSION_ENDING.has(op.operationId));
    if (generic.length > 0)
      console.warn(`isolation: checked generically (add them to REQUESTS): ${generic.map((op) => op.operationId).join(", ")}`);
  });

  it("every agent operation but `GET /v1/agents/me` needs a scope, and the server's table agrees with docs/protocol.md §2.2", () => {
    for (const op of agentOps) {
      expect(operationScopes[op.operationId], op.operationId).toBe(expectedScope(op));
      if (op.operationId !== "getCurrentAgent") expect(ALL_SCOPES, op.operationId).toContain(operationScopes[op.operationId]);
    }
  });
});

describe.each(agentOps.map((op) => [`${op.method.toUpperCase()} ${op.path}`, op] as const))("agent %s", (_, op) => {
  const scope = expectedScope(op);

  it("enforces its scope for every scope variant, in both workspaces", async () => {
    for (const t of [A, B]) {
      for (const [variant, agent] of t.agents) {
        const { reply, generic } = await send(op, t, { agent });
        const context = `${op.operationId} as ${t.name}/${variant}`;
        if (scope && variant !== scope) {
          expect(reply.status, `${context}: ${describeReply(reply)}`).toBe(403);
          expect(reply.body).toMatchObject({ code: "forbidden", required_scope: scope });
        } else {
          expect([401, 403], `${context}: ${describeReply(reply)}`).not.toContain(reply.status);
          if (!generic) expect(reply.status, `${context} on its own data: ${describeReply(reply)}`).toBeLessThan(300);
          expectNoLeak(reply, t === A ? B : A, context);
        }
      }
    }
  });

  it("never reads or writes the other workspace", async () => {
    const before = [await auditSize(A), await auditSize(B)];
    for (const [t, other] of [
      [A, B],
      [B, A],
    ] as const) {
      for (const [variant, agent] of [["full", t.full] as const, ...t.agents]) {
        const { reply, generic } = await send(op, other, { agent });
        const context = `${op.operationId} as ${t.name}/${variant} on ${other.name}'s ids`;
        if (scope && variant !== "full" && variant !== scope) {
          expect(reply.status, `${context}: ${describeReply(reply)}`).toBe(403);
          continue;
        }
        expectCrossRefused(reply, op, generic, context);
        expectNoLeak(reply, other, context);
      }
    }
    // Fixtures for the requests were made by each target's own agents; nothing else was written.
    const after = [await auditSize(A), await auditSize(B)];
    const fixtures =
      REQUESTS[op.operationId] &&
      op.method !== "get" &&
      Object.keys((op.params.path as { properties?: object })?.properties ?? {}).length > 0;
    if (!fixtures) expect(after, "no audited change from cross-workspace calls").toEqual(before);
  });

  it("is closed to an owner session", async () => {
    const { reply } = await send(op, A, { owner: A.owner });
    expect(reply.status, describeReply(reply)).toBe(401);
  });
});

describe.each(ownerOps.map((op) => [`${op.method.toUpperCase()} ${op.path}`, op] as const))("owner %s", (_, op) => {
  const ending = SESSION_ENDING.has(op.operationId);

  // Logout ends the very session the matrix signs in with: it gets its own check below instead.
  if (!ending)
    it("works on its own workspace, is 404 on the other's, and never leaks it", async () => {
      for (const [t, other] of [
        [A, B],
        [B, A],
      ] as const) {
        const own = await send(op, t, { owner: t.owner });
        if (!own.generic) expect(own.reply.status, `${op.operationId} as owner ${t.name}: ${describeReply(own.reply)}`).toBeLessThan(300);
        // The request log shows the paths the caller itself sent — the matrix's own cross-workspace
        // calls among them — so it is checked for refusal, not for ids it echoes back.
        if (!ECHOES_CALLER.has(op.operationId)) expectNoLeak(own.reply, other, `${op.operationId} as owner ${t.name}`);
        const before = await auditSize(other);
        const cross = await send(op, other, { owner: t.owner });
        const context = `${op.operationId} as owner ${t.name} on ${other.name}'s ids`;
        expectCrossRefused(cross.reply, op, cross.generic, context);
        if (!ECHOES_CALLER.has(op.operationId)) expectNoLeak(cross.reply, other, context);
        const fixtures = op.method !== "get" && Object.keys((op.params.path as { properties?: object })?.properties ?? {}).length > 0;
        if (!fixtures) expect(await auditSize(other), `${context}: changed ${other.name}`).toBe(before);
      }
    });

  it("is closed to an agent key (even one with every scope)", async () => {
    const { reply } = await send(op, A, { agent: A.full });
    expect(reply.status, describeReply(reply)).toBe(401);
  });

  if (ending)
    it("ends only the session it is sent with", async () => {
      const spare = await Owner.signIn(server.url);
      expect((await spare.call("POST", "/v1/auth/logout")).status).toBe(204);
      expect((await spare.call("GET", "/v1/dashboard/workspace")).status).toBe(401);
      for (const t of [A, B]) expect((await t.owner.call("GET", "/v1/dashboard/workspace")).status).toBe(200);
    });
});
