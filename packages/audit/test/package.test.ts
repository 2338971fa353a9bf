// The package itself: it runs in browsers (no Node-only import in its sources) and publishes compiled
// JavaScript with its types, while the workspace runs its sources.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

describe("package", () => {
  it("sources import nothing Node-only (they run in browsers)", () => {
    const files = readdirSync(path.join(packageDir, "src")).filter((name) => name.endsWith(".ts"));
    expect(files.length).toBeGreaterThan(5);
    for (const name of files) {
      const text = readFileSync(path.join(packageDir, "src", name), "utf8");
      expect(text, name).not.toMatch(/from\s+["']node:/);
      expect(text, name).not.toMatch(/\bBuffer\.|new Buffer\b|\brequire\(|\bprocess\./);
    }
  });

  it("exports its sources in the workspace and the built files with types when published", () => {
    const pkg = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8")) as {
      exports: Record<string, unknown>;
      publishConfig: { exports: Record<string, unknown> };
      files: string[];
    };
    expect(pkg.exports["."]).toBe("./src/index.ts");
    expect(pkg.publishConfig.exports["."]).toEqual({ types: "./dist/index.d.ts", import: "./dist/index.js", default: "./dist/index.js" });
    expect(pkg.files).toContain("dist");
  });
});
