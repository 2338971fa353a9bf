// Unit tests: key-case conversion, instants, error mapping, retry policy, client construction,
// pagination, and the package's shape (exports, version, browser-safe sources).
import { execFile } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, describe, expect, expectTypeOf, it, vi } from "vitest";
import {
  AgentDraft,
  AgentDraftError,
  APIConnectionError,
  APIError,
  APITimeoutError,
  AuthError,
  camelize,
  Conflict,
  errorCatalog,
  IdempotencyError,
  InvalidRequest,
  NotFound,
  Page,
  PagePromise,
  PermissionDenied,
  RateLimited,
  RuleViolation,
  ServerError,
  snakeize,
  VERSION,
  type AuditEvent,
  type Booking,
  type components,
} from "../src/index.ts";
import { errorFromResponse } from "../src/errors.ts";
import { backoffMs, isRetryable, retryAfterMs } from "../src/retry.ts";
import { toInstant } from "../src/time.ts";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

describe("key case", () => {
  it("camelizes deeply but leaves metadata, request and outcome untouched", () => {
    const wire = {
      booking_id: "bkg_1",
      metadata: { crm_ref: "A", nested_obj: "x" },
      list_of: [{ inner_key: 1 }],
      event: { event_id: "evt_1", request: { request_id: "r", deep: { snake_case: 1 } }, outcome: { winning_agent_id: "a" } },
    };
    expect(camelize(wire)).toEqual({
      bookingId: "bkg_1",
      metadata: { crm_ref: "A", nested_obj: "x" },
      listOf: [{ innerKey: 1 }],
      event: { eventId: "evt_1", request: { request_id: "r", deep: { snake_case: 1 } }, outcome: { winning_agent_id: "a" } },
    });
  });

  it("snakeizes back, dropping undefined, leaving opaque maps alone", () => {
    expect(snakeize({ holdTtlSeconds: 30, calendarId: undefined, metadata: { camelKey: "v" }, inReplyTo: "<a@b>" })).toEqual({
      hold_ttl_seconds: 30,
      metadata: { camelKey: "v" },
      in_reply_to: "<a@b>",
    });
  });

  it("round-trips every spec example", async () => {
    const { spec } = await import("./helpers/prism.ts");
    for (const [name, schema] of Object.entries(spec.components.schemas)) {
      if (schema.example === undefined || typeof schema.example !== "object") continue;
      expect(snakeize(camelize(schema.example)), name).toEqual(schema.example);
    }
  });

  it("types responses in camelCase", () => {
    expectTypeOf<Booking["bookingId"]>().toEqualTypeOf<string>();
    expectTypeOf<Booking["metadata"]>().toEqualTypeOf<components["schemas"]["Metadata"]>();
    expectTypeOf<Booking>().not.toHaveProperty("booking_id");
    expectTypeOf<AuditEvent["request"]>().toEqualTypeOf<components["schemas"]["AuditEvent"]["request"]>();
    expectTypeOf<Conflict["winningAgentPriority"]>().toEqualTypeOf<number | undefined>();
  });
});

describe("instants", () => {
  it("accepts Dates and RFC 3339 strings with an offset", () => {
    expect(toInstant(new Date("2026-12-01T15:00:00Z"), "start")).toBe("2026-12-01T15:00:00.000Z");
    for (const s of ["2026-12-01T15:00:00Z", "2026-12-01t15:00:00z", "2026-12-01T15:00:00.123456+05:30", "2026-12-01T15:00:00-00:00"]) {
      expect(toInstant(s, "start")).toBe(s);
    }
  });

  it("rejects naive, malformed and impossible times with InvalidRequest", () => {
    for (const s of [
      "2026-12-01T15:00:00",
      "2026-12-01 15:00",
      "2026-12-01",
      "tomorrow",
      "2026-13-01T00:00:00Z",
      "2026-12-01T25:00:00Z",
      "2026-12-01T10:00:00+24:00",
      "",
    ]) {
      const error = (() => {
        try {
          toInstant(s, "start");
        } catch (e) {
          return e;
        }
      })();
      expect(error, s).toBeInstanceOf(InvalidRequest);
      expect((error as InvalidRequest).errors[0]!.field).toBe("start");
    }
    expect(() => toInstant("2026-12-01T15:00:00", "end")).toThrow(/naive time/);
    expect(() => toInstant(new Date("nope"), "end")).toThrow(InvalidRequest);
  });
});

describe("error mapping", () => {
  const problem = (status: number, code: string, extra: Record<string, unknown> = {}) =>
    errorFromResponse(status, { type: "t", title: "T", status, detail: "d", code, request_id: "req_1", ...extra });
  const classes = {
    InvalidRequest,
    AuthError,
    PermissionDenied,
    NotFound,
    Conflict,
    IdempotencyError,
    RuleViolation,
    RateLimited,
    ServerError,
  };

  it("maps every code of the generated catalog to its class", () => {
    for (const [code, entry] of Object.entries(errorCatalog)) {
      const error = problem(entry.statuses[0], code);
      expect(error, code).toBeInstanceOf(classes[entry.exception]);
      expect(error).toBeInstanceOf(APIError);
      expect(error).toBeInstanceOf(AgentDraftError);
      expect(error.name).toBe(entry.exception);
      expect(error).toMatchObject({ status: entry.statuses[0], code, requestId: "req_1", detail: "d" });
    }
  });

  it("falls back to the status, then to ServerError/APIError", () => {
    expect(problem(409, "brand_new_conflict")).toBeInstanceOf(Conflict);
    expect(problem(404, "gone")).toBeInstanceOf(NotFound);
    expect(errorFromResponse(502, "Bad Gateway")).toBeInstanceOf(ServerError);
    expect(errorFromResponse(502, "Bad Gateway").detail).toBe("Bad Gateway");
    const teapot = errorFromResponse(418, undefined, new Headers({ "request-id": "req_h" }));
    expect(teapot.constructor).toBe(APIError);
    expect(teapot.requestId).toBe("req_h");
  });

  it("an unknown 422 code is an InvalidRequest, never an IdempotencyError or a RuleViolation", () => {
    const error = problem(422, "brand_new_unprocessable");
    expect(error).toBeInstanceOf(InvalidRequest);
    expect(error).not.toBeInstanceOf(IdempotencyError);
    expect(error).not.toBeInstanceOf(RuleViolation);
    expect(error).toMatchObject({ status: 422, code: "brand_new_unprocessable" });
  });

  it("carries the problem's fields in camelCase", () => {
    const conflict = problem(409, "slot_taken", {
      winning_agent_id: "agt_w",
      winning_agent_priority: 3,
      winning_booking_id: "bkg_w",
      audit_event_id: "evt_1",
    }) as Conflict;
    expect(conflict).toMatchObject({
      reason: "slot_taken",
      winningAgentId: "agt_w",
      winningAgentPriority: 3,
      winningBookingId: "bkg_w",
      auditEventId: "evt_1",
    });
    expect(conflict.message).toBe("409 slot_taken: d (request req_1)");
    expect((problem(422, "rule_violation", { rule: { rule_id: "r1", kind: "buffer" } }) as RuleViolation).rule).toEqual({
      ruleId: "r1",
      kind: "buffer",
    });
    expect((problem(429, "rate_limited", { retry_after_seconds: 7 }) as RateLimited).retryAfterSeconds).toBe(7);
    expect((problem(413, "payload_too_large", { max_bytes: 65536 }) as InvalidRequest).maxBytes).toBe(65536);
    const limited = errorFromResponse(429, { code: "rate_limited" }, new Headers({ "retry-after": "3" })) as RateLimited;
    expect(limited.retryAfterSeconds).toBe(3);
  });

  it("transport errors are AgentDraftErrors without status", () => {
    const timeout = new APITimeoutError();
    expect(timeout).toBeInstanceOf(APIConnectionError);
    expect(timeout).toBeInstanceOf(AgentDraftError);
    expect(timeout.status).toBeUndefined();
  });
});

describe("retry policy", () => {
  const err = (status: number, code: string, headers: Record<string, string> = {}, extra: Record<string, unknown> = {}) =>
    errorFromResponse(status, { code, ...extra }, new Headers(headers));

  it("retries connection errors, timeouts, 408, in-flight 409, 429 and 5xx only", () => {
    expect(isRetryable(new APIConnectionError())).toBe(true);
    expect(isRetryable(new APITimeoutError())).toBe(true);
    for (const [status, code] of [
      [408, "timeout"],
      [409, "idempotency_in_flight"],
      [429, "rate_limited"],
      [500, "internal"],
      [503, "unavailable"],
      [502, "x"],
    ] as const) {
      expect(isRetryable(err(status, code)), `${status} ${code}`).toBe(true);
    }
    for (const [status, code] of [
      [400, "invalid_request"],
      [401, "unauthenticated"],
      [403, "forbidden"],
      [404, "not_found"],
      [409, "outranked"],
      [409, "slot_taken"],
      [422, "rule_violation"],
      [422, "idempotency_key_reused"],
    ] as const) {
      expect(isRetryable(err(status, code)), `${status} ${code}`).toBe(false);
    }
    expect(isRetryable(new Error("bug"))).toBe(false);
  });

  it("honours Retry-After (seconds or date) within (0, 60] s, else the body, else nothing", () => {
    expect(retryAfterMs(err(429, "rate_limited", { "retry-after": "2" }))).toBe(2000);
    expect(retryAfterMs(err(429, "rate_limited", { "retry-after": "0.5" }))).toBe(500);
    expect(retryAfterMs(err(429, "rate_limited", { "retry-after": "60" }))).toBe(60_000);
    expect(retryAfterMs(err(429, "rate_limited", { "retry-after": "61" }))).toBeUndefined();
    expect(retryAfterMs(err(429, "rate_limited", { "retry-after": "0" }))).toBeUndefined();
    expect(retryAfterMs(err(429, "rate_limited", { "retry-after": "-1" }))).toBeUndefined();
    expect(retryAfterMs(err(503, "unavailable", {}, { retry_after_seconds: 1 }))).toBe(1000);
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(retryAfterMs(err(503, "unavailable", { "retry-after": "Thu, 01 Jan 2026 00:00:05 GMT" }), now)).toBe(5000);
    expect(retryAfterMs(err(503, "unavailable", { "retry-after": "Thu, 01 Jan 2026 01:00:00 GMT" }), now)).toBeUndefined();
  });

  it("backs off exponentially with jitter, capped", () => {
    expect(backoffMs(0, () => 0)).toBe(500);
    expect(backoffMs(0, () => 1)).toBe(375);
    expect(backoffMs(1, () => 0)).toBe(1000);
    expect(backoffMs(3, () => 0)).toBe(4000);
    expect(backoffMs(10, () => 0)).toBe(8000);
  });
});

describe("client construction", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("fails clearly without an API key", () => {
    vi.stubEnv("AGENTDRAFT_API_KEY", "");
    expect(() => new AgentDraft()).toThrow(AgentDraftError);
    expect(() => new AgentDraft()).toThrow(/AGENTDRAFT_API_KEY/);
  });

  it("falls back to AGENTDRAFT_API_KEY and AGENTDRAFT_BASE_URL, then 127.0.0.1:8080", async () => {
    vi.stubEnv("AGENTDRAFT_API_KEY", "avs_live_fromenv");
    vi.stubEnv("AGENTDRAFT_BASE_URL", "http://example.test:9999/");
    const seen: Request[] = [];
    const client = new AgentDraft({
      fetch: async (req) => {
        seen.push(req);
        return new Response(JSON.stringify({ agent_id: "agt_a" }), { headers: { "content-type": "application/json" } });
      },
    });
    expect(client.baseUrl).toBe("http://example.test:9999");
    await client.agents.me();
    expect(seen[0]!.url).toBe("http://example.test:9999/v1/agents/me");
    expect(seen[0]!.headers.get("authorization")).toBe("Bearer avs_live_fromenv");
    vi.stubEnv("AGENTDRAFT_BASE_URL", "");
    expect(new AgentDraft({ apiKey: "k" }).baseUrl).toBe("http://127.0.0.1:8080");
  });

  it("validates its options and keeps the key out of its printable state", () => {
    expect(() => new AgentDraft({ apiKey: "k", baseUrl: "not a url" })).toThrow(/baseUrl/);
    expect(() => new AgentDraft({ apiKey: "k", maxRetries: -1 })).toThrow(/maxRetries/);
    expect(() => new AgentDraft({ apiKey: "k", timeout: Number.NaN })).toThrow(/timeout/);
    const client = new AgentDraft({ apiKey: "avs_live_secretvalue" });
    expect(JSON.stringify(client)).not.toContain("secretvalue");
    expect(client).toMatchObject({ timeout: 10_000, maxRetries: 2 });
  });
});

describe("pagination", () => {
  it("is lazy, awaitable and iterable across pages", async () => {
    const load = vi.fn(async (cursor: string | undefined): Promise<Page<number>> => {
      const start = cursor === undefined ? 0 : Number(cursor);
      const more = start < 4;
      return new Page({ data: [start, start + 1], hasMore: more, nextCursor: more ? String(start + 2) : undefined }, load);
    });
    const pages = new PagePromise(() => load(undefined));
    expect(load).not.toHaveBeenCalled();
    const first = await pages;
    expect(first.data).toEqual([0, 1]);
    const items: number[] = [];
    for await (const n of pages) items.push(n);
    expect(items).toEqual([0, 1, 2, 3, 4, 5]);
    const last = await (await first.getNextPage()).getNextPage();
    expect(last.hasNextPage()).toBe(false);
    await expect(last.getNextPage()).rejects.toThrow(RangeError);
  });
});

describe("package", () => {
  const pkg = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8")) as {
    version: string;
    exports: Record<string, Record<string, string>>;
  };

  it("VERSION matches package.json", () => {
    expect(VERSION, "run: pnpm --filter @agentdraft/sdk sync-version").toBe(pkg.version);
    expect(AgentDraft.VERSION).toBe(pkg.version);
  });

  it("exports the built files with types, and the source under the @agentdraft/source condition", async () => {
    expect(pkg.exports["."]).toEqual({
      "@agentdraft/source": "./src/index.ts",
      types: "./dist/index.d.ts",
      import: "./dist/index.js",
      default: "./dist/index.js",
    });
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        "--conditions=@agentdraft/source",
        "--input-type=module",
        "-e",
        "const m = await import('@agentdraft/sdk'); console.log(import.meta.resolve('@agentdraft/sdk'), typeof m.AgentDraft)",
      ],
      { cwd: packageDir },
    );
    expect(stdout.trim()).toBe(`file://${packageDir}/src/index.ts function`);
  });

  it("sources import nothing Node-only (they run in browsers)", () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (full.endsWith(".ts")) files.push(full);
      }
    };
    walk(path.join(packageDir, "src"));
    expect(files.length).toBeGreaterThan(15);
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      expect(text, file).not.toMatch(/from\s+["']node:/);
      expect(text, file).not.toMatch(/\bBuffer\.|new Buffer\b|\brequire\(/);
      expect(text.replace(/globalThis as \{ process\?[^}]*\}\s*\}\s*\)\.process/g, ""), file).not.toMatch(/\bprocess\./);
    }
  });
});
