// (b) once more, with the reference server as 2 replicas on one PostgreSQL behind a small load
// balancer: every scenario passes through `prism proxy --errors` when consecutive requests land on
// different replicas. The balancer keeps one credential (API key or session cookie) on one replica —
// rate limits are per process — so different agents of a race write through different replicas.
import { createHash } from "node:crypto";
import { mkdtempSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPostgres, type Postgres } from "@agentdraft/server/testing";
import { loadScenarios } from "../src/scenario.ts";
import { runCli, startPrism, startServer, type CliRun, type Running } from "./support/processes.ts";

/** The server's inbound-mail secret (AGENTDRAFT_INBOUND_SECRET), given to the runner too: the mailbox scenarios run. */
const INBOUND_SECRET = "conformance-inbound-secret";

/** Forwards each request to one of `upstreams`: by a hash of its credential, else in turn. */
async function startBalancer(upstreams: string[]): Promise<Running & { served: number[] }> {
  const served = upstreams.map(() => 0);
  let next = 0;
  const server = http.createServer((req, res) => {
    const credential = req.headers.authorization ?? req.headers.cookie;
    const i = credential ? createHash("sha256").update(credential).digest()[0]! % upstreams.length : next++ % upstreams.length;
    served[i]!++;
    const target = new URL(req.url!, upstreams[i]);
    // The Host the client sent goes through, as a real load balancer passes it: the replicas then
    // name the balancer, not themselves, in what they publish (the A2A agent card's URLs).
    const forward = http.request(target, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode!, answer.headers);
      answer.pipe(res);
    });
    forward.on("error", (err) => {
      res.writeHead(502, { "content-type": "text/plain" });
      res.end(String(err));
    });
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

let postgres: Postgres;
let replicas: Running[] = [];
let balancer: Running & { served: number[] };
let prism: Running;
let run: CliRun;

beforeAll(async () => {
  postgres = await startPostgres();
  // Every replica needs the store's keys: they share one key file, as an operator would mount it.
  const keyFile = path.join(mkdtempSync(path.join(tmpdir(), "agentdraft-keys-")), "keys.json");
  const args = [
    "--rate-limit",
    "60",
    "--rate-refill",
    "2",
    "--allow-private-targets",
    "--webhook-retry-base-ms",
    "500",
    "--key-file",
    keyFile,
  ];
  const env = { DATABASE_URL: postgres.adminUrl, AGENTDRAFT_INBOUND_SECRET: INBOUND_SECRET };
  // The first replica migrates the schema; the second starts on it.
  replicas = [await startServer(args, env)];
  replicas.push(await startServer(args, env));
  balancer = await startBalancer(replicas.map((r) => r.url));
  prism = await startPrism(balancer.url);
  run = await runCli(
    ["--base-url", prism.url, "--direct-url", balancer.url, "--inbound-secret", INBOUND_SECRET],
    path.join(mkdtempSync(path.join(tmpdir(), "conformance-pg2-")), "report.json"),
  );
}, 240_000);

afterAll(async () => {
  await prism?.stop();
  await balancer?.stop();
  for (const r of replicas) await r.stop();
  postgres?.stop();
});

describe("the reference server as 2 PostgreSQL replicas, through prism proxy --errors", () => {
  it("passes every scenario, shape and semantic, with no skips, and both replicas served", () => {
    const report = run.report!;
    const failed = report.scenarios.filter((s) => s.status !== "passed");
    expect(
      failed.map((s) => ({ id: s.id, status: s.status, failures: s.failures.slice(0, 2) })),
      run.stdout,
    ).toEqual([]);
    expect(report.scenarios).toHaveLength(loadScenarios().length);
    expect(run.code).toBe(0);
    expect(
      balancer.served.every((n) => n > 100),
      JSON.stringify(balancer.served),
    ).toBe(true);
  });
});
