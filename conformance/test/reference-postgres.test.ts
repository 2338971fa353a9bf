// (b) again, with the reference server on PostgreSQL: every scenario passes through
// `prism proxy --errors` whichever store the server uses.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPostgres, type Postgres } from "@agentdraft/server/testing";
import { loadScenarios } from "../src/scenario.ts";
import { runCli, startPrism, startServer, type CliRun, type Running } from "./support/processes.ts";

/** The server's inbound-mail secret (AGENTDRAFT_INBOUND_SECRET), given to the runner too: the mailbox scenarios run. */
const INBOUND_SECRET = "conformance-inbound-secret";

let postgres: Postgres;
let server: Running;
let prism: Running;
let run: CliRun;

beforeAll(async () => {
  postgres = await startPostgres();
  server = await startServer(["--rate-limit", "60", "--rate-refill", "2", "--allow-private-targets", "--webhook-retry-base-ms", "500"], {
    DATABASE_URL: postgres.adminUrl,
    AGENTDRAFT_INBOUND_SECRET: INBOUND_SECRET,
  });
  prism = await startPrism(server.url);
  run = await runCli(
    ["--base-url", prism.url, "--direct-url", server.url, "--inbound-secret", INBOUND_SECRET],
    path.join(mkdtempSync(path.join(tmpdir(), "conformance-pg-")), "report.json"),
  );
}, 240_000);

afterAll(async () => {
  await prism?.stop();
  await server?.stop();
  postgres?.stop();
});

describe("the reference server on PostgreSQL, through prism proxy --errors", () => {
  it("passes every scenario, shape and semantic, with no skips", () => {
    const report = run.report!;
    const failed = report.scenarios.filter((s) => s.status !== "passed");
    expect(
      failed.map((s) => ({ id: s.id, status: s.status, failures: s.failures.slice(0, 2) })),
      run.stdout,
    ).toEqual([]);
    expect(report.scenarios).toHaveLength(loadScenarios().length);
    expect(run.code).toBe(0);
  });
});
