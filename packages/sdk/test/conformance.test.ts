// Conformance scenarios (conformance/scenarios) replayed through @agentdraft/sdk against the real
// reference server: each step becomes the SDK call (a parallel group: concurrent calls), each
// expected problem the exception class of the generated error catalog with its attributes. Steps
// the SDK cannot express go over plain HTTP and are reported as "not expressible" (see the summary
// printed at the end), never silently skipped.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadScenarios } from "@agentdraft/conformance";
import { startServer, type ServerProcess } from "@agentdraft/server/testing";
import { runScenario, summarize, type AdapterResult } from "./conformance/adapter.ts";
import { TsSdkExecutor } from "./conformance/ts-executor.ts";

/** The server's inbound-mail secret (AGENTDRAFT_INBOUND_SECRET), given to the runner too: the mailbox scenarios run. */
const INBOUND_SECRET = "conformance-inbound-secret";
const scenarios = loadScenarios();
const results: AdapterResult[] = [];
let server: ServerProcess;
let started = 0;

beforeAll(async () => {
  started = performance.now();
  // Conformance's rate-limit scenarios expect a bucket of 30–145 refilled slowly.
  server = await startServer({
    args: ["--log-level", "warn", "--rate-limit", "60", "--rate-refill", "2", "--allow-private-targets", "--webhook-retry-base-ms", "500"],
    env: { AGENTDRAFT_INBOUND_SECRET: INBOUND_SECRET },
    removeDataOnStop: true,
  });
});

afterAll(async () => {
  await server?.stop();
  if (results.length) console.log(summarize("TypeScript @agentdraft/sdk", results, performance.now() - started));
});

describe("conformance scenarios through @agentdraft/sdk", () => {
  it("loads every scenario", () => {
    expect(scenarios.length).toBeGreaterThan(40);
  });

  for (const scenario of scenarios) {
    it(scenario.id, async (ctx) => {
      const result = await runScenario(scenario, server.url, new TsSdkExecutor(server.url), { inboundSecret: INBOUND_SECRET });
      results.push(result);
      if (result.status === "skipped") ctx.skip(result.skip_reason);
      expect(result.failures.join("\n")).toBe("");
      // Every step is accounted for: through the SDK, or over HTTP with a stated reason.
      for (const step of result.steps) if (step.via === "http") expect(step.reason).toBeTruthy();
    }, 120_000);
  }
});
