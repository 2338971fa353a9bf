// The killer of the mutation run (README "Mutation testing"): a Stryker test runner plugin whose
// tests are the conformance scenarios, one test per scenario, played by the suite's own runner
// (src/runner.ts, plain HTTP) against the reference server started in this very process — the one
// `agentdraft-server` starts (config.ts, server.ts), with the flags of test/reference.test.ts. The
// mutants are switched on in the process that runs the server, so the server must run here.
//
// Why not @stryker-mutator/vitest-runner: each vitest run re-imports the server (≈ 2.5 s, most of
// it compiling the request validators), which made one mutant cost ≈ 7 s; here the modules load
// once per worker process and each mutant pays only a fresh server (a new data dir: no state of an
// earlier mutant leaks into the next) and the scenarios that reach it.
//
// Stryker's protocol (the global `__stryker__`, as its instrumenter writes it): `currentTestId`
// names the test whose coverage is counted (none: static coverage, e.g. the server starting),
// `activeMutant` switches one mutant on, `hitCount`/`hitLimit` stop a mutant that loops. Module
// state is not reloaded between runs (capability reloadEnvironment: false), so Stryker restarts
// this process for the static mutants (top-level code of a module, run once as it loads).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Logger } from "@stryker-mutator/api/logging";
import { commonTokens, declareClassPlugin, PluginKind, tokens } from "@stryker-mutator/api/plugin";
import {
  determineHitLimitReached,
  DryRunStatus,
  type DryRunOptions,
  type DryRunResult,
  type MutantRunOptions,
  type MutantRunResult,
  type TestResult,
  type TestRunner,
  type TestRunnerCapabilities,
  TestStatus,
  toMutantRunResult,
} from "@stryker-mutator/api/test-runner";
import type { MutantCoverage } from "@stryker-mutator/api/core";
import { runSuite } from "../src/runner.ts";
import { loadScenarios, type Scenario } from "../src/scenario.ts";

/** test/reference.test.ts's server flags (a small rate-limit bucket, loopback webhook targets, fast retries). */
const FLAGS = ["--rate-limit", "60", "--rate-refill", "2", "--allow-private-targets", "--webhook-retry-base-ms", "500"];
/**
 * How long a scenario's request may go unanswered (the suite's default is 15 s). A mutant that
 * leaves a request hanging fails its scenario after this, instead of running into Stryker's
 * timeout, which costs the runner process a restart.
 */
const REQUEST_TIMEOUT_MS = 5_000;
/** test/reference.test.ts's inbound-mail secret: the server's (AGENTDRAFT_INBOUND_SECRET) and the runner's, so the mailbox scenarios run. */
const INBOUND_SECRET = "conformance-inbound-secret";
/** How long a server may take to stop before the run goes on without it. */
const CLOSE_TIMEOUT_MS = 5_000;

interface StrykerGlobal {
  activeMutant?: string;
  currentTestId?: string;
  mutantCoverage?: MutantCoverage;
  hitCount?: number;
  hitLimit?: number;
}

const g = globalThis as { __stryker__?: StrykerGlobal };
g.__stryker__ ??= {};
const ns: StrykerGlobal = g.__stryker__;

interface Server {
  url: string;
  close(): Promise<void>;
}

/** The reference server in dev mode on a fresh data dir; its modules are imported on first use (after a static mutant is switched on). */
async function startReference(): Promise<Server> {
  const [{ parseConfig }, { startServer }] = await Promise.all([
    import("../../packages/server/src/config.ts"),
    import("../../packages/server/src/server.ts"),
  ]);
  const dataDir = mkdtempSync(path.join(tmpdir(), "agentdraft-mutation-"));
  const remove = () => rmSync(dataDir, { recursive: true, force: true });
  try {
    const config = parseConfig(["--dev", "--port", "0", "--smtp-port", "0", "--data", dataDir, "--log-level", "silent", ...FLAGS], {
      AGENTDRAFT_INBOUND_SECRET: INBOUND_SECRET,
    });
    if (config === "help") throw new Error("unexpected --help");
    const server = await startServer(config);
    return {
      url: server.url,
      close: async () => {
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<void>((resolve) => {
          timer = setTimeout(resolve, CLOSE_TIMEOUT_MS);
        });
        await Promise.race([server.close().catch(() => undefined), late]);
        clearTimeout(timer);
        remove();
      },
    };
  } catch (error) {
    remove();
    throw error;
  }
}

/**
 * Errors no request answered: a server that lets one escape would crash (Node's default), so one
 * caught during a scenario fails it.
 */
const escaped: string[] = [];
process.on("uncaughtException", (error) => escaped.push(`uncaught exception: ${String(error?.stack ?? error)}`));
process.on("unhandledRejection", (reason) => escaped.push(`unhandled rejection: ${String((reason as Error)?.stack ?? reason)}`));

class ConformanceTestRunner implements TestRunner {
  static inject = tokens(commonTokens.logger);
  private readonly log: Logger;
  private readonly scenarios: Scenario[] = loadScenarios();
  /** Dry-run time per scenario: a mutant's scenarios run fastest first, so that a kill comes early. */
  private readonly durations = new Map<string, number>();

  constructor(log: Logger) {
    this.log = log;
  }

  capabilities(): TestRunnerCapabilities {
    return { reloadEnvironment: false };
  }

  /** One scenario: passed, or its first failures (or the error that escaped while it ran). */
  private async play(scenario: Scenario, url: string): Promise<TestResult> {
    const t0 = performance.now();
    escaped.length = 0;
    let failure: string | undefined;
    try {
      const report = await runSuite([scenario], { baseUrl: url, requestTimeoutMs: REQUEST_TIMEOUT_MS, inboundSecret: INBOUND_SECRET });
      const result = report.scenarios[0];
      if (result?.status !== "passed")
        failure = `${result?.status ?? "missing"}: ${JSON.stringify(result?.skip_reason ?? result?.failures.slice(0, 2))}`.slice(0, 2_000);
    } catch (error) {
      failure = `the runner threw: ${String(error)}`;
    }
    if (!failure && escaped.length > 0) failure = escaped[0]!.slice(0, 2_000);
    const base = { id: scenario.id, name: scenario.id, timeSpentMs: Math.round(performance.now() - t0), fileName: scenario.file };
    return failure === undefined
      ? { ...base, status: TestStatus.Success }
      : { ...base, status: TestStatus.Failed, failureMessage: failure };
  }

  async dryRun(options: DryRunOptions): Promise<DryRunResult> {
    ns.activeMutant = undefined;
    ns.currentTestId = undefined;
    ns.mutantCoverage = { static: {}, perTest: {} };
    const tests: TestResult[] = [];
    try {
      // The modules' top-level code runs here, outside any scenario: static coverage.
      await (await startReference()).close();
      // A fresh server per scenario, started while the scenario's coverage counts: what the server
      // runs as it starts is covered by every scenario (a mutant run starts its own server after
      // switching the mutant on), not static.
      for (const scenario of this.scenarios) {
        ns.currentTestId = scenario.id;
        const server = await startReference();
        const result = await this.play(scenario, server.url);
        await server.close();
        ns.currentTestId = undefined;
        this.durations.set(scenario.id, result.timeSpentMs);
        tests.push(result);
      }
    } catch (error) {
      ns.currentTestId = undefined;
      return { status: DryRunStatus.Error, errorMessage: `the reference server did not start: ${String(error)}` };
    }
    const coverage = options.coverageAnalysis === "off" ? undefined : ns.mutantCoverage;
    return { status: DryRunStatus.Complete, tests, ...(coverage ? { mutantCoverage: coverage } : {}) };
  }

  async mutantRun(options: MutantRunOptions): Promise<MutantRunResult> {
    const wanted = options.testFilter ? new Set(options.testFilter) : undefined;
    const selected = this.scenarios
      .filter((s) => !wanted || wanted.has(s.id))
      .sort((a, b) => (this.durations.get(a.id) ?? 0) - (this.durations.get(b.id) ?? 0));
    ns.currentTestId = undefined;
    ns.activeMutant = options.activeMutant.id;
    ns.hitLimit = options.hitLimit;
    ns.hitCount = options.hitLimit === undefined ? undefined : 0;
    const tests: TestResult[] = [];
    let server: Server | undefined;
    try {
      server = await startReference();
    } catch (error) {
      // Under this mutant the server does not start: every scenario fails.
      const first = selected[0] ?? this.scenarios[0]!;
      tests.push({
        id: first.id,
        name: first.id,
        timeSpentMs: 0,
        status: TestStatus.Failed,
        failureMessage: `server start: ${String(error)}`,
      });
    }
    try {
      for (const scenario of server ? selected : []) {
        let result = await this.play(scenario, server!.url);
        // A kill is confirmed by a second failure: a timing-sensitive scenario that failed once by
        // chance (2 cores, two servers) does not count as detecting the mutant.
        if (result.status === TestStatus.Failed && determineHitLimitReached(ns.hitCount, ns.hitLimit) === undefined) {
          const again = await this.play(scenario, server!.url);
          if (again.status !== TestStatus.Failed) {
            this.log.debug(`${scenario.id} failed once under mutant ${options.activeMutant.id}, then passed: not counted`);
            result = again;
          }
        }
        tests.push(result);
        if (result.status === TestStatus.Failed && !options.disableBail) break;
        if (determineHitLimitReached(ns.hitCount, ns.hitLimit)) break;
      }
    } finally {
      await server?.close();
    }
    const timeout = determineHitLimitReached(ns.hitCount, ns.hitLimit);
    ns.activeMutant = undefined;
    ns.hitCount = undefined;
    ns.hitLimit = undefined;
    return toMutantRunResult(timeout ?? { status: DryRunStatus.Complete, tests });
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.TestRunner, "agentdraft-conformance", ConformanceTestRunner)];
