// The small expression language of scenario files: `${…}` placeholders in any string.
//
//   ${agents.a.agent_id}          a path into the scenario's variables
//   ${steps.first.body.booking_id} the response of an earlier step (status, headers, body)
//   ${quota + 2}, ${retry * 1000}  integer arithmetic (+ - *), operators between spaces
//   ${at(1, '10:30')}             an instant: the run's base Monday 00:00 UTC + 1 day, 10:30 UTC
//   ${now(30)}                     an instant 30 minutes from now (negative: in the past)
//   ${plus(steps.h.body.start, 15)} an instant plus minutes (plus_s: seconds)
//   ${dst_day('Europe/Berlin')}   the first day (from the base Monday, as for at()) on which the
//                                 zone's UTC offset changes: a daylight-saving day
//   ${fill('x', 70000)}          a string repeated (at most 1 MiB in all): oversized bodies
//   ${ical_date(2)}, ${ical_utc(at(2, '09:00'))}  RFC 5545 DATE / UTC DATE-TIME text (an UNTIL)
//   ${local(3, '09:00', 'Europe/Berlin')} an instant: 09:00 wall time in the zone on day 3 (a
//                                 time in a daylight-saving gap moves forward, an ambiguous one
//                                 takes the earlier instant, as docs/protocol.md §3.6 says)
//
// A string that is exactly one placeholder keeps the value's type (number, object …); otherwise
// every placeholder is replaced by its text. Nothing here evaluates code: an unknown name or
// function is an error.

export type Scope = (name: string) => { found: boolean; value?: unknown };

export interface ExprContext {
  lookup: Scope;
  /** Base instant of the run (a Monday 00:00 UTC in the future), epoch ms. */
  baseMs: number;
  now: () => number;
}

export class ExprError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExprError";
  }
}

type Token = { t: "num"; v: number } | { t: "str"; v: string } | { t: "id"; v: string } | { t: "op"; v: string };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (/[0-9]/.test(c)) {
      let j = i;
      while (j < src.length && /[0-9]/.test(src[j]!)) j++;
      out.push({ t: "num", v: Number(src.slice(i, j)) });
      i = j;
    } else if (c === "'") {
      const j = src.indexOf("'", i + 1);
      if (j < 0) throw new ExprError(`unterminated string in \${${src}}`);
      out.push({ t: "str", v: src.slice(i + 1, j) });
      i = j + 1;
    } else if (/[A-Za-z_]/.test(c)) {
      let j = i + 1;
      while (j < src.length && /[A-Za-z0-9_]/.test(src[j]!)) j++;
      out.push({ t: "id", v: src.slice(i, j) });
      i = j;
    } else if (c === ".") {
      // A path segment after a dot may contain dashes (header names) and start with a digit.
      let j = i + 1;
      while (j < src.length && /[A-Za-z0-9_-]/.test(src[j]!)) j++;
      if (j === i + 1) throw new ExprError(`empty path segment in \${${src}}`);
      out.push({ t: "op", v: "." }, { t: "str", v: src.slice(i + 1, j) });
      i = j;
    } else if ("+-*(),[]".includes(c)) {
      out.push({ t: "op", v: c });
      i++;
    } else {
      throw new ExprError(`unexpected ${JSON.stringify(c)} in \${${src}}`);
    }
  }
  return out;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function isoOf(ms: number): string {
  if (!Number.isFinite(ms)) throw new ExprError("not a valid instant");
  return new Date(ms).toISOString();
}

function instantMs(v: unknown, fn: string): number {
  const ms = typeof v === "number" ? v : Date.parse(String(v));
  if (Number.isNaN(ms)) throw new ExprError(`${fn}: ${JSON.stringify(v)} is not an instant`);
  return ms;
}

function int(v: unknown, what: string): number {
  const n = typeof v === "string" && /^-?\d+$/.test(v) ? Number(v) : v;
  if (typeof n !== "number" || !Number.isFinite(n)) throw new ExprError(`${what}: ${JSON.stringify(v)} is not a number`);
  return n;
}

/** The zone's UTC offset at an instant, in minutes. */
function zoneOffsetMinutes(zone: string, ms: number): number {
  let fmt: Intl.DateTimeFormat;
  try {
    fmt = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
  } catch {
    throw new ExprError(`unknown time zone ${JSON.stringify(zone)}`);
  }
  const parts = Object.fromEntries(fmt.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / 60_000);
}

/** The instant of a wall time in a zone: gaps move forward, ambiguous times take the earlier instant. */
function localInstant(zone: string, wallMs: number): number {
  const candidates = [-1, 0, 1].map((d) => wallMs - zoneOffsetMinutes(zone, wallMs + (d * 86_400_000) / 2) * 60_000);
  const exact = candidates.filter((t) => t + zoneOffsetMinutes(zone, t) * 60_000 === wallMs).sort((a, b) => a - b);
  if (exact.length) return exact[0]!;
  // In a gap: the wall time plus the offset from before the gap lands after it.
  return wallMs - zoneOffsetMinutes(zone, wallMs - 86_400_000 / 2) * 60_000;
}

const FUNCTIONS: Record<string, (ctx: ExprContext, args: unknown[]) => unknown> = {
  at: (ctx, [day, time]) => {
    const m = /^(\d{1,2}):(\d{2})$/.exec(String(time ?? "00:00"));
    if (!m) throw new ExprError(`at(day, 'HH:MM'): bad time ${JSON.stringify(time)}`);
    return isoOf(ctx.baseMs + int(day, "at(day)") * 86_400_000 + (Number(m[1]) * 60 + Number(m[2])) * 60_000);
  },
  now: (ctx, [minutes]) => isoOf(ctx.now() + int(minutes ?? 0, "now(minutes)") * 60_000),
  plus: (_ctx, [instant, minutes]) => isoOf(instantMs(instant, "plus") + int(minutes, "plus(minutes)") * 60_000),
  plus_s: (_ctx, [instant, seconds]) => isoOf(instantMs(instant, "plus_s") + int(seconds, "plus_s(seconds)") * 1000),
  dst_day: (ctx, [zone]) => {
    for (let day = 0; day < 400; day++) {
      const start = ctx.baseMs + day * 86_400_000;
      if (zoneOffsetMinutes(String(zone), start) !== zoneOffsetMinutes(String(zone), start + 86_400_000)) return day;
    }
    throw new ExprError(`dst_day: ${JSON.stringify(zone)} changes its offset on no day of the next 400`);
  },
  local: (ctx, [day, time, zone]) => {
    const m = /^(\d{1,2}):(\d{2})$/.exec(String(time ?? "00:00"));
    if (!m) throw new ExprError(`local(day, 'HH:MM', zone): bad time ${JSON.stringify(time)}`);
    const wall = ctx.baseMs + int(day, "local(day)") * 86_400_000 + (Number(m[1]) * 60 + Number(m[2])) * 60_000;
    return isoOf(localInstant(String(zone), wall));
  },
  fill: (_ctx, [text, count]) => {
    const n = int(count, "fill(count)");
    const unit = String(text);
    if (n < 0 || unit.length * n > 1 << 20) throw new ExprError("fill: at most 1 MiB");
    return unit.repeat(n);
  },
  // The last path segment of a URL (e.g. an ICS feed's `<token>.ics`).
  basename: (_ctx, [v]) => {
    const text = String(v).split(/[?#]/)[0]!;
    return text.slice(text.lastIndexOf("/") + 1);
  },
  ms: (_ctx, [instant]) => instantMs(instant, "ms"),
  len: (_ctx, [v]) => (Array.isArray(v) || typeof v === "string" ? v.length : v && typeof v === "object" ? Object.keys(v).length : 0),
  int: (_ctx, [v]) => int(v, "int"),
  str: (_ctx, [v]) => (typeof v === "string" ? v : JSON.stringify(v)),
  // RFC 5545 forms (an RRULE's UNTIL): `ical_date(day)` YYYYMMDD, `ical_utc(instant)` YYYYMMDDTHHMMSSZ.
  ical_date: (ctx, [day]) => {
    const d = new Date(ctx.baseMs + int(day, "ical_date(day)") * 86_400_000);
    return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
  },
  ical_utc: (_ctx, [instant]) =>
    new Date(instantMs(instant, "ical_utc"))
      .toISOString()
      .replace(/\.\d{3}Z$/, "Z")
      .replace(/[-:]/g, ""),
  date: (ctx, [day]) => {
    const d = new Date(ctx.baseMs + int(day, "date(day)") * 86_400_000);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  },
};

class Parser {
  private pos = 0;
  private readonly tokens: Token[];
  private readonly ctx: ExprContext;
  private readonly src: string;

  constructor(src: string, ctx: ExprContext) {
    this.src = src;
    this.tokens = tokenize(src);
    this.ctx = ctx;
  }

  parse(): unknown {
    const v = this.sum();
    if (this.pos < this.tokens.length) throw new ExprError(`unexpected trailing input in \${${this.src}}`);
    return v;
  }

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private isOp(v: string): boolean {
    const t = this.peek();
    return t?.t === "op" && t.v === v;
  }

  private expectOp(v: string): void {
    if (!this.isOp(v)) throw new ExprError(`expected ${JSON.stringify(v)} in \${${this.src}}`);
    this.pos++;
  }

  private sum(): unknown {
    let left = this.product();
    while (this.isOp("+") || this.isOp("-")) {
      const op = (this.tokens[this.pos++] as { v: string }).v;
      const right = this.product();
      left = op === "+" ? int(left, "+") + int(right, "+") : int(left, "-") - int(right, "-");
    }
    return left;
  }

  private product(): unknown {
    let left = this.unary();
    while (this.isOp("*")) {
      this.pos++;
      left = int(left, "*") * int(this.unary(), "*");
    }
    return left;
  }

  private unary(): unknown {
    if (this.isOp("-")) {
      this.pos++;
      return -int(this.unary(), "-");
    }
    return this.primary();
  }

  private primary(): unknown {
    const t = this.peek();
    if (!t) throw new ExprError(`unexpected end of \${${this.src}}`);
    if (t.t === "num" || t.t === "str") {
      this.pos++;
      return t.v;
    }
    if (t.t === "op" && t.v === "(") {
      this.pos++;
      const v = this.sum();
      this.expectOp(")");
      return v;
    }
    if (t.t === "id") {
      this.pos++;
      if (this.isOp("(")) {
        this.pos++;
        const args: unknown[] = [];
        if (!this.isOp(")")) {
          args.push(this.sum());
          while (this.isOp(",")) {
            this.pos++;
            args.push(this.sum());
          }
        }
        this.expectOp(")");
        const fn = FUNCTIONS[t.v];
        if (!fn) throw new ExprError(`unknown function ${t.v}() in \${${this.src}}`);
        return fn(this.ctx, args);
      }
      const found = this.ctx.lookup(t.v);
      if (!found.found) throw new ExprError(`unknown name ${JSON.stringify(t.v)} in \${${this.src}}`);
      return this.path(found.value, t.v);
    }
    throw new ExprError(`unexpected ${JSON.stringify(t.v)} in \${${this.src}}`);
  }

  private path(value: unknown, name: string): unknown {
    let v = value;
    let where = name;
    for (;;) {
      let key: string | number;
      if (this.isOp(".")) {
        this.pos++;
        key = (this.tokens[this.pos++] as { v: string }).v;
      } else if (this.isOp("[")) {
        this.pos++;
        const k = this.sum();
        this.expectOp("]");
        key = typeof k === "number" ? k : String(k);
      } else {
        return v;
      }
      where += typeof key === "number" ? `[${key}]` : `.${key}`;
      if (v === null || typeof v !== "object" || !(key in (v as object))) {
        throw new ExprError(`${where} is not defined (in \${${this.src}})`);
      }
      v = (v as Record<string | number, unknown>)[key];
    }
  }
}

function evaluate(src: string, ctx: ExprContext): unknown {
  return new Parser(src, ctx).parse();
}

const WHOLE = /^\$\{([^{}]*)\}$/;
const ANY = /\$\{([^{}]*)\}/g;

/** Interpolates every `${…}` in a value (strings, arrays and objects, keys included). */
export function interpolate(value: unknown, ctx: ExprContext): unknown {
  if (typeof value === "string") {
    const whole = WHOLE.exec(value);
    if (whole) return evaluate(whole[1]!, ctx);
    if (!value.includes("${")) return value;
    return value.replace(ANY, (_m, src: string) => {
      const v = evaluate(src, ctx);
      return typeof v === "string" ? v : JSON.stringify(v);
    });
  }
  if (Array.isArray(value)) return value.map((v) => interpolate(v, ctx));
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[String(interpolate(k, ctx))] = interpolate(v, ctx);
    return out;
  }
  return value;
}

/** The run's base instant: the first Monday 00:00 UTC at least `minDays` days after `now`. */
export function baseMonday(now: number, minDays = 14): number {
  const day = 86_400_000;
  let t = Math.floor(now / day) * day + minDays * day;
  while (new Date(t).getUTCDay() !== 1) t += day;
  return t;
}
