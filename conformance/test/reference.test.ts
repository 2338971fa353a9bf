// (b) Every scenario against the reference server, through `prism proxy spec/openapi.yaml --errors`,
// so any request or response that breaks the spec fails; (d) the JSON and JUnit reports.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadScenarios } from "../src/scenario.ts";
import type { SuiteReport } from "../src/runner.ts";
import { idsWith, runCli, startPrism, startServer, type CliRun, type Running } from "./support/processes.ts";

/** The server's inbound-mail secret (AGENTDRAFT_INBOUND_SECRET), given to the runner too: the mailbox scenarios run. */
const INBOUND_SECRET = "conformance-inbound-secret";

let server: Running;
let prism: Running;
let out: string;
let run: CliRun;
const all = loadScenarios();

beforeAll(async () => {
  // A small rate-limit bucket so that ratelimit.burst can exhaust it (60 requests, refilled at 2/s);
  // an inbound-mail secret, given to the runner too, so that the mailbox scenarios run.
  server = await startServer(["--rate-limit", "60", "--rate-refill", "2", "--allow-private-targets", "--webhook-retry-base-ms", "500"], {
    AGENTDRAFT_INBOUND_SECRET: INBOUND_SECRET,
  });
  prism = await startPrism(server.url);
  out = mkdtempSync(path.join(tmpdir(), "conformance-report-"));
  run = await runCli(
    ["--base-url", prism.url, "--direct-url", server.url, "--inbound-secret", INBOUND_SECRET, "--junit", path.join(out, "junit.xml")],
    path.join(out, "report.json"),
  );
}, 240_000);

afterAll(async () => {
  await prism?.stop();
  await server?.stop();
  rmSync(out, { recursive: true, force: true });
});

describe("the reference server, through prism proxy --errors", () => {
  it("passes every scenario, shape and semantic, with no skips", () => {
    expect(run.stderr).toBe("");
    const report = run.report!;
    const failed = report.scenarios.filter((s) => s.status !== "passed");
    expect(
      failed.map((s) => ({ id: s.id, status: s.status, skip: s.skip_reason, failures: s.failures.slice(0, 2) })),
      run.stdout,
    ).toEqual([]);
    expect(report.scenarios.map((s) => s.id).sort()).toEqual(all.map((s) => s.id).sort());
    expect(run.code).toBe(0);
  });

  it("prints a readable table and a verdict", () => {
    expect(run.stdout).toMatch(/^\s+PASS\s+races\.priorities-20\s+semantic\s/m);
    expect(run.stdout).toMatch(/^CONFORMS — \d+ scenarios \(level semantic\): \d+ pass · 0 fail · 0 skip/m);
  });
});

describe("reports", () => {
  it("writes the JSON report with every exchange, credentials redacted", () => {
    const report = JSON.parse(readFileSync(path.join(out, "report.json"), "utf8")) as SuiteReport;
    expect(report.tool.name).toBe("@agentdraft/conformance");
    expect(report.summary).toEqual({ total: all.length, passed: all.length, failed: 0, skipped: 0 });
    expect(idsWith(report, "passed")).toHaveLength(all.length);
    for (const s of report.scenarios) {
      expect(s).toMatchObject({
        id: expect.any(String),
        title: expect.any(String),
        spec: expect.any(String),
        level: expect.stringMatching(/^(shape|semantic)$/),
      });
      expect(s.exchanges.length).toBeGreaterThan(0);
    }
    const text = readFileSync(path.join(out, "report.json"), "utf8");
    expect(text).not.toMatch(/avs_live_[A-Za-z0-9]{16,}/);
    expect(text).toMatch(/"authorization": "Bearer avs_live_/);
  });

  it("writes well-formed JUnit XML with one testcase per scenario", () => {
    const xml = readFileSync(path.join(out, "junit.xml"), "utf8");
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(xml) as {
      testsuites: { tests: string; failures: string; testsuite: { testcase: { name: string; classname: string; failure?: unknown }[] } };
    };
    expect(Number(doc.testsuites.tests)).toBe(all.length);
    expect(doc.testsuites.failures).toBe("0");
    const cases = doc.testsuites.testsuite.testcase;
    expect(cases).toHaveLength(all.length);
    expect(cases.every((c) => c.failure === undefined)).toBe(true);
    expect(cases.map((c) => c.name.split(":")[0]).sort()).toEqual(all.map((s) => s.id).sort());
  });
});
