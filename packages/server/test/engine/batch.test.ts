import { describe, expect, it } from "vitest";
import { canCloseEarly, compareRank, overlaps } from "../../src/engine/index.ts";
import { Harness, HOUR, MIN, T0, expectKind, rejection, span } from "./harness.ts";

function fiveAgents(): Harness {
  const h = new Harness().calendar();
  for (let p = 1; p <= 5; p++) h.agent(`p${p}`, p);
  return h;
}

describe("arbitration batches", () => {
  it("a batch of priorities 1..5 → exactly priority 1 wins, 4 rejections naming it", () => {
    const h = fiveAgents();
    // Arrival order deliberately reversed: priority beats sequence.
    const { decision, results } = h.batch([5, 4, 3, 2, 1].map((p) => ({ agent_id: `p${p}`, ...span(60, 120), mode: "commit" as const })));
    const winners = results.filter((r) => r.ok);
    expect(winners).toHaveLength(1);
    const winner = winners[0];
    if (winner === undefined || !winner.ok) throw new Error("no winner");
    expect(winner.booking).toMatchObject({ agent_id: "p1", agent_priority: 1, status: "COMMITTED" });
    const losers = results.filter((r) => !r.ok);
    expect(losers).toHaveLength(4);
    for (const r of losers) {
      if (r.ok) continue;
      expect(r.rejection).toMatchObject({
        code: "outranked",
        winning_agent_id: "p1",
        winning_agent_priority: 1,
        winning_booking_id: winner.booking_id,
      });
      expect(decision.events[r.event_index]).toMatchObject({ type: "booking.rejected", booking_id: r.booking_id, rejection: r.rejection });
    }
    // results come back in input order; events in decision order.
    expect(results.map((r) => r.booking_id)).toEqual(decision.events.map((e) => ("booking_id" in e ? e.booking_id : "")).reverse());
    expect(decision.events.map((e) => e.type)).toEqual(["booking.committed", ...Array(4).fill("booking.rejected")]);
  });

  it("batch winners are judged against existing state too (hold displaced, commit evicted)", () => {
    const h = fiveAgents();
    const hold = h.book({ agent_id: "p3", ...span(60, 90), mode: "hold" });
    const { results } = h.batch([
      { agent_id: "p2", ...span(60, 120), mode: "commit" },
      { agent_id: "p4", ...span(60, 120), mode: "commit" },
    ]);
    expect(results.map((r) => (r.ok ? "ok" : r.rejection.code))).toEqual(["ok", "outranked"]);
    expect(h.booking(hold.booking_id).status).toBe("INVALIDATED");
  });

  it("equal priorities tie by seq", () => {
    const h = new Harness().calendar().agent("x", 2).agent("y", 2);
    const { results } = h.batch([
      { agent_id: "x", ...span(60, 90), mode: "commit", seq: 101 },
      { agent_id: "y", ...span(60, 90), mode: "commit", seq: 100 },
    ]);
    expect(results[1]).toMatchObject({ ok: true });
    expect(results[0]).toMatchObject({ ok: false, rejection: { code: "slot_taken", winning_agent_id: "y", winning_agent_priority: 2 } });
  });

  it("equal priority and seq tie by agent id", () => {
    const h = new Harness().calendar().agent("bob", 2).agent("alice", 2);
    const { results } = h.batch([
      { agent_id: "bob", ...span(60, 90), mode: "commit", seq: 100 },
      { agent_id: "alice", ...span(60, 90), mode: "commit", seq: 100 },
    ]);
    expect(results.map((r) => r.ok)).toEqual([false, true]);
    expect(results[0]).toMatchObject({ rejection: { code: "slot_taken", winning_agent_id: "alice" } });
  });

  it("a later same-priority commit in the batch does not displace an accepted hold", () => {
    const h = new Harness().calendar().agent("x", 2).agent("y", 2);
    const { results } = h.batch([
      { agent_id: "x", ...span(60, 90), mode: "hold", seq: 100 },
      { agent_id: "y", ...span(60, 90), mode: "commit", seq: 101 },
    ]);
    expect(results.map((r) => (r.ok ? r.booking.status : r.rejection.code))).toEqual(["HELD", "slot_taken"]);
  });

  it("non-overlapping writes of one batch are all accepted", () => {
    const h = fiveAgents();
    const { results } = h.batch([
      { agent_id: "p2", ...span(60, 90), mode: "commit" },
      { agent_id: "p1", ...span(90, 120), mode: "hold" },
      { agent_id: "p3", ...span(120, 150), mode: "commit" },
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
  });

  it("an empty batch is rejected as invalid_request, with an event", () => {
    const h = fiveAgents();
    const d = h.run({ type: "bookings.write", writes: [] });
    expect(rejection(d).code).toBe("invalid_request");
    expect(d.events.map((e) => e.type)).toEqual(["command.rejected"]);
  });
});

describe("write validation", () => {
  it("invalid intervals, TTLs and ids → invalid_request with field errors", () => {
    const h = new Harness().calendar("cal", { hold_ttl_min_seconds: 5, hold_ttl_max_seconds: 600 }).agent("a", 1);
    const fields = (w: Parameters<Harness["refuse"]>[0]): string[] => {
      const r = h.refuse(w);
      expect(r.code).toBe("invalid_request");
      return (r.field_errors ?? []).map((e) => e.field);
    };
    expect(fields({ agent_id: "a", ...span(90, 90), mode: "commit" })).toEqual(["end"]);
    expect(fields({ agent_id: "a", ...span(90, 60), mode: "commit" })).toEqual(["end"]);
    expect(fields({ agent_id: "a", start: T0 + HOUR, end: T0 + 25 * HOUR + 1, mode: "commit" })).toEqual(["end"]);
    const day = h.book({ agent_id: "a", start: T0 + HOUR, end: T0 + 25 * HOUR, mode: "commit" });
    expect(fields({ agent_id: "a", start: T0 - 1, end: T0 + MIN, mode: "commit" })).toEqual(["start"]);
    expect(fields({ agent_id: "a", ...span(1600, 1630), mode: "hold", hold_ttl_seconds: 4 })).toEqual(["hold_ttl_seconds"]);
    expect(fields({ agent_id: "a", ...span(1600, 1630), mode: "hold", hold_ttl_seconds: 601 })).toEqual(["hold_ttl_seconds"]);
    expect(fields({ agent_id: "a", ...span(1600, 1630), mode: "hold", hold_ttl_seconds: 1.5 })).toEqual(["hold_ttl_seconds"]);
    expect(fields({ agent_id: "a", ...span(1600, 1630), mode: "commit", booking_id: day.booking_id })).toEqual(["booking_id"]);
    expect(h.book({ agent_id: "a", ...span(1600, 1630), mode: "hold", hold_ttl_seconds: 600 }).status).toBe("HELD");
  });

  it("start exactly at `at` is not in the past", () => {
    const h = new Harness().calendar().agent("a", 1);
    expect(h.book({ agent_id: "a", start: h.at, end: h.at + MIN, mode: "commit" }).status).toBe("COMMITTED");
  });

  it("unknown calendar → not_found; another workspace's calendar → forbidden; unknown agent → forbidden", () => {
    const h = new Harness().calendar().calendar("other", {}, "ws2").agent("a", 1);
    expect(h.refuse({ agent_id: "a", ...span(60, 90), mode: "commit", calendar_id: "nope" }).code).toBe("not_found");
    expect(h.refuse({ agent_id: "a", ...span(60, 90), mode: "commit", calendar_id: "other" }).code).toBe("forbidden");
    expect(h.refuse({ agent_id: "ghost", ...span(60, 90), mode: "commit" }).code).toBe("forbidden");
  });
});

describe("owner commands", () => {
  it("agent.upsert creates, updates and revokes (one way)", () => {
    const h = new Harness();
    expect(expectKind(h.run({ type: "agent.upsert", agent_id: "a", workspace_id: "ws", priority: 3 }), "agent").agent).toEqual({
      agent_id: "a",
      workspace_id: "ws",
      priority: 3,
      revoked: false,
    });
    expect(expectKind(h.run({ type: "agent.upsert", agent_id: "a", workspace_id: "ws", priority: 1 }), "agent").agent.priority).toBe(1);
    expect(expectKind(h.run({ type: "agent.upsert", agent_id: "a", workspace_id: "ws", revoked: true }), "agent").agent).toMatchObject({
      priority: 1,
      revoked: true,
    });
    expect(rejection(h.run({ type: "agent.upsert", agent_id: "a", workspace_id: "ws", revoked: false })).code).toBe("invalid_request");
    expect(rejection(h.run({ type: "agent.upsert", agent_id: "b", workspace_id: "ws" })).field_errors).toEqual([
      { field: "priority", message: "is required" },
    ]);
    expect(rejection(h.run({ type: "agent.upsert", agent_id: "b", workspace_id: "ws", priority: 0 })).code).toBe("invalid_request");
    expect(rejection(h.run({ type: "agent.upsert", agent_id: "a", workspace_id: "other", priority: 2 })).code).toBe("invalid_request");
  });

  it("calendar.configure reads only the patch's own keys, never its prototype's", () => {
    const h = new Harness();
    expectKind(h.run({ type: "calendar.configure", calendar_id: "c", workspace_id: "ws" }), "calendar");
    const smuggled = Object.create({ arbitration_window_ms: 8000, bump_window_ms: 0, hold_ttl_min_seconds: 0 }) as Record<string, number>;
    const cal = expectKind(
      h.run({ type: "calendar.configure", calendar_id: "c", workspace_id: "ws", settings: smuggled }),
      "calendar",
    ).calendar;
    expect(cal.settings).toMatchObject({ arbitration_window_ms: 50, bump_window_ms: 30_000, hold_ttl_min_seconds: 1 });
  });

  it("calendar.configure merges settings over defaults and validates them", () => {
    const h = new Harness();
    const cal = expectKind(h.run({ type: "calendar.configure", calendar_id: "c", workspace_id: "ws" }), "calendar").calendar;
    expect(cal.settings).toEqual({
      time_zone: "UTC",
      arbitration_window_ms: 50,
      bump_window_ms: 30_000,
      hold_ttl_default_seconds: 30,
      hold_ttl_min_seconds: 1,
      hold_ttl_max_seconds: 3600,
    });
    const next = expectKind(
      h.run({ type: "calendar.configure", calendar_id: "c", workspace_id: "ws", settings: { time_zone: "Europe/Berlin" } }),
      "calendar",
    );
    expect(next.calendar.settings).toMatchObject({ time_zone: "Europe/Berlin", bump_window_ms: 30_000 });

    const bad = rejection(
      h.run({
        type: "calendar.configure",
        calendar_id: "c",
        workspace_id: "ws",
        settings: { time_zone: "Mars/Olympus", bump_window_ms: -1, hold_ttl_default_seconds: 9999 },
      }),
    );
    expect(bad.code).toBe("invalid_request");
    expect(bad.field_errors?.map((e) => e.field)).toEqual([
      "settings.time_zone",
      "settings.bump_window_ms",
      "settings.hold_ttl_default_seconds",
    ]);
    expect(rejection(h.run({ type: "calendar.configure", calendar_id: "c", workspace_id: "ws2" })).code).toBe("forbidden");
    expect(rejection(h.run({ type: "calendar.configure", calendar_id: "", workspace_id: "" })).field_errors?.map((e) => e.field)).toEqual([
      "calendar_id",
      "workspace_id",
    ]);
    expect(h.state.calendars.c?.settings.time_zone).toBe("Europe/Berlin");
  });
});

describe("helpers", () => {
  it("overlaps is half-open", () => {
    expect(overlaps({ start: 0, end: 10 }, { start: 10, end: 20 })).toBe(false);
    expect(overlaps({ start: 0, end: 11 }, { start: 10, end: 20 })).toBe(true);
    expect(overlaps({ start: 12, end: 13 }, { start: 10, end: 20 })).toBe(true);
    expect(overlaps({ start: 20, end: 30 }, { start: 10, end: 20 })).toBe(false);
    expect(overlaps({ start: 15, end: 15 }, { start: 10, end: 20 })).toBe(false); // empty overlaps nothing
  });

  it("canCloseEarly closes once nothing can outrank the batch's best write", () => {
    expect(canCloseEarly([1, 2, 3], [])).toBe(false);
    expect(canCloseEarly([1, 2, 3], [2, 3])).toBe(false); // priority 1 may still arrive
    expect(canCloseEarly([1, 2, 3], [3, 1])).toBe(true); // the top agent is in
    expect(canCloseEarly([2, 2, 3], [2])).toBe(true); // a later priority-2 write loses on seq
    expect(canCloseEarly([], [4])).toBe(true);
  });

  it("compareRank orders by priority, seq, agent id", () => {
    const xs = [
      { priority: 2, seq: 1, agent_id: "b" },
      { priority: 1, seq: 9, agent_id: "z" },
      { priority: 2, seq: 1, agent_id: "a" },
      { priority: 2, seq: 0, agent_id: "c" },
    ];
    expect([...xs].sort(compareRank).map((x) => x.agent_id)).toEqual(["z", "c", "a", "b"]);
  });
});
