// bench/scale, PostgreSQL: write throughput across 100 workspaces with 1, 2 and 4 stateless
// replicas on one PostgreSQL (fsync on). Each workspace has one priority-1 agent committing new
// slots (its only agent, so the arbitration window never waits); the load keeps a fixed number of
// requests in flight, each to the next replica in turn, for a fixed time per replica count.
//   pnpm --filter @agentdraft/bench scale:replicas [-- --workspaces 100 --replicas 1,2,4 --seconds 15 --in-flight 64 "--server-args=--pg-pool 20"]
// No latency is injected between the replicas and PostgreSQL here (see bench/README.md).
import { parseArgs } from "node:util";
import { startPostgres } from "../lib/postgres.ts";
import { machine, machineLine, percentile, round, table, writeReport } from "../lib/report.ts";
import { agentCall, Owner, provision, startServer, type BenchAgent, type ServerProcess } from "../lib/server.ts";

const { values } = parseArgs({
  // `pnpm <script> -- --flag` passes the `--` through; it separates nothing here.
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: {
    workspaces: { type: "string", default: "100" },
    replicas: { type: "string", default: "1,2,4" },
    seconds: { type: "string", default: "15" },
    "in-flight": { type: "string", default: "64" },
    out: { type: "string", default: "scale-replicas" },
    /** Extra flags of the measured replicas, e.g. "--pg-pool 20". */
    "server-args": { type: "string", default: "" },
  },
});
const WORKSPACES = Number(values.workspaces);
const COUNTS = values.replicas!.split(",").map(Number);
const SECONDS = Number(values.seconds);
const IN_FLIGHT = Number(values["in-flight"]);
const HOUR = 3_600_000;
const BASE = Math.ceil(Date.now() / HOUR) * HOUR + 24 * HOUR;

const pgOrSkip = await startPostgres();
if ("skipped" in pgOrSkip) {
  console.log(`skipped: ${pgOrSkip.skipped}`);
  process.exit(0);
}
const postgres = pgOrSkip;
const rows: (string | number)[][] = [];
const json: Record<string, unknown>[] = [];
let slot = 0;
try {
  for (const count of COUNTS) {
    // A fresh database per replica count: every run starts from the same history.
    const databaseUrl = await postgres.createDatabase(`scale_${count}_${Date.now().toString(36)}`);
    const agents: BenchAgent[] = await provision({ databaseUrl }, async (url) => {
      const out: BenchAgent[] = [];
      for (let i = 0; i < WORKSPACES; i += 10) {
        out.push(
          ...(await Promise.all(
            Array.from({ length: Math.min(10, WORKSPACES - i) }, async (_, j) => (await Owner.signIn(url)).createAgent(`w${i + j}`, 1)),
          )),
        );
      }
      return out;
    });
    const servers: ServerProcess[] = [];
    const args = values["server-args"]!.split(" ").filter(Boolean);
    for (let r = 0; r < count; r++) servers.push(await startServer({ databaseUrl, args }));
    let next = 0;
    let ok = 0;
    let failed = 0;
    const latencies: number[] = [];
    const stopAt = performance.now() + SECONDS * 1000;
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (performance.now() < stopAt) {
          const n = next++;
          const agent = agents[n % agents.length]!;
          const server = servers[n % servers.length]!;
          const start = BASE + slot++ * HOUR;
          const t0 = performance.now();
          const r = await agentCall(server.url, agent, "POST", "/v1/bookings", {
            start: new Date(start).toISOString(),
            end: new Date(start + 30 * 60_000).toISOString(),
          }).catch(() => undefined);
          latencies.push(performance.now() - t0);
          if (r?.status === 201) ok++;
          else failed++;
        }
      }),
    );
    for (const s of servers) await s.stop();
    const perSecond = round(ok / SECONDS, 0);
    json.push({
      replicas: count,
      commits: ok,
      failed,
      commits_per_second: perSecond,
      p50_ms: round(percentile(latencies, 50)),
      p99_ms: round(percentile(latencies, 99)),
    });
    rows.push([count, perSecond, failed, round(percentile(latencies, 50)), round(percentile(latencies, 99))]);
    console.error(JSON.stringify(json.at(-1)));
  }
} finally {
  postgres.stop();
}
const one = Number(rows[0]![1]);
const m = machine();
const md = [
  `### bench/scale — PostgreSQL write throughput, ${WORKSPACES} workspaces, ${IN_FLIGHT} requests in flight, ${SECONDS} s per count${values["server-args"] ? `, replicas with ${values["server-args"]}` : ""} (${machineLine(m)})`,
  "",
  table(["replicas", "commits/s", "failed", "p50 (ms)", "p99 (ms)"], rows),
  "",
  rows.map((r) => `${r[0]} replicas: ${round(Number(r[1]) / one, 2)}× one replica`).join("; "),
].join("\n");
writeReport(values.out!, { machine: m, rows: json }, md);
console.log(md);
