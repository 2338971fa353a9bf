// decide(state, command) → { events, reply }: pure. Every decision is taken against the state
// as updated by the events already emitted for this command, so a batch sees its own winners.
import type {
  Agent,
  BatchItem,
  Booking,
  BookingMode,
  BookingMove,
  BookingWrite,
  BookingsWriteCommand,
  CalendarSettings,
  CalendarState,
  OccurrenceResult,
  SeriesCancelCommand,
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
import { DEFAULT_SETTINGS, bookingCalendars, bookingsStartingIn, evolve, getAgent, getBooking, getCalendar } from "./state.ts";
import { mergeSettings, validateAgentUpsert, validateInterval, validateWrite } from "./validate.ts";
import { MAX_OCCURRENCES, expandRecurrence, occurrenceId } from "./recurrence.ts";
import { offsetAt, zonedInstant } from "./tz.ts";
import {
  MAX_EXTERNAL_SOURCES,
  MAX_SOURCE_ID_LENGTH,
  appearedIntervals,
  externalBusyIn,
  externalMode,
  normaliseIntervals,
} from "./external.ts";
import type { ExternalBusySetCommand, ExternalConflict } from "./types.ts";

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
  const due = Object.values(cal.holds)
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
      if (cmd.writes.length === 0) return rejectCommand(invalid([{ field: "writes", message: "must not be empty" }]), null, null);
      return { kind: "writes", results: decideBatch(s, cmd) };

    case "bookings.commit_hold":
    case "bookings.release_hold":
    case "bookings.cancel":
      return resolve(s, cmd);

    case "series.cancel":
      return cancelSeries(s, cmd);

    case "external.busy_set":
      return setExternalBusy(s, cmd, rejectCommand);
  }
}

// ---------------------------------------------------------------------------
// External busy sets (issue 19).

function setExternalBusy(
  s: Session,
  cmd: ExternalBusySetCommand,
  rejectCommand: (rejection: Rejection, calendar_id: string | null, agent_id: string | null) => Reply,
): Reply {
  const { seq, at, calendar_id, source_id } = cmd;
  const idErrors = (["calendar_id", "workspace_id", "source_id"] as const)
    .filter((k) => typeof cmd[k] !== "string" || cmd[k] === "" || cmd[k].length > MAX_SOURCE_ID_LENGTH)
    .map((field) => ({ field, message: `must be a non-empty string of at most ${MAX_SOURCE_ID_LENGTH} characters` }));
  if (idErrors.length > 0) return rejectCommand(invalid(idErrors), typeof calendar_id === "string" ? calendar_id : null, null);
  const cal = getCalendar(s.state, calendar_id);
  if (cal === undefined) return rejectCommand(reject("not_found", "no such calendar"), calendar_id, null);
  if (cal.workspace_id !== cmd.workspace_id)
    return rejectCommand(reject("forbidden", "the calendar belongs to another workspace"), calendar_id, null);
  const v = normaliseIntervals(cmd.intervals);
  if (!v.ok) return rejectCommand(invalid(v.field_errors), calendar_id, null);
  const previous = cal.external !== undefined && Object.hasOwn(cal.external, source_id) ? cal.external[source_id] : undefined;
  if (previous === undefined && v.intervals.length > 0 && Object.keys(cal.external ?? {}).length >= MAX_EXTERNAL_SOURCES)
    return rejectCommand(
      invalid([{ field: "source_id", message: `a calendar has at most ${MAX_EXTERNAL_SOURCES} external sources` }]),
      calendar_id,
      null,
    );

  expireDue(s, calendar_id, at, seq);
  const appeared = appearedIntervals(previous?.intervals ?? [], v.intervals);
  const event_index = emit(s, {
    type: "external.busy_set",
    seq,
    at,
    calendar_id,
    source_id,
    intervals: v.intervals,
    appeared: appeared.length,
  });

  // Effects of the intervals that appeared: a hold under one is invalidated (block mode) or reported
  // (flag mode); a commit is reported, never evicted. Each booking once, on the first interval it meets.
  const flag = externalMode(cal) === "flag";
  const seen = new Set<string>();
  const invalidated: string[] = [];
  const conflicts: string[] = [];
  const now = getCalendar(s.state, calendar_id) as CalendarState;
  for (const x of appeared) {
    const hits = bookingsStartingIn(now, x.start - now.longest_ms, x.end)
      .filter((b) => isActive(b, at) && overlaps(b, x) && !seen.has(b.booking_id))
      .sort((a, b) => a.start - b.start || (a.booking_id < b.booking_id ? -1 : 1));
    for (const b of hits) {
      seen.add(b.booking_id);
      const ref = { seq, at, calendar_id: b.calendar_id, booking_id: b.booking_id, agent_id: b.agent_id };
      if (b.status === "HELD" && !flag) {
        const by = `external:${source_id}`;
        emit(s, {
          type: "hold.invalidated",
          ...ref,
          by_booking_id: by,
          by_agent_id: by,
          by_agent_priority: 0,
          reason: "external",
          source_id,
          interval: x,
        });
        invalidated.push(b.booking_id);
      } else {
        emit(s, { type: "booking.external_conflict", ...ref, source_id, interval: x });
        conflicts.push(b.booking_id);
      }
    }
  }
  return { kind: "external_busy", calendar_id, source_id, interval_count: v.intervals.length, invalidated, conflicts, event_index };
}

/** External intervals over [start, end) on the given calendars (block and flag alike), first calendar first. */
function externalConflictsOn(s: Session, calendarIds: readonly string[], start: number, end: number): ExternalConflict[] {
  const out: ExternalConflict[] = [];
  const seen = new Set<string>();
  for (const id of calendarIds) {
    for (const x of externalBusyIn(getCalendar(s.state, id) as CalendarState, start, end)) {
      const key = `${x.source_id}\u0000${x.start}\u0000${x.end}\u0000${x.uid ?? ""}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(x);
      }
    }
  }
  return out;
}

/** The booking with `external_conflicts` set to what it now overlaps (absent when nothing). */
function withExternalConflicts(s: Session, b: Booking): Booking {
  const { external_conflicts: _old, ...rest } = b;
  const found = externalConflictsOn(s, bookingCalendars(b), b.start, b.end);
  return found.length > 0 ? { ...rest, external_conflicts: found } : rest;
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
    if (b.status !== "HELD") return fail(reject("invalid_transition", `the hold is already resolved (it is ${b.status})`), calendar_id);
    emit(s, { type: cmd.type === "bookings.commit_hold" ? "hold.committed" : "hold.released", ...ref });
  }
  return { kind: "booking", booking: getBooking(s.state, booking_id) as Booking, event_index: s.events.length - 1 };
}

// ---------------------------------------------------------------------------
// Writes: a batch is decided greedily in rank order (priority, seq, agent id). A batch item is a
// new booking (one calendar or several, once or as a series) or the move of an existing one.

/**
 * Calendars a batch item may touch: a write's calendar(s), a move's booking's calendars. The engine
 * expires their due holds first; the arbiter should key the item's batch on all of them (unknown ids
 * are harmless here).
 */
export function batchItemCalendars(state: EngineState, item: BatchItem): string[] {
  if (item.kind === "move") {
    const b = typeof item.booking_id === "string" ? getBooking(state, item.booking_id) : undefined;
    return b === undefined ? [] : bookingCalendars(b);
  }
  const extra = Array.isArray(item.calendar_ids) ? item.calendar_ids.filter((c): c is string => typeof c === "string") : [];
  return [item.calendar_id, ...extra];
}

function decideBatch(s: Session, cmd: BookingsWriteCommand): WriteResult[] {
  const { seq, at, writes } = cmd;
  for (const id of [...new Set(writes.flatMap((w) => batchItemCalendars(s.state, w)))].sort()) expireDue(s, id, at, seq);

  const order = writes
    .map((w, index) => ({
      w,
      index,
      rank: { priority: getAgent(s.state, w.agent_id)?.priority ?? Infinity, seq: w.seq, agent_id: w.agent_id },
    }))
    .sort((a, b) => compareRank(a.rank, b.rank) || a.index - b.index);

  const results: WriteResult[] = new Array<WriteResult>(writes.length);
  // Bookings accepted (created or moved) earlier in this batch: never displaced by a later item.
  const batchIds = new Set<string>();
  for (const { w, index } of order) {
    const r =
      w.kind === "move"
        ? decideMove(s, w, at, batchIds)
        : w.recurrence !== undefined
          ? decideSeries(s, w, at, batchIds)
          : decideWrite(s, w, at, batchIds);
    results[index] = r;
    batchIds.add(w.booking_id);
    for (const o of r.series?.occurrences ?? []) if (o.ok) batchIds.add(o.booking_id);
  }
  return results;
}

/** A claim on an interval of one or more calendars, judged by rules then arbitration (docs/protocol.md §3.3–§3.6). */
interface Claim {
  booking_id: string;
  agent_id: string;
  priority: number;
  mode: BookingMode;
  start: number;
  end: number;
  calendar_ids: readonly string[];
  /** Bookings whose current interval the claim does not see: a move's own old interval. */
  ignore: ReadonlySet<string>;
  /** Name the calendar in a rejection (multi-calendar bookings). */
  name_calendar: boolean;
}

type Placement =
  | { ok: true; displaced: Array<{ b: Booking; kind: "evict" | "invalidate" }> }
  | { ok: false; rejection: Rejection; calendar_id: string };

const NOTHING_IGNORED: ReadonlySet<string> = new Set();

/**
 * Judges a claim against the current state without changing it: every calendar's rules first,
 * then arbitration on every calendar. It wins only if it wins everywhere; the first loss is named.
 */
function place(s: Session, c: Claim, at: number, batchIds: ReadonlySet<string>): Placement {
  const named = (rejection: Rejection, calendar_id: string): Placement => ({
    ok: false,
    rejection: c.name_calendar ? { ...rejection, calendar_id } : rejection,
    calendar_id,
  });
  const calendars = c.calendar_ids.map((id) => getCalendar(s.state, id) as CalendarState);
  // Active bookings starting in [from, to): rules and arbitration only read the days near the claim.
  const activeIn =
    (cal: CalendarState) =>
    (from: number, to: number): Booking[] =>
      bookingsStartingIn(cal, from, to).filter((b) => isActive(b, at) && !c.ignore.has(b.booking_id));
  const write = { start: c.start, end: c.end, agent_id: c.agent_id };

  for (const cal of calendars) {
    const rule =
      cal.rules.length === 0
        ? null
        : firstViolation(cal.rules, {
            write,
            at,
            timeZone: cal.settings.time_zone,
            activeStartingIn: activeIn(cal),
            longestMs: cal.longest_ms,
          });
    if (rule !== null) {
      return named(
        {
          code: "rule_violation",
          message: `the booking breaks rule ${rule.rule_id} (${rule.kind})`,
          rule: { rule_id: rule.rule_id, kind: rule.kind },
        },
        cal.calendar_id,
      );
    }
    // Issue 19: external busy time blocks like a rule (checked after the owner's rules), unless the calendar flags it.
    if (cal.external !== undefined && externalMode(cal) === "block") {
      const x = externalBusyIn(cal, c.start, c.end)[0];
      if (x !== undefined)
        return named(
          {
            code: "rule_violation",
            message: `the booking overlaps busy time of external source ${x.source_id}`,
            rule: { rule_id: x.source_id, kind: "external_busy" },
            external: x,
          },
          cal.calendar_id,
        );
    }
  }

  const displaced = new Map<string, { b: Booking; kind: "evict" | "invalidate" }>();
  const contender = { priority: c.priority, mode: c.mode, at };
  for (const cal of calendars) {
    // Judge every overlapping booking, strongest holder first; all-or-nothing.
    const rivals = activeIn(cal)(c.start - cal.longest_ms, c.end)
      .filter((b) => overlaps(b, c))
      .sort((a, b) => a.agent_priority - b.agent_priority || a.start - b.start || (a.booking_id < b.booking_id ? -1 : 1));
    for (const b of rivals) {
      const v = judge(contender, b, cal.settings.bump_window_ms);
      // A write never displaces one accepted earlier in its own batch (docs/protocol.md §3.3: accepted iff it overlaps nothing accepted).
      if (v.kind === "reject" || batchIds.has(b.booking_id))
        return named(conflictRejection(v.kind === "reject" ? v.code : "slot_taken", b), cal.calendar_id);
    }
    for (const b of rivals) {
      const v = judge(contender, b, cal.settings.bump_window_ms);
      if (v.kind !== "reject" && !displaced.has(b.booking_id)) displaced.set(b.booking_id, { b, kind: v.kind });
    }
  }
  return { ok: true, displaced: [...displaced.values()] };
}

function emitDisplaced(s: Session, p: Extract<Placement, { ok: true }>, c: Claim, seq: number, at: number): void {
  const displacer = { by_booking_id: c.booking_id, by_agent_id: c.agent_id, by_agent_priority: c.priority };
  for (const { b, kind } of p.displaced) {
    const ref = { seq, at, calendar_id: b.calendar_id, booking_id: b.booking_id, agent_id: b.agent_id, ...displacer };
    emit(s, { type: kind === "evict" ? "booking.evicted" : "hold.invalidated", ...ref });
  }
}

/** The calendars a new booking asks for: `calendar_ids` (2–10 of the agent's workspace) or `calendar_id`. */
function writeCalendars(
  s: Session,
  w: BookingWrite,
  agent: Agent,
): { ok: true; ids: string[] } | { ok: false; rejection: Rejection; calendar_id: string | null } {
  if (w.calendar_ids === undefined) {
    const cal = getCalendar(s.state, w.calendar_id);
    if (cal === undefined) return { ok: false, rejection: reject("not_found", "no such calendar"), calendar_id: null };
    if (cal.workspace_id !== agent.workspace_id)
      return { ok: false, rejection: reject("forbidden", "the calendar belongs to another workspace"), calendar_id: cal.calendar_id };
    return { ok: true, ids: [cal.calendar_id] };
  }
  const ids: unknown = w.calendar_ids;
  const bad = (errors: FieldError[]) => ({ ok: false as const, rejection: invalid(errors), calendar_id: null });
  if (!Array.isArray(ids) || ids.length < 2 || ids.length > 10)
    return bad([{ field: "calendar_ids", message: "must be an array of 2 to 10 calendar ids" }]);
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const check = (id: unknown, i: number): unknown => {
    const field = `calendar_ids[${i}]`;
    if (typeof id !== "string" || id === "") return errors.push({ field, message: "must be a non-empty string" });
    if (seen.has(id)) return errors.push({ field, message: "duplicate calendar id" });
    seen.add(id);
    const cal = getCalendar(s.state, id);
    if (cal === undefined) return errors.push({ field, message: "no such calendar" });
    if (cal.workspace_id !== agent.workspace_id) return errors.push({ field, message: "the calendar belongs to another workspace" });
    return undefined;
  };
  for (const [i, id] of ids.entries()) check(id, i);
  if (errors.length === 0 && w.calendar_id !== ids[0]) errors.push({ field: "calendar_id", message: "must equal calendar_ids[0]" });
  return errors.length > 0 ? bad(errors) : { ok: true, ids: ids as string[] };
}

/** Field errors of a new booking's interval, mode, TTL and metadata against every calendar it asks for. */
function writeErrors(s: Session, w: BookingWrite, ids: readonly string[], at: number): FieldError[] {
  const [first, ...rest] = ids.map((id) => (getCalendar(s.state, id) as CalendarState).settings);
  const errors = validateWrite(w, at, first as CalendarSettings);
  if (w.kind !== undefined && w.kind !== "create") errors.push({ field: "kind", message: "must be create or move" });
  for (const settings of rest) {
    // The TTL must suit every calendar; the other checks do not depend on the calendar.
    for (const e of validateWrite(w, at, settings))
      if (e.field === "hold_ttl_seconds" && !errors.some((x) => x.field === e.field)) errors.push(e);
  }
  return errors;
}

function isNewId(s: Session, id: unknown, batchIds: ReadonlySet<string>): boolean {
  return typeof id === "string" && id !== "" && !batchIds.has(id) && getBooking(s.state, id) === undefined;
}

/** The booking a won claim creates (`calendar_ids`/`series_id` only when they apply, see Booking). */
function newBooking(s: Session, w: BookingWrite, c: Claim, at: number, series_id: string | null): Booking {
  const hold = w.mode === "hold";
  const first = getCalendar(s.state, c.calendar_ids[0] as string) as CalendarState;
  const ttl = w.hold_ttl_seconds ?? first.settings.hold_ttl_default_seconds;
  const booking: Booking = {
    booking_id: c.booking_id,
    calendar_id: first.calendar_id,
    agent_id: c.agent_id,
    agent_priority: c.priority,
    status: hold ? "HELD" : "COMMITTED",
    start: c.start,
    end: c.end,
    metadata: copyMetadata(w.metadata),
    hold_expires_at: hold ? at + ttl * 1000 : null,
    committed_at: hold ? null : at,
    created_at: at,
  };
  if (c.calendar_ids.length > 1) booking.calendar_ids = [...c.calendar_ids];
  if (series_id !== null) booking.series_id = series_id;
  const conflicts = externalConflictsOn(s, c.calendar_ids, c.start, c.end);
  if (conflicts.length > 0) booking.external_conflicts = conflicts;
  return booking;
}

function emitCreated(s: Session, booking: Booking, seq: number, at: number): number {
  const { calendar_id, booking_id, agent_id } = booking;
  return emit(s, {
    type: booking.status === "HELD" ? "booking.held" : "booking.committed",
    seq,
    at,
    calendar_id,
    booking_id,
    agent_id,
    booking,
  });
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
  const cals = writeCalendars(s, w, agent);
  if (!cals.ok) return fail(cals.rejection, cals.calendar_id);
  const calendar_id = cals.ids[0] as string;

  const errors = writeErrors(s, w, cals.ids, at);
  if (!isNewId(s, booking_id, batchIds)) errors.unshift({ field: "booking_id", message: "must be a new, unique booking id" });
  if (errors.length > 0) return fail(invalid(errors), calendar_id);

  const claim: Claim = {
    booking_id,
    agent_id,
    priority: agent.priority,
    mode: w.mode,
    start: w.start,
    end: w.end,
    calendar_ids: cals.ids,
    ignore: NOTHING_IGNORED,
    name_calendar: cals.ids.length > 1,
  };
  const p = place(s, claim, at, batchIds);
  if (!p.ok) return fail(p.rejection, p.calendar_id);
  emitDisplaced(s, p, claim, w.seq, at);
  const booking = newBooking(s, w, claim, at, null);
  return { booking_id, ok: true, booking, event_index: emitCreated(s, booking, w.seq, at) };
}

// ---------------------------------------------------------------------------
// Recurring series: one write, up to 100 occurrences, each decided like a write of its own.

function decideSeries(s: Session, w: BookingWrite, at: number, batchIds: ReadonlySet<string>): WriteResult {
  const { booking_id: series_id, agent_id } = w;
  const fail = (rejection: Rejection, calendar_id: string | null, extra: Partial<WriteResult> = {}): WriteResult => ({
    booking_id: series_id,
    ...extra,
    ok: false,
    rejection,
    event_index: rejectBooking(s, "bookings.write", { seq: w.seq, at, booking_id: series_id, agent_id, calendar_id }, rejection),
  });

  const agent = getAgent(s.state, agent_id);
  if (agent === undefined || agent.revoked) return fail(reject("forbidden", "unknown or revoked agent"), null);
  const cals = writeCalendars(s, w, agent);
  if (!cals.ok) return fail(cals.rejection, cals.calendar_id);
  const calendar_id = cals.ids[0] as string;
  const tz = (getCalendar(s.state, calendar_id) as CalendarState).settings.time_zone;

  const errors = writeErrors(s, w, cals.ids, at);
  const rec: unknown = w.recurrence;
  const aon = typeof rec === "object" && rec !== null ? (rec as { all_or_nothing?: unknown }).all_or_nothing : undefined;
  if (typeof rec !== "object" || rec === null || Array.isArray(rec)) errors.push({ field: "recurrence", message: "must be an object" });
  else if (aon !== undefined && typeof aon !== "boolean") errors.push({ field: "recurrence.all_or_nothing", message: "must be a boolean" });
  const expansion = errors.length > 0 ? null : expandRecurrence((rec as { rrule?: unknown }).rrule, w.start, tz);
  if (expansion !== null && !expansion.ok) errors.push({ field: "recurrence.rrule", message: expansion.message });
  const starts = expansion?.ok === true ? expansion.starts : [];
  const ids = starts.map((_, i) => occurrenceId(series_id, i));
  if (!isNewId(s, series_id, batchIds) || !ids.every((id) => isNewId(s, id, batchIds)))
    errors.unshift({ field: "booking_id", message: "must be a new, unique booking id" });
  if (errors.length > 0) return fail(invalid(errors), calendar_id);

  const allOrNothing = aon !== false;
  const duration = w.end - w.start;
  // All or nothing: decide on a trial session, keep it only if every occurrence won.
  const trial: Session = allOrNothing ? { state: s.state, events: [] } : s;
  const accepted = new Set(batchIds);
  const occurrences: OccurrenceResult[] = [];
  for (const [index, start] of starts.entries()) {
    const booking_id = ids[index] as string;
    const end = start + duration;
    const claim: Claim = {
      booking_id,
      agent_id,
      priority: agent.priority,
      mode: w.mode,
      start,
      end,
      calendar_ids: cals.ids,
      ignore: NOTHING_IGNORED,
      name_calendar: cals.ids.length > 1,
    };
    const occurrence = { index, booking_id, start, end };
    const p = place(trial, claim, at, accepted);
    if (!p.ok) {
      const rejection: Rejection = { ...p.rejection, occurrence };
      if (allOrNothing)
        return fail(rejection, p.calendar_id, { series: { series_id, occurrences: [{ ...occurrence, ok: false, rejection }] } });
      rejectBooking(s, "bookings.write", { seq: w.seq, at, booking_id, agent_id, calendar_id: p.calendar_id }, rejection);
      occurrences.push({ ...occurrence, ok: false, rejection });
      continue;
    }
    emitDisplaced(trial, p, claim, w.seq, at);
    const booking = newBooking(trial, w, claim, at, series_id);
    emitCreated(trial, booking, w.seq, at);
    accepted.add(booking_id);
    occurrences.push({ ...occurrence, ok: true, booking });
  }
  if (allOrNothing) {
    s.events.push(...trial.events);
    s.state = trial.state;
  }
  const created = occurrences.flatMap((o) => (o.ok ? [o.booking_id] : []));
  const failed = occurrences.flatMap((o) =>
    o.ok ? [] : [{ index: o.index, booking_id: o.booking_id, start: o.start, end: o.end, rejection: o.rejection }],
  );
  const event_index = emit(s, {
    type: "series.decided",
    seq: w.seq,
    at,
    booking_id: series_id,
    series_id,
    calendar_id,
    agent_id,
    rrule: (rec as { rrule: string }).rrule,
    all_or_nothing: allOrNothing,
    created,
    failed,
  });
  const series = { series_id, occurrences };
  const first = occurrences.find((o) => o.ok);
  if (first === undefined || !first.ok) {
    const rejection = (failed[0] as { rejection: Rejection }).rejection;
    return { booking_id: series_id, series, ok: false, rejection, event_index };
  }
  return { booking_id: series_id, series, ok: true, booking: first.booking, event_index };
}

/** The occurrences of a series that exist (any status), in order. */
function seriesOccurrences(state: EngineState, seriesId: string): Booking[] {
  const out: Booking[] = [];
  for (let i = 0; i < MAX_OCCURRENCES; i++) {
    const b = getBooking(state, occurrenceId(seriesId, i));
    if (b !== undefined && b.series_id === seriesId) out.push(b);
  }
  return out;
}

function cancelSeries(s: Session, cmd: SeriesCancelCommand): Reply {
  const { seq, at, series_id, agent_id } = cmd;
  const fail = (rejection: Rejection, calendar_id: string | null): Reply => ({
    kind: "rejected",
    rejection,
    event_index: rejectBooking(s, cmd.type, { seq, at, booking_id: series_id, agent_id, calendar_id }, rejection),
  });
  const agent = getAgent(s.state, agent_id);
  if (agent === undefined || agent.revoked) return fail(reject("forbidden", "unknown or revoked agent"), null);
  const found = typeof series_id === "string" ? seriesOccurrences(s.state, series_id) : [];
  const first = found[0];
  if (first === undefined) return fail(reject("not_found", "no such series"), null);
  if (first.agent_id !== agent_id) return fail(reject("forbidden", "the series belongs to another agent"), first.calendar_id);
  for (const id of [...new Set(found.flatMap(bookingCalendars))].sort()) expireDue(s, id, at, seq);
  // Occurrences already over stay as they are: cancelling a series cancels what is still to come.
  const live = seriesOccurrences(s.state, series_id).filter((b) => (b.status === "COMMITTED" || b.status === "HELD") && b.end > at);
  if (live.length === 0)
    return fail(reject("invalid_transition", "the series has no HELD or COMMITTED occurrence left"), first.calendar_id);
  for (const b of live) {
    const ref = { seq, at, calendar_id: b.calendar_id, booking_id: b.booking_id, agent_id };
    if (b.status === "COMMITTED") emit(s, { type: "booking.cancelled", ...ref, reason: cmd.reason ?? null });
    else emit(s, { type: "hold.released", ...ref });
  }
  const booking_ids = live.map((b) => b.booking_id);
  const event_index = emit(s, {
    type: "series.cancelled",
    seq,
    at,
    booking_id: series_id,
    series_id,
    agent_id,
    booking_ids,
    reason: cmd.reason ?? null,
  });
  return { kind: "series_cancelled", series_id, bookings: booking_ids.map((id) => getBooking(s.state, id) as Booking), event_index };
}

// ---------------------------------------------------------------------------
// Moves: an own HELD or COMMITTED booking (or its whole series) to a new interval.

/** Local wall clock of an instant, as if it were UTC (so a wall-clock shift is plain arithmetic). */
function wallOf(instant: number, tz: string): number {
  return instant + offsetAt(instant, tz);
}

/** The instant of a wall clock (DST gaps move forward, ambiguous times take the earlier instant). */
function instantOfWall(wall: number, tz: string): number {
  const d = new Date(wall);
  const subMinute = d.getUTCSeconds() * 1000 + d.getUTCMilliseconds();
  return (
    zonedInstant(
      { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() },
      d.getUTCHours() * 60 + d.getUTCMinutes(),
      tz,
    ) + subMinute
  );
}

function decideMove(s: Session, m: BookingMove, at: number, batchIds: ReadonlySet<string>): WriteResult {
  const { booking_id, agent_id } = m;
  const fail = (rejection: Rejection, calendar_id: string | null): WriteResult => ({
    booking_id,
    ok: false,
    rejection,
    event_index: rejectBooking(s, "bookings.write", { seq: m.seq, at, booking_id, agent_id, calendar_id }, rejection),
  });

  const agent = getAgent(s.state, agent_id);
  if (agent === undefined || agent.revoked) return fail(reject("forbidden", "unknown or revoked agent"), null);
  const b = getBooking(s.state, booking_id);
  if (b === undefined) return fail(reject("not_found", "no such booking"), null);
  const calendar_id = b.calendar_id;
  if (b.agent_id !== agent_id) return fail(reject("forbidden", "the booking belongs to another agent"), calendar_id);
  // Due holds were expired when the batch began, so a hold past its TTL reads EXPIRED here.
  if (b.status === "EXPIRED") return fail(reject("hold_expired", "the hold expired"), calendar_id);
  if (b.status !== "HELD" && b.status !== "COMMITTED")
    return fail(reject("invalid_transition", `only a HELD or COMMITTED booking can be moved (it is ${b.status})`), calendar_id);
  const errors = validateInterval(m, at);
  if (m.whole_series !== undefined && typeof m.whole_series !== "boolean")
    errors.push({ field: "whole_series", message: "must be a boolean" });
  else if (m.whole_series === true && b.series_id === undefined)
    errors.push({ field: "whole_series", message: "the booking is not part of a series" });
  if (errors.length > 0) return fail(invalid(errors), calendar_id);

  // What moves where: the booking alone, or every occurrence still to come shifted by the same
  // local wall-clock amount (so a weekly 09:00 series moved to 10:00 stays 10:00 across DST).
  const tz = (getCalendar(s.state, calendar_id) as CalendarState).settings.time_zone;
  const duration = m.end - m.start;
  const shift = wallOf(m.start, tz) - wallOf(b.start, tz);
  const group =
    m.whole_series === true
      ? seriesOccurrences(s.state, b.series_id as string).filter(
          (o) => o.booking_id === b.booking_id || ((o.status === "HELD" || o.status === "COMMITTED") && o.end > at),
        )
      : [b];
  const targets = group.map((o) => {
    const start = o.booking_id === b.booking_id ? m.start : instantOfWall(wallOf(o.start, tz) + shift, tz);
    return { o, start, end: start + duration };
  });
  for (const t of targets) {
    const e = validateInterval(t, at);
    if (e.length > 0) return fail(invalid(e.map((x) => ({ ...x, message: `${t.o.booking_id}: ${x.message}` }))), calendar_id);
  }

  // Decided on a trial session: every occurrence moves or none. An occurrence not yet moved does
  // not see its siblings' old intervals (they are leaving); one already moved is seen where it went.
  const trial: Session = { state: s.state, events: [] };
  const pending = new Set(group.map((o) => o.booking_id));
  const moved: OccurrenceResult[] = [];
  let primary = -1;
  for (const [index, t] of targets.entries()) {
    const o = getBooking(trial.state, t.o.booking_id) as Booking;
    const multi = bookingCalendars(o).length > 1;
    const claim: Claim = {
      booking_id: o.booking_id,
      agent_id,
      priority: agent.priority,
      mode: o.status === "HELD" ? "hold" : "commit",
      start: t.start,
      end: t.end,
      calendar_ids: bookingCalendars(o),
      ignore: pending,
      name_calendar: multi,
    };
    const p = place(trial, claim, at, batchIds);
    if (!p.ok) {
      const rejection =
        group.length > 1 ? { ...p.rejection, occurrence: { index, booking_id: o.booking_id, start: t.start, end: t.end } } : p.rejection;
      return fail(rejection, p.calendar_id);
    }
    emitDisplaced(trial, p, claim, m.seq, at);
    // The move keeps status, metadata and hold expiry (a move is no way to renew a hold); it takes the
    // agent's priority now and restarts the bump window (moved_at, see bumpClockStart).
    const booking: Booking = withExternalConflicts(trial, {
      ...o,
      agent_priority: agent.priority,
      start: t.start,
      end: t.end,
      moved_at: at,
    });
    const i = emit(trial, {
      type: "booking.moved",
      seq: m.seq,
      at,
      calendar_id: o.calendar_id,
      booking_id: o.booking_id,
      agent_id,
      from: { start: o.start, end: o.end },
      to: { start: t.start, end: t.end },
      booking,
    });
    if (o.booking_id === booking_id) primary = i;
    pending.delete(o.booking_id);
    moved.push({ index, booking_id: o.booking_id, start: t.start, end: t.end, ok: true, booking });
  }
  const offset = s.events.length;
  s.events.push(...trial.events);
  s.state = trial.state;
  const booking = getBooking(s.state, booking_id) as Booking;
  const result: WriteResult = { booking_id, ok: true, booking, event_index: offset + primary, moved_from: { start: b.start, end: b.end } };
  if (m.whole_series === true) result.series = { series_id: b.series_id as string, occurrences: moved };
  return result;
}
