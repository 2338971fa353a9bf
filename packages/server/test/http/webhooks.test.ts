// Webhook subscriptions receive the audit events they ask for, signed with their secret; URLs go
// through the outbound-request policy (docs/security.md §5), secrets are stored sealed.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_WEBHOOKS_PER_WORKSPACE, signWebhook } from "../../src/shell/webhooks.ts";
import { expectInvalid } from "../support/problems.ts";
import { Owner, slot, startServer, storeQuery, type ServerProcess } from "../support/server-process.ts";

let server: ServerProcess;
let strict: ServerProcess;
const received: { url: string; headers: IncomingMessage["headers"]; body: string }[] = [];
const receiver = createServer((req, res) => {
  let body = "";
  req.on("data", (c: Buffer) => (body += c.toString()));
  req.on("end", () => {
    received.push({ url: req.url ?? "", headers: req.headers, body });
    if (req.url === "/redirect")
      return void res.writeHead(302, { location: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/landed` }).end();
    res.writeHead(204).end();
  });
});

beforeAll(async () => {
  [server, strict] = await Promise.all([startServer({ args: ["--allow-private-targets"] }), startServer()]);
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
});

afterAll(async () => {
  await Promise.all([server?.stop(), strict?.stop()]);
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

  it("keeps the secret sealed in the store", async () => {
    const owner = await Owner.signIn(server.url);
    const created = await owner.call("POST", "/v1/dashboard/webhooks", { body: { url: "https://hooks.example.com/x", events: ["*"] } });
    expect(created.status).toBe(201);
    const rows = await storeQuery<{ secret: string }>(server.dataDir, `SELECT secret FROM webhooks WHERE webhook_id = ?`, [
      created.body.webhook_id,
    ]);
    expect(rows[0]!.secret).toMatch(/^v1\./);
    expect(rows[0]!.secret).not.toContain(created.body.secret);
  });

  it("refuses internal targets without the opt-in, in every spelling, and never calls one", async () => {
    const owner = await Owner.signIn(strict.url);
    const agent = await owner.createAgent("ssrf", 1);
    const { port } = receiver.address() as AddressInfo;
    for (const url of [
      `http://127.0.0.1:${port}/a`,
      `http://127.1:${port}/a`,
      `http://2130706433:${port}/a`,
      `http://0x7f000001:${port}/a`,
      `http://[::ffff:127.0.0.1]:${port}/a`,
      "http://169.254.169.254/latest/meta-data/",
      "http://10.0.0.1/",
    ]) {
      const reply = await owner.call("POST", "/v1/dashboard/webhooks", { body: { url, events: ["*"] } });
      expectInvalid(reply, [{ field: "/url", message: /is a (loopback|linkLocal|private) address, not a public one/ }]);
    }
    // A name is checked on what it resolves to, at delivery: nothing reaches the receiver.
    const before = received.length;
    const named = await owner.call("POST", "/v1/dashboard/webhooks", { body: { url: `http://localhost:${port}/named`, events: ["*"] } });
    expect(named.status).toBe(201);
    expect((await agent.call("POST", "/v1/bookings", { body: slot(210) })).status).toBe(201);
    await new Promise((r) => setTimeout(r, 300));
    expect(received.length).toBe(before);
  });

  it("does not follow a redirect, and caps subscriptions per workspace", async () => {
    const owner = await Owner.signIn(server.url);
    const agent = await owner.createAgent("redirected", 1);
    const { port } = receiver.address() as AddressInfo;
    expect(
      (
        await owner.call("POST", "/v1/dashboard/webhooks", {
          body: { url: `http://127.0.0.1:${port}/redirect`, events: ["booking.committed"] },
        })
      ).status,
    ).toBe(201);
    expect((await agent.call("POST", "/v1/bookings", { body: slot(220) })).status).toBe(201);
    for (let i = 0; i < 100 && !received.some((r) => r.url === "/redirect"); i++) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 300));
    expect(received.some((r) => r.url === "/redirect")).toBe(true);
    expect(received.filter((r) => r.url === "/landed")).toEqual([]); // the redirect was not followed
    for (let i = 1; i < MAX_WEBHOOKS_PER_WORKSPACE; i++) {
      expect(
        (await owner.call("POST", "/v1/dashboard/webhooks", { body: { url: `https://hooks.example.com/${i}`, events: ["*"] } })).status,
      ).toBe(201);
    }
    expectInvalid(
      await owner.call("POST", "/v1/dashboard/webhooks", { body: { url: "https://hooks.example.com/one-more", events: ["*"] } }),
      [{ field: "/", message: "the workspace's webhooks quota is reached" }],
    );
  });
});
