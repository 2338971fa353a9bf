// The HTTP layer: one Hono route per operation of the spec, each running the same pipeline —
// authenticate, rate-limit, check scope, validate parameters and body against the generated
// schemas, run the handler (through idempotency for agent POSTs) — and rendering every failure as
// an RFC 9457 problem with the request id.
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import type { Logger } from "pino";
import { StoreUnavailableError } from "../store/db.ts";
import { newId } from "../shell/ids.ts";
import type { Services } from "../services.ts";
import { authenticateAgent, authenticateUser } from "./auth.ts";
import { handlerOf, type AnyHandler, type Handlers, type Input, type Output } from "./context.ts";
import { fingerprint, type IdempotencyStore } from "./idempotency.ts";
import { checkInboundSecret } from "./inbound-auth.ts";
import { agentCorsPaths } from "../generated/tables.ts";
import { ApiError, problemBody } from "./problems.ts";
import type { RequestLogWriter } from "./request-log.ts";
import { requireSameOrigin } from "./same-origin.ts";
import { checkBody, checkParams, responseMismatch, validators, type OperationValidators } from "./validation.ts";

const MAX_BODY_BYTES = 64 * 1024;

/** Who called and what answered, for the request log (set as the request is handled). */
interface Logged {
  workspaceId?: string;
  agentId?: string;
  operationId?: string;
  errorCode?: string;
}

type Env = { Variables: { requestId: string; rateHeaders?: Record<string, string>; logged?: Logged } };

export interface AppOptions {
  services: Services;
  /** One per operation of the spec (an absent one answers 503: not enabled). */
  handlers: Partial<Handlers>;
  /** Idempotency-Key claims and replays of agent POSTs (the same store `services` saves responses in). */
  idempotency: IdempotencyStore;
  /** Required scope per agent operation. */
  scopes: Record<string, string | undefined>;
  log: Logger;
  /** Check every response against the spec (dev and tests): a mismatch becomes a 500. */
  validateResponses: boolean;
  /** Where the owner's request log goes (docs/architecture.md §9); none: not kept. */
  requestLog?: RequestLogWriter;
}

function logged(c: Context<Env>): Logged {
  let l = c.get("logged");
  if (!l) {
    l = {};
    c.set("logged", l);
  }
  return l;
}

function send(c: Context<Env>, out: Output): Response {
  const headers: Record<string, string> = { ...c.get("rateHeaders"), ...out.headers };
  const code = out.status >= 400 ? (out.body as { code?: unknown } | undefined)?.code : undefined;
  if (typeof code === "string") logged(c).errorCode = code;
  if (out.text !== undefined) return c.body(out.text, out.status as 200, headers);
  if (out.body === undefined) return c.body(null, out.status as 204, headers);
  const type = out.status >= 400 ? "application/problem+json" : "application/json";
  return c.body(JSON.stringify(out.body), out.status as 200, { "Content-Type": type, ...headers });
}

function problem(c: Context<Env>, error: ApiError): Response {
  logged(c).errorCode = error.code;
  const body = problemBody(error.code, error.message, c.get("requestId"), error.extensions);
  return send(c, { status: error.status, body, headers: error.headers });
}

async function readJson(c: Context, required: boolean): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === "") {
    if (required)
      throw new ApiError("invalid_request", "a JSON request body is required", { errors: [{ field: "/", message: "is required" }] });
    return undefined;
  }
  const type = c.req.header("content-type") ?? "";
  if (!/^application\/(json|[\w.+-]+\+json)\b/i.test(type)) {
    throw new ApiError("invalid_request", "send the body as application/json", {
      errors: [{ field: "header.content-type", message: "must be application/json" }],
    });
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError("invalid_request", "the body is not valid JSON", { errors: [{ field: "/", message: "is not valid JSON" }] });
  }
}

type NodeEnv = { incoming?: { url?: string; aborted?: boolean; destroyed?: boolean } };

/** The request target exactly as the client sent it (before URL normalisation). */
function rawTarget(c: Context): string {
  return (c.env as NodeEnv | undefined)?.incoming?.url ?? new URL(c.req.url).pathname;
}

function hasDotSegment(target: string): boolean {
  const path = target.split("?")[0]!.replace(/%2e/gi, ".");
  return path.split("/").some((segment) => segment === "." || segment === "..");
}

function clientWentAway(c: Context, error: Error): boolean {
  const incoming = (c.env as NodeEnv | undefined)?.incoming;
  return (
    (error as NodeJS.ErrnoException).code === "ECONNRESET" ||
    incoming?.aborted === true ||
    (incoming?.destroyed === true && error.message === "aborted")
  );
}

/**
 * The headers of every answer. API answers are never cached (some carry keys, secrets or sessions)
 * nor sniffed into another type; a route that publishes something cacheable (the A2A agent card, a
 * calendar feed, the dashboard's assets) sets its own Cache-Control, which wins.
 */
function commonHeaders(c: Context, requestId: string): void {
  c.header("Request-Id", requestId);
  if (!c.finalized || !c.res.headers.has("Cache-Control")) c.header("Cache-Control", "no-store");
  c.header("X-Content-Type-Options", "nosniff");
}

function honoPath(template: string): string {
  return template.replace(/\{(\w+)\}/g, ":$1");
}

export function createApp(options: AppOptions): Hono<Env> {
  const { services, handlers, scopes, log, idempotency } = options;
  const app = new Hono<Env>();

  app.use("*", async (c, next) => {
    const requestId = newId("req");
    c.set("requestId", requestId);
    const started = performance.now();
    const arrived = services.now();
    // Set before the route answers, so that its response is created with them: a header set on a
    // finished response makes Hono copy the response (its body into a stream) for each one.
    commonHeaders(c, requestId);
    // The URL parser resolves `..`, so `/v1/bookings/../dashboard/…` would reach another route
    // than the one a proxy or log saw in the request line: refused as sent.
    if (hasDotSegment(rawTarget(c))) {
      const detail = "the path must not contain . or .. segments";
      c.res = problem(
        c,
        new ApiError("invalid_request", detail, { errors: [{ field: "path", message: "must not contain dot-segments" }] }),
      );
    } else await next();
    // A route that answered with a Response of its own (the MCP and A2A transports) has not got them.
    if (!c.res.headers.has("Request-Id")) commonHeaders(c, requestId);
    const entry = c.get("logged");
    // Agent requests and owner writes (not the dashboard's own reads): queued, never awaited.
    if (options.requestLog && entry?.workspaceId && (entry.agentId || c.req.method !== "GET")) {
      options.requestLog.record({
        workspace_id: entry.workspaceId,
        id: requestId,
        at: arrived,
        request_id: requestId,
        method: c.req.method,
        path: c.req.path.slice(0, 500),
        operation_id: entry.operationId ?? null,
        status: c.res.status,
        agent_id: entry.agentId ?? null,
        idempotency_key: c.req.header("idempotency-key")?.slice(0, 255) ?? null,
        replayed: c.res.headers.get("Idempotent-Replayed") === "true",
        latency_us: Math.round((performance.now() - started) * 1000),
        error_code: entry.errorCode ?? null,
      });
    }
    log.debug(
      {
        request_id: requestId,
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: +(performance.now() - started).toFixed(2),
      },
      "request",
    );
  });

  const tooLarge = (c: Context) =>
    problem(
      c as Context<Env>,
      new ApiError("payload_too_large", `request bodies are limited to ${MAX_BODY_BYTES} bytes`, { max_bytes: MAX_BODY_BYTES }),
    );
  const countedBody = bodyLimit({ maxSize: MAX_BODY_BYTES, onError: tooLarge });
  app.use("*", async (c, next) => {
    // Only a chunked body is counted as it streams in. Any other is judged by its Content-Length
    // (Node's parser never reads past it; none means no body), so that the body is later read
    // straight from the socket: touching the request's stream would build a web Request for it.
    if (c.req.header("transfer-encoding") !== undefined) return countedBody(c, next);
    return Number(c.req.header("content-length") ?? 0) > MAX_BODY_BYTES ? tooLarge(c) : next();
  });

  // Agents may call from a browser (the TypeScript SDK runs there): the bearer-key API allows any
  // origin. The cookie-based owner API stays same-origin.
  const exposeHeaders = ["Request-Id", "RateLimit", "RateLimit-Policy", "Retry-After", "Idempotent-Replayed"];
  const preflight = cors({
    origin: "*",
    allowHeaders: ["Authorization", "Content-Type", "Idempotency-Key", "X-AgentDraft-Client", "X-AgentDraft-Retry-Count"],
    exposeHeaders,
    maxAge: 600,
  });
  const agentCors = async (c: Context, next: () => Promise<void>) => {
    if (c.req.method === "OPTIONS") return preflight(c, next);
    // What cors() sets on any other request, set before the route answers: cors() writes them on
    // `c.res`, which makes Hono copy the route's response (its body into a stream) to keep them.
    c.header("Access-Control-Allow-Origin", "*");
    c.header("Access-Control-Expose-Headers", exposeHeaders.join(","));
    await next();
  };
  for (const path of agentCorsPaths) app.use(path, agentCors);

  for (const v of validators.values()) {
    const handler = handlerOf(handlers, v.spec.operationId);
    app.on(v.spec.method.toUpperCase(), honoPath(v.spec.path), (c) => run(c, v, handler));
  }

  /** Query parameters; one the spec declares an array (`calendar_id=a&calendar_id=b`) keeps every value. */
  function queryOf(c: Context<Env>, spec: OperationValidators["spec"]): Record<string, unknown> {
    const query: Record<string, unknown> = { ...c.req.query() };
    const props = (spec.params.query as { properties?: Record<string, { type?: string }> } | undefined)?.properties ?? {};
    for (const [name, schema] of Object.entries(props)) {
      if (schema.type === "array" && name in query) query[name] = c.req.queries(name);
    }
    return query;
  }

  async function run(c: Context<Env>, v: OperationValidators, handler: AnyHandler | undefined): Promise<Response> {
    const { spec } = v;
    const now = services.now();
    const security = spec.security[0];
    const input: Input = {
      requestId: c.get("requestId"),
      path: c.req.param() as Record<string, string>,
      query: queryOf(c, spec),
      headers: Object.fromEntries(
        Object.keys((spec.params.header as { properties?: object } | undefined)?.properties ?? {}).flatMap((h) => {
          const value = c.req.header(h);
          return value === undefined ? [] : [[h, value]];
        }),
      ),
      body: undefined,
      hono: c,
      commandContext: (workspace_id) => ({
        workspace_id,
        request_id: c.get("requestId"),
        method: c.req.method,
        path: c.req.path,
        actor: input.agent
          ? { type: "agent", agent_id: input.agent.agent_id }
          : input.user
            ? { type: "user", user_id: input.user.user_id }
            : { type: "system" },
      }),
    };

    if (security === "BearerAuth") {
      input.agent = await authenticateAgent(c, services.db, services.hasher, services.agentKeys);
      Object.assign(logged(c), { workspaceId: input.agent.workspace_id, agentId: input.agent.agent_id, operationId: spec.operationId });
      const rate = services.limiter.take(input.agent.agent_id);
      c.set("rateHeaders", rate.headers);
      if (!rate.allowed) {
        throw new ApiError(
          "rate_limited",
          `rate limit exceeded; retry in ${rate.retryAfterSeconds} s`,
          { retry_after_seconds: rate.retryAfterSeconds },
          { "Retry-After": String(rate.retryAfterSeconds) },
        );
      }
      const scope = scopes[spec.operationId];
      if (scope && !(input.agent.scopes as readonly string[]).includes(scope)) {
        throw new ApiError("forbidden", `the API key lacks scope ${scope}`, { required_scope: scope });
      }
    } else if (security === "OwnerSession") {
      requireSameOrigin(c);
      input.user = await authenticateUser(c, services.db, services.hasher, now, services.settings.session);
      Object.assign(logged(c), { workspaceId: input.user.workspace_id, operationId: spec.operationId });
    } else if (security === "ApiKeyAuth") {
      checkInboundSecret(services, c.req.header("x-inbound-secret"));
    }

    checkParams(v, "path", input.path);
    checkParams(v, "query", input.query);
    checkParams(v, "header", input.headers);
    if (spec.body) {
      input.body = await readJson(c, spec.body.required);
      if (input.body !== undefined) checkBody(v, input.body);
    }
    if (!handler) {
      throw new ApiError("unavailable", `${spec.operationId} is not enabled on this server`, {}, { "Retry-After": "3600" });
    }

    // The caller's workspace stays loaded (and, with replicas, caught up) while the handler runs.
    const workspaceId = input.agent?.workspace_id ?? input.user?.workspace_id;
    const lease = workspaceId !== undefined ? await services.ledgers.acquire(workspaceId) : undefined;
    const key = input.headers["idempotency-key"];
    let out: Output;
    try {
      if (spec.method === "post" && input.agent && key !== undefined) {
        const claim = {
          workspaceId: input.agent.workspace_id,
          agentId: input.agent.agent_id,
          key,
          fingerprint: fingerprint("POST", c.req.path, input.body),
        };
        // The handler gets its claim in its input: a write stores its response under it, in the
        // transaction of the command it answers.
        input.idempotency = claim;
        const result = await idempotency.run(claim, async () => {
          const response = await handler(input);
          return { status: response.status, body: response.body };
        });
        out = { status: result.status, body: result.body, headers: result.replayed ? { "Idempotent-Replayed": "true" } : {} };
      } else {
        out = await handler(input);
      }
    } finally {
      lease?.release();
    }

    if (options.validateResponses && out.text === undefined) {
      const mismatch = responseMismatch(v, out.status, out.body);
      if (mismatch) {
        log.error({ request_id: input.requestId, mismatch }, "response does not match the spec");
        throw new Error(`response does not match the spec: ${mismatch}`);
      }
    }
    return send(c, out);
  }

  app.notFound((c) => problem(c, new ApiError("not_found", `no route ${c.req.method} ${c.req.path}`)));

  app.onError((error, c) => {
    if (error instanceof ApiError) return problem(c, error);
    if (clientWentAway(c, error)) {
      // Not a server fault: the body never arrived whole, so nothing was read or stored.
      log.info({ request_id: c.get("requestId") }, "client disconnected before the request was complete");
      return problem(
        c,
        new ApiError("invalid_request", "the request body was cut off", { errors: [{ field: "/", message: "is incomplete" }] }),
      );
    }
    if (error instanceof StoreUnavailableError) {
      return problem(
        c,
        new ApiError("unavailable", "the store is unavailable; retry later", { retry_after_seconds: 1 }, { "Retry-After": "1" }),
      );
    }
    log.error({ request_id: c.get("requestId"), err: error }, "unhandled error");
    return problem(c, new ApiError("internal", "an unexpected error occurred; nothing was stored"));
  });

  return app;
}
