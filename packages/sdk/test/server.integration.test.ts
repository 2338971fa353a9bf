// The SDK against the REAL reference server (packages/server), started by this file: every
// resource method, every error class produced by the server itself, retries with the same
// idempotency key, pagination, and offline verification of the server's audit log.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AgentDraft,
  APIConnectionError,
  AuditVerificationError,
  AuthError,
  Conflict,
  IdempotencyError,
  InvalidRequest,
  NotFound,
  PermissionDenied,
  RateLimited,
  RuleViolation,
  verifyConsistency,
  verifyEvent,
  type Booking,
  type Message,
  type VerifiedCheckpoint,
} from "../src/index.ts";
import { freePort } from "./helpers/ports.ts";
import { futureSlot, Owner, startServer, type CreatedAgent, type RunningServer } from "./helpers/server.ts";

describe("the SDK against the reference server", () => {
  let server: RunningServer;
  let owner: Owner;
  let main: CreatedAgent;
  let client: AgentDraft;
  const connect = (agent: CreatedAgent, options: Partial<ConstructorParameters<typeof AgentDraft>[0]> = {}) =>
    new AgentDraft({ apiKey: agent.apiKey, baseUrl: server.baseUrl, ...options });

  beforeAll(async () => {
    // The server's own SMTP listener doubles as its outbound relay, so one agent's mail reaches another.
    const smtpPort = await freePort();
    server = await startServer(["--smtp-port", String(smtpPort), "--smtp-relay", `smtp://127.0.0.1:${smtpPort}`]);
    owner = await Owner.signIn(server.baseUrl);
    main = await owner.createAgent("main", 2);
    client = connect(main);
  });

  afterAll(async () => {
    await server?.stop();
  });

  describe("resources", () => {
    it("agents.me names the agent behind the key", async () => {
      const me = await client.agents.me();
      expect(me).toMatchObject({ agentId: main.agentId, name: "main", priority: 2, calendarId: await owner.defaultCalendarId() });
      expect(me.scopes).toContain("bookings:write");
      expect(me.userId).toMatch(/^usr_/);
      expect(me.mailboxAddress).toContain("@");
    });

    it("bookings.commit and get, with metadata kept as given", async () => {
      const slot = futureSlot(2, 9);
      const booking = await client.bookings.commit({ ...slot, metadata: { title: "Discovery call", crm_ref: "A-1", camelKey: "x" } });
      expect(booking).toMatchObject({
        agentId: main.agentId,
        agentPriority: 2,
        status: "COMMITTED",
        start: slot.start.toISOString(),
        end: slot.end.toISOString(),
        metadata: { title: "Discovery call", crm_ref: "A-1", camelKey: "x" },
      });
      expect(booking.bookingId).toMatch(/^bkg_/);
      expect(booking.auditEventId).toMatch(/^evt_/);
      expect(await client.bookings.get(booking.bookingId)).toEqual(booking);
    });

    it("accepts RFC 3339 strings with any offset", async () => {
      const { start } = futureSlot(2, 20);
      const local = start.toISOString().replace("T20:00:00.000Z", "T22:00:00+02:00");
      const booking = await client.bookings.commit({ start: local, end: new Date(start.getTime() + 15 * 60_000) });
      expect(booking.start).toBe(start.toISOString());
    });

    it("bookings.hold → commit(holdId) → cancel, and hold → release", async () => {
      const held = await client.bookings.hold({ ...futureSlot(2, 10), ttlSeconds: 60 });
      expect(held.status).toBe("HELD");
      expect(held.holdExpiresAt).toBeDefined();
      const committed = await client.bookings.commit(held.bookingId);
      expect(committed).toMatchObject({ bookingId: held.bookingId, status: "COMMITTED" });
      const cancelled = await client.bookings.cancel(held.bookingId, { reason: "customer rescheduled" });
      expect(cancelled.status).toBe("CANCELLED");
      const other = await client.bookings.hold(futureSlot(2, 11));
      expect((await client.bookings.release(other.bookingId)).status).toBe("RELEASED");
      // A hold resolves once: releasing it again is a conflict (invalid transition), never retried.
      const again = await client.bookings.release(other.bookingId).catch((e: unknown) => e);
      expect(again).toBeInstanceOf(Conflict);
    });

    it("availability.get shows the agent's booking as busy; availability.list returns its slots", async () => {
      const slot = futureSlot(2, 13);
      const booking = await client.bookings.commit(slot);
      const range = {
        start: new Date(slot.start.getTime() - 3_600_000),
        end: new Date(slot.end.getTime() + 3_600_000),
        durationMinutes: 30,
      };
      const availability = await client.availability.get(range);
      expect(await client.availability.list(range)).toEqual(availability.slots);
      expect(availability.busy).toContainEqual(
        expect.objectContaining({ kind: "booking", bookingId: booking.bookingId, agentId: main.agentId, start: slot.start.toISOString() }),
      );
      expect(availability.slots.length).toBeGreaterThanOrEqual(2);
      expect(availability.rangeStart).toBeDefined();
    });

    it("bookings.list paginates over more than one page", async () => {
      const mine: Booking[] = [];
      for (let i = 0; i < 5; i++) mine.push(await client.bookings.commit(futureSlot(4, 8 + i)));
      const first = await client.bookings.list({ agentId: main.agentId, status: "COMMITTED", limit: 2 });
      expect(first.data).toHaveLength(2);
      expect(first.hasMore).toBe(true);
      expect(first.nextCursor).toBeTruthy();
      let pages = 0;
      for await (const page of client.bookings.list({ agentId: main.agentId, status: "COMMITTED", limit: 2 }).iterPages()) {
        pages++;
        expect(page.data.length).toBeLessThanOrEqual(2);
      }
      expect(pages).toBeGreaterThan(2);
      const all: Booking[] = [];
      for await (const booking of client.bookings.list({ agentId: main.agentId, status: "COMMITTED", limit: 2 })) all.push(booking);
      expect(new Set(all.map((b) => b.bookingId)).size).toBe(all.length);
      for (const b of mine) expect(all.map((x) => x.bookingId)).toContain(b.bookingId);
      const starts = all.map((b) => Date.parse(b.start));
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      const window = await client.bookings.list({ start: futureSlot(4, 8).start, end: futureSlot(4, 10).start });
      expect(window.data.map((b) => b.bookingId)).toEqual(mine.slice(0, 2).map((b) => b.bookingId));
    });
  });

  describe("errors produced by the server", () => {
    it("a 5-agent race: exactly one 201, the priority-1 agent wins, every other agent gets Conflict naming it", async () => {
      const racers = await Owner.signIn(server.baseUrl);
      const agents: CreatedAgent[] = [];
      for (const priority of [3, 5, 1, 4, 2]) agents.push(await racers.createAgent(`racer-${priority}`, priority));
      // "Simultaneous" = within the arbitration window; 250 ms absorbs a busy CI machine's jitter.
      await racers.updateCalendarSettings(await racers.defaultCalendarId(), { arbitration_window_ms: 250 });
      const slot = futureSlot(3, 11);
      const results = await Promise.allSettled(agents.map((a) => connect(a, { maxRetries: 0 }).bookings.commit(slot)));
      const winners = results.filter((r) => r.status === "fulfilled");
      expect(winners).toHaveLength(1);
      const champion = agents.find((a) => a.priority === 1)!;
      const won = (winners[0] as PromiseFulfilledResult<Booking>).value;
      expect(won).toMatchObject({ agentId: champion.agentId, agentPriority: 1, status: "COMMITTED" });
      for (const [i, r] of results.entries()) {
        if (agents[i] === champion) continue;
        expect(r.status).toBe("rejected");
        const conflict = (r as PromiseRejectedResult).reason as Conflict;
        expect(conflict).toBeInstanceOf(Conflict);
        expect(conflict.status).toBe(409);
        expect(["outranked", "slot_taken"]).toContain(conflict.reason);
        expect(conflict.winningAgentId).toBe(champion.agentId);
        expect(conflict.winningAgentPriority).toBe(1);
        expect(conflict.winningBookingId).toBe(won.bookingId);
        expect(conflict.auditEventId).toMatch(/^evt_/);
        expect(conflict.requestId).toMatch(/^req_/);
      }
    });

    it("RuleViolation names the rule a write broke", async () => {
      const ruled = await Owner.signIn(server.baseUrl);
      const calendarId = await ruled.defaultCalendarId();
      await ruled.setRules(calendarId, [{ rule_id: "short_meetings", kind: "max_duration", minutes: 30 }]);
      const agent = connect(await ruled.createAgent("ruled", 1));
      const { start } = futureSlot(3, 12);
      const error = await agent.bookings.commit({ start, end: new Date(start.getTime() + 60 * 60_000) }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RuleViolation);
      expect((error as RuleViolation).rule).toEqual({ ruleId: "short_meetings", kind: "max_duration" });
      expect((error as RuleViolation).status).toBe(422);
      expect((error as RuleViolation).auditEventId).toMatch(/^evt_/);
      await expect(agent.bookings.commit({ start, end: new Date(start.getTime() + 30 * 60_000) })).resolves.toMatchObject({
        status: "COMMITTED",
      });
    });

    it("a bad key → AuthError", async () => {
      const error = await new AgentDraft({ apiKey: "avs_live_notarealkey000000000000", baseUrl: server.baseUrl }).agents
        .me()
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AuthError);
      expect((error as AuthError).status).toBe(401);
      expect((error as AuthError).code).toBe("unauthenticated");
      expect((error as AuthError).message).not.toContain("avs_live_notarealkey");
    });

    it("a missing scope → PermissionDenied naming the scope", async () => {
      const reader = connect(await owner.createAgent("reader", 9, ["availability:read", "bookings:read"]));
      const error = await reader.bookings.commit(futureSlot(3, 13)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PermissionDenied);
      expect((error as PermissionDenied).requiredScope).toBe("bookings:write");
      await expect(reader.audit.checkpoint()).rejects.toBeInstanceOf(PermissionDenied);
    });

    it("an unknown booking → NotFound", async () => {
      const error = await client.bookings.get("bkg_doesnotexist").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotFound);
      expect((error as NotFound).status).toBe(404);
      await expect(client.bookings.cancel("bkg_doesnotexist")).rejects.toBeInstanceOf(NotFound);
    });

    it("the same idempotency key replays the booking; with another body → IdempotencyError", async () => {
      const slot = futureSlot(3, 14);
      const first = await client.bookings.commit({ ...slot, idempotencyKey: "ik_integration_1" });
      const replay = await client.bookings.commit({ ...slot, idempotencyKey: "ik_integration_1" });
      expect(replay).toEqual(first);
      const error = await client.bookings.commit({ ...futureSlot(3, 15), idempotencyKey: "ik_integration_1" }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(IdempotencyError);
      expect((error as IdempotencyError).status).toBe(422);
      expect((error as IdempotencyError).code).toBe("idempotency_key_reused");
    });

    it("withResponse() exposes Idempotent-Replayed, RateLimit and Request-Id of a successful replay", async () => {
      const slot = futureSlot(3, 11);
      const first = await client.bookings.commit({ ...slot, idempotencyKey: "ik_with_response" }).withResponse();
      const again = await client.bookings.commit({ ...slot, idempotencyKey: "ik_with_response" }).withResponse();
      expect(first.requestId).toMatch(/\S/);
      expect(again.requestId).not.toBe(first.requestId);
      expect(again.response.headers.get("idempotent-replayed")).toBe("true");
      expect(again.response.headers.get("ratelimit")).toBeTruthy();
      expect(again.data.bookingId).toBe(first.data.bookingId);
      expect((again.data as unknown as { _requestId: string })._requestId).toBe(again.requestId);
    });

    it("a browser preflight allows the retry-count header", async () => {
      const res = await fetch(`${server.baseUrl}/v1/bookings`, {
        method: "OPTIONS",
        headers: {
          Origin: "https://agent.example",
          "Access-Control-Request-Method": "POST",
          "Access-Control-Request-Headers": "authorization,idempotency-key,x-agentdraft-client,x-agentdraft-retry-count",
        },
      });
      expect(res.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("x-agentdraft-retry-count");
    });

    it("end before start → InvalidRequest listing the field", async () => {
      const { start, end } = futureSlot(3, 16);
      const error = await client.bookings.commit({ start: end, end: start }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidRequest);
      expect((error as InvalidRequest).status).toBe(400);
      expect((error as InvalidRequest).requestId).toMatch(/^req_/);
    });

    it("a commit that times out is retried with the same key and yields exactly one booking", async () => {
      const slow = await Owner.signIn(server.baseUrl);
      await slow.updateCalendarSettings(await slow.defaultCalendarId(), { arbitration_window_ms: 1000 });
      await slow.createAgent("boss", 1); // a possible higher-priority contender keeps the window open
      const worker = await slow.createAgent("worker", 2);
      const lines: string[] = [];
      const keys: unknown[] = [];
      const agent = connect(worker, {
        timeout: 300,
        maxRetries: 4,
        debug: (message, details) => {
          lines.push(message);
          if (message.startsWith("POST /v1/bookings attempt")) keys.push(details?.idempotencyKey);
        },
      });
      const slot = futureSlot(3, 17);
      const booking = await agent.bookings.commit(slot);
      expect(lines.filter((l) => l.includes("timed out")).length).toBeGreaterThanOrEqual(1);
      expect(keys.length).toBeGreaterThanOrEqual(2);
      expect(new Set(keys).size).toBe(1);
      const page = await agent.bookings.list({ agentId: worker.agentId, start: slot.start, end: slot.end });
      expect(page.data.map((b) => b.bookingId)).toEqual([booking.bookingId]);
    });
  });

  describe("rate limits (a server with a 3-token bucket refilled at 1/s)", () => {
    let limited: RunningServer;
    let agent: CreatedAgent;

    beforeAll(async () => {
      limited = await startServer(["--rate-limit", "3", "--rate-refill", "1"]);
      agent = await (await Owner.signIn(limited.baseUrl)).createAgent("busy", 1);
    });
    afterAll(async () => {
      await limited?.stop();
    });

    it("an empty bucket → RateLimited with retryAfterSeconds; with retries, Retry-After is honoured", async () => {
      const noRetry = new AgentDraft({ apiKey: agent.apiKey, baseUrl: limited.baseUrl, maxRetries: 0 });
      const outcomes = await Promise.allSettled(Array.from({ length: 5 }, () => noRetry.agents.me()));
      const limitedErrors = outcomes.filter((o) => o.status === "rejected").map((o) => (o as PromiseRejectedResult).reason);
      expect(limitedErrors.length).toBeGreaterThanOrEqual(2);
      for (const e of limitedErrors) {
        expect(e).toBeInstanceOf(RateLimited);
        expect((e as RateLimited).retryAfterSeconds).toBeGreaterThanOrEqual(1);
        expect((e as RateLimited).status).toBe(429);
      }
      const retrying = new AgentDraft({ apiKey: agent.apiKey, baseUrl: limited.baseUrl, maxRetries: 2 });
      const started = Date.now();
      await expect(retrying.agents.me()).resolves.toMatchObject({ agentId: agent.agentId });
      expect(Date.now() - started).toBeGreaterThanOrEqual(500);
    });

    it("a stopped server → APIConnectionError", async () => {
      await limited.stop();
      const error = await new AgentDraft({ apiKey: agent.apiKey, baseUrl: limited.baseUrl, maxRetries: 1 }).agents
        .me()
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(APIConnectionError);
    });
  });

  describe("audit", () => {
    let pinnedKey: string;
    let before: VerifiedCheckpoint;

    beforeAll(async () => {
      // Pin the server's verifier key once, as a client would out of band.
      pinnedKey = (await client.audit.checkpoint()).verifierKey;
      before = await client.audit.verifiedCheckpoint({ verifierKey: pinnedKey });
    });

    it("lists events by resource, across pages, leaving request/outcome as logged", async () => {
      const booking = await client.bookings.commit({ ...futureSlot(5, 9), metadata: { title: "audited" } });
      const events = [];
      for await (const event of client.audit.list({ resource: booking.bookingId })) events.push(event);
      expect(events.map((e) => e.eventId)).toContain(booking.auditEventId);
      const event = events.find((e) => e.eventId === booking.auditEventId)!;
      expect(event.action).toBe("booking.committed");
      expect(event.actor).toEqual({ type: "agent", agentId: main.agentId });
      expect(Object.keys(event.request)).toContain("request_id");
      const page = await client.audit.list({ limit: 3 });
      expect(page.data).toHaveLength(3);
      expect(page.hasMore).toBe(true);
      const next = await page.getNextPage();
      expect(next.data[0]!.seq).toBe(page.data[2]!.seq + 1);
    });

    it("verifies the signed checkpoint, an event's inclusion and the log's growth offline", async () => {
      const booking = await client.bookings.commit(futureSlot(5, 10));
      const { event, proof, checkpoint } = await client.audit.verifyEventById(booking.auditEventId, { verifierKey: pinnedKey });
      expect(event.resource).toBe(booking.bookingId);
      expect(checkpoint.treeSize).toBeGreaterThan(before.treeSize);
      // The same checks, offline, on the data alone.
      await expect(verifyEvent(proof, checkpoint)).resolves.toBe(true);
      const consistency = await client.audit.consistencyProof({ fromSize: before.treeSize, toSize: checkpoint.treeSize });
      await expect(verifyConsistency(consistency, before, checkpoint)).resolves.toBe(true);
      const grown = await client.audit.verifyGrowth(before, { verifierKey: pinnedKey });
      expect(grown.treeSize).toBeGreaterThanOrEqual(checkpoint.treeSize);
      const inclusion = await client.audit.inclusionProof(booking.auditEventId, { treeSize: checkpoint.treeSize });
      expect(inclusion).toEqual(proof);
    });

    it("detects a tampered event, a forged root and another workspace's checkpoint", async () => {
      const booking = await client.bookings.commit(futureSlot(5, 11));
      const checkpoint = await client.audit.verifiedCheckpoint({ verifierKey: pinnedKey });
      const proof = await client.audit.inclusionProof(booking.auditEventId, { treeSize: checkpoint.treeSize });
      const tampered = structuredClone(proof);
      (tampered.event.outcome as Record<string, unknown>).forged = true;
      await expect(verifyEvent(tampered, checkpoint)).rejects.toBeInstanceOf(AuditVerificationError);
      const forgedRoot = { treeSize: checkpoint.treeSize, rootHash: new Uint8Array(32) };
      await expect(verifyEvent(proof, forgedRoot)).rejects.toMatchObject({ reason: "invalid_proof" });
      const stranger = connect(await (await Owner.signIn(server.baseUrl)).createAgent("stranger", 1));
      const foreign = await stranger.audit.checkpoint();
      await expect(client.audit.verifyCheckpoint(foreign, pinnedKey, { expectedOrigin: checkpoint.origin })).rejects.toMatchObject({
        reason: "origin_mismatch",
      });
    });
  });

  describe("mailbox", () => {
    it("send, list and get: mail from one agent arrives in another's mailbox over SMTP", async () => {
      const reader = await owner.createAgent("mail-reader", 3);
      const inbox = connect(reader);
      const readerAddress = (await inbox.agents.me()).mailboxAddress;
      const booking = await client.bookings.commit(futureSlot(5, 12));
      const sent = await client.mailbox.send({
        to: [readerAddress],
        subject: "Discovery call",
        text: "See you then.",
        bookingId: booking.bookingId,
      });
      expect(sent).toMatchObject({
        direction: "outbound",
        status: "queued",
        subject: "Discovery call",
        to: [readerAddress],
        bookingId: booking.bookingId,
      });
      expect(sent.messageId).toMatch(/^msg_/);
      const outbound = [];
      for await (const message of client.mailbox.list({ direction: "outbound", limit: 1 })) outbound.push(message);
      expect(outbound.map((m) => m.messageId)).toContain(sent.messageId);

      // Delivery is asynchronous: wait (bounded) for the relay to accept it and the listener to store it.
      let received: Message | undefined;
      for (let i = 0; i < 100 && !received; i++) {
        received = (await inbox.mailbox.list({ direction: "inbound" })).data.find((m) => m.subject === "Discovery call");
        if (!received) await new Promise((r) => setTimeout(r, 100));
      }
      expect(received).toMatchObject({ direction: "inbound", status: "received", text: expect.stringContaining("See you then.") });
      expect(received!.calendar).toMatchObject({ method: "REQUEST", sequence: 0 });
      expect(await inbox.mailbox.get(received!.messageId)).toMatchObject({ messageId: received!.messageId });
      expect(await client.mailbox.get(sent.messageId)).toMatchObject({ messageId: sent.messageId, status: "sent" });
    });
  });
});
