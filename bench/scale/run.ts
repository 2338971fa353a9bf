// bench/scale: restart time and memory as history grows. 1 000 workspaces (one owner and one agent
// each) get 10 k, then 100 k, then 1 M stored commands in all (commits of new slots, spread evenly);
// at each size the server restarts (3 times, median reported) in production mode on the embedded store, and the run records the
// time until `/healthz` answers, the time until 10 workspaces answered a read and a write each (they
// load from their latest snapshot plus tail), and the server's RSS after that.
//   pnpm --filter @agentdraft/bench scale [-- --workspaces 1000 --sizes 10000,100000,1000000]
// The commands are stored in-process through the server's own ledgers (the same code path as HTTP
// writes, minus the HTTP), which is what makes 1 M commands take minutes rather than an hour.
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Command } from "../../packages/server/src/engine/index.ts";
import { Ledgers } from "../../packages/server/src/shell/ledgers.ts";
import { openStore } from "../../packages/server/src/store/open.ts";
import { agentCall, call, Owner, provision, startServer, tempDir, type BenchAgent } from "../lib/server.ts";
import { machine, machineLine, round, table, writeReport } from "../lib/report.ts";

const { values } = parseArgs({
  // `pnpm <script> -- --flag` passes the `--` through; it separates nothing here.
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: {
    workspaces: { type: "string", default: "1000" },
    sizes: { type: "string", default: "10000,100000,1000000" },
    active: { type: "string", default: "10" },
    out: { type: "string", default: "scale" },
  },
});
const WORKSPACES = Number(values.workspaces);
const SIZES = values.sizes!.split(",").map(Number);
const ACTIVE = Number(values.active);
const HOUR = 3_600_000;
const BASE = Math.ceil(Date.now() / HOUR) * HOUR + 24 * HOUR;

interface Workspace {
  workspace_id: string;
  agent: BenchAgent;
}

async function provisionWorkspaces(dataDir: string): Promise<Workspace[]> {
  return provision({ dataDir }, async (url) => {
    const out: Workspace[] = [];
    for (let i = 0; i < WORKSPACES; i += 20) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(20, WORKSPACES - i) }, async (_, j) => {
          const owner = await Owner.signIn(url, `scale-${i + j}@example.com`);
          const ws = (await owner.call("GET", "/v1/dashboard/workspace")).body.workspace_id as string;
          return { workspace_id: ws, agent: await owner.createAgent(`scale-${i + j}`, 1) };
        }),
      );
      out.push(...batch);
    }
    return out;
  });
}

/** Stores commits until the workspaces hold `target` commands in all (beyond their setup commands). */
async function seed(dataDir: string, workspaces: Workspace[], from: number, target: number): Promise<number> {
  const db = await openStore({ dataDir });
  const ledgers = new Ledgers(db, { cacheWorkspaces: WORKSPACES });
  const started = performance.now();
  let stored = from;
  const perRound = 50;
  while (stored < target) {
    const round = Math.min(perRound * workspaces.length, target - stored);
    const first = stored;
    await Promise.all(
      workspaces.map(async (w, k) => {
        const mine: Promise<unknown>[] = [];
        for (let n = k; n < round; n += workspaces.length) {
          const slot = Math.floor((first + n) / workspaces.length); // this workspace's n-th commit overall
          mine.push(
            ledgers.execute(w.workspace_id, (seq, at) => ({
              command: {
                type: "bookings.write",
                seq,
                at,
                writes: [
                  {
                    booking_id: `bkg_scale_${w.workspace_id}_${slot}`,
                    agent_id: w.agent.agent_id,
                    calendar_id: w.agent.calendar_id,
                    start: BASE + slot * HOUR,
                    end: BASE + slot * HOUR + 30 * 60_000,
                    mode: "commit",
                    metadata: {},
                    seq: 1,
                  },
                ],
              } as Command,
              ctx: {
                workspace_id: w.workspace_id,
                request_id: "req_scale",
                method: "POST",
                path: "/v1/bookings",
                actor: { type: "agent", agent_id: w.agent.agent_id },
              },
            })),
          );
        }
        await Promise.all(mine);
      }),
    );
    stored += round;
  }
  await ledgers.close();
  await db.close();
  return (performance.now() - started) / 1000;
}

function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8")
    .split("\n")
    .find((l) => l.startsWith("VmRSS:"))!;
  return round(Number(/\d+/.exec(line)![0]) / 1024, 1);
}

/** Restarts measured per size; the median is reported (one restart is noisy on a small machine). */
const RESTARTS = 3;
/** Sizes measured so far. */
let measured = 0;

async function measure(dataDir: string, workspaces: Workspace[]) {
  // Let the seeding's writes reach the disk first: writeback would otherwise slow the restart.
  execFileSync("sync");
  const runs: Awaited<ReturnType<typeof restartOnce>>[] = [];
  for (let i = 0; i < RESTARTS; i++) runs.push(await restartOnce(dataDir, workspaces, i));
  measured++;
  const median = (key: keyof (typeof runs)[number]) => [...runs.map((r) => r[key])].sort((x, y) => x - y)[Math.floor(RESTARTS / 2)]!;
  return {
    restart_ms: median("restart_ms"),
    first_use_of_10_ms: median("first_use_of_10_ms"),
    rss_idle_mb: median("rss_idle_mb"),
    rss_10_active_mb: median("rss_10_active_mb"),
  };
}

async function restartOnce(dataDir: string, workspaces: Workspace[], run: number) {
  const t0 = performance.now();
  const server = await startServer({ dataDir });
  for (;;) {
    const r = await call(server.url, "GET", "/healthz").catch(() => undefined);
    if (r?.status === 200) break;
    await new Promise((res) => setTimeout(res, 5));
  }
  const restartMs = performance.now() - t0;
  const rssIdle = rssMb(server.child.pid!);
  const t1 = performance.now();
  const active = workspaces.slice(0, ACTIVE);
  for (const w of active) {
    const list = await agentCall(server.url, w.agent, "GET", "/v1/bookings?limit=10");
    if (list.status !== 200) throw new Error(`list: ${list.status}`);
    // A slot of its own per restart (before the seeded ones): the write is a real commit every time.
    const at = BASE - (2 + run + RESTARTS * measured) * HOUR;
    const slot = { start: new Date(at).toISOString(), end: new Date(at + 30 * 60_000).toISOString() };
    const write = await agentCall(server.url, w.agent, "POST", "/v1/bookings", slot);
    if (write.status !== 201) throw new Error(`write: ${write.status} ${JSON.stringify(write.body)}`);
  }
  const activeMs = performance.now() - t1;
  const rssActive = rssMb(server.child.pid!);
  await server.stop();
  return { restart_ms: round(restartMs, 0), first_use_of_10_ms: round(activeMs, 0), rss_idle_mb: rssIdle, rss_10_active_mb: rssActive };
}

const dataDir = tempDir("scale");
console.error(`provisioning ${WORKSPACES} workspaces in ${dataDir} …`);
const workspaces = await provisionWorkspaces(dataDir);
const rows: Record<string, number | string>[] = [];
let stored = 0;
for (const size of SIZES) {
  console.error(`storing commands up to ${size} …`);
  const seedSeconds = await seed(dataDir, workspaces, stored, size);
  stored = size;
  const m = await measure(dataDir, workspaces);
  const dbMb = round(statSync(path.join(dataDir, "agentdraft.db")).size / 1024 / 1024, 0);
  rows.push({ commands: size, seed_s: round(seedSeconds, 1), store_mb: dbMb, ...m });
  console.error(JSON.stringify(rows.at(-1)));
}
const first = rows[0]!;
const last = rows.at(-1)!;
const ratios = {
  restart: round(Number(last.restart_ms) / Number(first.restart_ms), 2),
  rss_10_active: round(Number(last.rss_10_active_mb) / Number(first.rss_10_active_mb), 2),
};
const m = machine();
const md = [
  `### bench/scale — ${WORKSPACES} workspaces, embedded SQLite, snapshot every 1000 commands (${machineLine(m)})`,
  "",
  table(
    [
      "stored commands",
      "restart until /healthz (ms)",
      "first use of 10 workspaces (ms)",
      "RSS idle (MB)",
      "RSS, 10 active (MB)",
      "store (MB)",
    ],
    rows.map((r) => [r.commands!, r.restart_ms!, r.first_use_of_10_ms!, r.rss_idle_mb!, r.rss_10_active_mb!, r.store_mb!]),
  ),
  "",
  `restart at ${last.commands} / at ${first.commands}: ${ratios.restart}× (target ≤ 1.5×); RSS with ${ACTIVE} active: ${ratios.rss_10_active}× (target ≤ 1.3×)`,
].join("\n");
writeReport(values.out!, { machine: m, workspaces: WORKSPACES, rows, ratios }, md);
console.log(md);
rmSync(dataDir, { recursive: true, force: true }); // gigabytes at 1 M commands
