// One behaviour in both SDKs (issue 12): each point the two SDKs used to disagree on, pinned here and
// in the Python SDK's tests/test_one_behaviour.py.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AgentDraft, AgentDraftError, AuthError, IdempotencyError, InvalidRequest, Page, RateLimited, ServerError } from "../src/index.ts";
import { errorFromResponse } from "../src/errors.ts";
import { json, startScriptedServer, wireBooking, type ScriptedServer } from "./helpers/http-server.ts";

const API_KEY = "avs_live_onebehaviourtestkey0123456789";
const slot = { start: "2026-12-01T15:00:00Z", end: "2026-12-01T16:00:00Z" };
const wireAvailability = {
  calendar_id: "cal_1",
  range_start: slot.start,
  range_end: slot.end,
  slots: [{ start: "2026-12-01T15:00:00Z", end: "2026-12-01T15:30:00Z" }],
  busy: [{ start: "2026-12-01T15:30:00Z", end: "2026-12-01T16:00:00Z", kind: "booking" }],
};
let server: ScriptedServer;

beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(() => server.close());

const client = (options: Partial<ConstructorParameters<typeof AgentDraft>[0]> = {}) =>
  new AgentDraft({ apiKey: API_KEY, baseUrl: server.baseUrl, maxRetries: 0, ...options });

describe("one behaviour in both SDKs", () => {
  it("commits a hold with bookings.commit(holdId), a slot with bookings.commit({ start, end })", async () => {
    server.requests.length = 0;
    server.script(json(200, wireBooking));
    const booking = await client().bookings.commit("bkg_hold", { idempotencyKey: "ik_h" });
    await client().bookings.commit({ ...slot, idempotencyKey: "ik_c" });
    expect(booking.bookingId).toBe("bkg_retry");
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual(["POST /v1/bookings/bkg_hold/commit", "POST /v1/bookings"]);
    expect(server.requests[0]!.headers["idempotency-key"]).toBe("ik_h");
    expect(JSON.parse(server.requests[1]!.body).mode).toBe("commit");
    expect("commitHold" in client().bookings).toBe(false);
  });

  it("availability.list returns the slots; availability.get the whole object with busy reasons", async () => {
    server.script(json(200, wireAvailability));
    const slots = await client().availability.list({ ...slot, durationMinutes: 30 });
    const whole = await client().availability.get({ ...slot, durationMinutes: 30 });
    expect(slots).toEqual(whole.slots);
    expect(whole.busy[0]!.kind).toBe("booking");
    expect(whole.rangeStart).toBe(slot.start);
  });

  it("awaiting a list gives the first page; iterating it gives every item", async () => {
    server.requests.length = 0;
    server.script(
      json(200, { data: [wireBooking], has_more: true, next_cursor: "2" }),
      json(200, { data: [wireBooking], has_more: false }),
    );
    const first = await client().bookings.list({ limit: 1 });
    expect(first).toBeInstanceOf(Page);
    expect(first.data).toHaveLength(1);
    expect(server.requests).toHaveLength(1);
    server.script(
      json(200, { data: [wireBooking], has_more: true, next_cursor: "2" }),
      json(200, { data: [wireBooking], has_more: false }),
    );
    const every = [];
    for await (const b of client().bookings.list({ limit: 1 })) every.push(b);
    expect(every).toHaveLength(2);
  });

  it("a missing key is an AuthError (401 unauthenticated, nothing sent)", () => {
    const saved = process.env.AGENTDRAFT_API_KEY;
    delete process.env.AGENTDRAFT_API_KEY;
    try {
      let error: unknown;
      try {
        new AgentDraft({ baseUrl: server.baseUrl });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(AuthError);
      expect(error).toBeInstanceOf(AgentDraftError);
      expect((error as AuthError).status).toBe(401);
      expect((error as AuthError).code).toBe("unauthenticated");
      expect((error as AuthError).requestId).toBeUndefined();
      expect((error as Error).message).toMatch(/AGENTDRAFT_API_KEY/);
    } finally {
      if (saved !== undefined) process.env.AGENTDRAFT_API_KEY = saved;
    }
  });

  it("a naive time is an InvalidRequest (400 invalid_request) before sending", async () => {
    server.requests.length = 0;
    const error = await client()
      .bookings.commit({ start: "2026-12-01T15:00:00", end: slot.end })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidRequest);
    expect((error as InvalidRequest).status).toBe(400);
    expect((error as InvalidRequest).code).toBe("invalid_request");
    expect((error as InvalidRequest).errors[0]!.field).toBe("start");
    expect(server.requests).toHaveLength(0);
  });

  it("timeout: 0 means no timeout", async () => {
    server.script((res, req) => setTimeout(() => json(201, wireBooking)(res, req), 300));
    const booking = await client({ timeout: 0 }).bookings.commit(slot);
    expect(booking.bookingId).toBe("bkg_retry");
  });

  it("retryAfterSeconds is a float on RateLimited, IdempotencyError and ServerError", () => {
    const headers = (h: Record<string, string>) => new Headers(h);
    const limited = errorFromResponse(429, { code: "rate_limited", retry_after_seconds: 1.9 });
    expect(limited).toBeInstanceOf(RateLimited);
    expect((limited as RateLimited).retryAfterSeconds).toBe(1.9);
    const unavailable = errorFromResponse(503, { code: "unavailable", retry_after_seconds: 2.5 });
    expect(unavailable).toBeInstanceOf(ServerError);
    expect((unavailable as ServerError).retryAfterSeconds).toBe(2.5);
    const fromHeader = errorFromResponse(503, { code: "unavailable" }, headers({ "retry-after": "1.5" }));
    expect((fromHeader as ServerError).retryAfterSeconds).toBe(1.5);
    const inFlight = errorFromResponse(409, { code: "idempotency_in_flight" }, headers({ "retry-after": "0.5" }));
    expect(inFlight).toBeInstanceOf(IdempotencyError);
    expect((inFlight as IdempotencyError).retryAfterSeconds).toBe(0.5);
  });

  it("parameter enums are literal unions (checked by `pnpm typecheck`)", () => {
    const c = client();
    const typed = () => {
      void c.bookings.list({ status: "COMMITTED" });
      // @ts-expect-error — not a BookingStatus
      void c.bookings.list({ status: "BOGUS" });
      // @ts-expect-error — not a MessageDirection
      void c.mailbox.list({ direction: "sideways" });
    };
    expect(typeof typed).toBe("function");
  });
});
