// One scenario's execution: its state (callers, variables, responses), expressions, requests built
// with the one URL builder and sent through the step executor, assertions and captures. Setup,
// invariants and audit checks live in setup.ts, invariants.ts and audit-checks.ts.
import { verifyProofs } from "./audit-checks.ts";
import { dispatch } from "./executor.ts";
import { interpolate, type ExprContext } from "./expr.ts";
import { prepare, redactBody, redactHeaders, type Exchange } from "./http.ts";
import { checkInvariant } from "./invariants.ts";
import { check, matches, valueAt, type Expect, type Failure, type Response } from "./match.ts";
import { operation, type AuthKind } from "./operations.ts";
import { Receiver, signatureProblem } from "./receiver.ts";
import type { ReceiveStep, RequestStep, Scenario, Step } from "./scenario.ts";
import { setupWorkspace } from "./setup.ts";
import { advertises, isSurfaceOperation } from "./surfaces.ts";
import { operationUrl } from "./urls.ts";
import {
  Skipped,
  StepFailed,
  type AgentVar,
  type FailureRecord,
  type Outcome,
  type OwnerVar,
  type RunOptions,
  type StepExecutor,
  type StepRecord,
  type StepRequest,
  type StepResult,
} from "./types.ts";

/** The options a run needs, defaults filled in, and the plain-HTTP executor. */
export type RunContext = Required<Pick<RunOptions, "baseUrl" | "requestTimeoutMs">> & RunOptions & { http: StepExecutor };

const WAIT_CAP_MS = 60_000;

export function glob(pattern: string): RegExp {
  return new RegExp(
    `^${pattern
      .split("*")
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*")}$`,
  );
}

export function redactResponse(r: Response): Response {
  return { status: r.status, headers: redactHeaders(r.headers), body: redactBody(r.body) };
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** One scenario's execution state. */
export class ScenarioRun {
  readonly s: Scenario;
  readonly opts: RunContext;
  readonly runId: string;
  readonly baseMs: number;
  readonly now: () => number;
  readonly exchanges: StepRecord[] = [];
  readonly agents: Record<string, AgentVar> = {};
  readonly agentOrder: string[] = [];
  readonly owners: Record<string, OwnerVar> = {};
  readonly vars: Record<string, unknown> = {};
  readonly steps: Record<string, StepResult> = {};
  readonly stepOrder: string[] = [];
  /** audit_event_id → the step that named it and the workspace (owner alias) of its caller. */
  readonly auditIds = new Map<string, { step: string; workspace: string }>();
  readonly checkpoints: { step: string; as: string; body: Record<string, unknown> }[] = [];
  /** Steps answered by an executor that cannot see response headers. */
  readonly headerless = new Set<string>();
  readonly invariantNotes: string[] = [];
  /** Audit events listed for proof checks, per workspace (owner alias). */
  readonly listed = new Map<string, Record<string, unknown>[]>();
  private autoId = 0;
  /** The scenario's webhook receiver (`receiver: true`). */
  receiver: Receiver | undefined;

  constructor(s: Scenario, opts: RunContext, runId: string, baseMs: number, now: () => number) {
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
      receiver: this.receiver ? { url: this.receiver.url } : undefined,
      inbound_secret: this.opts.inboundSecret,
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

  interp<T>(value: T, locals?: Record<string, unknown>): T {
    return interpolate(value, this.ctx(locals)) as T;
  }

  record(id: string, ex: Pick<Exchange, "request" | "response" | "error" | "duration_ms">, op?: string, as?: string): StepRecord {
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

  credentials(as: string, override?: { bearer?: string; cookie?: string }): Record<string, string> {
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
      if (!first)
        throw new StepFailed([{ where: "scenario", message: "the step needs an agent: declare one in setup.agents or name it with `as`" }]);
      return first;
    }
    return "none";
  }

  private build(id: string, step: RequestStep, locals: Record<string, unknown>): StepRequest {
    const op = operation(step.operation);
    const as = step.as !== undefined ? String(this.interp(step.as, locals)) : this.defaultAs(op.auth);
    const pathParams = (step.path ? this.interp(step.path, locals) : {}) as Record<string, unknown>;
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries((step.headers ? this.interp(step.headers, locals) : {}) as Record<string, unknown>)) {
      if (v !== undefined && v !== null) headers[k] = String(v);
    }
    const credentials = this.credentials(as, step.auth);
    const base = (step.breaks_spec || isSurfaceOperation(step.operation)) && this.opts.directUrl ? this.opts.directUrl : this.opts.baseUrl;
    let built: ReturnType<typeof operationUrl>;
    try {
      built = operationUrl(
        base,
        step.operation,
        pathParams,
        (step.query ? this.interp(step.query, locals) : {}) as Record<string, unknown>,
      );
    } catch (err) {
      throw new StepFailed([{ where: "scenario", message: (err as Error).message }]);
    }
    const { url, query } = built;
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
    if (!Number.isInteger(count) || count < 0)
      throw new StepFailed([{ where: "scenario", message: `repeat is not a count: ${String(step.repeat)}` }]);
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

  private async runRequests(items: { step: RequestStep; locals: Record<string, unknown>; id: string }[]): Promise<void> {
    const built = items.map((it) => ({ ...it, req: this.build(it.id, it.step, it.locals) }));
    const answers = await dispatch(
      built.map((b) => b.req),
      this.opts.executor,
      this.opts.http,
    );
    const failures: FailureRecord[] = [];
    const records: StepRecord[] = [];
    built.forEach((b, n) => {
      const ex = answers[n]!;
      const rec = this.record(
        b.id,
        {
          request: b.req.record,
          duration_ms: ex.duration_ms ?? 0,
          ...(ex.response ? { response: ex.response } : {}),
          ...(ex.error ? { error: ex.error } : {}),
        },
        b.step.operation,
        b.req.as,
      );
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
      if (b.step.skip_on && matches(this.interp(b.step.skip_on.when, locals), res, { step: (id) => this.steps[id] })) {
        throw new Skipped(b.step.skip_on.reason);
      }
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
        if (stepFailures.length === 0 && b.step.verify) stepFailures.push(...(await verifyProofs(this, b.step, res, b.req)));
        if (stepFailures.length === 0 && b.step.capture) this.capture(b.step, res);
      } catch (err) {
        stepFailures.push({ path: "", message: (err as Error).message });
      }
      for (const f of stepFailures) failures.push({ where: b.id, ...f, request: b.req.record, response: res });
    }
    if (failures.length) throw new StepFailed(failures);
  }

  /** The workspace (owner alias) a caller belongs to. */
  workspaceOf(as: string): string {
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

  async call(
    where: string,
    as: string,
    op: string,
    init: { path?: Record<string, string>; body?: unknown; query?: Record<string, unknown> },
    okStatus: number,
  ): Promise<Response & { setCookies: string[] }> {
    const spec = operation(op);
    const { url } = operationUrl(this.opts.baseUrl, op, init.path, init.query);
    const headers = as === "none" ? {} : this.credentials(as);
    const prepared = prepare({
      method: spec.method,
      url,
      headers,
      ...(init.body !== undefined ? { json: init.body } : {}),
      timeoutMs: this.opts.requestTimeoutMs,
    });
    const ex = await prepared.fire();
    this.record(where, ex, op, as);
    if (!ex.response) throw new StepFailed([{ where, message: `no response: ${ex.error}`, request: ex.request }]);
    if (ex.response.status !== okStatus) {
      throw new StepFailed([
        {
          where,
          message: `${op} answered ${ex.response.status}, expected ${okStatus}`,
          path: "status",
          expected: okStatus,
          actual: ex.response.status,
          request: ex.request,
          response: ex.response,
        },
      ]);
    }
    return { ...ex.response, setCookies: ex.setCookies };
  }

  matched(pattern: string, where?: Expect): StepResult[] {
    const re = glob(this.interp(pattern));
    const filter = where ? this.interp(where) : undefined;
    return this.stepOrder
      .filter((id) => re.test(id))
      .map((id) => this.steps[id]!)
      .filter((r) => !filter || matches(filter, r, { step: (id) => this.steps[id] }));
  }

  /** An expectation on a step whose executor cannot see headers loses its header part (noted). */
  forStep(expect: Expect | undefined, r: StepResult, where: string): Expect | undefined {
    if (!this.headerless.has(r.id) || !expect || typeof expect !== "object" || !("headers" in expect)) return expect;
    const { headers, ...rest } = expect;
    const note = `${where}: header assertion ${JSON.stringify(headers)} on ${this.opts.executor?.name ?? "executor"} steps`;
    if (!this.invariantNotes.includes(note)) this.invariantNotes.push(note);
    return rest;
  }

  /** A `where` filter on headers cannot tell such steps apart: the invariant is not expressible (noted, not checked). */
  whereNotExpressible(name: string, a: { steps: string; where?: Expect }): boolean {
    if (!a.where || typeof a.where !== "object" || !("headers" in a.where)) return false;
    const re = glob(this.interp(a.steps));
    if (!this.stepOrder.some((id) => re.test(id) && this.headerless.has(id))) return false;
    this.invariantNotes.push(
      `${name} over ${a.steps} where ${JSON.stringify(a.where)}: selects responses by header (e.g. Idempotent-Replayed), which ${this.opts.executor?.name ?? "executor"} responses do not expose`,
    );
    return true;
  }

  async run(): Promise<{ status: Outcome; failures: FailureRecord[]; skip_reason?: string }> {
    try {
      for (const surface of this.s.requires ?? []) {
        if (surface === "inbound-secret") {
          if (this.opts.inboundSecret === undefined)
            throw new Skipped("no inbound-mail secret given (--inbound-secret or AGENTDRAFT_INBOUND_SECRET)");
        } else if (!(await advertises(surface, this.opts.directUrl ?? this.opts.baseUrl)))
          throw new Skipped(`the server does not advertise ${surface}`);
      }
      if (this.s.receiver) this.receiver = await Receiver.start();
      const setup = this.s.setup ?? {};
      await setupWorkspace(this, "owner", setup);
      for (const o of setup.owners ?? []) await setupWorkspace(this, o.as, o);
      if (this.s.vars) Object.assign(this.vars, this.interp(this.s.vars));
      for (const step of this.s.steps) await this.runStep(step);
      const failures: FailureRecord[] = [];
      let n = 0;
      for (const inv of this.s.invariants ?? []) failures.push(...(await checkInvariant(this, inv, ++n)));
      return failures.length ? { status: "failed", failures } : { status: "passed", failures: [] };
    } catch (err) {
      if (err instanceof Skipped) return { status: "skipped", failures: [], skip_reason: err.message };
      if (err instanceof StepFailed) return { status: "failed", failures: err.failures };
      return { status: "failed", failures: [{ where: "scenario", message: (err as Error).message }] };
    } finally {
      await this.receiver?.close();
    }
  }

  /** A `receive` step: the delivery, its signature verified with the standard's library, then `expect`. */
  private async receive(step: ReceiveStep): Promise<void> {
    const id = step.id ?? `#${++this.autoId}`;
    if (!this.receiver) throw new StepFailed([{ where: id, message: "a receive step needs `receiver: true` on the scenario" }]);
    const path = String(this.interp(step.receive.path));
    const index = step.receive.index ?? 0;
    const timeoutMs = Math.min(step.receive.timeout_ms ?? 30_000, 120_000);
    const t0 = performance.now();
    const d = await this.receiver.wait(path, index, timeoutMs);
    const record = { method: "POST", url: `${this.receiver.url}${path}`, headers: {} } as StepRecord["request"];
    if (!d) {
      this.record(id, { request: record, duration_ms: Math.round(performance.now() - t0), error: "no delivery" });
      throw new StepFailed([{ where: id, message: `no delivery #${index} arrived at ${path} within ${timeoutMs} ms` }]);
    }
    let body: unknown = d.body;
    try {
      body = JSON.parse(d.body);
    } catch {
      // checked below: an envelope is JSON
    }
    const res: Response = { status: d.status, headers: d.headers, body };
    this.record(id, { request: record, response: res, duration_ms: Math.round(performance.now() - t0) });
    this.steps[id] = { ...res, id, as: "receiver", operation: "webhook" };
    this.stepOrder.push(id);
    const failures: FailureRecord[] = [];
    const problem = signatureProblem(d, String(this.interp(step.receive.secret)));
    if (problem)
      failures.push({ where: id, path: "headers.webhook-signature", message: `the delivery does not verify: ${problem}`, response: res });
    if (typeof body !== "object" || body === null)
      failures.push({ where: id, path: "body", message: "the delivery is not JSON", response: res });
    for (const f of check(step.expect ? (this.interp(step.expect) as Expect) : undefined, res, { step: (s) => this.steps[s] })) {
      failures.push({ where: id, ...f, response: res });
    }
    if (failures.length) throw new StepFailed(failures);
  }

  private async runStep(step: Step): Promise<void> {
    if ("wait_ms" in step) {
      const ms = Number(this.interp(step.wait_ms));
      if (!Number.isFinite(ms) || ms < 0)
        throw new StepFailed([{ where: "scenario", message: `wait_ms is not a duration: ${String(step.wait_ms)}` }]);
      await sleep(Math.min(ms, WAIT_CAP_MS));
      return;
    }
    if ("parallel" in step) {
      await this.runRequests(step.parallel.flatMap((p) => this.expand(p)));
      return;
    }
    if ("receive" in step) {
      await this.receive(step);
      return;
    }
    // A repeated step outside a parallel group runs its requests one after another.
    for (const item of this.expand(step)) {
      if (step.eventually) await this.runEventually(item, step.eventually);
      else await this.runRequests([item]);
    }
  }

  /** Sends a read until its expectations hold or `within_ms` ran out; only the last attempt is kept. */
  private async runEventually(
    item: { step: RequestStep; locals: Record<string, unknown>; id: string },
    { within_ms, every_ms = 100 }: NonNullable<RequestStep["eventually"]>,
  ): Promise<void> {
    const within = Number(this.interp(within_ms));
    const every = Number(this.interp(every_ms));
    if (!(within >= 0 && every > 0) || operation(item.step.operation).method !== "GET")
      throw new StepFailed([{ where: item.id, message: "eventually takes durations, on a read (GET) step" }]);
    const deadline = performance.now() + Math.min(within, WAIT_CAP_MS);
    for (;;) {
      const mark = { exchanges: this.exchanges.length, order: this.stepOrder.length, checkpoints: this.checkpoints.length };
      try {
        return await this.runRequests([item]);
      } catch (error) {
        if (!(error instanceof StepFailed) || performance.now() >= deadline) throw error;
        // A failed attempt leaves no trace: the next one stands in its place.
        this.exchanges.length = mark.exchanges;
        this.stepOrder.length = mark.order;
        this.checkpoints.length = mark.checkpoints;
        delete this.steps[item.id];
      }
      // The last attempt goes at the deadline itself.
      await sleep(Math.min(every, Math.max(0, deadline - performance.now())));
    }
  }

  /** The response of an earlier request step. */
  stepResult(id: string): StepResult | undefined {
    return this.steps[id];
  }
}
