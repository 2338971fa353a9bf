// One new operation in the spec reaches both SDKs, both conformance executors and the server's tables
// with no hand-written line: a copy of spec/ gains `GET /v1/agents/me/quota` (TypeSpec only), the
// generators run into a copy of the packages, and then
//  - the TypeScript SDK type-checks a call of `client.agents.quota(...)` (and rejects a bad enum),
//  - the Python SDK mypy-checks `client.agents.quota(...)` (and rejects a bad enum),
//  - both conformance executors run a scenario step naming `getAgentQuota` against a live HTTP server,
//  - the server's scope table and CORS list, and the conformance runner's table, include it,
//  - and no file but the generated ones differs from the repository's.
import { execFile, execFileSync, spawnSync } from "node:child_process";
import { promisify } from "node:util";
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../src/generate.ts";
import { generatedFiles, outputs, repoRoot } from "../src/paths.ts";

const NEW_OPERATION = `
  /** Bookings the calling agent may still make. Requires \`bookings:read\`. */
  @get
  @route("/me/quota")
  @summary("Get the calling agent's quota")
  @operationId("getAgentQuota")
  @scope("bookings:read")
  @sdk("agents", "quota")
  op quota(
    /** Only count bookings starting after this instant. */
    @query since?: Instant,

    /** Only count bookings with this status. */
    @query status?: BookingStatus,
  ): {
    ...StandardHeaders;
    @body body: AgentQuota;
  } | BaseErrors;
`;

const NEW_MODEL = `
/** How many bookings an agent has and may make. */
@example(#{ used: 3, limit: 10 })
model AgentQuota {
  /** Bookings counted. */
  used: int32;

  /** The most it may hold. */
  limit: int32;
}
`;

/** The packages' hand-written files the generators write next to (copied as they are). */
const COPIED = [
  "tsconfig.base.json",
  "packages/sdk/src",
  "packages/sdk/test/conformance",
  "packages/sdk/tsconfig.json",
  "packages/sdk/package.json",
  "packages/sdk-python/src",
  "packages/sdk-python/tests/conformance/__init__.py",
  "packages/sdk-python/tests/conformance/values.py",
  "packages/server/src/generated",
  "conformance/src",
];

let work: string;
let out: string;
let server: Server;
let baseUrl: string;
const seen: { method: string; url: string; auth: string | undefined }[] = [];
const pyDir = path.join(repoRoot, "packages/sdk-python");
/** Runs a process without blocking the event loop (the test's HTTP server must answer it). */
async function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  try {
    const { stdout, stderr } = await promisify(execFile)(command, args, { encoding: "utf8", ...options });
    return { status: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { status: e.code ?? 1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}
const python = path.join(pyDir, ".venv/bin/python");

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "agentdraft-new-op-"));
  const spec = path.join(work, "spec");
  await cp(path.join(repoRoot, "spec"), spec, { recursive: true, filter: (src) => !src.includes("node_modules") });
  await symlink(path.join(repoRoot, "spec/node_modules"), path.join(spec, "node_modules"), "dir");
  const agents = path.join(spec, "src/agents.tsp");
  const source = await readFile(agents, "utf8");
  const withOp = source.replace(/(namespace Agents \{\n)/, `$1${NEW_OPERATION}\n`);
  expect(withOp).not.toBe(source);
  await writeFile(agents, withOp + NEW_MODEL);

  out = path.join(work, "out");
  for (const entry of COPIED) await cp(path.join(repoRoot, entry), path.join(out, entry), { recursive: true });
  await symlink(path.join(repoRoot, "packages/sdk/node_modules"), path.join(out, "packages/sdk/node_modules"), "dir");
  await generate(out, spec);

  server = createServer((req, res) => {
    seen.push({ method: req.method!, url: req.url!, auth: req.headers.authorization });
    res.writeHead(200, { "content-type": "application/json", "request-id": "req_quota" });
    res.end(JSON.stringify({ used: 3, limit: 10 }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  execFileSync("bash", [path.join(pyDir, "scripts/venv.sh")], { stdio: "ignore" });
}, 240_000);

afterAll(async () => {
  server?.close();
  await rm(work, { recursive: true, force: true });
});

const step = {
  id: "quota",
  operation: "getAgentQuota",
  as: "agent",
  apiKey: "avs_live_quota",
  path: {},
  query: { since: "2026-12-01T15:00:00Z", status: "COMMITTED" },
  body: undefined,
};

describe("a new operation declared only in the TypeSpec", () => {
  it("changes nothing but generated files", async () => {
    const changed: string[] = [];
    const walk = async (rel: string): Promise<void> => {
      const abs = path.join(out, rel);
      const listing = spawnSync("find", [abs, "-type", "f"], { encoding: "utf8" }).stdout.trim().split("\n");
      for (const file of listing) {
        const relFile = path.relative(out, file);
        const original = await readFile(path.join(repoRoot, relFile), "utf8").catch(() => undefined);
        if (original !== (await readFile(file, "utf8"))) changed.push(relFile);
      }
    };
    for (const entry of COPIED) await walk(entry);
    expect(changed.length).toBeGreaterThan(5);
    expect(changed.filter((f) => !generatedFiles.includes(f))).toEqual([]);
  });

  it("the TypeScript SDK exposes a typed `client.agents.quota`", async () => {
    const check = path.join(out, "packages/sdk/src/quota-check.ts");
    await writeFile(
      check,
      [
        'import { AgentDraft } from "./index.ts";',
        "export async function main(client: AgentDraft): Promise<number> {",
        '  const quota = await client.agents.quota({ since: new Date(), status: "COMMITTED" });',
        "  // @ts-expect-error — not a BookingStatus",
        '  await client.agents.quota({ status: "BOGUS" });',
        "  return quota.limit - quota.used;",
        "}",
        "",
      ].join("\n"),
    );
    const tsc = path.join(repoRoot, "node_modules/.bin/tsc");
    const run = spawnSync(tsc, ["-p", path.join(out, "packages/sdk/tsconfig.json")], { encoding: "utf8" });
    expect(run.stdout + run.stderr, run.stdout).toBe("");
    expect(run.status).toBe(0);
  }, 120_000);

  it("the Python SDK exposes a typed `client.agents.quota` (mypy --strict)", async () => {
    const check = path.join(work, "quota_check.py");
    await writeFile(
      check,
      [
        "from datetime import datetime, timezone",
        "from agentdraft import Client",
        "from agentdraft.generated.models import AgentQuota",
        "",
        'client = Client(api_key="avs_live_x")',
        'quota: AgentQuota = client.agents.quota(since=datetime.now(timezone.utc), status="COMMITTED")',
        "left: int = quota.limit - quota.used",
        'client.agents.quota(status="BOGUS")',
        "",
      ].join("\n"),
    );
    const run = spawnSync(
      python,
      ["-m", "mypy", "--strict", "--no-incremental", "--config-file", path.join(pyDir, "pyproject.toml"), check],
      {
        encoding: "utf8",
        env: { ...process.env, MYPYPATH: path.join(out, "packages/sdk-python/src") },
        cwd: work,
      },
    );
    const errors = run.stdout.split("\n").filter((l) => l.includes(": error:"));
    expect(errors, run.stdout).toHaveLength(1);
    expect(errors[0]).toMatch(/quota_check\.py:8: error: Argument "status" to "quota"/);
  }, 120_000);

  it("the TypeScript conformance executor runs a step for it", async () => {
    const script = path.join(out, "packages/sdk/run-step.mts");
    await writeFile(
      script,
      [
        'import { AgentDraft } from "./src/index.ts";',
        'import { invoke } from "./test/conformance/generated/invoke.ts";',
        "const [baseUrl, call] = [process.argv[2]!, JSON.parse(process.argv[3]!)];",
        "const client = new AgentDraft({ apiKey: call.apiKey, baseUrl, maxRetries: 0 });",
        "console.log(JSON.stringify(await invoke(client, call)));",
        "",
      ].join("\n"),
    );
    seen.length = 0;
    const done = await run(process.execPath, [script, baseUrl, JSON.stringify(step)], { cwd: path.dirname(script) });
    expect(done.stderr).toBe("");
    expect(JSON.parse(done.stdout)).toEqual({ used: 3, limit: 10 });
    expect(seen).toEqual([
      { method: "GET", url: "/v1/agents/me/quota?since=2026-12-01T15%3A00%3A00Z&status=COMMITTED", auth: "Bearer avs_live_quota" },
    ]);
  }, 60_000);

  it("the Python conformance executor runs a step for it", async () => {
    const code = [
      "import asyncio, json, sys",
      "from agentdraft import AsyncClient",
      "from conformance.generated_invoke import INVOKE",
      "from conformance.values import dump",
      "async def main():",
      "    call = json.loads(sys.argv[2])",
      "    async with AsyncClient(api_key=call['apiKey'], base_url=sys.argv[1], max_retries=0) as client:",
      "        result = await INVOKE[call['operation']](client, call['path'], call['query'], call.get('body') or {}, None)",
      "    print(json.dumps(dump(result)))",
      "asyncio.run(main())",
    ].join("\n");
    seen.length = 0;
    const done = await run(python, ["-c", code, baseUrl, JSON.stringify(step)], {
      env: {
        ...process.env,
        PYTHONPATH: [path.join(out, "packages/sdk-python/src"), path.join(out, "packages/sdk-python/tests")].join(path.delimiter),
      },
    });
    expect(done.stderr).toBe("");
    expect(JSON.parse(done.stdout)).toEqual({ used: 3, limit: 10 });
    expect(seen).toEqual([
      { method: "GET", url: "/v1/agents/me/quota?since=2026-12-01T15%3A00%3A00Z&status=COMMITTED", auth: "Bearer avs_live_quota" },
    ]);
  }, 60_000);

  it("the server's scope table and CORS list, and the conformance runner's table, include it", async () => {
    const tables = await readFile(path.join(out, outputs.serverTables), "utf8");
    expect(tables).toContain('getAgentQuota: "bookings:read",');
    expect(tables).toContain('"/v1/agents/me/quota",');
    const ops = await readFile(path.join(out, outputs.conformanceOperations), "utf8");
    expect(ops).toContain('getAgentQuota: { method: "GET", path: "/v1/agents/me/quota", auth: "agent" },');
    const validators = await readFile(path.join(out, outputs.serverApi), "utf8");
    expect(validators).toContain('"operationId": "getAgentQuota"');
  });
});
