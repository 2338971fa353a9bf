// External calendars in-process (docs/protocol.md §11): how long one poll's expansion takes for a
// large ICS source, how long the engine takes to log its busy set, and what external busy time costs
// an availability query. No HTTP, no store, no network; bounded counts.
import { parseArgs } from "node:util";
import { decide, getCalendar, initialState, type Command, type EngineState } from "../../packages/server/src/engine/index.ts";
import { buildFeed } from "../../packages/server/src/external/feed.ts";
import { icsBusy } from "../../packages/server/src/external/ics-busy.ts";
import { availability } from "../../packages/server/src/shell/availability.ts";
import { machine, machineLine, percentile, round, table, writeReport } from "../lib/report.ts";

const { values } = parseArgs({ options: { events: { type: "string" }, queries: { type: "string" } } });
const EVENTS = Number(values.events ?? 4000);
const QUERIES = Number(values.queries ?? 500);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2030, 0, 7);
const stamp = (ms: number) => `${new Date(ms).toISOString().replace(/[-:]/g, "").slice(0, 15)}Z`;

// A calendar of EVENTS single events (one every 4 hours) and 50 weekly series, in Berlin time.
const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//bench//EN"];
for (let i = 0; i < EVENTS; i++) {
  const s = T0 + i * 4 * HOUR;
  lines.push("BEGIN:VEVENT", `UID:e${i}`, "DTSTAMP:20300101T000000Z", `DTSTART:${stamp(s)}`, `DTEND:${stamp(s + HOUR)}`, "END:VEVENT");
}
for (let i = 0; i < 50; i++) {
  lines.push(
    "BEGIN:VEVENT",
    `UID:w${i}`,
    "DTSTAMP:20300101T000000Z",
    `DTSTART;TZID=Europe/Berlin:20300107T${String(8 + (i % 10)).padStart(2, "0")}${String((i * 7) % 60).padStart(2, "0")}00`,
    "DURATION:PT20M",
    "RRULE:FREQ=WEEKLY",
    "END:VEVENT",
  );
}
lines.push("END:VCALENDAR", "");
const ics = lines.join("\r\n");

const timed = <T>(fn: () => T): [T, number] => {
  const t = performance.now();
  const r = fn();
  return [r, performance.now() - t];
};

const from = T0 - DAY;
const to = T0 + 180 * DAY;
const expansions: number[] = [];
let intervals = icsBusy(ics, { from, to, timeZone: "Europe/Berlin" }).intervals;
for (let i = 0; i < 5; i++) expansions.push(timed(() => icsBusy(ics, { from, to, timeZone: "Europe/Berlin" }))[1]);
intervals = intervals.slice(0, 5000);

let state: EngineState = initialState();
const run = (cmd: Command) => (state = decide(state, cmd).state);
run({ type: "calendar.configure", seq: 1, at: T0, calendar_id: "cal", workspace_id: "ws", settings: { time_zone: "Europe/Berlin" } });
const [, busySetMs] = timed(() =>
  run({ type: "external.busy_set", seq: 2, at: T0, calendar_id: "cal", workspace_id: "ws", source_id: "src", intervals }),
);
const cal = getCalendar(state, "cal")!;
const queries: number[] = [];
for (let i = 0; i < QUERIES; i++) {
  const start = T0 + (i % 170) * DAY;
  queries.push(timed(() => availability(state, cal, { start, end: start + 7 * DAY }, T0, 30))[1]);
}
const bookings = intervals.slice(0, 2000).map((x, i) => ({
  booking: {
    booking_id: `bkg_${i}`,
    calendar_id: "cal",
    agent_id: "a",
    agent_priority: 1,
    status: "COMMITTED" as const,
    start: x.start,
    end: x.end,
    metadata: {},
    hold_expires_at: null,
    committed_at: T0,
    created_at: T0,
  },
  sequence: 0,
  updated_at: T0,
}));
const [, feedMs] = timed(() => buildFeed({ name: "bench", timeZone: "Europe/Berlin", items: bookings }));

const m = machine();
const rows = [
  [
    `expand an ICS of ${EVENTS + 50} events (${(ics.length / 1024).toFixed(0)} KiB) over 181 days`,
    `${round(percentile(expansions, 50), 1)} ms (median of 5)`,
  ],
  [`engine: external.busy_set of ${intervals.length} intervals`, `${round(busySetMs, 1)} ms`],
  [
    `availability, 7 days, with those intervals (${QUERIES} queries)`,
    `p50 ${round(percentile(queries, 50), 2)} ms · p99 ${round(percentile(queries, 99), 2)} ms`,
  ],
  ["ICS feed of 2000 bookings", `${round(feedMs, 1)} ms`],
];
const md = `${machineLine(m)}\n\n${table(["measure", "figure"], rows)}\n`;
writeReport("external", { machine: m, events: EVENTS, intervals: intervals.length, expansions, busySetMs, queries, feedMs }, md);
console.log(md);
