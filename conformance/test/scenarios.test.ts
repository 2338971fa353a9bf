// The scenario files themselves: valid against the scenario schema, using only operations of the
// spec, and covering everything issue 6 and docs/protocol.md §8 ask for.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { OPERATIONS } from "../src/operations.ts";
import { SURFACE_OPERATIONS } from "../src/surfaces.ts";
import { loadScenarios, loadScenarioFile, ScenarioError, type RequestStep, type Scenario } from "../src/scenario.ts";
import { runCli, SPEC_FILE } from "./support/processes.ts";

const scenarios = loadScenarios();

function requests(s: Scenario): RequestStep[] {
  return s.steps.flatMap((step) => ("parallel" in step ? step.parallel : "operation" in step ? [step] : []));
}

describe("scenario files", () => {
  it("load, validate against schema/scenario.schema.json and have unique ids", () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(50);
    expect(new Set(scenarios.map((s) => s.id)).size).toBe(scenarios.length);
    for (const s of scenarios) {
      expect(s.id, s.file).toMatch(/^[a-z0-9]+([.-][a-z0-9]+)*$/);
      expect(s.spec, s.id).toMatch(/^docs\/protocol\.md §\d/);
      expect(["shape", "semantic"]).toContain(s.level);
    }
  });

  it("name operations of the spec, with their path parameters", () => {
    for (const s of scenarios) {
      for (const r of requests(s)) {
        const op = OPERATIONS[r.operation] ?? (s.requires?.length ? SURFACE_OPERATIONS[r.operation] : undefined);
        expect(op, `${s.id}: ${r.operation}`).toBeDefined();
        const params = [...op!.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        expect(Object.keys(r.path ?? {}).sort(), `${s.id}: ${r.operation}`).toEqual(params.sort());
      }
    }
  });

  it("keep the operation table equal to spec/openapi.yaml", () => {
    const spec = parse(readFileSync(SPEC_FILE, "utf8")) as {
      paths: Record<string, Record<string, { operationId: string; security?: Record<string, unknown>[] }>>;
    };
    const fromSpec: Record<string, unknown> = {};
    for (const [p, methods] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const scheme = Object.keys(op.security?.[0] ?? {})[0];
        fromSpec[op.operationId] = {
          method: method.toUpperCase(),
          path: p,
          auth: scheme === "BearerAuth" ? "agent" : scheme === "OwnerSession" ? "owner" : "none",
        };
      }
    }
    expect(OPERATIONS).toEqual(fromSpec);
  });

  it("cover every area of the issue", () => {
    const ids = scenarios.map((s) => s.id);
    const need = [
      "auth.no-key",
      "auth.bad-key",
      "auth.revoked-key",
      "auth.missing-scope",
      "validation.booking-fields",
      "validation.malformed",
      "availability.merging",
      "holds.commit",
      "holds.release",
      "holds.expiry",
      "holds.displacement",
      "holds.double-resolution",
      "races.priorities-2",
      "races.priorities-5",
      "races.priorities-20",
      "races.equal-priorities",
      "bump.evicts-young-commit",
      "bump.frozen-after-window",
      "rules.business-hours",
      "rules.focus-block",
      "rules.daily-cap",
      "rules.buffer",
      "rules.max-duration",
      "rules.min-notice",
      "idempotency.replay",
      "idempotency.key-reuse",
      "idempotency.concurrent-same-key",
      "idempotency.per-agent",
      "ratelimit.burst",
      "pagination.bookings",
      "audit.inclusion",
      "audit.consistency",
      "audit.checkpoint-signature",
      "isolation.cross-workspace",
    ];
    expect(need.filter((id) => !ids.includes(id))).toEqual([]);
    const kinds = new Set(scenarios.flatMap((s) => (s.setup?.rules ?? []).map((r) => (r as { kind: string }).kind)));
    expect([...kinds].sort()).toEqual(["buffer", "business_hours", "daily_cap", "focus_block", "max_duration", "min_notice"]);
    const invariants = new Set(scenarios.flatMap((s) => (s.invariants ?? []).map((i) => Object.keys(i)[0])));
    expect(invariants).toEqual(
      new Set([
        "no_overlapping_active_bookings",
        "exactly_one_winner",
        "count",
        "same_across",
        "audit_proofs_verify",
        "rejections_audited",
      ]),
    );
    expect(scenarios.filter((s) => s.level === "shape").length).toBeGreaterThanOrEqual(8);
  });

  it("are all listed in the README's table", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const listed = [...readme.matchAll(/^\| `([a-z0-9.-]+)` \| (shape|semantic) \|/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(listed).toEqual(scenarios.map((s) => `${s.id} ${s.level}`));
  });

  it("reports a file that breaks the schema with the offending place", async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const path = await import("node:path");
    const dir = mkdtempSync(path.join(tmpdir(), "bad-scenario-"));
    try {
      const file = path.join(dir, "bad.yaml");
      writeFileSync(file, "id: bad\ntitle: t\nspec: docs/protocol.md §1\nlevel: deep\nsteps:\n  - operation: health\n    expct: {}\n");
      expect(() => loadScenarioFile(file)).toThrow(ScenarioError);
      expect(() => loadScenarioFile(file)).toThrow(/\/level must be equal to one of the allowed values/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the CLI", () => {
  it("lists scenarios by level", async () => {
    const run = await runCli(["--list", "--level", "shape"]);
    expect(run.code).toBe(0);
    const ids = run.stdout
      .trim()
      .split("\n")
      .map((l) => l.split("\t")[0]);
    expect(ids).toEqual(scenarios.filter((s) => s.level === "shape").map((s) => s.id));
  });

  it("exits 2 on a usage error", async () => {
    expect((await runCli([])).code).toBe(2);
    expect((await runCli(["--base-url", "http://127.0.0.1:1", "--level", "deep"])).code).toBe(2);
    expect((await runCli(["--base-url", "http://127.0.0.1:1", "--only", "no.such-scenario"])).code).toBe(2);
    expect((await runCli(["--bogus"])).stderr).toMatch(/Unknown option '--bogus'/);
  });

  it("fails, not crashes, when nothing answers", async () => {
    const run = await runCli(["--base-url", "http://127.0.0.1:9", "--only", "shape.health", "--timeout", "2000"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/FAIL\s+shape\.health[\s\S]*no response/);
  });
});
