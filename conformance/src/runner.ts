// Runs scenarios against a base URL and returns the suite report. The pieces: types.ts (options,
// the executor hook, results), executor.ts (plain HTTP and dispatch), scenario-run.ts (one
// scenario: requests, assertions, captures), setup.ts (owners, calendars, agents), invariants.ts
// (the registry), audit-checks.ts (offline proofs), urls.ts (the one URL builder), pager.ts (the
// one pager).
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { httpExecutor } from "./executor.ts";
import { baseMonday } from "./expr.ts";
import { PACKAGE_ROOT, type Level, type Scenario } from "./scenario.ts";
import { glob, redactResponse, ScenarioRun } from "./scenario-run.ts";
import type { Outcome, RunOptions, ScenarioResult, SuiteReport } from "./types.ts";

export { httpExecutor } from "./executor.ts";
export type {
  FailureRecord,
  Outcome,
  RunOptions,
  ScenarioResult,
  StepExecutor,
  StepRecord,
  StepRequest,
  StepResponse,
  SuiteReport,
} from "./types.ts";

export const VERSION: string = (JSON.parse(readFileSync(path.join(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string }).version;

export function selectScenarios(all: Scenario[], level: Level = "semantic", only?: string[]): Scenario[] {
  const patterns = only?.filter(Boolean).map(glob);
  return all.filter((s) => (level === "shape" ? s.level === "shape" : true) && (!patterns?.length || patterns.some((p) => p.test(s.id))));
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
