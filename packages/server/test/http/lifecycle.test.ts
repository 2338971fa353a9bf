// Holds (commit, release, expiry, displacement, double resolution) and the bump window.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Owner, slot, startServer, type ServerProcess, type TestAgent } from "../support/server-process.ts";

let server: ServerProcess;
let owner: Owner;
let high: TestAgent;
let low: TestAgent;
let hour = 48;
const nextSlot = () => slot(hour++);

beforeAll(async () => {
  server = await startServer();
  owner = await Owner.signIn(server.url);
  high = await owner.createAgent("high", 1);
  low = await owner.createAgent("low", 2);
});

afterAll(async () => {
  await server.stop();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("holds", () => {
  it("hold → commit", async () => {
    const held = await low.call("POST", "/v1/bookings", { body: { ...nextSlot(), mode: "hold", hold_ttl_seconds: 60 } });
    expect(held.status).toBe(201);
    expect(held.body).toMatchObject({ status: "HELD" });
    expect(Date.parse(held.body.hold_expires_at) - Date.parse(held.body.created_at)).toBe(60_000);
    const committed = await low.call("POST", `/v1/bookings/${held.body.booking_id}/commit`);
    expect(committed.status).toBe(200);
    expect(committed.body).toMatchObject({ booking_id: held.body.booking_id, status: "COMMITTED" });
    expect(committed.body.committed_at).toBeTruthy();
  });

  it("hold → release frees the slot; a second resolution is invalid_transition", async () => {
    const s = nextSlot();
    const held = await low.call("POST", "/v1/bookings", { body: { ...s, mode: "hold" } });
    const released = await low.call("POST", `/v1/bookings/${held.body.booking_id}/release`);
    expect(released.status).toBe(200);
    expect(released.body.status).toBe("RELEASED");
    for (const action of ["commit", "release"]) {
      const again = await low.call("POST", `/v1/bookings/${held.body.booking_id}/${action}`);
      expect(again.status).toBe(409);
      expect(again.body.code).toBe("invalid_transition");
      expect(again.body.audit_event_id).toMatch(/^evt_/);
    }
    expect((await low.call("POST", "/v1/bookings", { body: s })).status).toBe(201);
  });

  it("hold → expiry: it stops blocking at hold_expires_at and cannot be committed", async () => {
    await owner.configure({ hold_ttl_min_seconds: 1 });
    const s = nextSlot();
    const held = await low.call("POST", "/v1/bookings", { body: { ...s, mode: "hold", hold_ttl_seconds: 1 } });
    expect(held.status).toBe(201);
    await sleep(1_600);
    const read = await low.call("GET", `/v1/bookings/${held.body.booking_id}`);
    expect(read.body.status).toBe("EXPIRED");
    const commit = await low.call("POST", `/v1/bookings/${held.body.booking_id}/commit`);
    expect(commit.status).toBe(409);
    expect(commit.body.code).toBe("hold_expired");
    expect((await high.call("POST", "/v1/bookings", { body: s })).status).toBe(201);
  });

  it("a same-or-higher priority commit displaces a hold (INVALIDATED); a lower one is outranked", async () => {
    const s = nextSlot();
    const held = await low.call("POST", "/v1/bookings", { body: { ...s, mode: "hold" } });
    const commit = await high.call("POST", "/v1/bookings", { body: s });
    expect(commit.status).toBe(201);
    const displaced = await low.call("GET", `/v1/bookings/${held.body.booking_id}`);
    expect(displaced.body).toMatchObject({ status: "INVALIDATED", displaced_by_booking_id: commit.body.booking_id });

    const s2 = nextSlot();
    const highHold = await high.call("POST", "/v1/bookings", { body: { ...s2, mode: "hold" } });
    const lost = await low.call("POST", "/v1/bookings", { body: s2 });
    expect(lost.status).toBe(409);
    expect(lost.body).toMatchObject({
      code: "outranked",
      winning_agent_id: high.agent_id,
      winning_agent_priority: 1,
      winning_booking_id: highHold.body.booking_id,
    });
  });
});

describe("bump window", () => {
  it("a higher-priority commit evicts a young lower-priority commit, visible as EVICTED", async () => {
    const s = nextSlot();
    const first = await low.call("POST", "/v1/bookings", { body: s });
    const bump = await high.call("POST", "/v1/bookings", { body: s });
    expect(bump.status).toBe(201);
    const evicted = await low.call("GET", `/v1/bookings/${first.body.booking_id}`);
    expect(evicted.body).toMatchObject({ status: "EVICTED", displaced_by_booking_id: bump.body.booking_id });
    const audit = await low.call("GET", `/v1/audit?resource=${first.body.booking_id}`);
    const actions = audit.body.data.map((e: { action: string }) => e.action);
    expect(actions).toEqual(["booking.committed", "booking.evicted"]);
    expect(audit.body.data[1]).toMatchObject({
      actor: { type: "agent", agent_id: high.agent_id },
      outcome: { by_booking_id: bump.body.booking_id },
    });
  });

  it("after the window a commit is frozen: booking_frozen for a higher priority, slot_taken for an equal one", async () => {
    await owner.configure({ bump_window_seconds: 1 });
    const s = nextSlot();
    const first = await low.call("POST", "/v1/bookings", { body: s });
    await sleep(1_200);
    const late = await high.call("POST", "/v1/bookings", { body: s });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({
      code: "booking_frozen",
      winning_agent_id: low.agent_id,
      winning_agent_priority: 2,
      winning_booking_id: first.body.booking_id,
    });
    const equal = await owner.createAgent("low-twin", 2);
    const tie = await equal.call("POST", "/v1/bookings", { body: s });
    expect(tie.body.code).toBe("slot_taken");
    expect((await low.call("GET", `/v1/bookings/${first.body.booking_id}`)).body.status).toBe("COMMITTED");
  });
});
