// Two replicas on one PostgreSQL deliver one webhook outbox (docs/protocol.md §10.2): claims take
// rows `FOR UPDATE SKIP LOCKED`, so without a crash every event arrives exactly once, whichever
// replica committed it; a replica kill -9'd mid-delivery loses nothing (its leased rows go to the
// other when the lease runs out), at the price of at most a few duplicates.
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agentFor, Owner, slot, startServer, type ServerProcess } from "../support/server-process.ts";

const ARGS = ["--allow-private-targets", "--webhook-retry-base-ms", "50"];
const received: { path: string; headers: IncomingHttpHeaders; body: string }[] = [];
let delayMs = 0;
const receiver = createServer((req, res) => {
  let body = "";
  req.on("data", (c: Buffer) => (body += c.toString()));
  req.on("end", () => {
    received.push({ path: req.url ?? "", headers: req.headers, body });
    setTimeout(() => res.writeHead(204).end(), delayMs);
  });
});

beforeAll(async () => {
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
});
afterAll(() => {
  receiver.close();
});

async function waitFor(predicate: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Event ids that arrived at `path`, each with the webhook-ids it came with; checks every signature. */
function arrivals(path: string, secret: string): Map<string, Set<string>> {
  const byEvent = new Map<string, Set<string>>();
  for (const r of received.filter((x) => x.path === path)) {
    const envelope = new Webhook(secret).verify(r.body, r.headers as Record<string, string>) as { data: { event_id: string } };
    const ids = byEvent.get(envelope.data.event_id) ?? new Set<string>();
    ids.add(r.headers["webhook-id"] as string);
    byEvent.set(envelope.data.event_id, ids);
  }
  return byEvent;
}

describe("webhooks on two PostgreSQL replicas", () => {
  let a: ServerProcess;
  let b: ServerProcess;

  beforeAll(async () => {
    a = await startServer({ args: ARGS });
    b = await startServer({ dataDir: a.dataDir, args: ARGS });
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
  });

  it("delivers each event once, whichever replica committed it", async () => {
    const owner = await Owner.signIn(a.url);
    const agent = await owner.createAgent("replicated", 1);
    const { port } = receiver.address() as AddressInfo;
    const hook = (
      await owner.call("POST", "/v1/dashboard/webhooks", { body: { url: `http://127.0.0.1:${port}/once`, events: ["booking.committed"] } })
    ).body;
    const events = new Set<string>();
    for (let i = 0; i < 40; i++) {
      const via = agentFor(i % 2 ? b.url : a.url, agent.agent_id, agent.key, 1, agent.name);
      const r = await via.call("POST", "/v1/bookings", { body: slot(300 + i) });
      expect(r.status).toBe(201);
      events.add(r.body.audit_event_id);
    }
    await waitFor(() => arrivals("/once", hook.secret).size >= 40, 60_000, "all 40 events");
    await new Promise((r) => setTimeout(r, 500)); // time for a duplicate to show up, if there were one
    const got = arrivals("/once", hook.secret);
    expect(new Set(got.keys())).toEqual(events);
    expect(received.filter((r) => r.path === "/once")).toHaveLength(40);
  });

  it("loses nothing when a replica is kill -9'd mid-delivery", { timeout: 120_000 }, async () => {
    const owner = await Owner.signIn(b.url);
    const agent = await owner.createAgent("crashed", 1);
    const { port } = receiver.address() as AddressInfo;
    const hook = (
      await owner.call("POST", "/v1/dashboard/webhooks", { body: { url: `http://127.0.0.1:${port}/crash`, events: ["booking.committed"] } })
    ).body;
    delayMs = 100; // deliveries in flight when the kill comes
    const events = new Set<string>();
    for (let i = 0; i < 30; i++) {
      const via = agentFor(i % 2 ? b.url : a.url, agent.agent_id, agent.key, 1, agent.name);
      const r = await via.call("POST", "/v1/bookings", { body: slot(400 + i) });
      expect(r.status).toBe(201);
      events.add(r.body.audit_event_id);
    }
    await waitFor(() => received.filter((r) => r.path === "/crash").length >= 3, 30_000, "first deliveries");
    expect(await a.stop("SIGKILL")).toBe("SIGKILL");
    await waitFor(() => arrivals("/crash", hook.secret).size >= 30, 90_000, "all 30 events after the crash");
    const got = arrivals("/crash", hook.secret);
    expect(new Set(got.keys())).toEqual(events);
    // One webhook-id per event, however often it came; duplicates are the crashed replica's in-flight ones.
    for (const ids of got.values()) expect(ids.size).toBe(1);
    expect(received.filter((r) => r.path === "/crash").length - 30).toBeLessThanOrEqual(3);
    delayMs = 0;
  });
});
