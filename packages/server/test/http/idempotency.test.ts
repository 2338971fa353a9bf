// Idempotency-Key: replay, reuse with another request, concurrent duplicates, per-agent scope.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Owner, slot, startServer, type ServerProcess, type TestAgent } from "../support/server-process.ts";

let server: ServerProcess;
let a: TestAgent;
let b: TestAgent;

beforeAll(async () => {
  server = await startServer();
  const owner = await Owner.signIn(server.url);
  a = await owner.createAgent("idem-a", 1);
  b = await owner.createAgent("idem-b", 2);
});

afterAll(async () => {
  await server.stop();
});

describe("Idempotency-Key", () => {
  it("replays the original status and body with Idempotent-Replayed: true", async () => {
    const body = slot(30);
    const first = await a.call("POST", "/v1/bookings", { body, headers: { "idempotency-key": "ik_replay" } });
    expect(first.status).toBe(201);
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    const again = await a.call("POST", "/v1/bookings", { body, headers: { "idempotency-key": "ik_replay" } });
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.body).toEqual(first.body);
    const list = await a.call("GET", `/v1/bookings?range_start=${body.start}&range_end=${body.end}`);
    expect(list.body.data).toHaveLength(1);
  });

  it("replays a decided conflict too", async () => {
    const body = slot(31);
    await a.call("POST", "/v1/bookings", { body });
    const lost = await b.call("POST", "/v1/bookings", { body, headers: { "idempotency-key": "ik_lost" } });
    expect(lost.status).toBe(409);
    const again = await b.call("POST", "/v1/bookings", { body, headers: { "idempotency-key": "ik_lost" } });
    expect(again.status).toBe(409);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.body).toEqual(lost.body);
  });

  it("rejects the same key with a different body: 422 idempotency_key_reused", async () => {
    await a.call("POST", "/v1/bookings", { body: slot(32), headers: { "idempotency-key": "ik_reuse" } });
    const reused = await a.call("POST", "/v1/bookings", { body: slot(33), headers: { "idempotency-key": "ik_reuse" } });
    expect(reused.status).toBe(422);
    expect(reused.body.code).toBe("idempotency_key_reused");
    const list = await a.call("GET", `/v1/bookings?range_start=${slot(33).start}&range_end=${slot(33).end}`);
    expect(list.body.data).toHaveLength(0);
  });

  it("creates one booking for ten concurrent requests with one key", async () => {
    const body = slot(34);
    const replies = await Promise.all(
      Array.from({ length: 10 }, () => a.call("POST", "/v1/bookings", { body, headers: { "idempotency-key": "ik_concurrent" } })),
    );
    expect(replies.map((r) => r.status)).toEqual(Array(10).fill(201));
    expect(new Set(replies.map((r) => r.body.booking_id)).size).toBe(1);
    expect(replies.filter((r) => r.headers.get("idempotent-replayed") === "true")).toHaveLength(9);
    const list = await a.call("GET", `/v1/bookings?range_start=${body.start}&range_end=${body.end}`);
    expect(list.body.data).toHaveLength(1);
  });

  it("scopes keys per agent", async () => {
    const first = await a.call("POST", "/v1/bookings", { body: slot(35), headers: { "idempotency-key": "ik_shared" } });
    const other = await b.call("POST", "/v1/bookings", { body: slot(36), headers: { "idempotency-key": "ik_shared" } });
    expect(first.status).toBe(201);
    expect(other.status).toBe(201);
    expect(other.body.booking_id).not.toBe(first.body.booking_id);
    expect(other.headers.get("idempotent-replayed")).toBeNull();
  });

  it("covers transitions: a replayed commit does not resolve the hold twice", async () => {
    const held = await a.call("POST", "/v1/bookings", { body: { ...slot(37), mode: "hold" } });
    const headers = { "idempotency-key": "ik_commit" };
    const first = await a.call("POST", `/v1/bookings/${held.body.booking_id}/commit`, { headers });
    const again = await a.call("POST", `/v1/bookings/${held.body.booking_id}/commit`, { headers });
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
  });

  it("keeps no record of a request that failed before any command: the retry runs afresh", async () => {
    const headers = { "idempotency-key": "ik_no_command" };
    const body = { ...slot(38), calendar_id: "cal_does_not_exist" };
    const first = await a.call("POST", "/v1/bookings", { body, headers });
    expect(first.status).toBe(404);
    const again = await a.call("POST", "/v1/bookings", { body, headers });
    expect(again.status).toBe(404);
    expect(again.headers.get("idempotent-replayed")).toBeNull();
    // The key is free again: the same key with another request is not a reuse.
    const other = await a.call("POST", "/v1/bookings", { body: slot(38), headers });
    expect(other.status).toBe(201);
  });
});
