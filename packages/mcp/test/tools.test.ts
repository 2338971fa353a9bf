// The official MCP client against both transports: the real `agentdraft-mcp` bin over stdio, and
// the reference server's /mcp over Streamable HTTP. Same tools, same typed outcomes.
import type { Client } from "@modelcontextprotocol/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectMcp, futureSlot, Owner, startServer, type Agent, type RunningServer, type Transport } from "./helpers.ts";

type Result = { isError?: boolean; structuredContent?: Record<string, unknown>; content: { type: string; text?: string }[] };
const call = async (c: Client, name: string, args: Record<string, unknown> = {}) => (await c.callTool({ name, arguments: args })) as Result;
const text = (r: Result) => r.content.map((p) => p.text ?? "").join("\n");

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

describe.each<Transport>(["stdio", "http"])("MCP over %s", (kind) => {
  let high: Agent;
  let low: Agent;
  let reader: Agent;
  let hi: Client;
  let lo: Client;
  let ro: Client;
  const day = kind === "stdio" ? 3 : 4;

  beforeAll(async () => {
    const owner = await Owner.signIn(server.baseUrl);
    await owner.widenArbitrationWindow();
    high = await owner.createAgent("high", 1);
    low = await owner.createAgent("low", 5);
    reader = await owner.createAgent("reader", 3, ["availability:read", "bookings:read"]);
    [hi, lo, ro] = (await Promise.all([high, low, reader].map((a) => connectMcp(kind, server.baseUrl, a.apiKey)))) as [
      Client,
      Client,
      Client,
    ];
  });
  afterAll(async () => {
    await Promise.all([hi, lo, ro].map((c) => c?.close()));
  });

  it("lists every tool with an inputSchema, an outputSchema and annotations", async () => {
    const { tools } = await hi.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(
      [
        "cancel_booking",
        "commit_booking",
        "create_hold",
        "get_availability",
        "get_booking",
        "list_bookings",
        "move_booking",
        "release_hold",
        "verify_booking_audit",
        "whoami",
      ].sort(),
    );
    for (const t of tools) {
      expect(t.inputSchema.type).toBe("object");
      expect(t.outputSchema?.type).toBe("object");
      expect(t.annotations).toBeDefined();
    }
    const byName = Object.fromEntries(tools.map((t) => [t.name, t]));
    expect(byName.get_availability!.annotations?.readOnlyHint).toBe(true);
    expect(byName.commit_booking!.annotations?.idempotentHint).toBe(true);
    expect(byName.cancel_booking!.annotations?.destructiveHint).toBe(true);
    expect(Object.keys(byName.commit_booking!.inputSchema.properties ?? {})).toEqual(
      expect.arrayContaining(["start", "end", "booking_id", "idempotency_key"]),
    );
    expect(Object.keys(byName.get_booking!.outputSchema?.properties ?? {})).toEqual(
      expect.arrayContaining(["start_local", "time_zone", "status"]),
    );
  });

  it("whoami and get_availability answer the spec's models, instants also local", async () => {
    const me = await call(hi, "whoami");
    expect(me.isError).toBeFalsy();
    expect(me.structuredContent).toMatchObject({ agent_id: high.agentId, priority: 1 });
    const slot = futureSlot(day, 8, 60);
    const av = await call(hi, "get_availability", { ...slot, time_zone: "Europe/Berlin" });
    expect(av.isError).toBeFalsy();
    expect(av.structuredContent).toMatchObject({ time_zone: "Europe/Berlin" });
    expect(String(av.structuredContent!.range_start_local)).toMatch(/\+0[12]:00$/);
  });

  it("two agents commit one slot at once: exactly one success, the other names the winner", async () => {
    const slot = futureSlot(day, 10);
    const [a, b] = await Promise.all([call(hi, "commit_booking", slot), call(lo, "commit_booking", slot)]);
    const results = [a, b];
    expect(results.filter((r) => !r.isError)).toHaveLength(1);
    const winner = results.find((r) => !r.isError)!;
    const loser = results.find((r) => r.isError)!;
    expect(loser.structuredContent).toMatchObject({
      code: expect.stringMatching(/^(outranked|slot_taken|booking_frozen)$/),
      winning_agent_id: winner.structuredContent!.agent_id,
      winning_agent_priority: winner.structuredContent!.agent_priority,
      winning_booking_id: winner.structuredContent!.booking_id,
      audit_event_id: expect.stringMatching(/^evt_/),
    });
    expect(text(loser)).toContain(String(winner.structuredContent!.agent_id));
    // The priority-1 agent wins a simultaneous race.
    expect(winner.structuredContent!.agent_id).toBe(high.agentId);
  });

  it("replaying a write with the same idempotency_key returns the same booking; an absent key is generated and returned", async () => {
    const key = `ik-${kind}-${Date.now()}`;
    const slot = futureSlot(day, 12);
    const first = await call(hi, "create_hold", { ...slot, idempotency_key: key });
    const again = await call(hi, "create_hold", { ...slot, idempotency_key: key });
    expect(first.isError).toBeFalsy();
    expect(again.structuredContent!.booking_id).toBe(first.structuredContent!.booking_id);
    expect(again.structuredContent!.idempotency_key).toBe(key);
    const committed = await call(hi, "commit_booking", { booking_id: first.structuredContent!.booking_id });
    expect(committed.structuredContent).toMatchObject({ status: "COMMITTED", idempotency_key: expect.stringMatching(/^mcp_/) });
    const got = await call(hi, "get_booking", { booking_id: first.structuredContent!.booking_id });
    expect(got.structuredContent!.status).toBe("COMMITTED");
    const listed = await call(hi, "list_bookings", { status: "COMMITTED" });
    expect((listed.structuredContent!.data as unknown[]).length).toBeGreaterThan(0);
    const verified = await call(hi, "verify_booking_audit", { booking_id: first.structuredContent!.booking_id });
    expect(verified.isError, text(verified)).toBeFalsy();
    expect(verified.structuredContent).toMatchObject({ verified: true, audit_event_id: got.structuredContent!.audit_event_id });
    const forged = await call(hi, "verify_booking_audit", {
      booking_id: first.structuredContent!.booking_id,
      verifier_key: "agentdraft.local+00000000+AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    });
    expect(forged.isError).toBe(true);
    expect(forged.structuredContent).toMatchObject({ code: "audit_verification_failed", verified: false });
    const to = futureSlot(day, 16);
    const moved = await call(hi, "move_booking", { booking_id: first.structuredContent!.booking_id, ...to });
    expect(moved.isError, text(moved)).toBeFalsy();
    expect(moved.structuredContent).toMatchObject({ booking_id: first.structuredContent!.booking_id, status: "COMMITTED" });
    expect(Date.parse(moved.structuredContent!.start as string)).toBe(Date.parse(to.start));
    const cancelled = await call(hi, "cancel_booking", { booking_id: first.structuredContent!.booking_id, reason: "test" });
    expect(cancelled.structuredContent!.status).toBe("CANCELLED");
  });

  it("a key without bookings:write gets a typed forbidden result", async () => {
    const r = await call(ro, "commit_booking", futureSlot(day, 14));
    expect(r.isError).toBe(true);
    expect(r.structuredContent).toMatchObject({ code: "forbidden", status: 403 });
    expect(text(r)).toMatch(/bookings:write/);
  });

  it("bad arguments give a clear error and never crash the server", async () => {
    const slot = futureSlot(day, 15);
    const naive = await call(hi, "commit_booking", { start: slot.start.replace(/\.\d+Z$/, ""), end: slot.end });
    expect(naive.isError).toBe(true);
    expect(text(naive)).toMatch(/no time-zone offset/);
    const backwards = await call(hi, "commit_booking", { start: slot.end, end: slot.start });
    expect(backwards.isError).toBe(true);
    expect(text(backwards)).toMatch(/must be after start/);
    const unknown = await call(hi, "create_hold", { ...slot, colour: "blue" });
    expect(unknown.isError).toBe(true);
    expect(text(unknown)).toMatch(/unknown field "colour"/);
    const both = await call(hi, "commit_booking", { ...slot, booking_id: "bkg_x" });
    expect(both.isError).toBe(true);
    const missing = await call(hi, "get_booking", { booking_id: "bkg_doesnotexist" });
    expect(missing.structuredContent).toMatchObject({ code: "not_found" });
    expect((await call(hi, "whoami")).isError).toBeFalsy();
  });
});
