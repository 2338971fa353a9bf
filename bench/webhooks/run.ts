// Webhook outbox cost and delivery rate (docs/protocol.md §10.2): uncontended commits/s with 0, 1
// and 5 subscriptions (each commit writes one outbox row per subscription in its transaction), and
// how fast the worker drains them to a local receiver — deliveries/s and commit-to-arrival latency.
// Bounded in count and time; embedded SQLite; server in production mode, restarted on the store
// provisioned in dev mode.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import { load } from "../lib/load.ts";
import { machine, machineLine, percentile, round, table, writeReport } from "../lib/report.ts";
import { Owner, provision, startServer, tempDir, type BenchAgent } from "../lib/server.ts";

const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: {
    commits: { type: "string" },
    connections: { type: "string" },
    "max-seconds": { type: "string" },
    quick: { type: "boolean" },
    out: { type: "string" },
  },
});
const quick = args.quick ?? false;
const COMMITS = Number(args.commits ?? (quick ? 500 : 3000));
const CONNECTIONS = Number(args.connections ?? 16);
const MAX_SECONDS = Number(args["max-seconds"] ?? 60);
const DAY = 86_400_000;

// The receiver: arrival time of each delivery (first arrival per webhook-id), by event time.
const arrivals = new Map<string, { at: number; eventAt: number }>();
let duplicates = 0;
const receiver = createServer((req, res) => {
  let body = "";
  req.on("data", (c: Buffer) => (body += c.toString()));
  req.on("end", () => {
    const id = String(req.headers["webhook-id"]);
    if (arrivals.has(id)) duplicates++;
    else arrivals.set(id, { at: Date.now(), eventAt: Date.parse((JSON.parse(body) as { timestamp: string }).timestamp) });
    res.writeHead(204).end();
  });
});
await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
const hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
const EXTRA = ["--allow-private-targets", "--webhook-retry-base-ms", "1000"];

interface Row {
  subscriptions: number;
  commits_per_second: number;
  commit_p99_ms: number;
  deliveries: number;
  delivered: number;
  duplicates: number;
  deliveries_per_second: number;
  arrival_p50_ms: number;
  arrival_p99_ms: number;
}

const rows: Row[] = [];
const base = Math.ceil(Date.now() / DAY) * DAY + 2 * DAY;
for (const subscriptions of [0, 1, 5]) {
  arrivals.clear();
  duplicates = 0;
  const dataDir = tempDir(`webhooks-${subscriptions}`);
  const agent = await provision<BenchAgent>({ dataDir, args: EXTRA }, async (url) => {
    const owner = await Owner.signIn(url);
    for (let i = 0; i < subscriptions; i++) {
      const r = await owner.call("POST", "/v1/dashboard/webhooks", { url: `${hookUrl}?s=${i}`, events: ["booking.committed"] });
      if (r.status !== 201) throw new Error(`webhook: ${r.status} ${JSON.stringify(r.body)}`);
    }
    return owner.createAgent("bench", 1);
  });
  const server = await startServer({ dataDir, args: EXTRA });
  try {
    const started = Date.now();
    const result = await load({
      url: server.url,
      connections: CONNECTIONS,
      amount: COMMITS,
      maxSeconds: MAX_SECONDS,
      method: "POST",
      headers: { authorization: `Bearer ${agent.key}` },
      path: () => "/v1/bookings",
      body: (i) => ({ start: new Date(base + i * 3_600_000).toISOString(), end: new Date(base + i * 3_600_000 + 1_800_000).toISOString() }),
    });
    const expected = result.ok * subscriptions;
    const deadline = Date.now() + MAX_SECONDS * 1000;
    while (arrivals.size < expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const times = [...arrivals.values()];
    const last = times.reduce((m, t) => Math.max(m, t.at), started);
    const latency = times.map((t) => t.at - t.eventAt);
    rows.push({
      subscriptions,
      commits_per_second: round(result.ok_per_second, 0),
      commit_p99_ms: result.latency_ms.p99,
      deliveries: expected,
      delivered: arrivals.size,
      duplicates,
      deliveries_per_second: expected ? round(arrivals.size / ((last - started) / 1000), 0) : 0,
      arrival_p50_ms: latency.length ? round(percentile(latency, 50), 0) : 0,
      arrival_p99_ms: latency.length ? round(percentile(latency, 99), 0) : 0,
    });
  } finally {
    await server.stop();
  }
}
receiver.close();

const m = machine();
const md = [
  `Webhook outbox (${COMMITS} uncontended commits, ${CONNECTIONS} connections; ${machineLine(m)})`,
  "",
  table(
    [
      "subscriptions",
      "commits/s",
      "commit p99 ms",
      "deliveries",
      "delivered",
      "duplicates",
      "deliveries/s",
      "commit→arrival p50 ms",
      "p99 ms",
    ],
    rows.map((r) => [
      r.subscriptions,
      r.commits_per_second,
      r.commit_p99_ms,
      r.deliveries,
      r.delivered,
      r.duplicates,
      r.deliveries_per_second,
      r.arrival_p50_ms,
      r.arrival_p99_ms,
    ]),
  ),
].join("\n");
const paths = writeReport(args.out ?? (quick ? "webhooks-quick" : "webhooks"), { machine: m, commits: COMMITS, rows }, md);
console.log(md);
console.log(`\n${paths.md}`);
