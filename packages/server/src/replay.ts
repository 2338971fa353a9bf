#!/usr/bin/env node
// Rebuilds everything from the stored command log with the same engine and checks it against what
// the store holds: every audit event (body and leaf hash), every booking, and each workspace's
// audit root. `node src/replay.ts --data DIR` (or with DATABASE_URL) exits 1 on any difference.
import { parseArgs } from "node:util";
import { rootHash } from "./audit/index.ts";
import { initialState } from "./engine/index.ts";
import type { BookingView } from "./shell/booking-view.ts";
import { replayCommand } from "./shell/ledger.ts";
import type { LoggedCommand } from "./shell/logged-command.ts";
import type { Db } from "./store/db.ts";
import { openStore } from "./server.ts";
import { eventLeafHash } from "./audit/index.ts";

export interface ReplayReport {
  commands: number;
  events: number;
  bookings: number;
  /** Hex audit root per workspace, recomputed from the command log. */
  roots: Record<string, string>;
  mismatches: string[];
}

export async function replayStore(db: Db): Promise<ReplayReport> {
  const commands = await db.all<{ seq: number; body: string }>(`SELECT seq, body FROM commands ORDER BY seq`);
  let state = initialState();
  const leaves = new Map<string, Uint8Array[]>();
  const bookings = new Map<string, BookingView>();
  const mismatches: string[] = [];
  let events = 0;

  const stored = new Map<string, { body: string; leaf_hash: Uint8Array }>();
  for (const row of await db.all<{ workspace_id: string; seq: number; body: string; leaf_hash: Uint8Array }>(
    `SELECT workspace_id, seq, body, leaf_hash FROM audit_events`,
  )) {
    stored.set(`${row.workspace_id}/${Number(row.seq)}`, row);
  }

  for (const row of commands) {
    const logged = JSON.parse(row.body) as LoggedCommand;
    const ws = logged.ctx.workspace_id;
    const wsLeaves = leaves.get(ws) ?? [];
    const r = replayCommand(state, logged, wsLeaves.length);
    state = r.state;
    for (const event of r.audit) {
      const leaf = eventLeafHash(event);
      wsLeaves.push(leaf);
      events++;
      const kept = stored.get(`${ws}/${event.seq}`);
      stored.delete(`${ws}/${event.seq}`);
      if (!kept) mismatches.push(`audit event ${ws}#${event.seq} (${event.event_id}) is missing from the store`);
      else if (kept.body !== JSON.stringify(event)) mismatches.push(`audit event ${ws}#${event.seq} (${event.event_id}) differs from its replay`);
      else if (!Buffer.from(kept.leaf_hash).equals(Buffer.from(leaf))) mismatches.push(`audit event ${ws}#${event.seq} has a wrong leaf hash`);
    }
    leaves.set(ws, wsLeaves);
    for (const [id, view] of r.bookings) bookings.set(id, view);
  }
  for (const key of stored.keys()) mismatches.push(`audit event ${key} is in the store but no command produced it`);

  const storedBookings = await db.all<{ booking_id: string; body: string }>(`SELECT booking_id, body FROM bookings`);
  for (const row of storedBookings) {
    const replayed = bookings.get(row.booking_id);
    if (!replayed) mismatches.push(`booking ${row.booking_id} is in the store but no command produced it`);
    else if (row.body !== JSON.stringify(replayed)) mismatches.push(`booking ${row.booking_id} differs from its replay`);
    bookings.delete(row.booking_id);
  }
  for (const id of bookings.keys()) mismatches.push(`booking ${id} is missing from the store`);

  return {
    commands: commands.length,
    events,
    bookings: storedBookings.length,
    roots: Object.fromEntries([...leaves].map(([ws, l]) => [ws, Buffer.from(rootHash(l)).toString("hex")])),
    mismatches,
  };
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { data: { type: "string" } } });
  const db = await openStore({
    dataDir: values.data ?? process.env.AGENTDRAFT_DATA_DIR ?? "data",
    databaseUrl: process.env.DATABASE_URL || undefined,
  });
  const report = await replayStore(db);
  await db.close();
  console.log(`replayed ${report.commands} commands → ${report.events} audit events, ${report.bookings} bookings`);
  for (const [ws, root] of Object.entries(report.roots)) console.log(`  ${ws} audit root ${root}`);
  if (report.mismatches.length > 0) {
    console.error(`${report.mismatches.length} mismatch(es):\n  ${report.mismatches.join("\n  ")}`);
    process.exit(1);
  }
  console.log("the store matches its command log");
}
