// Runtime features of issue 13 against a real node:http server on 127.0.0.1: response metadata,
// derived clients, the retry policy, logging and errors.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  AgentDraft,
  AgentDraftError,
  APIPromise,
  APIUserAbortError,
  BrowserKeyError,
  InvalidRequest,
  RateLimited,
  ServerError,
  type Logger,
} from "../src/index.ts";
import { json, problem, startScriptedServer, wireBooking, type ScriptedServer } from "./helpers/http-server.ts";

const API_KEY = "avs_live_runtimetestsecretkey0123456789";
const slot = { start: "2026-12-01T15:00:00Z", end: "2026-12-01T15:30:00Z" };
let server: ScriptedServer;

beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(() => server.close());
beforeEach(() => server.script(json(201, wireBooking, { "request-id": "req_ok", "idempotent-replayed": "true" })));
afterEach(() => vi.unstubAllEnvs());

function client(options: ConstructorParameters<typeof AgentDraft>[0] = {}): AgentDraft {
  return new AgentDraft({ apiKey: API_KEY, baseUrl: server.baseUrl, ...options });
}

describe("1. response metadata", () => {
  it("withResponse() gives data, the Response and the request id; results carry a non-enumerable _requestId", async () => {
    const promise = client().bookings.commit(slot);
    expect(promise).toBeInstanceOf(APIPromise);
    const { data, response, requestId } = await promise.withResponse();
    expect(requestId).toBe("req_ok");
    expect(response.status).toBe(201);
    expect(response.headers.get("idempotent-replayed")).toBe("true");
    expect(data.bookingId).toBe(wireBooking.booking_id);
    expect((data as unknown as { _requestId: string })._requestId).toBe("req_ok");
    expect(Object.keys(data)).not.toContain("_requestId");
    const booking = await client().bookings.get("bkg_1");
    expect((booking as unknown as { _requestId: string })._requestId).toBe("req_ok");
  });
});

describe("2. derived clients", () => {
  it("withOptions() replaces options and merges headers", async () => {
    server.script(problem(503, "unavailable"));
    const base = client({ defaultHeaders: { "X-A": "1" } });
    const derived = base.withOptions({ maxRetries: 0, defaultHeaders: { "X-B": "2" } });
    expect([base.maxRetries, derived.maxRetries]).toEqual([2, 0]);
    await expect(derived.bookings.commit(slot)).rejects.toBeInstanceOf(ServerError);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.headers).toMatchObject({ "x-a": "1", "x-b": "2" });
  });
});

describe("3. retry policy", () => {
  it("retry-after-ms wins over Retry-After, an HTTP date is honoured, every attempt counts itself", async () => {
    const soon = new Date(Date.now() + 2500).toUTCString(); // whole seconds: at least 1.3 s remain after the first retry
    server.script(
      problem(429, "rate_limited", {}, { "retry-after-ms": "150", "retry-after": "30" }),
      problem(503, "unavailable", {}, { "retry-after": soon }),
      json(201, wireBooking),
    );
    await client().bookings.commit(slot);
    const [a, b, c] = server.requests;
    expect(b!.at - a!.at).toBeGreaterThanOrEqual(140);
    expect(b!.at - a!.at).toBeLessThan(1000);
    expect(c!.at - b!.at).toBeGreaterThanOrEqual(500);
    expect(server.requests.map((r) => r.headers["x-agentdraft-retry-count"])).toEqual(["0", "1", "2"]);
  });

  it("x-should-retry overrides the status", async () => {
    server.script(problem(503, "unavailable", {}, { "x-should-retry": "false" }));
    await expect(client().bookings.commit(slot)).rejects.toBeInstanceOf(ServerError);
    expect(server.requests).toHaveLength(1);
    server.script(problem(400, "invalid_request", {}, { "x-should-retry": "true", "retry-after-ms": "10" }), json(201, wireBooking));
    await client().bookings.commit(slot);
    expect(server.requests).toHaveLength(2);
  });

  it("a wait above the 60 s cap is thrown at once", async () => {
    server.script(problem(429, "rate_limited", {}, { "retry-after": "120" }), json(201, wireBooking));
    const error = await client()
      .bookings.commit(slot)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimited);
    expect((error as RateLimited).retryAfterSeconds).toBe(120);
    expect(server.requests).toHaveLength(1);
  });
});

describe("4. logging", () => {
  it("logLevel info writes each response to an injected pino-style logger, without the key", async () => {
    const lines: [Record<string, unknown>, string][] = [];
    const sink = (d: Record<string, unknown>, m: string) => lines.push([d, m]);
    const logger: Logger = { error: sink, warn: sink, info: sink, debug: sink };
    await client({ logLevel: "info", logger }).bookings.commit({ ...slot, idempotencyKey: "ik_logged" });
    expect(lines).toHaveLength(1);
    expect(lines[0]![1]).toMatch(/^POST \/v1\/bookings → 201/);
    expect(lines[0]![0]).toMatchObject({ method: "POST", status: 201, requestId: "req_ok", attempt: 1, idempotencyKey: "ik_logged" });
    lines.length = 0;
    vi.stubEnv("AGENTDRAFT_LOG", "debug");
    await client({ logger }).bookings.commit(slot);
    expect(lines.length).toBeGreaterThan(1);
    expect(JSON.stringify(lines)).not.toContain(API_KEY);
    expect(JSON.stringify(lines)).toContain("[redacted]");
  });
});

describe("5. errors", () => {
  it("an aborted call rejects with APIUserAbortError, an AgentDraftError", async () => {
    server.script(problem(503, "unavailable", {}, { "retry-after": "5" }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("stop")), 100);
    const error = await client()
      .bookings.commit(slot, { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(error).toBeInstanceOf(AgentDraftError);
    expect((error as Error).message).toContain("stop");
    const pre = new AbortController();
    pre.abort();
    await expect(client().agents.me({ signal: pre.signal })).rejects.toBeInstanceOf(APIUserAbortError);
  });

  it("bad idempotency keys are refused before sending", async () => {
    for (const key of ["", "é", "a\nb", "x".repeat(256)]) {
      await expect(client().bookings.commit({ ...slot, idempotencyKey: key })).rejects.toBeInstanceOf(InvalidRequest);
    }
    expect(server.requests).toHaveLength(0);
  });
});

describe("7. fetchOptions and the browser guard", () => {
  it("fetchOptions reach fetch: an undici ProxyAgent sends every request through the proxy", async () => {
    const { ProxyAgent } = await import("undici");
    const { createServer } = await import("node:http");
    const net = await import("node:net");
    const tunnels: string[] = [];
    const proxy = createServer((_req, res) => res.writeHead(405).end());
    proxy.on("connect", (req, socket, head) => {
      tunnels.push(req.url!);
      const [host, port] = req.url!.split(":");
      const upstream = net.connect(Number(port), host, () => {
        socket.write("HTTP/1.1 200 Connection Established\r\n\r\n");
        upstream.write(head);
        upstream.pipe(socket);
        socket.pipe(upstream);
      });
      upstream.on("error", () => socket.destroy());
      socket.on("error", () => upstream.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
    const { port } = proxy.address() as import("node:net").AddressInfo;
    const dispatcher = new ProxyAgent(`http://127.0.0.1:${port}`);
    try {
      const proxied = client({ fetchOptions: { dispatcher, headers: { "X-Ignored": "1" } } });
      const booking = await proxied.bookings.commit(slot);
      expect(booking.bookingId).toBe(wireBooking.booking_id);
      expect(tunnels).toEqual([new URL(server.baseUrl).host]);
      expect(server.requests.at(-1)!.headers["x-ignored"]).toBeUndefined();
      expect(server.requests.at(-1)!.headers.authorization).toBe(`Bearer ${API_KEY}`);
      await proxied.withOptions({ timeout: 5_000 }).bookings.get("bkg_1");
      expect(tunnels.length).toBeGreaterThanOrEqual(1);
      expect(server.requests.length).toBe(2);
    } finally {
      await dispatcher.close();
      proxy.closeAllConnections();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    }
  });

  it("refuses a secret avs_live_ key in a browser unless dangerouslyAllowBrowser", async () => {
    const g = globalThis as Record<string, unknown>;
    const had = { window: "window" in g, navigator: Object.getOwnPropertyDescriptor(g, "navigator") };
    g.window = { document: {} };
    Object.defineProperty(g, "navigator", { value: { userAgent: "test" }, configurable: true, writable: true });
    try {
      expect(() => client()).toThrow(BrowserKeyError);
      expect(() => client()).toThrow(AgentDraftError);
      expect(() => client()).toThrow(/dangerouslyAllowBrowser/);
      const allowed = client({ dangerouslyAllowBrowser: true });
      expect((await allowed.bookings.commit(slot)).bookingId).toBe(wireBooking.booking_id);
      // A key that is not a secret agent key (e.g. a session token) passes.
      expect(() => new AgentDraft({ apiKey: "sess_public", baseUrl: server.baseUrl })).not.toThrow();
    } finally {
      if (!had.window) delete g.window;
      if (had.navigator) Object.defineProperty(g, "navigator", had.navigator);
      else delete g.navigator;
    }
    expect(() => client()).not.toThrow(); // Node: no guard
  });
});
