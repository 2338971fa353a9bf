// bench/scale, PostgreSQL: write throughput across 100 workspaces with 1, 2 and 4 stateless
// replicas on one PostgreSQL (fsync on), without and with injected network latency between the
// replicas and PostgreSQL (toxiproxy, built from its Go module: bench/lib/toxiproxy.ts; 2 ms per
// round trip = 1 ms each way), all cells in one run. Each workspace has one priority-1 agent
// committing new slots (its only agent, so the arbitration window never waits); the load keeps a
// fixed number of requests in flight per replica (`--in-flight-per-replica`, or a fixed total with
// `--in-flight`), each to the next replica in turn, for a fixed time per cell, each cell on a fresh
// copy of one provisioned database.
//   pnpm --filter @agentdraft/bench scale:replicas [-- --workspaces 100 --replicas 1,2,4 --latency 0,2 --seconds 15
//       --in-flight-per-replica 16 "--server-args=--pg-pool 4"]
import { readFileSync } from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { startPostgres } from "../lib/postgres.ts";
import { machine, machineLine, percentile, round, table, writeReport } from "../lib/report.ts";
import { agentCall, Owner, provision, startServer, tempDir, type BenchAgent, type ServerProcess } from "../lib/server.ts";
import { startToxiproxy, toxiproxyBinary, type Toxiproxy } from "../lib/toxiproxy.ts";

const { values } = parseArgs({
  // `pnpm <script> -- --flag` passes the `--` through; it separates nothing here.
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: {
    workspaces: { type: "string", default: "100" },
    replicas: { type: "string", default: "1,2,4" },
    /** Injected latency per round trip between replicas and PostgreSQL, ms (0: direct connection, no proxy). */
    latency: { type: "string", default: "0,2" },
    seconds: { type: "string", default: "15" },
    /** Requests in flight per replica (the load grows with the replicas, as clients of a bigger deployment would). */
    "in-flight-per-replica": { type: "string", default: "16" },
    /** A fixed total of requests in flight instead (overrides --in-flight-per-replica). */
    "in-flight": { type: "string" },
    /**
     * Each cell is measured this many times, the replica counts in turn (forward, then backward, …)
     * so that a machine getting busier or quieter during the run weighs on every count alike; the
     * ratios use each count's median.
     */
    rounds: { type: "string", default: "2" },
    /** Hard stop on requests per cell (every loop bounded in count and time). */
    "max-requests": { type: "string", default: "200000" },
    out: { type: "string", default: "scale-replicas" },
    /** Extra flags of the measured replicas, e.g. "--pg-pool 4". */
    "server-args": { type: "string", default: "--pg-pool 4" },
    /** Writes a CPU profile of every replica (node --cpu-prof) into this directory. */
    profile: { type: "string" },
  },
});
const WORKSPACES = Number(values.workspaces);
const COUNTS = values.replicas!.split(",").map(Number);
const LATENCIES = values.latency!.split(",").map(Number);
const SECONDS = Number(values.seconds);
const PER_REPLICA = Number(values["in-flight-per-replica"]);
const FIXED = values["in-flight"] !== undefined ? Number(values["in-flight"]) : undefined;
const MAX_REQUESTS = Number(values["max-requests"]);
const ROUNDS = Number(values.rounds);
/** [round, replica count] in the order measured: the counts forward in odd rounds, backward in even ones. */
const SCHEDULE = Array.from({ length: ROUNDS }, (_, r) =>
  (r % 2 === 0 ? COUNTS : [...COUNTS].reverse()).map((c) => [r + 1, c] as const),
).flat();
const HOUR = 3_600_000;
const BASE = Math.ceil(Date.now() / HOUR) * HOUR + 24 * HOUR;
const TICK = 100; // clock ticks per second of /proc/<pid>/stat (USER_HZ)

/** CPU seconds a process has used (user + system), from /proc; 0 where there is no /proc. */
function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / TICK;
  } catch {
    return 0;
  }
}

/** CPU seconds the whole machine spent busy (all cores), from /proc/stat. */
function machineBusySeconds(): number {
  try {
    const cpu = readFileSync("/proc/stat", "utf8").split("\n")[0]!.split(/\s+/).slice(1).map(Number);
    const idle = cpu[3]! + cpu[4]!;
    return (cpu.reduce((a, b) => a + b, 0) - idle) / TICK;
  } catch {
    return 0;
  }
}

/**
 * Samples what the cell's PostgreSQL sessions are doing every 100 ms until `stopAt` (bounded):
 * running (CPU), waiting on a lock (the per-workspace advisory locks among them), on I/O (WAL
 * flush), or idle in a transaction / idle (waiting for the replica: its CPU, the network).
 */
async function sampleSessions(url: string, stopAt: number): Promise<Record<string, number>> {
  const client = new pg.Client(url);
  await client.connect();
  const counts: Record<string, number> = {};
  let samples = 0;
  try {
    while (performance.now() < stopAt && samples < 1000) {
      const { rows } = await client.query<{ state: string | null; wait_event_type: string | null; wait_event: string | null }>(
        `SELECT state, wait_event_type, wait_event FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
      );
      for (const r of rows) {
        const key =
          r.state === "active"
            ? r.wait_event_type
              ? `active:${r.wait_event_type}:${r.wait_event}`
              : "active:cpu"
            : r.state === "idle in transaction"
              ? "idle in transaction"
              : "idle";
        counts[key] = (counts[key] ?? 0) + 1;
      }
      samples++;
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await client.end();
  }
  // Mean number of sessions in each state.
  return Object.fromEntries(
    Object.entries(counts)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => [k, round(v / Math.max(1, samples), 2)]),
  );
}

const pgOrSkip = await startPostgres();
if ("skipped" in pgOrSkip) {
  console.log(`skipped: ${pgOrSkip.skipped}`);
  process.exit(0);
}
const postgres = pgOrSkip;
let toxiproxy: Toxiproxy | undefined;
const rows: (string | number)[][] = [];
const json: Record<string, unknown>[] = [];
let slot = 0;
try {
  if (LATENCIES.some((l) => l > 0)) {
    const binary = toxiproxyBinary();
    if (typeof binary !== "string") throw new Error(`injected latency needs toxiproxy: ${binary.skipped}`);
    toxiproxy = await startToxiproxy(binary);
  }
  const proxied = toxiproxy ? await toxiproxy.proxy("pg", postgres.hostPort) : undefined;

  // Provisioned once (owners and agents through the dev HTTP API), then copied for every cell.
  const template = `scale_tpl_${Date.now().toString(36)}`;
  const templateUrl = await postgres.createDatabase(template);
  // One data directory for every server: the replicas share its key file (the store's keys).
  const dataDir = tempDir("scale-replicas");
  const agents: BenchAgent[] = await provision({ databaseUrl: templateUrl, dataDir }, async (url) => {
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

  for (const latency of LATENCIES) {
    if (latency > 0) await toxiproxy!.setLatency("pg", latency / 2);
    for (const [pass, count] of SCHEDULE) {
      const direct = await postgres.createDatabase(`scale_${latency}_${count}_${pass}_${Date.now().toString(36)}`, template);
      const databaseUrl = latency > 0 ? direct.replace(postgres.hostPort, proxied!) : direct;
      const servers: ServerProcess[] = [];
      const args = values["server-args"]!.split(" ").filter(Boolean);
      for (let r = 0; r < count; r++)
        servers.push(
          await startServer({
            databaseUrl,
            dataDir,
            args,
            nodeArgs: values.profile ? ["--cpu-prof", `--cpu-prof-dir=${values.profile}`] : [],
          }),
        );
      const inFlight = FIXED ?? PER_REPLICA * count;
      let next = 0;
      let ok = 0;
      let failed = 0;
      const latencies: number[] = [];
      const cpu0 = servers.map((s) => cpuSeconds(s.child.pid));
      const busy0 = machineBusySeconds();
      const started = performance.now();
      const stopAt = started + SECONDS * 1000;
      const sessions = sampleSessions(direct, stopAt);
      await Promise.all(
        Array.from({ length: inFlight }, async () => {
          while (performance.now() < stopAt && next < MAX_REQUESTS) {
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
      const wall = (performance.now() - started) / 1000;
      const pgSessions = await sessions;
      const serverCpu = servers.reduce((sum, s, i) => sum + cpuSeconds(s.child.pid) - cpu0[i]!, 0);
      const machineBusy = (machineBusySeconds() - busy0) / wall / os.cpus().length;
      for (const s of servers) await s.stop();
      const perSecond = round(ok / wall, 0);
      json.push({
        latency_ms_per_round_trip: latency,
        round: pass,
        replicas: count,
        in_flight: inFlight,
        commits: ok,
        failed,
        seconds: round(wall),
        commits_per_second: perSecond,
        p50_ms: round(percentile(latencies, 50)),
        p99_ms: round(percentile(latencies, 99)),
        replica_cpu_seconds_per_second: round(serverCpu / wall),
        machine_busy: round(machineBusy),
        pg_sessions: pgSessions,
      });
      rows.push([
        latency,
        pass,
        count,
        inFlight,
        perSecond,
        failed,
        round(percentile(latencies, 50)),
        round(percentile(latencies, 99)),
        round(serverCpu / wall),
        `${round(machineBusy * 100, 0)} %`,
        Object.entries(pgSessions)
          .slice(0, 4)
          .map(([k, v]) => `${k} ${v}`)
          .join(", "),
      ]);
      console.error(JSON.stringify(json.at(-1)));
    }
  }
} finally {
  toxiproxy?.stop();
  postgres.stop();
}
const m = machine();
const ratios = LATENCIES.map((latency) => {
  const median = (count: number) => {
    const v = rows
      .filter((r) => r[0] === latency && r[2] === count)
      .map((r) => Number(r[4]))
      .sort((a, b) => a - b);
    return (v[Math.floor((v.length - 1) / 2)]! + v[Math.ceil((v.length - 1) / 2)]!) / 2;
  };
  const one = median(COUNTS.includes(1) ? 1 : COUNTS[0]!);
  return `${latency} ms: ${COUNTS.map((c) => `${c} replicas ${round(median(c), 0)}/s, ${round(median(c) / one, 2)}×`).join("; ")}`;
});
const md = [
  `### bench/scale — PostgreSQL write throughput, ${WORKSPACES} workspaces, ${FIXED !== undefined ? `${FIXED} requests in flight` : `${PER_REPLICA} requests in flight per replica`}, ${SECONDS} s per cell${values["server-args"] ? `, replicas with ${values["server-args"]}` : ""} (${machineLine(m)})`,
  "",
  table(
    [
      "latency per round trip (ms)",
      "round",
      "replicas",
      "in flight",
      "commits/s",
      "failed",
      "p50 (ms)",
      "p99 (ms)",
      "replica CPU (cores)",
      "machine busy",
      "PostgreSQL sessions (mean number, by state)",
    ],
    rows,
  ),
  "",
  `Median per replica count and ratio to one replica, same run: ${ratios.join(" — ")}`,
].join("\n");
writeReport(values.out!, { machine: m, rows: json }, md);
console.log(md);
