// Browsers may call the agent API from any origin; the owner API stays same-origin.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type ServerProcess } from "../support/server-process.ts";

let server: ServerProcess;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server.stop();
});

describe("CORS", () => {
  it("answers the agent API's preflight and exposes its headers", async () => {
    const res = await fetch(`${server.url}/v1/bookings`, {
      method: "OPTIONS",
      headers: {
        origin: "https://app.example.com",
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization,content-type,idempotency-key",
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-allow-headers")).toContain("Idempotency-Key");
    const get = await fetch(`${server.url}/v1/agents/me`, { headers: { origin: "https://app.example.com" } });
    expect(get.status).toBe(401);
    expect(get.headers.get("access-control-allow-origin")).toBe("*");
    expect(get.headers.get("access-control-expose-headers")).toBe("Request-Id,RateLimit,RateLimit-Policy,Retry-After,Idempotent-Replayed");
    expect(get.headers.get("request-id")).toMatch(/^req_/);
    expect(get.headers.get("cache-control")).toBe("no-store");
  });

  it("does not open the cookie-based owner API to other origins", async () => {
    const res = await fetch(`${server.url}/v1/dashboard/agents`, { headers: { origin: "https://evil.example.com" } });
    expect(res.status).toBe(401);
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
  });
});
