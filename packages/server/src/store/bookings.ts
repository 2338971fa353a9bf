// The `bookings` table: the projection of each booking as last stored, keyed (workspace_id, booking_id).
import type { components } from "../generated/openapi.ts";
import type { Queryable, Transaction } from "./db.ts";

type BookingView = components["schemas"]["Booking"];

/**
 * Stores a booking's projection: its row (interval too, since a move changes it) and one row per
 * calendar it occupies in `booking_calendars` (issue 18), which carries the overlap backstop.
 */
export function upsertBooking(tx: Transaction, workspaceId: string, view: BookingView): void {
  const start = Date.parse(view.start as string);
  const end = Date.parse(view.end as string);
  tx.defer(
    `INSERT INTO bookings (booking_id, calendar_id, workspace_id, agent_id, status, start_ms, end_ms, body)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (workspace_id, booking_id) DO UPDATE SET status = excluded.status, body = excluded.body,
       start_ms = excluded.start_ms, end_ms = excluded.end_ms`,
    [view.booking_id, view.calendar_id as string, workspaceId, view.agent_id as string, view.status, start, end, JSON.stringify(view)],
  );
  for (const calendarId of (view.calendar_ids as string[] | undefined) ?? [view.calendar_id as string]) {
    tx.defer(
      `INSERT INTO booking_calendars (workspace_id, booking_id, calendar_id, status, start_ms, end_ms) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (workspace_id, booking_id, calendar_id) DO UPDATE SET status = excluded.status,
         start_ms = excluded.start_ms, end_ms = excluded.end_ms`,
      [workspaceId, view.booking_id, calendarId, view.status, start, end],
    );
  }
}

export async function bookingBody(q: Queryable, workspaceId: string, bookingId: string): Promise<string | undefined> {
  return (await q.get<{ body: string }>(`SELECT body FROM bookings WHERE workspace_id = ? AND booking_id = ?`, [workspaceId, bookingId]))
    ?.body;
}

export interface BookingFilter {
  status?: string;
  agentId?: string;
  calendarId?: string;
  /** Bookings that end after / start before these instants (ms). */
  endsAfter?: number;
  startsBefore?: number;
  /** Keyset cursor: after (start_ms, booking_id). */
  after?: [number, string];
  limit: number;
}

export async function listBookings(
  q: Queryable,
  workspaceId: string,
  f: BookingFilter,
): Promise<{ body: string; start_ms: number; booking_id: string }[]> {
  const where = ["workspace_id = ?"];
  const params: (string | number)[] = [workspaceId];
  const and = (clause: string, ...values: (string | number)[]): void => {
    where.push(clause);
    params.push(...values);
  };
  if (f.status) and("status = ?", f.status);
  if (f.agentId) and("agent_id = ?", f.agentId);
  // A booking is on a calendar when any of its calendars is that one (issue 18).
  if (f.calendarId)
    and("booking_id IN (SELECT booking_id FROM booking_calendars WHERE workspace_id = ? AND calendar_id = ?)", workspaceId, f.calendarId);
  if (f.endsAfter !== undefined) and("end_ms > ?", f.endsAfter);
  if (f.startsBefore !== undefined) and("start_ms < ?", f.startsBefore);
  if (f.after) {
    const [startMs, id] = f.after;
    where.push("(start_ms > ? OR (start_ms = ? AND booking_id > ?))");
    params.push(startMs, startMs, id);
  }
  return q.all(`SELECT body, start_ms, booking_id FROM bookings WHERE ${where.join(" AND ")} ORDER BY start_ms, booking_id LIMIT ?`, [
    ...params,
    f.limit,
  ]);
}

/** Every stored booking of a workspace (replay compares them with its own). */
export async function allBookings(q: Queryable, workspaceId: string): Promise<{ booking_id: string; body: string }[]> {
  return q.all(`SELECT booking_id, body FROM bookings WHERE workspace_id = ?`, [workspaceId]);
}

/** Every per-calendar row of a workspace's bookings (replay compares them with its own). */
export async function allBookingCalendars(
  q: Queryable,
  workspaceId: string,
): Promise<{ booking_id: string; calendar_id: string; status: string; start_ms: number; end_ms: number }[]> {
  return (
    await q.all<{ booking_id: string; calendar_id: string; status: string; start_ms: number; end_ms: number }>(
      `SELECT booking_id, calendar_id, status, start_ms, end_ms FROM booking_calendars WHERE workspace_id = ?`,
      [workspaceId],
    )
  ).map((r) => ({ ...r, start_ms: Number(r.start_ms), end_ms: Number(r.end_ms) }));
}

export async function workspacesWithBookings(q: Queryable): Promise<string[]> {
  return (await q.all<{ workspace_id: string }>(`SELECT DISTINCT workspace_id FROM bookings ORDER BY workspace_id`)).map(
    (r) => r.workspace_id,
  );
}

/** Workspaces with a hold still open in the store (the sweeper loads them to expire what is due). */
export async function workspacesWithHolds(q: Queryable): Promise<string[]> {
  return (await q.all<{ workspace_id: string }>(`SELECT DISTINCT workspace_id FROM bookings WHERE status = 'HELD'`)).map(
    (r) => r.workspace_id,
  );
}
