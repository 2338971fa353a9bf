// Bad input of every kind gets a 4xx RFC 9457 problem (application/problem+json with type, title,
// status, detail, code and request_id, the Request-Id header equal to body.request_id), never a
// 5xx, and writes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectInvalid, expectProblem } from "../support/problems.ts";
import { call, Owner, slot, startServer, type ServerProcess, type TestAgent } from "../support/server-process.ts";

let server: ServerProcess;
let owner: Owner;
let agent: TestAgent;
let calendarId: string;

beforeAll(async () => {
  server = await startServer();
  owner = await Owner.signIn(server.url);
  agent = await owner.createAgent("writer", 1);
  calendarId = await owner.defaultCalendarId();
});

afterAll(async () => {
  await server.stop();
});

const FUTURE = "2030-06-03";
const OFFSET_MESSAGE = "must be an RFC 3339 date-time with an offset (e.g. 2026-12-01T15:00:00Z)";
const json = { "content-type": "application/json" };

const post = (body: unknown) => agent.call("POST", "/v1/bookings", { body });
const postRaw = (raw: string, headers: Record<string, string> = json) => agent.call("POST", "/v1/bookings", { raw, headers });

/** Engine-validated fields (end ≤ start, > 24 h, start in the past) are JSON pointers like the schema's. */
const bodyField = (name: string) => `/${name}`;

describe("booking bodies", () => {
  it("bad JSON and bodies that are not objects", async () => {
    for (const raw of ['{"start":', "{start: 1}", "not json", '{"start":"2030-06-03T10:00:00Z",}']) {
      expectInvalid(await postRaw(raw), [{ field: "/", message: "is not valid JSON" }], "the body is not valid JSON");
    }
    for (const raw of ["[]", "null", '"text"', "42", "true"]) {
      expectInvalid(await postRaw(raw), [{ field: "/", message: "must be object" }], "the request body is invalid");
    }
  });

  it("a missing body or missing fields", async () => {
    expectInvalid(await agent.call("POST", "/v1/bookings"), [{ field: "/", message: "is required" }], "a JSON request body is required");
    expectInvalid(await postRaw("   "), [{ field: "/", message: "is required" }]);
    expectInvalid(await post({}), [
      { field: "/start", message: "must have required property 'start'" },
      { field: "/end", message: "must have required property 'end'" },
    ]);
    expectInvalid(await post({ start: `${FUTURE}T10:00:00Z` }), [{ field: "/end", message: "must have required property 'end'" }]);
    expectInvalid(await post({ end: `${FUTURE}T10:00:00Z`, mode: "hold" }), [
      { field: "/start", message: "must have required property 'start'" },
    ]);
  });

  it("wrong types", async () => {
    const s = slot(5);
    expectInvalid(await post({ start: 1_900_000_000_000, end: true }), [
      { field: "/start", message: "must be string" },
      { field: "/end", message: "must be string" },
    ]);
    expectInvalid(await post({ ...s, mode: "maybe", hold_ttl_seconds: "30", metadata: { n: 1 } }), [
      { field: "/mode", message: "must be equal to one of the allowed values" },
      { field: "/hold_ttl_seconds", message: "must be integer" },
      { field: "/metadata/n", message: "must be string" },
    ]);
    expectInvalid(await post({ ...s, metadata: ["a"] }), [{ field: "/metadata", message: "must be object" }]);
    expectInvalid(await post({ ...s, mode: "hold", hold_ttl_seconds: 1.5 }), [{ field: "/hold_ttl_seconds", message: "must be integer" }]);
    expectInvalid(await post({ ...s, mode: "hold", hold_ttl_seconds: 0 }), [{ field: "/hold_ttl_seconds", message: "must be >= 1" }]);
    expectInvalid(await post({ ...s, calendar_id: "main" }), [{ field: "/calendar_id", message: /^must match pattern/ }]);
  });

  it("out-of-range values the engine checks: TTL beyond the calendar's bounds, oversized metadata", async () => {
    const s = slot(5);
    expectInvalid(await post({ ...s, mode: "hold", hold_ttl_seconds: 3601 }), [
      { field: bodyField("hold_ttl_seconds"), message: "must be an integer between 1 and 3600" },
    ]);
    const many = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, "v"]));
    expectInvalid(await post({ ...s, metadata: many }), [{ field: "/metadata", message: "at most 50 keys" }]);
    expectInvalid(await post({ ...s, metadata: { note: "x".repeat(501) } }), [
      { field: "/metadata/note", message: "values are at most 500 characters" },
    ]);
  });

  it("end ≤ start, longer than 24 h, start in the past", async () => {
    const at = (hhmm: string, day = FUTURE) => `${day}T${hhmm}:00Z`;
    expectInvalid(await post({ start: at("10:00"), end: at("10:00") }), [{ field: bodyField("end"), message: "must be after start" }]);
    expectInvalid(await post({ start: at("10:00"), end: at("09:00") }), [{ field: bodyField("end"), message: "must be after start" }]);
    expectInvalid(await post({ start: at("10:00"), end: "2030-06-04T10:00:00.001Z" }), [
      { field: bodyField("end"), message: "a booking lasts at most 24 hours" },
    ]);
    expectInvalid(await post({ start: at("10:00"), end: at("10:00", "2030-06-05") }), [
      { field: bodyField("end"), message: "a booking lasts at most 24 hours" },
    ]);
    expectInvalid(await post({ start: "2020-01-01T10:00:00Z", end: "2020-01-01T10:30:00Z" }), [
      { field: bodyField("start"), message: "must not be in the past" },
    ]);
    const justPast = new Date(Date.now() - 1_000);
    expectInvalid(
      await post({ start: justPast.toISOString(), end: new Date(justPast.getTime() + 1_800_000).toISOString(), mode: "hold" }),
      [{ field: bodyField("start"), message: "must not be in the past" }],
    );
    expectInvalid(await post({ start: "2020-01-01T10:00:00Z", end: "2020-01-01T09:00:00Z" }), [
      { field: bodyField("end"), message: "must be after start" },
      { field: bodyField("start"), message: "must not be in the past" },
    ]);
  });

  it("naive and malformed times", async () => {
    for (const [start, end] of [
      [`${FUTURE}T10:00:00`, `${FUTURE}T10:30:00`], // no offset
      [FUTURE, "2030-06-04"], // dates only
      ["2030-02-30T10:00:00Z", "2030-02-30T10:30:00Z"], // no such day
      [`${FUTURE} 10:00:00`, `${FUTURE} 10:30:00`], // no T and no offset
      ["tomorrow", "later"],
    ]) {
      expectInvalid(await post({ start, end }), [
        { field: "/start", message: OFFSET_MESSAGE },
        { field: "/end", message: OFFSET_MESSAGE },
      ]);
    }
    expectInvalid(await post({ start: `${FUTURE}T10:00:00+02:00`, end: `${FUTURE}T10:30:00` }), [
      { field: "/end", message: OFFSET_MESSAGE },
    ]);
  });

  it("text no store can keep: NUL characters and unpaired surrogates", async () => {
    const s = slot(5);
    const message = "must be well-formed Unicode text without NUL characters";
    expectInvalid(
      await post({ ...s, metadata: { note: "a\u0000b" } }),
      [{ field: "/metadata/note", message }],
      "the request body is invalid",
    );
    expectInvalid(await post({ ...s, metadata: { "k\u0000": "v" } }), [{ field: "/metadata/k\u0000", message }]);
    // Raw JSON: a lone surrogate escape is valid JSON but not Unicode text.
    expectInvalid(await postRaw(`{"start":"${s.start}","end":"${s.end}","metadata":{"a":"\\ud800","b":"ok \\ud83d\\ude00"}}`), [
      { field: "/metadata/a", message },
    ]);
    expectInvalid(
      await postRaw(`{"start":"${s.start}","end":"${s.end}","metadata":{"a":"\\udc00"}}`, { ...json, "idempotency-key": "surrogate" }),
      [{ field: "/metadata/a", message }],
    );
    expectInvalid(await agent.call("POST", "/v1/bookings/bkg_unknown/cancel", { body: { reason: "\u0000" } }), [
      { field: "/reason", message },
    ]);
    expectInvalid(await owner.call("POST", "/v1/dashboard/calendars", { body: { name: "Main\u0000" } }), [{ field: "/name", message }]);
    expectInvalid(await owner.call("PATCH", `/v1/dashboard/calendars/${calendarId}`, { raw: '{"name":"\\udfff"}', headers: json }), [
      { field: "/name", message },
    ]);
    expectInvalid(
      await agent.call("GET", "/v1/audit?resource=bkg_%00"),
      [{ field: "query.resource", message }],
      "invalid query parameters",
    );
  });

  it("a leap second is well-formed RFC 3339 but not an instant", async () => {
    expectInvalid(await post({ start: "2030-06-30T23:59:60Z", end: "2030-07-01T00:30:00Z" }), [
      { field: "/start", message: "is not a valid RFC 3339 instant" },
    ]);
    expectInvalid(await agent.call("GET", "/v1/availability?range_start=2030-06-30T23:59:60Z&range_end=2030-07-01T00:30:00Z"), [
      { field: "query.range_start", message: "is not a valid RFC 3339 instant" },
    ]);
  });

  it("unknown fields", async () => {
    const s = slot(5);
    expectInvalid(await post({ ...s, colour: "red" }), [{ field: "/colour", message: "is not a known field" }]);
    expectInvalid(await post({ ...s, holdTtlSeconds: 60, priority: 1 }), [
      { field: "/holdTtlSeconds", message: "is not a known field" },
      { field: "/priority", message: "is not a known field" },
    ]);
    expectInvalid(await agent.call("POST", "/v1/bookings/bkg_unknown/cancel", { body: { reason: "x", why: "y" } }), [
      { field: "/why", message: "is not a known field" },
    ]);
  });

  it("a body over 64 KiB is 413 payload_too_large, with or without Content-Length", async () => {
    const huge = JSON.stringify({ ...slot(5), metadata: { note: "x".repeat(70_000) } });
    expectProblem(await postRaw(huge), 413, "payload_too_large", { max_bytes: 65_536 }, "request bodies are limited to 65536 bytes");
    // Streamed (chunked, no Content-Length).
    const res = await fetch(`${server.url}/v1/bookings`, {
      method: "POST",
      headers: { authorization: `Bearer ${agent.key}`, ...json },
      body: new ReadableStream({
        start(c) {
          for (let i = 0; i < huge.length; i += 10_000) c.enqueue(new TextEncoder().encode(huge.slice(i, i + 10_000)));
          c.close();
        },
      }),
      duplex: "half",
    } as RequestInit);
    const text = await res.text();
    expectProblem({ status: res.status, headers: res.headers, body: JSON.parse(text) }, 413, "payload_too_large", { max_bytes: 65_536 });
    // Any route: the owner API too, and before authentication.
    expectProblem(
      await owner.call("PUT", `/v1/dashboard/calendars/${calendarId}/rules`, {
        raw: JSON.stringify({ rules: [], pad: "x".repeat(70_000) }),
        headers: json,
      }),
      413,
      "payload_too_large",
      { max_bytes: 65_536 },
    );
    expectProblem(await call(server.url, "POST", "/v1/bookings", { raw: huge, headers: json }), 413, "payload_too_large", {
      max_bytes: 65_536,
    });
  });

  it("wrong or missing content type", async () => {
    const body = JSON.stringify(slot(5));
    const wrong = [{ field: "header.content-type", message: "must be application/json" }];
    expectInvalid(await postRaw(body, { "content-type": "text/plain" }), wrong, "send the body as application/json");
    expectInvalid(await postRaw(body, { "content-type": "application/x-www-form-urlencoded" }), wrong);
    expectInvalid(await postRaw(body, { "content-type": "multipart/form-data; boundary=x" }), wrong);
    // No Content-Type header at all (a byte body gets none from fetch).
    const res = await fetch(`${server.url}/v1/bookings`, {
      method: "POST",
      headers: { authorization: `Bearer ${agent.key}` },
      body: new TextEncoder().encode(body),
    });
    expectInvalid({ status: res.status, headers: res.headers, body: await res.json() }, wrong);
  });

  it("a bad Idempotency-Key header", async () => {
    expectInvalid(await agent.call("POST", "/v1/bookings", { body: slot(5), headers: { "idempotency-key": "k".repeat(256) } }), [
      { field: "header.idempotency-key", message: "must NOT have more than 255 characters" },
    ]);
  });
});

describe("parameters", () => {
  it("bad cursors and page sizes", async () => {
    const cursor = [{ field: "query.cursor", message: "is not a cursor this server issued" }];
    const encoded = (v: string) => Buffer.from(v).toString("base64url");
    for (const c of ["garbage!", "zzz", encoded('{"start":1}'), encoded("[]"), encoded("[1,2,3]"), encoded("[null]")]) {
      expectInvalid(await agent.call("GET", `/v1/bookings?cursor=${encodeURIComponent(c)}`), cursor, "the cursor is not valid");
      expectInvalid(await agent.call("GET", `/v1/audit?cursor=${encodeURIComponent(c)}`), cursor, "the cursor is not valid");
    }
    // A cursor of the wrong shape for its list (a bookings cursor holds two keys, an audit cursor one).
    expectInvalid(await agent.call("GET", `/v1/bookings?cursor=${encoded('["only-one"]')}`), cursor);
    expectInvalid(await agent.call("GET", `/v1/audit?cursor=${encoded("[1,2]")}`), cursor);
    // A decodable cursor whose keys have the wrong types.
    for (const key of ['["x","y"]', '[1.5,"bkg_a"]']) expectInvalid(await agent.call("GET", `/v1/bookings?cursor=${encoded(key)}`), cursor);
    for (const key of ['["x"]', "[1.5]"]) expectInvalid(await agent.call("GET", `/v1/audit?cursor=${encoded(key)}`), cursor);
    expectInvalid(await agent.call("GET", "/v1/bookings?limit=0"), [{ field: "query.limit", message: "must be >= 1" }]);
    expectInvalid(await agent.call("GET", "/v1/bookings?limit=201"), [{ field: "query.limit", message: "must be <= 200" }]);
    expectInvalid(await agent.call("GET", "/v1/bookings?limit=ten"), [{ field: "query.limit", message: "must be integer" }]);
  });

  it("bad ids in paths are 400; well-formed unknown ids are 404", async () => {
    const bookingId = [{ field: "path.booking_id", message: 'must match pattern "^bkg_[A-Za-z0-9_-]+$"' }];
    expectInvalid(await agent.call("GET", "/v1/bookings/not-a-booking"), bookingId, "invalid path parameters");
    for (const action of ["commit", "release", "cancel"]) {
      expectInvalid(await agent.call("POST", `/v1/bookings/42/${action}`), bookingId);
      expectProblem(await agent.call("POST", `/v1/bookings/bkg_unknown/${action}`), 404, "not_found", {}, "no booking bkg_unknown");
    }
    expectProblem(await agent.call("GET", "/v1/bookings/bkg_unknown"), 404, "not_found", {}, "no booking bkg_unknown");
    expectInvalid(await agent.call("GET", "/v1/audit/events/17/inclusion"), [{ field: "path.event_id", message: /^must match pattern/ }]);
    expectProblem(await agent.call("GET", "/v1/audit/events/evt_unknown/inclusion"), 404, "not_found");
    expectInvalid(await owner.call("GET", "/v1/dashboard/agents/writer"), [{ field: "path.agent_id", message: /^must match pattern/ }]);
    expectProblem(await owner.call("GET", "/v1/dashboard/agents/agt_unknown"), 404, "not_found", {}, "no agent agt_unknown");
    expectInvalid(await owner.call("PATCH", "/v1/dashboard/calendars/main", { body: { name: "x" } }), [
      { field: "path.calendar_id", message: /^must match pattern/ },
    ]);
    expectProblem(await owner.call("PATCH", "/v1/dashboard/calendars/cal_unknown", { body: { name: "x" } }), 404, "not_found");
  });

  it("availability: range_end ≤ range_start, more than 62 days, missing or naive bounds, bad duration", async () => {
    const q = (s: string) => agent.call("GET", `/v1/availability?${s}`);
    const after = [{ field: "query.range_end", message: "must be after range_start" }];
    expectInvalid(await q(`range_start=${FUTURE}T10:00:00Z&range_end=${FUTURE}T09:00:00Z`), after, "range_end must be after range_start");
    expectInvalid(await q(`range_start=${FUTURE}T10:00:00Z&range_end=${FUTURE}T10:00:00Z`), after);
    // The same instant written with another offset is still not after it.
    expectInvalid(await q(`range_start=${FUTURE}T10:00:00Z&range_end=${FUTURE}T12:00:00%2B02:00`), after);
    const tooLong = [{ field: "query.range_end", message: "at most 62 days after range_start" }];
    expectInvalid(await q("range_start=2030-01-01T00:00:00Z&range_end=2030-03-04T00:00:00.001Z"), tooLong, "the range is at most 62 days");
    expectInvalid(await q("range_start=2030-01-01T00:00:00Z&range_end=2031-01-01T00:00:00Z"), tooLong);
    expect((await q("range_start=2030-01-01T00:00:00Z&range_end=2030-03-04T00:00:00Z")).status).toBe(200); // exactly 62 days
    expectInvalid(await q(""), [
      { field: "query.range_start", message: "must have required property 'range_start'" },
      { field: "query.range_end", message: "must have required property 'range_end'" },
    ]);
    expectInvalid(await q(`range_start=${FUTURE}T10:00:00&range_end=${FUTURE}T12:00:00Z`), [
      { field: "query.range_start", message: OFFSET_MESSAGE },
    ]);
    const range = `range_start=${FUTURE}T10:00:00Z&range_end=${FUTURE}T12:00:00Z`;
    expectInvalid(await q(`${range}&duration_minutes=0`), [{ field: "query.duration_minutes", message: "must be >= 1" }]);
    expectInvalid(await q(`${range}&duration_minutes=1441`), [{ field: "query.duration_minutes", message: "must be <= 1440" }]);
    expectInvalid(await q(`${range}&duration_minutes=half`), [{ field: "query.duration_minutes", message: "must be integer" }]);
    expectInvalid(await q(`${range}&calendar_id=main`), [{ field: "query.calendar_id", message: /^must match pattern/ }]);
    expectProblem(await q(`${range}&calendar_id=cal_unknown`), 404, "not_found", {}, "no calendar cal_unknown");
  });

  it("booking list filters", async () => {
    expectInvalid(await agent.call("GET", "/v1/bookings?status=BOOKED&agent_id=writer&range_start=2030-01-01T00:00:00"), [
      { field: "query.status", message: "must be equal to one of the allowed values" },
      { field: "query.agent_id", message: /^must match pattern/ },
      { field: "query.range_start", message: OFFSET_MESSAGE },
    ]);
  });
});

describe("routes and the owner API", () => {
  it("unknown routes and methods are 404 problems", async () => {
    for (const [method, path] of [
      ["GET", "/"],
      ["GET", "/v1/nope"],
      ["GET", "/v2/bookings"],
      ["DELETE", "/v1/bookings"],
      ["PUT", "/v1/bookings/bkg_x"],
      ["POST", "/v1/bookings/bkg_x/explode"],
      ["GET", "/v1/dashboard/agents/agt_x/keys"],
    ] as const) {
      expectProblem(await agent.call(method, path), 404, "not_found", {}, `no route ${method} ${path}`);
    }
  });

  it("owner API bodies", async () => {
    expectInvalid(
      await owner.call("POST", "/v1/dashboard/agents", { body: { name: "bad name!", priority: 0, scopes: ["bookings:everything"] } }),
      [
        { field: "/name", message: /^must match pattern/ },
        { field: "/priority", message: "must be >= 1" },
        { field: "/scopes/0", message: "must be equal to one of the allowed values" },
      ],
    );
    expectInvalid(await owner.call("POST", "/v1/dashboard/agents", { body: { name: "ok", priority: 1001, scopes: [], admin: true } }), [
      { field: "/priority", message: "must be <= 1000" },
      { field: "/admin", message: "is not a known field" },
    ]);
    expectInvalid(await owner.call("POST", "/v1/dashboard/agents", { raw: "{", headers: json }), [
      { field: "/", message: "is not valid JSON" },
    ]);
    expectInvalid(await owner.call("POST", "/v1/dashboard/agents", { body: { name: "Writer", priority: 2, scopes: [] } }), [
      { field: "/name", message: "is already used in this workspace" },
    ]);
    expectInvalid(await owner.call("POST", "/v1/dashboard/calendars", { body: { name: "" } }), [
      { field: "/name", message: "must NOT have fewer than 1 characters" },
    ]);
    expectInvalid(await owner.call("POST", "/v1/dashboard/calendars", { body: { name: "Elsewhere", time_zone: "Nowhere/Special" } }), [
      { field: "/time_zone", message: "must be an IANA time zone" },
    ]);
    // Nested request objects are as strict as the top level: an unknown setting never reaches the engine.
    expectInvalid(await owner.call("PATCH", `/v1/dashboard/calendars/${calendarId}`, { body: { settings: { lease_ms: 1 } } }), [
      { field: "/settings/lease_ms", message: "is not a known field" },
    ]);
    expectInvalid(
      await owner.call("PATCH", `/v1/dashboard/calendars/${calendarId}`, { body: { settings: { hold_ttl_default_seconds: 5000 } } }),
      [{ field: "/settings/hold_ttl_default_seconds", message: "must lie between the TTL bounds" }],
    );
    expectInvalid(
      await owner.call("PATCH", `/v1/dashboard/calendars/${calendarId}`, { body: { settings: { arbitration_window_ms: -1 } } }),
      [{ field: "/settings/arbitration_window_ms", message: "must be >= 0" }],
    );
    expectInvalid(await owner.call("PATCH", `/v1/dashboard/agents/${agent.agent_id}`, { body: { priority: "high" } }), [
      { field: "/priority", message: "must be integer" },
    ]);
    expectInvalid(await call(server.url, "POST", "/v1/auth/magic-link", { body: {} }), [
      { field: "/email", message: "must have required property 'email'" },
    ]);
    expectProblem(await call(server.url, "POST", "/v1/auth/verify", { body: { token: "mlt_forged" } }), 401, "unauthenticated");
  });
});

describe("nothing was written", () => {
  it("no bookings, no extra agents or calendars, unchanged settings", async () => {
    const list = await agent.call("GET", "/v1/bookings");
    expect(list.status).toBe(200);
    expect(list.body).toEqual({ data: [], has_more: false });
    const agents = await owner.call("GET", "/v1/dashboard/agents");
    expect(agents.body.data.map((a: { name: string }) => a.name)).toEqual(["writer"]);
    const me = await agent.call("GET", "/v1/agents/me");
    expect(me.body.priority).toBe(1);
    const calendars = await owner.call("GET", "/v1/dashboard/calendars");
    expect(calendars.body.data).toEqual([
      {
        calendar_id: calendarId,
        name: "Main",
        time_zone: "UTC",
        is_default: true,
        settings: {
          arbitration_window_ms: 50,
          bump_window_seconds: 30,
          hold_ttl_default_seconds: 30,
          hold_ttl_min_seconds: 1,
          hold_ttl_max_seconds: 3600,
        },
        created_at: expect.any(String),
      },
    ]);
    expect((await owner.call("GET", `/v1/dashboard/calendars/${calendarId}/rules`)).body).toEqual({ rules: [] });
    const busy = await agent.call("GET", `/v1/availability?range_start=2030-06-01T00:00:00Z&range_end=2030-06-10T00:00:00Z`);
    expect(busy.body.busy).toEqual([]);
    // No request of this file was answered with a 5xx.
    expect(server.stderr()).not.toMatch(/unhandled error|does not match the spec/);
  });
});
