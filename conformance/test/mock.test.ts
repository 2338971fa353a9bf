// (a) The shape scenarios against `prism mock spec/openapi.yaml`: meaningful against the spec's
// examples alone.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadScenarios } from "../src/scenario.ts";
import { idsWith, runCli, startPrism, type Running } from "./support/processes.ts";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

let prism: Running;
let out: string;

beforeAll(async () => {
  prism = await startPrism();
  out = mkdtempSync(path.join(tmpdir(), "conformance-mock-"));
}, 90_000);

afterAll(async () => {
  await prism?.stop();
  rmSync(out, { recursive: true, force: true });
});

describe("prism mock of spec/openapi.yaml", () => {
  it("passes every shape scenario", async () => {
    const shape = loadScenarios()
      .filter((s) => s.level === "shape")
      .map((s) => s.id)
      .sort();
    expect(shape.length).toBeGreaterThanOrEqual(8);
    const run = await runCli(["--base-url", prism.url, "--level", "shape"], path.join(out, "shape.json"));
    expect(
      run.report?.scenarios.filter((s) => s.status !== "passed").map((s) => ({ id: s.id, failures: s.failures.slice(0, 2) })),
      run.stdout,
    ).toEqual([]);
    expect(idsWith(run.report!, "passed")).toEqual(shape);
    expect(run.report!.level).toBe("shape");
    expect(run.code).toBe(0);
  });

  it("fails semantic scenarios against a mock — the suite needs a real engine for them", async () => {
    const run = await runCli(
      ["--base-url", prism.url, "--only", "races.priorities-2,idempotency.replay,auth.bad-key"],
      path.join(out, "semantic.json"),
    );
    expect(idsWith(run.report!, "failed")).toEqual(["auth.bad-key", "idempotency.replay", "races.priorities-2"]);
    expect(run.code).toBe(1);
    // The failing assertion, its request and its response are in the table.
    expect(run.stdout).toMatch(
      /FAIL\s+auth\.bad-key[\s\S]*unknown-key › status: unexpected status[\s\S]*expected: 401[\s\S]*actual:\s+200[\s\S]*→ GET http:\/\/127\.0\.0\.1:\d+\/v1\/agents\/me[\s\S]*← 200/,
    );
  });
});
