// Property-based fuzzing of every operation of spec/openapi.yaml with Schemathesis against the real
// server (issue 9, reliability): no 5xx and no response that breaks the spec (status, content
// type, headers and body schema). The server runs in dev mode, where it also checks each of its own
// responses against the spec and answers 500 on a mismatch, so a schema break shows up twice.
//
// Schemathesis lives in a git-ignored virtualenv created by support/python-venv.ts (pinned version; needs
// PyPI the first time). Bounded: FUZZ_EXAMPLES test cases per operation and phase (default 100),
// one worker, a fixed seed (FUZZ_SEED overrides it), and a hard time limit on the process. One
// worker because Schemathesis's workers are threads and Hypothesis's strategy caches are not
// thread-safe: with two, a run once failed with a KeyError inside Hypothesis (a "Runtime Error"
// of the tool, not of the server); generation is bound by the GIL anyway.
//
// Auth: the agent key (all scopes) belongs to workspace A, the owner session to workspace B, so the
// fuzzed dashboard calls (revoke, rotate-key, scope changes…) can never disable the fuzzing key.
// `POST /v1/auth/logout` ends the session it is sent with, so it runs last, on its own.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operations } from "../../src/generated/api.ts";
import { startSink, uniqueName, type Sink } from "../mail/support.ts";
import { pythonVenv } from "../support/python-venv.ts";
import { call, Owner, slot, startServer, type ServerProcess, type TestAgent } from "../support/server-process.ts";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SPEC = path.resolve(HERE, "../../../../spec/openapi.yaml");
const ST = path.join(HERE, ".venv/bin/st");
const INBOUND_SECRET = "fuzz-inbound-secret-0123456789";
const EXAMPLES = Number(process.env.FUZZ_EXAMPLES ?? 100);
const SEED = process.env.FUZZ_SEED ?? "20260901";
/** Hard limit on one Schemathesis run; the default one takes ≈40–60 s on 2 cores. */
const RUN_LIMIT_MS = 240_000;
const CHECKS = [
  "not_a_server_error",
  "status_code_conformance",
  "content_type_conformance",
  "response_headers_conformance",
  "response_schema_conformance",
].join(",");

let server: ServerProcess;
let sink: Sink;
let agent: TestAgent;
let ownerB: Owner;
let workDir: string;

interface Report {
  exit_code: number;
  running_time: number;
  operations: { total: number; selected: number; tested: number; errored: number };
  test_cases: { generated: number; with_failures: number; unique_failures: number; errored: number };
  failures: unknown[];
  errors: unknown[];
  warnings: Record<string, unknown>;
}

/** Runs `st run` with the shared headers; resolves with its output and parsed JSON report. */
function schemathesis(name: string, extra: string[]): Promise<{ code: number | null; output: string; report: Report; seconds: number }> {
  const reportPath = path.join(workDir, `${name}.json`);
  const args = [
    "run",
    SPEC,
    "--url",
    server.url,
    "--header",
    `Authorization: Bearer ${agent.key}`,
    "--header",
    `Cookie: ${ownerB.cookie}`,
    "--header",
    `X-Inbound-Secret: ${INBOUND_SECRET}`,
    "--checks",
    CHECKS,
    "--max-examples",
    String(EXAMPLES),
    "--seed",
    SEED,
    "--workers",
    "1",
    "--request-timeout",
    "10",
    "--no-color",
    "--report",
    "json",
    "--report-json-path",
    reportPath,
    ...extra,
  ];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    // cwd: a temp dir, so Hypothesis' example database and any schemathesis.toml lookup stay out of the repo.
    const child = spawn(ST, args, { cwd: workDir, env: { ...process.env, NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (c: Buffer) => (output += c.toString()));
    child.stderr.on("data", (c: Buffer) => (output += c.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), RUN_LIMIT_MS);
    child.on("error", reject);
    child.on("exit", (code) => {
      clearTimeout(timer);
      if (!existsSync(reportPath)) return reject(new Error(`schemathesis wrote no report (exit ${code}):\n${output}`));
      resolve({
        code,
        output,
        report: JSON.parse(readFileSync(reportPath, "utf8")) as Report,
        seconds: (performance.now() - started) / 1000,
      });
    });
  });
}

/** Errors the server logged (pino level ≥ 50): unhandled exceptions and responses that broke the spec. */
function serverErrors(): string[] {
  return server
    .stderr()
    .split("\n")
    .filter((line) => /"level":(5\d|60)/.test(line));
}

beforeAll(async () => {
  pythonVenv(HERE, { schemathesis: "4.32.5" });
  workDir = mkdtempSync(path.join(tmpdir(), "agentdraft-fuzz-"));
  sink = await startSink();
  server = await startServer({
    args: ["--rate-limit", "1000000", "--rate-refill", "1000000", "--smtp-relay", sink.url, "--smtp-retry-delay", "100"],
    env: { AGENTDRAFT_INBOUND_SECRET: INBOUND_SECRET },
  });
  const ownerA = await Owner.signIn(server.url);
  ownerB = await Owner.signIn(server.url);
  agent = await ownerA.createAgent(uniqueName("fuzzer"), 1);
  // Some data in workspace A, so reads answer real pages and not only empty ones.
  const commit = await agent.call("POST", "/v1/bookings", { body: { ...slot(48), metadata: { title: "fuzz seed" } } });
  const hold = await agent.call("POST", "/v1/bookings", { body: { ...slot(50), mode: "hold", hold_ttl_seconds: 3600 } });
  const me = await agent.call("GET", "/v1/agents/me");
  const inbound = await call(server.url, "POST", "/v1/mailbox/inbound", {
    headers: { "x-inbound-secret": INBOUND_SECRET },
    body: {
      recipients: [me.body.mailbox_address],
      raw: "From: ada@example.com\r\nSubject: Hello\r\nMessage-ID: <seed@example.com>\r\n\r\nCan we meet?\r\n",
    },
  });
  expect([commit.status, hold.status, me.status, inbound.status]).toEqual([201, 201, 200, 202]);
}, 360_000);

afterAll(async () => {
  await server?.stop();
  await sink?.close();
});

describe("schemathesis fuzzing of every operation", () => {
  it(
    "finds no 5xx and no response that breaks the spec",
    async () => {
      const run = await schemathesis("main", ["--exclude-operation-id", "logout"]);
      const { report } = run;
      console.log(
        `fuzz: ${report.operations.tested}/${report.operations.selected} operations, ${report.test_cases.generated} test cases, ` +
          `${report.failures.length} failures, ${report.errors.length} errors in ${run.seconds.toFixed(1)} s ` +
          `(schemathesis ${EXAMPLES} examples/operation, seed ${SEED})`,
      );
      const context = `${run.output}\n--- server errors ---\n${serverErrors().join("\n")}`;
      expect(report.failures, context).toEqual([]);
      expect(report.errors, context).toEqual([]);
      expect(run.code, context).toBe(0);
      expect(report.exit_code, context).toBe(0);
      // Every operation of the spec but logout was generated for and called.
      expect(report.operations.selected, context).toBe(operations.length - 1);
      expect(report.operations.tested, context).toBe(report.operations.selected);
      expect(report.operations.errored, context).toBe(0);
      expect(serverErrors(), context).toEqual([]);
      // The fuzzing key stayed valid throughout (owner B cannot revoke it), so agent calls were authenticated.
      expect((await agent.call("GET", "/v1/agents/me")).status).toBe(200);
    },
    RUN_LIMIT_MS + 30_000,
  );

  it(
    "fuzzes logout last, on its own",
    async () => {
      const run = await schemathesis("logout", ["--include-operation-id", "logout"]);
      const { report } = run;
      console.log(
        `fuzz logout: ${report.test_cases.generated} test cases, ${report.failures.length} failures in ${run.seconds.toFixed(1)} s`,
      );
      expect(report.failures, run.output).toEqual([]);
      expect(report.errors, run.output).toEqual([]);
      expect(run.code, run.output).toBe(0);
      expect(report.operations.tested, run.output).toBe(1);
      expect(serverErrors()).toEqual([]);
      // It really reached the server with the session: that session is over now.
      expect((await ownerB.call("GET", "/v1/dashboard/workspace")).status).toBe(401);
    },
    RUN_LIMIT_MS + 30_000,
  );
});
