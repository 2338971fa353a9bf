// A2A 1.0 against the real reference server, driven by @a2a-js/sdk's client: the card, SendMessage
// for each skill, GetTask, the race (same outcome as REST: a completed task whose data is the
// Conflict problem), the pre-1.0 `tasks/send` alias, and UnsupportedOperationError.
import { SendMessageRequest, TaskState, type Task } from "@a2a-js/sdk";
import { ClientFactory, JsonRpcTransportFactory, type Client } from "@a2a-js/sdk/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { futureSlot, Owner, startServer, type Agent, type RunningServer } from "./helpers.ts";

let server: RunningServer;
let high: Agent;
let low: Agent;
let hi: Client;
let lo: Client;

async function a2aClient(apiKey: string): Promise<Client> {
  const fetchImpl: typeof fetch = (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set("Authorization", `Bearer ${apiKey}`);
    return fetch(input, { ...init, headers });
  };
  return new ClientFactory({ transports: [new JsonRpcTransportFactory({ fetchImpl })] }).createFromUrl(server.baseUrl);
}

const send = (client: Client, data: Record<string, unknown>) =>
  client.sendMessage(
    SendMessageRequest.fromJSON({
      message: { messageId: crypto.randomUUID(), role: "ROLE_USER", parts: [{ data, mediaType: "application/json" }] },
    }),
  ) as Promise<Task>;

function dataOf(task: Task): Record<string, unknown> {
  const part = task.artifacts[0]!.parts[0]!;
  if (part.content?.$case !== "data") throw new Error("expected a data part");
  return part.content.value as Record<string, unknown>;
}

beforeAll(async () => {
  server = await startServer();
  const owner = await Owner.signIn(server.baseUrl);
  await owner.widenArbitrationWindow();
  high = await owner.createAgent("high", 1);
  low = await owner.createAgent("low", 5);
  [hi, lo] = await Promise.all([a2aClient(high.apiKey), a2aClient(low.apiKey)]);
});
afterAll(async () => {
  await server?.stop();
});

describe("A2A 1.0", () => {
  it("serves the agent card (supportedInterfaces, Bearer scheme, Cache-Control, ETag) at both well-known paths", async () => {
    const card = await fetch(`${server.baseUrl}/.well-known/agent-card.json`);
    expect(card.status).toBe(200);
    expect(card.headers.get("cache-control")).toMatch(/max-age/);
    const etag = card.headers.get("etag")!;
    const body = (await card.json()) as Record<string, unknown>;
    expect(body.supportedInterfaces).toEqual([{ url: `${server.baseUrl}/v1/a2a/rpc`, protocolBinding: "JSONRPC", protocolVersion: "1.0" }]);
    expect((body.skills as { id: string }[]).map((s) => s.id)).toEqual(["check_availability", "propose", "commit"]);
    expect(JSON.stringify(body.securitySchemes)).toContain("Bearer");
    expect((await fetch(`${server.baseUrl}/.well-known/agent-card.json`, { headers: { "if-none-match": etag } })).status).toBe(304);
    expect(await (await fetch(`${server.baseUrl}/.well-known/agent.json`)).json()).toEqual(body);
    const card2 = await hi.getAgentCard();
    expect(card2.name).toBe("AgentDraft");
  });

  it("SendMessage for each skill answers a completed task with the spec's model; GetTask reads it back", async () => {
    const slot = futureSlot(5, 9);
    const availability = await send(hi, { operation: "check_availability", ...slot, time_zone: "Europe/Berlin" });
    expect(availability.status!.state).toBe(TaskState.TASK_STATE_COMPLETED);
    expect(dataOf(availability)).toMatchObject({ slots: expect.any(Array), busy: expect.any(Array), time_zone: "Europe/Berlin" });

    const proposal = await send(hi, { operation: "propose", ...slot, idempotency_key: "a2a-propose-1" });
    expect(dataOf(proposal)).toMatchObject({ status: "HELD", idempotency_key: "a2a-propose-1" });
    const bookingId = dataOf(proposal).booking_id as string;
    const committed = await send(hi, { operation: "commit", booking_id: bookingId });
    expect(dataOf(committed)).toMatchObject({ booking_id: bookingId, status: "COMMITTED" });

    const fetched = await hi.getTask({ tenant: "", id: committed.id, historyLength: undefined } as never);
    expect(fetched.id).toBe(committed.id);
    expect(dataOf(fetched)).toMatchObject({ booking_id: bookingId });
  });

  it("a race: the same outcome as REST — one Booking, one completed task whose data is the Conflict naming the winner", async () => {
    const slot = futureSlot(5, 11);
    const [a, b] = await Promise.all([send(hi, { operation: "commit", ...slot }), send(lo, { operation: "commit", ...slot })]);
    for (const t of [a, b]) expect(t.status!.state).toBe(TaskState.TASK_STATE_COMPLETED);
    const [win, lose] = dataOf(a).booking_id && dataOf(a).status ? [dataOf(a), dataOf(b)] : [dataOf(b), dataOf(a)];
    expect(win).toMatchObject({ status: "COMMITTED", agent_id: high.agentId });
    expect(lose).toMatchObject({
      status: 409,
      code: expect.stringMatching(/^(outranked|slot_taken|booking_frozen)$/),
      winning_agent_id: high.agentId,
      winning_agent_priority: 1,
      winning_booking_id: win.booking_id,
    });
    // REST answers the loser the same way.
    const rest = await fetch(`${server.baseUrl}/v1/bookings`, {
      method: "POST",
      headers: { Authorization: `Bearer ${low.apiKey}`, "content-type": "application/json" },
      body: JSON.stringify(slot),
    });
    expect(rest.status).toBe(409);
    expect(await rest.json()).toMatchObject({ winning_agent_id: high.agentId, winning_booking_id: win.booking_id });
  });

  it("naive times are refused with a clear JSON-RPC error", async () => {
    const slot = futureSlot(5, 13);
    await expect(send(hi, { operation: "commit", start: slot.start.replace(/\.\d+Z$/, ""), end: slot.end })).rejects.toThrow(
      /no time-zone offset/,
    );
  });

  it("accepts the pre-1.0 tasks/send and message/send with {type|kind: data} parts; other methods → UnsupportedOperationError", async () => {
    const rpc = (method: string, params: unknown, key = high.apiKey) =>
      fetch(`${server.baseUrl}/v1/a2a/rpc`, {
        method: "POST",
        headers: { Authorization: `Bearer ${key}`, "content-type": "application/json" },
        body: JSON.stringify({ jsonrpc: "2.0", id: 7, method, params }),
      }).then(async (r) => ({
        status: r.status,
        body: (await r.json()) as { result?: Record<string, unknown>; error?: { code: number; message: string } },
      }));
    const slot = futureSlot(5, 15);
    const legacy = await rpc("tasks/send", {
      id: "t1",
      message: { role: "user", parts: [{ type: "data", data: { operation: "propose", ...slot } }] },
    });
    expect(legacy.body.result).toMatchObject({ kind: "task", status: { state: "completed" } });
    expect(JSON.stringify(legacy.body.result)).toContain('"status":"HELD"');
    const legacy2 = await rpc("message/send", {
      message: {
        kind: "message",
        messageId: "m1",
        role: "user",
        parts: [{ kind: "data", data: { operation: "check_availability", ...slot } }],
      },
    });
    expect(legacy2.body.result).toMatchObject({ kind: "task", status: { state: "completed" } });
    const unsupported = await rpc("CancelTask", { id: "x" });
    expect(unsupported.body.error).toMatchObject({ code: -32004 });
    expect((await rpc("SendMessage", {}, "avs_live_wrong")).status).toBe(401);
  });
});
