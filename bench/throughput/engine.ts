// In-process figures, no HTTP and no store: the engine alone (decide), the engine plus the shell's
// pure per-command work (audit events, leaf hashes, booking views), and the availability query.
import { eventLeafHash } from "../../packages/server/src/audit/index.ts";
import { decide, getCalendar, initialState, type Command, type EngineState } from "../../packages/server/src/engine/index.ts";
import { availability } from "../../packages/server/src/shell/availability.ts";
import { replayCommand } from "../../packages/server/src/shell/ledger.ts";
import type { LoggedCommand } from "../../packages/server/src/shell/logged-command.ts";
import { percentile, round } from "../lib/report.ts";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Commands are stamped at T0; bookings start from the next day on. */
const T0 = Date.UTC(2030, 0, 7, 8);
const FIRST_SLOT = Date.UTC(2030, 0, 8);

function setup(): { state: EngineState; seq: number } {
  let state = initialState();
  let seq = 0;
  const run = (cmd: Command) => {
    state = decide(state, cmd).state;
  };
  run({ type: "calendar.configure", seq: ++seq, at: T0, calendar_id: "cal", workspace_id: "ws" });
  run({ type: "agent.upsert", seq: ++seq, at: T0, agent_id: "a1", workspace_id: "ws", priority: 1 });
  run({ type: "agent.upsert", seq: ++seq, at: T0, agent_id: "a2", workspace_id: "ws", priority: 2 });
  return { state, seq };
}

/** Slot i of a calendar filled `perDay` 30-minute bookings a day (one every 24/perDay hours). */
function slotOf(i: number, perDay: number): { start: number; end: number } {
  const start = FIRST_SLOT + Math.floor(i / perDay) * DAY + (i % perDay) * Math.floor(DAY / perDay);
  return { start, end: start + 30 * 60_000 };
}

function writeCommand(seq: number, i: number, perDay: number, agent = "a1"): Command {
  return {
    type: "bookings.write",
    seq,
    at: T0,
    writes: [{ booking_id: `bkg_${i}`, agent_id: agent, calendar_id: "cal", mode: "commit", metadata: {}, seq, ...slotOf(i, perDay) }],
  };
}

export interface EngineFigures {
  commands: number;
  engine_commands_per_second: number;
  engine_us_per_command: { p50: number; p99: number };
  shell_commands_per_second: number;
  availability: { bookings: number; queries: number; range: string; p50_ms: number; p99_ms: number; max_ms: number }[];
}

/** Commits `n` uncontended bookings through decide() alone, then through decide + the shell's pure work. */
export function engineThroughput(
  n: number,
): Pick<EngineFigures, "commands" | "engine_commands_per_second" | "engine_us_per_command" | "shell_commands_per_second"> {
  // Warm-up (JIT) on a throwaway state.
  {
    let { state, seq } = setup();
    for (let i = 0; i < Math.min(5_000, n); i++) state = decide(state, writeCommand(++seq, i, 24)).state;
  }
  let { state, seq } = setup();
  const samples: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    state = decide(state, writeCommand(++seq, i, 24)).state;
    samples.push(performance.now() - s);
  }
  const engineSeconds = (performance.now() - t0) / 1000;

  ({ state, seq } = setup());
  let auditSize = 0;
  const t1 = performance.now();
  for (let i = 0; i < n; i++) {
    const logged: LoggedCommand = {
      command: writeCommand(++seq, i, 24),
      ctx: { workspace_id: "ws", request_id: `req_${i}`, method: "POST", path: "/v1/bookings", actor: { type: "agent", agent_id: "a1" } },
    };
    const r = replayCommand(state, logged, auditSize);
    for (const e of r.audit) eventLeafHash(e);
    JSON.stringify(logged);
    state = r.state;
    auditSize += r.audit.length;
  }
  const shellSeconds = (performance.now() - t1) / 1000;
  return {
    commands: n,
    engine_commands_per_second: Math.round(n / engineSeconds),
    engine_us_per_command: { p50: round(percentile(samples, 50) * 1000, 1), p99: round(percentile(samples, 99) * 1000, 1) },
    shell_commands_per_second: Math.round(n / shellSeconds),
  };
}

/** A state whose calendar "cal" holds `bookings` commits, 24 a day (every hour, 30 minutes long). */
function seededState(bookings: number): EngineState {
  let { state, seq } = setup();
  for (let i = 0; i < bookings; i++) state = decide(state, writeCommand(++seq, i, 24)).state;
  return state;
}

/** Availability query latency (the function the route calls) over a calendar of `bookings` bookings. */
export function availabilityLatency(bookings: number, queries: number): EngineFigures["availability"] {
  const state = seededState(bookings);
  const cal = getCalendar(state, "cal")!;
  const days = Math.max(1, Math.floor(bookings / 24));
  const out: EngineFigures["availability"] = [];
  for (const [label, lengthDays] of [
    ["1 day", 1],
    ["7 days", 7],
  ] as const) {
    const samples: number[] = [];
    for (let q = 0; q < queries + 200; q++) {
      const day = (q * 7919) % days; // spread over the whole calendar, deterministic
      const start = FIRST_SLOT + day * DAY;
      const s = performance.now();
      availability(state, cal, { start, end: start + lengthDays * DAY }, T0, 30);
      if (q >= 200) samples.push(performance.now() - s); // the first 200 warm up
    }
    out.push({
      bookings,
      queries,
      range: label,
      p50_ms: round(percentile(samples, 50), 3),
      p99_ms: round(percentile(samples, 99), 3),
      max_ms: round(Math.max(...samples), 3),
    });
  }
  return out;
}
