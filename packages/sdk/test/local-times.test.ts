// Local times (docs/protocol.md §11.3) through the generated SDK surface against the reference
// server: `timeZone` on bookings.get / bookings.list / availability.get adds startLocal, endLocal
// and timeZone; an unknown zone is an InvalidRequest.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AgentDraft, InvalidRequest } from "../src/index.ts";
import { futureSlot, Owner, startServer, type RunningServer } from "./helpers/server.ts";

let server: RunningServer;
let client: AgentDraft;

beforeAll(async () => {
  server = await startServer();
  const owner = await Owner.signIn(server.baseUrl);
  const calendarId = await owner.defaultCalendarId();
  await owner.request("PATCH", `/v1/dashboard/calendars/${calendarId}`, { time_zone: "Asia/Kolkata" });
  client = new AgentDraft({ apiKey: (await owner.createAgent("local", 1)).apiKey, baseUrl: server.baseUrl });
});

afterAll(async () => {
  await server?.stop();
});

describe("local times", () => {
  it("are added when asked for, in the calendar's zone or any IANA zone", async () => {
    const slot = futureSlot(3, 9); // 09:00 UTC = 14:30 in Kolkata (+05:30, no DST)
    const booking = await client.bookings.commit(slot);
    expect(booking).not.toHaveProperty("startLocal");
    const local = await client.bookings.get(booking.bookingId, { timeZone: "calendar" });
    expect(local.timeZone).toBe("Asia/Kolkata");
    expect(local.startLocal).toMatch(/T14:30:00\+05:30$/);
    expect(local.endLocal).toMatch(/T15:00:00\+05:30$/);
    const page = client.bookings.list({ timeZone: "UTC" });
    for await (const b of page) expect(b).toMatchObject({ timeZone: "UTC", startLocal: expect.stringMatching(/\+00:00$/) });
    const day = await client.availability.get({ start: slot.start, end: new Date(slot.end.getTime() + 3_600_000), timeZone: "calendar" });
    expect(day.busy[0]).toMatchObject({ kind: "booking", startLocal: expect.stringMatching(/T14:30:00\+05:30$/) });
    expect(day.slots[0]).toMatchObject({ startLocal: expect.stringMatching(/T15:00:00\+05:30$/), timeZone: "Asia/Kolkata" });
    await expect(client.bookings.get(booking.bookingId, { timeZone: "Nowhere/Atlantis" })).rejects.toBeInstanceOf(InvalidRequest);
  });
});
