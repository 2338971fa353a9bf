// SDK adapter for the conformance scenarios (conformance/scenarios): the same files the HTTP runner
// plays, replayed through an SDK by the runner itself (`runSuite` with a `StepExecutor`). Setup
// (owners, calendars, rules, agents) and the invariants go over plain HTTP; every step the SDK can
// express goes through an `Executor` (the TypeScript SDK in-process, or the Python SDK over a
// JSON-lines bridge) and its answer — the returned model, or the thrown exception — is checked
// against the step's `expect`. A step the SDK cannot express is sent over plain HTTP so the scenario
// can go on, and is recorded as `not expressible` with its reason: never silently skipped.
import {
  deepEqual,
  operation,
  runSuite,
  type Failure,
  type FailureRecord,
  type Response,
  type Scenario,
  type ScenarioResult,
  type StepExecutor,
  type StepRequest,
  type StepResponse,
} from "@agentdraft/conformance";

import { SDK_STEPS } from "./generated/invoke.ts";

// For the Python adapter's driver (packages/sdk-python/tests/conformance/driver.mts), which cannot
// resolve @agentdraft/conformance from its own package.
export { loadScenarios } from "@agentdraft/conformance";

/** One step, resolved, as an SDK call. */
export interface SdkCall {
  id: string;
  operation: string;
  as: string;
  apiKey: string;
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
  /** The step's Idempotency-Key header → the SDK's idempotency key argument. */
  idempotencyKey?: string;
}

/** What the SDK did with one call. */
export interface SdkOutcome {
  /** `ok`: returned a model; `error`: threw an API error; `failure`: threw anything else; `unsupported`: cannot express it. */
  kind: "ok" | "error" | "failure" | "unsupported";
  /** HTTP status the SDK saw (ok: the wire status; error: the exception's status). */
  status?: number;
  /** ok: the model in wire (snake_case) form; error: the problem body (snake_case). */
  body?: unknown;
  /** error: class name of the thrown exception. */
  exception?: string;
  /** error: the exception's typed attributes, keyed by their wire (snake_case) field. */
  attrs?: Record<string, unknown>;
  /** error: response headers the exception exposes (its request id, as `request-id`). */
  headers?: Record<string, string>;
  message?: string;
}

export interface Executor {
  readonly sdk: string;
  /** The exception class the SDK's generated error catalog names for a problem code. */
  exceptionFor(code: string): string | undefined;
  /** null when the SDK can express the call, else why not. */
  unsupported(call: SdkCall): Promise<string | null>;
  /** Runs the calls concurrently (a parallel group fires them together). */
  run(calls: SdkCall[]): Promise<SdkOutcome[]>;
}

export interface StepTally {
  id: string;
  operation: string;
  via: "sdk" | "http";
  /** Why it went over HTTP. */
  reason?: string;
  /** Expectations the SDK cannot see (response headers). */
  dropped?: string[];
}

export interface AdapterResult {
  id: string;
  status: "passed" | "failed" | "skipped";
  skip_reason?: string;
  failures: string[];
  steps: StepTally[];
  /** Invariant clauses (or parts) the SDK cannot express, e.g. ones that tell replays apart by header. */
  invariants_not_expressible: string[];
  duration_ms: number;
}

/** Operations of the agent API that the SDKs cover, and the SDK methods that carry them (generated). */
const SDK_OPERATIONS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(SDK_STEPS).map(([op, shape]) => [op, shape.methods]),
);

/** Exception attribute (wire name) → the problem field it must mirror. */
const ATTRIBUTE_FIELDS: Record<string, string> = {
  reason: "code",
  winning_agent_id: "winning_agent_id",
  winning_agent_priority: "winning_agent_priority",
  winning_booking_id: "winning_booking_id",
  audit_event_id: "audit_event_id",
  rule: "rule",
  retry_after_seconds: "retry_after_seconds",
  required_scope: "required_scope",
};

/** Why this step cannot go through the SDK (null: it can). */
function notExpressible(r: StepRequest): string | null {
  const { step, query, headers, body } = r;
  if (!(step.operation in SDK_OPERATIONS)) {
    const auth = operation(step.operation).auth;
    // The inbound-mail webhook takes the server's secret (X-Inbound-Secret), not an agent key.
    const kind =
      step.operation === "receiveInboundMail"
        ? "inbound-mail webhook (server secret)"
        : auth === "owner"
          ? "owner/dashboard operation"
          : auth === "none"
            ? "unauthenticated (auth/health) operation"
            : "operation";
    return `${step.operation}: ${kind} not covered by the agent SDK`;
  }
  if (step.breaks_spec) return "breaks_spec request (the SDK only sends spec-conforming requests)";
  if (step.raw_body !== undefined) return "raw request body";
  if (step.auth) return "literal credentials (auth: bearer/cookie)";
  if (r.caller.kind !== "agent") return `caller ${r.as} has no API key (the SDK always sends one)`;
  for (const h of Object.keys(headers)) if (h.toLowerCase() !== "idempotency-key") return `request header ${h}`;
  const shape = SDK_STEPS[step.operation]!;
  for (const k of Object.keys(query)) if (!shape.query.includes(k)) return `query parameter ${k} has no SDK argument`;
  for (const k of shape.requiredQuery) if (query[k] === undefined) return `query parameter ${k} is missing but required by the SDK call`;
  if (body !== undefined) {
    if (!shape.body) return "request body on an operation whose SDK call takes none";
    if (body === null || typeof body !== "object" || Array.isArray(body)) return "non-object request body";
    for (const k of Object.keys(body)) if (!shape.body.includes(k)) return `body field ${k} has no SDK argument`;
    const b = body as Record<string, unknown>;
    const missing = shape.requiredBody.filter((k) => b[k] === undefined);
    if (missing.length > 0) return `${missing.join("/")} missing (required by the SDK call)`;
    for (const [k, values] of Object.entries(shape.fixed)) {
      if (b[k] !== undefined && !values.includes(b[k]))
        return `${k} ${show(b[k])} is none of ${values.map((v) => show(v)).join(", ")} (the SDK methods' fixed values)`;
    }
  }
  for (const spec of Object.values(step.capture ?? {})) {
    const from = typeof spec === "string" ? spec : spec.from;
    // Retry-After is the exception's retry_after_seconds (RateLimited / IdempotencyError / ServerError).
    if (from.startsWith("headers.") && from.toLowerCase() !== "headers.retry-after")
      return `captures response header (${from}) the SDK does not expose`;
  }
  return null;
}

/** The thrown exception is the class the error catalog names for the code, and its attributes mirror the problem. */
function checkException(ex: Executor, outcome: SdkOutcome, res: Response): Failure[] {
  const out: Failure[] = [];
  const body = (res.body ?? {}) as Record<string, unknown>;
  const code = typeof body.code === "string" ? body.code : undefined;
  const expected = code ? ex.exceptionFor(code) : undefined;
  if (code && !expected) out.push({ path: "exception", message: `problem code ${code} is not in the SDK's error catalog` });
  if (expected && outcome.exception !== expected)
    out.push({ path: "exception", message: `the SDK must throw ${expected} for ${code}`, expected, actual: outcome.exception });
  for (const [attr, value] of Object.entries(outcome.attrs ?? {})) {
    const field = ATTRIBUTE_FIELDS[attr];
    if (!field) continue;
    const wire = body[field];
    if (wire === undefined && value === undefined) continue;
    if (wire === undefined && (attr === "retry_after_seconds" || value === null)) continue; // from the Retry-After header / absent
    if (!deepEqual(value ?? undefined, wire))
      out.push({ path: `exception.${attr}`, message: `must mirror the problem's ${field}`, expected: wire, actual: value });
  }
  return out;
}

function show(v: unknown): string {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 300 ? `${s.slice(0, 300)}…` : s;
}

function describe(f: Omit<Failure, "path"> & { path?: string }): string {
  return `${f.path ? `${f.path}: ` : ""}${f.message}${"expected" in f ? ` (expected ${show(f.expected)}` : ""}${"actual" in f ? `${"expected" in f ? ", " : " ("}actual ${show(f.actual)})` : "expected" in f ? ")" : ""}`;
}

/** The runner's `StepExecutor` for an SDK `Executor`: the SDK mapping of a resolved step. */
function sdkStepExecutor(ex: Executor): StepExecutor {
  const toCall = (r: StepRequest): SdkCall => {
    const key = Object.entries(r.headers).find(([k]) => k.toLowerCase() === "idempotency-key")?.[1];
    return {
      id: r.id,
      operation: r.operation,
      as: r.as,
      apiKey: r.caller.apiKey ?? "",
      path: r.path,
      query: r.query,
      body: r.body,
      ...(key !== undefined ? { idempotencyKey: key } : {}),
    };
  };
  return {
    name: `${ex.sdk} SDK`,
    async notExpressible(r) {
      const reason = notExpressible(r);
      if (reason !== null) return reason;
      const sdkReason = await ex.unsupported(toCall(r));
      return sdkReason ? `${ex.sdk} SDK: ${sdkReason}` : null;
    },
    async execute(requests): Promise<StepResponse[]> {
      const outcomes = await ex.run(requests.map(toCall));
      return outcomes.map((o) => {
        if (o.kind === "failure" || o.kind === "unsupported" || o.status === undefined)
          return { error: `${o.kind}: ${o.message ?? "no status"}` };
        const response: Response = { status: o.status, headers: o.headers ?? {}, body: o.body };
        return { response, headers_exposed: false, ...(o.kind === "error" ? { failures: checkException(ex, o, response) } : {}) };
      });
    },
  };
}

function failureText(f: FailureRecord, result: ScenarioResult): string {
  const rec = result.exchanges.find((e) => e.id === f.where && e.operation);
  const where = rec ? `${f.where} (${rec.operation} via ${rec.executor ?? "HTTP"})` : f.where;
  return `${where}: ${describe(f)}`;
}

/** The runner's result of one scenario as the adapter reports it (tallies of SDK / HTTP steps). */
function adapterResult(result: ScenarioResult): AdapterResult {
  const steps: StepTally[] = result.exchanges
    .filter((e) => e.executor !== undefined || e.not_expressible !== undefined)
    .map((e) => ({
      id: e.id,
      operation: e.operation ?? "",
      via: e.executor !== undefined ? "sdk" : "http",
      ...(e.not_expressible !== undefined ? { reason: e.not_expressible } : {}),
      ...(e.dropped_assertions?.length ? { dropped: e.dropped_assertions } : {}),
    }));
  return {
    id: result.id,
    status: result.status,
    ...(result.skip_reason ? { skip_reason: result.skip_reason } : {}),
    failures: result.failures.map((f) => failureText(f, result)),
    steps,
    invariants_not_expressible: result.invariants_not_expressible ?? [],
    duration_ms: result.duration_ms,
  };
}

/**
 * Plays one scenario through the SDK behind `executor` (setup and invariants over plain HTTP).
 * `inboundSecret`: the server's inbound-mail secret, for the scenarios that deliver mail (the
 * inbound webhook is no agent operation: its steps go over plain HTTP, reported as not expressible).
 */
export async function runScenario(
  scenario: Scenario,
  baseUrl: string,
  executor: Executor,
  options: { inboundSecret?: string } = {},
): Promise<AdapterResult> {
  const report = await runSuite([scenario], {
    baseUrl,
    executor: sdkStepExecutor(executor),
    ...(options.inboundSecret !== undefined ? { inboundSecret: options.inboundSecret } : {}),
  });
  return adapterResult(report.scenarios[0]!);
}

/** A readable summary of an adapter run: per scenario, SDK steps, HTTP fallbacks with reasons. */
export function summarize(sdk: string, results: AdapterResult[], elapsedMs: number): string {
  const lines: string[] = [];
  const steps = results.flatMap((r) => r.steps);
  const viaSdk = steps.filter((s) => s.via === "sdk");
  const viaHttp = steps.filter((s) => s.via === "http");
  const dropped = viaSdk.filter((s) => s.dropped?.length);
  lines.push(
    `SDK conformance (${sdk}): ${results.length} scenarios — ${results.filter((r) => r.status === "passed").length} passed, ${results.filter((r) => r.status === "failed").length} failed, ${results.filter((r) => r.status === "skipped").length} skipped — in ${(elapsedMs / 1000).toFixed(1)} s`,
  );
  lines.push(
    `  steps: ${steps.length}; through the SDK: ${viaSdk.length}; NOT EXPRESSIBLE via SDK (sent over plain HTTP): ${viaHttp.length}; SDK steps whose header assertions are not expressible: ${dropped.length}`,
  );
  const reasons = new Map<string, number>();
  for (const s of viaHttp) {
    const r = s.reason!.replace(/^(\w+): (owner|unauthenticated)/, "$2");
    reasons.set(r, (reasons.get(r) ?? 0) + 1);
  }
  for (const [r, n] of [...reasons].sort((a, b) => b[1] - a[1])) lines.push(`    not expressible ×${n}: ${r}`);
  const droppedKinds = new Map<string, number>();
  for (const s of dropped) for (const d of s.dropped!) droppedKinds.set(d, (droppedKinds.get(d) ?? 0) + 1);
  for (const [d, n] of droppedKinds) lines.push(`    assertion not expressible ×${n}: ${d} (SDK models carry no response headers)`);
  const inv = results.flatMap((r) => r.invariants_not_expressible.map((x) => `${r.id}: ${x}`));
  lines.push(`  invariant clauses not expressible via SDK: ${inv.length}`);
  for (const x of inv) lines.push(`    ${x}`);
  for (const r of results) {
    const s = r.steps.filter((x) => x.via === "sdk").length;
    const h = r.steps.filter((x) => x.via === "http");
    lines.push(
      `  ${r.status.toUpperCase().padEnd(7)} ${r.id.padEnd(34)} sdk ${String(s).padStart(3)}  not-expressible ${String(h.length).padStart(2)}${h.length ? `  [${[...new Set(h.map((x) => x.reason))].join("; ")}]` : ""}${r.skip_reason ? `  (${r.skip_reason})` : ""}`,
    );
    for (const f of r.failures) lines.push(`      ✗ ${f.replace(/\n/g, "\n        ")}`);
  }
  return lines.join("\n");
}
