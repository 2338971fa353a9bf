// External calendar sources with PostgreSQL replicas (docs/protocol.md §11.1): each due source is
// claimed with a lease (a conditional UPDATE), so two replicas sharing one database poll it once per
// interval, not once each; both see the same state and busy time.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { staticServer } from "../external/support.ts";
import { agentFor, Owner, startServer, type ServerProcess } from "../support/server-process.ts";

let servers: ServerProcess[];
let web: Awaited<ReturnType<typeof staticServer>>;
const hits: number[] = [];

const ICS = [
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "PRODID:-//agentdraft tests//EN",
  "BEGIN:VEVENT",
  "UID:replicated",
  "DTSTAMP:20260101T000000Z",
  `DTSTART:${new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10).replace(/-/g, "")}T100000Z`,
  `DTEND:${new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10).replace(/-/g, "")}T110000Z`,
  "END:VEVENT",
  "END:VCALENDAR",
  "",
].join("\r\n");

beforeAll(async () => {
  web = await staticServer();
  web.routes.set("/shared.ics", (_req, res) => {
    hits.push(Date.now());
    res.writeHead(200, { "content-type": "text/calendar" }).end(ICS);
  });
  const first = await startServer({ args: ["--allow-private-targets"] });
  servers = [first, await startServer({ dataDir: first.dataDir, args: ["--allow-private-targets"] })];
});

afterAll(async () => {
  for (const s of servers ?? []) await s.stop();
  await web?.close();
});

describe("sources with replicas", () => {
  it("are polled once per interval across replicas, and both replicas show the busy time", async () => {
    const owner = await Owner.signIn(servers[0]!.url);
    const agent = await owner.createAgent("replicated", 1);
    const cal = await owner.defaultCalendarId();
    const put = await owner.call("PUT", `/v1/dashboard/calendars/${cal}/sources`, {
      body: { sources: [{ kind: "ics", url: `${web.base}/shared.ics` }], poll_seconds: 5 },
    });
    expect(put.status).toBe(200);
    // Three polls at least (bounded wait: 40 s), then look at their spacing.
    for (let i = 0; i < 160 && hits.length < 3; i++) await new Promise((r) => setTimeout(r, 250));
    expect(hits.length).toBeGreaterThanOrEqual(3);
    // One poll per interval: two replicas polling the same source would hit it twice within moments.
    for (let i = 1; i < hits.length; i++) expect(hits[i]! - hits[i - 1]!).toBeGreaterThan(2_500);
    const at = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    for (const s of servers) {
      const o = owner.at(s.url);
      const state = await o.call("GET", `/v1/dashboard/calendars/${cal}/sources`);
      expect(state.body.sources[0]).toMatchObject({ event_count: 1, interval_count: 1 });
      const through = agentFor(s.url, agent.agent_id, agent.key, 1, agent.name);
      const r = await through.call("GET", `/v1/availability?range_start=${at}T00:00:00Z&range_end=${at}T23:00:00Z`);
      expect(r.body.busy).toEqual([
        { start: `${at}T10:00:00.000Z`, end: `${at}T11:00:00.000Z`, kind: "external", source_id: put.body.sources[0].source_id },
      ]);
    }
  }, 90_000);
});
