// Calendar rules (docs/protocol.md §3.6): validation of the owner's rule list and the check of one write.
// Rules are evaluated in the calendar's IANA time zone and before arbitration.
import type { Booking, FieldError, Rule, RuleKind, Weekday } from "./types.ts";
import { DAY_MS, MINUTE_MS, gapBetween, overlaps } from "./intervals.ts";
import type { Interval } from "./intervals.ts";
import { WEEKDAYS, addDays, civilDateOf, daysBetween, parseLocalTime, sameDate, weekdayOf, zonedInstant } from "./tz.ts";

const RULE_KINDS: readonly RuleKind[] = ["business_hours", "focus_block", "daily_cap", "buffer", "min_notice", "max_duration"];

// ---------------------------------------------------------------------------
// Validation

type Validation = { ok: true; rules: Rule[] } | { ok: false; field_errors: FieldError[] };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function isWeekday(v: unknown): v is Weekday {
  return typeof v === "string" && (WEEKDAYS as readonly string[]).includes(v);
}

function nonNegativeInt(v: unknown): v is number {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
}

/** Validates raw rules and returns clean copies (unknown extra fields dropped). */
export function validateRules(input: unknown): Validation {
  const errors: FieldError[] = [];
  const rules: Rule[] = [];
  if (!Array.isArray(input)) return { ok: false, field_errors: [{ field: "rules", message: "must be an array" }] };
  const seen = new Set<string>();
  const check = (raw: unknown, i: number) => {
    const at = `rules[${i}]`;
    const err = (field: string, message: string): void => {
      errors.push({ field: `${at}.${field}`, message });
    };
    if (!isRecord(raw)) {
      errors.push({ field: at, message: "must be an object" });
      return;
    }
    const ruleId = raw.rule_id;
    if (typeof ruleId !== "string" || ruleId === "") return err("rule_id", "must be a non-empty string");
    if (seen.has(ruleId)) return err("rule_id", "duplicate rule_id");
    seen.add(ruleId);
    const before = errors.length;
    switch (raw.kind) {
      case "business_hours": {
        const hours = raw.hours;
        if (!Array.isArray(hours)) return err("hours", "must be an array");
        const clean: Array<{ weekday: Weekday; open: string; close: string }> = [];
        hours.forEach((h: unknown, j) => {
          if (!isRecord(h)) {
            err(`hours[${j}]`, "must be an object");
            return;
          }
          const open = parseLocalTime(h.open);
          const close = parseLocalTime(h.close);
          if (!isWeekday(h.weekday)) err(`hours[${j}].weekday`, `must be one of ${WEEKDAYS.join(", ")}`);
          if (open === null) err(`hours[${j}].open`, "must be HH:MM");
          if (close === null) err(`hours[${j}].close`, "must be HH:MM");
          if (open !== null && close !== null && close <= open) err(`hours[${j}].close`, "must be after open");
          if (isWeekday(h.weekday) && open !== null && close !== null)
            clean.push({ weekday: h.weekday, open: String(h.open), close: String(h.close) });
        });
        if (errors.length === before) rules.push({ kind: "business_hours", rule_id: ruleId, hours: clean });
        return;
      }
      case "focus_block": {
        const { weekdays } = raw;
        if (!Array.isArray(weekdays) || weekdays.length === 0 || !weekdays.every(isWeekday))
          err("weekdays", `must be a non-empty array of ${WEEKDAYS.join(", ")}`);
        const start = parseLocalTime(raw.start);
        const end = parseLocalTime(raw.end);
        if (start === null || start === 1440) err("start", "must be HH:MM before 24:00");
        if (end === null) err("end", "must be HH:MM");
        if (start !== null && start === end) err("end", "must differ from start");
        if (errors.length === before)
          rules.push({
            kind: "focus_block",
            rule_id: ruleId,
            weekdays: [...(weekdays as Weekday[])],
            start: raw.start as string,
            end: raw.end as string,
          });
        return;
      }
      case "daily_cap": {
        if (!nonNegativeInt(raw.max_bookings) || raw.max_bookings < 1) err("max_bookings", "must be an integer ≥ 1");
        if (raw.per !== "agent" && raw.per !== "calendar") err("per", "must be agent or calendar");
        if (errors.length === before)
          rules.push({
            kind: "daily_cap",
            rule_id: ruleId,
            max_bookings: raw.max_bookings as number,
            per: raw.per as "agent" | "calendar",
          });
        return;
      }
      case "buffer":
      case "min_notice":
      case "max_duration": {
        const min = raw.kind === "max_duration" ? 1 : 0;
        if (!nonNegativeInt(raw.minutes) || raw.minutes < min) return err("minutes", `must be an integer ≥ ${min}`);
        rules.push({ kind: raw.kind, rule_id: ruleId, minutes: raw.minutes });
        return;
      }
      default:
        return err("kind", `must be one of ${RULE_KINDS.join(", ")}`);
    }
  };
  for (const [i, raw] of input.entries()) check(raw, i);
  return errors.length > 0 ? { ok: false, field_errors: errors } : { ok: true, rules };
}

// ---------------------------------------------------------------------------
// Checking one write

export interface RuleContext {
  write: Interval & { agent_id: string };
  /** Decision instant (min_notice counts from here). */
  at: number;
  timeZone: string;
  /**
   * The calendar's active bookings whose start lies in [from, to) (a query, so a rule reads only the
   * days near the write). Those overlapping the write are ignored by buffer and daily_cap: the write
   * either displaces them or loses to them in arbitration, so rules judge the calendar as it would
   * be if the write won.
   */
  activeStartingIn(from: number, to: number): readonly Booking[];
  /** The calendar's longest booking (ms): a booking reaching instant t started after t − longestMs. */
  longestMs: number;
}

function withinBusinessHours(rule: Extract<Rule, { kind: "business_hours" }>, ctx: RuleContext): boolean {
  const { start, end } = ctx.write;
  const day = civilDateOf(start, ctx.timeZone);
  const weekday = weekdayOf(day);
  // The day's opening hours are the union of its windows: touching or overlapping windows are one span.
  const windows = rule.hours
    .filter((h) => h.weekday === weekday)
    .map((h) => ({
      start: zonedInstant(day, parseLocalTime(h.open) ?? 0, ctx.timeZone),
      end: zonedInstant(day, parseLocalTime(h.close) ?? 0, ctx.timeZone),
    }))
    .sort((a, b) => a.start - b.start);
  let span: Interval | null = null;
  for (const w of windows) {
    if (span !== null && w.start <= span.end) span.end = Math.max(span.end, w.end);
    else span = { ...w };
    if (start >= span.start && end <= span.end) return true;
  }
  return false;
}

function hitsFocusBlock(rule: Extract<Rule, { kind: "focus_block" }>, ctx: RuleContext): boolean {
  const tz = ctx.timeZone;
  const from = parseLocalTime(rule.start) ?? 0;
  const to = parseLocalTime(rule.end) ?? 0;
  const overnight = to <= from;
  // A block starting the day before can still run into the write when it crosses midnight.
  const first = addDays(civilDateOf(ctx.write.start, tz), -1);
  const days = daysBetween(first, civilDateOf(ctx.write.end, tz));
  for (let i = 0; i <= days; i++) {
    const day = addDays(first, i);
    if (!rule.weekdays.includes(weekdayOf(day))) continue;
    const block = {
      start: zonedInstant(day, from, tz),
      end: zonedInstant(overnight ? addDays(day, 1) : day, to, tz),
    };
    if (overlaps(block, ctx.write)) return true;
  }
  return false;
}

/** Two instants on one local date are less than two days apart (a local date lasts about 24 h). */
const LOCAL_DAY_REACH_MS = 2 * DAY_MS;

function exceedsDailyCap(rule: Extract<Rule, { kind: "daily_cap" }>, ctx: RuleContext): boolean {
  // A booking counts toward the local day on which it starts; only starts within two days of the
  // write's can share its local day, and the civil date check below decides exactly.
  const day = civilDateOf(ctx.write.start, ctx.timeZone);
  const { start } = ctx.write;
  let count = 0;
  for (const b of ctx.activeStartingIn(start - LOCAL_DAY_REACH_MS, start + LOCAL_DAY_REACH_MS)) {
    if (
      !overlaps(b, ctx.write) &&
      (rule.per === "calendar" || b.agent_id === ctx.write.agent_id) &&
      sameDate(civilDateOf(b.start, ctx.timeZone), day) &&
      ++count + 1 > rule.max_bookings
    )
      return true;
  }
  return false;
}

function breaksBuffer(rule: Extract<Rule, { kind: "buffer" }>, ctx: RuleContext): boolean {
  const min = rule.minutes * MINUTE_MS;
  // Only bookings that reach within `min` of the write can break the buffer.
  const near = ctx.activeStartingIn(ctx.write.start - min - ctx.longestMs, ctx.write.end + min);
  return near.some((b) => !overlaps(b, ctx.write) && gapBetween(b, ctx.write) < min);
}

function violates(rule: Rule, ctx: RuleContext): boolean {
  switch (rule.kind) {
    case "business_hours":
      return !withinBusinessHours(rule, ctx);
    case "focus_block":
      return hitsFocusBlock(rule, ctx);
    case "daily_cap":
      return exceedsDailyCap(rule, ctx);
    case "buffer":
      return breaksBuffer(rule, ctx);
    case "min_notice":
      return ctx.write.start - ctx.at < rule.minutes * MINUTE_MS;
    case "max_duration":
      return ctx.write.end - ctx.write.start > rule.minutes * MINUTE_MS;
  }
}

/** The first rule (in list order) the write breaks, or null. */
export function firstViolation(rules: readonly Rule[], ctx: RuleContext): Rule | null {
  return rules.find((r) => violates(r, ctx)) ?? null;
}
