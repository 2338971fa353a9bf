// The invariants registry: each whole-scenario check by name (the `invariants:` of a scenario
// file), run after the last step. A new invariant is one entry here and one in the schema.
import { auditVerifies, rejectionsAudited } from "./audit-checks.ts";
import { check, deepEqual, valueAt, type Expect } from "./match.ts";
import { collectPages } from "./pager.ts";
import type { Invariant } from "./scenario.ts";
import type { ScenarioRun } from "./scenario-run.ts";
import type { FailureRecord } from "./types.ts";

/** What an invariant check gets: the run, its arguments, where to report, its position. */
export interface InvariantContext {
  run: ScenarioRun;
  name: string;
  where: string;
  n: number;
  fail: (message: string, extra?: Partial<FailureRecord>) => FailureRecord[];
  stepCtx: { step: (id: string) => ReturnType<ScenarioRun["stepResult"]> };
}

export type InvariantCheck = (args: Record<string, unknown>, c: InvariantContext) => Promise<FailureRecord[]> | FailureRecord[];

const INVARIANTS: Readonly<Record<string, InvariantCheck>> = {
  exactly_one_winner: (args, { run, name, where, fail, stepCtx }) => {
    const a = args as { steps: string; winner?: string; losers?: Expect };
    const all = run.matched(a.steps);
    if (all.length === 0) return fail(`no step matches ${a.steps}`);
    const winners = all.filter((r) => r.status >= 200 && r.status < 300);
    if (winners.length !== 1) {
      return fail(`exactly one of ${all.length} contending requests must win, but ${winners.length} got a 2xx`, {
        expected: 1,
        actual: all.map(
          (r) => `${r.id}: ${r.status}${(r.body as { code?: string })?.code ? ` ${(r.body as { code?: string }).code}` : ""}`,
        ),
      });
    }
    const winner = winners[0]!;
    const out: FailureRecord[] = [];
    if (a.winner !== undefined) {
      const alias = String(run.interp(a.winner));
      if (winner.as !== alias)
        out.push(
          ...fail(`${alias} must win, but ${winner.as} won (${winner.id})`, { expected: alias, actual: winner.as, response: winner }),
        );
    }
    if (a.losers) {
      for (const loser of all.filter((r) => r !== winner)) {
        const expect = run.forStep(run.interp(a.losers, { winner, response: loser }), loser, name);
        for (const f of check(expect, loser, stepCtx)) out.push({ where: `${where}:${loser.id}`, ...f, response: loser });
      }
    }
    return out;
  },
  count: (args, { run, name, where, fail, stepCtx }) => {
    const raw = args as { steps: string; where?: Expect; min?: number | string; max?: number | string; each?: Expect };
    if (run.whereNotExpressible(name, raw)) return [];
    const a = {
      ...raw,
      min: raw.min === undefined ? undefined : Number(run.interp(raw.min)),
      max: raw.max === undefined ? undefined : Number(run.interp(raw.max)),
    };
    const got = run.matched(a.steps, a.where);
    const out: FailureRecord[] = [];
    if ((a.min !== undefined && got.length < a.min) || (a.max !== undefined && got.length > a.max)) {
      out.push(
        ...fail(`${got.length} of the steps ${a.steps} match, expected ${a.min ?? 0}..${a.max ?? "∞"}`, {
          expected: { min: a.min, max: a.max, where: a.where },
          actual: run.matched(a.steps).map((r) => `${r.id}: ${r.status}`),
        }),
      );
    }
    for (const r of a.each ? got : []) {
      for (const f of check(run.forStep(run.interp(a.each, { response: r }), r, name), r, stepCtx))
        out.push({ where: `${where}:${r.id}`, ...f, response: r });
    }
    return out;
  },
  same_across: (args, { run, name, fail }) => {
    const a = args as { steps: string; where?: Expect; path: string };
    if (run.whereNotExpressible(name, a)) return [];
    const got = run.matched(a.steps, a.where);
    if (got.length === 0) return fail(`no step matches ${a.steps}`);
    const values = got.map((r) => ({ id: r.id, v: valueAt(r, a.path).value }));
    const distinct = values.filter((x, i) => values.findIndex((y) => deepEqual(x.v, y.v)) === i);
    if (distinct.length > 1) {
      return fail(`${a.path} must be the same across ${got.length} responses, found ${distinct.length} different values`, {
        path: a.path,
        actual: values.map((x) => `${x.id}: ${JSON.stringify(x.v)}`),
      });
    }
    return [];
  },
  no_overlapping_active_bookings: (args, { run, where, n }) => noOverlaps(run, String(run.interp((args as { as: string }).as)), where, n),
  rejections_audited: (args, { run, where }) => rejectionsAudited(run, String((args as { steps: string }).steps), where),
  audit_proofs_verify: (args, { run, where }) => auditVerifies(run, String(run.interp((args as { as: string }).as)), where),
};

/** Checks one invariant of the scenario (the `n`-th). */
export async function checkInvariant(run: ScenarioRun, inv: Invariant, n: number): Promise<FailureRecord[]> {
  const [name, args] = Object.entries(inv)[0] as [string, Record<string, unknown>];
  const where = `invariant:${name}`;
  const fail = (message: string, extra: Partial<FailureRecord> = {}): FailureRecord[] => [{ where, message, ...extra }];
  const entry = Object.hasOwn(INVARIANTS, name) ? INVARIANTS[name] : undefined;
  if (!entry) return fail(`unknown invariant ${name}`);
  return entry(args, { run, name, where, n, fail, stepCtx: { step: (id: string) => run.stepResult(id) } });
}

/** No two active bookings (HELD unexpired, COMMITTED) of a calendar overlap (on any of their calendars), over every page of the caller's bookings. */
async function noOverlaps(run: ScenarioRun, as: string, where: string, n: number): Promise<FailureRecord[]> {
  type Listed = {
    booking_id: string;
    calendar_id: string;
    calendar_ids?: string[];
    status: string;
    start: string;
    end: string;
    hold_expires_at?: string;
  };
  // A booking of several calendars occupies each of them (docs/protocol.md §12.2).
  const calendarsOf = (b: Listed): string[] => b.calendar_ids ?? [b.calendar_id];
  const share = (a: Listed, b: Listed): boolean => calendarsOf(a).some((c) => calendarsOf(b).includes(c));
  const bookings = await collectPages<Listed>(
    async (cursor, page) =>
      (await run.call(`${where}#${n}:page${page}`, as, "listBookings", { query: { limit: 200, cursor } }, 200)).body as object,
    { maxPages: 25 },
  );
  const now = run.now();
  const active = bookings.filter(
    (b) => b.status === "COMMITTED" || (b.status === "HELD" && (!b.hold_expires_at || Date.parse(b.hold_expires_at) > now)),
  );
  const out: FailureRecord[] = [];
  for (let i = 0; i < active.length; i++) {
    for (let j = i + 1; j < active.length; j++) {
      const a = active[i]!;
      const b = active[j]!;
      if (share(a, b) && Date.parse(a.start) < Date.parse(b.end) && Date.parse(b.start) < Date.parse(a.end)) {
        out.push({ where, message: `active bookings ${a.booking_id} and ${b.booking_id} overlap`, actual: [a, b] });
      }
    }
  }
  return out;
}
