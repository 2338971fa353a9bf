// bench/throughput: uncontended commits/s and availability queries/s over HTTP at a fixed
// concurrency, next to a bare-HTTP baseline (Hono on @hono/node-server answering a constant)
// measured in the same run; the engine alone in commands/s; availability p99 over 10 000 bookings.
//
//   pnpm --filter @agentdraft/bench throughput [-- --quick] [-- --connections 32 --commits 20000 ...]
//
// Every load loop is bounded in count and in time; every server binds 127.0.0.1 only.
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { startServer as startProcess } from "@agentdraft/server/testing";
import { load, type LoadResult } from "../lib/load.ts";
import { machine, machineLine, percentile, processCpuSeconds, round, table, verdict, writeReport } from "../lib/report.ts";
import { Owner, agentCall, provision, startServer, tempDir, type BenchAgent, type Loose } from "../lib/server.ts";
import { availabilityLatency, engineThroughput } from "./engine.ts";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const { values: args } = parseArgs({
  // `pnpm <script> -- --flag` passes the `--` through; it separates nothing here.
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: {
    connections: { type: "string", default: "32" },
    commits: { type: "string", default: "20000" },
    "availability-requests": { type: "string", default: "20000" },
    "seed-bookings": { type: "string", default: "10000" },
    "latency-queries": { type: "string", default: "1000" },
    "engine-commands": { type: "string", default: "50000" },
    "max-seconds": { type: "string", default: "60" },
    "skip-http": { type: "boolean", default: false },
    quick: { type: "boolean", default: false },
    profile: { type: "string" },
    out: { type: "string" },
  },
});
const quick = args.quick;
const n = (name: keyof typeof args, quickValue: number) => (quick ? quickValue : Number(args[name]));
const CONNECTIONS = Number(args.connections);
const COMMITS = n("commits", 3000);
const AVAILABILITY_REQUESTS = n("availability-requests", 3000);
const SEED = n("seed-bookings", 10_000);
const LATENCY_QUERIES = n("latency-queries", 300);
const ENGINE_COMMANDS = n("engine-commands", 10_000);
const MAX_SECONDS = Number(args["max-seconds"]);
/** The baseline answers in microseconds: give it enough requests for a few seconds of load. */
const BASELINE_REQUESTS = Math.max(quick ? 10_000 : 30_000, COMMITS);

const log = (msg: string) => console.error(`[throughput] ${msg}`);

/** 30-minute slot i, one an hour, from two days ahead on a whole day (never in the past). */
function slotBody(base: number, i: number) {
  const start = base + i * HOUR;
  return { start: new Date(start).toISOString(), end: new Date(start + 30 * 60_000).toISOString(), mode: "commit" };
}

function dayQuery(base: number, day: number, days = 1): string {
  const start = base + day * DAY;
  return `/v1/availability?range_start=${new Date(start).toISOString()}&range_end=${new Date(start + days * DAY).toISOString()}&duration_minutes=30`;
}

/** The bare-HTTP baseline, started like the server (a child that prints "listening on <url>"; it ignores the server's flags). */
function startBaseline() {
  return startProcess({ main: path.join(HERE, "baseline-server.ts"), dev: false, removeDataOnStop: true });
}

/** Sequential (concurrency 1) availability queries: the latency of one query on an idle server. */
async function sequentialLatency(url: string, agent: BenchAgent, base: number, days: number, queries: number, lengthDays: number) {
  const samples: number[] = [];
  const deadline = Date.now() + MAX_SECONDS * 1000;
  for (let q = 0; q < queries + 50 && Date.now() < deadline; q++) {
    const day = (q * 7919) % Math.max(1, days - lengthDays);
    const t = performance.now();
    const res = await agentCall(url, agent, "GET", dayQuery(base, day, lengthDays));
    const ms = performance.now() - t;
    if (res.status !== 200) throw new Error(`availability: ${res.status} ${JSON.stringify(res.body)}`);
    if (q >= 50) samples.push(ms); // the first 50 warm up
  }
  return {
    queries: samples.length,
    p50_ms: round(percentile(samples, 50), 2),
    p99_ms: round(percentile(samples, 99), 2),
    max_ms: round(Math.max(...samples), 2),
  };
}

const summarize = (r: LoadResult) => ({
  per_second: Math.round(r.ok_per_second),
  requests: r.requests,
  ok: r.ok,
  non2xx: r.non2xx,
  errors: r.errors,
  seconds: round(r.seconds, 2),
  latency_ms: r.latency_ms,
  stopped_early: r.stopped_early,
});

const m = machine();
log(`machine: ${machineLine(m)}`);

// ---------------------------------------------------------------------------- engine alone
log(`engine alone: ${ENGINE_COMMANDS} uncontended commits`);
const engine = engineThroughput(ENGINE_COMMANDS);
log(`engine: ${engine.engine_commands_per_second} commands/s, with the shell's pure work ${engine.shell_commands_per_second}/s`);
const engineAvailability = availabilityLatency(SEED, LATENCY_QUERIES * 2);
log(`availability in-process over ${SEED} bookings: ${engineAvailability.map((a) => `${a.range} p99 ${a.p99_ms} ms`).join(", ")}`);

let http: Record<string, unknown> | undefined;
if (!args["skip-http"]) {
  // -------------------------------------------------------------------------- bare-HTTP baseline
  const base = Math.ceil(Date.now() / DAY) * DAY + 2 * DAY;
  const baseline = await startBaseline();
  log(`baseline at ${baseline.url}`);
  const bopts = { url: baseline.url, connections: CONNECTIONS, maxSeconds: MAX_SECONDS };
  await load({ ...bopts, amount: 2000, method: "POST", path: () => "/v1/bookings", body: (i) => slotBody(base, i) });
  const baselineCpu0 = processCpuSeconds(baseline.child.pid);
  const baselinePost = await load({
    ...bopts,
    amount: BASELINE_REQUESTS,
    method: "POST",
    path: () => "/v1/bookings",
    body: (i) => slotBody(base, i),
  });
  const baselineCpuUs = ((processCpuSeconds(baseline.child.pid) - baselineCpu0) / Math.max(1, baselinePost.ok)) * 1e6;
  const baselineGet = await load({ ...bopts, amount: BASELINE_REQUESTS, method: "GET", path: (i) => dayQuery(base, i % 300) });
  await baseline.stop();
  log(`baseline: POST ${Math.round(baselinePost.ok_per_second)}/s, GET ${Math.round(baselineGet.ok_per_second)}/s`);

  // -------------------------------------------------------------------------- the reference server
  const dataDir = tempDir("throughput");
  const { committer, reader } = await provision({ dataDir }, async (url) => {
    const one = await Owner.signIn(url);
    const committer = await one.createAgent("committer", 1);
    // A second workspace whose calendar gets exactly SEED bookings, for the availability latency.
    const two = await Owner.signIn(url);
    const reader = await two.createAgent("reader", 1);
    return { committer, reader };
  });
  const server = await startServer({ dataDir, nodeArgs: args.profile ? ["--cpu-prof", `--cpu-prof-dir=${args.profile}`] : [] });
  log(`server at ${server.url} (production mode, embedded SQLite in ${dataDir})`);
  const auth = (a: BenchAgent) => ({ authorization: `Bearer ${a.key}` });
  const sopts = { url: server.url, connections: CONNECTIONS, maxSeconds: MAX_SECONDS };
  try {
    // Warm-up, then the measured run: every commit a new 30-minute slot, one an hour.
    const warm = 2000;
    await load({
      ...sopts,
      amount: warm,
      method: "POST",
      headers: auth(committer),
      path: () => "/v1/bookings",
      body: (i) => slotBody(base, i),
    });
    const serverCpu0 = processCpuSeconds(server.child.pid);
    const commits = await load({
      ...sopts,
      amount: COMMITS,
      method: "POST",
      headers: auth(committer),
      path: () => "/v1/bookings",
      body: (i) => slotBody(base, warm + i),
    });
    const commitCpuUs = ((processCpuSeconds(server.child.pid) - serverCpu0) / Math.max(1, commits.ok)) * 1e6;
    log(
      `commits: ${Math.round(commits.ok_per_second)}/s (${commits.ok} × 201, ${commits.non2xx} other), p50 ${commits.latency_ms.p50} ms, p99 ${commits.latency_ms.p99} ms`,
    );
    const booked = warm + commits.ok;

    // Seed the second calendar with SEED bookings (24 a day), timed as well.
    const seed = await load({
      ...sopts,
      amount: SEED,
      method: "POST",
      headers: auth(reader),
      path: () => "/v1/bookings",
      body: (i) => slotBody(base, i),
    });
    log(`seeded ${seed.ok} bookings at ${Math.round(seed.ok_per_second)}/s`);

    const availabilityLoad = await load({
      ...sopts,
      amount: AVAILABILITY_REQUESTS,
      method: "GET",
      headers: auth(reader),
      path: (i) => dayQuery(base, (i * 7919) % Math.max(1, Math.floor(SEED / 24))),
    });
    log(`availability: ${Math.round(availabilityLoad.ok_per_second)}/s, p99 ${availabilityLoad.latency_ms.p99} ms under load`);
    const days = Math.floor(SEED / 24);
    const latency1 = await sequentialLatency(server.url, reader, base, days, LATENCY_QUERIES, 1);
    const latency7 = await sequentialLatency(server.url, reader, base, days, Math.ceil(LATENCY_QUERIES / 2), 7);
    log(`availability over HTTP, one at a time, ${SEED} bookings: 1 day p99 ${latency1.p99_ms} ms, 7 days p99 ${latency7.p99_ms} ms`);

    http = {
      connections: CONNECTIONS,
      baseline: { post_constant: summarize(baselinePost), get_constant: summarize(baselineGet) },
      commits: { ...summarize(commits), calendar_bookings_after: booked },
      seed_commits: summarize(seed),
      availability_under_load: { ...summarize(availabilityLoad), calendar_bookings: seed.ok, range: "1 day" },
      availability_latency: { calendar_bookings: seed.ok, one_day: latency1, seven_days: latency7 },
      ratio_commits_to_baseline: round(commits.ok_per_second / baselinePost.ok_per_second, 3),
      cpu_us_per_request: { baseline_post: round(baselineCpuUs, 1), commit: round(commitCpuUs, 1) },
      // What the throughput ratio would be if each process had a core of its own: CPU per request.
      ratio_commits_to_baseline_by_cpu: round(baselineCpuUs / commitCpuUs, 3),
      ratio_availability_to_baseline: round(availabilityLoad.ok_per_second / baselineGet.ok_per_second, 3),
    };
  } finally {
    await server.stop();
  }
}

// ---------------------------------------------------------------------------- report
const report = { bench: "throughput", machine: m, quick, engine: { ...engine, availability: engineAvailability }, http };
const h = http as Loose;
const rows: (string | number)[][] = [];
if (h) {
  rows.push(
    [
      "bare Hono baseline, POST (constant)",
      `${h.baseline.post_constant.per_second}/s`,
      `p50 ${h.baseline.post_constant.latency_ms.p50} ms, p99 ${h.baseline.post_constant.latency_ms.p99} ms`,
    ],
    [
      "uncontended commits over HTTP",
      `${h.commits.per_second}/s`,
      `p50 ${h.commits.latency_ms.p50} ms, p99 ${h.commits.latency_ms.p99} ms; ${h.commits.non2xx} non-201`,
    ],
    ["commits ÷ baseline", h.ratio_commits_to_baseline, verdict(h.ratio_commits_to_baseline, 0.5, "min")],
    [
      "CPU per request (server process)",
      `${h.cpu_us_per_request.commit} µs per commit`,
      `baseline ${h.cpu_us_per_request.baseline_post} µs per POST; ratio by CPU ${h.ratio_commits_to_baseline_by_cpu}`,
    ],
    ["bare Hono baseline, GET (constant)", `${h.baseline.get_constant.per_second}/s`, `p99 ${h.baseline.get_constant.latency_ms.p99} ms`],
    [
      `availability queries over HTTP (1 day, ${h.availability_under_load.calendar_bookings} bookings)`,
      `${h.availability_under_load.per_second}/s`,
      `p99 ${h.availability_under_load.latency_ms.p99} ms under load`,
    ],
    ["availability ÷ baseline", h.ratio_availability_to_baseline, ""],
    [
      `availability p99, HTTP, one at a time (${h.availability_latency.calendar_bookings} bookings)`,
      `1 day ${h.availability_latency.one_day.p99_ms} ms`,
      `7 days ${h.availability_latency.seven_days.p99_ms} ms`,
    ],
  );
}
rows.push(
  [
    "engine alone (decide)",
    `${engine.engine_commands_per_second} commands/s`,
    `p50 ${engine.engine_us_per_command.p50} µs, p99 ${engine.engine_us_per_command.p99} µs; ${engine.commands} commits on one calendar`,
  ],
  ["engine + shell, no store", `${engine.shell_commands_per_second} commands/s`, "audit events, leaf hashes, booking views, command JSON"],
  ...engineAvailability.map((a) => [
    `availability in-process (${a.range}, ${a.bookings} bookings)`,
    `p99 ${a.p99_ms} ms`,
    `p50 ${a.p50_ms} ms, max ${a.max_ms} ms`,
  ]),
);
const targets: string[] = [];
if (h) {
  targets.push(`- ≥ 5 000 uncontended commits/s embedded: ${verdict(h.commits.per_second, 5000, "min", "/s")}`);
  targets.push(`- ≥ half the bare-HTTP baseline: ${verdict(h.ratio_commits_to_baseline, 0.5, "min")}`);
  targets.push(
    `- availability p99 ≤ 5 ms on ${h.availability_latency.calendar_bookings} bookings (HTTP, 1 day): ${verdict(h.availability_latency.one_day.p99_ms, 5, "max", " ms")}`,
  );
}
const md = [
  `## bench/throughput${quick ? " (quick)" : ""}`,
  "",
  `Machine: ${machineLine(m)}. Concurrency ${CONNECTIONS}, embedded SQLite, production mode.`,
  "",
  table(["measure", "figure", "detail"], rows),
  "",
  ...targets,
].join("\n");
const paths = writeReport(args.out ?? (quick ? "throughput-quick" : "throughput"), report, md);
console.log(md);
log(`wrote ${paths.json} and ${paths.md}`);
