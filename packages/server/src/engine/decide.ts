// decide(state, command) → { events, reply }: pure. Every decision is taken against the state
// as updated by the events already emitted for this command, so a batch sees its own winners.
import type {
  Agent,
  Booking,
  BookingWrite,
  BookingsWriteCommand,
  Command,
  CommandType,
  Decision,
  EngineEvent,
  EngineState,
  FieldError,
  Rejection,
  RejectionCode,
  Reply,
  WriteResult,
} from "./types.ts";
import { holdIsDue, isActive, overlaps } from "./intervals.ts";
import { compareRank, conflictRejection, judge } from "./arbitration.ts";
import { firstViolation, validateRules } from "./rules.ts";
import { DEFAULT_SETTINGS, bookingsStartingIn, evolve, getAgent, getBooking, getCalendar } from "./state.ts";
import { mergeSettings, validateAgentUpsert, validateWrite } from "./validate.ts";

/** Accumulates the events of one command and the state they lead to (local to one decide call). */
interface Session {
  state: EngineState;
  events: EngineEvent[];
}

function emit(s: Session, event: EngineEvent): number {
  s.events.push(event);
  s.state = evolve(s.state, event);
  return s.events.length - 1;
}

/** The booking's own copy of the write's metadata (flat string maps, the usual case, copy shallowly). */
function copyMetadata(metadata: Booking["metadata"] | undefined): Booking["metadata"] {
  if (metadata === undefined) return {};
  for (const key in metadata) {
    const v = metadata[key];
    if (typeof v === "object" && v !== null) return structuredClone(metadata);
  }
  return { ...metadata };
}

function reject(code: RejectionCode, message: string, field_errors?: FieldError[]): Rejection {
  return field_errors === undefined ? { code, message } : { code, message, field_errors };
}

function invalid(field_errors: FieldError[]): Rejection {
  return reject("invalid_request", "the request is invalid", field_errors);
}

/** Lazily expires every due hold of a calendar, so no decision depends on when a timer fired. */
function expireDue(s: Session, calendarId: string, at: number, seq: number): string[] {
  const cal = getCalendar(s.state, calendarId);
  if (cal === undefined) return [];
  // Only HELD bookings can fall due, and the calendar lists those on their own.
  const due = Object.values(cal.bookings)
    .filter((b) => holdIsDue(b, at))
    .sort((a, b) => (a.hold_expires_at ?? 0) - (b.hold_expires_at ?? 0) || (a.booking_id < b.booking_id ? -1 : 1));
  for (const b of due) {
    emit(s, {
      type: "hold.expired",
      seq,
      at,
      calendar_id: b.calendar_id,
      booking_id: b.booking_id,
      agent_id: b.agent_id,
      hold_expires_at: b.hold_expires_at ?? at,
    });
  }
  return due.map((b) => b.booking_id);
}

export function decide(state: EngineState, command: Command): Decision {
  const s: Session = { state, events: [] };
  const reply = run(s, command);
  return { events: s.events, reply, state: s.state };
}

function run(s: Session, cmd: Command): Reply {
  const { seq, at } = cmd;
  const rejectCommand = (rejection: Rejection, calendar_id: string | null, agent_id: string | null): Reply => {
    const event_index = emit(s, { type: "command.rejected", seq, at, command: cmd.type, calendar_id, agent_id, rejection });
    return { kind: "rejected", rejection, event_index };
  };

  switch (cmd.type) {
    case "agent.upsert": {
      const existing = getAgent(s.state, cmd.agent_id);
      const errors = validateAgentUpsert(cmd, existing);
      if (errors.length > 0) return rejectCommand(invalid(errors), null, cmd.agent_id);
      const agent: Agent = {
        agent_id: cmd.agent_id,
        workspace_id: cmd.workspace_id,
        priority: cmd.priority ?? existing?.priority ?? 1,
        revoked: cmd.revoked ?? existing?.revoked ?? false,
      };
      const event_index = emit(s, { type: "agent.upserted", seq, at, agent_id: agent.agent_id, agent });
      return { kind: "agent", agent, event_index };
    }

    case "calendar.configure": {
      const existing = getCalendar(s.state, cmd.calendar_id);
      const idErrors = (["calendar_id", "workspace_id"] as const)
        .filter((k) => typeof cmd[k] !== "string" || cmd[k] === "")
        .map((field) => ({ field, message: "must be a non-empty string" }));
      if (idErrors.length > 0) return rejectCommand(invalid(idErrors), null, null);
      if (existing !== undefined && existing.workspace_id !== cmd.workspace_id)
        return rejectCommand(reject("forbidden", "the calendar belongs to another workspace"), cmd.calendar_id, null);
      const merged = mergeSettings(existing?.settings ?? DEFAULT_SETTINGS, cmd.settings ?? {});
      if (!merged.ok) return rejectCommand(invalid(merged.field_errors), cmd.calendar_id, null);
      const { calendar_id, workspace_id } = cmd;
      const event_index = emit(s, { type: "calendar.configured", seq, at, calendar_id, workspace_id, settings: merged.settings });
      return { kind: "calendar", calendar: { calendar_id, workspace_id, settings: merged.settings }, event_index };
    }

    case "rules.set": {
      if (getCalendar(s.state, cmd.calendar_id) === undefined)
        return rejectCommand(reject("not_found", "no such calendar"), cmd.calendar_id, null);
      const v = validateRules(cmd.rules);
      if (!v.ok) return rejectCommand(invalid(v.field_errors), cmd.calendar_id, null);
      const event_index = emit(s, { type: "rules.set", seq, at, calendar_id: cmd.calendar_id, rules: v.rules });
      return { kind: "rules", calendar_id: cmd.calendar_id, rules: v.rules, event_index };
    }

    case "holds.expire": {
      const calendarId = cmd.calendar_id ?? null;
      if (calendarId !== null && getCalendar(s.state, calendarId) === undefined)
        return rejectCommand(reject("not_found", "no such calendar"), calendarId, null);
      const ids = calendarId !== null ? [calendarId] : Object.keys(s.state.calendars).sort();
      const expired = ids.flatMap((id) => expireDue(s, id, at, seq));
      const event_index = emit(s, { type: "holds.swept", seq, at, calendar_id: calendarId, expired });
      return { kind: "holds_expired", booking_ids: expired, event_index };
    }

    case "bookings.write":
      if (cmd.writes.length === 0)
        return rejectCommand(invalid([{ field: "writes", message: "must not be empty" }]), null, null);
      return { kind: "writes", results: decideBatch(s, cmd) };

    case "bookings.commit_hold":
    case "bookings.release_hold":
    case "bookings.cancel":
      return resolve(s, cmd);
  }
}

function rejectBooking(
  s: Session,
  command: CommandType,
  ids: { seq: number; at: number; booking_id: string; agent_id: string; calendar_id: string | null },
  rejection: Rejection,
): number {
  return emit(s, { type: "booking.rejected", command, ...ids, rejection });
}

// ---------------------------------------------------------------------------
// Resolving an existing booking: commit or release a hold, cancel a commit.

type ResolveCommand = Extract<Command, { type: "bookings.commit_hold" | "bookings.release_hold" | "bookings.cancel" }>;

function resolve(s: Session, cmd: ResolveCommand): Reply {
  const { seq, at, booking_id, agent_id } = cmd;
  const fail = (rejection: Rejection, calendar_id: string | null): Reply => ({
    kind: "rejected",
    rejection,
    event_index: rejectBooking(s, cmd.type, { seq, at, booking_id, agent_id, calendar_id }, rejection),
  });

  const agent = getAgent(s.state, agent_id);
  if (agent === undefined || agent.revoked) return fail(reject("forbidden", "unknown or revoked agent"), null);
  const found = getBooking(s.state, booking_id);
  if (found === undefined) return fail(reject("not_found", "no such booking"), null);
  const calendar_id = found.calendar_id;
  if (found.agent_id !== agent_id) return fail(reject("forbidden", "the booking belongs to another agent"), calendar_id);

  expireDue(s, calendar_id, at, seq);
  const b = getBooking(s.state, booking_id) as Booking;
  const ref = { seq, at, calendar_id, booking_id, agent_id };

  if (cmd.type === "bookings.cancel") {
    if (b.status !== "COMMITTED")
      return fail(reject("invalid_transition", `only a COMMITTED booking can be cancelled (it is ${b.status})`), calendar_id);
    emit(s, { type: "booking.cancelled", ...ref, reason: cmd.reason ?? null });
  } else {
    if (b.status === "EXPIRED") return fail(reject("hold_expired", "the hold expired"), calendar_id);
    if (b.status !== "HELD")
      return fail(reject("invalid_transition", `the hold is already resolved (it is ${b.status})`), calendar_id);
    emit(s, { type: cmd.type === "bookings.commit_hold" ? "hold.committed" : "hold.released", ...ref });
  }
  return { kind: "booking", booking: getBooking(s.state, booking_id) as Booking, event_index: s.events.length - 1 };
}

// ---------------------------------------------------------------------------
// Writes: a batch is decided greedily in rank order (priority, seq, agent id).

function decideBatch(s: Session, cmd: BookingsWriteCommand): WriteResult[] {
  const { seq, at, writes } = cmd;
  for (const id of [...new Set(writes.map((w) => w.calendar_id))].sort()) expireDue(s, id, at, seq);

  const order = writes
    .map((w, index) => ({ w, index, rank: { priority: getAgent(s.state, w.agent_id)?.priority ?? Infinity, seq: w.seq, agent_id: w.agent_id } }))
    .sort((a, b) => compareRank(a.rank, b.rank) || a.index - b.index);

  const results: WriteResult[] = new Array<WriteResult>(writes.length);
  const batchIds = new Set<string>();
  for (const { w, index } of order) {
    results[index] = decideWrite(s, w, at, batchIds);
    batchIds.add(w.booking_id);
  }
  return results;
}

function decideWrite(s: Session, w: BookingWrite, at: number, batchIds: ReadonlySet<string>): WriteResult {
  const { booking_id, agent_id } = w;
  const fail = (rejection: Rejection, calendar_id: string | null): WriteResult => ({
    booking_id,
    ok: false,
    rejection,
    event_index: rejectBooking(s, "bookings.write", { seq: w.seq, at, booking_id, agent_id, calendar_id }, rejection),
  });

  const agent = getAgent(s.state, agent_id);
  if (agent === undefined || agent.revoked) return fail(reject("forbidden", "unknown or revoked agent"), null);
  const cal = getCalendar(s.state, w.calendar_id);
  if (cal === undefined) return fail(reject("not_found", "no such calendar"), null);
  const calendar_id = cal.calendar_id;
  if (cal.workspace_id !== agent.workspace_id)
    return fail(reject("forbidden", "the calendar belongs to another workspace"), calendar_id);

  const errors = validateWrite(w, at, cal.settings);
  if (typeof booking_id !== "string" || booking_id === "" || batchIds.has(booking_id) || getBooking(s.state, booking_id) !== undefined)
    errors.unshift({ field: "booking_id", message: "must be a new, unique booking id" });
  if (errors.length > 0) return fail(invalid(errors), calendar_id);

  // Active bookings starting in [from, to): rules and arbitration only read the days near the write.
  const activeStartingIn = (from: number, to: number): Booking[] => bookingsStartingIn(cal, from, to).filter((b) => isActive(b, at));
  const rule =
    cal.rules.length === 0
      ? null
      : firstViolation(cal.rules, { write: w, at, timeZone: cal.settings.time_zone, activeStartingIn, longestMs: cal.longest_ms });
  if (rule !== null) {
    return fail(
      { code: "rule_violation", message: `the booking breaks rule ${rule.rule_id} (${rule.kind})`, rule: { rule_id: rule.rule_id, kind: rule.kind } },
      calendar_id,
    );
  }

  // Judge every overlapping booking, strongest holder first; all-or-nothing.
  const contender = { priority: agent.priority, mode: w.mode, at };
  const rivals = activeStartingIn(w.start - cal.longest_ms, w.end)
    .filter((b) => overlaps(b, w))
    .sort((a, b) => a.agent_priority - b.agent_priority || a.start - b.start || (a.booking_id < b.booking_id ? -1 : 1));
  const verdicts = rivals.map((b) => {
    const v = judge(contender, b, cal.settings.bump_window_ms);
    // A write never displaces one accepted earlier in its own batch (docs/protocol.md §3.3: accepted iff it overlaps nothing accepted).
    return { b, v: batchIds.has(b.booking_id) && v.kind !== "reject" ? ({ kind: "reject", code: "slot_taken" } as const) : v };
  });
  for (const { b, v } of verdicts) {
    if (v.kind === "reject") return fail(conflictRejection(v.code, b), calendar_id);
  }

  const displacer = { by_booking_id: booking_id, by_agent_id: agent_id, by_agent_priority: agent.priority };
  for (const { b, v } of verdicts) {
    const ref = { seq: w.seq, at, calendar_id, booking_id: b.booking_id, agent_id: b.agent_id, ...displacer };
    emit(s, { type: v.kind === "evict" ? "booking.evicted" : "hold.invalidated", ...ref });
  }

  const hold = w.mode === "hold";
  const ttl = w.hold_ttl_seconds ?? cal.settings.hold_ttl_default_seconds;
  const booking: Booking = {
    booking_id,
    calendar_id,
    agent_id,
    agent_priority: agent.priority,
    status: hold ? "HELD" : "COMMITTED",
    start: w.start,
    end: w.end,
    metadata: copyMetadata(w.metadata),
    hold_expires_at: hold ? at + ttl * 1000 : null,
    committed_at: hold ? null : at,
    created_at: at,
  };
  const event_index = emit(s, {
    type: hold ? "booking.held" : "booking.committed",
    seq: w.seq,
    at,
    calendar_id,
    booking_id,
    agent_id,
    booking,
  });
  return { booking_id, ok: true, booking, event_index };
}
