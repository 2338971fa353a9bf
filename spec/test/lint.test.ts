// spec/openapi.yaml is valid OpenAPI 3.0 with zero findings of Redocly's recommended rules.
import { execFileSync, spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const specDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

it("passes redocly lint", () => {
  const run = spawnSync(path.join(specDir, "node_modules/.bin/redocly"), ["lint", "openapi.yaml"], {
    cwd: specDir,
    encoding: "utf8",
  });
  const output = run.stdout + run.stderr;
  expect(run.status, output).toBe(0);
  expect(output).toContain("Your API description is valid");
});

it("compiles from TypeSpec without a warning", () => {
  execFileSync(path.join(specDir, "node_modules/.bin/tsp"), ["compile", ".", "--warn-as-error", "--no-emit"], {
    cwd: specDir,
    stdio: ["ignore", "pipe", "pipe"],
  });
});
