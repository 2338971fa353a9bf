// External calendars with real components (issue 19): Radicale (PyPI, a test-only venv made by
// support/python-venv.ts) seeded through the Python caldav client; an ICS source on a local static HTTP
// server (ETag / 304); the feed read back by ical.js and by Python icalendar; every fault typed.
import http from "node:http";
import type { AddressInfo } from "node:net";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, py, type Radicale, setupVenv, startRadicale } from "./support.ts";
import type { Booking } from "../../src/engine/index.ts";
import { pollCaldav } from "../../src/external/caldav-source.ts";
import { ExternalSourceError } from "../../src/external/errors.ts";
import { buildFeed } from "../../src/external/feed.ts";
import { pollIcs } from "../../src/external/ics-source.ts";
import { open, seal, SealError } from "../../src/shell/sealed.ts";
import { NEW_SOURCE_STATUS, pollSource, sealContext } from "../../src/external/poll.ts";
import { apply, decide, initialState } from "../../src/engine/index.ts";
import type { Command, EngineState } from "../../src/engine/index.ts";
import { DEFAULT_OUTBOUND_POLICY } from "../../src/net/outbound.ts";

const LOOPBACK = { allowPrivate: true, timeoutMs: 3000, maxResponseBytes: 1 << 20 };
const HORIZON = { from: Date.UTC(2026, 2, 1), to: Date.UTC(2026, 4, 1), timeZone: "Europe/Berlin" };

async function typed(p: Promise<unknown>): Promise<ExternalSourceError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(ExternalSourceError);
    return e as ExternalSourceError;
  }
  throw new Error("expected an ExternalSourceError");
}

let radicale: Radicale | undefined;
let davCalendar = "";
let davBase = "";
let web: http.Server;
let webBase = "";
const routes = new Map<string, (req: http.IncomingMessage, res: http.ServerResponse) => void>();

beforeAll(async () => {
  setupVenv();
  radicale = await startRadicale();
  davBase = radicale.base;

  web = http.createServer((req, res) => {
    const handler = routes.get(req.url ?? "");
    if (handler) handler(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => web.listen(0, "127.0.0.1", r));
  webBase = `http://127.0.0.1:${(web.address() as AddressInfo).port}`;
}, 120_000);

afterAll(async () => {
  await radicale?.stop();
  web?.closeAllConnections();
  await new Promise((r) => web?.close(r));
});

describe("CalDAV source (Radicale)", () => {
  it("expands a weekly RRULE across DST and an all-day event, then uses the sync token", async () => {
    const url = py(["seed", davBase, "alice"]);
    davCalendar = url;
    expect(url).toMatch(/\/alice\/work\/$/);
    const opts = { ...HORIZON, policy: LOOPBACK, credentials: { username: "alice", password: "unused" } };
    const first = await pollCaldav(url, null, opts);
    if (!first.changed) throw new Error("expected a change");
    expect(first.state.sync_token ?? first.state.ctag).not.toBeNull();
    expect(first.intervals).toEqual([
      { start: Date.UTC(2026, 2, 16, 8), end: Date.UTC(2026, 2, 16, 9), uid: "weekly-standup" }, // 09:00 CET
      { start: Date.UTC(2026, 2, 19, 23), end: Date.UTC(2026, 2, 20, 23), uid: "holiday" }, // all day, Berlin
      { start: Date.UTC(2026, 2, 23, 8), end: Date.UTC(2026, 2, 23, 9), uid: "weekly-standup" },
      { start: Date.UTC(2026, 2, 30, 7), end: Date.UTC(2026, 2, 30, 8), uid: "weekly-standup" }, // 09:00 CEST
      { start: Date.UTC(2026, 3, 6, 7), end: Date.UTC(2026, 3, 6, 8), uid: "weekly-standup" },
    ]);
    const again = await pollCaldav(url, first.state, opts);
    expect(again.changed).toBe(false);
    py(["add", davBase, "alice"]);
    const third = await pollCaldav(url, again.state, opts);
    expect(third.changed).toBe(true);
    expect(third.changed && third.intervals.map((x) => x.uid)).toContain("extra");
  });

  it("a non-calendar answer is malformed, a missing collection an http_status", async () => {
    routes.set("/dav-html", (_req, res) => res.writeHead(207, { "content-type": "application/xml" }).end("<html>nope</html>"));
    expect((await typed(pollCaldav(`${webBase}/dav-html`, null, { ...HORIZON, policy: LOOPBACK }))).code).toBe("malformed");
    expect(
      (
        await typed(
          pollCaldav(`${davBase}nobody/none/`, null, { ...HORIZON, policy: LOOPBACK, credentials: { username: "nobody", password: "x" } }),
        )
      ).code,
    ).toMatch(/http_status|unauthorized/);
  });

  it("401 from a CalDAV server is unauthorized", async () => {
    routes.set("/dav-401", (_req, res) => res.writeHead(401, { "www-authenticate": 'Basic realm="x"' }).end());
    const e = await typed(
      pollCaldav(`${webBase}/dav-401`, null, { ...HORIZON, policy: LOOPBACK, credentials: { username: "a", password: "wrong" } }),
    );
    expect(e.code).toBe("unauthorized");
    expect(e.status).toBe(401);
  });
});

const ICS = [
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "PRODID:-//test//EN",
  "BEGIN:VEVENT",
  "UID:static-1",
  "DTSTAMP:20260101T000000Z",
  "DTSTART:20260402T100000Z",
  "DTEND:20260402T110000Z",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "UID:no-end",
  "DTSTAMP:20260101T000000Z",
  "DTSTART;VALUE=DATE:20260403",
  "END:VEVENT",
  "END:VCALENDAR",
  "",
].join("\r\n");

describe("ICS source (static HTTP server)", () => {
  it("fetches, then answers 304 to If-None-Match; an event without end takes the RFC 5545 default", async () => {
    const seen: Array<string | undefined> = [];
    routes.set("/cal.ics", (req, res) => {
      seen.push(req.headers["if-none-match"]);
      if (req.headers["if-none-match"] === '"v1"') return res.writeHead(304, { etag: '"v1"' }).end();
      res.writeHead(200, { "content-type": "text/calendar", etag: '"v1"' }).end(ICS);
    });
    const first = await pollIcs(`${webBase}/cal.ics`, null, { ...HORIZON, policy: LOOPBACK });
    if (!first.changed) throw new Error("expected a change");
    expect(first.state.etag).toBe('"v1"');
    expect(first.intervals).toEqual([
      { start: Date.UTC(2026, 3, 2, 10), end: Date.UTC(2026, 3, 2, 11), uid: "static-1" },
      { start: Date.UTC(2026, 3, 2, 22), end: Date.UTC(2026, 3, 3, 22), uid: "no-end" },
    ]);
    const second = await pollIcs(`${webBase}/cal.ics`, first.state, { ...HORIZON, policy: LOOPBACK });
    expect(second).toEqual({ changed: false, state: first.state });
    expect(seen).toEqual([undefined, '"v1"']);
  });

  it("faults are typed: unreachable, 401, malformed, too large, timeout, refused by the strict policy", async () => {
    const port = await freePort(); // nothing listens there
    expect((await typed(pollIcs(`http://127.0.0.1:${port}/x.ics`, null, { ...HORIZON, policy: LOOPBACK }))).code).toBe("unreachable");
    routes.set("/401.ics", (_req, res) => res.writeHead(401).end());
    expect((await typed(pollIcs(`${webBase}/401.ics`, null, { ...HORIZON, policy: LOOPBACK }))).code).toBe("unauthorized");
    routes.set("/bad.ics", (_req, res) => res.writeHead(200).end("<html>this is no calendar</html>"));
    expect((await typed(pollIcs(`${webBase}/bad.ics`, null, { ...HORIZON, policy: LOOPBACK }))).code).toBe("malformed");
    routes.set("/huge.ics", (_req, res) => {
      res.writeHead(200, { "content-type": "text/calendar" });
      const ev = "BEGIN:VEVENT\r\nUID:x\r\nDTSTART:20260402T100000Z\r\nDTEND:20260402T110000Z\r\nEND:VEVENT\r\n";
      res.end(`BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${ev.repeat(40_000)}END:VCALENDAR\r\n`);
    });
    expect((await typed(pollIcs(`${webBase}/huge.ics`, null, { ...HORIZON, policy: LOOPBACK }))).code).toBe("too_large");
    expect(
      (
        await typed(
          pollIcs(`${webBase}/huge.ics`, null, {
            ...HORIZON,
            policy: { ...LOOPBACK, maxResponseBytes: 8 << 20 },
            limits: { maxEvents: 1000 },
          }),
        )
      ).code,
    ).toBe("too_large");
    routes.set("/slow.ics", () => {}); // never answers
    const t0 = Date.now();
    expect((await typed(pollIcs(`${webBase}/slow.ics`, null, { ...HORIZON, policy: { ...LOOPBACK, timeoutMs: 300 } }))).code).toBe(
      "timeout",
    );
    expect(Date.now() - t0).toBeLessThan(2000);
    expect((await typed(pollIcs(`${webBase}/cal.ics`, null, { ...HORIZON, policy: DEFAULT_OUTBOUND_POLICY }))).code).toBe("refused");
    expect((await typed(pollCaldav(davBase, null, { ...HORIZON }))).code).toBe("refused");
  });
});

describe("ICS feed out", () => {
  const booking = (id: string, status: Booking["status"], start: number): Booking => ({
    booking_id: id,
    calendar_id: "cal",
    agent_id: "a",
    agent_priority: 1,
    status,
    start,
    end: start + 3_600_000,
    metadata: {},
    hold_expires_at: null,
    committed_at: start - 10_000,
    created_at: start - 10_000,
  });
  const items = [
    { booking: booking("bkg_1", "COMMITTED", Date.UTC(2026, 3, 2, 10)), sequence: 0, updated_at: Date.UTC(2026, 2, 1) },
    { booking: booking("bkg_2", "CANCELLED", Date.UTC(2026, 3, 3, 10)), sequence: 2, updated_at: Date.UTC(2026, 2, 2) },
    { booking: booking("bkg_3", "HELD", Date.UTC(2026, 3, 4, 10)), sequence: 0, updated_at: Date.UTC(2026, 2, 3) },
  ];

  it("is deterministic, with a stable UID, SEQUENCE, STATUS:CANCELLED and an ETag; ical.js and icalendar agree", async () => {
    const feed = buildFeed({ name: "Room 1", timeZone: "Europe/Berlin", items });
    await new Promise((r) => setTimeout(r, 5));
    expect(buildFeed({ name: "Room 1", timeZone: "Europe/Berlin", items: [...items].reverse() })).toEqual(feed);
    expect(feed.etag).toMatch(/^"[\w-]{32}"$/);

    const vevents = new ICAL.Component(ICAL.parse(feed.ics) as unknown[]).getAllSubcomponents("vevent").map((c) => {
      const e = new ICAL.Event(c);
      return {
        uid: e.uid,
        sequence: e.sequence,
        status: String(c.getFirstPropertyValue("status")),
        start: e.startDate.toJSDate().getTime(),
        end: e.endDate.toJSDate().getTime(),
      };
    });
    expect(vevents).toEqual([
      { uid: "bkg_1@agentdraft", sequence: 0, status: "CONFIRMED", start: Date.UTC(2026, 3, 2, 10), end: Date.UTC(2026, 3, 2, 11) },
      { uid: "bkg_2@agentdraft", sequence: 2, status: "CANCELLED", start: Date.UTC(2026, 3, 3, 10), end: Date.UTC(2026, 3, 3, 11) },
      { uid: "bkg_3@agentdraft", sequence: 0, status: "TENTATIVE", start: Date.UTC(2026, 3, 4, 10), end: Date.UTC(2026, 3, 4, 11) },
    ]);
    const python = JSON.parse(py(["parse"], feed.ics)) as {
      name: string;
      events: Array<{ uid: string; sequence: number; status: string; start: string; end: string }>;
    };
    expect(python.name).toBe("Room 1");
    expect(python.events.map((e) => ({ ...e, start: Date.parse(e.start), end: Date.parse(e.end) }))).toEqual(vevents);

    // A change bumps SEQUENCE and the ETag.
    const changed = buildFeed({
      name: "Room 1",
      timeZone: "Europe/Berlin",
      items: [items[0]!, { ...items[2]!, booking: { ...items[2]!.booking, status: "COMMITTED" }, sequence: 1 }],
    });
    expect(changed.etag).not.toBe(feed.etag);
    expect(changed.ics).toContain("SEQUENCE:1");
  }, 30_000);
});

describe("sealed credentials", () => {
  it("seals with AES-256-GCM, versioned, bound to key and context", () => {
    const key = Buffer.alloc(32, 7);
    const sealed = seal(key, "s3cret ü", "calendar:c1:source:s1");
    expect(sealed).toMatch(/^v1\.[\w-]+$/);
    expect(sealed).not.toContain("s3cret");
    expect(seal(key, "s3cret ü", "calendar:c1:source:s1")).not.toBe(sealed);
    expect(open(key, sealed, "calendar:c1:source:s1")).toBe("s3cret ü");
    expect(() => open(Buffer.alloc(32, 8), sealed, "calendar:c1:source:s1")).toThrow(SealError);
    expect(() => open(key, sealed, "calendar:c2:source:s1")).toThrow(SealError);
    expect(() => open(key, `v2.${sealed.slice(3)}`, "calendar:c1:source:s1")).toThrow(/unknown sealed format/);
    expect(() => open(key, "garbage")).toThrow(SealError);
    expect(() => seal(Buffer.alloc(16), "x")).toThrow(SealError);
  });
});

describe("pollSource → external.busy_set → engine, replayed without the network", () => {
  it("logs a busy set from Radicale, refuses a write over it, keeps the last good set on a failure", async () => {
    expect(davCalendar).not.toBe("");
    const key = Buffer.alloc(32, 3);
    const source = {
      source_id: "src_dav",
      kind: "caldav" as const,
      url: davCalendar,
      username: "alice",
      password_sealed: seal(key, "pw", sealContext("cal", "src_dav")),
    };
    const now = Date.UTC(2026, 2, 10);
    const o = { calendar_id: "cal", workspace_id: "ws", timeZone: "Europe/Berlin", now, sealingKey: key, policy: LOOPBACK };
    const first = await pollSource(source, NEW_SOURCE_STATUS, o);
    expect(first.status.last_error).toBeNull();
    expect(first.command?.intervals.length).toBeGreaterThan(0);

    let state: EngineState = initialState();
    const log: Command[] = [];
    let seq = 1;
    const run = (body: Record<string, unknown>) => {
      const cmd = { ...body, seq: seq++, at: now } as Command;
      log.push(cmd);
      const d = decide(state, cmd);
      state = d.state;
      return d;
    };
    run({ type: "calendar.configure", calendar_id: "cal", workspace_id: "ws", settings: { time_zone: "Europe/Berlin" } });
    run({ type: "agent.upsert", agent_id: "a", workspace_id: "ws", priority: 1 });
    run(first.command!);
    const w = run({
      type: "bookings.write",
      writes: [
        {
          booking_id: "b1",
          agent_id: "a",
          calendar_id: "cal",
          start: Date.UTC(2026, 2, 30, 7, 30),
          end: Date.UTC(2026, 2, 30, 8, 30),
          mode: "commit",
          seq,
        },
      ],
    });
    expect(w.reply.kind === "writes" && !w.reply.results[0]!.ok && w.reply.results[0]!.rejection.rule).toEqual({
      rule_id: "src_dav",
      kind: "external_busy",
    });

    // Unchanged source: no command. A failing source: an error state, no command, the set stays.
    const second = await pollSource(source, first.status, { ...o, now: now + 60_000 });
    expect(second.command).toBeNull();
    const broken = await pollSource({ ...source, url: `${webBase}/dav-401` }, second.status, { ...o, now: now + 120_000 });
    expect(broken.command).toBeNull();
    expect(broken.status.last_error?.code).toBe("unauthorized");
    expect(broken.status.sync).toEqual(second.status.sync);

    // Replay needs no network: the log carries the intervals.
    let replayed = initialState();
    const events = [];
    for (const cmd of log) {
      const d = decide(replayed, cmd);
      events.push(...d.events);
      replayed = apply(replayed, d.events);
    }
    expect(replayed).toEqual(state);
  });
});
