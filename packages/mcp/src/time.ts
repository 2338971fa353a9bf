// Times agents get right: instants in must carry an offset; instants out also come as
// `<name>_local` in the caller's time zone, with that offset.
import { instantFields } from "./generated/tools.ts";

const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const NAIVE = /^\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/;

/** An RFC 3339 date-time with an offset that names a real instant. */
export function isInstant(value: string): boolean {
  return RFC3339.test(value) && !Number.isNaN(Date.parse(value));
}

/** Why `value` is not an instant, in words a model can act on. */
export function instantProblem(field: string, value: unknown): string {
  if (typeof value === "string" && NAIVE.test(value.trim())) {
    return `${field}: "${value}" has no time-zone offset; send RFC 3339 with an offset, e.g. "2027-01-05T10:00:00Z" or "2027-01-05T10:00:00+01:00"`;
  }
  return `${field}: expected an RFC 3339 date-time with an offset (e.g. "2027-01-05T10:00:00+01:00"), got ${JSON.stringify(value)}`;
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** `2027-01-05T09:00:00Z` in `Europe/Berlin` → `2027-01-05T10:00:00+01:00` (milliseconds kept when present). */
export function toLocal(instant: string, zone: string): string {
  const date = new Date(instant);
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      timeZoneName: "longOffset",
    });
    formatters.set(zone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(date).map((p) => [p.type, p.value]));
  const offset = (parts.timeZoneName ?? "GMT").replace("GMT", "") || "+00:00";
  const ms = date.getUTCMilliseconds();
  const frac = /\.\d+/.test(instant) ? `.${String(ms).padStart(3, "0")}` : "";
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${frac}${offset === "+00:00" && zone === "UTC" ? "Z" : offset}`;
}

const INSTANTS = new Set(instantFields);

/** Deep copy of `value` with a `<key>_local` next to every instant field (metadata left alone). */
export function localize<T>(value: T, zone: string): T {
  if (Array.isArray(value)) return value.map((v) => localize(v, zone)) as T;
  if (!value || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    out[k] = k === "metadata" ? v : localize(v, zone);
    if (INSTANTS.has(k) && typeof v === "string" && !Number.isNaN(Date.parse(v))) out[`${k}_local`] = toLocal(v, zone);
  }
  return out as T;
}
