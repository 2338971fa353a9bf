// Types of the deterministic engine (docs/protocol.md §3). Everything here is plain,
// JSON-serialisable data: instants are epoch milliseconds, absent values are `null`
// (never `undefined`) in state and events so snapshots compare with deep equality.

// ---------------------------------------------------------------------------
// Domain

export type BookingStatus = "HELD" | "COMMITTED" | "RELEASED" | "EXPIRED" | "CANCELLED" | "EVICTED" | "INVALIDATED";

export type BookingMode = "commit" | "hold";

export type Metadata = Record<string, unknown>;

/** docs/protocol.md §2.5 Booking, minus `audit_event_id` which the shell adds from the event it persisted. */
export interface Booking {
  booking_id: string;
  calendar_id: string;
  agent_id: string;
  /** The agent's priority when the booking was written (later priority changes do not apply). */
  agent_priority: number;
  status: BookingStatus;
  start: number;
  end: number;
  metadata: Metadata;
  hold_expires_at: number | null;
  committed_at: number | null;
  created_at: number;
  /**
   * Every calendar the booking occupies, `calendar_id` first (issue 18). Present only on a booking
   * written with `calendar_ids`; a one-calendar booking omits it (read it with `bookingCalendars()`).
   * Absent rather than null on purpose: every booking written before issue 18 keeps its exact bytes,
   * so replaying an existing command log still yields the same audit events and audit root.
   */
  calendar_ids?: string[];
  /** The series the booking is an occurrence of; present only on occurrences (absent for the same reason). */
  series_id?: string;
  /** When the booking was last moved; present only once moved. Restarts the bump window (see arbitration.ts). */
  moved_at?: number;
  /**
   * Issue 19: the external busy intervals the booking overlapped when it was written or moved on a
   * calendar whose `external_busy` setting is "flag" (allowed but flagged). Absent when there were none.
   */
  external_conflicts?: ExternalConflict[];
}

/** One busy interval of a calendar outside AgentDraft (issue 19), as logged by `external.busy_set`. */
export interface ExternalInterval {
  start: number;
  end: number;
  /** The source event's UID (null when the source gave none). */
  uid: string | null;
}

/** An external interval named with the source it came from. */
export interface ExternalConflict extends ExternalInterval {
  source_id: string;
}

/** The busy set of one external source of a calendar: what its last `external.busy_set` said. */
export interface ExternalSourceBusy {
  source_id: string;
  /** Sorted by start, end, uid; duplicates dropped. */
  intervals: ExternalInterval[];
  /** seq / at of the command that set it (the source's last sync as the engine knows it). */
  seq: number;
  at: number;
}

export interface Agent {
  agent_id: string;
  workspace_id: string;
  /** Integer ≥ 1; 1 is the highest priority. */
  priority: number;
  revoked: boolean;
}

export interface CalendarSettings {
  /** IANA time zone the rules are evaluated in. */
  time_zone: string;
  arbitration_window_ms: number;
  /** 0 disables bumping: every commit is frozen at once. */
  bump_window_ms: number;
  hold_ttl_default_seconds: number;
  hold_ttl_min_seconds: number;
  hold_ttl_max_seconds: number;
  /**
   * Issue 19: what an external busy interval does to a write that overlaps it: "block" (the default,
   * 422 rule_violation of kind external_busy) or "flag" (allowed, the booking names it in
   * `external_conflicts`). Absent means "block" (absent, not defaulted, so existing calendars keep their bytes).
   */
  external_busy?: ExternalBusyMode;
}

export type ExternalBusyMode = "block" | "flag";

export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";

/** Local wall-clock time "HH:MM" (00:00 … 24:00). */
export type LocalTime = string;

export interface BusinessHoursRule {
  kind: "business_hours";
  rule_id: string;
  /** Opening windows; a weekday without an entry is closed. Several entries per weekday are allowed. */
  hours: Array<{ weekday: Weekday; open: LocalTime; close: LocalTime }>;
}

export interface FocusBlockRule {
  kind: "focus_block";
  rule_id: string;
  weekdays: Weekday[];
  /** Local start; when `end` ≤ `start` the block runs past midnight into the next day. */
  start: LocalTime;
  end: LocalTime;
}

export interface DailyCapRule {
  kind: "daily_cap";
  rule_id: string;
  max_bookings: number;
  per: "agent" | "calendar";
}

export interface BufferRule {
  kind: "buffer";
  rule_id: string;
  minutes: number;
}

export interface MinNoticeRule {
  kind: "min_notice";
  rule_id: string;
  minutes: number;
}

export interface MaxDurationRule {
  kind: "max_duration";
  rule_id: string;
  minutes: number;
}

export type Rule = BusinessHoursRule | FocusBlockRule | DailyCapRule | BufferRule | MinNoticeRule | MaxDurationRule;

export type RuleKind = Rule["kind"];

/** The bookings of a calendar that start on one UTC day, in the order they were first stored. */
export type DayBucket = Booking[];

/**
 * Every booking of a calendar, whatever its status, bucketed by the UTC day its start falls on
 * (`day = floor(start / 86 400 000)`) and grouped in blocks of 32 days:
 * `days[floor(day / 32)][day % 32]` is that day's bucket. A state update copies one block
 * (≤ 32 keys), one day's bucket and the few objects above them, never the whole calendar; an
 * interval query reads the few days it can touch (a booking lasts at most `longest_ms`).
 */
export type BookingDays = Record<string, Record<string, DayBucket>>;

export interface CalendarState {
  calendar_id: string;
  workspace_id: string;
  settings: CalendarSettings;
  rules: Rule[];
  /** All bookings of the calendar (see {@link BookingDays}); read them through the state.ts helpers. */
  days: BookingDays;
  /**
   * The calendar's HELD bookings only, by id: the ones that time alone can change (expiry looks at
   * nothing else). A booking leaves this record when its hold resolves; it stays in `days`.
   */
  holds: Record<string, Booking>;
  /** Duration of the longest booking ever stored here (ms): how far back an overlap query looks. */
  longest_ms: number;
  /**
   * Issue 19: busy sets of the calendar's external sources, by source id. Absent until the first
   * `external.busy_set` (so states without external sources keep their exact shape).
   */
  external?: Record<string, ExternalSourceBusy>;
}

/** Where a booking is kept: its calendar and the UTC day (epoch day number) of its start. */
export interface BookingLocation {
  booking_id: string;
  calendar_id: string;
  day: number;
}

/**
 * Every booking's location, split by a hash `h` of its id into 64 × 64 small lists
 * (`booking_index[h % 64][(h >> 6) % 64]`), so adding a booking copies at most 128 keys plus
 * one short list instead of the whole index.
 */
export type BookingIndex = Record<string, Record<string, BookingLocation[]>>;

export interface EngineState {
  agents: Record<string, Agent>;
  calendars: Record<string, CalendarState>;
  /** Finds a booking's calendar and day from its id alone (see {@link BookingIndex}). */
  booking_index: BookingIndex;
}

// ---------------------------------------------------------------------------
// Commands — stamped by the shell with `seq`, `at` and every id before decide().

interface CommandBase {
  seq: number;
  at: number;
}

export interface AgentUpsertCommand extends CommandBase {
  type: "agent.upsert";
  agent_id: string;
  workspace_id: string;
  /** Required when creating the agent. */
  priority?: number;
  revoked?: boolean;
}

export interface CalendarConfigureCommand extends CommandBase {
  type: "calendar.configure";
  calendar_id: string;
  workspace_id: string;
  /** Merged over the current (or default) settings. */
  settings?: Partial<CalendarSettings>;
}

export interface RulesSetCommand extends CommandBase {
  type: "rules.set";
  calendar_id: string;
  /** Replaces the calendar's rule list; validated at run time (it comes from JSON). */
  rules: unknown[];
}

export interface BookingWrite {
  /** Absent (the usual case) or "create": a new booking. */
  kind?: "create";
  /** For a recurring write: the series id; occurrence i gets `occurrenceId(booking_id, i)`. */
  booking_id: string;
  agent_id: string;
  /** The calendar (the arbiter's batch key); with `calendar_ids` it must equal `calendar_ids[0]`. */
  calendar_id: string;
  /** 2–10 distinct calendars of the workspace, booked all or nothing (person + room). */
  calendar_ids?: string[];
  start: number;
  end: number;
  mode: BookingMode;
  hold_ttl_seconds?: number;
  metadata?: Metadata;
  /** A recurring series: `start`/`end` are the first occurrence, the RRULE repeats it in the calendar's time zone. */
  recurrence?: Recurrence;
  /** Arrival order of this write; breaks priority ties. */
  seq: number;
}

export interface Recurrence {
  /** RFC 5545 RRULE value (an optional "RRULE:" prefix is accepted), bounded by COUNT or UNTIL, ≤ 100 occurrences. */
  rrule: string;
  /** true (default): every occurrence or none; false: each occurrence is decided on its own. */
  all_or_nothing?: boolean;
}

/**
 * Moves an own HELD or COMMITTED booking to [start, end) (issue 18), decided in the arbitration
 * window like a write of the booking's mode. The booking keeps its id, status, metadata and hold
 * expiry; its old interval stays booked until the new one is granted.
 */
export interface BookingMove {
  kind: "move";
  booking_id: string;
  agent_id: string;
  /** The booking's (first) calendar: the arbiter's batch key only; the engine reads the booking's own calendars. */
  calendar_id: string;
  start: number;
  end: number;
  /** Move every not-yet-ended active occurrence of the booking's series by the same local wall-clock shift. */
  whole_series?: boolean;
  seq: number;
}

/** One item of a write batch. */
export type BatchItem = BookingWrite | BookingMove;

/** One or more writes decided together (the arbitration window); a batch of one is the normal case. */
export interface BookingsWriteCommand extends CommandBase {
  type: "bookings.write";
  writes: BatchItem[];
}

export interface BookingCommitHoldCommand extends CommandBase {
  type: "bookings.commit_hold";
  booking_id: string;
  agent_id: string;
}

export interface BookingReleaseHoldCommand extends CommandBase {
  type: "bookings.release_hold";
  booking_id: string;
  agent_id: string;
}

export interface BookingCancelCommand extends CommandBase {
  type: "bookings.cancel";
  booking_id: string;
  agent_id: string;
  reason?: string;
}

/**
 * Cancels every occurrence of a series that has not ended yet (end > at): COMMITTED ones are
 * cancelled, HELD ones released. One occurrence alone is cancelled with `bookings.cancel`.
 */
export interface SeriesCancelCommand extends CommandBase {
  type: "series.cancel";
  series_id: string;
  agent_id: string;
  reason?: string;
}

/** Expire every hold with hold_expires_at ≤ at (in one calendar, or everywhere). */
export interface HoldsExpireCommand extends CommandBase {
  type: "holds.expire";
  calendar_id?: string;
}

/**
 * Issue 19: replaces the busy set of one external source (CalDAV / ICS) of a calendar. The shell's
 * poller fetches and expands the source and logs this command, so replay never calls the network.
 * An empty `intervals` removes the source. Limits: MAX_EXTERNAL_INTERVALS per source,
 * MAX_EXTERNAL_SOURCES per calendar (engine/external.ts).
 */
export interface ExternalBusySetCommand extends CommandBase {
  type: "external.busy_set";
  calendar_id: string;
  workspace_id: string;
  source_id: string;
  /** Validated at run time: [{ start, end, uid? }] in epoch ms, end > start. */
  intervals: unknown[];
}

export type Command =
  | ExternalBusySetCommand
  | AgentUpsertCommand
  | CalendarConfigureCommand
  | RulesSetCommand
  | BookingsWriteCommand
  | BookingCommitHoldCommand
  | BookingReleaseHoldCommand
  | BookingCancelCommand
  | SeriesCancelCommand
  | HoldsExpireCommand;

export type CommandType = Command["type"];

// ---------------------------------------------------------------------------
// Replies

export type RejectionCode =
  | "invalid_request"
  | "forbidden"
  | "not_found"
  | "outranked"
  | "slot_taken"
  | "booking_frozen"
  | "hold_expired"
  | "invalid_transition"
  | "rule_violation";

export interface FieldError {
  field: string;
  message: string;
}

export interface Rejection {
  code: RejectionCode;
  message: string;
  winning_agent_id?: string;
  winning_agent_priority?: number;
  winning_booking_id?: string;
  /** For kind "external_busy" (issue 19) rule_id is the source id. */
  rule?: { rule_id: string; kind: RuleKind | "external_busy" };
  /** rule_violation of kind external_busy: the external interval the write overlaps. */
  external?: ExternalConflict;
  field_errors?: FieldError[];
  /** Multi-calendar write or move: the calendar it lost on (or whose rule it broke). */
  calendar_id?: string;
  /** Series: the occurrence that failed (all-or-nothing names the first one). */
  occurrence?: { index: number; booking_id: string; start: number; end: number };
}

/** How one occurrence of a series was decided. */
export type OccurrenceResult = { index: number; booking_id: string; start: number; end: number } & (
  | { ok: true; booking: Booking }
  | { ok: false; rejection: Rejection }
);

/** Result of one write of a batch; `event_index` points at its primary event in `events`. */
export type WriteResult = {
  booking_id: string;
  event_index: number;
  /** Recurring writes only: every occurrence in order (`booking` above is the first one created). */
  series?: { series_id: string; occurrences: OccurrenceResult[] };
  /** Moves only: the interval the booking left (`booking` is the moved booking). */
  moved_from?: { start: number; end: number };
} & ({ ok: true; booking: Booking } | { ok: false; rejection: Rejection });

export interface CalendarInfo {
  calendar_id: string;
  workspace_id: string;
  settings: CalendarSettings;
}

/** What the HTTP layer turns into a response. `event_index` names the event whose audit id the response carries. */
export type Reply =
  | { kind: "writes"; results: WriteResult[] }
  | { kind: "booking"; booking: Booking; event_index: number }
  | { kind: "agent"; agent: Agent; event_index: number }
  | { kind: "calendar"; calendar: CalendarInfo; event_index: number }
  | { kind: "rules"; calendar_id: string; rules: Rule[]; event_index: number }
  | { kind: "holds_expired"; booking_ids: string[]; event_index: number }
  | { kind: "series_cancelled"; series_id: string; bookings: Booking[]; event_index: number }
  | { kind: "rejected"; rejection: Rejection; event_index: number }
  | {
      kind: "external_busy";
      calendar_id: string;
      source_id: string;
      interval_count: number;
      /** Holds invalidated by intervals that appeared over them. */
      invalidated: string[];
      /** Commits an appearing interval now overlaps (reported, never evicted). */
      conflicts: string[];
      event_index: number;
    };

// ---------------------------------------------------------------------------
// Events — every event names the command (or batch write) `seq` it stems from and its `at`.

interface EventBase {
  seq: number;
  at: number;
}

interface BookingRef {
  calendar_id: string;
  booking_id: string;
  agent_id: string;
}

export interface BookingHeldEvent extends EventBase, BookingRef {
  type: "booking.held";
  booking: Booking;
}

export interface BookingCommittedEvent extends EventBase, BookingRef {
  type: "booking.committed";
  booking: Booking;
}

/** committed_at = event.at */
export interface HoldCommittedEvent extends EventBase, BookingRef {
  type: "hold.committed";
}

export interface HoldReleasedEvent extends EventBase, BookingRef {
  type: "hold.released";
}

export interface HoldExpiredEvent extends EventBase, BookingRef {
  type: "hold.expired";
  hold_expires_at: number;
}

interface DisplacedBy {
  by_booking_id: string;
  by_agent_id: string;
  by_agent_priority: number;
}

/**
 * A hold displaced by a stronger write, or (issue 19, `reason: "external"`) by an external busy
 * interval that appeared over it: then `source_id` and `interval` name it, and the DisplacedBy fields
 * read `external:<source_id>` with priority 0 (outranks every agent) so older readers still work.
 */
export interface HoldInvalidatedEvent extends EventBase, BookingRef, DisplacedBy {
  type: "hold.invalidated";
  reason?: "external";
  source_id?: string;
  interval?: ExternalInterval;
}

/** Issue 19: a source's busy set was replaced (the state change; the events after it are its effects). */
export interface ExternalBusySetEvent extends EventBase {
  type: "external.busy_set";
  calendar_id: string;
  source_id: string;
  /** The new busy set, normalised (sorted, duplicates dropped); empty removes the source. */
  intervals: ExternalInterval[];
  /** How many of them were not in the previous set. */
  appeared: number;
}

/** Issue 19: an external interval appeared over a COMMITTED booking; reported, never evicted. Changes no state. */
export interface BookingExternalConflictEvent extends EventBase, BookingRef {
  type: "booking.external_conflict";
  source_id: string;
  interval: ExternalInterval;
}

export interface BookingEvictedEvent extends EventBase, BookingRef, DisplacedBy {
  type: "booking.evicted";
}

/**
 * An own booking moved to a new interval (same id, status, metadata, hold expiry). `booking` is the
 * booking after the move (`moved_at` = at, `agent_priority` = the agent's priority now).
 */
export interface BookingMovedEvent extends EventBase, BookingRef {
  type: "booking.moved";
  from: { start: number; end: number };
  to: { start: number; end: number };
  booking: Booking;
}

/**
 * Closes a recurring write: which occurrences were created and which failed. Changes no state.
 * `booking_id` is the series id (the write's booking_id): the shell names an event's resource and
 * finds the request behind it in a batch by `booking_id`, so the summary is attributed like any write.
 */
export interface SeriesDecidedEvent extends EventBase {
  type: "series.decided";
  booking_id: string;
  series_id: string;
  calendar_id: string;
  agent_id: string;
  rrule: string;
  all_or_nothing: boolean;
  created: string[];
  failed: Array<{ index: number; booking_id: string; start: number; end: number; rejection: Rejection }>;
}

/** Closes a series.cancel: the occurrences it cancelled or released. Changes no state. */
export interface SeriesCancelledEvent extends EventBase {
  type: "series.cancelled";
  /** The series id (see SeriesDecidedEvent). */
  booking_id: string;
  series_id: string;
  agent_id: string;
  booking_ids: string[];
  reason: string | null;
}

export interface BookingCancelledEvent extends EventBase, BookingRef {
  type: "booking.cancelled";
  reason: string | null;
}

/** A rejected booking command (write, commit, release, cancel). Changes no state. */
export interface BookingRejectedEvent extends EventBase {
  type: "booking.rejected";
  command: CommandType;
  booking_id: string;
  agent_id: string;
  calendar_id: string | null;
  rejection: Rejection;
}

export interface AgentUpsertedEvent extends EventBase {
  type: "agent.upserted";
  agent_id: string;
  agent: Agent;
}

export interface CalendarConfiguredEvent extends EventBase {
  type: "calendar.configured";
  calendar_id: string;
  workspace_id: string;
  settings: CalendarSettings;
}

export interface RulesSetEvent extends EventBase {
  type: "rules.set";
  calendar_id: string;
  rules: Rule[];
}

/** A rejected owner-side or maintenance command. Changes no state. */
export interface CommandRejectedEvent extends EventBase {
  type: "command.rejected";
  command: CommandType;
  calendar_id: string | null;
  agent_id: string | null;
  rejection: Rejection;
}

/** Closes a `holds.expire` command (after its `hold.expired` events, if any). Changes no state. */
export interface HoldsSweptEvent extends EventBase {
  type: "holds.swept";
  calendar_id: string | null;
  expired: string[];
}

export type EngineEvent =
  | ExternalBusySetEvent
  | BookingExternalConflictEvent
  | BookingHeldEvent
  | BookingCommittedEvent
  | HoldCommittedEvent
  | HoldReleasedEvent
  | HoldExpiredEvent
  | HoldInvalidatedEvent
  | BookingEvictedEvent
  | BookingCancelledEvent
  | BookingMovedEvent
  | SeriesDecidedEvent
  | SeriesCancelledEvent
  | BookingRejectedEvent
  | AgentUpsertedEvent
  | CalendarConfiguredEvent
  | RulesSetEvent
  | CommandRejectedEvent
  | HoldsSweptEvent;

export type EngineEventType = EngineEvent["type"];

export interface Decision {
  events: EngineEvent[];
  reply: Reply;
  /** The state after the events: equal to apply(state, events), already computed while deciding. */
  state: EngineState;
}
