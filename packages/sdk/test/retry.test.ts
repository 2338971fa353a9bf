// Retries, idempotency keys, timeouts and headers against a real node:http server on 127.0.0.1.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  AgentDraft,
  APIConnectionError,
  APITimeoutError,
  Conflict,
  IdempotencyError,
  InvalidRequest,
  RateLimited,
  ServerError,
  VERSION,
} from "../src/index.ts";
import { json, problem, startScriptedServer, wireBooking, type ScriptedServer } from "./helpers/http-server.ts";

const API_KEY = "avs_live_retrytestsecretkey0123456789";
const slot = { start: "2026-12-01T15:00:00Z", end: "2026-12-01T15:30:00Z" };
let server: ScriptedServer;

beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(() => server.close());
beforeEach(() => server.script(json(201, wireBooking)));

function client(options: Partial<ConstructorParameters<typeof AgentDraft>[0]> = {}): AgentDraft {
  return new AgentDraft({ apiKey: API_KEY, baseUrl: server.baseUrl, ...options });
}

const keysOf = () => server.requests.map((r) => r.headers["idempotency-key"]);

describe("retries", () => {
  it("a server that fails twice with 503 then succeeds yields one booking, every attempt with the same key", async () => {
    let created = 0;
    server.script(problem(503, "unavailable"), problem(500, "internal"), (res, req) => {
      created++;
      json(201, wireBooking)(res, req);
    });
    const booking = await client().bookings.commit({ ...slot, metadata: { some_key: "kept as is" } });
    expect(booking.bookingId).toBe("bkg_retry");
    expect(booking.metadata).toEqual({ some_key: "kept as is" });
    expect(server.requests).toHaveLength(3);
    expect(created).toBe(1);
    const keys = keysOf();
    expect(keys[0]).toMatch(/^ik_[0-9a-f-]{36}$/);
    expect(new Set(keys).size).toBe(1);
    for (const r of server.requests) {
      expect(JSON.parse(r.body)).toEqual({ ...slot, mode: "commit", metadata: { some_key: "kept as is" } });
    }
  });

  it("honours Retry-After on 429 and reuses the caller's idempotency key", async () => {
    server.script(problem(429, "rate_limited", { retry_after_seconds: 1 }, { "retry-after": "1" }), json(201, wireBooking));
    const started = Date.now();
    await client().bookings.commit({ ...slot, idempotencyKey: "ik_caller_chosen" });
    const elapsed = Date.now() - started;
    expect(server.requests).toHaveLength(2);
    expect(keysOf()).toEqual(["ik_caller_chosen", "ik_caller_chosen"]);
    const gap = server.requests[1]!.at - server.requests[0]!.at;
    expect(gap).toBeGreaterThanOrEqual(950);
    expect(elapsed).toBeGreaterThanOrEqual(950);
    expect(elapsed).toBeLessThan(3000);
  });

  it("ignores a Retry-After ≤ 0 and backs off instead", async () => {
    server.script(
      problem(503, "unavailable", {}, { "retry-after": "0" }),
      problem(503, "unavailable", {}, { "retry-after": "-1" }),
      json(201, wireBooking),
    );
    const started = Date.now();
    await client().bookings.commit(slot);
    const elapsed = Date.now() - started;
    expect(server.requests).toHaveLength(3);
    // Backoff: 375–500 ms, then 750–1000 ms.
    expect(elapsed).toBeGreaterThanOrEqual(1100);
    expect(elapsed).toBeLessThan(4000);
  });

  it("a Retry-After above 60 s is not retried: the error is thrown at once", async () => {
    server.script(problem(503, "unavailable", {}, { "retry-after": "3600" }), json(201, wireBooking));
    const started = Date.now();
    await expect(client().bookings.commit(slot)).rejects.toBeInstanceOf(ServerError);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(server.requests).toHaveLength(1);
  });

  it("never retries a 409 conflict", async () => {
    server.script(
      problem(409, "outranked", {
        winning_agent_id: "agt_boss",
        winning_agent_priority: 1,
        winning_booking_id: "bkg_boss",
        audit_event_id: "evt_9",
      }),
      json(201, wireBooking),
    );
    const error = await client()
      .bookings.commit(slot)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Conflict);
    expect(error).toMatchObject({
      reason: "outranked",
      winningAgentId: "agt_boss",
      winningAgentPriority: 1,
      winningBookingId: "bkg_boss",
      auditEventId: "evt_9",
    });
    expect(server.requests).toHaveLength(1);
  });

  it("retries 409 idempotency_in_flight after its Retry-After, with the same key", async () => {
    server.script(
      problem(409, "idempotency_in_flight", { retry_after_seconds: 1 }, { "retry-after": "1" }),
      json(201, wireBooking, { "idempotent-replayed": "true" }),
    );
    const booking = await client().bookings.commit(slot);
    expect(booking.bookingId).toBe("bkg_retry");
    expect(server.requests).toHaveLength(2);
    expect(new Set(keysOf()).size).toBe(1);
    expect(server.requests[1]!.at - server.requests[0]!.at).toBeGreaterThanOrEqual(950);
  });

  it("raises IdempotencyError when idempotency_in_flight outlasts the retries", async () => {
    server.script(problem(409, "idempotency_in_flight", { retry_after_seconds: 1 }, { "retry-after": "0.05" }));
    const error = await client({ maxRetries: 1 })
      .bookings.commit(slot)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IdempotencyError);
    expect(server.requests).toHaveLength(2);
  });

  it("does not retry other 4xx (400, 422), but does retry 408", async () => {
    server.script(problem(400, "invalid_request", { errors: [{ field: "/end", message: "bad" }] }));
    await expect(client().bookings.commit(slot)).rejects.toBeInstanceOf(InvalidRequest);
    expect(server.requests).toHaveLength(1);
    server.script(problem(422, "idempotency_key_reused"));
    await expect(client().bookings.commit(slot)).rejects.toBeInstanceOf(IdempotencyError);
    expect(server.requests).toHaveLength(1);
    server.script(json(408, { status: 408 }, { "retry-after": "0.05" }), json(201, wireBooking));
    await client().bookings.commit(slot);
    expect(server.requests).toHaveLength(2);
  });

  it("gives up after maxRetries and throws the last error", async () => {
    server.script(problem(503, "unavailable", { retry_after_seconds: 0.05 }));
    const error = await client({ maxRetries: 3 })
      .agents.me()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect(server.requests).toHaveLength(4);
    server.script(problem(429, "rate_limited", { retry_after_seconds: 2 }, { "retry-after": "2" }));
    const limited = await client({ maxRetries: 0 })
      .agents.me()
      .catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(RateLimited);
    expect((limited as RateLimited).retryAfterSeconds).toBe(2);
    expect(server.requests).toHaveLength(1);
  });

  it("retries a dropped connection with the same key", async () => {
    server.script((res) => res.socket?.destroy(), json(201, wireBooking));
    await client().bookings.commit(slot);
    expect(server.requests).toHaveLength(2);
    expect(new Set(keysOf()).size).toBe(1);
  });

  it("raises APIConnectionError when nothing listens", async () => {
    const closed = await startScriptedServer();
    await closed.close();
    const error = await new AgentDraft({ apiKey: API_KEY, baseUrl: closed.baseUrl, maxRetries: 1 }).agents.me().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).not.toBeInstanceOf(APITimeoutError);
  });

  it("times out slow attempts, retries them, and raises APITimeoutError when out of retries", async () => {
    const slow = (res: import("node:http").ServerResponse, req: import("./helpers/http-server.ts").Recorded) => {
      setTimeout(() => json(201, wireBooking)(res, req), 600);
    };
    server.script(slow, json(201, wireBooking));
    await client({ timeout: 200 }).bookings.commit(slot);
    expect(server.requests).toHaveLength(2);
    expect(new Set(keysOf()).size).toBe(1);
    server.script(slow);
    const error = await client({ timeout: 200, maxRetries: 0 })
      .bookings.commit(slot)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(error).toBeInstanceOf(APIConnectionError);
  });

  it("a caller's AbortSignal cancels a pending retry", async () => {
    server.script(problem(503, "unavailable", {}, { "retry-after": "5" }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("stop")), 200);
    const started = Date.now();
    await expect(client().agents.me({ signal: controller.signal })).rejects.toThrow("stop");
    expect(Date.now() - started).toBeLessThan(2000);
    expect(server.requests).toHaveLength(1);
  });
});

describe("headers", () => {
  it("sends the bearer key, the client header, and an Idempotency-Key on every POST only", async () => {
    const c = client({ defaultHeaders: { "X-Test": "yes" } });
    await c.bookings.commit(slot);
    await c.bookings.release("bkg_retry");
    await c.bookings.get("bkg_retry");
    const [commit, release, get] = server.requests;
    for (const r of [commit!, release!, get!]) {
      expect(r.headers.authorization).toBe(`Bearer ${API_KEY}`);
      expect(r.headers["x-agentdraft-client"]).toBe(`agentdraft-ts/${VERSION}`);
      expect(r.headers["x-test"]).toBe("yes");
    }
    expect(commit!.method).toBe("POST");
    expect(commit!.headers["idempotency-key"]).toBeDefined();
    expect(release!.url).toBe("/v1/bookings/bkg_retry/release");
    expect(release!.headers["idempotency-key"]).toBeDefined();
    expect(release!.headers["idempotency-key"]).not.toBe(commit!.headers["idempotency-key"]);
    expect(get!.method).toBe("GET");
    expect(get!.headers["idempotency-key"]).toBeUndefined();
  });

  it("takes the idempotency key from a per-call header too (any case), never sending two", async () => {
    await client().bookings.commit(slot, { headers: { "idempotency-key": "ik_from_header" } });
    expect(server.requests[0]!.headers["idempotency-key"]).toBe("ik_from_header");
    await client().bookings.commit({ ...slot, idempotencyKey: "ik_param" }, { headers: { "Idempotency-Key": "ik_header" } });
    expect(server.requests[1]!.headers["idempotency-key"]).toBe("ik_param");
  });

  it("rejects naive times and bad idempotency keys before sending anything", async () => {
    const c = client();
    const naive = await c.bookings.commit({ start: "2026-12-01T15:00:00", end: slot.end }).catch((e: unknown) => e);
    expect(naive).toBeInstanceOf(InvalidRequest);
    expect((naive as InvalidRequest).errors[0]!.field).toBe("start");
    expect((naive as InvalidRequest).requestId).toBeUndefined();
    await expect(c.availability.list({ start: slot.start, end: "tomorrow" })).rejects.toBeInstanceOf(InvalidRequest);
    await expect(c.bookings.commit({ ...slot, end: new Date(Number.NaN) })).rejects.toBeInstanceOf(InvalidRequest);
    await expect(c.bookings.commit({ ...slot, idempotencyKey: "é" })).rejects.toBeInstanceOf(InvalidRequest);
    await expect(c.bookings.list({ start: "2026-12-01" }).then(() => 0)).rejects.toBeInstanceOf(InvalidRequest);
    expect(server.requests).toHaveLength(0);
  });

  it("debug logging describes requests and retries but never prints the key", async () => {
    const lines: string[] = [];
    const c = client({ debug: (message, details) => lines.push(`${message} ${JSON.stringify(details ?? {})}`) });
    server.script(problem(503, "unavailable", { retry_after_seconds: 0.05 }), json(201, wireBooking));
    await c.bookings.commit(slot);
    const log = lines.join("\n");
    expect(log).toContain("POST /v1/bookings");
    expect(log).toContain("retrying");
    expect(log).toContain("[redacted]");
    expect(log).not.toContain(API_KEY);
    expect(log).not.toContain("retrytestsecret");
  });
});
