import { describe, expect, it } from "vitest";
import { Harness, MIN, expectKind, rejection, span } from "./harness.ts";

function setup(): Harness {
  return new Harness().calendar().agent("a1", 1).agent("a2", 2).agent("a3", 2);
}

describe("holds", () => {
  it("hold → commit", () => {
    const h = setup();
    const held = h.book({ agent_id: "a2", ...span(60, 90), mode: "hold", hold_ttl_seconds: 60 });
    expect(held.status).toBe("HELD");
    expect(held.hold_expires_at).toBe(h.at + 60_000);
    expect(held.committed_at).toBeNull();

    h.advance(10_000);
    const d = h.commitHold(held.booking_id, "a2");
    const reply = expectKind(d, "booking");
    expect(reply.booking).toMatchObject({ status: "COMMITTED", committed_at: h.at, agent_priority: 2 });
    expect(d.events.map((e) => e.type)).toEqual(["hold.committed"]);
    expect(d.events[reply.event_index]).toMatchObject({ booking_id: held.booking_id, calendar_id: "cal", agent_id: "a2" });
  });

  it("hold → release frees the slot", () => {
    const h = setup();
    const held = h.book({ agent_id: "a2", ...span(60, 90), mode: "hold" });
    const d = h.releaseHold(held.booking_id, "a2");
    expect(expectKind(d, "booking").booking.status).toBe("RELEASED");
    expect(d.events.map((e) => e.type)).toEqual(["hold.released"]);
    expect(h.book({ agent_id: "a3", ...span(60, 90), mode: "commit" }).status).toBe("COMMITTED");
  });

  it("uses the calendar's default TTL when none is given", () => {
    const h = new Harness().calendar("cal", { hold_ttl_default_seconds: 45 }).agent("a1", 1);
    expect(h.book({ agent_id: "a1", ...span(60, 90), mode: "hold" }).hold_expires_at).toBe(h.at + 45_000);
  });

  it("an expired hold stops blocking at hold_expires_at, expiring lazily", () => {
    const h = setup();
    const held = h.book({ agent_id: "a1", ...span(60, 90), mode: "hold", hold_ttl_seconds: 30 });

    h.advance(29_999);
    expect(h.refuse({ agent_id: "a2", ...span(60, 90), mode: "commit" }).code).toBe("outranked");

    h.advance(1); // exactly hold_expires_at
    const r = h.write({ agent_id: "a2", ...span(60, 90), mode: "commit" });
    expect(r.ok).toBe(true);
    expect(r.decision.events.map((e) => e.type)).toEqual(["hold.expired", "booking.committed"]);
    expect(r.decision.events[0]).toMatchObject({ booking_id: held.booking_id, hold_expires_at: held.hold_expires_at });
    expect(h.booking(held.booking_id).status).toBe("EXPIRED");
  });

  it("commit after hold_expires_at → hold_expired (lazy and after a sweep alike)", () => {
    const lazy = setup();
    const swept = setup();
    const [id] = [lazy, swept].map((h) => h.book({ agent_id: "a2", ...span(60, 90), mode: "hold", hold_ttl_seconds: 5 }).booking_id);
    if (id === undefined) throw new Error("unreachable");
    lazy.advance(5_000);
    swept.advance(5_000);

    const sweep = swept.run({ type: "holds.expire" });
    expect(expectKind(sweep, "holds_expired").booking_ids).toEqual([id]);
    expect(sweep.events.map((e) => e.type)).toEqual(["hold.expired", "holds.swept"]);

    const lazyCommit = lazy.commitHold(id, "a2");
    expect(rejection(lazyCommit).code).toBe("hold_expired");
    expect(lazyCommit.events.map((e) => e.type)).toEqual(["hold.expired", "booking.rejected"]);
    expect(rejection(swept.commitHold(id, "a2")).code).toBe("hold_expired");
    expect(rejection(swept.releaseHold(id, "a2")).code).toBe("hold_expired");
    // The state does not depend on whether the timer fired.
    expect(lazy.state).toEqual(swept.state);
  });

  it("holds.expire with nothing due still records one event", () => {
    const h = setup();
    h.book({ agent_id: "a2", ...span(60, 90), mode: "hold", hold_ttl_seconds: 60 });
    const d = h.run({ type: "holds.expire", calendar_id: "cal" });
    expect(d.events).toEqual([{ type: "holds.swept", seq: expect.any(Number), at: h.at, calendar_id: "cal", expired: [] }]);
    expect(rejection(h.run({ type: "holds.expire", calendar_id: "nope" })).code).toBe("not_found");
  });

  it("a hold is displaced by a same-priority commit (INVALIDATED)", () => {
    const h = setup();
    const held = h.book({ agent_id: "a2", ...span(60, 90), mode: "hold" });
    const r = h.write({ agent_id: "a3", ...span(75, 120), mode: "commit" });
    expect(r.ok).toBe(true);
    expect(r.decision.events.map((e) => e.type)).toEqual(["hold.invalidated", "booking.committed"]);
    expect(r.decision.events[0]).toMatchObject({
      booking_id: held.booking_id,
      agent_id: "a2",
      by_booking_id: r.booking_id,
      by_agent_id: "a3",
      by_agent_priority: 2,
    });
    expect(r.event_index).toBe(1);
    expect(h.booking(held.booking_id).status).toBe("INVALIDATED");
    expect(rejection(h.commitHold(held.booking_id, "a2")).code).toBe("invalid_transition");
  });

  it("a hold is displaced by a higher-priority commit", () => {
    const h = setup();
    const held = h.book({ agent_id: "a2", ...span(60, 90), mode: "hold" });
    expect(h.book({ agent_id: "a1", ...span(60, 90), mode: "commit" }).status).toBe("COMMITTED");
    expect(h.booking(held.booking_id).status).toBe("INVALIDATED");
  });

  it("a lower-priority write over a higher-priority hold → outranked naming the hold", () => {
    const h = setup();
    const held = h.book({ agent_id: "a1", ...span(60, 90), mode: "hold" });
    for (const mode of ["commit", "hold"] as const) {
      expect(h.refuse({ agent_id: "a2", ...span(80, 100), mode })).toEqual({
        code: "outranked",
        message: expect.any(String),
        winning_agent_id: "a1",
        winning_agent_priority: 1,
        winning_booking_id: held.booking_id,
      });
    }
    expect(h.booking(held.booking_id).status).toBe("HELD");
  });

  it("a hold over another hold → slot_taken, even with higher priority", () => {
    const h = setup();
    const held = h.book({ agent_id: "a2", ...span(60, 90), mode: "hold" });
    expect(h.refuse({ agent_id: "a3", ...span(60, 90), mode: "hold" })).toMatchObject({
      code: "slot_taken",
      winning_booking_id: held.booking_id,
    });
    expect(h.refuse({ agent_id: "a1", ...span(60, 90), mode: "hold" })).toMatchObject({ code: "slot_taken", winning_agent_id: "a2" });
  });

  it("half-open intervals: touching bookings do not conflict", () => {
    const h = setup();
    h.book({ agent_id: "a2", ...span(60, 90), mode: "commit" });
    h.book({ agent_id: "a3", ...span(90, 120), mode: "commit" });
    h.book({ agent_id: "a3", ...span(30, 60), mode: "hold" });
    expect(h.refuse({ agent_id: "a3", ...span(89, 91), mode: "commit" }).code).toBe("slot_taken");
  });

  it("a write is all-or-nothing: a rejected write displaces nothing", () => {
    const h = setup().agent("a4", 3);
    const hold = h.book({ agent_id: "a4", ...span(60, 90), mode: "hold" }); // priority 3, displaceable
    const top = h.book({ agent_id: "a1", ...span(100, 130), mode: "commit" }); // priority 1
    const r = h.refuse({ agent_id: "a2", ...span(60, 120), mode: "commit" });
    expect(r).toMatchObject({ code: "outranked", winning_booking_id: top.booking_id });
    expect(h.booking(hold.booking_id).status).toBe("HELD");
  });
});

describe("resolution", () => {
  it("a second resolution → invalid_transition", () => {
    const h = setup();
    const a = h.book({ agent_id: "a2", ...span(60, 90), mode: "hold" });
    expectKind(h.commitHold(a.booking_id, "a2"), "booking");
    expect(rejection(h.commitHold(a.booking_id, "a2")).code).toBe("invalid_transition");
    expect(rejection(h.releaseHold(a.booking_id, "a2")).code).toBe("invalid_transition");

    const b = h.book({ agent_id: "a2", ...span(120, 150), mode: "hold" });
    expectKind(h.releaseHold(b.booking_id, "a2"), "booking");
    expect(rejection(h.releaseHold(b.booking_id, "a2")).code).toBe("invalid_transition");
    expect(rejection(h.commitHold(b.booking_id, "a2")).code).toBe("invalid_transition");
  });

  it("cancel applies to commits only, once", () => {
    const h = setup();
    const c = h.book({ agent_id: "a2", ...span(60, 90), mode: "commit" });
    const d = h.cancel(c.booking_id, "a2", "plans changed");
    expect(expectKind(d, "booking").booking.status).toBe("CANCELLED");
    expect(d.events[0]).toMatchObject({ type: "booking.cancelled", reason: "plans changed" });
    expect(rejection(h.cancel(c.booking_id, "a2")).code).toBe("invalid_transition");
    const hold = h.book({ agent_id: "a2", ...span(60, 90), mode: "hold" });
    expect(rejection(h.cancel(hold.booking_id, "a2")).code).toBe("invalid_transition");
    expect(rejection(h.commitHold(c.booking_id, "a2")).code).toBe("invalid_transition");
  });

  it("another agent's release/commit/cancel → forbidden; unknown booking → not_found", () => {
    const h = setup();
    const hold = h.book({ agent_id: "a2", ...span(60, 90), mode: "hold" });
    const commit = h.book({ agent_id: "a2", ...span(120, 150), mode: "commit" });
    expect(rejection(h.releaseHold(hold.booking_id, "a1")).code).toBe("forbidden");
    expect(rejection(h.commitHold(hold.booking_id, "a3")).code).toBe("forbidden");
    const d = h.cancel(commit.booking_id, "a1");
    expect(rejection(d).code).toBe("forbidden");
    expect(d.events).toEqual([
      expect.objectContaining({ type: "booking.rejected", command: "bookings.cancel", booking_id: commit.booking_id, agent_id: "a1" }),
    ]);
    expect(rejection(h.cancel("bkg_nope", "a2")).code).toBe("not_found");
    expect(h.booking(hold.booking_id).status).toBe("HELD");
    expect(h.booking(commit.booking_id).status).toBe("COMMITTED");
  });

  it("a revoked agent can neither write nor resolve", () => {
    const h = setup();
    const hold = h.book({ agent_id: "a2", ...span(60, 90), mode: "hold" });
    h.run({ type: "agent.upsert", agent_id: "a2", workspace_id: "ws", revoked: true });
    expect(rejection(h.commitHold(hold.booking_id, "a2")).code).toBe("forbidden");
    expect(h.refuse({ agent_id: "a2", ...span(200, 230), mode: "commit" }).code).toBe("forbidden");
  });
});

describe("bump window", () => {
  it("a higher-priority commit evicts a commit younger than the window, naming the evictor", () => {
    const h = setup();
    const low = h.book({ agent_id: "a2", ...span(60, 90), mode: "commit" });
    h.advance(29_999);
    const r = h.write({ agent_id: "a1", ...span(60, 90), mode: "commit" });
    expect(r.ok).toBe(true);
    expect(r.decision.events[0]).toEqual({
      type: "booking.evicted",
      seq: expect.any(Number),
      at: h.at,
      calendar_id: "cal",
      booking_id: low.booking_id,
      agent_id: "a2",
      by_booking_id: r.booking_id,
      by_agent_id: "a1",
      by_agent_priority: 1,
    });
    expect(h.booking(low.booking_id).status).toBe("EVICTED");
    expect(rejection(h.cancel(low.booking_id, "a2")).code).toBe("invalid_transition");
  });

  it("after the window the commit is frozen → booking_frozen naming the holder", () => {
    const h = setup();
    const low = h.book({ agent_id: "a2", ...span(60, 90), mode: "commit" });
    h.advance(30_000);
    expect(h.refuse({ agent_id: "a1", ...span(60, 90), mode: "commit" })).toMatchObject({
      code: "booking_frozen",
      winning_agent_id: "a2",
      winning_agent_priority: 2,
      winning_booking_id: low.booking_id,
    });
    expect(h.booking(low.booking_id).status).toBe("COMMITTED");
  });

  it("the window runs from committed_at (a committed hold is young again)", () => {
    const h = setup();
    const hold = h.book({ agent_id: "a2", ...span(60, 90), mode: "hold", hold_ttl_seconds: 600 });
    h.advance(5 * MIN);
    h.commitHold(hold.booking_id, "a2");
    h.advance(10_000);
    expect(h.book({ agent_id: "a1", ...span(60, 90), mode: "commit" }).status).toBe("COMMITTED");
    expect(h.booking(hold.booking_id).status).toBe("EVICTED");
  });

  it("equal priority → slot_taken; a higher-priority hold never bumps → slot_taken", () => {
    const h = setup();
    const low = h.book({ agent_id: "a2", ...span(60, 90), mode: "commit" });
    expect(h.refuse({ agent_id: "a3", ...span(60, 90), mode: "commit" })).toMatchObject({
      code: "slot_taken",
      winning_booking_id: low.booking_id,
    });
    expect(h.refuse({ agent_id: "a1", ...span(60, 90), mode: "hold" })).toMatchObject({
      code: "slot_taken",
      winning_booking_id: low.booking_id,
    });
  });

  it("a lower-priority write over a commit → outranked", () => {
    const h = setup();
    const top = h.book({ agent_id: "a1", ...span(60, 90), mode: "commit" });
    expect(h.refuse({ agent_id: "a2", ...span(60, 90), mode: "commit" })).toMatchObject({
      code: "outranked",
      winning_booking_id: top.booking_id,
    });
  });

  it("bump_window_ms = 0 disables bumping", () => {
    const h = new Harness().calendar("cal", { bump_window_ms: 0 }).agent("a1", 1).agent("a2", 2);
    h.book({ agent_id: "a2", ...span(60, 90), mode: "commit" });
    expect(h.refuse({ agent_id: "a1", ...span(60, 90), mode: "commit" }).code).toBe("booking_frozen");
  });

  it("agent_priority is stored as of writing", () => {
    const h = setup();
    const b = h.book({ agent_id: "a2", ...span(60, 90), mode: "commit" });
    h.run({ type: "agent.upsert", agent_id: "a2", workspace_id: "ws", priority: 5 });
    expect(h.booking(b.booking_id).agent_priority).toBe(2);
    // a3 (priority 2) ties with the stored priority, so it cannot bump it.
    expect(h.refuse({ agent_id: "a3", ...span(60, 90), mode: "commit" }).code).toBe("slot_taken");
    expect(h.book({ agent_id: "a2", ...span(120, 150), mode: "commit" }).agent_priority).toBe(5);
  });

  it("one commit can displace several holds and young commits at once", () => {
    const h = setup().agent("a4", 3);
    const x = h.book({ agent_id: "a4", ...span(60, 90), mode: "hold" });
    const y = h.book({ agent_id: "a2", ...span(90, 120), mode: "commit" });
    const r = h.write({ agent_id: "a1", ...span(60, 2 * 60), mode: "commit" });
    expect(r.decision.events.map((e) => e.type)).toEqual(["booking.evicted", "hold.invalidated", "booking.committed"]); // strongest rival first;
    expect([h.booking(x.booking_id).status, h.booking(y.booking_id).status]).toEqual(["INVALIDATED", "EVICTED"]);
  });
});
