// Webhook subscriptions receive the audit events they ask for, signed with their secret.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signWebhook } from "../../src/shell/webhooks.ts";
import { Owner, slot, startServer, type ServerProcess } from "../support/server-process.ts";

let server: ServerProcess;
const received: { headers: IncomingMessage["headers"]; body: string }[] = [];
const receiver = createServer((req, res) => {
  let body = "";
  req.on("data", (c: Buffer) => (body += c.toString()));
  req.on("end", () => {
    received.push({ headers: req.headers, body });
    res.writeHead(204).end();
  });
});

beforeAll(async () => {
  server = await startServer();
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
});

afterAll(async () => {
  await server.stop();
  receiver.close();
});

describe("webhooks", () => {
  it("delivers matching audit events, signed, and stops after deletion", async () => {
    const owner = await Owner.signIn(server.url);
    const agent = await owner.createAgent("hooked", 1);
    const { port } = receiver.address() as AddressInfo;
    const created = await owner.call("POST", "/v1/dashboard/webhooks", {
      body: { url: `http://127.0.0.1:${port}/hook`, events: ["booking.committed"] },
    });
    expect(created.status).toBe(201);
    expect((await owner.call("GET", "/v1/dashboard/webhooks")).body.data).toHaveLength(1);

    const booked = await agent.call("POST", "/v1/bookings", { body: slot(200) });
    await agent.call("POST", "/v1/bookings", { body: { ...slot(201), mode: "hold" } }); // not subscribed
    for (let i = 0; i < 50 && received.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 100));
    expect(received).toHaveLength(1);
    const [delivery] = received as [(typeof received)[number]];
    const event = JSON.parse(delivery.body);
    expect(event).toMatchObject({ event_id: booked.body.audit_event_id, action: "booking.committed", resource: booked.body.booking_id });
    expect(delivery.headers["webhook-signature"]).toBe(
      signWebhook(created.body.secret, delivery.headers["webhook-timestamp"] as string, delivery.body),
    );

    expect((await owner.call("DELETE", `/v1/dashboard/webhooks/${created.body.webhook_id}`)).status).toBe(204);
    await agent.call("POST", "/v1/bookings", { body: slot(202) });
    await new Promise((r) => setTimeout(r, 200));
    expect(received).toHaveLength(1);
  });
});
