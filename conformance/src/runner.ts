// Runs scenarios against a base URL: owner setup, steps (parallel groups fired together),
// assertions, captures, audit proof checks and whole-scenario invariants.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { b64, eventLeafHash, rootFromLeaves, verifyCheckpointNote, verifyConsistency, verifyInclusion } from "./audit.ts";
import { baseMonday, interpolate, type ExprContext } from "./expr.ts";
import { prepare, redactBody, redactHeaders, type Exchange, type RecordedRequest } from "./http.ts";
import { check, deepEqual, matches, valueAt, type Expect, type Failure, type Response } from "./match.ts";
import { operation, type AuthKind } from "./operations.ts";
import {
  PACKAGE_ROOT,
  type AgentDecl,
  type Invariant,
  type Level,
  type RequestStep,
  type Scenario,
  type Step,
  type WorkspaceSetup,
} from "./scenario.ts";

export const VERSION: string = (JSON.parse(readFileSync(path.join(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string }).version;

export interface RunOptions {
  baseUrl: string;
  /** The server itself, for steps that deliberately break the spec when `baseUrl` is a validating proxy. */
  directUrl?: string;
  /** `shape`: only shape scenarios; `semantic` (default): all. */
  level?: Level;
  /** Scenario ids or globs (`race.*`). */
  only?: string[];
  /** Per request (default 15 s). */
  requestTimeoutMs?: number;
  now?: () => number;
  /** Called as each scenario finishes. */
  onResult?: (result: ScenarioResult) => void;
  /**
   * Executes the scenarios' request steps (default: plain HTTP, `httpExecutor`). Setup and
   * invariant checks always go over plain HTTP; a step the executor declares not expressible too.
   */
  executor?: StepExecutor;
}

/** One request step, resolved: what an executor needs to send it. */
export interface StepRequest {
  /** The step id (`#n` when the scenario names none). */
  id: string;
  operation: string;
  method: string;
  /** Full URL over plain HTTP (path parameters filled in, query string appended). */
  url: string;
  path: Record<string, unknown>;
  /** Query parameters (absent and null ones dropped). */
  query: Record<string, unknown>;
  /** The step's own request headers (credentials not included). */
  headers: Record<string, string>;
  /** The credential header(s) the caller sends (`authorization` or `cookie`). */
  credentials: Record<string, string>;
  /** JSON body (unset with `raw_body`). */
  body?: unknown;
  raw_body?: string;
  /** The caller alias (`none`: unauthenticated). */
  as: string;
  /** `agent`: an API key (`apiKey`); `owner`: a session cookie; `literal`: the step's `auth` override. */
  caller: { kind: "agent" | "owner" | "none" | "literal"; apiKey?: string };
  /** The scenario step itself (flags such as `breaks_spec`, `capture`). */
  step: RequestStep;
  /** The request as sent over plain HTTP, credentials redacted (for the report). */
  record: RecordedRequest;
}

/** What an executor got for one step. */
export interface StepResponse {
  response?: Response;
  /** No response: why (transport failure, the client threw something that is no API error …). */
  error?: string;
  /**
   * false when the executor cannot see the response headers (an SDK's models): header assertions on
   * the step are dropped and reported (`StepRecord.dropped_assertions`) instead of failed.
   */
  headers_exposed?: boolean;
  /** Executor-specific failures of the step (e.g. the wrong exception class for a problem code). */
  failures?: Failure[];
  duration_ms?: number;
}

/** Executes request steps: plain HTTP by default, or e.g. an SDK replaying the scenarios. */
export interface StepExecutor {
  /** Shown in reports and failures, e.g. `HTTP`, `TypeScript SDK`. */
  readonly name: string;
  /** Why the step cannot be expressed by this executor (it then goes over plain HTTP), or null. */
  notExpressible?(request: StepRequest): string | null | Promise<string | null>;
  /** Runs a group of steps fired together (a parallel group: concurrently), answers in order. */
  execute(requests: StepRequest[]): Promise<StepResponse[]>;
}

/** The default executor: each step as a plain HTTP request, a group fired in one tick. */
export function httpExecutor(timeoutMs = 15_000): StepExecutor {
  return {
    name: "HTTP",
    execute: (requests) => {
      const prepared = requests.map((r) =>
        prepare({
          method: r.method,
          url: r.url,
          headers: { ...r.headers, ...r.credentials },
          ...(r.raw_body !== undefined ? { raw: r.raw_body } : {}),
          ...(r.body !== undefined && r.raw_body === undefined ? { json: r.body } : {}),
          timeoutMs,
        }),
      );
      return Promise.all(prepared.map((p) => p.fire()));
    },
  };
}

export interface StepRecord {
  id: string;
  operation?: string;
  as?: string;
  request: RecordedRequest;
  response?: Response;
  error?: string;
  duration_ms: number;
  /** The executor that answered a request step, when it is not plain HTTP (`RunOptions.executor`). */
  executor?: string;
  /** Why the step went over plain HTTP instead of through the executor. */
  not_expressible?: string;
  /** Header assertions of the step dropped because the executor cannot see response headers. */
  dropped_assertions?: string[];
}

export interface FailureRecord {
  /** Where: a step id, `setup:…`, `invariant:…`. */
  where: string;
  message: string;
  path?: string;
  expected?: unknown;
  actual?: unknown;
  request?: RecordedRequest;
  response?: Response;
}

export type Outcome = "passed" | "failed" | "skipped";

export interface ScenarioResult {
  id: string;
  title: string;
  spec: string;
  level: Level;
  file?: string;
  status: Outcome;
  duration_ms: number;
  skip_reason?: string;
  failures: FailureRecord[];
  /** Every exchange of the scenario, in order. */
  exchanges: StepRecord[];
  /** Invariant clauses (or parts) the executor cannot express, e.g. ones that tell replays apart by header. */
  invariants_not_expressible?: string[];
}

export interface SuiteReport {
  tool: { name: string; version: string };
  base_url: string;
  direct_url?: string;
  level: Level;
  started_at: string;
  duration_ms: number;
  summary: { total: number; passed: number; failed: number; skipped: number };
  scenarios: ScenarioResult[];
}

class StepFailed extends Error {
  readonly failures: FailureRecord[];
  constructor(failures: FailureRecord[]) {
    super(failures[0]?.message ?? "failed");
    this.failures = failures;
  }
}

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
  operation: string;
}

const WAIT_CAP_MS = 60_000;

function glob(pattern: string): RegExp {
  return new RegExp(`^${pattern.split("*").map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
}

export function selectScenarios(all: Scenario[], level: Level = "semantic", only?: string[]): Scenario[] {
  const patterns = only?.filter(Boolean).map(glob);
  return all.filter((s) => (level === "shape" ? s.level === "shape" : true) && (!patterns?.length || patterns.some((p) => p.test(s.id))));
}

function redactResponse(r: Response): Response {
  return { status: r.status, headers: redactHeaders(r.headers), body: redactBody(r.body) };
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40);
}

/** One scenario's execution state. */
class ScenarioRun {
  private readonly s: Scenario;
  private readonly opts: Required<Pick<RunOptions, "baseUrl" | "requestTimeoutMs">> & RunOptions & { http: StepExecutor };
  private readonly runId: string;
  private readonly baseMs: number;
  private readonly now: () => number;
  readonly exchanges: StepRecord[] = [];
  private readonly agents: Record<string, AgentVar> = {};
  private readonly agentOrder: string[] = [];
  private readonly owners: Record<string, OwnerVar> = {};
  private readonly vars: Record<string, unknown> = {};
  private readonly steps: Record<string, StepResult> = {};
  private readonly stepOrder: string[] = [];
  /** audit_event_id → the step that named it and the workspace (owner alias) of its caller. */
  private readonly auditIds = new Map<string, { step: string; workspace: string }>();
  private readonly checkpoints: { step: string; as: string; body: Record<string, unknown> }[] = [];
  /** Steps answered by an executor that cannot see response headers. */
  private readonly headerless = new Set<string>();
  readonly invariantNotes: string[] = [];
  /** Audit events listed for proof checks, per workspace (owner alias). */
  private readonly listed = new Map<string, Record<string, unknown>[]>();
  private autoId = 0;

  constructor(s: Scenario, opts: ScenarioRun["opts"], runId: string, baseMs: number, now: () => number) {
    this.s = s;
    this.opts = opts;
    this.runId = runId;
    this.baseMs = baseMs;
    this.now = now;
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
      now: this.now,
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

  private record(id: string, ex: Pick<Exchange, "request" | "response" | "error" | "duration_ms">, op?: string, as?: string): StepRecord {
    const rec: StepRecord = {
      id,
      ...(op ? { operation: op } : {}),
      ...(as ? { as } : {}),
      request: ex.request,
      ...(ex.response ? { response: redactResponse(ex.response) } : {}),
      ...(ex.error ? { error: ex.error } : {}),
      duration_ms: ex.duration_ms,
    };
    this.exchanges.push(rec);
    return rec;
  }

  // ---------------------------------------------------------------- requests

  private credentials(as: string, override?: { bearer?: string; cookie?: string }): Record<string, string> {
    if (override?.bearer !== undefined) return { authorization: `Bearer ${this.interp(override.bearer)}` };
    if (override?.cookie !== undefined) return { cookie: this.interp(override.cookie) };
    if (as === "none") return {};
    const agent = this.agents[as];
    if (agent) return { authorization: `Bearer ${agent.key}` };
    const owner = this.owners[as];
    if (owner) return { cookie: owner.cookie };
    throw new StepFailed([{ where: "scenario", message: `unknown caller ${JSON.stringify(as)} (declare it in setup)` }]);
  }

  private defaultAs(auth: AuthKind): string {
    if (auth === "owner") return "owner";
    if (auth === "agent") {
      const first = this.agentOrder.find((a) => this.agents[a]!.owner === "owner");
      if (!first) throw new StepFailed([{ where: "scenario", message: "the step needs an agent: declare one in setup.agents or name it with `as`" }]);
      return first;
    }
    return "none";
  }

  private build(id: string, step: RequestStep, locals: Record<string, unknown>): StepRequest {
    const op = operation(step.operation);
    const as = step.as !== undefined ? String(this.interp(step.as, locals)) : this.defaultAs(op.auth);
    const query: Record<string, unknown> = {};
    const pathParams = (step.path ? this.interp(step.path, locals) : {}) as Record<string, unknown>;
    let urlPath = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
      if (!(name in pathParams)) throw new StepFailed([{ where: "scenario", message: `${step.operation} needs path parameter ${name}` }]);
      return encodeURIComponent(String(pathParams[name]));
    });
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries((step.query ? this.interp(step.query, locals) : {}) as Record<string, unknown>)) {
      if (v === undefined || v === null) continue;
      query[k] = v;
      qs.append(k, Array.isArray(v) ? v.join(",") : String(v));
    }
    if ([...qs.keys()].length) urlPath += `?${qs.toString()}`;
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries((step.headers ? this.interp(step.headers, locals) : {}) as Record<string, unknown>)) {
      if (v !== undefined && v !== null) headers[k] = String(v);
    }
    const credentials = this.credentials(as, step.auth);
    const base = step.breaks_spec && this.opts.directUrl ? this.opts.directUrl : this.opts.baseUrl;
    const url = `${base.replace(/\/+$/, "")}${urlPath}`;
    const raw_body = step.raw_body !== undefined ? String(this.interp(step.raw_body, locals)) : undefined;
    const body = step.body !== undefined && step.raw_body === undefined ? this.interp(step.body, locals) : undefined;
    const { record } = prepare({
      method: op.method,
      url,
      headers: { ...headers, ...credentials },
      ...(raw_body !== undefined ? { raw: raw_body } : {}),
      ...(body !== undefined ? { json: body } : {}),
      timeoutMs: this.opts.requestTimeoutMs,
    });
    const kind = step.auth ? "literal" : this.agents[as] ? "agent" : this.owners[as] ? "owner" : "none";
    const request: StepRequest = {
      id,
      operation: step.operation,
      method: op.method,
      url,
      path: pathParams,
      query,
      headers,
      credentials,
      ...(body !== undefined ? { body } : {}),
      ...(raw_body !== undefined ? { raw_body } : {}),
      as,
      caller: kind === "agent" ? { kind, apiKey: this.agents[as]!.key } : { kind },
      step,
      record,
    };
    return request;
  }

  /** Expands `repeat` into concrete (id, locals) pairs. */
  private expand(step: RequestStep): { step: RequestStep; locals: Record<string, unknown>; id: string }[] {
    const count = step.repeat === undefined ? 1 : Number(this.interp(step.repeat));
    if (!Number.isInteger(count) || count < 0) throw new StepFailed([{ where: "scenario", message: `repeat is not a count: ${String(step.repeat)}` }]);
    if (step.max_repeat !== undefined && count > step.max_repeat) {
      throw new Skipped(`${step.skip_reason ?? "the step would repeat too often"} (needs ${count} requests, at most ${step.max_repeat})`);
    }
    const out = [];
    for (let i = 1; i <= count; i++) {
      const locals = step.repeat === undefined ? {} : { i };
      const id = step.id !== undefined ? String(this.interp(step.id, locals)) : `#${++this.autoId}`;
      out.push({ step, locals, id });
    }
    return out;
  }

  /**
   * Sends a group of steps, fired together: through `RunOptions.executor` what it can express, the
   * rest (and without an executor, all) over plain HTTP.
   */
  private async send(requests: StepRequest[]): Promise<(StepResponse & { executor?: string; not_expressible?: string })[]> {
    const { executor, http } = this.opts;
    if (!executor) return http.execute(requests);
    const reasons = await Promise.all(requests.map(async (r) => (executor.notExpressible ? await executor.notExpressible(r) : null)));
    const mine = requests.filter((_r, n) => reasons[n] === null);
    const rest = requests.filter((_r, n) => reasons[n] !== null);
    const t0 = performance.now();
    const [viaExecutor, viaHttp] = await Promise.all([
      mine.length ? executor.execute(mine).then((rs) => rs.map((r) => ({ ...r, duration_ms: r.duration_ms ?? Math.round(performance.now() - t0) }))) : [],
      rest.length ? http.execute(rest) : [],
    ]);
    return requests.map((r, n) => {
      const reason = reasons[n];
      return reason === null || reason === undefined ? { ...viaExecutor[mine.indexOf(r)]!, executor: executor.name } : { ...viaHttp[rest.indexOf(r)]!, not_expressible: reason };
    });
  }

  private async runRequests(items: { step: RequestStep; locals: Record<string, unknown>; id: string }[]): Promise<void> {
    const built = items.map((it) => ({ ...it, req: this.build(it.id, it.step, it.locals) }));
    const answers = await this.send(built.map((b) => b.req));
    const failures: FailureRecord[] = [];
    const records: StepRecord[] = [];
    built.forEach((b, n) => {
      const ex = answers[n]!;
      const rec = this.record(b.id, { request: b.req.record, duration_ms: ex.duration_ms ?? 0, ...(ex.response ? { response: ex.response } : {}), ...(ex.error ? { error: ex.error } : {}) }, b.step.operation, b.req.as);
      if (ex.executor !== undefined) rec.executor = ex.executor;
      if (ex.not_expressible !== undefined) rec.not_expressible = ex.not_expressible;
      records.push(rec);
      if (!ex.response) {
        failures.push({ where: b.id, message: `no response: ${ex.error}`, request: b.req.record });
        return;
      }
      const res = ex.response;
      const as = b.req.as;
      if (ex.headers_exposed === false) this.headerless.add(b.id);
      this.steps[b.id] = { ...res, id: b.id, as, operation: b.step.operation };
      this.stepOrder.push(b.id);
      this.noteAudit(b.id, as, res);
      if (b.step.operation === "getAuditCheckpoint" && res.status === 200 && res.body && typeof res.body === "object") {
        this.checkpoints.push({ step: b.id, as, body: res.body as Record<string, unknown> });
      }
    });
    // Assertions after the whole group answered, so `$same_as` may name a sibling.
    for (const [n, b] of built.entries()) {
      const ex = answers[n]!;
      if (!ex.response) continue;
      const res = ex.response;
      const locals = { ...b.locals, response: res };
      const stepFailures: Failure[] = [];
      try {
        let expect = b.step.expect ? (this.interp(b.step.expect, locals) as Expect) : undefined;
        if (this.headerless.has(b.id) && expect?.headers) {
          records[n]!.dropped_assertions = Object.keys(expect.headers as object).map((h) => `header ${h}`);
          const { headers: _dropped, ...rest } = expect;
          expect = rest;
        }
        stepFailures.push(...check(expect, res, { step: (id) => this.steps[id] }));
        stepFailures.push(...(ex.failures ?? []));
        if (stepFailures.length === 0 && b.step.verify) stepFailures.push(...(await this.verify(b.step, res, b.req)));
        if (stepFailures.length === 0 && b.step.capture) this.capture(b.step, res);
      } catch (err) {
        stepFailures.push({ path: "", message: (err as Error).message });
      }
      for (const f of stepFailures) failures.push({ where: b.id, ...f, request: b.req.record, response: res });
    }
    if (failures.length) throw new StepFailed(failures);
  }

  /** The workspace (owner alias) a caller belongs to. */
  private workspaceOf(as: string): string {
    return this.agents[as]?.owner ?? (this.owners[as] ? as : "none");
  }

  private noteAudit(stepId: string, as: string, res: Response): void {
    const body = res.body as Record<string, unknown> | undefined;
    const id = body && typeof body === "object" ? body.audit_event_id : undefined;
    if (typeof id === "string") this.auditIds.set(id, { step: stepId, workspace: this.workspaceOf(as) });
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
        if (!m) throw new Error(`capture ${name}: ${from} = ${JSON.stringify(value)} does not match /${spec.regex}/`);
        value = m[1] ?? m[0];
      }
      if (typeof spec === "object" && spec.type === "integer") {
        const n = Number(value);
        if (!Number.isInteger(n)) throw new Error(`capture ${name}: ${JSON.stringify(value)} is not an integer`);
        value = n;
      }
      this.vars[name] = value;
    }
  }

  // ---------------------------------------------------------------- audit proofs

  private checkpointOf(stepId: string): { size: number; root: Buffer } {
    const step = this.steps[stepId];
    const body = step?.body as Record<string, unknown> | undefined;
    const root = b64(body?.root_hash);
    if (!body || typeof body.tree_size !== "number" || !root) throw new Error(`step ${stepId} is not a checkpoint response`);
    return { size: body.tree_size, root };
  }

  /** The tree head of the first `size` events of the caller's log, recomputed from the listed events. */
  private async logHead(where: string, as: string, size: number): Promise<{ size: number; root: Buffer }> {
    // The log is append-only: a listing that already covers `size` events serves every smaller size.
    const workspace = this.workspaceOf(as);
    let events = this.listed.get(workspace) ?? [];
    if (events.length < size) {
      events = await this.listEvents(where, as, size);
      this.listed.set(workspace, events);
    }
    if (!Number.isInteger(size) || size < 1 || events.length < size) throw new Error(`the log lists ${events.length} events, fewer than the tree size ${size}`);
    return { size, root: rootFromLeaves(events.slice(0, size).map((e) => eventLeafHash(e))) };
  }

  private async verify(step: RequestStep, res: Response, req: StepRequest): Promise<Failure[]> {
    const { as, id: stepId } = req;
    // The sizes asked for (not the ones the server claims) decide which roots to recompute.
    const asked = (name: string, fallback: unknown) => Number(req.query[name] ?? fallback);
    const out: Failure[] = [];
    const body = (res.body ?? {}) as Record<string, unknown>;
    const v = step.verify!;
    if (v.checkpoint) {
      try {
        const cp = verifyCheckpointNote(body.checkpoint, body.verifier_key);
        if (cp.origin !== body.origin) out.push({ path: "body.origin", message: "differs from the signed checkpoint's origin", expected: cp.origin, actual: body.origin });
        if (cp.size !== body.tree_size) out.push({ path: "body.tree_size", message: "differs from the signed size", expected: cp.size, actual: body.tree_size });
        if (cp.root.toString("base64") !== body.root_hash) {
          out.push({ path: "body.root_hash", message: "differs from the signed root", expected: cp.root.toString("base64"), actual: body.root_hash });
        }
      } catch (err) {
        out.push({ path: "body.checkpoint", message: `signed checkpoint does not verify: ${(err as Error).message}` });
      }
    }
    if (v.inclusion) {
      const cp = "checkpoint" in v.inclusion ? this.checkpointOf(v.inclusion.checkpoint) : await this.logHead(`${stepId}:log`, as, asked("tree_size", body.tree_size));
      const against = "checkpoint" in v.inclusion ? `the root of step ${v.inclusion.checkpoint}` : `the root of the first ${cp.size} listed events`;
      const proof = Array.isArray(body.proof) ? body.proof.map(b64) : [];
      const leaf = eventLeafHash(body.event);
      const event = body.event as Record<string, unknown> | undefined;
      if (body.tree_size !== cp.size) out.push({ path: "body.tree_size", message: "is not the checkpoint's size", expected: cp.size, actual: body.tree_size });
      if (b64(body.leaf_hash)?.equals(leaf) !== true) {
        out.push({ path: "body.leaf_hash", message: "is not SHA-256(0x00 ‖ JCS(event))", expected: leaf.toString("base64"), actual: body.leaf_hash });
      }
      if (event?.event_id !== body.event_id) out.push({ path: "body.event.event_id", message: "is not the proven event", expected: body.event_id, actual: event?.event_id });
      if (event?.seq !== body.leaf_index) out.push({ path: "body.leaf_index", message: "is not the event's seq", expected: event?.seq, actual: body.leaf_index });
      if (proof.some((p) => !p) || !verifyInclusion(leaf, Number(body.leaf_index), cp.size, proof as Buffer[], cp.root)) {
        out.push({ path: "body.proof", message: `inclusion proof does not verify against ${against}` });
      }
    }
    if (v.consistency) {
      const c = v.consistency;
      const from = "from" in c ? this.checkpointOf(c.from) : await this.logHead(`${stepId}:log`, as, asked("from_size", body.from_size));
      const to = "to" in c ? this.checkpointOf(c.to) : await this.logHead(`${stepId}:log`, as, asked("to_size", body.to_size));
      const between = "from" in c ? `steps ${c.from} and ${c.to}` : `the roots of the first ${from.size} and ${to.size} listed events`;
      const proof = Array.isArray(body.proof) ? body.proof.map(b64) : [];
      if (body.from_size !== from.size || body.to_size !== to.size) {
        out.push({ path: "body", message: "from_size/to_size are not the checkpoints' sizes", expected: [from.size, to.size], actual: [body.from_size, body.to_size] });
      }
      if (proof.some((p) => !p) || !verifyConsistency(from.size, to.size, from.root, to.root, proof as Buffer[])) {
        out.push({ path: "body.proof", message: `consistency proof does not verify between ${between}` });
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- setup

  private async call(where: string, as: string, op: string, init: { path?: Record<string, string>; body?: unknown; query?: Record<string, unknown> }, okStatus: number): Promise<Response & { setCookies: string[] }> {
    const spec = operation(op);
    let urlPath = spec.path.replace(/\{(\w+)\}/g, (_m, n: string) => encodeURIComponent(init.path?.[n] ?? ""));
    if (init.query) {
      const qs = new URLSearchParams(Object.entries(init.query).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]));
      if ([...qs.keys()].length) urlPath += `?${qs}`;
    }
    const headers = as === "none" ? {} : this.credentials(as);
    const prepared = prepare({
      method: spec.method,
      url: `${this.opts.baseUrl.replace(/\/+$/, "")}${urlPath}`,
      headers,
      ...(init.body !== undefined ? { json: init.body } : {}),
      timeoutMs: this.opts.requestTimeoutMs,
    });
    const ex = await prepared.fire();
    this.record(where, ex, op, as);
    if (!ex.response) throw new StepFailed([{ where, message: `no response: ${ex.error}`, request: ex.request }]);
    if (ex.response.status !== okStatus) {
      throw new StepFailed([
        { where, message: `${op} answered ${ex.response.status}, expected ${okStatus}`, path: "status", expected: okStatus, actual: ex.response.status, request: ex.request, response: ex.response },
      ]);
    }
    return { ...ex.response, setCookies: ex.setCookies };
  }

  private async signIn(alias: string): Promise<OwnerVar> {
    const email = `conformance-${this.runId}-${slug(this.s.id)}-${alias.toLowerCase()}@example.com`;
    const link = await this.call(`setup:${alias}:magic-link`, "none", "requestMagicLink", { body: { email } }, 200);
    const token = (link.body as { dev_token?: unknown } | undefined)?.dev_token;
    if (typeof token !== "string") {
      throw new StepFailed([
        {
          where: `setup:${alias}:magic-link`,
          message: "no dev_token in the magic-link response: run the server in dev mode so the suite can sign owners in",
          response: link,
        },
      ]);
    }
    const verified = await this.call(`setup:${alias}:verify`, "none", "verifyMagicLink", { body: { token } }, 200);
    const session = verified.setCookies.map((c) => /^\s*ad_session=([^;]*)/.exec(c)?.[1]).find((v) => v !== undefined);
    // A mock of the spec sets no real cookie: send a placeholder (a real server then answers 401,
    // which fails the setup — a server that sets no session cookie cannot pass anyway).
    const cookie = `ad_session=${session ?? "conformance-placeholder"}`;
    const user = verified.body as { user_id?: string } | undefined;
    const owner: OwnerVar = { alias, email, user_id: String(user?.user_id ?? ""), workspace_id: "", calendar_id: "", cookie };
    this.owners[alias] = owner;
    const ws = await this.call(`setup:${alias}:workspace`, alias, "getWorkspace", {}, 200);
    const wsBody = ws.body as { workspace_id?: string; default_calendar_id?: string };
    owner.workspace_id = String(wsBody.workspace_id ?? "");
    owner.calendar_id = String(wsBody.default_calendar_id ?? "");
    return owner;
  }

  private async setupWorkspace(alias: string, ws: WorkspaceSetup): Promise<void> {
    const owner = await this.signIn(alias);
    if (ws.calendar) {
      const body = this.interp(ws.calendar);
      await this.call(`setup:${alias}:calendar`, alias, "updateCalendar", { path: { calendar_id: owner.calendar_id }, body }, 200);
    }
    if (ws.rules) {
      await this.call(`setup:${alias}:rules`, alias, "setRules", { path: { calendar_id: owner.calendar_id }, body: { rules: this.interp(ws.rules) } }, 200);
    }
    for (const decl of ws.agents ?? []) await this.createAgents(alias, decl);
  }

  private async createAgents(ownerAlias: string, decl: AgentDecl): Promise<void> {
    const count = decl.repeat ?? 1;
    for (let i = 1; i <= count; i++) {
      const locals = decl.repeat ? { i } : {};
      const alias = String(this.interp(decl.as, locals));
      if (alias === "owner" || alias === "none" || this.agents[alias] || this.owners[alias]) {
        throw new StepFailed([{ where: "setup", message: `alias ${alias} is declared twice or reserved` }]);
      }
      const priority = Number(this.interp(decl.priority, locals));
      const scopes = decl.scopes ?? ["availability:read", "bookings:read", "bookings:write", "mailbox:read", "mailbox:send", "audit:read"];
      const res = await this.call(`setup:${ownerAlias}:agent:${alias}`, ownerAlias, "createAgent", { body: { name: alias, priority, scopes } }, 201);
      const body = res.body as { agent_id?: string; plaintext_key?: string; calendar_id?: string; name?: string };
      this.agents[alias] = {
        alias,
        agent_id: String(body.agent_id),
        key: String(body.plaintext_key),
        priority,
        name: String(body.name ?? alias),
        calendar_id: String(body.calendar_id ?? this.owners[ownerAlias]!.calendar_id),
        owner: ownerAlias,
      };
      this.agentOrder.push(alias);
    }
  }

  // ---------------------------------------------------------------- invariants

  private matched(pattern: string, where?: Expect): StepResult[] {
    const re = glob(this.interp(pattern));
    const filter = where ? this.interp(where) : undefined;
    return this.stepOrder
      .filter((id) => re.test(id))
      .map((id) => this.steps[id]!)
      .filter((r) => !filter || matches(filter, r, { step: (id) => this.steps[id] }));
  }

  /** An expectation on a step whose executor cannot see headers loses its header part (noted). */
  private forStep(expect: Expect | undefined, r: StepResult, where: string): Expect | undefined {
    if (!this.headerless.has(r.id) || !expect || typeof expect !== "object" || !("headers" in expect)) return expect;
    const { headers, ...rest } = expect;
    const note = `${where}: header assertion ${JSON.stringify(headers)} on ${this.opts.executor?.name ?? "executor"} steps`;
    if (!this.invariantNotes.includes(note)) this.invariantNotes.push(note);
    return rest;
  }

  /** A `where` filter on headers cannot tell such steps apart: the invariant is not expressible (noted, not checked). */
  private whereNotExpressible(name: string, a: { steps: string; where?: Expect }): boolean {
    if (!a.where || typeof a.where !== "object" || !("headers" in a.where)) return false;
    const re = glob(this.interp(a.steps));
    if (!this.stepOrder.some((id) => re.test(id) && this.headerless.has(id))) return false;
    this.invariantNotes.push(
      `${name} over ${a.steps} where ${JSON.stringify(a.where)}: selects responses by header (e.g. Idempotent-Replayed), which ${this.opts.executor?.name ?? "executor"} responses do not expose`,
    );
    return true;
  }

  private async invariant(inv: Invariant, n: number): Promise<FailureRecord[]> {
    const [name, args] = Object.entries(inv)[0] as [string, Record<string, unknown>];
    const where = `invariant:${name}`;
    const fail = (message: string, extra: Partial<FailureRecord> = {}): FailureRecord[] => [{ where, message, ...extra }];
    const stepCtx = { step: (id: string) => this.steps[id] };
    switch (name) {
      case "exactly_one_winner": {
        const a = args as { steps: string; winner?: string; losers?: Expect };
        const all = this.matched(a.steps);
        if (all.length === 0) return fail(`no step matches ${a.steps}`);
        const winners = all.filter((r) => r.status >= 200 && r.status < 300);
        if (winners.length !== 1) {
          return fail(`exactly one of ${all.length} contending requests must win, but ${winners.length} got a 2xx`, {
            expected: 1,
            actual: all.map((r) => `${r.id}: ${r.status}${(r.body as { code?: string })?.code ? ` ${(r.body as { code?: string }).code}` : ""}`),
          });
        }
        const winner = winners[0]!;
        const out: FailureRecord[] = [];
        if (a.winner !== undefined) {
          const alias = String(this.interp(a.winner));
          if (winner.as !== alias) out.push(...fail(`${alias} must win, but ${winner.as} won (${winner.id})`, { expected: alias, actual: winner.as, response: winner }));
        }
        if (a.losers) {
          for (const loser of all.filter((r) => r !== winner)) {
            const expect = this.forStep(this.interp(a.losers, { winner, response: loser }), loser, name);
            for (const f of check(expect, loser, stepCtx)) out.push({ where: `${where}:${loser.id}`, ...f, response: loser });
          }
        }
        return out;
      }
      case "count": {
        const raw = args as { steps: string; where?: Expect; min?: number | string; max?: number | string; each?: Expect };
        if (this.whereNotExpressible(name, raw)) return [];
        const a = {
          ...raw,
          min: raw.min === undefined ? undefined : Number(this.interp(raw.min)),
          max: raw.max === undefined ? undefined : Number(this.interp(raw.max)),
        };
        const got = this.matched(a.steps, a.where);
        const out: FailureRecord[] = [];
        if ((a.min !== undefined && got.length < a.min) || (a.max !== undefined && got.length > a.max)) {
          out.push(
            ...fail(`${got.length} of the steps ${a.steps} match, expected ${a.min ?? 0}..${a.max ?? "∞"}`, {
              expected: { min: a.min, max: a.max, where: a.where },
              actual: this.matched(a.steps).map((r) => `${r.id}: ${r.status}`),
            }),
          );
        }
        for (const r of a.each ? got : []) {
          for (const f of check(this.forStep(this.interp(a.each, { response: r }), r, name), r, stepCtx)) out.push({ where: `${where}:${r.id}`, ...f, response: r });
        }
        return out;
      }
      case "same_across": {
        const a = args as { steps: string; where?: Expect; path: string };
        if (this.whereNotExpressible(name, a)) return [];
        const got = this.matched(a.steps, a.where);
        if (got.length === 0) return fail(`no step matches ${a.steps}`);
        const values = got.map((r) => ({ id: r.id, v: valueAt(r, a.path).value }));
        const distinct = values.filter((x, i) => values.findIndex((y) => deepEqual(x.v, y.v)) === i);
        if (distinct.length > 1) {
          return fail(`${a.path} must be the same across ${got.length} responses, found ${distinct.length} different values`, {
            path: a.path,
            actual: values.map((x) => `${x.id}: ${JSON.stringify(x.v)}`),
          });
        }
        return [];
      }
      case "no_overlapping_active_bookings":
        return this.noOverlaps(String(this.interp((args as { as: string }).as)), where, n);
      case "rejections_audited":
        return this.rejectionsAudited(String((args as { steps: string }).steps), where);
      case "audit_proofs_verify":
        return this.auditVerifies(String(this.interp((args as { as: string }).as)), where);
      default:
        return fail(`unknown invariant ${name}`);
    }
  }

  private async noOverlaps(as: string, where: string, n: number): Promise<FailureRecord[]> {
    const bookings: { booking_id: string; calendar_id: string; status: string; start: string; end: string; hold_expires_at?: string }[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 25; page++) {
      const res = await this.call(`${where}#${n}:page${page + 1}`, as, "listBookings", { query: { limit: 200, cursor } }, 200);
      const body = res.body as { data?: typeof bookings; has_more?: boolean; next_cursor?: string };
      bookings.push(...(body.data ?? []));
      if (!body.has_more || !body.next_cursor) break;
      cursor = body.next_cursor;
    }
    const now = this.now();
    const active = bookings.filter(
      (b) => b.status === "COMMITTED" || (b.status === "HELD" && (!b.hold_expires_at || Date.parse(b.hold_expires_at) > now)),
    );
    const out: FailureRecord[] = [];
    for (let i = 0; i < active.length; i++) {
      for (let j = i + 1; j < active.length; j++) {
        const a = active[i]!;
        const b = active[j]!;
        if (a.calendar_id === b.calendar_id && Date.parse(a.start) < Date.parse(b.end) && Date.parse(b.start) < Date.parse(a.end)) {
          out.push({ where, message: `active bookings ${a.booking_id} and ${b.booking_id} overlap`, actual: [a, b] });
        }
      }
    }
    return out;
  }

  /** The caller's audit log in order, at least `atLeast` events (or all there are). */
  private async listEvents(where: string, as: string, atLeast: number): Promise<Record<string, unknown>[]> {
    const events: Record<string, unknown>[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 50 && events.length < atLeast; page++) {
      const res = await this.call(`${where}:events${page + 1}`, as, "listAuditEvents", { query: { limit: 200, cursor } }, 200);
      const body = res.body as { data?: Record<string, unknown>[]; has_more?: boolean; next_cursor?: string };
      events.push(...(body.data ?? []));
      if (!body.has_more || !body.next_cursor) break;
      cursor = body.next_cursor;
    }
    return events;
  }

  /** Every refused write among the steps names an audit event of its own: a rejection, by its caller, for its request. */
  private async rejectionsAudited(pattern: string, where: string): Promise<FailureRecord[]> {
    const out: FailureRecord[] = [];
    const refused = this.matched(pattern).filter((r) => (r.status === 409 || r.status === 422) && (r.body as { audit_event_id?: unknown })?.audit_event_id !== undefined);
    if (refused.length === 0) return [{ where, message: `no step matching ${pattern} was refused with an audit_event_id` }];
    const owners = new Map<string, string>();
    for (const r of refused) {
      const body = r.body as { audit_event_id: string; code?: string; request_id?: string };
      const id = String(body.audit_event_id);
      const other = owners.get(id);
      if (other !== undefined) {
        out.push({ where: `${where}:${r.id}`, message: `audit_event_id ${id} is also the one step ${other} was given: each refusal has its own event`, response: r });
        continue;
      }
      owners.set(id, r.id);
      const res = await this.call(`${where}:${r.id}`, r.as, "getAuditInclusionProof", { path: { event_id: id } }, 200);
      const event = (res.body as { event?: Record<string, unknown> }).event ?? {};
      const actor = (event.actor ?? {}) as { type?: string; agent_id?: string };
      const request = (event.request ?? {}) as { request_id?: string };
      const agent = this.agents[r.as];
      const problems: string[] = [];
      if (event.event_id !== id) problems.push(`the proven event is ${String(event.event_id)}`);
      if (event.action !== "booking.rejected") problems.push(`its action is ${JSON.stringify(event.action)}, not "booking.rejected"`);
      if (agent && actor.agent_id !== agent.agent_id) problems.push(`its actor is ${JSON.stringify(actor.agent_id ?? actor.type)}, not the caller ${agent.agent_id}`);
      if (request.request_id !== undefined && body.request_id !== undefined && request.request_id !== body.request_id) {
        problems.push(`it records request ${request.request_id}, not this response's ${body.request_id}`);
      }
      if (problems.length) out.push({ where: `${where}:${r.id}`, message: `audit_event_id ${id} is not this refusal's own event: ${problems.join("; ")}`, actual: event, response: r });
    }
    return out;
  }

  private async auditVerifies(as: string, where: string): Promise<FailureRecord[]> {
    const out: FailureRecord[] = [];
    const fail = (message: string, extra: Partial<FailureRecord> = {}) => out.push({ where, message, ...extra });
    const cpRes = await this.call(`${where}:checkpoint`, as, "getAuditCheckpoint", {}, 200);
    const cpBody = cpRes.body as Record<string, unknown>;
    let cp;
    try {
      cp = verifyCheckpointNote(cpBody.checkpoint, cpBody.verifier_key);
    } catch (err) {
      fail(`the signed checkpoint does not verify: ${(err as Error).message}`, { response: cpRes });
      return out;
    }
    if (cp.size !== cpBody.tree_size || cp.root.toString("base64") !== cpBody.root_hash || cp.origin !== cpBody.origin) {
      fail("checkpoint fields differ from the signed note", { response: cpRes });
    }
    // Every event, in log order.
    const events = await this.listEvents(where, as, cp.size);
    if (events.length < cp.size) {
      fail(`the log lists ${events.length} events but the checkpoint covers ${cp.size}`);
      return out;
    }
    const head = events.slice(0, cp.size);
    head.forEach((e, i) => {
      if (e.seq !== i) fail(`event ${String(e.event_id)} is listed at position ${i} with seq ${String(e.seq)}`);
    });
    const root = rootFromLeaves(head.map((e) => eventLeafHash(e)));
    if (!root.equals(cp.root)) {
      fail("the Merkle root recomputed from the listed events (JCS, RFC 6962) is not the signed root", {
        expected: cp.root.toString("base64"),
        actual: root.toString("base64"),
      });
    }
    const byId = new Map(events.map((e) => [String(e.event_id), e]));
    const workspace = this.workspaceOf(as);
    const seen = [...this.auditIds.entries()].filter(([, v]) => v.workspace === workspace).map(([id, v]) => [id, v.step] as const);
    for (const [id, step] of seen) {
      if (!byId.has(id)) fail(`audit_event_id ${id} (named by step ${step}) is not in the log`);
    }
    // Inclusion proofs for (up to 20) events the scenario was told about.
    for (const [id, step] of seen.filter(([id]) => {
      const e = byId.get(id);
      return e && Number(e.seq) < cp.size;
    }).slice(0, 20)) {
      const res = await this.call(`${where}:inclusion:${id}`, as, "getAuditInclusionProof", { path: { event_id: id }, query: { tree_size: cp.size } }, 200);
      const body = res.body as { leaf_index?: number; proof?: string[]; event?: unknown };
      const proof = (body.proof ?? []).map(b64);
      const leaf = eventLeafHash(body.event ?? byId.get(id));
      if (!leaf.equals(eventLeafHash(byId.get(id))) || proof.some((p) => !p) || !verifyInclusion(leaf, Number(body.leaf_index), cp.size, proof as Buffer[], cp.root)) {
        fail(`the inclusion proof of ${id} (named by step ${step}) does not verify against the signed root`, { response: res });
      }
    }
    // Every checkpoint the scenario fetched earlier must be a prefix of this one.
    for (const old of this.checkpoints.filter((c) => c.body.origin === cp.origin)) {
      const size = Number(old.body.tree_size);
      const oldRoot = b64(old.body.root_hash);
      if (!oldRoot || size < 1 || size > cp.size) continue;
      const res = await this.call(`${where}:consistency:${old.step}`, as, "getAuditConsistencyProof", { query: { from_size: size, to_size: cp.size } }, 200);
      const proof = ((res.body as { proof?: string[] }).proof ?? []).map(b64);
      if (proof.some((p) => !p) || !verifyConsistency(size, cp.size, oldRoot, cp.root, proof as Buffer[])) {
        fail(`the checkpoint of step ${old.step} (size ${size}) is not consistent with the current one (size ${cp.size})`, { response: res });
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- main

  async run(): Promise<{ status: Outcome; failures: FailureRecord[]; skip_reason?: string }> {
    try {
      const setup = this.s.setup ?? {};
      await this.setupWorkspace("owner", setup);
      for (const o of setup.owners ?? []) await this.setupWorkspace(o.as, o);
      if (this.s.vars) Object.assign(this.vars, this.interp(this.s.vars));
      for (const step of this.s.steps) await this.runStep(step);
      const failures: FailureRecord[] = [];
      let n = 0;
      for (const inv of this.s.invariants ?? []) failures.push(...(await this.invariant(inv, ++n)));
      return failures.length ? { status: "failed", failures } : { status: "passed", failures: [] };
    } catch (err) {
      if (err instanceof Skipped) return { status: "skipped", failures: [], skip_reason: err.message };
      if (err instanceof StepFailed) return { status: "failed", failures: err.failures };
      return { status: "failed", failures: [{ where: "scenario", message: (err as Error).message }] };
    }
  }

  private async runStep(step: Step): Promise<void> {
    if ("wait_ms" in step) {
      const ms = Number(this.interp(step.wait_ms));
      if (!Number.isFinite(ms) || ms < 0) throw new StepFailed([{ where: "scenario", message: `wait_ms is not a duration: ${String(step.wait_ms)}` }]);
      await sleep(Math.min(ms, WAIT_CAP_MS));
      return;
    }
    if ("parallel" in step) {
      await this.runRequests(step.parallel.flatMap((p) => this.expand(p)));
      return;
    }
    // A repeated step outside a parallel group runs its requests one after another.
    for (const item of this.expand(step)) await this.runRequests([item]);
  }
}

/** Runs the scenarios one after another and returns the suite report. */
export async function runSuite(scenarios: Scenario[], options: RunOptions): Promise<SuiteReport> {
  const now = options.now ?? Date.now;
  const started = now();
  const startedPerf = performance.now();
  const runId = randomBytes(4).toString("hex");
  const baseMs = baseMonday(started);
  const requestTimeoutMs = options.requestTimeoutMs ?? 15_000;
  const opts = { ...options, requestTimeoutMs, http: httpExecutor(requestTimeoutMs) };
  const level = options.level ?? "semantic";
  const selected = selectScenarios(scenarios, level, options.only);
  const results: ScenarioResult[] = [];
  for (const s of selected) {
    const t0 = performance.now();
    const run = new ScenarioRun(s, opts, runId, baseMs, now);
    const outcome = await run.run();
    const result: ScenarioResult = {
      id: s.id,
      title: s.title,
      spec: s.spec,
      level: s.level,
      ...(s.file ? { file: path.relative(PACKAGE_ROOT, s.file) } : {}),
      status: outcome.status,
      duration_ms: Math.round(performance.now() - t0),
      ...(outcome.skip_reason ? { skip_reason: outcome.skip_reason } : {}),
      failures: outcome.failures.map((f) => (f.response ? { ...f, response: redactResponse(f.response) } : f)),
      exchanges: run.exchanges,
      ...(run.invariantNotes.length ? { invariants_not_expressible: run.invariantNotes } : {}),
    };
    results.push(result);
    options.onResult?.(result);
  }
  const count = (o: Outcome) => results.filter((r) => r.status === o).length;
  return {
    tool: { name: "@agentdraft/conformance", version: VERSION },
    base_url: options.baseUrl,
    ...(options.directUrl ? { direct_url: options.directUrl } : {}),
    level,
    started_at: new Date(started).toISOString(),
    duration_ms: Math.round(performance.now() - startedPerf),
    summary: { total: results.length, passed: count("passed"), failed: count("failed"), skipped: count("skipped") },
    scenarios: results,
  };
}
