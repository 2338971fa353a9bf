// Issue 18 through the TypeScript SDK against the real reference server: move, one booking on
// several calendars (person + room), availability across calendars, recurring series and their cancel.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AgentDraft, Conflict } from "../src/index.ts";
import { futureSlot, Owner, startServer, type RunningServer } from "./helpers/server.ts";

describe("moves, several calendars and series through the SDK", () => {
  let server: RunningServer;
  let client: AgentDraft;
  let rival: AgentDraft;
  let person: string;
  let room: string;

  beforeAll(async () => {
    server = await startServer();
    const owner = await Owner.signIn(server.baseUrl);
    person = await owner.defaultCalendarId();
    room = (await owner.request<{ calendar_id: string }>("POST", "/v1/dashboard/calendars", { name: "room" })).calendar_id;
    client = new AgentDraft({ apiKey: (await owner.createAgent("me", 2)).apiKey, baseUrl: server.baseUrl });
    rival = new AgentDraft({ apiKey: (await owner.createAgent("boss", 1)).apiKey, baseUrl: server.baseUrl });
  });

  afterAll(async () => {
    await server?.stop();
  });

  it("bookings.move keeps the id and takes the new interval; a lost move is a Conflict and changes nothing", async () => {
    const booking = await client.bookings.commit(futureSlot(3, 9));
    const to = futureSlot(3, 10);
    const moved = await client.bookings.move(booking.bookingId, to);
    expect(moved).toMatchObject({ bookingId: booking.bookingId, start: to.start.toISOString(), status: "COMMITTED" });
    expect(moved.movedAt).toBeDefined();
    const blocker = await rival.bookings.commit(futureSlot(3, 11));
    const lost = await client.bookings.move(booking.bookingId, futureSlot(3, 11)).catch((e: unknown) => e);
    expect(lost).toBeInstanceOf(Conflict);
    expect(lost).toMatchObject({ reason: "outranked", winningBookingId: blocker.bookingId });
    expect((await client.bookings.get(booking.bookingId)).start).toBe(to.start.toISOString());
  });

  it("calendarIds books person and room at once; availability answers for both, or any one", async () => {
    const slot = futureSlot(4, 9);
    const both = await client.bookings.commit({ ...slot, calendarIds: [person, room] });
    expect(both.calendarIds).toEqual([person, room]);
    const range = { start: slot.start, end: new Date(slot.start.getTime() + 3_600_000) };
    const all = await client.availability.get({ ...range, calendarId: [person, room] });
    expect(all).toMatchObject({ calendarIds: [person, room], minAvailable: 2 });
    expect(all.slots).toEqual([{ start: slot.end.toISOString(), end: range.end.toISOString() }]);
  });

  it("a series: per-occurrence outcomes, one occurrence cancelled alone, then the whole series", async () => {
    const first = futureSlot(10, 9);
    const third = futureSlot(12, 9);
    await rival.bookings.commit(third);
    const series = await client.bookings.commit({ ...first, recurrence: { rrule: "FREQ=DAILY;COUNT=4", allOrNothing: false } });
    expect(series.seriesId).toMatch(/^srs_/);
    expect(series.series?.occurrences.map((o) => o.outcome)).toEqual(["created", "created", "failed", "created"]);
    const aon = await client.bookings.commit({ ...first, recurrence: { rrule: "FREQ=DAILY;COUNT=4" } }).catch((e: unknown) => e);
    expect(aon).toBeInstanceOf(Conflict);
    await client.bookings.cancel(series.bookingId);
    const cancelled = await client.bookings.cancelSeries(series.seriesId!, { reason: "done" });
    expect(cancelled.bookings.map((b) => b.status)).toEqual(["CANCELLED", "CANCELLED"]);
  });
});
