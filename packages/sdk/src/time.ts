/**
 * Instants: the SDK accepts a `Date` or an RFC 3339 string with an explicit offset (`Z` or
 * `±hh:mm`). Naive strings are rejected before anything is sent, as the server would reject them.
 */
import { invalidArgument } from "./errors.ts";

/** A point in time: a `Date`, or an RFC 3339 string with an offset, e.g. `2026-12-01T15:00:00Z`. */
export type TimeInput = Date | string;

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|[+-](\d{2}):(\d{2}))$/;
const NAIVE = /^\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/;

/** The wire form of an instant; throws {@link InvalidRequest} for naive or malformed input. */
export function toInstant(value: TimeInput, field: string): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw invalidArgument(field, "is an invalid Date");
    return value.toISOString();
  }
  if (typeof value !== "string") throw invalidArgument(field, "must be a Date or an RFC 3339 string");
  const m = RFC3339.exec(value);
  if (!m) {
    if (NAIVE.test(value.trim())) {
      throw invalidArgument(field, `naive time ${JSON.stringify(value)} has no UTC offset; add "Z" or "±hh:mm"`);
    }
    throw invalidArgument(field, `${JSON.stringify(value)} is not an RFC 3339 instant with an offset`);
  }
  const [, , month, day, hour, minute, second, , , offH, offM] = m.map(Number);
  const inRange =
    month! >= 1 &&
    month! <= 12 &&
    day! >= 1 &&
    day! <= 31 &&
    hour! <= 23 &&
    minute! <= 59 &&
    second! <= 60 &&
    (m[8]!.length === 1 || (offH! <= 23 && offM! <= 59));
  if (!inRange || Number.isNaN(Date.parse(value))) {
    throw invalidArgument(field, `${JSON.stringify(value)} is not a valid instant`);
  }
  return value;
}

/** {@link toInstant} of an optional value: `undefined` stays `undefined`. */
export function optInstant(value: TimeInput | undefined, field: string): string | undefined {
  return value === undefined ? undefined : toInstant(value, field);
}
