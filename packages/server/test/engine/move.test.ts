// Issue 18 — atomic move of an own HELD or COMMITTED booking.
import { describe, expect, it } from "vitest";
import { bookingsOverlapping, calendarBookings, getCalendar } from "../../src/engine/index.ts";
import { HOUR, Harness, MIN, T0, expectKind, span } from "./harness.ts";

function setup(): Harness {
  return new Harness().calendar().agent("a1", 1).agent("a2", 2).agent("a3", 3).agent("b2", 2);
}

describe("move", () => {
  it("moves a commit: same id, booking.moved with old and new intervals, old slot freed", () => {
    const h = setup();
    const b = h.book({ agent_id: "a2", ...span(60, 90), mode: "commit", metadata: { topic: "x" } });
    h.advance(5_000);
    const r = h.move({ booking_id: b.booking_id, agent_id: "a2", ...span(120, 150) });
    expect(r.ok).toBe(true);
    expect(r.decision.events.map((e) => e.type)).toEqual(["booking.moved"]);
    expect(r.decision.events[r.event_index]).toMatchObject({
      type: "booking.moved",
      booking_id: b.booking_id,
      calendar_id: "cal",
      agent_id: "a2",
      from: span(60, 90),
      to: span(120, 150),
    });
    expect(r.moved_from).toEqual(span(60, 90));
    expect(h.booking(b.booking_id)).toEqual({ ...b, ...span(120, 150), moved_at: h.at });
    // The old interval is free again, the new one taken.
    expect(h.book({ agent_id: "a3", ...span(60, 90), mode: "commit" }).status).toBe("COMMITTED");
    expect(h.refuse({ agent_id: "a3", ...span(130, 140), mode: "commit" })).toMatchObject({
      code: "outranked",
      winning_booking_id: b.booking_id,
    });
  });

  it("never conflicts with its own old interval", () => {
    const h = setup();
    const b = h.book({ agent_id: "a2", ...span(60, 120), mode: "commit" });
    expect(h.move({ booking_id: b.booking_id, agent_id: "a2", ...span(90, 150) }).ok).toBe(true);
    expect(h.booking(b.booking_id)).toMatchObject(span(90, 150));
  });

  it("a moved hold keeps its status and expiry (no renewal) and can still be committed", () => {
    const h = setup();
    const b = h.book({ agent_id: "a2", ...span(60, 90), mode: "hold", hold_ttl_seconds: 60 });
    h.advance(10_000);
    const r = h.move({ booking_id: b.booking_id, agent_id: "a2", ...span(100, 130) });
    expect(r.ok && r.booking).toMatchObject({ status: "HELD", hold_expires_at: b.hold_expires_at });
    expect(expectKind(h.commitHold(b.booking_id, "a2"), "booking").booking).toMatchObject({ status: "COMMITTED", ...span(100, 130) });
  });

  it("moves to another day: the day buckets and the index follow", () => {
    const h = setup();
    const b = h.book({ agent_id: "a2", ...span(60, 90), mode: "commit" });
    const other = h.book({ agent_id: "a3", ...span(60, 90, T0 + 3 * 24 * HOUR), mode: "commit" });
    const target = span(600, 630, T0 + 2 * 24 * HOUR);
    expect(h.move({ booking_id: b.booking_id, agent_id: "a2", ...target }).ok).toBe(true);
    const cal = getCalendar(h.state, "cal")!;
    expect(calendarBookings(h.state, "cal").map((x) => x.booking_id)).toEqual([b.booking_id, other.booking_id]);
    expect(bookingsOverlapping(cal, span(0, 24 * 60).start, span(0, 24 * 60).end)).toEqual([]);
    expect(bookingsOverlapping(cal, target.start, target.end).map((x) => x.booking_id)).toEqual([b.booking_id]);
    // And back again.
    expect(h.move({ booking_id: b.booking_id, agent_id: "a2", ...span(30, 45) }).ok).toBe(true);
    expect(calendarBookings(h.state, "cal").map((x) => x.booking_id)).toEqual([b.booking_id, other.booking_id]);
    expect(h.booking(b.booking_id)).toMatchObject(span(30, 45));
  });

  it("two agents move into one slot in one batch: exactly one wins by priority, the loser stays put", () => {
    const h = setup();
    const low = h.book({ agent_id: "a3", ...span(0, 30), mode: "commit" });
    const high = h.book({ agent_id: "a2", ...span(200, 230), mode: "commit" });
    h.advance(60_000);
    // Arrival order reversed on purpose: priority beats sequence.
    const { results } = h.items([
      { move: { booking_id: low.booking_id, agent_id: "a3", ...span(100, 130) } },
      { move: { booking_id: high.booking_id, agent_id: "a2", ...span(110, 140) } },
    ]);
    expect(results.map((r) => r.ok)).toEqual([false, true]);
    expect(results[0]).toMatchObject({
      ok: false,
      rejection: { code: "outranked", winning_agent_id: "a2", winning_booking_id: high.booking_id },
    });
    expect(h.booking(low.booking_id)).toMatchObject({ status: "COMMITTED", ...span(0, 30) });
    expect(h.booking(high.booking_id)).toMatchObject({ status: "COMMITTED", ...span(110, 140) });
  });

  it("equal priorities moving into one slot tie by seq; a batch-mate is never displaced", () => {
    const h = setup();
    const x = h.book({ agent_id: "a2", ...span(0, 30), mode: "commit" });
    const y = h.book({ agent_id: "b2", ...span(200, 230), mode: "commit" });
    const { results } = h.items([
      { move: { booking_id: y.booking_id, agent_id: "b2", ...span(100, 130), seq: 500 } },
      { move: { booking_id: x.booking_id, agent_id: "a2", ...span(100, 130), seq: 501 } },
    ]);
    expect(results.map((r) => (r.ok ? "ok" : r.rejection.code))).toEqual(["ok", "slot_taken"]);
    expect(h.booking(x.booking_id)).toMatchObject(span(0, 30));
  });

  it("a moved commit displaces a lower-priority hold like a commit would; a moved hold does not", () => {
    const h = setup();
    const mine = h.book({ agent_id: "a2", ...span(0, 30), mode: "commit" });
    const hold = h.book({ agent_id: "a3", ...span(100, 130), mode: "hold" });
    const r = h.move({ booking_id: mine.booking_id, agent_id: "a2", ...span(100, 130) });
    expect(r.ok).toBe(true);
    expect(r.decision.events.map((e) => e.type)).toEqual(["hold.invalidated", "booking.moved"]);
    expect(r.decision.events[0]).toMatchObject({ booking_id: hold.booking_id, by_booking_id: mine.booking_id, by_agent_id: "a2" });
    expect(h.booking(hold.booking_id).status).toBe("INVALIDATED");

    const myHold = h.book({ agent_id: "a2", ...span(300, 330), mode: "hold" });
    const theirs = h.book({ agent_id: "a3", ...span(400, 430), mode: "hold" });
    expect(h.move({ booking_id: myHold.booking_id, agent_id: "a2", ...span(400, 430) })).toMatchObject({
      ok: false,
      rejection: { code: "slot_taken", winning_booking_id: theirs.booking_id },
    });
    expect(h.booking(theirs.booking_id).status).toBe("HELD");
  });

  it("on conflict the booking is untouched and the rejection names the winner", () => {
    const h = setup();
    const frozen = h.book({ agent_id: "a2", ...span(100, 130), mode: "commit" });
    const mine = h.book({ agent_id: "a1", ...span(10, 40), mode: "commit" });
    h.advance(30_000);
    const before = h.state;
    const r = h.move({ booking_id: mine.booking_id, agent_id: "a1", ...span(110, 140) });
    expect(r).toMatchObject({
      ok: false,
      rejection: { code: "booking_frozen", winning_booking_id: frozen.booking_id, winning_agent_id: "a2" },
    });
    expect(r.decision.events.map((e) => e.type)).toEqual(["booking.rejected"]);
    expect(h.state).toEqual(before);
    expect(h.refuse({ agent_id: "a3", ...span(10, 40), mode: "commit" }).winning_booking_id).toBe(mine.booking_id);
  });

  it("moving a commit restarts its bump window (a frozen booking cannot be slipped into a contested slot)", () => {
    const h = setup();
    const low = h.book({ agent_id: "a2", ...span(10, 40), mode: "commit" });
    h.advance(60_000);
    // Frozen where it is…
    expect(h.refuse({ agent_id: "a1", ...span(10, 40), mode: "commit" }).code).toBe("booking_frozen");
    // …but once moved it is a young commit again at its new interval: a higher priority evicts it.
    expect(h.move({ booking_id: low.booking_id, agent_id: "a2", ...span(100, 130) }).ok).toBe(true);
    h.advance(29_999);
    const evictor = h.write({ agent_id: "a1", ...span(100, 130), mode: "commit" });
    expect(evictor.ok).toBe(true);
    expect(evictor.decision.events.map((e) => e.type)).toEqual(["booking.evicted", "booking.committed"]);
    expect(h.booking(low.booking_id).status).toBe("EVICTED");

    // And after a full window at the new interval it is frozen again.
    const other = h.book({ agent_id: "a2", ...span(200, 230), mode: "commit" });
    h.advance(60_000);
    expect(h.move({ booking_id: other.booking_id, agent_id: "a2", ...span(300, 330) }).ok).toBe(true);
    h.advance(30_000);
    expect(h.refuse({ agent_id: "a1", ...span(300, 330), mode: "commit" }).code).toBe("booking_frozen");
  });

  it("a moved hold committed later counts its bump window from the commit", () => {
    const h = setup();
    const b = h.book({ agent_id: "a2", ...span(0, 30), mode: "hold", hold_ttl_seconds: 600 });
    expect(h.move({ booking_id: b.booking_id, agent_id: "a2", ...span(100, 130) }).ok).toBe(true);
    h.advance(100_000);
    h.commitHold(b.booking_id, "a2");
    h.advance(29_000);
    expect(h.write({ agent_id: "a1", ...span(100, 130), mode: "commit" }).ok).toBe(true);
  });

  it("bad input: unknown, someone else's, resolved bookings, intervals, revoked agent", () => {
    const h = setup();
    const b = h.book({ agent_id: "a2", ...span(0, 30), mode: "commit" });
    const code = (m: Parameters<Harness["move"]>[0]) => {
      const r = h.move(m);
      if (r.ok) throw new Error("moved");
      return [r.rejection.code, ...(r.rejection.field_errors ?? []).map((e) => e.field)];
    };
    expect(code({ booking_id: "nope", agent_id: "a2", ...span(60, 90) })).toEqual(["not_found"]);
    expect(code({ booking_id: b.booking_id, agent_id: "a3", ...span(60, 90) })).toEqual(["forbidden"]);
    expect(code({ booking_id: b.booking_id, agent_id: "a2", start: T0 + HOUR, end: T0 + 25 * HOUR + 1 })).toEqual([
      "invalid_request",
      "end",
    ]);
    expect(code({ booking_id: b.booking_id, agent_id: "a2", ...span(90, 60) })).toEqual(["invalid_request", "end"]);
    expect(code({ booking_id: b.booking_id, agent_id: "a2", start: T0 - MIN, end: T0 + MIN })).toEqual(["invalid_request", "start"]);
    expect(code({ booking_id: b.booking_id, agent_id: "a2", ...span(60, 90), whole_series: true })).toEqual([
      "invalid_request",
      "whole_series",
    ]);
    expect(h.booking(b.booking_id)).toEqual(b);

    h.cancel(b.booking_id, "a2");
    expect(code({ booking_id: b.booking_id, agent_id: "a2", ...span(60, 90) })).toEqual(["invalid_transition"]);
    const released = h.book({ agent_id: "a2", ...span(100, 110), mode: "hold" });
    h.releaseHold(released.booking_id, "a2");
    expect(code({ booking_id: released.booking_id, agent_id: "a2", ...span(60, 90) })).toEqual(["invalid_transition"]);
    const evicted = h.book({ agent_id: "a3", ...span(200, 210), mode: "commit" });
    h.book({ agent_id: "a1", ...span(200, 210), mode: "commit" });
    expect(code({ booking_id: evicted.booking_id, agent_id: "a3", ...span(60, 90) })).toEqual(["invalid_transition"]);
    const expiring = h.book({ agent_id: "a2", ...span(300, 310), mode: "hold", hold_ttl_seconds: 5 });
    h.advance(5_000);
    expect(code({ booking_id: expiring.booking_id, agent_id: "a2", ...span(60, 90) })).toEqual(["hold_expired"]);

    const live = h.book({ agent_id: "a3", ...span(400, 410), mode: "commit" });
    h.run({ type: "agent.upsert", agent_id: "a3", workspace_id: "ws", revoked: true });
    expect(code({ booking_id: live.booking_id, agent_id: "a3", ...span(60, 90) })).toEqual(["forbidden"]);
  });

  it("rules apply to the new interval (and ignore the booking's own old one)", () => {
    const h = new Harness(Date.UTC(2025, 0, 6, 6)).calendar("cal", { time_zone: "Europe/Berlin" }).agent("a", 1);
    expectKind(
      h.rules([
        { rule_id: "bh", kind: "business_hours", hours: [{ weekday: "mon", open: "09:00", close: "17:00" }] },
        { rule_id: "gap", kind: "buffer", minutes: 30 },
        { rule_id: "cap", kind: "daily_cap", max_bookings: 1, per: "agent" },
      ]),
      "rules",
    );
    const b = h.book({ agent_id: "a", start: Date.UTC(2025, 0, 6, 9), end: Date.UTC(2025, 0, 6, 10), mode: "commit" });
    // 10:00–11:00 Berlin touches the old interval: neither the buffer nor the cap counts the booking itself.
    expect(h.move({ booking_id: b.booking_id, agent_id: "a", start: Date.UTC(2025, 0, 6, 10), end: Date.UTC(2025, 0, 6, 11) }).ok).toBe(
      true,
    );
    const r = h.move({ booking_id: b.booking_id, agent_id: "a", start: Date.UTC(2025, 0, 6, 16), end: Date.UTC(2025, 0, 6, 17) });
    expect(r).toMatchObject({ ok: false, rejection: { code: "rule_violation", rule: { rule_id: "bh", kind: "business_hours" } } });
    expect(h.booking(b.booking_id)).toMatchObject({ start: Date.UTC(2025, 0, 6, 10) });
  });

  it("the rejected event of a failed move is audit-only", () => {
    const h = setup();
    const b = h.book({ agent_id: "a2", ...span(0, 30), mode: "commit" });
    const d = h.move({ booking_id: b.booking_id, agent_id: "a3", ...span(60, 90) }).decision;
    expect(d.events).toEqual([
      expect.objectContaining({
        type: "booking.rejected",
        command: "bookings.write",
        booking_id: b.booking_id,
        calendar_id: "cal",
        agent_id: "a3",
      }),
    ]);
    expect(d.events[0]).toMatchObject({ rejection: { code: "forbidden" } });
  });

  it("an item of unknown kind is invalid_request naming kind", () => {
    const h = setup();
    const r = h.refuse({ agent_id: "a2", ...span(60, 90), mode: "commit", kind: "teleport" as unknown as "create" });
    expect(r.field_errors?.map((e) => e.field)).toEqual(["kind"]);
  });

  it("a moved commit evicts a younger lower-priority commit, and takes the agent's priority now", () => {
    const h = setup();
    const mine = h.book({ agent_id: "a2", ...span(10, 40), mode: "commit" });
    const young = h.book({ agent_id: "a3", ...span(100, 130), mode: "commit" });
    const r = h.move({ booking_id: mine.booking_id, agent_id: "a2", ...span(100, 130) });
    expect(r.decision.events.map((e) => e.type)).toEqual(["booking.evicted", "booking.moved"]);
    expect(r.decision.events[0]).toMatchObject({ booking_id: young.booking_id, by_booking_id: mine.booking_id, by_agent_priority: 2 });
    h.run({ type: "agent.upsert", agent_id: "a2", workspace_id: "ws", priority: 3 });
    const again = h.move({ booking_id: mine.booking_id, agent_id: "a2", ...span(200, 230) });
    expect(again.ok && again.booking.agent_priority).toBe(3);
  });
});
