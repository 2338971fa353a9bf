// Simultaneous writes: five agents (priorities 1..5) fire at one slot at once, 100 rounds.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Owner, slot, startServer, type ServerProcess, type TestAgent } from "../support/server-process.ts";

let server: ServerProcess;
let agents: TestAgent[];

beforeAll(async () => {
  server = await startServer();
  const owner = await Owner.signIn(server.url);
  // "Simultaneous" means within the arbitration window. 250 ms (instead of the default 50) keeps a
  // busy 2-core CI machine's scheduling jitter inside it; priority 1 still closes each batch at once.
  await owner.configure({ arbitration_window_ms: 250 });
  agents = [];
  for (let p = 1; p <= 5; p++) agents.push(await owner.createAgent(`racer-${p}`, p));
});

afterAll(async () => {
  expect(await server.stop()).toBe(0);
});

describe("race of 5 agents, priorities 1..5", () => {
  it("gives exactly one 201 per round, always to priority 1, and names it in every 409", async () => {
    const rounds = 100;
    for (let round = 0; round < rounds; round++) {
      const body = slot(24 + round);
      // Shuffle the firing order so the winner is not simply the first to send.
      const order = [...agents].sort(() => Math.random() - 0.5);
      const replies = await Promise.all(order.map((a) => a.call("POST", "/v1/bookings", { body }).then((r) => ({ a, r }))));
      const winners = replies.filter(({ r }) => r.status === 201);
      expect(winners, `round ${round}`).toHaveLength(1);
      const [{ a: winner, r: won }] = winners as [(typeof winners)[number]];
      expect(winner.priority, `round ${round}`).toBe(1);
      for (const { r } of replies.filter(({ r }) => r.status !== 201)) {
        expect(r.status).toBe(409);
        expect(r.body).toMatchObject({
          code: "outranked",
          winning_agent_id: winner.agent_id,
          winning_agent_priority: 1,
          winning_booking_id: won.body.booking_id,
        });
        expect(r.body.audit_event_id).toMatch(/^evt_/);
      }
    }
    // Exactly `rounds` active bookings exist, all the priority-1 agent's, none overlapping.
    const listed = await agents[0]!.call("GET", "/v1/bookings?status=COMMITTED&limit=200");
    expect(listed.body.data).toHaveLength(rounds);
    expect(new Set(listed.body.data.map((b: { agent_id: string }) => b.agent_id))).toEqual(new Set([agents[0]!.agent_id]));
  });

  it("breaks a tie between equal priorities by arrival: one winner, slot_taken for the rest", async () => {
    const owner = await Owner.signIn(server.url);
    await owner.configure({ arbitration_window_ms: 250 });
    const twins = await Promise.all([owner.createAgent("twin-a", 3), owner.createAgent("twin-b", 3), owner.createAgent("twin-c", 3)]);
    for (let round = 0; round < 20; round++) {
      const body = slot(400 + round);
      const replies = await Promise.all(twins.map((a) => a.call("POST", "/v1/bookings", { body })));
      expect(replies.filter((r) => r.status === 201)).toHaveLength(1);
      const losers = replies.filter((r) => r.status === 409);
      expect(losers).toHaveLength(2);
      for (const l of losers) expect(l.body).toMatchObject({ code: "slot_taken", winning_agent_priority: 3 });
    }
  });
});
