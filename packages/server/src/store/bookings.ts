// The `bookings` table: the projection of each booking as last stored, keyed (workspace_id, booking_id).
import type { components } from "../generated/openapi.ts";
import type { Queryable } from "./db.ts";

type BookingView = components["schemas"]["Booking"];

export async function upsertBooking(tx: Queryable, workspaceId: string, view: BookingView): Promise<void> {
  await tx.run(
    `INSERT INTO bookings (booking_id, calendar_id, workspace_id, agent_id, status, start_ms, end_ms, body)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (workspace_id, booking_id) DO UPDATE SET status = excluded.status, body = excluded.body`,
    [
      view.booking_id,
      view.calendar_id as string,
      workspaceId,
      view.agent_id as string,
      view.status,
      Date.parse(view.start as string),
      Date.parse(view.end as string),
      JSON.stringify(view),
    ],
  );
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
  if (f.status) where.push("status = ?"), params.push(f.status);
  if (f.agentId) where.push("agent_id = ?"), params.push(f.agentId);
  if (f.calendarId) where.push("calendar_id = ?"), params.push(f.calendarId);
  if (f.endsAfter !== undefined) where.push("end_ms > ?"), params.push(f.endsAfter);
  if (f.startsBefore !== undefined) where.push("start_ms < ?"), params.push(f.startsBefore);
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
