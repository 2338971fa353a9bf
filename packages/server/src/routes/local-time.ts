// Local times for agents (docs/protocol.md §11.3): a read asked with `time_zone` (an IANA name, or
// `calendar` for the item's calendar's zone) gives each item's `start`/`end` also as wall-clock
// times with their offset. Applied to a read's output, so reads stay as they are without it.
import { isValidTimeZone, offsetAt } from "../engine/tz.ts";
import { invalid } from "../http/problems.ts";

/** The zone a read was asked in: `calendar`, an IANA name, or none. */
export type LocalZone = { kind: "calendar" } | { kind: "zone"; zone: string } | null;

const NAME = /^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/;

/** Parses the `time_zone` query parameter; 400 `invalid_request` for a zone that is no IANA name. */
export function parseLocalZone(value: unknown): LocalZone {
  if (value === undefined || value === null || value === "") return null;
  if (value === "calendar") return { kind: "calendar" };
  if (typeof value === "string" && NAME.test(value) && isValidTimeZone(value)) {
    // As given (Intl would "canonicalise" Asia/Kolkata to the older Asia/Calcutta).
    return { kind: "zone", zone: value };
  }
  throw invalid("time_zone is not an IANA time zone name (or `calendar`)", [
    { field: "query.time_zone", message: "must be an IANA time zone such as Europe/Berlin, or calendar" },
  ]);
}

/** The IANA zone to show an item of a calendar in. */
export function zoneFor(local: Exclude<LocalZone, null>, calendarZone: string): string {
  return local.kind === "calendar" ? calendarZone : local.zone;
}

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, "0");

/** `2026-03-30T09:00:00+02:00` (milliseconds only when not zero). */
function localDateTime(instant: number, zone: string): string {
  const offset = offsetAt(instant, zone);
  const d = new Date(instant + offset);
  const ms = d.getUTCMilliseconds();
  const minutes = Math.round(offset / 60_000);
  const sign = minutes < 0 ? "-" : "+";
  const year = d.getUTCFullYear();
  return (
    `${year < 0 ? "-" : ""}${pad(year, 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${ms ? `.${pad(ms, 3)}` : ""}` +
    `${sign}${pad(Math.trunc(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`
  );
}

/** The item with `start_local`, `end_local` and `time_zone` added (its `start`/`end` are RFC 3339 instants). */
export function withLocalTimes<T extends { start: string; end: string }>(item: T, zone: string): T {
  return {
    ...item,
    start_local: localDateTime(Date.parse(item.start), zone),
    end_local: localDateTime(Date.parse(item.end), zone),
    time_zone: zone,
  };
}
