// Field validation (→ invalid_request). Deterministic: "the past" is relative to the command's `at`.
import type { Agent, AgentUpsertCommand, BookingWrite, CalendarSettings, FieldError } from "./types.ts";
import { MAX_BOOKING_MS } from "./intervals.ts";
import { isValidTimeZone } from "./tz.ts";

function isInt(v: unknown): v is number {
  return typeof v === "number" && Number.isSafeInteger(v);
}

function isNonEmptyString(v: unknown): v is string {
  return typeof v === "string" && v !== "";
}

/** A new interval (write or move): whole milliseconds, end after start, at most 24 h, not in the past. */
export function validateInterval(i: { start: unknown; end: unknown }, at: number): FieldError[] {
  const errors: FieldError[] = [];
  const err = (field: string, message: string): void => {
    errors.push({ field, message });
  };
  if (!isInt(i.start)) err("start", "must be an instant in epoch milliseconds");
  if (!isInt(i.end)) err("end", "must be an instant in epoch milliseconds");
  if (isInt(i.start) && isInt(i.end)) {
    if (i.end <= i.start) err("end", "must be after start");
    else if (i.end - i.start > MAX_BOOKING_MS) err("end", "a booking lasts at most 24 hours");
    if (i.start < at) err("start", "must not be in the past");
  }
  return errors;
}

export function validateWrite(w: BookingWrite, at: number, settings: CalendarSettings): FieldError[] {
  const errors: FieldError[] = validateInterval(w, at);
  const err = (field: string, message: string): void => {
    errors.push({ field, message });
  };
  if (w.mode !== "commit" && w.mode !== "hold") err("mode", "must be commit or hold");
  if (w.mode === "hold" && w.hold_ttl_seconds !== undefined) {
    const { hold_ttl_min_seconds: min, hold_ttl_max_seconds: max } = settings;
    if (!isInt(w.hold_ttl_seconds) || w.hold_ttl_seconds < min || w.hold_ttl_seconds > max)
      err("hold_ttl_seconds", `must be an integer between ${min} and ${max}`);
  }
  if (w.metadata !== undefined && (typeof w.metadata !== "object" || w.metadata === null || Array.isArray(w.metadata)))
    err("metadata", "must be an object");
  return errors;
}

const SETTING_KEYS: readonly (keyof CalendarSettings)[] = [
  "time_zone",
  "arbitration_window_ms",
  "bump_window_ms",
  "hold_ttl_default_seconds",
  "hold_ttl_min_seconds",
  "hold_ttl_max_seconds",
  "external_busy",
];

/** Merges a partial settings patch over `base`; returns the result or the field errors. */
export function mergeSettings(
  base: CalendarSettings,
  patch: Record<string, unknown>,
): { ok: true; settings: CalendarSettings } | { ok: false; field_errors: FieldError[] } {
  const errors: FieldError[] = [];
  for (const key of Object.keys(patch)) {
    if (!(SETTING_KEYS as readonly string[]).includes(key)) errors.push({ field: `settings.${key}`, message: "unknown setting" });
  }
  // Own keys only: a patch whose prototype carries values must not smuggle them past the log.
  const s = { ...base } as Record<string, unknown>;
  for (const key of SETTING_KEYS) if (Object.hasOwn(patch, key) && patch[key] !== undefined) s[key] = patch[key];
  const err = (key: keyof CalendarSettings, message: string): void => {
    errors.push({ field: `settings.${key}`, message });
  };
  if (s.external_busy !== undefined && s.external_busy !== "block" && s.external_busy !== "flag")
    err("external_busy", "must be block or flag");
  if (typeof s.time_zone !== "string" || !isValidTimeZone(s.time_zone)) err("time_zone", "must be an IANA time zone");
  for (const key of ["arbitration_window_ms", "bump_window_ms"] as const) {
    if (!isInt(s[key]) || (s[key] as number) < 0) err(key, "must be an integer ≥ 0");
  }
  const min = s.hold_ttl_min_seconds;
  const max = s.hold_ttl_max_seconds;
  const def = s.hold_ttl_default_seconds;
  if (!isInt(min) || min < 1) err("hold_ttl_min_seconds", "must be an integer ≥ 1");
  else if (!isInt(max) || max < min) err("hold_ttl_max_seconds", "must be an integer ≥ hold_ttl_min_seconds");
  else if (!isInt(def) || def < min || def > max) err("hold_ttl_default_seconds", "must lie between the TTL bounds");
  if (errors.length > 0) return { ok: false, field_errors: errors };
  return { ok: true, settings: s as unknown as CalendarSettings };
}

export function validateAgentUpsert(cmd: AgentUpsertCommand, existing: Agent | undefined): FieldError[] {
  const errors: FieldError[] = [];
  if (!isNonEmptyString(cmd.agent_id)) errors.push({ field: "agent_id", message: "must be a non-empty string" });
  if (!isNonEmptyString(cmd.workspace_id)) errors.push({ field: "workspace_id", message: "must be a non-empty string" });
  if (existing === undefined && cmd.priority === undefined) errors.push({ field: "priority", message: "is required" });
  if (cmd.priority !== undefined && (!isInt(cmd.priority) || cmd.priority < 1))
    errors.push({ field: "priority", message: "must be an integer ≥ 1" });
  if (cmd.revoked !== undefined && typeof cmd.revoked !== "boolean") errors.push({ field: "revoked", message: "must be a boolean" });
  if (existing !== undefined && existing.workspace_id !== cmd.workspace_id)
    errors.push({ field: "workspace_id", message: "an agent cannot move to another workspace" });
  if (existing?.revoked === true && cmd.revoked === false) errors.push({ field: "revoked", message: "a revoked agent cannot be restored" });
  return errors;
}
