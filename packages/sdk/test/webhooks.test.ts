// `client.webhooks.verify` / `unwrap` (docs/protocol.md §10.4): a receiver on loopback verifies the
// REAL reference server's deliveries with the SDK helper; the helper agrees with the standard's
// library (`standardwebhooks`) on what it signs, and refuses tampering, foreign secrets and stale
// timestamps with a `WebhookVerificationError` (an `AgentDraftError`).
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AgentDraft, AgentDraftError, verifyEvent, Webhooks, WebhookVerificationError } from "../src/index.ts";
import { futureSlot, Owner, startServer, type RunningServer } from "./helpers/server.ts";

const SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const OTHER = "whsec_ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4";

describe("client.webhooks against the reference server", () => {
  let server: RunningServer;
  const received: { headers: IncomingHttpHeaders; body: Buffer }[] = [];
  const receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks) });
      res.writeHead(204).end();
    });
  });

  beforeAll(async () => {
    server = await startServer(["--allow-private-targets", "--webhook-retry-base-ms", "50"]);
    await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
  });
  afterAll(async () => {
    await server?.stop();
    receiver.close();
  });

  it("verifies and unwraps a booking.committed delivery, whose data is a verifiable audit event", async () => {
    const owner = await Owner.signIn(server.baseUrl);
    const agent = await owner.createAgent("hooked", 1);
    const { port } = receiver.address() as AddressInfo;
    const hook = await owner.request<{ secret: string }>("POST", "/v1/dashboard/webhooks", {
      url: `http://127.0.0.1:${port}/hook`,
      events: ["booking.committed"],
    });
    const client = new AgentDraft({ apiKey: agent.apiKey, baseUrl: server.baseUrl });
    const booking = await client.bookings.commit(futureSlot(3, 10));
    for (let i = 0; i < 250 && received.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    const [delivery] = received;
    expect(delivery).toBeDefined();

    const wire = client.webhooks.verify(delivery!.body, delivery!.headers, hook.secret);
    expect(wire).toMatchObject({ type: "booking.committed", data: { action: "booking.committed", resource: booking.bookingId } });
    const event = client.webhooks.unwrap(delivery!.body.toString("utf8"), new Headers(delivery!.headers as Record<string, string>), [
      OTHER,
      hook.secret,
    ]);
    expect(event.type).toBe("booking.committed");
    expect(event.data.eventId).toBe(booking.auditEventId);
    // The delivered event is the log's: it proves against a signed checkpoint.
    const checkpoint = await client.audit.checkpoint();
    const proof = await client.audit.inclusionProof(wire.data.event_id, { treeSize: checkpoint.treeSize });
    await expect(verifyEvent({ ...proof, event: wire.data } as unknown as typeof proof, checkpoint)).resolves.toBe(true);

    expect(() => client.webhooks.verify(delivery!.body, delivery!.headers, OTHER)).toThrow(WebhookVerificationError);
  });
});

describe("Webhooks (no client needed)", () => {
  const webhooks = new Webhooks();
  const body = JSON.stringify({ type: "webhook.test", timestamp: "2026-11-24T10:00:00.000Z", data: { event_id: "evt_1", seq: 0 } });
  const signed = (at = new Date(), secrets = [SECRET], id = "whd_1") => ({
    "webhook-id": id,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": secrets.map((s) => new Webhook(s).sign(id, at, body)).join(" "),
  });

  it("accepts what the standard's library signs, with either secret of a rotation", () => {
    expect(webhooks.verify(body, signed(), SECRET).type).toBe("webhook.test");
    expect(webhooks.verify(body, signed(new Date(), [OTHER, SECRET]), SECRET).type).toBe("webhook.test");
    expect(webhooks.verify(new TextEncoder().encode(body), signed(), [OTHER, SECRET]).data).toEqual({ event_id: "evt_1", seq: 0 });
    expect(webhooks.unwrap(body, signed(), SECRET).data).toEqual({ eventId: "evt_1", seq: 0 });
  });

  it("refuses tampering, another secret, another id, stale or future timestamps and missing headers", () => {
    const cases: [string, () => unknown][] = [
      ["body", () => webhooks.verify(body.replace("evt_1", "evt_2"), signed(), SECRET)],
      ["secret", () => webhooks.verify(body, signed(), OTHER)],
      ["id", () => webhooks.verify(body, { ...signed(), "webhook-id": "whd_2" }, SECRET)],
      ["stale", () => webhooks.verify(body, signed(new Date(Date.now() - 6 * 60_000)), SECRET)],
      ["future", () => webhooks.verify(body, signed(new Date(Date.now() + 6 * 60_000)), SECRET)],
      ["headers", () => webhooks.verify(body, {}, SECRET)],
      [
        "not an envelope",
        () => webhooks.verify("[]", { ...signed(), "webhook-signature": new Webhook(SECRET).sign("whd_1", new Date(), "[]") }, SECRET),
      ],
    ];
    for (const [what, run] of cases) {
      let thrown: unknown;
      try {
        run();
      } catch (error) {
        thrown = error;
      }
      expect(thrown, what).toBeInstanceOf(WebhookVerificationError);
      expect(thrown, what).toBeInstanceOf(AgentDraftError);
    }
    // Within the 5-minute tolerance it passes.
    expect(webhooks.verify(body, signed(new Date(Date.now() - 4 * 60_000)), SECRET).type).toBe("webhook.test");
  });
});
