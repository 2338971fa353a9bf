// Scenario files: types, loading (YAML or JSON) and validation against schema/scenario.schema.json.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parse as parseYaml } from "yaml";
import type { Expect } from "./match.ts";

export type Level = "shape" | "semantic";

export interface AgentDecl {
  /** Alias used by steps (`as: <alias>`) and variables (`agents.<alias>.agent_id`); may use `${i}` with `repeat`. */
  as: string;
  priority: number | string;
  scopes?: string[];
  /** Declare `repeat` agents at once; `${i}` runs from 1. */
  repeat?: number;
}

export interface CalendarSetup {
  name?: string;
  time_zone?: string;
  settings?: Record<string, number>;
}

export interface WorkspaceSetup {
  calendar?: CalendarSetup;
  rules?: unknown[];
  agents?: AgentDecl[];
}

export interface OwnerDecl extends WorkspaceSetup {
  as: string;
}

export interface Setup extends WorkspaceSetup {
  /** Further owners, each with a workspace of its own (cross-workspace scenarios). */
  owners?: OwnerDecl[];
}

export type CaptureSpec = string | { from: string; regex?: string; type?: "integer" | "string"; optional?: boolean };

export interface Verify {
  /** The response is a checkpoint whose signed note verifies against its verifier key and agrees with its fields. */
  checkpoint?: boolean;
  /**
   * The response is an inclusion proof that verifies against the root of checkpoint step
   * `checkpoint`, or (`root: log`) against the root recomputed from the log's first `tree_size` events.
   */
  inclusion?: { checkpoint: string } | { root: "log" };
  /**
   * The response is a consistency proof between the checkpoints of steps `from` and `to`, or
   * (`root: log`) between the roots of the log's first `from_size` and `to_size` events.
   */
  consistency?: { from: string; to: string } | { root: "log" };
}

export interface RequestStep {
  id?: string;
  note?: string;
  /** Who sends it: an agent alias, `owner`, another owner's alias, or `none`. */
  as?: string;
  /** Credentials that override `as`: a literal Bearer key or session cookie. */
  auth?: { bearer?: string; cookie?: string };
  /** operationId in spec/openapi.yaml. */
  operation: string;
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  headers?: Record<string, unknown>;
  body?: unknown;
  /** A body sent verbatim (for malformed JSON). */
  raw_body?: string;
  /** The request deliberately breaks the spec (a validating proxy would answer it itself). */
  breaks_spec?: boolean;
  repeat?: number | string;
  max_repeat?: number;
  skip_reason?: string;
  /** Skip the scenario (with `reason`) when the response matches `when`. */
  skip_on?: { when: Expect; reason: string };
  capture?: Record<string, CaptureSpec>;
  expect?: Expect;
  verify?: Verify;
  /**
   * A read of what the protocol makes eventual (a source's poll, the request log's flush): sent
   * again every `every_ms` (100) until its expectations hold, for at most `within_ms`.
   */
  eventually?: { within_ms: number | string; every_ms?: number | string };
}

export interface ParallelStep {
  id?: string;
  note?: string;
  parallel: RequestStep[];
}

export interface WaitStep {
  note?: string;
  wait_ms: number | string;
}

/** Waits for a webhook delivery at the scenario's receiver and verifies its signature. */
export interface ReceiveStep {
  id?: string;
  note?: string;
  receive: { path: string; index?: number; secret: string; timeout_ms?: number };
  expect?: Expect;
}

export type Step = RequestStep | ParallelStep | WaitStep | ReceiveStep;

export type Invariant =
  | { no_overlapping_active_bookings: { as: string } }
  | { exactly_one_winner: { steps: string; winner?: string; losers?: Expect } }
  | { count: { steps: string; where?: Expect; min?: number | string; max?: number | string; each?: Expect } }
  | { same_across: { steps: string; where?: Expect; path: string } }
  | { audit_proofs_verify: { as: string } }
  | { rejections_audited: { steps: string } };

export interface Scenario {
  id: string;
  title: string;
  /** The section of the protocol it certifies, e.g. `docs/protocol.md §3.3 Arbitration window`. */
  spec: string;
  level: Level;
  description?: string;
  tags?: string[];
  setup?: Setup;
  vars?: Record<string, unknown>;
  steps: Step[];
  invariants?: Invariant[];
  /**
   * Agent-protocol surfaces the scenario certifies (`mcp`, `a2a`): it runs only where the server
   * advertises them; `inbound-secret`: only when the runner was given the inbound-mail secret.
   */
  requires?: ("mcp" | "a2a" | "inbound-secret")[];
  /** The runner starts a webhook receiver for the scenario (`${receiver.url}`). */
  receiver?: boolean;
  /** File it was loaded from. */
  file?: string;
}

const here = path.dirname(fileURLToPath(import.meta.url));
/** Package root (the same from src/ and from a built dist/). */
export const PACKAGE_ROOT = path.resolve(here, "..");
export const SCENARIO_DIR = path.join(PACKAGE_ROOT, "scenarios");
export const SCHEMA_FILE = path.join(PACKAGE_ROOT, "schema", "scenario.schema.json");

let validator: ReturnType<Ajv2020["compile"]> | undefined;

function validate(value: unknown): string[] {
  if (!validator) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    validator = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as object);
  }
  if (validator(value)) return [];
  return (validator.errors ?? []).map(
    (e) =>
      `${e.instancePath || "/"} ${e.message ?? "is invalid"}${e.params && "additionalProperty" in e.params ? ` (${String(e.params.additionalProperty)})` : ""}`,
  );
}

export class ScenarioError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ScenarioError";
  }
}

/** Parses and validates one scenario file (YAML or JSON). */
export function loadScenarioFile(file: string): Scenario {
  const text = readFileSync(file, "utf8");
  let value: unknown;
  try {
    value = file.endsWith(".json") ? JSON.parse(text) : parseYaml(text, { merge: true });
  } catch (err) {
    throw new ScenarioError(`${file}: ${(err as Error).message}`);
  }
  const errors = validate(value);
  if (errors.length) throw new ScenarioError(`${file} does not match the scenario schema:\n  ${errors.join("\n  ")}`);
  const scenario = value as Scenario;
  checkReferences(scenario, file);
  return { ...scenario, file };
}

/** Consistency checks the schema cannot express. */
function checkReferences(s: Scenario, file: string): void {
  const ids = new Set<string>();
  const add = (id: string | undefined) => {
    if (id === undefined) return;
    if (ids.has(id)) throw new ScenarioError(`${file}: step id ${id} is used twice`);
    ids.add(id);
  };
  for (const step of s.steps) {
    if ("parallel" in step) {
      add(step.id);
      for (const p of step.parallel) add(p.id);
    } else if ("operation" in step || "receive" in step) add(step.id);
  }
}

function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return listFiles(full);
      return /\.(ya?ml|json)$/.test(name) ? [full] : [];
    });
}

/** Loads every scenario under `dir` (default: the bundled scenarios), sorted by file name. */
export function loadScenarios(dir: string = SCENARIO_DIR): Scenario[] {
  const scenarios = listFiles(dir)
    .map(loadScenarioFile)
    .sort((a, b) => a.id.localeCompare(b.id));
  const seen = new Map<string, string>();
  for (const s of scenarios) {
    const prev = seen.get(s.id);
    if (prev) throw new ScenarioError(`scenario id ${s.id} is used by ${prev} and ${s.file}`);
    seen.set(s.id, s.file!);
  }
  return scenarios;
}
