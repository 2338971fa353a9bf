// SDK adapter engine for the conformance scenarios (conformance/scenarios): the same files the
// HTTP runner plays, replayed through an SDK. Setup (owners, calendars, rules, agents) and the
// invariants go over plain HTTP exactly like the runner; every step the SDK can express goes
// through an `Executor` (the TypeScript SDK in-process, or the Python SDK over a JSON-lines bridge)
// and its answer — the returned model, or the thrown exception — is checked against the step's
// `expect`. A step the SDK cannot express is sent over plain HTTP so the scenario can go on, and is
// recorded as `not expressible` with its reason: never silently skipped.
import { randomBytes } from "node:crypto";
import {
  b64,
  baseMonday,
  check,
  deepEqual,
  eventLeafHash,
  interpolate,
  matches,
  operation,
  prepare,
  rootFromLeaves,
  valueAt,
  verifyCheckpointNote,
  verifyConsistency,
  verifyInclusion,
  type AgentDecl,
  type Expect,
  type ExprContext,
  type Failure,
  type Invariant,
  type RequestStep,
  type Response,
  type Scenario,
  type Step,
} from "@agentdraft/conformance";

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

/** Operations of the agent API that the SDKs cover. */
export const SDK_OPERATIONS: Readonly<Record<string, string>> = {
  createBooking: "bookings.commit / bookings.hold",
  commitHold: "bookings.commit(holdId) / bookings.commit_hold",
  releaseHold: "bookings.release",
  cancelBooking: "bookings.cancel",
  getBooking: "bookings.get",
  listBookings: "bookings.list (one page)",
  getAvailability: "availability.list / availability.get",
  getCurrentAgent: "agents.me",
  listAuditEvents: "audit.list (one page)",
  getAuditCheckpoint: "audit.checkpoint",
  getAuditInclusionProof: "audit.inclusionProof / audit.inclusion_proof",
  getAuditConsistencyProof: "audit.consistencyProof / audit.consistency_proof",
};

/** Query parameters / body fields each operation's SDK call can carry. */
const QUERY_KEYS: Record<string, string[]> = {
  listBookings: ["status", "agent_id", "calendar_id", "range_start", "range_end", "limit", "cursor"],
  getAvailability: ["range_start", "range_end", "duration_minutes", "calendar_id"],
  listAuditEvents: ["resource", "limit", "cursor"],
  getAuditInclusionProof: ["tree_size"],
  getAuditConsistencyProof: ["from_size", "to_size"],
};
const REQUIRED_QUERY: Record<string, string[]> = {
  getAvailability: ["range_start", "range_end"],
  getAuditConsistencyProof: ["from_size"],
};
const BODY_KEYS: Record<string, string[]> = {
  createBooking: ["start", "end", "mode", "hold_ttl_seconds", "calendar_id", "metadata"],
  cancelBooking: ["reason"],
};

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

const ALL_SCOPES = ["availability:read", "bookings:read", "bookings:write", "mailbox:read", "mailbox:send", "audit:read"];
const WAIT_CAP_MS = 60_000;

class StepFailed extends Error {}
class Skipped extends Error {}

interface AgentVar {
  alias: string;
  agent_id: string;
  key: string;
  priority: number;
  name: string;
  calendar_id: string;
  owner: string;
}

interface OwnerVar {
  alias: string;
  email: string;
  user_id: string;
  workspace_id: string;
  calendar_id: string;
  cookie: string;
}

interface StepResult extends Response {
  id: string;
  as: string;
}

function glob(pattern: string): RegExp {
  return new RegExp(`^${pattern.split("*").map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40);
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function show(v: unknown): string {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 300 ? `${s.slice(0, 300)}…` : s;
}

function describe(f: Failure): string {
  return `${f.path ? `${f.path}: ` : ""}${f.message}${"expected" in f ? ` (expected ${show(f.expected)}` : ""}${"actual" in f ? `${"expected" in f ? ", " : " ("}actual ${show(f.actual)})` : "expected" in f ? ")" : ""}`;
}

/** One scenario replayed through an SDK. */
export class AdapterRun {
  private readonly s: Scenario;
  private readonly baseUrl: string;
  private readonly ex: Executor;
  private readonly runId: string;
  private readonly baseMs: number;
  private readonly agents: Record<string, AgentVar> = {};
  private readonly agentOrder: string[] = [];
  private readonly owners: Record<string, OwnerVar> = {};
  private readonly vars: Record<string, unknown> = {};
  private readonly steps: Record<string, StepResult> = {};
  private readonly stepOrder: string[] = [];
  private readonly auditIds = new Map<string, { step: string; workspace: string }>();
  private readonly checkpoints: { step: string; body: Record<string, unknown> }[] = [];
  readonly tally: StepTally[] = [];
  private readonly sdkSteps = new Set<string>();
  private readonly invariantNotes: string[] = [];
  private autoId = 0;

  constructor(s: Scenario, baseUrl: string, executor: Executor, runId: string, baseMs: number) {
    this.s = s;
    this.baseUrl = baseUrl.replace(/\/+$/, "");
    this.ex = executor;
    this.runId = runId;
    this.baseMs = baseMs;
  }

  private ctx(locals: Record<string, unknown> = {}): ExprContext {
    const top: Record<string, unknown> = {
      agents: this.agents,
      owners: this.owners,
      owner: this.owners.owner,
      calendar_id: this.owners.owner?.calendar_id,
      steps: this.steps,
      run_id: this.runId,
      scenario_id: this.s.id,
    };
    return {
      baseMs: this.baseMs,
      now: Date.now,
      lookup: (name) => {
        if (name in locals) return { found: true, value: locals[name] };
        if (name in this.vars) return { found: true, value: this.vars[name] };
        if (name in top && top[name] !== undefined) return { found: true, value: top[name] };
        return { found: false };
      },
    };
  }

  private interp<T>(value: T, locals?: Record<string, unknown>): T {
    return interpolate(value, this.ctx(locals)) as T;
  }

  // ------------------------------------------------------------------ plain HTTP

  private credentials(as: string, override?: { bearer?: string; cookie?: string }): Record<string, string> {
    if (override?.bearer !== undefined) return { authorization: `Bearer ${this.interp(override.bearer)}` };
    if (override?.cookie !== undefined) return { cookie: this.interp(override.cookie) };
    if (as === "none") return {};
    const agent = this.agents[as];
    if (agent) return { authorization: `Bearer ${agent.key}` };
    const owner = this.owners[as];
    if (owner) return { cookie: owner.cookie };
    throw new StepFailed(`unknown caller ${JSON.stringify(as)}`);
  }

  private async http(
    op: string,
    as: string,
    init: { path?: Record<string, unknown>; query?: Record<string, unknown>; headers?: Record<string, string>; body?: unknown; raw?: string; auth?: { bearer?: string; cookie?: string } },
  ): Promise<Response & { setCookies: string[] }> {
    const spec = operation(op);
    let urlPath = spec.path.replace(/\{(\w+)\}/g, (_m, n: string) => encodeURIComponent(String(init.path?.[n] ?? "")));
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries(init.query ?? {})) {
      if (v === undefined || v === null) continue;
      qs.append(k, Array.isArray(v) ? v.join(",") : String(v));
    }
    if ([...qs.keys()].length) urlPath += `?${qs}`;
    const prepared = prepare({
      method: spec.method,
      url: `${this.baseUrl}${urlPath}`,
      headers: { ...(init.headers ?? {}), ...this.credentials(as, init.auth) },
      ...(init.raw !== undefined ? { raw: init.raw } : init.body !== undefined ? { json: init.body } : {}),
      timeoutMs: 15_000,
    });
    const ex = await prepared.fire();
    if (!ex.response) throw new StepFailed(`${op}: no response: ${ex.error}`);
    return { ...ex.response, setCookies: ex.setCookies };
  }

  private async call(where: string, as: string, op: string, init: { path?: Record<string, unknown>; query?: Record<string, unknown>; body?: unknown }, ok: number): Promise<Response & { setCookies: string[] }> {
    const res = await this.http(op, as, init);
    if (res.status !== ok) throw new StepFailed(`${where}: ${op} answered ${res.status}, expected ${ok}: ${show(res.body)}`);
    return res;
  }

  // ------------------------------------------------------------------ setup (plain HTTP, owner API)

  private async signIn(alias: string): Promise<OwnerVar> {
    const email = `sdk-conformance-${this.runId}-${slug(this.s.id)}-${alias.toLowerCase()}@example.com`;
    const link = await this.call(`setup:${alias}`, "none", "requestMagicLink", { body: { email } }, 200);
    const token = (link.body as { dev_token?: string }).dev_token;
    const verified = await this.call(`setup:${alias}`, "none", "verifyMagicLink", { body: { token } }, 200);
    const session = verified.setCookies.map((c) => /^\s*ad_session=([^;]*)/.exec(c)?.[1]).find((v) => v !== undefined);
    const owner: OwnerVar = { alias, email, user_id: String((verified.body as { user_id?: string }).user_id ?? ""), workspace_id: "", calendar_id: "", cookie: `ad_session=${session ?? ""}` };
    this.owners[alias] = owner;
    const ws = (await this.call(`setup:${alias}`, alias, "getWorkspace", {}, 200)).body as { workspace_id?: string; default_calendar_id?: string };
    owner.workspace_id = String(ws.workspace_id ?? "");
    owner.calendar_id = String(ws.default_calendar_id ?? "");
    return owner;
  }

  private async setupWorkspace(alias: string, ws: { calendar?: unknown; rules?: unknown[]; agents?: AgentDecl[] }): Promise<void> {
    const owner = await this.signIn(alias);
    if (ws.calendar) await this.call(`setup:${alias}`, alias, "updateCalendar", { path: { calendar_id: owner.calendar_id }, body: this.interp(ws.calendar) }, 200);
    if (ws.rules) await this.call(`setup:${alias}`, alias, "setRules", { path: { calendar_id: owner.calendar_id }, body: { rules: this.interp(ws.rules) } }, 200);
    for (const decl of ws.agents ?? []) {
      for (let i = 1; i <= (decl.repeat ?? 1); i++) {
        const locals = decl.repeat ? { i } : {};
        const name = String(this.interp(decl.as, locals));
        const priority = Number(this.interp(decl.priority, locals));
        const res = await this.call(`setup:${alias}:agent:${name}`, alias, "createAgent", { body: { name, priority, scopes: decl.scopes ?? ALL_SCOPES } }, 201);
        const b = res.body as { agent_id: string; plaintext_key: string; calendar_id?: string; name?: string };
        this.agents[name] = { alias: name, agent_id: b.agent_id, key: b.plaintext_key, priority, name: b.name ?? name, calendar_id: b.calendar_id ?? owner.calendar_id, owner: alias };
        this.agentOrder.push(name);
      }
    }
  }

  // ------------------------------------------------------------------ steps

  private defaultAs(op: string): string {
    const auth = operation(op).auth;
    if (auth === "owner") return "owner";
    if (auth === "agent") {
      const first = this.agentOrder.find((a) => this.agents[a]!.owner === "owner");
      if (!first) throw new StepFailed("the step needs an agent");
      return first;
    }
    return "none";
  }

  /** Why this step cannot go through the SDK (null: it can). */
  private notExpressible(step: RequestStep, as: string, query: Record<string, unknown>, headers: Record<string, unknown>, body: unknown): string | null {
    if (!(step.operation in SDK_OPERATIONS)) {
      const auth = operation(step.operation).auth;
      return `${step.operation}: ${auth === "owner" ? "owner/dashboard operation" : auth === "none" ? "unauthenticated (auth/health) operation" : "operation"} not covered by the agent SDK`;
    }
    if (step.breaks_spec) return "breaks_spec request (the SDK only sends spec-conforming requests)";
    if (step.raw_body !== undefined) return "raw request body";
    if (step.auth) return "literal credentials (auth: bearer/cookie)";
    if (!this.agents[as]) return `caller ${as} has no API key (the SDK always sends one)`;
    for (const h of Object.keys(headers)) if (h.toLowerCase() !== "idempotency-key") return `request header ${h}`;
    const allowedQ = QUERY_KEYS[step.operation] ?? [];
    for (const k of Object.keys(query)) if (!allowedQ.includes(k)) return `query parameter ${k} has no SDK argument`;
    for (const k of REQUIRED_QUERY[step.operation] ?? []) if (query[k] === undefined) return `query parameter ${k} is missing but required by the SDK call`;
    if (body !== undefined) {
      const allowedB = BODY_KEYS[step.operation];
      if (!allowedB) return "request body on an operation whose SDK call takes none";
      if (body === null || typeof body !== "object" || Array.isArray(body)) return "non-object request body";
      for (const k of Object.keys(body)) if (!allowedB.includes(k)) return `body field ${k} has no SDK argument`;
      const b = body as Record<string, unknown>;
      if (step.operation === "createBooking" && (b.start === undefined || b.end === undefined)) return "start/end missing (required by the SDK call)";
      if (b.mode !== undefined && b.mode !== "hold" && b.mode !== "commit") return `mode ${show(b.mode)} is neither commit nor hold`;
    }
    for (const spec of Object.values(step.capture ?? {})) {
      const from = typeof spec === "string" ? spec : spec.from;
      // Retry-After is the exception's retry_after_seconds (RateLimited / IdempotencyError / ServerError).
      if (from.startsWith("headers.") && from.toLowerCase() !== "headers.retry-after") return `captures response header (${from}) the SDK does not expose`;
    }
    return null;
  }

  private expand(step: RequestStep): { step: RequestStep; locals: Record<string, unknown>; id: string }[] {
    const count = step.repeat === undefined ? 1 : Number(this.interp(step.repeat));
    if (step.max_repeat !== undefined && count > step.max_repeat) {
      throw new Skipped(`${step.skip_reason ?? "the step would repeat too often"} (needs ${count} requests, at most ${step.max_repeat})`);
    }
    const out = [];
    for (let i = 1; i <= count; i++) {
      const locals = step.repeat === undefined ? {} : { i };
      out.push({ step, locals, id: step.id !== undefined ? String(this.interp(step.id, locals)) : `#${++this.autoId}` });
    }
    return out;
  }

  private async runGroup(items: { step: RequestStep; locals: Record<string, unknown>; id: string }[]): Promise<void> {
    const built = await Promise.all(
      items.map(async (it) => {
        const step = it.step;
        const as = step.as !== undefined ? String(this.interp(step.as, it.locals)) : this.defaultAs(step.operation);
        const path = (step.path ? this.interp(step.path, it.locals) : {}) as Record<string, unknown>;
        const query = Object.fromEntries(Object.entries((step.query ? this.interp(step.query, it.locals) : {}) as Record<string, unknown>).filter(([, v]) => v !== undefined && v !== null));
        const headers = Object.fromEntries(Object.entries((step.headers ? this.interp(step.headers, it.locals) : {}) as Record<string, unknown>).filter(([, v]) => v !== undefined && v !== null).map(([k, v]) => [k, String(v)]));
        const body = step.raw_body === undefined && step.body !== undefined ? this.interp(step.body, it.locals) : undefined;
        let reason = this.notExpressible(step, as, query, headers, body);
        const key = Object.entries(headers).find(([k]) => k.toLowerCase() === "idempotency-key")?.[1];
        const call: SdkCall = { id: it.id, operation: step.operation, as, apiKey: this.agents[as]?.key ?? "", path, query, body, ...(key !== undefined ? { idempotencyKey: key } : {}) };
        if (reason === null) {
          const sdkReason = await this.ex.unsupported(call);
          if (sdkReason) reason = `${this.ex.sdk} SDK: ${sdkReason}`;
        }
        return { ...it, as, path, query, headers, body, call, reason };
      }),
    );
    const sdkItems = built.filter((b) => b.reason === null);
    // Fired together: the SDK calls (concurrently, by the executor) and the HTTP fallbacks.
    const [sdkOutcomes, httpResponses] = await Promise.all([
      sdkItems.length ? this.ex.run(sdkItems.map((b) => b.call)) : Promise.resolve([] as SdkOutcome[]),
      Promise.all(
        built.map((b) =>
          b.reason === null
            ? Promise.resolve(undefined)
            : this.http(b.step.operation, b.as, {
                path: b.path,
                query: b.query,
                headers: b.headers,
                ...(b.step.raw_body !== undefined ? { raw: String(this.interp(b.step.raw_body, b.locals)) } : { body: b.body }),
                ...(b.step.auth ? { auth: b.step.auth } : {}),
              }),
        ),
      ),
    ]);
    const failures: string[] = [];
    const results: { b: (typeof built)[number]; res: Response; viaSdk: boolean; outcome?: SdkOutcome }[] = [];
    built.forEach((b, n) => {
      let res: Response;
      let outcome: SdkOutcome | undefined;
      if (b.reason === null) {
        outcome = sdkOutcomes[sdkItems.indexOf(b)]!;
        if (outcome.kind === "failure" || outcome.kind === "unsupported" || outcome.status === undefined) {
          failures.push(`${b.id} (${b.step.operation} via ${this.ex.sdk} SDK): ${outcome.kind}: ${outcome.message ?? "no status"}`);
          this.tally.push({ id: b.id, operation: b.step.operation, via: "sdk" });
          return;
        }
        res = { status: outcome.status, headers: outcome.headers ?? {}, body: outcome.body };
        this.sdkSteps.add(b.id);
      } else {
        const r = httpResponses[n]!;
        res = { status: r.status, headers: r.headers, body: r.body };
      }
      this.steps[b.id] = { ...res, id: b.id, as: b.as };
      this.stepOrder.push(b.id);
      const aid = (res.body as { audit_event_id?: unknown } | undefined)?.audit_event_id;
      if (typeof aid === "string") this.auditIds.set(aid, { step: b.id, workspace: this.agents[b.as]?.owner ?? b.as });
      if (b.step.operation === "getAuditCheckpoint" && res.status === 200) this.checkpoints.push({ step: b.id, body: res.body as Record<string, unknown> });
      results.push({ b, res, viaSdk: b.reason === null, ...(outcome ? { outcome } : {}) });
    });
    for (const { b, res, viaSdk, outcome } of results) {
      const tally: StepTally = { id: b.id, operation: b.step.operation, via: viaSdk ? "sdk" : "http", ...(b.reason ? { reason: b.reason } : {}) };
      this.tally.push(tally);
      const stepFailures: Failure[] = [];
      try {
        let expect = b.step.expect ? (this.interp(b.step.expect, { ...b.locals, response: res }) as Expect) : undefined;
        if (viaSdk && expect?.headers) {
          tally.dropped = Object.keys(expect.headers as object).map((h) => `header ${h}`);
          const { headers: _dropped, ...rest } = expect;
          expect = rest;
        }
        stepFailures.push(...check(expect, res, { step: (id) => this.steps[id] }));
        if (viaSdk && outcome?.kind === "error") stepFailures.push(...this.checkException(outcome, res));
        if (stepFailures.length === 0 && b.step.verify) stepFailures.push(...this.verify(b.step, res));
        if (stepFailures.length === 0 && b.step.capture) this.capture(b.step, res);
      } catch (err) {
        stepFailures.push({ path: "", message: (err as Error).message });
      }
      for (const f of stepFailures) failures.push(`${b.id} (${b.step.operation} via ${viaSdk ? `${this.ex.sdk} SDK` : "HTTP"}): ${describe(f)}`);
    }
    if (failures.length) throw new StepFailed(failures.join("\n"));
  }

  /** The thrown exception is the class the error catalog names for the code, and its attributes mirror the problem. */
  private checkException(outcome: SdkOutcome, res: Response): Failure[] {
    const out: Failure[] = [];
    const body = (res.body ?? {}) as Record<string, unknown>;
    const code = typeof body.code === "string" ? body.code : undefined;
    const expected = code ? this.ex.exceptionFor(code) : undefined;
    if (code && !expected) out.push({ path: "exception", message: `problem code ${code} is not in the SDK's error catalog` });
    if (expected && outcome.exception !== expected) out.push({ path: "exception", message: `the SDK must throw ${expected} for ${code}`, expected, actual: outcome.exception });
    for (const [attr, value] of Object.entries(outcome.attrs ?? {})) {
      const field = ATTRIBUTE_FIELDS[attr];
      if (!field) continue;
      const wire = body[field];
      if (wire === undefined && value === undefined) continue;
      if (wire === undefined && (attr === "retry_after_seconds" || value === null)) continue; // from the Retry-After header / absent
      if (!deepEqual(value ?? undefined, wire)) out.push({ path: `exception.${attr}`, message: `must mirror the problem's ${field}`, expected: wire, actual: value });
    }
    return out;
  }

  private capture(step: RequestStep, res: Response): void {
    for (const [name, spec] of Object.entries(step.capture!)) {
      const from = typeof spec === "string" ? spec : spec.from;
      const got = valueAt(res, from);
      if (!got.found && typeof spec === "object" && spec.optional) continue;
      if (!got.found) throw new Error(`capture ${name}: the response has no ${from}`);
      let value = got.value;
      if (typeof spec === "object" && spec.regex) {
        const m = new RegExp(spec.regex).exec(String(value));
        if (!m) throw new Error(`capture ${name}: ${show(value)} does not match /${spec.regex}/`);
        value = m[1] ?? m[0];
      }
      if (typeof spec === "object" && spec.type === "integer") value = Number(value);
      this.vars[name] = value;
    }
  }

  private checkpointOf(stepId: string): { size: number; root: Buffer } {
    const body = this.steps[stepId]?.body as Record<string, unknown> | undefined;
    const root = b64(body?.root_hash);
    if (!body || typeof body.tree_size !== "number" || !root) throw new Error(`step ${stepId} is not a checkpoint response`);
    return { size: body.tree_size, root };
  }

  /** The runner's offline proof checks, on the SDK's models. */
  private verify(step: RequestStep, res: Response): Failure[] {
    const out: Failure[] = [];
    const body = (res.body ?? {}) as Record<string, unknown>;
    const v = step.verify!;
    if (v.checkpoint) {
      try {
        const cp = verifyCheckpointNote(body.checkpoint, body.verifier_key);
        if (cp.size !== body.tree_size || cp.root.toString("base64") !== body.root_hash || cp.origin !== body.origin) out.push({ path: "body", message: "checkpoint fields differ from the signed note" });
      } catch (err) {
        out.push({ path: "body.checkpoint", message: `signed checkpoint does not verify: ${(err as Error).message}` });
      }
    }
    if (v.inclusion) {
      const cp = this.checkpointOf(v.inclusion.checkpoint);
      const proof = Array.isArray(body.proof) ? body.proof.map(b64) : [];
      const leaf = eventLeafHash(body.event);
      if (body.tree_size !== cp.size) out.push({ path: "body.tree_size", message: "is not the checkpoint's size", expected: cp.size, actual: body.tree_size });
      if (b64(body.leaf_hash)?.equals(leaf) !== true) out.push({ path: "body.leaf_hash", message: "is not SHA-256(0x00 ‖ JCS(event))" });
      if (proof.some((p) => !p) || !verifyInclusion(leaf, Number(body.leaf_index), cp.size, proof as Buffer[], cp.root)) out.push({ path: "body.proof", message: "inclusion proof does not verify" });
    }
    if (v.consistency) {
      const from = this.checkpointOf(v.consistency.from);
      const to = this.checkpointOf(v.consistency.to);
      const proof = Array.isArray(body.proof) ? body.proof.map(b64) : [];
      if (proof.some((p) => !p) || !verifyConsistency(from.size, to.size, from.root, to.root, proof as Buffer[])) out.push({ path: "body.proof", message: "consistency proof does not verify" });
    }
    return out;
  }

  private async runStep(step: Step): Promise<void> {
    if ("wait_ms" in step) {
      await sleep(Math.min(Math.max(0, Number(this.interp(step.wait_ms))), WAIT_CAP_MS));
      return;
    }
    if ("parallel" in step) {
      await this.runGroup(step.parallel.flatMap((p) => this.expand(p)));
      return;
    }
    for (const item of this.expand(step)) await this.runGroup([item]);
  }

  // ------------------------------------------------------------------ invariants (plain HTTP, like the runner)

  private matched(pattern: string, where?: Expect): StepResult[] {
    const re = glob(this.interp(pattern));
    const filter = where ? this.interp(where) : undefined;
    return this.stepOrder.filter((id) => re.test(id)).map((id) => this.steps[id]!).filter((r) => !filter || matches(filter, r, { step: (id) => this.steps[id] }));
  }

  /** An expectation on a step that went through the SDK loses its header part (the SDK does not expose headers). */
  private forStep(expect: Expect | undefined, r: StepResult, where: string): Expect | undefined {
    if (!this.sdkSteps.has(r.id) || !expect || typeof expect !== "object" || !("headers" in expect)) return expect;
    const { headers, ...rest } = expect;
    const note = `${where}: header assertion ${show(headers)} on SDK steps`;
    if (!this.invariantNotes.includes(note)) this.invariantNotes.push(note);
    return rest;
  }

  /** A `where` filter on headers cannot tell SDK responses apart: that invariant is not expressible. */
  private whereNotExpressible(name: string, a: { steps: string; where?: Expect }): boolean {
    if (!a.where || typeof a.where !== "object" || !("headers" in a.where)) return false;
    const re = glob(this.interp(a.steps));
    if (!this.stepOrder.some((id) => re.test(id) && this.sdkSteps.has(id))) return false;
    this.invariantNotes.push(`${name} over ${a.steps} where ${show(a.where)}: selects responses by header (e.g. Idempotent-Replayed), which the SDK does not expose`);
    return true;
  }

  private async invariant(inv: Invariant): Promise<string[]> {
    const [name, args] = Object.entries(inv)[0] as [string, Record<string, unknown>];
    const ctx = { step: (id: string) => this.steps[id] };
    const out: string[] = [];
    switch (name) {
      case "exactly_one_winner": {
        const a = args as { steps: string; winner?: string; losers?: Expect };
        const all = this.matched(a.steps);
        const winners = all.filter((r) => r.status >= 200 && r.status < 300);
        if (winners.length !== 1) return [`${name}: ${winners.length} of ${all.length} won: ${all.map((r) => `${r.id}:${r.status}`).join(" ")}`];
        const winner = winners[0]!;
        if (a.winner !== undefined && winner.as !== String(this.interp(a.winner))) out.push(`${name}: ${String(this.interp(a.winner))} must win, but ${winner.as} won`);
        if (a.losers) {
          for (const loser of all.filter((r) => r !== winner)) {
            for (const f of check(this.forStep(this.interp(a.losers, { winner, response: loser }), loser, name), loser, ctx)) out.push(`${name}:${loser.id}: ${describe(f)}`);
          }
        }
        return out;
      }
      case "count": {
        const a = args as { steps: string; where?: Expect; min?: number | string; max?: number | string; each?: Expect };
        if (this.whereNotExpressible(name, a)) return [];
        const min = a.min === undefined ? undefined : Number(this.interp(a.min));
        const max = a.max === undefined ? undefined : Number(this.interp(a.max));
        const got = this.matched(a.steps, a.where);
        if ((min !== undefined && got.length < min) || (max !== undefined && got.length > max)) {
          out.push(`${name}: ${got.length} of ${a.steps} match, expected ${min ?? 0}..${max ?? "∞"}: ${this.matched(a.steps).map((r) => `${r.id}:${r.status}`).join(" ")}`);
        }
        for (const r of a.each ? got : []) for (const f of check(this.forStep(this.interp(a.each, { response: r }), r, name), r, ctx)) out.push(`${name}:${r.id}: ${describe(f)}`);
        return out;
      }
      case "same_across": {
        const a = args as { steps: string; where?: Expect; path: string };
        if (this.whereNotExpressible(name, a)) return [];
        const got = this.matched(a.steps, a.where);
        if (got.length === 0) return [`${name}: no step matches ${a.steps}`];
        const values = got.map((r) => valueAt(r, a.path).value);
        if (values.some((v) => !deepEqual(v, values[0]))) out.push(`${name}: ${a.path} differs: ${show(values)}`);
        return out;
      }
      case "no_overlapping_active_bookings": {
        const as = String(this.interp((args as { as: string }).as));
        const bookings: { booking_id: string; calendar_id: string; status: string; start: string; end: string; hold_expires_at?: string }[] = [];
        let cursor: string | undefined;
        for (let page = 0; page < 25; page++) {
          const body = (await this.call(name, as, "listBookings", { query: { limit: 200, cursor } }, 200)).body as { data?: typeof bookings; has_more?: boolean; next_cursor?: string };
          bookings.push(...(body.data ?? []));
          if (!body.has_more || !body.next_cursor) break;
          cursor = body.next_cursor;
        }
        const now = Date.now();
        const active = bookings.filter((b) => b.status === "COMMITTED" || (b.status === "HELD" && (!b.hold_expires_at || Date.parse(b.hold_expires_at) > now)));
        for (let i = 0; i < active.length; i++) {
          for (let j = i + 1; j < active.length; j++) {
            const x = active[i]!;
            const y = active[j]!;
            if (x.calendar_id === y.calendar_id && Date.parse(x.start) < Date.parse(y.end) && Date.parse(y.start) < Date.parse(x.end)) out.push(`${name}: ${x.booking_id} and ${y.booking_id} overlap`);
          }
        }
        return out;
      }
      case "audit_proofs_verify": {
        const as = String(this.interp((args as { as: string }).as));
        const cpBody = (await this.call(name, as, "getAuditCheckpoint", {}, 200)).body as Record<string, unknown>;
        const cp = verifyCheckpointNote(cpBody.checkpoint, cpBody.verifier_key);
        const events: Record<string, unknown>[] = [];
        let cursor: string | undefined;
        for (let page = 0; page < 50 && events.length < cp.size; page++) {
          const body = (await this.call(name, as, "listAuditEvents", { query: { limit: 200, cursor } }, 200)).body as { data?: Record<string, unknown>[]; has_more?: boolean; next_cursor?: string };
          events.push(...(body.data ?? []));
          if (!body.has_more || !body.next_cursor) break;
          cursor = body.next_cursor;
        }
        if (!rootFromLeaves(events.slice(0, cp.size).map((e) => eventLeafHash(e))).equals(cp.root)) out.push(`${name}: the root recomputed from the events is not the signed root`);
        const byId = new Set(events.map((e) => String(e.event_id)));
        const workspace = this.agents[as]?.owner ?? as;
        for (const [id, v] of this.auditIds) if (v.workspace === workspace && !byId.has(id)) out.push(`${name}: audit_event_id ${id} (step ${v.step}) is not in the log`);
        for (const old of this.checkpoints.filter((c) => c.body.origin === cp.origin)) {
          const size = Number(old.body.tree_size);
          const oldRoot = b64(old.body.root_hash);
          if (!oldRoot || size < 1 || size > cp.size) continue;
          const proof = (((await this.call(name, as, "getAuditConsistencyProof", { query: { from_size: size, to_size: cp.size } }, 200)).body as { proof?: string[] }).proof ?? []).map(b64);
          if (proof.some((p) => !p) || !verifyConsistency(size, cp.size, oldRoot, cp.root, proof as Buffer[])) out.push(`${name}: checkpoint of ${old.step} is not consistent with the current one`);
        }
        return out;
      }
      default:
        return [`unknown invariant ${name}`];
    }
  }

  async run(): Promise<AdapterResult> {
    const t0 = performance.now();
    const done = (status: AdapterResult["status"], failures: string[], skip_reason?: string): AdapterResult => ({
      id: this.s.id,
      status,
      ...(skip_reason ? { skip_reason } : {}),
      failures,
      steps: this.tally,
      invariants_not_expressible: this.invariantNotes,
      duration_ms: Math.round(performance.now() - t0),
    });
    try {
      const setup = this.s.setup ?? {};
      await this.setupWorkspace("owner", setup);
      for (const o of setup.owners ?? []) await this.setupWorkspace(o.as, o);
      if (this.s.vars) Object.assign(this.vars, this.interp(this.s.vars));
      for (const step of this.s.steps) await this.runStep(step);
      const failures: string[] = [];
      for (const inv of this.s.invariants ?? []) failures.push(...(await this.invariant(inv)));
      return done(failures.length ? "failed" : "passed", failures);
    } catch (err) {
      if (err instanceof Skipped) return done("skipped", [], err.message);
      return done("failed", [(err as Error).message]);
    }
  }
}

/** One run's shared parameters (a run id for unique keys and e-mails, and the base Monday). */
export function newRun(): { runId: string; baseMs: number } {
  return { runId: randomBytes(4).toString("hex"), baseMs: baseMonday(Date.now()) };
}

/** A readable summary of an adapter run: per scenario, SDK steps, HTTP fallbacks with reasons. */
export function summarize(sdk: string, results: AdapterResult[], elapsedMs: number): string {
  const lines: string[] = [];
  const steps = results.flatMap((r) => r.steps);
  const viaSdk = steps.filter((s) => s.via === "sdk");
  const viaHttp = steps.filter((s) => s.via === "http");
  const dropped = viaSdk.filter((s) => s.dropped?.length);
  lines.push(`SDK conformance (${sdk}): ${results.length} scenarios — ${results.filter((r) => r.status === "passed").length} passed, ${results.filter((r) => r.status === "failed").length} failed, ${results.filter((r) => r.status === "skipped").length} skipped — in ${(elapsedMs / 1000).toFixed(1)} s`);
  lines.push(`  steps: ${steps.length}; through the SDK: ${viaSdk.length}; NOT EXPRESSIBLE via SDK (sent over plain HTTP): ${viaHttp.length}; SDK steps whose header assertions are not expressible: ${dropped.length}`);
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
    lines.push(`  ${r.status.toUpperCase().padEnd(7)} ${r.id.padEnd(34)} sdk ${String(s).padStart(3)}  not-expressible ${String(h.length).padStart(2)}${h.length ? `  [${[...new Set(h.map((x) => x.reason))].join("; ")}]` : ""}${r.skip_reason ? `  (${r.skip_reason})` : ""}`);
    for (const f of r.failures) lines.push(`      ✗ ${f.replace(/\n/g, "\n        ")}`);
  }
  return lines.join("\n");
}
