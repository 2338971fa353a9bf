// bench/race: K rounds × N agents (priorities 1..N) commit one slot at once, through the TS SDK
// and through the Python SDK, against servers this bench starts: embedded (SQLite) and, when
// PostgreSQL is installed, 2 stateless replicas on one PostgreSQL. Reports rounds with exactly one
// winner, double commits, rounds with no winner, the priority-1 win rate and commit latency.
//
//   pnpm --filter @agentdraft/bench race [-- --rounds 100 --agents 5 --sdk ts,python --store embedded,postgres]
//
// Every round waits for its N replies; the run is bounded by --rounds and --max-seconds.
//
// `--race move` (issue 18, docs/protocol.md §12.1) races moves instead: before each round every agent
// commits a booking of its own elsewhere (untimed), then all move theirs into the round's slot at
// once through the TypeScript SDK. Exactly one move must win (priority 1) and every loser's booking
// must still be where it was. `--race commit,move` (the default) runs both.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { AgentDraft, Conflict, AgentDraftError } from "@agentdraft/sdk";
import { startPostgres, type Postgres } from "../lib/postgres.ts";
import { machine, machineLine, percentile, round, table, verdict, writeReport } from "../lib/report.ts";
import { Owner, agentCall, provision, startServer, tempDir, type BenchAgent, type ServerProcess } from "../lib/server.ts";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SDK_PYTHON = path.resolve(HERE, "../../packages/sdk-python");
const HOUR = 3_600_000;

const { values: args } = parseArgs({
  // `pnpm <script> -- --flag` passes the `--` through; it separates nothing here.
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: {
    rounds: { type: "string", default: "100" },
    agents: { type: "string", default: "5" },
    sdk: { type: "string", default: "ts,python" },
    store: { type: "string", default: "embedded,postgres" },
    replicas: { type: "string", default: "2" },
    /** Arbitration window (ms) of the calendar; unset keeps the server default (50 ms). */
    window: { type: "string" },
    "max-seconds": { type: "string", default: "300" },
    minutes: { type: "string", default: "30" },
    out: { type: "string", default: "race" },
    race: { type: "string", default: "commit,move" },
  },
});
const ROUNDS = Number(args.rounds);
const AGENTS = Number(args.agents);
const REPLICAS = Number(args.replicas);
const MAX_SECONDS = Number(args["max-seconds"]);
const MINUTES = Number(args.minutes);
const SDKS = args.sdk.split(",").filter(Boolean) as ("ts" | "python")[];
const STORES = args.store.split(",").filter(Boolean) as ("embedded" | "postgres")[];
const RACES = args.race.split(",").filter(Boolean) as ("commit" | "move")[];

const log = (msg: string) => console.error(`[race] ${msg}`);

interface Reply {
  agent_id: string;
  priority: number;
  status: number;
  latency_ms: number;
  booking_id?: string;
  code?: string;
  winning_agent_id?: string;
}

interface RaceResult {
  store: string;
  sdk: string;
  /** What raced: new commits, or moves of existing commits into one slot. */
  race: "commit" | "move";
  /** Move races: losers whose booking was still COMMITTED where it was, of all losers. */
  losers_unchanged?: { unchanged: number; losers: number };
  servers: number;
  rounds: number;
  agents: number;
  arbitration_window_ms: number | "default (50)";
  exactly_one_winner: number;
  no_winner: number;
  /** Rounds with more than one 201 (a later, higher-priority commit evicted an earlier winner). */
  several_201: number;
  /** Rounds that ended with more than one COMMITTED booking on the slot: must be 0. */
  double_commits: number;
  priority1_wins: number;
  priority1_win_rate: number;
  other_statuses: Record<string, number>;
  latency_ms: {
    all: { p50: number; p99: number; max: number };
    winners: { p50: number; p99: number };
    losers: { p50: number; p99: number };
  };
  seconds: number;
}

// ---------------------------------------------------------------------------- the two drivers

async function raceTs(agents: BenchAgent[], urls: string[], slots: number[]): Promise<Reply[][]> {
  const clients = new Map<string, AgentDraft>();
  const client = (a: BenchAgent, url: string) => {
    const key = `${a.agent_id} ${url}`;
    let c = clients.get(key);
    if (!c) {
      c = new AgentDraft({ apiKey: a.key, baseUrl: url, maxRetries: 0, timeout: 30_000 });
      clients.set(key, c);
    }
    return c;
  };
  for (const a of agents) for (const u of urls) await client(a, u).agents.me(); // warm connections
  const deadline = Date.now() + MAX_SECONDS * 1000;
  const rounds: Reply[][] = [];
  for (let r = 0; r < slots.length && Date.now() < deadline; r++) {
    const start = new Date(slots[r]!);
    const end = new Date(slots[r]! + MINUTES * 60_000);
    // Shuffle the firing order so the winner is not simply the first to send.
    const order = agents.map((_, i) => i).sort(() => Math.random() - 0.5);
    const replies = await Promise.all(
      order.map(async (i): Promise<Reply> => {
        const a = agents[i]!;
        const c = client(a, urls[(i + r) % urls.length]!);
        const t0 = performance.now();
        try {
          const booking = await c.bookings.commit({ start, end });
          return {
            agent_id: a.agent_id,
            priority: a.priority,
            status: 201,
            latency_ms: performance.now() - t0,
            booking_id: booking.bookingId,
          };
        } catch (error) {
          const latency_ms = performance.now() - t0;
          if (error instanceof Conflict)
            return {
              agent_id: a.agent_id,
              priority: a.priority,
              status: 409,
              latency_ms,
              code: error.reason ?? "",
              winning_agent_id: error.winningAgentId ?? "",
            };
          if (error instanceof AgentDraftError) {
            const e = error as AgentDraftError & { status?: number; code?: string };
            return { agent_id: a.agent_id, priority: a.priority, status: e.status ?? 0, latency_ms, code: e.code ?? e.name };
          }
          throw error;
        }
      }),
    );
    rounds.push(replies);
  }
  return rounds;
}

/** Moves race: each agent's own booking at `homes[r][i]`, all moved into `slots[r]` at once. Replies as for commits (200 → 201). */
async function raceTsMove(
  agents: BenchAgent[],
  urls: string[],
  slots: number[],
  homes: number[][],
): Promise<{ rounds: Reply[][]; homeIds: string[][] }> {
  const clients = agents.map(
    (a, i) => urls.map((u) => new AgentDraft({ apiKey: a.key, baseUrl: u, maxRetries: 0, timeout: 30_000 })).at(i % urls.length)!,
  );
  for (const c of clients) await c.agents.me(); // warm connections
  const deadline = Date.now() + MAX_SECONDS * 1000;
  const rounds: Reply[][] = [];
  const homeIds: string[][] = [];
  for (let r = 0; r < slots.length && Date.now() < deadline; r++) {
    const ids: string[] = [];
    for (const [i, c] of clients.entries()) {
      const start = new Date(homes[r]![i]!);
      ids.push((await c.bookings.commit({ start, end: new Date(homes[r]![i]! + MINUTES * 60_000) })).bookingId);
    }
    homeIds.push(ids);
    const start = new Date(slots[r]!);
    const end = new Date(slots[r]! + MINUTES * 60_000);
    const order = agents.map((_, i) => i).sort(() => Math.random() - 0.5);
    const replies = await Promise.all(
      order.map(async (i): Promise<Reply> => {
        const a = agents[i]!;
        const t0 = performance.now();
        try {
          const moved = await clients[i]!.bookings.move(ids[i]!, { start, end });
          return {
            agent_id: a.agent_id,
            priority: a.priority,
            status: 201,
            latency_ms: performance.now() - t0,
            booking_id: moved.bookingId,
          };
        } catch (error) {
          const latency_ms = performance.now() - t0;
          if (error instanceof Conflict)
            return {
              agent_id: a.agent_id,
              priority: a.priority,
              status: 409,
              latency_ms,
              code: error.reason ?? "",
              winning_agent_id: error.winningAgentId ?? "",
            };
          throw error;
        }
      }),
    );
    rounds.push(replies);
  }
  return { rounds, homeIds };
}

function pythonReady(): string | undefined {
  const venv = spawnSync("bash", [path.join(SDK_PYTHON, "scripts/venv.sh")], { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  if (venv.status !== 0) return `the Python SDK's venv could not be made: ${venv.stderr.trim().split("\n").at(-1)}`;
  return existsSync(path.join(SDK_PYTHON, ".venv/bin/python")) ? undefined : "no packages/sdk-python/.venv";
}

async function racePython(agents: BenchAgent[], urls: string[], slots: number[]): Promise<Reply[][]> {
  const child = spawn(path.join(SDK_PYTHON, ".venv/bin/python"), [path.join(HERE, "race.py")], { stdio: ["pipe", "pipe", "inherit"] });
  const plan = { agents, urls, slots, rounds: slots.length, minutes: MINUTES, max_seconds: MAX_SECONDS, seed: Date.now() % 1_000_000 };
  child.stdin!.end(JSON.stringify(plan));
  let out = "";
  child.stdout!.on("data", (c: Buffer) => (out += c.toString()));
  const killer = setTimeout(() => child.kill("SIGKILL"), (MAX_SECONDS + 60) * 1000);
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  clearTimeout(killer);
  if (code !== 0) throw new Error(`race.py exited with ${code}`);
  return (JSON.parse(out) as { rounds: Reply[][] }).rounds;
}

// ---------------------------------------------------------------------------- judging a run

/** Every COMMITTED booking in [from, to), through the API (paginated). */
async function committed(
  url: string,
  agent: BenchAgent,
  from: number,
  to: number,
): Promise<{ booking_id: string; agent_id: string; start: string }[]> {
  const out: { booking_id: string; agent_id: string; start: string }[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 1000; page++) {
    const q = new URLSearchParams({
      status: "COMMITTED",
      range_start: new Date(from).toISOString(),
      range_end: new Date(to).toISOString(),
      limit: "200",
    });
    if (cursor) q.set("cursor", cursor);
    const res = await agentCall(url, agent, "GET", `/v1/bookings?${q}`);
    if (res.status !== 200) throw new Error(`list bookings: ${res.status} ${JSON.stringify(res.body)}`);
    out.push(...res.body.data);
    cursor = res.body.next_cursor ?? undefined;
    if (!res.body.has_more || !cursor) break;
  }
  return out;
}

async function judge(
  meta: Pick<RaceResult, "store" | "sdk" | "race" | "servers" | "agents" | "arbitration_window_ms">,
  rounds: Reply[][],
  slots: number[],
  url: string,
  reader: BenchAgent,
  p1: BenchAgent,
  seconds: number,
): Promise<RaceResult> {
  const active = await committed(url, reader, slots[0]! - HOUR, slots.at(-1)! + HOUR);
  const bySlot = new Map<number, { agent_id: string }[]>();
  for (const b of active) {
    const t = Date.parse(b.start);
    bySlot.set(t, [...(bySlot.get(t) ?? []), b]);
  }
  let exactlyOne = 0;
  let none = 0;
  let several = 0;
  let doubles = 0;
  let p1Wins = 0;
  const other: Record<string, number> = {};
  const all: number[] = [];
  const winners: number[] = [];
  const losers: number[] = [];
  rounds.forEach((replies, r) => {
    const won = replies.filter((x) => x.status === 201);
    if (won.length === 1) exactlyOne++;
    if (won.length === 0) none++;
    if (won.length > 1) several++;
    const holders = bySlot.get(slots[r]!) ?? [];
    if (holders.length > 1) doubles++;
    if (won.some((x) => x.agent_id === p1.agent_id) && holders.length === 1 && holders[0]!.agent_id === p1.agent_id) p1Wins++;
    for (const x of replies) {
      all.push(x.latency_ms);
      (x.status === 201 ? winners : losers).push(x.latency_ms);
      if (x.status !== 201 && x.status !== 409)
        other[`${x.status} ${x.code ?? ""}`.trim()] = (other[`${x.status} ${x.code ?? ""}`.trim()] ?? 0) + 1;
    }
  });
  const ms = (v: number) => round(v, 1);
  return {
    ...meta,
    rounds: rounds.length,
    exactly_one_winner: exactlyOne,
    no_winner: none,
    several_201: several,
    double_commits: doubles,
    priority1_wins: p1Wins,
    priority1_win_rate: rounds.length ? round(p1Wins / rounds.length, 4) : 0,
    other_statuses: other,
    latency_ms: {
      all: { p50: ms(percentile(all, 50)), p99: ms(percentile(all, 99)), max: ms(Math.max(...all)) },
      winners: { p50: ms(percentile(winners, 50)), p99: ms(percentile(winners, 99)) },
      losers: { p50: ms(percentile(losers, 50)), p99: ms(percentile(losers, 99)) },
    },
    seconds: round(seconds, 1),
  };
}

// ---------------------------------------------------------------------------- one store

interface Target {
  store: "embedded" | "postgres";
  servers: ServerProcess[];
  agents: BenchAgent[];
  reader: BenchAgent;
}

async function setUp(store: Target["store"], postgres: Postgres | undefined): Promise<Target> {
  const dataDir = tempDir(`race-${store}`);
  const databaseUrl = store === "postgres" ? await postgres!.createDatabase(`race_${Date.now().toString(36)}`) : undefined;
  const opts = { dataDir, ...(databaseUrl ? { databaseUrl } : {}) };
  const { agents, reader } = await provision(opts, async (url) => {
    const owner = await Owner.signIn(url);
    if (args.window !== undefined) await owner.configure({ arbitration_window_ms: Number(args.window) });
    const agents: BenchAgent[] = [];
    for (let p = 1; p <= AGENTS; p++) agents.push(await owner.createAgent(`racer-${p}`, p));
    const reader = await owner.createAgent("referee", AGENTS + 1);
    return { agents, reader };
  });
  const count = store === "postgres" ? REPLICAS : 1;
  const servers: ServerProcess[] = [];
  for (let i = 0; i < count; i++) servers.push(await startServer(opts));
  return { store, servers, agents, reader };
}

const m = machine();
log(`machine: ${machineLine(m)}`);
const results: RaceResult[] = [];
const skipped: string[] = [];
const pythonProblem = SDKS.includes("python") ? pythonReady() : undefined;
if (pythonProblem) skipped.push(`python SDK: ${pythonProblem}`);

let postgres: Postgres | undefined;
if (STORES.includes("postgres")) {
  const pgOrSkip = await startPostgres();
  if ("skipped" in pgOrSkip) skipped.push(`postgres: ${pgOrSkip.skipped}`);
  else postgres = pgOrSkip;
}

try {
  let slotBase = Math.ceil(Date.now() / (24 * HOUR)) * 24 * HOUR + 48 * HOUR;
  for (const store of STORES) {
    if (store === "postgres" && !postgres) continue;
    const target = await setUp(store, postgres);
    const urls = target.servers.map((s) => s.url);
    log(`${store}: ${urls.length} server(s) at ${urls.join(", ")}`);
    try {
      for (const [race, sdk] of RACES.flatMap((race) => SDKS.map((sdk) => [race, sdk] as const))) {
        if (sdk === "python" && pythonProblem) continue;
        if (race === "move" && sdk !== "ts") continue; // the move race drives the TypeScript SDK only
        const slots = Array.from({ length: ROUNDS }, (_, r) => slotBase + r * HOUR);
        slotBase += (ROUNDS + 24) * HOUR;
        // Move races: every agent's own booking of round r, far from the raced slots.
        const homes = slots.map((_, r) => target.agents.map((_, i) => slotBase + (r * AGENTS + i) * HOUR));
        if (race === "move") slotBase += (ROUNDS * AGENTS + 24) * HOUR;
        const t0 = performance.now();
        let homeIds: string[][] = [];
        let rounds: Reply[][];
        if (race === "move") ({ rounds, homeIds } = await raceTsMove(target.agents, urls, slots, homes));
        else rounds = sdk === "ts" ? await raceTs(target.agents, urls, slots) : await racePython(target.agents, urls, slots);
        const seconds = (performance.now() - t0) / 1000;
        const meta = {
          store: store === "postgres" ? `PostgreSQL, ${urls.length} replicas` : "embedded SQLite",
          sdk: sdk === "ts" ? "TypeScript SDK" : "Python SDK",
          race,
          servers: urls.length,
          agents: AGENTS,
          arbitration_window_ms: args.window !== undefined ? Number(args.window) : ("default (50)" as const),
        };
        const result = await judge(meta, rounds, slots.slice(0, rounds.length), urls[0]!, target.reader, target.agents[0]!, seconds);
        if (race === "move") {
          // Every loser's booking must still be COMMITTED at its home.
          const atHome = new Set(
            (await committed(urls[0]!, target.reader, homes[0]![0]! - HOUR, homes.at(-1)!.at(-1)! + HOUR)).map((b) => b.booking_id),
          );
          let losers = 0;
          let unchanged = 0;
          rounds.forEach((replies, r) => {
            for (const x of replies.filter((x) => x.status !== 201)) {
              losers++;
              if (atHome.has(homeIds[r]![target.agents.findIndex((a) => a.agent_id === x.agent_id)]!)) unchanged++;
            }
          });
          result.losers_unchanged = { unchanged, losers };
        }
        results.push(result);
        log(
          `${meta.store}, ${meta.sdk}, ${race}: ${result.exactly_one_winner}/${result.rounds} exactly one winner, ${result.double_commits} double commits, ` +
            `p1 ${result.priority1_win_rate * 100} %, p50 ${result.latency_ms.all.p50} ms, p99 ${result.latency_ms.all.p99} ms (winners p99 ${result.latency_ms.winners.p99} ms)`,
        );
      }
    } finally {
      for (const s of target.servers) await s.stop();
    }
  }
} finally {
  postgres?.stop();
}

// ---------------------------------------------------------------------------- report
const rows = results.map((r) => [
  r.store,
  r.sdk,
  r.race + (r.losers_unchanged ? ` (losers unchanged ${r.losers_unchanged.unchanged}/${r.losers_unchanged.losers})` : ""),
  `${r.rounds} × ${r.agents}`,
  `${r.exactly_one_winner} (${round((r.exactly_one_winner / Math.max(1, r.rounds)) * 100, 1)} %)`,
  r.double_commits,
  r.no_winner,
  `${round(r.priority1_win_rate * 100, 1)} %`,
  `${r.latency_ms.all.p50} / ${r.latency_ms.all.p99}`,
  `${r.latency_ms.winners.p50} / ${r.latency_ms.winners.p99}`,
]);
const targetLines = results.map((r) => {
  const limit = r.store.startsWith("PostgreSQL") ? 80 : 40;
  const ok =
    r.double_commits === 0 &&
    r.exactly_one_winner === r.rounds &&
    r.priority1_wins === r.rounds &&
    (r.losers_unchanged === undefined || r.losers_unchanged.unchanged === r.losers_unchanged.losers);
  return (
    `- ${r.store}, ${r.sdk}, ${r.race}: correctness ${ok ? "met" : "MISSED"} (0 double commits, 100 % one winner, 100 % priority 1); ` +
    `p99 of every reply ${verdict(r.latency_ms.all.p99, limit, "max", " ms")}; p99 of the winning commit ${verdict(r.latency_ms.winners.p99, limit, "max", " ms")}`
  );
});
const md = [
  "## bench/race",
  "",
  `Machine: ${machineLine(m)}. Arbitration window: ${args.window ?? "server default (50 ms)"}.`,
  "",
  table(
    [
      "store",
      "SDK",
      "race",
      "rounds × agents",
      "exactly one winner",
      "double commits",
      "no winner",
      "priority-1 wins",
      "p50 / p99 ms, every reply",
      "p50 / p99 ms, winner",
    ],
    rows,
  ),
  "",
  ...targetLines,
  ...(skipped.length ? ["", ...skipped.map((s) => `- skipped: ${s}`)] : []),
].join("\n");
const paths = writeReport(args.out, { bench: "race", machine: m, results, skipped }, md);
console.log(md);
log(`wrote ${paths.json} and ${paths.md}`);
