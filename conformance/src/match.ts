// Assertions: does a response (status, headers, body) match a scenario's `expect` block?
//
// In an expected value, a plain object matches an object that has at least those keys (each
// matching), an array matches an array of the same length element by element, and a scalar must be
// equal. An object whose keys all start with `$` is a matcher:
//   $eq (deep equality, no partial match)  $ne  $pattern  $type  $one_of  $present  $absent
//   $same_as: <step id> (the value at the same place in that step's response)
//   $instant (same instant, any RFC 3339 spelling)  $before  $after
//   $gt $gte $lt $lte  $length $min_length $max_length  $each  $contains  $all  $not
export interface Response {
  status: number;
  /** Lower-case header names. */
  headers: Record<string, string>;
  body: unknown;
}

export interface Failure {
  /** Where in the response, e.g. `status`, `body.code`, `headers.retry-after`. */
  path: string;
  message: string;
  expected?: unknown;
  actual?: unknown;
}

export interface MatchContext {
  /** The response of an earlier step (for `$same_as`). */
  step(id: string): Response | undefined;
}

function isMatcher(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === "object" && !Array.isArray(v) && Object.keys(v).length > 0 && Object.keys(v).every((k) => k.startsWith("$"));
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => deepEqual(x, bb[i]));
  }
  const ka = Object.keys(a as object).sort();
  const kb = Object.keys(b as object).sort();
  return deepEqual(ka, kb) && ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function typeOf(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v;
}

function at(value: unknown, segments: (string | number)[]): { found: boolean; value?: unknown } {
  let v: unknown = value;
  for (const s of segments) {
    if (v === null || typeof v !== "object" || !(s in (v as object))) return { found: false };
    v = (v as Record<string | number, unknown>)[s];
  }
  return { found: true, value: v };
}

function show(segments: (string | number)[]): string {
  return segments.map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`)).join("");
}

const MISSING = Symbol("missing");

function instantMs(v: unknown): number {
  return typeof v === "string" ? Date.parse(v) : Number.NaN;
}

function applyMatcher(m: Record<string, unknown>, actual: unknown, segments: (string | number)[], ctx: MatchContext): Failure[] {
  const path = show(segments);
  const present = actual !== MISSING;
  const value = present ? actual : undefined;
  const fail = (message: string, expected?: unknown): Failure[] => [{ path, message, expected, actual: present ? value : "(absent)" }];
  const out: Failure[] = [];
  for (const [op, arg] of Object.entries(m)) {
    switch (op) {
      case "$absent":
        if (arg && present) out.push(...fail("must be absent"));
        if (!arg && !present) out.push(...fail("must be present"));
        break;
      case "$present":
        if (arg && !present) out.push(...fail("must be present"));
        if (!arg && present) out.push(...fail("must be absent"));
        break;
      case "$eq":
        if (!present || !deepEqual(value, arg)) out.push(...fail("must equal", arg));
        break;
      case "$ne":
        if (present && deepEqual(value, arg)) out.push(...fail("must not equal", arg));
        break;
      case "$pattern":
        if (typeof value !== "string" && typeof value !== "number") out.push(...fail(`must be a string matching /${arg}/`));
        else if (!new RegExp(String(arg)).test(String(value))) out.push(...fail(`must match /${arg}/`));
        break;
      case "$type": {
        const want = Array.isArray(arg) ? arg : [arg];
        const got = typeOf(value);
        if (!present || !want.some((w) => w === got || (w === "number" && got === "integer")))
          out.push(...fail(`must be of type ${want.join("|")}`));
        break;
      }
      case "$one_of": {
        const options = arg as unknown[];
        const ok = options.some((o) => match(o, actual, segments, ctx).length === 0);
        if (!ok) out.push(...fail("must match one of", options));
        break;
      }
      case "$same_as": {
        const other = ctx.step(String(arg));
        if (!other) {
          out.push(...fail(`step ${JSON.stringify(arg)} has no response to compare with`));
          break;
        }
        const theirs = at(other, segments);
        if (!theirs.found) out.push(...fail(`step ${arg} has no ${path}`));
        else if (!present || !deepEqual(value, theirs.value)) out.push(...fail(`must be the same as in step ${arg}`, theirs.value));
        break;
      }
      case "$instant":
      case "$before":
      case "$after": {
        const a = instantMs(value);
        const e = instantMs(arg);
        if (Number.isNaN(a)) out.push(...fail("must be an RFC 3339 instant"));
        else if (Number.isNaN(e)) out.push(...fail(`${op}: ${JSON.stringify(arg)} is not an instant`));
        else if (op === "$instant" ? a !== e : op === "$before" ? !(a < e) : !(a > e)) {
          out.push(...fail(op === "$instant" ? "must be the instant" : `must be ${op.slice(1)}`, arg));
        }
        break;
      }
      case "$gt":
      case "$gte":
      case "$lt":
      case "$lte": {
        const a = typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
        const e = Number(arg);
        const ok = typeof a === "number" && (op === "$gt" ? a > e : op === "$gte" ? a >= e : op === "$lt" ? a < e : a <= e);
        if (!ok) out.push(...fail(`must be ${{ $gt: ">", $gte: "≥", $lt: "<", $lte: "≤" }[op]} ${e}`));
        break;
      }
      case "$length":
      case "$min_length":
      case "$max_length": {
        const len = Array.isArray(value) || typeof value === "string" ? value.length : undefined;
        const n = Number(arg);
        const ok = len !== undefined && (op === "$length" ? len === n : op === "$min_length" ? len >= n : len <= n);
        if (!ok)
          out.push(
            ...fail(
              `${op === "$length" ? "length must be" : op === "$min_length" ? "length must be ≥" : "length must be ≤"} ${n}`,
              undefined,
            ),
          );
        break;
      }
      case "$each":
        if (!Array.isArray(value)) out.push(...fail("must be an array"));
        else for (const [i, item] of value.entries()) out.push(...match(arg, item, [...segments, i], ctx));
        break;
      case "$contains":
        if (!Array.isArray(value)) out.push(...fail("must be an array"));
        else if (!value.some((item, i) => match(arg, item, [...segments, i], ctx).length === 0))
          out.push(...fail("must contain an element matching", arg));
        break;
      case "$all":
        for (const sub of arg as unknown[]) out.push(...match(sub, actual, segments, ctx));
        break;
      case "$not":
        if (match(arg, actual, segments, ctx).length === 0) out.push(...fail("must not match", arg));
        break;
      default:
        out.push(...fail(`unknown matcher ${op}`));
    }
  }
  return out;
}

/** Matches `expected` against `actual` (MISSING when absent) at `segments`. */
function match(expected: unknown, actual: unknown, segments: (string | number)[], ctx: MatchContext): Failure[] {
  if (expected === undefined) return [];
  if (isMatcher(expected)) return applyMatcher(expected, actual, segments, ctx);
  const path = show(segments);
  if (actual === MISSING) return [{ path, message: "is missing", expected }];
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [{ path, message: "must be an array", expected, actual }];
    if (actual.length !== expected.length) return [{ path, message: `must have ${expected.length} elements`, expected, actual }];
    return expected.flatMap((e, i) => match(e, actual[i], [...segments, i], ctx));
  }
  if (expected !== null && typeof expected === "object") {
    if (actual === null || typeof actual !== "object" || Array.isArray(actual))
      return [{ path, message: "must be an object", expected, actual }];
    return Object.entries(expected).flatMap(([k, e]) =>
      match(e, k in (actual as object) ? (actual as Record<string, unknown>)[k] : MISSING, [...segments, k], ctx),
    );
  }
  if (!deepEqual(expected, actual)) return [{ path, message: "must equal", expected, actual }];
  return [];
}

export interface Expect {
  status?: unknown;
  code?: unknown;
  headers?: Record<string, unknown>;
  body?: unknown;
}

/** Checks a response against an (already interpolated) expect block. */
export function check(expect: Expect | undefined, res: Response, ctx: MatchContext): Failure[] {
  if (!expect) return [];
  const out: Failure[] = [];
  if (expect.status !== undefined) {
    const s = expect.status;
    const ok = Array.isArray(s)
      ? s.includes(res.status)
      : isMatcher(s)
        ? match(s, res.status, ["status"], ctx).length === 0
        : s === res.status;
    // A wrong status makes every other assertion noise: report it alone.
    if (!ok) return [{ path: "status", message: "unexpected status", expected: s, actual: res.status }];
  }
  if (expect.code !== undefined) {
    const body = res.body as Record<string, unknown> | undefined;
    const actual = body && typeof body === "object" && "code" in body ? body.code : MISSING;
    out.push(...match(expect.code, actual, ["body", "code"], ctx));
  }
  if (expect.headers) {
    for (const [name, e] of Object.entries(expect.headers)) {
      const key = name.toLowerCase();
      const actual = key in res.headers ? res.headers[key] : MISSING;
      const expected = e === null || typeof e === "object" ? e : String(e);
      out.push(...match(expected, actual, ["headers", key], ctx));
    }
  }
  if (expect.body !== undefined) out.push(...match(expect.body, res.body === undefined ? MISSING : res.body, ["body"], ctx));
  return out;
}

/** True when a response matches a filter (an expect block). */
export function matches(filter: Expect | undefined, res: Response, ctx: MatchContext): boolean {
  return check(filter, res, ctx).length === 0;
}

export function valueAt(res: Response, path: string): { found: boolean; value?: unknown } {
  const segments = path.split(".").flatMap((p) => {
    const parts: (string | number)[] = [];
    const re = /([^[\]]+)|\[(\d+)\]/g;
    for (const m of p.matchAll(re)) parts.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
    return parts;
  });
  if (segments[0] === "headers" && typeof segments[1] === "string") segments[1] = segments[1].toLowerCase();
  return at(res, segments);
}
