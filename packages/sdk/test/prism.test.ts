// The SDK against a Prism mock of spec/openapi.yaml: every method sends requests Prism accepts as
// valid and returns the documented example in camelCase; documented problems map to their classes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AgentDraft,
  AuditVerificationError,
  AuthError,
  Conflict,
  InvalidRequest,
  NotFound,
  PermissionDenied,
  RateLimited,
  RuleViolation,
  ServerError,
  type Booking,
} from "../src/index.ts";
import { expectedCamel } from "./helpers/camel.ts";
import { responseExample, schemaExample, startPrism, type Prism } from "./helpers/prism.ts";

let prism: Prism;
let client: AgentDraft;
const slot = { start: "2026-12-01T15:00:00Z", end: "2026-12-01T15:30:00Z" };

beforeAll(async () => {
  prism = await startPrism();
  client = new AgentDraft({ apiKey: "avs_live_prismtest", baseUrl: prism.baseUrl, maxRetries: 0 });
});

afterAll(() => prism?.stop());

/** A client whose every request asks Prism for the example of `status`. */
function preferring(status: number): AgentDraft {
  return new AgentDraft({
    apiKey: "avs_live_prismtest",
    baseUrl: prism.baseUrl,
    maxRetries: 0,
    defaultHeaders: { Prefer: `code=${status}` },
  });
}

const bookingExample = () => expectedCamel(schemaExample("Booking"));

describe("shape-level calls against the Prism mock", () => {
  it("bookings.commit returns the documented 201 example in camelCase", async () => {
    const booking: Booking = await client.bookings.commit({ ...slot, metadata: { title: "Discovery call" } });
    const documented = responseExample("/v1/bookings", "post", "201");
    expect(booking).toEqual(expectedCamel(documented));
    expect(booking).toEqual({
      bookingId: "bkg_01JD6M4Q7Z8W",
      calendarId: "cal_main",
      agentId: "agt_scheduler",
      agentPriority: 1,
      status: "COMMITTED",
      start: "2026-12-01T15:00:00Z",
      end: "2026-12-01T15:30:00Z",
      metadata: { title: "Discovery call" },
      committedAt: "2026-11-24T10:00:00.125Z",
      auditEventId: "evt_000042",
      createdAt: "2026-11-24T10:00:00.125Z",
    });
  });

  it("accepts Date objects and offsets other than Z", async () => {
    const booking = await client.bookings.commit({
      start: new Date("2026-12-01T15:00:00Z"),
      end: "2026-12-01T16:30:00+01:00",
      calendarId: "cal_main",
      idempotencyKey: "ik_prism_1",
    });
    expect(booking.bookingId).toBe("bkg_01JD6M4Q7Z8W");
  });

  it("bookings.hold, commit(holdId), release, cancel and get return the Booking example", async () => {
    expect(await client.bookings.hold({ ...slot, ttlSeconds: 30 })).toEqual(bookingExample());
    expect(await client.bookings.commit("bkg_01JD6M4Q7Z8W")).toEqual(bookingExample());
    expect(await client.bookings.release("bkg_01JD6M4Q7Z8W")).toEqual(bookingExample());
    expect(await client.bookings.cancel("bkg_01JD6M4Q7Z8W", { reason: "customer rescheduled" })).toEqual(bookingExample());
    expect(await client.bookings.cancel("bkg_01JD6M4Q7Z8W")).toEqual(bookingExample());
    expect(await client.bookings.get("bkg_01JD6M4Q7Z8W")).toEqual(bookingExample());
  });

  it("bookings.list returns the documented page, and iterates its items", async () => {
    const page = await client.bookings.list({ status: "COMMITTED", start: slot.start, end: new Date(slot.end), limit: 10 });
    const documented = expectedCamel(schemaExample("BookingPage")) as { data: unknown[]; hasMore: boolean };
    expect(page.data).toEqual(documented.data);
    expect(page.hasMore).toBe(false);
    expect(page.hasNextPage()).toBe(false);
    const all: Booking[] = [];
    for await (const booking of client.bookings.list({ agentId: "agt_scheduler" })) all.push(booking);
    expect(all).toEqual(documented.data);
  });

  it("availability.list returns the documented slots; availability.get the whole example", async () => {
    const slots = await client.availability.list({ ...slot, durationMinutes: 30, calendarId: "cal_main" });
    expect(slots).toEqual((expectedCamel(schemaExample("Availability")) as { slots: unknown }).slots);
    const availability = await client.availability.get({ ...slot, durationMinutes: 30, calendarId: "cal_main" });
    expect(availability).toEqual(expectedCamel(schemaExample("Availability")));
    expect(availability.rangeStart).toBe("2026-12-01T09:00:00Z");
    expect(availability.busy[0]!.bookingId).toBe("bkg_01JD6M4Q7Z8W");
  });

  it("agents.me returns the documented example", async () => {
    const me = await client.agents.me();
    expect(me).toEqual(expectedCamel(schemaExample("AgentIdentity")));
    expect(me.mailboxAddress).toBe("scheduler.3f9a1c2b7d@agents.agentdraft.local");
  });

  it("audit.list returns the documented page, leaving request/outcome untouched, and follows cursors", async () => {
    const page = await client.audit.list({ resource: "bkg_01JD6M4Q7Z8W", limit: 1 });
    const documented = expectedCamel(schemaExample("AuditEventPage")) as { data: unknown[]; nextCursor: string };
    expect(page.data).toEqual(documented.data);
    expect(page.hasMore).toBe(true);
    expect(page.nextCursor).toBe("c_42");
    expect(page.data[0]!.request).toEqual({ method: "POST", path: "/v1/bookings", request_id: "req_8f2c1a" });
    expect(page.data[0]!.actor).toEqual({ type: "agent", agentId: "agt_scheduler" });
    // Prism always answers has_more: true, so the iterator keeps following cursors: take three.
    const seen: string[] = [];
    for await (const event of client.audit.list()) {
      seen.push(event.eventId);
      if (seen.length === 3) break;
    }
    expect(seen).toEqual(["evt_000042", "evt_000042", "evt_000042"]);
    const next = await page.getNextPage();
    expect(next.data).toEqual(documented.data);
  });

  it("audit.checkpoint, inclusionProof and consistencyProof return the documented examples", async () => {
    const checkpoint = await client.audit.checkpoint();
    expect(checkpoint).toEqual(expectedCamel(schemaExample("Checkpoint")));
    expect(checkpoint.treeSize).toBe(42);
    const inclusion = await client.audit.inclusionProof("evt_000042", { treeSize: 42 });
    expect(inclusion).toEqual(expectedCamel(schemaExample("InclusionProof")));
    expect(inclusion.event.outcome).toEqual({ status: "COMMITTED" });
    const consistency = await client.audit.consistencyProof({ fromSize: 10, toSize: 42 });
    expect(consistency).toEqual(expectedCamel(schemaExample("ConsistencyProof")));
  });

  it("the documented checkpoint is a real signed note: it verifies, and a tampered copy does not", async () => {
    const checkpoint = await client.audit.checkpoint();
    const verified = await client.audit.verifyCheckpoint(checkpoint, checkpoint.verifierKey);
    expect(verified).toMatchObject({ origin: checkpoint.origin, treeSize: 42 });
    const tampered = { ...checkpoint, checkpoint: checkpoint.checkpoint.replace("\n42\n", "\n43\n") };
    await expect(client.audit.verifyCheckpoint(tampered, checkpoint.verifierKey)).rejects.toBeInstanceOf(AuditVerificationError);
  });

  it("mailbox.list, get and send return the documented examples", async () => {
    const page = await client.mailbox.list({ direction: "inbound", limit: 5 });
    expect(page.data).toEqual((expectedCamel(schemaExample("MessagePage")) as { data: unknown[] }).data);
    expect(page.data[0]!.internetMessageId).toBe("<a1@example.com>");
    expect(await client.mailbox.get("msg_01JD6M9C")).toEqual(expectedCamel(schemaExample("Message")));
    const sent = await client.mailbox.send({
      to: ["ada@example.com"],
      subject: "Discovery call",
      text: "See you on Tuesday.",
      bookingId: "bkg_01JD6M4Q7Z8W",
      inReplyTo: "<a1@example.com>",
    });
    expect(sent).toEqual(expectedCamel(schemaExample("Message")));
    expect(sent.attachments[0]!.contentType).toBe("text/calendar");
  });
});

describe("documented problems map to typed errors", () => {
  it("Prefer: code=409 on bookings.commit raises Conflict naming the winner", async () => {
    const error = await preferring(409)
      .bookings.commit(slot)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Conflict);
    const conflict = error as Conflict;
    expect(conflict.status).toBe(409);
    expect(conflict.reason).toBe("outranked");
    expect(conflict.code).toBe("outranked");
    expect(conflict.winningAgentId).toBe("agt_scheduler");
    expect(conflict.winningAgentPriority).toBe(1);
    expect(conflict.winningBookingId).toBe("bkg_01JD6M4Q7Z8W");
    expect(conflict.auditEventId).toBe("evt_000043");
    expect(conflict.requestId).toBe("req_9a7d3e");
  });

  it("a per-call Prefer header works as well", async () => {
    await expect(client.bookings.commit(slot, { headers: { Prefer: "code=409" } })).rejects.toBeInstanceOf(Conflict);
  });

  it("401 → AuthError", async () => {
    const error = await preferring(401)
      .agents.me()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).code).toBe("unauthenticated");
  });

  it("404 → NotFound", async () => {
    const error = await preferring(404)
      .bookings.get("bkg_missing")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFound);
    expect((error as NotFound).detail).toBe("no booking bkg_missing");
  });

  it("422 → RuleViolation with the rule in camelCase", async () => {
    const error = await preferring(422)
      .bookings.commit(slot)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RuleViolation);
    expect((error as RuleViolation).rule).toEqual({ ruleId: "office_hours", kind: "business_hours" });
    expect((error as RuleViolation).auditEventId).toBe("evt_000044");
  });

  it("429 → RateLimited with retryAfterSeconds", async () => {
    const error = await preferring(429)
      .availability.list(slot)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimited);
    expect((error as RateLimited).retryAfterSeconds).toBe(2);
  });

  it("403 → PermissionDenied, 400 → InvalidRequest, 500/503 → ServerError", async () => {
    const denied = await preferring(403)
      .bookings.commit(slot)
      .catch((e: unknown) => e);
    expect(denied).toBeInstanceOf(PermissionDenied);
    expect((denied as PermissionDenied).requiredScope).toBe("bookings:write");
    const invalid = await preferring(400)
      .bookings.commit(slot)
      .catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(InvalidRequest);
    expect((invalid as InvalidRequest).errors).toEqual([{ field: "/end", message: "must be after start" }]);
    await expect(preferring(500).agents.me()).rejects.toBeInstanceOf(ServerError);
    await expect(preferring(503).agents.me()).rejects.toBeInstanceOf(ServerError);
  });
});
