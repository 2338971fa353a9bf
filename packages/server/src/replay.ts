#!/usr/bin/env node
// Rebuilds everything from the stored command logs with the same engine, from each workspace's
// genesis, and checks it against what the store holds: every audit event (body and leaf hash), every
// booking, each workspace's audit root, and every snapshot (state, audit size, Merkle frontier) —
// a snapshot is something to check, never something to start from. `node src/replay.ts --data DIR`
// (or with DATABASE_URL) exits 1 on any difference.
import canonicalize from "canonicalize";
import { parseArgs } from "node:util";
import { MerkleFrontier } from "./audit/index.ts";
import { initialState, stateFromSnapshot, type EngineState } from "./engine/index.ts";
import type { BookingView } from "./shell/booking-view.ts";
import { replayCommand } from "./shell/ledger.ts";
import type { LoggedCommand } from "./shell/logged-command.ts";
import { allAuditEvents, workspacesWithAuditEvents } from "./store/audit-events.ts";
import { allBookingCalendars, allBookings, workspacesWithBookings } from "./store/bookings.ts";
import { commandsAfter, workspacesWithCommands } from "./store/commands.ts";
import type { Db } from "./store/db.ts";
import { openStore } from "./store/open.ts";
import { snapshotsOf, workspacesWithSnapshots, type Snapshot } from "./store/snapshots.ts";

export interface ReplayReport {
  commands: number;
  events: number;
  bookings: number;
  /** Snapshots checked against the replay. */
  snapshots: number;
  /** Hex audit root per workspace, recomputed from the command log. */
  roots: Record<string, string>;
  mismatches: string[];
}

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");
/** Key order aside, the same JSON value (a loaded snapshot's objects keep the stored order). */
const sameState = (a: EngineState, b: unknown) => canonicalize(a) === canonicalize(b);

function checkSnapshot(
  ws: string,
  snapshot: Snapshot,
  state: EngineState,
  at: number,
  frontier: MerkleFrontier,
  mismatches: string[],
): void {
  const where = `snapshot ${ws}@${snapshot.seq}`;
  let stored: unknown;
  try {
    stored = stateFromSnapshot(snapshot.state);
  } catch {
    mismatches.push(`${where} is not valid JSON`);
    return;
  }
  if (!sameState(state, stored)) mismatches.push(`${where} differs from the replayed engine state`);
  if (snapshot.at !== at) mismatches.push(`${where} has clock ${snapshot.at}, the replay ${at}`);
  if (snapshot.auditSize !== frontier.size) mismatches.push(`${where} has audit size ${snapshot.auditSize}, the replay ${frontier.size}`);
  else if (canonicalize(snapshot.frontier) !== canonicalize(frontier.toJson())) mismatches.push(`${where} has a wrong Merkle frontier`);
}

/** Replays one workspace from its genesis and compares it with its stored rows. */
async function replayWorkspace(db: Db, ws: string, report: ReplayReport): Promise<void> {
  const { mismatches } = report;
  const stored = new Map((await allAuditEvents(db, ws)).map((row) => [Number(row.seq), row]));
  const snapshots = await snapshotsOf(db, ws);
  const bookings = new Map<string, BookingView>();
  let state = initialState();
  let at = 0;
  const frontier = MerkleFrontier.empty();
  let next = 0;
  const checkSnapshotsUpTo = (seq: number) => {
    while (next < snapshots.length && snapshots[next]!.seq <= seq) {
      const s = snapshots[next++]!;
      if (s.seq === seq) checkSnapshot(ws, s, state, at, frontier, mismatches);
      else mismatches.push(`snapshot ${ws}@${s.seq} names no command of the log`);
      report.snapshots++;
    }
  };

  for (const row of await commandsAfter(db, ws, 0)) {
    checkSnapshotsUpTo(row.seq - 1);
    const logged = JSON.parse(row.body) as LoggedCommand;
    if (logged.ctx.workspace_id !== ws || logged.command.seq !== row.seq) {
      mismatches.push(`command ${ws}#${row.seq} is stored under another workspace or sequence than its body names`);
    }
    const r = replayCommand(state, logged, frontier.size);
    state = r.state;
    at = Math.max(at, logged.command.at);
    report.commands++;
    for (const [i, event] of r.audit.entries()) {
      const leaf = r.leaves[i]!;
      frontier.append(leaf);
      report.events++;
      const kept = stored.get(event.seq);
      stored.delete(event.seq);
      if (!kept) mismatches.push(`audit event ${ws}#${event.seq} (${event.event_id}) is missing from the store`);
      else if (kept.body !== JSON.stringify(event))
        mismatches.push(`audit event ${ws}#${event.seq} (${event.event_id}) differs from its replay`);
      else if (!Buffer.from(kept.leaf_hash).equals(Buffer.from(leaf)))
        mismatches.push(`audit event ${ws}#${event.seq} has a wrong leaf hash`);
    }
    for (const [id, view] of r.bookings) bookings.set(id, view);
    checkSnapshotsUpTo(row.seq);
  }
  checkSnapshotsUpTo(Number.MAX_SAFE_INTEGER);
  for (const seq of stored.keys()) mismatches.push(`audit event ${ws}/${seq} is in the store but no command produced it`);

  // Issue 18: every booking's per-calendar rows (the overlap backstop's table) say what its replay says.
  const calendarRows = new Map<string, string[]>();
  for (const r of await allBookingCalendars(db, ws))
    calendarRows.set(r.booking_id, [...(calendarRows.get(r.booking_id) ?? []), `${r.calendar_id} ${r.status} ${r.start_ms} ${r.end_ms}`]);
  for (const [id, view] of bookings) {
    const want = ((view.calendar_ids as string[] | undefined) ?? [view.calendar_id as string])
      .map((c) => `${c} ${view.status} ${Date.parse(view.start as string)} ${Date.parse(view.end as string)}`)
      .sort();
    const got = (calendarRows.get(id) ?? []).sort();
    if (JSON.stringify(got) !== JSON.stringify(want)) mismatches.push(`booking ${id} has calendar rows that differ from its replay`);
    calendarRows.delete(id);
  }
  for (const id of calendarRows.keys()) mismatches.push(`booking ${id} has calendar rows but no command produced it`);

  for (const row of await allBookings(db, ws)) {
    report.bookings++;
    const replayed = bookings.get(row.booking_id);
    if (!replayed) mismatches.push(`booking ${row.booking_id} is in the store but no command produced it`);
    else if (row.body !== JSON.stringify(replayed)) mismatches.push(`booking ${row.booking_id} differs from its replay`);
    bookings.delete(row.booking_id);
  }
  for (const id of bookings.keys()) mismatches.push(`booking ${id} is missing from the store`);
  if (frontier.size > 0) report.roots[ws] = hex(frontier.root());
}

export async function replayStore(db: Db): Promise<ReplayReport> {
  const report: ReplayReport = { commands: 0, events: 0, bookings: 0, snapshots: 0, roots: {}, mismatches: [] };
  // Every workspace any table names, so rows without a command behind them are reported too.
  const workspaces = new Set([
    ...(await workspacesWithCommands(db)),
    ...(await workspacesWithAuditEvents(db)),
    ...(await workspacesWithBookings(db)),
    ...(await workspacesWithSnapshots(db)),
  ]);
  for (const ws of [...workspaces].sort()) await replayWorkspace(db, ws, report);
  return report;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { data: { type: "string" } } });
  const db = await openStore({
    dataDir: values.data ?? process.env.AGENTDRAFT_DATA_DIR ?? "data",
    databaseUrl: process.env.DATABASE_URL || undefined,
  });
  const report = await replayStore(db);
  await db.close();
  console.log(
    `replayed ${report.commands} commands → ${report.events} audit events, ${report.bookings} bookings; checked ${report.snapshots} snapshots`,
  );
  for (const [ws, root] of Object.entries(report.roots)) console.log(`  ${ws} audit root ${root}`);
  if (report.mismatches.length > 0) {
    console.error(`${report.mismatches.length} mismatch(es):\n  ${report.mismatches.join("\n  ")}`);
    process.exit(1);
  }
  console.log("the store matches its command log");
}
