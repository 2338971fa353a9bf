// The dashboard's files at /app/: built files with their types (hashed assets cached for good,
// index.html revalidated, a strict CSP), index.html for the client's routes (/app/verify?token=…),
// nothing outside the build folder, and a 503 that says how to build when there is no build.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { mountDashboard } from "../../src/http/dashboard-assets.ts";

function built(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "agentdraft-dist-"));
  mkdirSync(path.join(dir, "assets"));
  writeFileSync(path.join(dir, "index.html"), "<!doctype html><title>dashboard</title>");
  writeFileSync(path.join(dir, "assets", "index-abc.js"), "console.log(1)");
  writeFileSync(path.join(path.dirname(dir), "secret.txt"), "outside");
  return dir;
}

describe("/app/", () => {
  const app = new Hono();
  mountDashboard(app, built());

  it("serves built files and index.html for the client's routes", async () => {
    const js = await app.request("/app/assets/index-abc.js");
    expect(js.status).toBe(200);
    expect(js.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(js.headers.get("cache-control")).toContain("immutable");
    for (const route of ["/app/", "/app/verify?token=abc", "/app/races"]) {
      const page = await app.request(route);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("<title>dashboard</title>");
      expect(page.headers.get("cache-control")).toBe("no-cache");
      expect(page.headers.get("content-security-policy")).toContain("default-src 'self'");
    }
    expect((await app.request("/app")).headers.get("location")).toBe("/app/");
  });

  it("serves nothing outside its folder, and 404 for a missing file", async () => {
    for (const p of ["/app/..%2fsecret.txt", "/app/%2e%2e/secret.txt", "/app/assets/..%2f..%2fsecret.txt"]) {
      const res = await app.request(p);
      expect(await res.text()).not.toContain("outside");
    }
    expect((await app.request("/app/assets/missing.js")).status).toBe(404);
  });

  it("answers 503 with how to build it when there is no build", async () => {
    const bare = new Hono();
    mountDashboard(bare, undefined);
    const res = await bare.request("/app/");
    expect(res.status).toBe(503);
    expect(await res.text()).toContain("pnpm build");
  });
});
