// Coverage criteria of issue 20, checked against the scenario files: each test lists what no
// scenario covers yet and fails while that list is not empty. What a scenario covers is derived
// from its data (test/support/coverage.ts): the operations it calls, as which agent with which
// scopes, the statuses, codes and fields it expects, the idempotency keys it repeats, the rules it
// sets up and the instants it writes at, the audit sizes it proves. The lists to cover come from
// spec/openapi.yaml (scopes, error catalog, idempotent writes, rule kinds, booking statuses) and
// the engine's evolve() (booking transitions).
import { describe, expect, it } from "vitest";
import { baseMonday, interpolate, type ExprContext } from "../src/expr.ts";
import { OPERATIONS } from "../src/operations.ts";
import { loadScenarios, type Scenario } from "../src/scenario.ts";
import {
  ALL_SCOPES,
  BOOKING_ACTIONS,
  BOOKING_STATUSES,
  bookingHistories,
  engineTransitions,
  errorCatalog,
  facts,
  idempotentWrites,
  invariantExpectations,
  invariantNames,
  is2xx,
  literalInt,
  requiredScope,
  ruleKinds,
  strings,
  type Fact,
} from "./support/coverage.ts";

const loaded = loadScenarios();
// The scenarios the criteria look at: all of them, except while "the criteria can fail" swaps in a subset.
let scenarios: Scenario[] = loaded;
let allFacts: Fact[] = scenarios.flatMap(facts);

/** The criteria by test name, so that they can be re-run on a subset of the scenarios. */
const CRITERIA = new Map<string, () => unknown>();
function criterion(name: string, fn: () => unknown): void {
  CRITERIA.set(name, fn);
  it(name, async () => {
    await fn();
  });
}

async function withScenarios(subset: Scenario[], fn: () => unknown): Promise<void> {
  const saved = scenarios;
  scenarios = subset;
  allFacts = subset.flatMap(facts);
  try {
    await fn();
  } finally {
    scenarios = saved;
    allFacts = saved.flatMap(facts);
  }
}

/**
 * Codes of the catalog that no scenario has to produce, each with the reason a conforming server
 * cannot be made to produce it through its public API.
 */
const EXEMPT_CODES: Record<string, string> = {
  // A bug of the server (docs/protocol.md §2.6): a conforming server has none to trigger.
  internal: "a server fault; there is no request that should cause it",
  // The store is unreachable or a feature is not configured: a fully configured, healthy server
  // never answers it, and the suite certifies such a server.
  unavailable: "needs an outage or an unconfigured feature",
};

/**
 * Extension members of a problem model that do not apply to some of its codes
 * (docs/protocol.md §2.6: only the three conflicts that have a winner name it).
 */
const NOT_APPLICABLE: Record<string, string[]> = {
  hold_expired: ["winning_agent_id", "winning_agent_priority", "winning_booking_id"],
  invalid_transition: ["winning_agent_id", "winning_agent_priority", "winning_booking_id"],
  // Only for busy time of an external calendar (docs/protocol.md §11.1), which needs a calendar
  // server the server under test can reach: the reference server's own tests certify it.
  rule_violation: ["external"],
};

/**
 * Idempotent writes whose replay after a change of state no scenario can certify, with the reason.
 */
const EXEMPT_IDEMPOTENT: Record<string, string> = {
  // Sending mail needs an SMTP relay; the servers the suite is tested against run without one
  // (sendMessage answers 503 `unavailable`), so a scenario could not pass there.
  sendMessage: "needs an SMTP relay",
};

/** Audit tree sizes that are not powers of two, at which inclusion and consistency proofs must verify. */
const AUDIT_SIZES = [1, 3, 5, 6, 7, 9];

/**
 * Rule kinds judged on local wall time, which must also be tried across local midnight and on a
 * daylight-saving day. `buffer`, `min_notice` and `max_duration` measure durations between instants,
 * which neither midnight nor a change of UTC offset affects.
 */
const WALL_TIME_KINDS = ["business_hours", "focus_block", "daily_cap"];

function expectsForbidden(f: Fact, scope: string): boolean {
  return f.statuses.length === 1 && f.statuses[0] === 403 && f.code === "forbidden" && f.body.required_scope === scope;
}

/** The key gets past the scope check: no 401 or 403 is expected (a 404 for an unknown id counts). */
function passesAuth(f: Fact): boolean {
  return f.statuses.length > 0 && !f.statuses.includes(401) && !f.statuses.includes(403);
}

describe("coverage: scopes (docs/protocol.md §2.2)", () => {
  criterion(
    "every scoped operation is called without its scope (403 forbidden naming required_scope) by a key of every other scope, and with it",
    async () => {
      const missing: string[] = [];
      let scoped = 0;
      for (const [op, spec] of Object.entries(OPERATIONS)) {
        if (spec.auth !== "agent") continue;
        const scope = await requiredScope(op);
        if (!scope) continue;
        scoped++;
        const calls = allFacts.filter((f) => f.operation === op && f.scopes);
        for (const other of ALL_SCOPES.filter((s) => s !== scope)) {
          if (!calls.some((f) => !f.scopes!.includes(scope) && f.scopes!.includes(other) && expectsForbidden(f, scope))) {
            missing.push(`${op} by a key with ${other} but not ${scope}: 403 forbidden, required_scope ${scope}`);
          }
        }
        if (!calls.some((f) => f.scopes!.includes(scope) && passesAuth(f))) missing.push(`${op} by a key with ${scope}: not refused`);
      }
      expect(scoped).toBeGreaterThanOrEqual(10);
      expect(missing).toEqual([]);
    },
  );
});

describe("coverage: the error catalog (docs/protocol.md §2.6)", () => {
  const catalog = errorCatalog();

  it("reads every code of the catalog from the spec", () => {
    expect(catalog.map((c) => c.code)).toEqual(
      expect.arrayContaining(["forbidden", "outranked", "rule_violation", "payload_too_large", "internal"]),
    );
    for (const code of Object.keys(EXEMPT_CODES)) expect(catalog.map((c) => c.code)).toContain(code);
  });

  criterion("every code is produced by a scenario that checks its documented extension fields", () => {
    const missing: string[] = [];
    const expectations = [
      ...allFacts.map((f) => ({ code: f.code, keys: f.bodyKeys })),
      ...scenarios.flatMap((s) =>
        invariantExpectations(s).map(({ expect: e }) => {
          const x = (e ?? {}) as { code?: unknown; body?: Record<string, unknown> };
          return { code: typeof x.code === "string" ? x.code : (x.body?.code as string | undefined), keys: Object.keys(x.body ?? {}) };
        }),
      ),
    ];
    for (const entry of catalog) {
      if (entry.code in EXEMPT_CODES) continue;
      const got = expectations.filter((e) => e.code === entry.code);
      if (!got.length) {
        missing.push(`${entry.code}: no scenario expects it`);
        continue;
      }
      const checked = new Set(got.flatMap((e) => e.keys));
      for (const field of entry.extensions.filter((x) => !(NOT_APPLICABLE[entry.code] ?? []).includes(x))) {
        if (!checked.has(field)) missing.push(`${entry.code}: no scenario checks ${field}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe("coverage: booking transitions (docs/protocol.md §2.5, §3.4, §3.5)", () => {
  const transitions = engineTransitions();
  const histories = () => scenarios.flatMap(bookingHistories);

  it("reads the engine's transitions", () => {
    expect(transitions.map((t) => `${t.from}→${t.to}`).sort()).toEqual(
      expect.arrayContaining([
        "HELD→COMMITTED",
        "HELD→RELEASED",
        "HELD→EXPIRED",
        "HELD→INVALIDATED",
        "COMMITTED→CANCELLED",
        "COMMITTED→EVICTED",
      ]),
    );
  });

  criterion("every transition is exercised: a booking seen in its from-status, then in its to-status", () => {
    const seen = new Set<string>();
    for (const h of histories()) {
      const statuses = h.filter((o) => o.status).map((o) => o.status!);
      for (let i = 1; i < statuses.length; i++) seen.add(`${statuses[i - 1]}→${statuses[i]}`);
    }
    expect(transitions.map((t) => `${t.from}→${t.to}`).filter((t) => !seen.has(t))).toEqual([]);
  });

  criterion("every forbidden transition is tried: each action on a booking in each status that does not allow it is 409", () => {
    const tried = new Set<string>();
    for (const h of histories()) {
      let status: string | undefined;
      for (const o of h) {
        if (o.status) status = o.status;
        else if (
          o.action &&
          status &&
          o.action.statuses.length === 1 &&
          o.action.statuses[0] === 409 &&
          ["invalid_transition", "hold_expired"].includes(o.action.code ?? "")
        ) {
          tried.add(`${o.action.operation} on ${status}`);
        }
      }
    }
    const missing: string[] = [];
    for (const [action, event] of Object.entries(BOOKING_ACTIONS)) {
      const allowedFrom = transitions.filter((t) => t.event === event).map((t) => t.from);
      expect(allowedFrom.length, action).toBe(1);
      for (const status of BOOKING_STATUSES.filter((s) => !allowedFrom.includes(s))) {
        if (!tried.has(`${action} on ${status}`)) missing.push(`${action} on ${status}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe("coverage: idempotency (docs/protocol.md §2.7)", () => {
  const writes = idempotentWrites();

  it("reads the idempotent writes from the spec", () => {
    expect(writes).toEqual(expect.arrayContaining(["createBooking", "commitHold", "releaseHold", "cancelBooking"]));
  });

  criterion("every idempotent write is replayed after its resource changed state, and the stored response comes back", () => {
    const missing: string[] = [];
    for (const op of writes.filter((w) => !(w in EXEMPT_IDEMPOTENT))) {
      const ok = scenarios.some((s) => {
        const fs = facts(s);
        return fs.some((a) =>
          fs.some(
            (b) =>
              a.operation === op &&
              b.operation === op &&
              a.idempotencyKey !== undefined &&
              b.idempotencyKey === a.idempotencyKey &&
              a.as === b.as &&
              b.index > a.index &&
              b.headers["idempotent-replayed"] !== undefined &&
              JSON.stringify(b.step.expect ?? {}).includes(`"$same_as":"${a.id}"`) &&
              // Between them another write changed the state (a commit, release, cancel, displacement …).
              fs.some(
                (c) =>
                  c.index > a.index &&
                  c.index < b.index &&
                  writes.includes(c.operation) &&
                  c.idempotencyKey !== a.idempotencyKey &&
                  is2xx(c.statuses),
              ),
          ),
        );
      });
      if (!ok) missing.push(op);
    }
    expect(missing).toEqual([]);
  });

  criterion("a key is replayed across agents, and duplicates are sent while the first is in flight", () => {
    const across = allFacts.some((a) =>
      allFacts.some(
        (b) =>
          a.scenario === b.scenario &&
          a.idempotencyKey !== undefined &&
          a.idempotencyKey === b.idempotencyKey &&
          a.as !== undefined &&
          b.as !== undefined &&
          a.as !== b.as &&
          !a.as.includes("${") &&
          !b.as.includes("${"),
      ),
    );
    const inFlight = allFacts.some(
      (f) =>
        f.group !== undefined &&
        f.idempotencyKey !== undefined &&
        (allFacts.some((g) => g !== f && g.scenario === f.scenario && g.group === f.group && g.idempotencyKey === f.idempotencyKey) ||
          (Number(f.step.repeat ?? 1) > 1 && !f.idempotencyKey.includes("${i}"))),
    );
    expect({ across, inFlight }).toEqual({ across: true, inFlight: true });
  });
});

describe("coverage: races (docs/protocol.md §3.3, §3.5, §3.7)", () => {
  criterion("every race checks that each loser's audit_event_id is its own rejection event", () => {
    // A race: a parallel group of writes by several agents (an alias with `${i}`, or different ones), some expected to lose.
    const races = scenarios.filter((s) => {
      const racing = facts(s).filter((f) => f.group !== undefined && f.operation === "createBooking" && f.statuses.includes(409));
      return racing.some((f) => f.as?.includes("${") || racing.some((g) => g.group === f.group && g.as !== f.as));
    });
    expect(races.length).toBeGreaterThanOrEqual(5);
    expect(races.filter((s) => !invariantNames(s).includes("rejections_audited")).map((s) => s.id)).toEqual([]);
  });

  criterion("mixed holds and commits, the later one of higher priority, inside and outside the bump window, in both orders", () => {
    const seen = new Set<string>();
    for (const s of scenarios) {
      const priorities: Record<string, number> = {};
      for (const a of s.setup?.agents ?? []) if (!a.repeat) priorities[a.as] = Number(a.priority);
      const bump = Number(s.setup?.calendar?.settings?.bump_window_seconds ?? 30) * 1000;
      const writes = facts(s).filter(
        (f) => f.operation === "createBooking" && f.group === undefined && f.as && priorities[f.as] !== undefined,
      );
      for (const a of writes) {
        for (const b of writes) {
          const ba = a.step.body as { start?: string; mode?: string } | undefined;
          const bb = b.step.body as { start?: string; mode?: string } | undefined;
          if (b.index <= a.index || ba?.start !== bb?.start || !is2xx(a.statuses)) continue;
          if (!(priorities[b.as!]! < priorities[a.as!]!)) continue;
          const ma = ba?.mode === "hold" ? "hold" : "commit";
          const mb = bb?.mode === "hold" ? "hold" : "commit";
          if (ma === mb) continue;
          const inside = bump > 0 && b.waitedMs - a.waitedMs < bump;
          seen.add(`${ma}→${mb} ${inside ? "inside" : "outside"}`);
        }
      }
    }
    const want = ["hold→commit inside", "hold→commit outside", "commit→hold inside", "commit→hold outside"];
    expect(want.filter((w) => !seen.has(w))).toEqual([]);
  });
});

describe("coverage: audit proofs (docs/protocol.md §4.5)", () => {
  criterion(`inclusion and consistency proofs verify at tree sizes ${AUDIT_SIZES.join(", ")}, and between checkpoints`, () => {
    const inclusion = new Set<number>();
    const consistency = new Set<number>();
    let acrossCheckpoints = false;
    for (const f of allFacts) {
      const q = f.step.query ?? {};
      if (f.operation === "getAuditInclusionProof" && f.step.verify?.inclusion) {
        const n = literalInt(q.tree_size);
        if (n !== undefined) inclusion.add(n);
      }
      if (f.operation === "getAuditConsistencyProof" && f.step.verify?.consistency) {
        for (const v of [q.from_size, q.to_size]) {
          const n = literalInt(v);
          if (n !== undefined) consistency.add(n);
        }
        const c = f.step.verify.consistency;
        if ("from" in c && "to" in c && c.from !== c.to) acrossCheckpoints = true;
      }
    }
    expect({
      inclusion: AUDIT_SIZES.filter((n) => !inclusion.has(n)),
      consistency: AUDIT_SIZES.filter((n) => !consistency.has(n)),
      acrossCheckpoints,
    }).toEqual({ inclusion: [], consistency: [], acrossCheckpoints: true });
  });
});

// ------------------------------------------------------------------------------------ rules

const BASE = baseMonday(Date.UTC(2026, 0, 5));
const ctx: ExprContext = { baseMs: BASE, now: () => BASE - 14 * 86_400_000, lookup: () => ({ found: false }) };

/** The scenario's `vars`, interpolated as the runner does before the first step. */
function contextOf(s: Scenario): ExprContext {
  let vars: Record<string, unknown> = {};
  try {
    vars = (s.vars ? interpolate(s.vars, ctx) : {}) as Record<string, unknown>;
  } catch {
    // vars that need a response: none of them resolve here.
  }
  return { ...ctx, lookup: (name) => (name in vars ? { found: true, value: vars[name] } : { found: false }) };
}

function instant(v: unknown, c: ExprContext): number | undefined {
  try {
    const x = interpolate(v, c);
    const ms = typeof x === "string" ? Date.parse(x) : NaN;
    return Number.isNaN(ms) ? undefined : ms;
  } catch {
    return undefined;
  }
}

function localDate(zone: string, ms: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(ms));
}

function offsetChangesOn(zone: string, ms: number): boolean {
  // The local day of `ms` is a daylight-saving day when the offset at its start and end differ.
  const fmt = (t: number) =>
    new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" }).format(new Date(t)).split(" ").pop();
  const day = localDate(zone, ms);
  let start = ms;
  while (localDate(zone, start - 3_600_000) === day) start -= 3_600_000;
  let end = ms;
  while (localDate(zone, end + 3_600_000) === day) end += 3_600_000;
  return fmt(start) !== fmt(end);
}

interface Span {
  start: number;
  end: number;
}

function spanOf(f: Fact, c: ExprContext): Span | undefined {
  const src =
    f.operation === "getAvailability"
      ? { start: f.step.query?.range_start, end: f.step.query?.range_end }
      : (f.step.body as { start?: unknown; end?: unknown } | undefined);
  const start = instant(src?.start, c);
  const end = instant(src?.end, c);
  return start !== undefined && end !== undefined ? { start, end } : undefined;
}

function crossesMidnight(zone: string, s: Span): boolean {
  return localDate(zone, s.start) !== localDate(zone, s.end - 1);
}

/** The span touches a local day on which the zone's offset changes. */
function onDstDay(zone: string, s: Span): boolean {
  for (let t = s.start; t < s.end; t += 3_600_000) if (offsetChangesOn(zone, t)) return true;
  return offsetChangesOn(zone, s.end - 1);
}

const MIN = 60_000;

function hhmm(v: unknown): number | undefined {
  const m = typeof v === "string" ? /^(\d{2}):(\d{2})$/.exec(v) : null;
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

/** Minutes since local midnight in the zone (an end at midnight counts as 24:00). */
function localMinutes(zone: string, ms: number, isEnd = false): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", hour: "2-digit", minute: "2-digit" })
      .formatToParts(new Date(ms))
      .map((p) => [p.type, p.value]),
  );
  const m = Number(parts.hour) * 60 + Number(parts.minute);
  return isEnd && m === 0 ? 1440 : m;
}

type RuleDecl = Record<string, unknown> & { kind?: string; rule_id?: string; minutes?: number };

/**
 * Whether a write is at the rule's limit (accepted) or just past it, by at most two minutes
 * (refused), in the rule's own measure: duration (max_duration), notice before the command
 * (min_notice), gap to the nearest accepted booking (buffer), local distance to an opening or
 * closing time (business_hours) or to the block (focus_block). For daily_cap the limit is a count:
 * the accepted write that reaches the cap and the refused one after it.
 */
function atLimit(kind: string, rule: RuleDecl, zone: string, span: Span, accepted: boolean, earlier: Span[], now: number): boolean {
  const m = Number(rule.minutes);
  const past = (d: number) => d > 0 && d <= 2;
  switch (kind) {
    case "max_duration": {
      const d = (span.end - span.start) / MIN;
      return accepted ? d === m : past(d - m);
    }
    case "min_notice": {
      const n = (span.start - now) / MIN;
      return accepted ? n >= m && n <= m + 2 : past(m - n);
    }
    case "buffer": {
      const gaps = earlier.map((e) => Math.max(e.start - span.end, span.start - e.end) / MIN).filter((g) => g >= 0);
      if (!gaps.length) return false;
      const gap = Math.min(...gaps);
      return accepted ? gap === m : past(m - gap);
    }
    case "business_hours": {
      const hours = (rule.hours ?? []) as { open: string; close: string }[];
      const start = localMinutes(zone, span.start);
      const end = localMinutes(zone, span.end, true);
      return hours.some((h) =>
        accepted ? hhmm(h.open) === start || hhmm(h.close) === end : past(end - hhmm(h.close)!) || past(hhmm(h.open)! - start),
      );
    }
    case "focus_block": {
      const blockStart = hhmm(rule.start)!;
      const blockEnd = hhmm(rule.end)!;
      const start = localMinutes(zone, span.start);
      const end = localMinutes(zone, span.end, true);
      return accepted ? end === blockStart || start === blockEnd : past(end - blockStart) || past(blockEnd - start);
    }
    default:
      return true;
  }
}

function ruleCases(kind: string): Record<string, boolean> {
  const out = {
    accepted: false,
    refused: false,
    "accepted at the limit": false,
    "refused just past it": false,
    availability: false,
    "overnight write": false,
    "overnight availability": false,
    "DST-day write": false,
    "DST-day availability": false,
  };
  for (const s of scenarios as Scenario[]) {
    const rules = (s.setup?.rules ?? []) as RuleDecl[];
    const mine = rules.filter((r) => r.kind === kind);
    if (!mine.length) continue;
    const zone = s.setup?.calendar?.time_zone ?? "UTC";
    const c = contextOf(s);
    const earlier: Span[] = [];
    for (const f of facts(s)) {
      const span = spanOf(f, c);
      if (f.operation === "createBooking") {
        const rule = (f.body.rule ?? {}) as { kind?: string; rule_id?: string };
        const refused = f.code === "rule_violation" && (rule.kind === kind || mine.some((r) => r.rule_id === rule.rule_id));
        const accepted = f.statuses.length > 0 && f.statuses.every((x) => x >= 200 && x < 300);
        if (!refused && !accepted) continue;
        if (accepted) out.accepted = true;
        if (refused) out.refused = true;
        if (span && mine.some((r) => atLimit(kind, r, zone, span, accepted, earlier, c.now())))
          out[accepted ? "accepted at the limit" : "refused just past it"] = true;
        if (span && accepted) earlier.push(span);
        if (span && crossesMidnight(zone, span)) out["overnight write"] = true;
        if (span && zone !== "UTC" && onDstDay(zone, span)) out["DST-day write"] = true;
      }
      if (f.operation === "getAvailability" && is2xx(f.statuses) && f.body.busy !== undefined) {
        out.availability = true;
        if (span && crossesMidnight(zone, span)) out["overnight availability"] = true;
        if (span && zone !== "UTC" && onDstDay(zone, span)) out["DST-day availability"] = true;
      }
    }
  }
  return out;
}

describe("coverage: rules (docs/protocol.md §3.6)", () => {
  it("reads the rule kinds from the spec", () => {
    expect(ruleKinds().sort()).toEqual(["buffer", "business_hours", "daily_cap", "focus_block", "max_duration", "min_notice"]);
  });

  for (const kind of ruleKinds()) {
    criterion(
      `${kind}: a write at its limit and one just past it, and availability${WALL_TIME_KINDS.includes(kind) ? "; across local midnight and on a daylight-saving day" : ""}`,
      () => {
        const cases = ruleCases(kind);
        const wanted = Object.keys(cases).filter((c) => WALL_TIME_KINDS.includes(kind) || !/overnight|DST/.test(c));
        expect(wanted.filter((c) => !cases[c as keyof typeof cases])).toEqual([]);
      },
    );
  }

  it("the expressions a DST-day scenario needs exist", () => {
    expect(strings(scenarios.map((s) => [s.vars, s.steps])).some((x) => x.includes("dst_day("))).toBe(true);
  });
});

describe("the criteria can fail: each one without the scenario that covers it", () => {
  const without = (id: string) => loaded.filter((s) => s.id !== id);
  const cases: [string, string, Scenario[]][] = [
    ["every scoped operation", "auth.scope-matrix", without("auth.scope-matrix")],
    ["every code is produced", "validation.payload-too-large", without("validation.payload-too-large")],
    ["every forbidden transition", "holds.forbidden-transitions", without("holds.forbidden-transitions")],
    ["every idempotent write is replayed", "idempotency.replay-after-change", without("idempotency.replay-after-change")],
    [
      "every race checks",
      "races.priorities-5 without rejections_audited",
      loaded.map((s) =>
        s.id === "races.priorities-5" ? { ...s, invariants: (s.invariants ?? []).filter((i) => !("rejections_audited" in i)) } : s,
      ),
    ],
    ["mixed holds and commits", "bump.mixed-holds-commits-outside", without("bump.mixed-holds-commits-outside")],
    ["inclusion and consistency proofs", "audit.proofs-at-sizes", without("audit.proofs-at-sizes")],
    ["focus_block: ", "rules.focus-block-overnight-dst", without("rules.focus-block-overnight-dst")],
    ["min_notice: ", "rules.availability-duration-rules", without("rules.availability-duration-rules")],
  ];
  for (const [prefix, removed, subset] of cases) {
    it(`${prefix}… fails without ${removed}`, async () => {
      const name = [...CRITERIA.keys()].find((k) => k.startsWith(prefix));
      expect(name, prefix).toBeDefined();
      expect(subset.length).toBeLessThanOrEqual(loaded.length);
      // The criterion's own assertion fails (not some other error).
      await expect(withScenarios(subset, CRITERIA.get(name!)!)).rejects.toMatchObject({ name: "AssertionError" });
    });
  }
});
