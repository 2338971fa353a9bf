// Webhooks (docs/protocol.md §10): the outbox is written with the command, delivered as Standard
// Webhooks messages that the standard's own Python library (PyPI `standardwebhooks`, a receiver
// process on loopback) verifies, retried with the same `webhook-id` across failures and a kill -9;
// the owner API lists deliveries, redelivers, tests, updates and rotates secrets (both sign during
// the overlap). URLs go through the outbound-request policy (docs/security.md §5), secrets stay sealed.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_ATTEMPTS, retryDelayMs } from "../../src/shell/webhook-worker.ts";
import { MAX_WEBHOOKS_PER_WORKSPACE } from "../../src/shell/webhooks.ts";
import { expectInvalid, expectProblem } from "../support/problems.ts";
import { Owner, slot, startServer, storeQuery, type ServerProcess } from "../support/server-process.ts";
import { freePort, PyReceiver, setupReceiverVenv } from "../support/webhooks/receiver.ts";

const FAST = ["--allow-private-targets", "--webhook-retry-base-ms", "25"];

let server: ServerProcess;
let strict: ServerProcess;
let py: PyReceiver;
// A Node receiver for what the Python one does not do (redirects).
const received: { url: string; headers: IncomingMessage["headers"]; body: string }[] = [];
const node = createServer((req, res) => {
  let body = "";
  req.on("data", (c: Buffer) => (body += c.toString()));
  req.on("end", () => {
    received.push({ url: req.url ?? "", headers: req.headers, body });
    if (req.url === "/redirect")
      return void res.writeHead(302, { location: `http://127.0.0.1:${(node.address() as AddressInfo).port}/landed` }).end();
    res.writeHead(204).end();
  });
});

beforeAll(async () => {
  setupReceiverVenv();
  // One at a time: on a loaded machine, servers starting together can outlast the start timeout.
  server = await startServer({ args: FAST });
  strict = await startServer();
  py = await PyReceiver.start();
  await new Promise<void>((r) => node.listen(0, "127.0.0.1", r));
});

afterAll(async () => {
  await Promise.all([server?.stop(), strict?.stop(), py?.stop()]);
  node.close();
});

async function subscribe(owner: Owner, url: string, events: string[]) {
  const created = await owner.call("POST", "/v1/dashboard/webhooks", { body: { url, events } });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body as { webhook_id: string; secret: string };
}

/** A delivery as the owner API lists it (the fields these tests read). */
type DeliveryRow = { delivery_id: string; status: string; attempts: number; [field: string]: unknown };

async function deliveries(owner: Owner, webhookId: string): Promise<DeliveryRow[]> {
  const all: DeliveryRow[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 20; i++) {
    const page = await owner.call("GET", `/v1/dashboard/webhooks/${webhookId}/deliveries?limit=20${cursor ? `&cursor=${cursor}` : ""}`);
    expect(page.status).toBe(200);
    all.push(...page.body.data);
    if (!page.body.has_more) break;
    cursor = page.body.next_cursor;
  }
  return all;
}

const forPath = (p: string) => py.received.filter((r) => r.path === p);

describe("webhooks", () => {
  it("delivers a matching event as a Standard Webhooks message the standard's Python library verifies", async () => {
    const owner = await Owner.signIn(server.url);
    const agent = await owner.createAgent("hooked", 1);
    const hook = await subscribe(owner, `${py.url}/first`, ["booking.committed"]);
    expect(hook.secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    await py.setSecrets([hook.secret]);
    const listed = (await owner.call("GET", "/v1/dashboard/webhooks")).body.data;
    expect(listed).toEqual([expect.objectContaining({ webhook_id: hook.webhook_id, enabled: true, events: ["booking.committed"] })]);

    const booked = await agent.call("POST", "/v1/bookings", { body: slot(200) });
    await agent.call("POST", "/v1/bookings", { body: { ...slot(201), mode: "hold" } }); // not subscribed
    await py.waitFor(() => forPath("/first").length >= 1);
    const [delivery] = forPath("/first");
    expect(delivery!.verified).toEqual([0]);
    expect(delivery!.headers["webhook-id"]).toMatch(/^whd_/);
    expect(delivery!.headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(Math.abs(Number(delivery!.headers["webhook-timestamp"]) - Date.now() / 1000)).toBeLessThan(300);
    // The npm library of the standard agrees.
    expect(new Webhook(hook.secret).verify(delivery!.body, delivery!.headers)).toBeTruthy();
    const envelope = JSON.parse(delivery!.body);
    const event = (await agent.call("GET", `/v1/audit?resource=${booked.body.booking_id}`)).body.data[0];
    expect(envelope).toEqual({ type: "booking.committed", timestamp: event.at, data: event });
    expect(event.event_id).toBe(booked.body.audit_event_id);

    const [row] = await deliveries(owner, hook.webhook_id);
    expect(row).toMatchObject({
      delivery_id: delivery!.headers["webhook-id"],
      event_id: event.event_id,
      event_type: "booking.committed",
      status: "delivered",
      attempts: 1,
      last_status_code: 204,
    });
    expect(row!.last_latency_ms).toBeGreaterThanOrEqual(0);
    expect(row).not.toHaveProperty("next_attempt_at");

    expect((await owner.call("DELETE", `/v1/dashboard/webhooks/${hook.webhook_id}`)).status).toBe(204);
    await agent.call("POST", "/v1/bookings", { body: slot(202) });
    await new Promise((r) => setTimeout(r, 300));
    expect(forPath("/first")).toHaveLength(1);
  });

  it("retries a failed delivery with the same webhook-id and records each attempt", async () => {
    const owner = await Owner.signIn(server.url);
    const agent = await owner.createAgent("retried", 1);
    const hook = await subscribe(owner, `${py.url}/flaky-1`, ["booking.committed"]);
    await py.setSecrets([hook.secret]);
    expect((await agent.call("POST", "/v1/bookings", { body: slot(205) })).status).toBe(201);
    await py.waitFor(() => forPath("/flaky-1").length >= 2);
    const [first, second] = forPath("/flaky-1");
    expect(first!.status).toBe(503);
    expect(second!.status).toBe(204);
    expect(second!.headers["webhook-id"]).toBe(first!.headers["webhook-id"]);
    expect(second!.body).toBe(first!.body);
    for (let i = 0; i < 100; i++) {
      const [row] = await deliveries(owner, hook.webhook_id);
      if (row!.status === "delivered") {
        expect(row).toMatchObject({ attempts: 2, last_status_code: 204 });
        return;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error("the delivery was not recorded as delivered");
  });

  it("receiver down while 50 bookings commit, server kill -9'd and restarted: all 50 arrive, each with a stable webhook-id", {
    timeout: 180_000,
  }, async () => {
    const port = await freePort();
    const first = await startServer({ args: FAST });
    const owner = await Owner.signIn(first.url);
    const agent = await owner.createAgent("fifty", 1);
    const hook = await subscribe(owner, `http://127.0.0.1:${port}/fifty`, ["booking.committed"]);
    const bookings = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const r = await agent.call("POST", "/v1/bookings", { body: slot(400 + i) });
      expect(r.status).toBe(201);
      bookings.add(r.body.booking_id);
    }
    // Some attempts failed against the closed port before the crash.
    for (let i = 0; i < 200 && !(await deliveries(owner, hook.webhook_id)).some((d) => d.attempts > 0); i++) {
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(await first.stop("SIGKILL")).toBe("SIGKILL");
    const again = await startServer({ dataDir: first.dataDir, args: FAST });
    const receiver = await PyReceiver.start(port, [hook.secret]);
    try {
      const arrivedIds = () => new Set(receiver.received.filter((r) => r.status === 204).map((r) => JSON.parse(r.body).data.resource));
      await receiver.waitFor(() => arrivedIds().size >= 50, 60_000);
      expect(arrivedIds()).toEqual(bookings);
      // Stable ids: every attempt of one event carried one webhook-id, and each event one id.
      const idOf = new Map<string, string>();
      for (const r of receiver.received) {
        expect(r.verified).toEqual([0]);
        const eventId = JSON.parse(r.body).data.event_id as string;
        expect(idOf.get(eventId) ?? r.headers["webhook-id"]).toBe(r.headers["webhook-id"]);
        idOf.set(eventId, r.headers["webhook-id"]!);
      }
      expect(new Set(idOf.values()).size).toBe(50);
      const rows = await (async () => {
        for (let i = 0; i < 200; i++) {
          const all = await deliveries(owner.at(again.url), hook.webhook_id);
          if (all.length === 50 && all.every((d) => d.status === "delivered")) return all;
          await new Promise((r) => setTimeout(r, 25));
        }
        throw new Error("not every delivery was recorded as delivered");
      })();
      // The attempts against the closed port count.
      expect(rows.some((d) => d.attempts >= 2)).toBe(true);
      expect(new Set(rows.map((d) => d.delivery_id))).toEqual(new Set(idOf.values()));
    } finally {
      await Promise.all([receiver.stop(), again.stop()]);
    }
  });

  it("sends a test event, updates, pauses, redelivers and rotates the secret with an overlap", async () => {
    const owner = await Owner.signIn(server.url);
    const agent = await owner.createAgent("rotated", 1);
    const hook = await subscribe(owner, `${py.url}/life`, ["booking.committed"]);
    await py.setSecrets([hook.secret]);

    // The catalog names every type, with the schema of `data`.
    const catalog = (await owner.call("GET", "/v1/dashboard/webhooks/events")).body.data as { type: string; schema: string }[];
    expect(catalog.map((t) => t.type)).toEqual(
      expect.arrayContaining(["booking.committed", "hold.expired", "webhook.test", "mailbox.sent"]),
    );
    expect(new Set(catalog.map((t) => t.schema))).toEqual(new Set(["#/components/schemas/AuditEvent"]));

    const test = await owner.call("POST", `/v1/dashboard/webhooks/${hook.webhook_id}/test`);
    expect(test.status).toBe(202);
    expect(test.body.delivery).toMatchObject({ event_type: "webhook.test", status: "pending", attempts: 0 });
    await py.waitFor(() => forPath("/life").length >= 1);
    expect(JSON.parse(forPath("/life")[0]!.body)).toMatchObject({
      type: "webhook.test",
      data: { action: "webhook.test", resource: hook.webhook_id },
    });
    expect(forPath("/life")[0]!.headers["webhook-id"]).toBe(test.body.delivery.delivery_id);

    // Paused: nothing is queued; resumed with other types.
    const paused = await owner.call("PATCH", `/v1/dashboard/webhooks/${hook.webhook_id}`, { body: { enabled: false } });
    expect(paused.body).toMatchObject({ enabled: false, events: ["booking.committed"] });
    await agent.call("POST", "/v1/bookings", { body: slot(230) });
    const resumed = await owner.call("PATCH", `/v1/dashboard/webhooks/${hook.webhook_id}`, {
      body: { enabled: true, events: ["booking.committed", "booking.cancelled"] },
    });
    expect(resumed.body).toMatchObject({ enabled: true, events: ["booking.committed", "booking.cancelled"] });
    const booked = await agent.call("POST", "/v1/bookings", { body: slot(231) });
    await agent.call("POST", `/v1/bookings/${booked.body.booking_id}/cancel`);
    await py.waitFor(() => forPath("/life").length >= 3);
    expect(forPath("/life").map((r) => JSON.parse(r.body).type)).toEqual(["webhook.test", "booking.committed", "booking.cancelled"]);

    // Redelivery: the same message again, same webhook-id.
    const redelivered = await owner.call(
      "POST",
      `/v1/dashboard/webhooks/${hook.webhook_id}/deliveries/${test.body.delivery.delivery_id}/redeliver`,
    );
    expect(redelivered.status).toBe(202);
    expect(redelivered.body).toMatchObject({ delivery_id: test.body.delivery.delivery_id, status: "pending" });
    await py.waitFor(() => forPath("/life").length >= 4);
    expect(forPath("/life")[3]!.headers["webhook-id"]).toBe(test.body.delivery.delivery_id);
    expect(forPath("/life")[3]!.body).toBe(forPath("/life")[0]!.body);
    const missing = await owner.call("POST", `/v1/dashboard/webhooks/${hook.webhook_id}/deliveries/whd_nope/redeliver`);
    expectProblem(missing, 404, "not_found");

    // Rotation: during the overlap both secrets sign (either verifies alone) …
    const rotated = await owner.call("POST", `/v1/dashboard/webhooks/${hook.webhook_id}/rotate-secret`, {
      body: { overlap_seconds: 3600 },
    });
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).not.toBe(hook.secret);
    await py.setSecrets([hook.secret, rotated.body.secret]);
    await owner.call("POST", `/v1/dashboard/webhooks/${hook.webhook_id}/test`);
    await py.waitFor(() => forPath("/life").length >= 5);
    expect(forPath("/life")[4]!.verified).toEqual([0, 1]);
    expect(forPath("/life")[4]!.headers["webhook-signature"]!.split(" ")).toHaveLength(2);
    // … and once it is over (a rotation without overlap), only the newest one.
    const again = await owner.call("POST", `/v1/dashboard/webhooks/${hook.webhook_id}/rotate-secret`, { body: { overlap_seconds: 0 } });
    await py.setSecrets([hook.secret, rotated.body.secret, again.body.secret]);
    await owner.call("POST", `/v1/dashboard/webhooks/${hook.webhook_id}/test`);
    await py.waitFor(() => forPath("/life").length >= 6);
    expect(forPath("/life")[5]!.verified).toEqual([2]);
    expect(forPath("/life")[5]!.headers["webhook-signature"]!.split(" ")).toHaveLength(1);
  });

  it("keeps the secrets sealed in the store", async () => {
    const owner = await Owner.signIn(server.url);
    const created = await subscribe(owner, "https://hooks.example.com/x", ["*"]);
    const rotated = await owner.call("POST", `/v1/dashboard/webhooks/${created.webhook_id}/rotate-secret`);
    const rows = await storeQuery<{ secret: string; previous_secret: string }>(
      server.dataDir,
      `SELECT secret, previous_secret FROM webhooks WHERE webhook_id = ?`,
      [created.webhook_id],
    );
    for (const sealed of [rows[0]!.secret, rows[0]!.previous_secret]) {
      expect(sealed).toMatch(/^v1\./);
      expect(sealed).not.toContain(created.secret.slice(6));
      expect(sealed).not.toContain(rotated.body.secret.slice(6));
    }
  });

  it("refuses internal targets without the opt-in (422, on creation and update), in every spelling, and never calls one", async () => {
    const owner = await Owner.signIn(strict.url);
    const agent = await owner.createAgent("ssrf", 1);
    const { port } = node.address() as AddressInfo;
    for (const url of [
      `http://127.0.0.1:${port}/a`,
      `https://127.1:${port}/a`,
      `https://2130706433:${port}/a`,
      `https://0x7f000001:${port}/a`,
      `https://[::ffff:127.0.0.1]:${port}/a`,
      "https://169.254.169.254/latest/meta-data/",
      "https://10.0.0.1/",
    ]) {
      const reply = await owner.call("POST", "/v1/dashboard/webhooks", { body: { url, events: ["*"] } });
      expectProblem(reply, 422, "target_refused", {
        errors: [{ field: "/url", message: expect.stringMatching(/is a (loopback|linkLocal|private) address, not a public one/) }],
      });
    }
    expectProblem(
      await owner.call("POST", "/v1/dashboard/webhooks", { body: { url: "http://hooks.example.com/", events: ["*"] } }),
      422,
      "target_refused",
      {
        errors: [{ field: "/url", message: "must use https" }],
      },
    );
    const fine = await subscribe(owner, "https://hooks.example.com/fine", ["*"]);
    expectProblem(
      await owner.call("PATCH", `/v1/dashboard/webhooks/${fine.webhook_id}`, { body: { url: "https://169.254.169.254/" } }),
      422,
      "target_refused",
      { errors: [{ field: "/url", message: expect.stringMatching(/linkLocal/) }] },
    );
    // A name is checked on what it resolves to, at delivery: nothing reaches the receiver, the delivery says why.
    const before = received.length;
    const named = await subscribe(owner, `https://localhost:${port}/named`, ["booking.committed"]);
    expect((await agent.call("POST", "/v1/bookings", { body: slot(210) })).status).toBe(201);
    let row: DeliveryRow | undefined;
    for (let i = 0; i < 200 && !((row?.attempts ?? 0) > 0); i++) {
      [row] = await deliveries(owner, named.webhook_id);
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(row).toMatchObject({
      status: "pending",
      attempts: 1,
      last_error: expect.stringMatching(/^refused: localhost resolves to .*loopback/),
    });
    expect(row).not.toHaveProperty("last_status_code");
    expect(received.length).toBe(before);
  });

  it("does not follow a redirect, and caps subscriptions per workspace", async () => {
    const owner = await Owner.signIn(server.url);
    const agent = await owner.createAgent("redirected", 1);
    const { port } = node.address() as AddressInfo;
    const hook = await subscribe(owner, `http://127.0.0.1:${port}/redirect`, ["booking.committed"]);
    expect((await agent.call("POST", "/v1/bookings", { body: slot(220) })).status).toBe(201);
    for (let i = 0; i < 200 && !received.some((r) => r.url === "/redirect"); i++) await new Promise((r) => setTimeout(r, 20));
    let row: DeliveryRow | undefined;
    for (let i = 0; i < 200 && !((row?.attempts ?? 0) > 0); i++) {
      [row] = await deliveries(owner, hook.webhook_id);
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(row).toMatchObject({ status: "pending", last_status_code: 302, last_error: "HTTP 302 (redirects are not followed)" });
    expect(received.filter((r) => r.url === "/landed")).toEqual([]); // the redirect was not followed
    await owner.call("PATCH", `/v1/dashboard/webhooks/${hook.webhook_id}`, { body: { enabled: false } }); // stop retrying
    for (let i = 1; i < MAX_WEBHOOKS_PER_WORKSPACE; i++) await subscribe(owner, `https://hooks.example.com/${i}`, ["*"]);
    expectInvalid(
      await owner.call("POST", "/v1/dashboard/webhooks", { body: { url: "https://hooks.example.com/one-more", events: ["*"] } }),
      [{ field: "/", message: "the workspace's webhooks quota is reached" }],
    );
  });
});

describe("webhook retries", () => {
  it("back off from the base to 7200× it over 8 attempts, with ±20 % jitter", () => {
    const at = (failures: number, r: number) => retryDelayMs(5_000, failures, () => r);
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => at(n, 0.5))).toEqual([5_000, 21_971, 96_549, 424_264, 1_864_340, 8_192_449, 36_000_000]);
    expect(at(1, 0)).toBe(4_000);
    expect(at(1, 0.999999)).toBe(6_000);
    expect(MAX_ATTEMPTS).toBe(8);
  });

  it("mark a delivery dead after its last attempt; redelivery gives it a fresh set", { timeout: 120_000 }, async () => {
    const quick = await startServer({ args: ["--allow-private-targets", "--webhook-retry-base-ms", "1"] });
    const failing = createServer((_req, res) => res.writeHead(500).end("no"));
    await new Promise<void>((r) => failing.listen(0, "127.0.0.1", r));
    try {
      const owner = await Owner.signIn(quick.url);
      const agent = await owner.createAgent("dead", 1);
      const hook = await subscribe(owner, `http://127.0.0.1:${(failing.address() as AddressInfo).port}/`, ["booking.committed"]);
      expect((await agent.call("POST", "/v1/bookings", { body: slot(240) })).status).toBe(201);
      let row: DeliveryRow | undefined;
      for (let i = 0; i < 1_000 && row?.status !== "dead"; i++) {
        [row] = await deliveries(owner, hook.webhook_id);
        await new Promise((r) => setTimeout(r, 25));
      }
      expect(row).toMatchObject({ status: "dead", attempts: MAX_ATTEMPTS, last_status_code: 500, last_error: "HTTP 500" });
      expect(row).not.toHaveProperty("next_attempt_at");
      const dead = await owner.call("GET", `/v1/dashboard/webhooks/${hook.webhook_id}/deliveries?status=dead`);
      expect(dead.body.data.map((d: { delivery_id: string }) => d.delivery_id)).toEqual([row!.delivery_id]);
      const again = await owner.call("POST", `/v1/dashboard/webhooks/${hook.webhook_id}/deliveries/${row!.delivery_id}/redeliver`);
      expect(again.body).toMatchObject({ status: "pending", attempts: MAX_ATTEMPTS });
      for (let i = 0; i < 400 && !(row!.attempts > MAX_ATTEMPTS); i++) {
        [row] = await deliveries(owner, hook.webhook_id);
        await new Promise((r) => setTimeout(r, 25));
      }
      expect(row!.attempts).toBeGreaterThan(MAX_ATTEMPTS);
    } finally {
      failing.close();
      await quick.stop();
    }
  });
});
