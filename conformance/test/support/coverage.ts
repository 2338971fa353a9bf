// Coverage criteria of the conformance suite (issue 20), derived from the scenario files themselves:
// which operations a scenario calls, as which agent (and so with which scopes), what it expects
// (status, problem code, the fields it checks), which idempotency keys it repeats, which rules it
// sets up, which audit sizes it proves. Nothing here needs a server; the criteria read the
// protocol's lists from spec/openapi.yaml and the engine's booking transitions from its source.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { parse } from "yaml";
import type { Expect } from "../../src/match.ts";
import { operation } from "../../src/operations.ts";
import type { AgentDecl, Invariant, RequestStep, Scenario, Step } from "../../src/scenario.ts";
import { SPEC_FILE } from "./processes.ts";

// ------------------------------------------------------------------------------------ the spec

interface SpecOperation {
  operationId: string;
  parameters?: { name?: string; $ref?: string }[];
  "x-agentdraft-scope"?: string;
}
interface SpecDoc {
  paths: Record<string, Record<string, SpecOperation>>;
  components: { schemas: Record<string, Record<string, unknown>>; parameters?: Record<string, { name: string; in: string }> };
}

const spec = parse(readFileSync(SPEC_FILE, "utf8")) as SpecDoc;

const specOperations: SpecOperation[] = Object.values(spec.paths).flatMap((methods) =>
  Object.values(methods).filter((o): o is SpecOperation => typeof o === "object" && o !== null && "operationId" in o),
);

const SERVER_DIR = path.dirname(createRequire(import.meta.url).resolve("@agentdraft/server/package.json"));
let serverScopes: Record<string, string | undefined> | undefined;

/**
 * The scope an agent operation needs, or undefined. The only place the suite reads scopes: the
 * spec's `x-agentdraft-scope` on the operation when it has one, else the reference server's
 * `operationScopes` table (packages/server/src/routes/index.ts), the machine-readable source
 * until the spec carries the extension.
 */
export async function requiredScope(operationId: string): Promise<string | undefined> {
  const op = specOperations.find((o) => o.operationId === operationId);
  if (op?.["x-agentdraft-scope"] !== undefined) return op["x-agentdraft-scope"];
  serverScopes ??= ((await import(path.join(SERVER_DIR, "src/routes/index.ts"))) as { operationScopes: Record<string, string | undefined> })
    .operationScopes;
  return serverScopes[operationId];
}

/** Every scope an agent key can carry (the spec's `Scope` enum). */
export const ALL_SCOPES = (spec.components.schemas.Scope as { enum: string[] }).enum;

/** The agent scopes a scenario's agents get when the declaration lists none (the runner's default). */
const DEFAULT_SCOPES = ALL_SCOPES;

const PROBLEM_BASE = new Set(["type", "title", "status", "detail", "instance", "code", "request_id"]);

export interface CatalogEntry {
  code: string;
  model: string;
  /** Extension members of the problem model (beyond RFC 9457 and `code`, `request_id`). */
  extensions: string[];
}

/** The error catalog: every problem model with `x-agentdraft-exception`, each of its codes. */
export function errorCatalog(): CatalogEntry[] {
  const schemas = spec.components.schemas;
  const out: CatalogEntry[] = [];
  for (const [model, s] of Object.entries(schemas)) {
    if (!("x-agentdraft-exception" in s)) continue;
    const props = (s.properties ?? {}) as Record<string, { enum?: string[]; allOf?: { $ref: string }[] }>;
    const code = props.code!;
    const ref = code.allOf?.[0]?.$ref;
    const codes = code.enum ?? (ref ? (schemas[ref.split("/").pop()!] as { enum: string[] }).enum : []);
    const extensions = Object.keys(props).filter((p) => !PROBLEM_BASE.has(p));
    for (const c of codes) out.push({ code: c, model, extensions });
  }
  return out;
}

/** Operations that take an `Idempotency-Key` header: the idempotent writes. */
export function idempotentWrites(): string[] {
  const params = spec.components.parameters ?? {};
  return specOperations
    .filter((o) =>
      (o.parameters ?? []).some((p) => {
        const resolved = p.$ref ? params[p.$ref.split("/").pop()!] : (p as { name: string; in: string });
        return resolved?.in === "header" && resolved.name.toLowerCase() === "idempotency-key";
      }),
    )
    .map((o) => o.operationId);
}

/** The rule kinds of the spec's `Rule` union. */
export function ruleKinds(): string[] {
  return Object.keys((spec.components.schemas.Rule as { discriminator: { mapping: Record<string, string> } }).discriminator.mapping);
}

export const BOOKING_STATUSES = (spec.components.schemas.BookingStatus as { enum: string[] }).enum;

// ------------------------------------------------------------------------------------ the engine

export interface Transition {
  event: string;
  from: string;
  to: string;
}

/** Every booking status transition of the reference engine, read from `evolve()` (engine/state.ts). */
export function engineTransitions(): Transition[] {
  const source = readFileSync(path.join(SERVER_DIR, "src/engine/state.ts"), "utf8");
  const re = /case "([a-z._]+)":\s*return transition\(state, event\.booking_id, "([A-Z]+)", \{ status: "([A-Z]+)"/g;
  return [...source.matchAll(re)].map((m) => ({ event: m[1]!, from: m[2]!, to: m[3]! }));
}

/** The agent actions on an existing booking and the engine event each one emits when allowed. */
export const BOOKING_ACTIONS: Record<string, string> = {
  commitHold: "hold.committed",
  releaseHold: "hold.released",
  cancelBooking: "booking.cancelled",
};

// ------------------------------------------------------------------------------------ scenario facts

/** One request of a scenario, as the criteria see it. */
export interface Fact {
  scenario: Scenario;
  /** Position in the scenario (requests of one parallel group share it). */
  index: number;
  /** Set for requests of a parallel group. */
  group?: number;
  id?: string;
  operation: string;
  step: RequestStep;
  /** The caller alias as written (may hold `${i}`). */
  as?: string;
  /** The caller's scopes, when `as` names a declared agent of the main workspace. */
  scopes?: string[];
  statuses: number[];
  code?: string;
  /** The top-level body members the expectation checks. */
  bodyKeys: string[];
  body: Record<string, unknown>;
  headers: Record<string, unknown>;
  idempotencyKey?: string;
  /** Milliseconds the scenario waited before this request (sum of `wait_ms` with literal values). */
  waitedMs: number;
}

function literalCode(v: unknown): string | undefined {
  if (typeof v === "string") return v;
  if (v && typeof v === "object" && "$eq" in v && typeof (v as { $eq: unknown }).$eq === "string") return (v as { $eq: string }).$eq;
  return undefined;
}

function statusesOf(v: unknown): number[] {
  if (typeof v === "number") return [v];
  if (Array.isArray(v)) return v.filter((x): x is number => typeof x === "number");
  return [];
}

function expectParts(e: Expect | undefined): Pick<Fact, "statuses" | "code" | "bodyKeys" | "body" | "headers"> {
  const x = (e ?? {}) as { status?: unknown; code?: unknown; body?: unknown; headers?: unknown };
  const body = (x.body && typeof x.body === "object" && !Array.isArray(x.body) ? x.body : {}) as Record<string, unknown>;
  const headers = Object.fromEntries(Object.entries((x.headers ?? {}) as Record<string, unknown>).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    statuses: statusesOf(x.status),
    code: literalCode(x.code) ?? literalCode(body.code),
    bodyKeys: Object.keys(body),
    body,
    headers,
  };
}

/** The declared agents of the main workspace, expanded (`repeat`), with their scopes. */
function agentScopes(s: Scenario): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const decl of (s.setup?.agents ?? []) as AgentDecl[]) {
    const n = decl.repeat ?? 1;
    for (let i = 1; i <= n; i++) out[decl.repeat ? decl.as.replace(/\$\{i\}/g, String(i)) : decl.as] = decl.scopes ?? DEFAULT_SCOPES;
  }
  return out;
}

function defaultAgent(s: Scenario): string | undefined {
  const first = s.setup?.agents?.[0];
  return first ? (first.repeat ? first.as.replace(/\$\{i\}/g, "1") : first.as) : undefined;
}

export function facts(s: Scenario): Fact[] {
  const scopes = agentScopes(s);
  const out: Fact[] = [];
  let waited = 0;
  let index = 0;
  let group = 0;
  const add = (step: RequestStep, g?: number) => {
    const as = step.as ?? (!step.auth && operation(step.operation).auth === "agent" ? defaultAgent(s) : undefined);
    const key = Object.entries(step.headers ?? {}).find(([k]) => k.toLowerCase() === "idempotency-key")?.[1];
    out.push({
      scenario: s,
      index,
      ...(g !== undefined ? { group: g } : {}),
      ...(step.id !== undefined ? { id: step.id } : {}),
      operation: step.operation,
      step,
      ...(as !== undefined ? { as } : {}),
      ...(as !== undefined && !step.auth && scopes[as] ? { scopes: scopes[as] } : {}),
      ...expectParts(step.expect),
      ...(typeof key === "string" ? { idempotencyKey: key } : {}),
      waitedMs: waited,
    });
  };
  for (const step of s.steps as Step[]) {
    if ("wait_ms" in step) {
      waited += typeof step.wait_ms === "number" ? step.wait_ms : 0;
      continue;
    }
    if ("receive" in step) continue; // a webhook delivery, not a request
    if ("parallel" in step) {
      group++;
      for (const p of step.parallel) add(p, group);
    } else add(step);
    index++;
  }
  return out;
}

/** Problem expectations of the invariants (`exactly_one_winner.losers`, `count.each`). */
export function invariantExpectations(s: Scenario): { name: string; expect: Expect }[] {
  const out: { name: string; expect: Expect }[] = [];
  for (const inv of (s.invariants ?? []) as Invariant[]) {
    if ("exactly_one_winner" in inv && inv.exactly_one_winner.losers)
      out.push({ name: "exactly_one_winner", expect: inv.exactly_one_winner.losers });
    if ("count" in inv && inv.count.each) out.push({ name: "count", expect: inv.count.each });
  }
  return out;
}

export function invariantNames(s: Scenario): string[] {
  return ((s.invariants ?? []) as Invariant[]).map((inv) => Object.keys(inv)[0]!);
}

export const is2xx = (statuses: number[]) => statuses.length > 0 && statuses.some((x) => x >= 200 && x < 300);

/** `${steps.X.body.booking_id}` → `X`; a captured name → the step that captured it. */
function bookingRef(expr: unknown, captures: Record<string, string>): string | undefined {
  if (typeof expr !== "string") return undefined;
  const m = /^\$\{\s*steps\.([A-Za-z0-9_-]+)\.body\.booking_id\s*\}$/.exec(expr);
  if (m) return m[1];
  const v = /^\$\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}$/.exec(expr);
  return v ? captures[v[1]!] : undefined;
}

const BOOKING_RESPONSES = new Set(["createBooking", "getBooking", "commitHold", "releaseHold", "cancelBooking"]);

export interface Observation {
  scenario: string;
  ref: string;
  /** A status the booking was seen in, or an action tried on it. */
  status?: string;
  action?: { operation: string; code?: string; statuses: number[] };
}

/**
 * Follows every booking a scenario creates through the statuses its expectations assert:
 * `createBooking` (its asserted status, else HELD for `mode: hold`, else COMMITTED), then each
 * `getBooking`/`commitHold`/`releaseHold`/`cancelBooking` on it (by `${steps.X.body.booking_id}` or a
 * captured name) that asserts `body.status`, and each action tried on it.
 */
export function bookingHistories(s: Scenario): Observation[][] {
  const captures: Record<string, string> = {};
  const histories = new Map<string, Observation[]>();
  for (const f of facts(s)) {
    if (!BOOKING_RESPONSES.has(f.operation)) continue;
    let ref: string | undefined;
    if (f.operation === "createBooking") {
      if (!f.id || f.id.includes("${") || !is2xx(f.statuses) || f.statuses.some((x) => x >= 300)) continue;
      ref = f.id;
      const status =
        typeof f.body.status === "string"
          ? f.body.status
          : (f.step.body as { mode?: string } | undefined)?.mode === "hold"
            ? "HELD"
            : "COMMITTED";
      histories.set(ref, [{ scenario: s.id, ref, status }]);
    } else {
      ref = bookingRef(f.step.path?.booking_id, captures);
      if (!ref || !histories.has(ref)) continue;
      const h = histories.get(ref)!;
      if (f.operation in BOOKING_ACTIONS && !(is2xx(f.statuses) && f.statuses.every((x) => x < 300))) {
        h.push({ scenario: s.id, ref, action: { operation: f.operation, ...(f.code ? { code: f.code } : {}), statuses: f.statuses } });
      } else if (typeof f.body.status === "string" && f.statuses.every((x) => x >= 200 && x < 300)) {
        h.push({ scenario: s.id, ref, status: f.body.status });
      }
    }
    for (const [name, spec] of Object.entries(f.step.capture ?? {})) {
      const from = typeof spec === "string" ? spec : spec.from;
      if (from === "body.booking_id" && f.operation === "createBooking" && ref) captures[name] = ref;
    }
  }
  return [...histories.values()];
}

// ------------------------------------------------------------------------------------ audit sizes

/** An integer literal, or undefined. */
export function literalInt(v: unknown): number | undefined {
  if (typeof v === "number" && Number.isInteger(v)) return v;
  if (typeof v === "string" && /^\d+$/.test(v)) return Number(v);
  return undefined;
}

// ------------------------------------------------------------------------------------ rules

/** Every string in a value (expressions included). */
export function strings(v: unknown): string[] {
  if (typeof v === "string") return [v];
  if (Array.isArray(v)) return v.flatMap(strings);
  if (v && typeof v === "object") return Object.values(v).flatMap(strings);
  return [];
}
