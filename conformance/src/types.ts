// The runner's types: options, the executor hook (StepRequest/StepResponse/StepExecutor, used by the
// SDK adapters), records, results and the suite report; and the internal state of a run.
import type { RecordedRequest } from "./http.ts";
import type { Failure, Response } from "./match.ts";
import type { Level, RequestStep } from "./scenario.ts";

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
  /**
   * The server's inbound-mail secret (`X-Inbound-Secret`, docs/protocol.md §5.2), as `${inbound_secret}`;
   * without it, scenarios that `require` `inbound-secret` are skipped.
   */
  inboundSecret?: string;
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

/** Ends a scenario as failed. */
export class StepFailed extends Error {
  readonly failures: FailureRecord[];
  constructor(failures: FailureRecord[]) {
    super(failures[0]?.message ?? "failed");
    this.failures = failures;
  }
}

/** Ends a scenario as skipped. */
export class Skipped extends Error {}

export interface AgentVar {
  alias: string;
  agent_id: string;
  key: string;
  priority: number;
  name: string;
  calendar_id: string;
  owner: string;
}

export interface OwnerVar {
  alias: string;
  email: string;
  user_id: string;
  workspace_id: string;
  calendar_id: string;
  cookie: string;
}

/** A request step's response, by step id. */
export interface StepResult extends Response {
  id: string;
  as: string;
  operation: string;
}
