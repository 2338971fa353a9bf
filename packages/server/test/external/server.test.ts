// External calendars through the running server (docs/protocol.md §11): the owner API of sources,
// the poller (Radicale seeded through tsdav, ICS sources on a local static server, every fault),
// busy time in availability and writes, holds invalidated and commits reported, ICS feeds read by
// ical.js and Python icalendar, local times, and a replay with Radicale stopped.
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Owner, replayStoreOf, startServer, storeQuery, type ServerProcess, type TestAgent } from "../support/server-process.ts";
import {
  davUser,
  freePort,
  icsDate,
  icsLocal,
  nextDstChange,
  offsetMinutes,
  py,
  setupVenv,
  startRadicale,
  staticServer,
  vcalendar,
  vevent,
  type Radicale,
} from "./support.ts";

const DAY = 86_400_000;
const HOUR = 3_600_000;
const ZONE = "Europe/Berlin";
const BERLIN = `BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE`.replace(/\n/g, "\r\n");
const PASSWORD = "s3cret-radicale-password-42";

let radicale: Radicale;
let web: Awaited<ReturnType<typeof staticServer>>;
let server: ServerProcess;
let owner: Owner;
let agent: TestAgent;
let calendarId: string;
let davCalendar: string;

/** A JSON value as the tests read it. */
// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely and checked by expect
type Json = any;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls the owner API until `done` holds for the sources (bounded: 60 tries of 250 ms). */
async function sourcesUntil(calId: string, done: (sources: Json[]) => boolean): Promise<Json[]> {
  let last: Json[] = [];
  for (let i = 0; i < 60; i++) {
    const r = await owner.call("GET", `/v1/dashboard/calendars/${calId}/sources`);
    expect(r.status).toBe(200);
    last = r.body.sources;
    if (done(last)) return last;
    await sleep(250);
  }
  throw new Error(`sources never reached the expected state: ${JSON.stringify(last)}`);
}

const iso = (ms: number) => new Date(ms).toISOString();

// The weekly event: 09:00 Berlin, two weeks before the next DST change to one week after it.
const change = nextDstChange(ZONE, Date.now());
const before = offsetMinutes(change, ZONE);
const after = offsetMinutes(change + DAY, ZONE);
const firstDay = change - 14 * DAY;
const weekly = [0, 1, 2, 3].map((w) => {
  const day = firstDay + w * 7 * DAY;
  const offset = w < 2 ? before : after;
  return { start: day + 9 * HOUR - offset * 60_000, end: day + 10 * HOUR - offset * 60_000 };
});
const holiday = change + 30 * DAY;
const holidayOffset = offsetMinutes(holiday + 12 * HOUR, ZONE);

beforeAll(async () => {
  setupVenv();
  [radicale, web] = await Promise.all([startRadicale(), staticServer()]);
  server = await startServer({
    args: ["--allow-private-targets", "--source-timeout", "1500", "--source-max-bytes", "300000", "--source-horizon-days", "400"],
  });
  owner = await Owner.signIn(server.url);
  agent = await owner.createAgent("ext-agent", 2);
  calendarId = await owner.defaultCalendarId();
  expect((await owner.call("PATCH", `/v1/dashboard/calendars/${calendarId}`, { body: { time_zone: ZONE } })).status).toBe(200);

  const dav = davUser(radicale.base, "alice");
  davCalendar = await dav.makeCalendar("work");
  await dav.put(
    davCalendar,
    "weekly.ics",
    vcalendar(
      BERLIN,
      vevent({
        UID: "weekly-standup",
        "DTSTART;TZID=Europe/Berlin": icsLocal(firstDay, 9),
        "DTEND;TZID=Europe/Berlin": icsLocal(firstDay, 10),
        RRULE: "FREQ=WEEKLY;COUNT=4",
        SUMMARY: "Standup",
      }),
    ),
  );
  await dav.put(
    davCalendar,
    "holiday.ics",
    vcalendar(vevent({ UID: "holiday", "DTSTART;VALUE=DATE": icsDate(holiday), "DTEND;VALUE=DATE": icsDate(holiday + DAY) })),
  );
}, 300_000);

afterAll(async () => {
  await server?.stop();
  await radicale?.stop();
  await web?.close();
});

describe("a CalDAV source (Radicale)", () => {
  let sourceId: string;

  it("is stored with a sealed password, polled, and shows its state; the password is never returned", async () => {
    const put = await owner.call("PUT", `/v1/dashboard/calendars/${calendarId}/sources`, {
      body: { sources: [{ kind: "caldav", url: davCalendar, username: "alice", password: PASSWORD }], poll_seconds: 5 },
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ calendar_id: calendarId, poll_seconds: 5 });
    expect(put.body.sources[0]).toMatchObject({ kind: "caldav", url: davCalendar, username: "alice", has_password: true });
    expect(JSON.stringify(put.body)).not.toContain(PASSWORD);
    sourceId = put.body.sources[0].source_id;
    const [state] = await sourcesUntil(calendarId, (s) => s[0]?.last_sync_at !== undefined);
    expect(state).toMatchObject({ source_id: sourceId, event_count: 2, interval_count: 5 });
    expect(state).not.toHaveProperty("last_error");
    const rows = await storeQuery<{ password_sealed: string }>(server.dataDir, "SELECT password_sealed FROM calendar_sources");
    expect(rows[0]!.password_sealed).toMatch(/^v1\./);
    expect(rows[0]!.password_sealed).not.toContain(PASSWORD);
  });

  it("shows in availability with kind external, in local times across the DST change", async () => {
    const from = iso(firstDay - DAY);
    const to = iso(firstDay + 40 * DAY);
    // 62 days at most per availability read: the range covers the weekly event.
    const r = await agent.call("GET", `/v1/availability?range_start=${from}&range_end=${iso(firstDay + 30 * DAY)}&time_zone=calendar`);
    expect(r.status).toBe(200);
    const external = r.body.busy.filter((b: Json) => b.kind === "external");
    expect(external.map((b: Json) => ({ start: Date.parse(b.start), end: Date.parse(b.end) }))).toEqual(weekly);
    for (const b of external) {
      expect(b.source_id).toBe(sourceId);
      expect(b.time_zone).toBe(ZONE);
      expect(b.start_local).toMatch(/T09:00:00[+-]\d\d:00$/);
      expect(b.end_local).toMatch(/T10:00:00[+-]\d\d:00$/);
    }
    const sign = (m: number) => `${m < 0 ? "-" : "+"}${String(Math.abs(m) / 60).padStart(2, "0")}:00`;
    expect(external[0].start_local.endsWith(sign(before))).toBe(true);
    expect(external[3].start_local.endsWith(sign(after))).toBe(true);
    // The all-day event: the whole local day.
    const h = await agent.call(
      "GET",
      `/v1/availability?range_start=${iso(holiday - DAY)}&range_end=${to.replace(/.*/, iso(holiday + 2 * DAY))}`,
    );
    expect(h.body.busy.filter((b: Json) => b.kind === "external").map((b: Json) => [Date.parse(b.start), Date.parse(b.end)])).toEqual([
      [holiday - holidayOffset * 60_000, holiday + DAY - holidayOffset * 60_000],
    ]);
  });

  it("refuses a write over external busy time with 422 rule_violation external_busy", async () => {
    const w = weekly[2]!;
    const r = await agent.call("POST", "/v1/bookings", { body: { start: iso(w.start + 30 * 60_000), end: iso(w.end + HOUR) } });
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({
      code: "rule_violation",
      rule: { rule_id: sourceId, kind: "external_busy" },
      external: { source_id: sourceId, start: iso(w.start), end: iso(w.end) },
    });
    const free = await agent.call("POST", "/v1/bookings", { body: { start: iso(w.end), end: iso(w.end + HOUR) } });
    expect(free.status).toBe(201);
  });

  it("an event appearing over a hold invalidates it; over a commit it is reported, never evicted", async () => {
    const slotStart = holiday + 5 * DAY + 12 * HOUR;
    const hold = await agent.call("POST", "/v1/bookings", {
      body: { start: iso(slotStart), end: iso(slotStart + HOUR), mode: "hold", hold_ttl_seconds: 3600 },
    });
    expect(hold.status).toBe(201);
    const commit = await agent.call("POST", "/v1/bookings", { body: { start: iso(slotStart + 2 * HOUR), end: iso(slotStart + 3 * HOUR) } });
    expect(commit.status).toBe(201);
    const stamp = (ms: number) => `${iso(ms).replace(/[-:]/g, "").slice(0, 15)}Z`;
    await davUser(radicale.base, "alice").put(
      davCalendar,
      "late.ics",
      vcalendar(vevent({ UID: "late-meeting", DTSTART: stamp(slotStart + 30 * 60_000), DTEND: stamp(slotStart + 150 * 60_000) })),
    );
    await sourcesUntil(calendarId, (s) => s[0]?.interval_count === 6);
    const held = await agent.call("GET", `/v1/bookings/${hold.body.booking_id}`);
    expect(held.body.status).toBe("INVALIDATED");
    expect(held.body).toMatchObject({ displaced_by_source_id: sourceId, ended_reason: expect.stringContaining("external") });
    const kept = await agent.call("GET", `/v1/bookings/${commit.body.booking_id}`);
    expect(kept.body.status).toBe("COMMITTED");
    const audit = await agent.call("GET", `/v1/audit?resource=${commit.body.booking_id}`);
    expect(audit.body.data.map((e: Json) => e.action)).toContain("booking.external_conflict");
  });

  it("with external_busy: flag a write over busy time is allowed and names the conflict", async () => {
    const cal = await owner.call("POST", "/v1/dashboard/calendars", { body: { name: "Flagged", time_zone: ZONE } });
    const flagged = cal.body.calendar_id as string;
    const patched = await owner.call("PATCH", `/v1/dashboard/calendars/${flagged}`, { body: { settings: { external_busy: "flag" } } });
    expect(patched.body.settings.external_busy).toBe("flag");
    await owner.call("PUT", `/v1/dashboard/calendars/${flagged}/sources`, {
      body: { sources: [{ kind: "caldav", url: davCalendar, username: "alice", password: PASSWORD }], poll_seconds: 5 },
    });
    await sourcesUntil(flagged, (s) => s[0]?.interval_count === 6);
    const w = weekly[1]!;
    const r = await agent.call("POST", "/v1/bookings", { body: { start: iso(w.start), end: iso(w.end), calendar_id: flagged } });
    expect(r.status).toBe(201);
    expect(r.body.external_conflicts).toEqual([{ source_id: expect.stringMatching(/^src_/), start: iso(w.start), end: iso(w.end) }]);
  });
});

describe("ICS sources and faults", () => {
  const good = vcalendar(
    vevent({ UID: "ics-1", DTSTART: `${icsLocal(holiday + 15 * DAY, 10)}Z`, DTEND: `${icsLocal(holiday + 15 * DAY, 11)}Z` }),
    vevent({ UID: "no-end", "DTSTART;VALUE=DATE": icsDate(holiday + 10 * DAY) }),
  );

  it("every fault is an error state in the owner API; the last good busy set stays; nothing else is blocked", async () => {
    let version = 1;
    web.routes.set("/flip.ics", (req, res) => {
      if (version === 1) {
        if (req.headers["if-none-match"] === '"v1"') return void res.writeHead(304, { etag: '"v1"' }).end();
        return void res.writeHead(200, { "content-type": "text/calendar", etag: '"v1"' }).end(good);
      }
      res.writeHead(200, { "content-type": "text/calendar" }).end("BEGIN:VCALENDAR\r\nthis is not iCalendar at all");
    });
    web.routes.set("/401.ics", (_req, res) => void res.writeHead(401, { "www-authenticate": 'Basic realm="x"' }).end());
    web.routes.set("/slow.ics", () => {}); // never answers
    web.routes.set("/huge.ics", (_req, res) => {
      const ev = "BEGIN:VEVENT\r\nUID:x\r\nDTSTART:20990402T100000Z\r\nDTEND:20990402T110000Z\r\nEND:VEVENT\r\n";
      res
        .writeHead(200, { "content-type": "text/calendar" })
        .end(`BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${ev.repeat(10_000)}END:VCALENDAR\r\n`);
    });
    web.routes.set("/html.ics", (_req, res) => void res.writeHead(200).end("<html>no calendar</html>"));
    const closed = await freePort();
    const cal = await owner.call("POST", "/v1/dashboard/calendars", { body: { name: "Faults", time_zone: ZONE } });
    const faults = cal.body.calendar_id as string;
    const urls = ["/flip.ics", "/401.ics", "/slow.ics", "/huge.ics", "/html.ics"].map((p) => `${web.base}${p}`);
    const put = await owner.call("PUT", `/v1/dashboard/calendars/${faults}/sources`, {
      body: {
        sources: [...urls.map((url) => ({ kind: "ics", url })), { kind: "ics", url: `http://127.0.0.1:${closed}/x.ics` }],
        poll_seconds: 5,
      },
    });
    expect(put.status).toBe(200);
    const states = await sourcesUntil(faults, (s) => s.length === 6 && s.every((x) => x.last_sync_at !== undefined || x.last_error));
    expect(states.map((s) => s.last_error?.code ?? "ok")).toEqual([
      "ok",
      "unauthorized",
      "timeout",
      "too_large",
      "malformed",
      "unreachable",
    ]);
    expect(states[0]).toMatchObject({ event_count: 2, interval_count: 2 });

    // The event without an end is the whole local day (RFC 5545).
    const noEnd = holiday + 10 * DAY;
    const day = await agent.call(
      "GET",
      `/v1/availability?range_start=${iso(noEnd - DAY)}&range_end=${iso(noEnd + 2 * DAY)}&calendar_id=${faults}`,
    );
    const offset = offsetMinutes(noEnd + 12 * HOUR, ZONE);
    expect(day.body.busy).toEqual([
      { start: iso(noEnd - offset * 60_000), end: iso(noEnd + DAY - offset * 60_000), kind: "external", source_id: states[0].source_id },
    ]);

    // The source breaks: an error state, and its last good busy set stays in force.
    version = 2;
    const broken = await sourcesUntil(faults, (s) => s[0]?.last_error?.code === "malformed");
    expect(broken[0]).toMatchObject({ interval_count: 2, last_sync_at: states[0].last_sync_at });
    const still = await agent.call(
      "GET",
      `/v1/availability?range_start=${iso(noEnd - DAY)}&range_end=${iso(noEnd + 2 * DAY)}&calendar_id=${faults}`,
    );
    expect(still.body.busy).toEqual(day.body.busy);
    // The rest of the server answers throughout.
    expect((await agent.call("GET", "/v1/agents/me")).status).toBe(200);
    // Removing the sources removes their busy time.
    expect((await owner.call("PUT", `/v1/dashboard/calendars/${faults}/sources`, { body: { sources: [] } })).body.sources).toEqual([]);
    const gone = await agent.call(
      "GET",
      `/v1/availability?range_start=${iso(noEnd - DAY)}&range_end=${iso(noEnd + 2 * DAY)}&calendar_id=${faults}`,
    );
    expect(gone.body.busy).toEqual([]);
  });

  it("refuses bad sources: private targets on a strict server, credentials in the URL, unknown calendars", async () => {
    const bad = await owner.call("PUT", `/v1/dashboard/calendars/${calendarId}/sources`, {
      body: { sources: [{ kind: "ics", url: "http://user:pw@example.com/x.ics" }] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe("/sources/0/url");
    const tooFast = await owner.call("PUT", `/v1/dashboard/calendars/${calendarId}/sources`, {
      body: { sources: [], poll_seconds: 1 },
    });
    expect(tooFast.status).toBe(400);
    expect((await owner.call("GET", "/v1/dashboard/calendars/cal_nope/sources")).status).toBe(404);
    const strict = await startServer();
    try {
      const o = await Owner.signIn(strict.url);
      const r = await o.call("PUT", `/v1/dashboard/calendars/${await o.defaultCalendarId()}/sources`, {
        body: { sources: [{ kind: "ics", url: `${web.base}/flip.ics` }] },
      });
      expect(r.status).toBe(400);
      expect(r.body.errors[0]).toMatchObject({ field: "/sources/0/url" });
    } finally {
      await strict.stop();
    }
  });
});

describe("ICS feed out", () => {
  it("serves bookings with stable UIDs, SEQUENCE, STATUS:CANCELLED and an ETag; ical.js and icalendar agree; revocable", async () => {
    const created = await owner.call("POST", `/v1/dashboard/calendars/${calendarId}/feeds`);
    expect(created.status).toBe(201);
    expect(created.body.url).toMatch(new RegExp(`^${server.url}/v1/feeds/adf_[A-Za-z0-9]+\\.ics$`));
    const path = created.body.url.slice(server.url.length);
    const start = holiday + 3 * DAY + 14 * HOUR;
    const b1 = await agent.call("POST", "/v1/bookings", { body: { start: iso(start), end: iso(start + HOUR) } });
    const b2 = await agent.call("POST", "/v1/bookings", { body: { start: iso(start + 2 * HOUR), end: iso(start + 3 * HOUR) } });
    expect((await agent.call("POST", `/v1/bookings/${b2.body.booking_id}/cancel`, { body: {} })).status).toBe(200);

    const res = await fetch(`${server.url}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/calendar/);
    const etag = res.headers.get("etag")!;
    const ics = await res.text();
    const events = new ICAL.Component(ICAL.parse(ics) as unknown[]).getAllSubcomponents("vevent").map((c) => {
      const e = new ICAL.Event(c);
      return {
        uid: e.uid,
        sequence: e.sequence,
        status: String(c.getFirstPropertyValue("status")),
        start: e.startDate.toJSDate().getTime(),
      };
    });
    expect(events).toContainEqual({ uid: `${b1.body.booking_id}@agentdraft`, sequence: 0, status: "CONFIRMED", start });
    expect(events).toContainEqual({ uid: `${b2.body.booking_id}@agentdraft`, sequence: 1, status: "CANCELLED", start: start + 2 * HOUR });
    const python = JSON.parse(py(["parse"], ics)) as { events: Array<{ uid: string; sequence: number; status: string; start: string }> };
    expect(python.events.map((e) => ({ ...e, start: Date.parse(e.start), end: undefined }))).toEqual(
      events.map((e) => ({ ...e, end: undefined })),
    );

    const again = await fetch(`${server.url}${path}`, { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    await agent.call("POST", `/v1/bookings/${b1.body.booking_id}/cancel`, { body: {} });
    const changed = await fetch(`${server.url}${path}`, { headers: { "if-none-match": etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);

    const feeds = await owner.call("GET", `/v1/dashboard/calendars/${calendarId}/feeds`);
    expect(feeds.body.data).toEqual([{ feed_id: created.body.feed_id, created_at: created.body.created_at }]);
    const hashes = await storeQuery<{ token_hash: string }>(server.dataDir, "SELECT token_hash FROM calendar_feeds");
    expect(JSON.stringify(hashes)).not.toContain(path.slice("/v1/feeds/".length, -4));
    expect((await owner.call("DELETE", `/v1/dashboard/calendars/${calendarId}/feeds/${created.body.feed_id}`)).status).toBe(204);
    expect((await fetch(`${server.url}${path}`)).status).toBe(404);
    expect((await fetch(`${server.url}/v1/feeds/adf_nothing.ics`)).status).toBe(404);
  });
});

describe("local times", () => {
  it("bookings get and list add start_local / end_local / time_zone; an unknown zone is a 400", async () => {
    const start = holiday + 4 * DAY + 15 * HOUR;
    const b = await agent.call("POST", "/v1/bookings", { body: { start: iso(start), end: iso(start + HOUR) } });
    const got = await agent.call("GET", `/v1/bookings/${b.body.booking_id}?time_zone=America/New_York`);
    const ny = offsetMinutes(start, "America/New_York");
    const local = new Date(start + ny * 60_000).toISOString().slice(0, 19);
    expect(got.body).toMatchObject({ time_zone: "America/New_York", start_local: `${local}-0${-ny / 60}:00` });
    const plain = await agent.call("GET", `/v1/bookings/${b.body.booking_id}`);
    expect(plain.body).not.toHaveProperty("start_local");
    const list = await agent.call("GET", `/v1/bookings?time_zone=calendar&range_start=${iso(start)}&range_end=${iso(start + HOUR)}`);
    expect(list.body.data[0]).toMatchObject({ booking_id: b.body.booking_id, time_zone: ZONE });
    for (const bad of ["Mars/Olympus", "calendar2", "+01:00"]) {
      const r = await agent.call("GET", `/v1/bookings/${b.body.booking_id}?time_zone=${encodeURIComponent(bad)}`);
      expect(r.status).toBe(400);
      expect(r.body).toMatchObject({ code: "invalid_request", errors: [{ field: "query.time_zone" }] });
    }
  });
});

describe("replay", () => {
  it("reproduces every booking and audit root with Radicale and the ICS server stopped", async () => {
    expect(await server.stop()).toBe(0);
    await radicale.stop();
    await web.close();
    const r = await replayStoreOf(server.dataDir);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const busySets = await storeQuery<{ n: number }>(
      server.dataDir,
      `SELECT count(*) AS n FROM commands WHERE body LIKE '%"type":"external.busy_set"%'`,
    );
    expect(Number(busySets[0]!.n)).toBeGreaterThan(3);
  });
});
