// The owner's read API (issue 17, docs/architecture.md §9): the workspace's bookings, availability,
// audit log, request log, agents' usage and races, as the session cookie's owner sees them. The agent
// reads' code serves the bookings, availability and audit reads (they take the caller's workspace).
import { getAgent, getBooking, validateRules } from "../engine/index.ts";
import { servedBy, type Handlers, type Input } from "../http/context.ts";
import { invalid } from "../http/problems.ts";
import type { Services } from "../services.ts";
import { iso } from "../shell/audit-trail.ts";
import { agentsOf } from "../store/agents.ts";
import { recentAuditEvents } from "../store/audit-events.ts";
import { defaultCalendarOf } from "../store/owners.ts";
import { agentRequestStats, listRequestLog, requestErrorGroups, type RequestLogRow } from "../store/request-log.ts";
import { availabilityOutput } from "./agent-reads.ts";
import { auditHandlers } from "./audit.ts";
import { bookingHandlers } from "./bookings.ts";
import { decodeCursor, encodeCursor, page } from "./cursor.ts";
import { toPointer } from "./rejections.ts";

/** Audit events one page of races scans (newest first); older races are on the next pages. */
const RACE_SCAN_EVENTS = 2000;

const DAY_MS = 24 * 60 * 60 * 1000;

interface StoredAuditEvent {
  event_id: string;
  seq: number;
  at: string;
  action: string;
  outcome: Record<string, unknown>;
}

interface Loser {
  agent_id: string;
  priority?: number;
  booking_id: string;
  outcome: "rejected" | "evicted" | "displaced";
  problem_code: string;
  audit_event_id: string;
  at: string;
  seq: number;
}

/** The loser an audit event records, and the booking that beat it (none: the event is no race). */
function lossOf(e: StoredAuditEvent): { winner: string; loser: Omit<Loser, "priority"> } | undefined {
  const o = e.outcome;
  const base = { audit_event_id: e.event_id, at: e.at, seq: Number(e.seq), agent_id: String(o.agent_id), booking_id: String(o.booking_id) };
  if (e.action === "booking.rejected") {
    const rejection = o.rejection as { code?: string; winning_booking_id?: string } | undefined;
    if (!rejection?.winning_booking_id) return undefined;
    return { winner: rejection.winning_booking_id, loser: { ...base, outcome: "rejected", problem_code: rejection.code ?? "conflict" } };
  }
  if (e.action === "booking.evicted" || e.action === "hold.invalidated") {
    const by = o.by_booking_id;
    if (typeof by !== "string" || by.startsWith("external:")) return undefined;
    const evicted = e.action === "booking.evicted";
    return { winner: by, loser: { ...base, outcome: evicted ? "evicted" : "displaced", problem_code: evicted ? "evicted" : "displaced" } };
  }
  return undefined;
}

const entryView = (r: RequestLogRow) => ({
  request_id: r.request_id,
  at: iso(r.at),
  method: r.method,
  path: r.path,
  ...(r.operation_id ? { operation_id: r.operation_id } : {}),
  status: r.status,
  ...(r.agent_id ? { agent_id: r.agent_id } : {}),
  ...(r.idempotency_key ? { idempotency_key: r.idempotency_key } : {}),
  replayed: r.replayed,
  latency_ms: Math.round(r.latency_us) / 1000,
  ...(r.error_code ? { error_code: r.error_code } : {}),
});

type OwnerReadOperation =
  | "listOwnerBookings"
  | "listOwnerAuditEvents"
  | "getOwnerAuditCheckpoint"
  | "getOwnerAuditInclusionProof"
  | "getOwnerAvailability"
  | "previewAvailability"
  | "listRequestLog"
  | "summarizeRequestErrors"
  | "listAgentUsage"
  | "listRaces";

export function ownerReadHandlers(services: Services): Pick<Handlers, OwnerReadOperation> {
  const { db } = services;
  const audit = auditHandlers(services);
  const bookings = bookingHandlers(services);
  const ws = (input: Input) => input.user!.workspace_id;
  const calendarOf = async (input: Input, named: string | undefined) => named ?? (await defaultCalendarOf(db, ws(input)))!;

  return {
    listOwnerBookings: servedBy(bookings.listBookings),
    listOwnerAuditEvents: servedBy(audit.listAuditEvents),
    getOwnerAuditCheckpoint: servedBy(audit.getAuditCheckpoint),
    getOwnerAuditInclusionProof: servedBy(audit.getAuditInclusionProof),

    getOwnerAvailability: async (input) => {
      const calendarId = await calendarOf(input, input.query.calendar_id);
      return availabilityOutput(services, ws(input), [calendarId], input.query);
    },

    previewAvailability: async (input) => {
      const { body } = input;
      const checked = validateRules(body.rules);
      if (!checked.ok) {
        throw invalid(
          "the rules are not valid",
          checked.field_errors.map((e) => ({ ...e, field: toPointer(e.field) })),
        );
      }
      return availabilityOutput(services, ws(input), [await calendarOf(input, body.calendar_id)], body, checked.rules);
    },

    listRequestLog: async (input) => {
      const q = input.query;
      const rows = await listRequestLog(db, ws(input), {
        ...(q.status !== undefined ? { status: Number(q.status) } : {}),
        ...(q.errors_only === true ? { errorsOnly: true } : {}),
        ...(q.agent_id ? { agentId: q.agent_id } : {}),
        ...(q.idempotency_key ? { idempotencyKey: q.idempotency_key } : {}),
        ...(q.error_code ? { errorCode: q.error_code } : {}),
        ...(q.cursor ? { before: decodeCursor(q.cursor, "number", "string") } : {}),
        limit: q.limit + 1,
      });
      return { status: 200, body: page(rows, q.limit, entryView, (r) => [r.at, r.id]) };
    },

    summarizeRequestErrors: async (input) => {
      const groups = await requestErrorGroups(db, ws(input), input.query.agent_id);
      return { status: 200, body: { data: groups.map((g) => ({ ...g, last_at: iso(g.last_at) })) } };
    },

    listAgentUsage: async (input) => {
      const rows = await agentsOf(db, ws(input));
      const stats = await agentRequestStats(db, ws(input), services.now() - DAY_MS);
      return {
        status: 200,
        body: {
          data: rows.map((r) => {
            const s = stats.get(r.agent_id);
            const bucket = services.limiter.peek(r.agent_id);
            return {
              agent_id: r.agent_id,
              ...(s ? { last_used_at: iso(s.last_at) } : {}),
              requests_last_day: s?.requests ?? 0,
              errors_last_day: s?.errors ?? 0,
              rate_limit: {
                capacity: bucket.capacity,
                refill_per_second: bucket.refillPerSecond,
                remaining: bucket.remaining,
                full_in_seconds: bucket.fullInSeconds,
              },
            };
          }),
        },
      };
    },

    listRaces: async (input) => {
      const { cursor } = input.query;
      const beforeSeq = cursor ? decodeCursor(cursor, "number")[0] : undefined;
      const rows = await recentAuditEvents(db, ws(input), { ...(beforeSeq !== undefined ? { beforeSeq } : {}), limit: RACE_SCAN_EVENTS });
      const state = services.stateOf(ws(input));
      const races = new Map<string, Loser[]>();
      for (const row of rows) {
        const loss = lossOf(JSON.parse(row.body) as StoredAuditEvent);
        if (!loss) continue;
        const lost = getBooking(state, loss.loser.booking_id);
        const priority = lost?.agent_priority ?? getAgent(state, loss.loser.agent_id)?.priority;
        const losers = races.get(loss.winner) ?? [];
        losers.push({ ...loss.loser, ...(priority !== undefined ? { priority } : {}) });
        races.set(loss.winner, losers);
      }
      const data = [...races].flatMap(([winnerId, losers]) => {
        const w = getBooking(state, winnerId);
        if (!w) return [];
        losers.sort((a, b) => a.seq - b.seq);
        return [
          {
            calendar_id: w.calendar_id,
            start: iso(w.start),
            end: iso(w.end),
            winner: { agent_id: w.agent_id, priority: w.agent_priority, booking_id: w.booking_id, status: w.status },
            losers: losers.map(({ seq: _seq, ...l }) => l),
            last_at: losers.at(-1)!.at,
            seq: losers.at(-1)!.seq,
          },
        ];
      });
      data.sort((a, b) => b.seq - a.seq);
      const oldest = rows.at(-1);
      const hasMore = rows.length === RACE_SCAN_EVENTS && oldest !== undefined && Number(oldest.seq) > 0;
      return {
        status: 200,
        body: {
          data: data.map(({ seq: _seq, ...race }) => race),
          has_more: hasMore,
          ...(hasMore ? { next_cursor: encodeCursor([Number(oldest.seq)]) } : {}),
        },
      };
    },
  };
}
