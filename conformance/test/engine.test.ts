// The runner's building blocks: expressions, matchers, reports.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: scenario expressions are written ${…}; these strings are inputs of interpolate()
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { baseMonday, ExprError, interpolate, type ExprContext } from "../src/expr.ts";
import { check, type Response } from "../src/match.ts";
import { junitXml, xmlEscape } from "../src/report.ts";
import type { SuiteReport } from "../src/runner.ts";

const base = Date.parse("2027-01-04T00:00:00Z");
const ctx = (vars: Record<string, unknown> = {}): ExprContext => ({
  baseMs: base,
  now: () => Date.parse("2026-12-20T10:00:00Z"),
  lookup: (name) => (name in vars ? { found: true, value: vars[name] } : { found: false }),
});

describe("expressions", () => {
  it("resolves paths, keeps the type of a whole placeholder, and joins text otherwise", () => {
    const vars = {
      agents: { a: { agent_id: "agt_1", priority: 2 } },
      steps: { s: { headers: { "retry-after": "3" }, body: { data: [{ id: "x" }] } } },
    };
    expect(interpolate("${agents.a.priority}", ctx(vars))).toBe(2);
    expect(interpolate("id=${agents.a.agent_id}", ctx(vars))).toBe("id=agt_1");
    expect(interpolate("${steps.s.headers.retry-after}", ctx(vars))).toBe("3");
    expect(interpolate("${steps.s.body.data[0].id}", ctx(vars))).toBe("x");
    expect(interpolate({ "k-${agents.a.priority}": ["${agents.a.agent_id}"] }, ctx(vars))).toEqual({ "k-2": ["agt_1"] });
  });

  it("does integer arithmetic and instants", () => {
    expect(interpolate("${q + 5}", ctx({ q: 20 }))).toBe(25);
    expect(interpolate("${6 - i}", ctx({ i: 2 }))).toBe(4);
    expect(interpolate("${r * 1000 + 300}", ctx({ r: 2 }))).toBe(2300);
    expect(interpolate("${at(1, '10:30')}", ctx())).toBe("2027-01-05T10:30:00.000Z");
    expect(interpolate("${plus(at(0, '08:00'), i * 60)}", ctx({ i: 2 }))).toBe("2027-01-04T10:00:00.000Z");
    expect(interpolate("${plus_s('2027-01-04T00:00:00Z', 90)}", ctx())).toBe("2027-01-04T00:01:30.000Z");
    expect(interpolate("${now(-30)}", ctx())).toBe("2026-12-20T09:30:00.000Z");
    expect(interpolate("${date(2)}T09:00:00", ctx())).toBe("2027-01-06T09:00:00");
    expect(interpolate("UNTIL=${ical_date(2)}T093000", ctx())).toBe("UNTIL=20270106T093000");
    expect(interpolate("${ical_utc(at(2, '08:30'))}", ctx())).toBe("20270106T083000Z");
  });

  it("refuses unknown names and functions", () => {
    expect(() => interpolate("${nope}", ctx())).toThrow(ExprError);
    expect(() => interpolate("${eval('1')}", ctx())).toThrow(/unknown function/);
    expect(() => interpolate("${a.b}", ctx({ a: {} }))).toThrow(/a\.b is not defined/);
  });

  it("picks a Monday at least two weeks ahead", () => {
    const now = Date.parse("2026-11-24T04:50:00Z");
    const monday = baseMonday(now);
    expect(new Date(monday).getUTCDay()).toBe(1);
    expect(monday - now).toBeGreaterThanOrEqual(13 * 86_400_000);
    expect(new Date(monday).toISOString()).toBe("2026-12-14T00:00:00.000Z");
  });
});

describe("matchers", () => {
  const res: Response = {
    status: 409,
    headers: { "retry-after": "2", "content-type": "application/problem+json" },
    body: { code: "outranked", n: 3, at: "2027-01-04T10:00:00.000Z", list: [{ a: 1 }, { a: 2 }], nested: { x: "y", z: 1 } },
  };
  const none = { step: () => undefined };

  it("matches partial objects, exact arrays, scalars and matchers", () => {
    expect(check({ status: 409, code: "outranked", body: { nested: { x: "y" }, list: [{ a: 1 }, { a: 2 }] } }, res, none)).toEqual([]);
    expect(check({ status: [200, 409], headers: { "Retry-After": 2 } }, res, none)).toEqual([]);
    expect(check({ body: { at: { $instant: "2027-01-04T11:00:00+01:00" }, n: { $gte: 3, $lt: 4, $type: "integer" } } }, res, none)).toEqual(
      [],
    );
    expect(
      check(
        { body: { list: { $length: 2, $each: { a: { $type: "integer" } }, $contains: { a: 2 } }, missing: { $absent: true } } },
        res,
        none,
      ),
    ).toEqual([]);
    expect(check({ body: { code: { $one_of: ["slot_taken", "outranked"] }, nested: { $eq: { x: "y", z: 1 } } } }, res, none)).toEqual([]);
  });

  it("reports what differs, where", () => {
    expect(check({ status: 201 }, res, none)).toEqual([{ path: "status", message: "unexpected status", expected: 201, actual: 409 }]);
    expect(check({ body: { nested: { $eq: { x: "y" } } } }, res, none)[0]).toMatchObject({ path: "body.nested", message: "must equal" });
    expect(check({ body: { list: [{ a: 1 }] } }, res, none)[0]).toMatchObject({ path: "body.list", message: "must have 1 elements" });
    expect(check({ body: { list: [{ a: 1 }, { a: 3 }] } }, res, none)[0]).toMatchObject({ path: "body.list[1].a", expected: 3, actual: 2 });
    expect(check({ headers: { "Idempotent-Replayed": "true" } }, res, none)[0]).toMatchObject({
      path: "headers.idempotent-replayed",
      message: "is missing",
    });
    expect(check({ body: { code: { $pattern: "^slot" } } }, res, none)[0]).toMatchObject({ path: "body.code" });
  });

  it("compares with another step's response at the same place", () => {
    const other: Response = { status: 201, headers: {}, body: { code: "outranked", n: 4 } };
    const steps = { step: (id: string) => (id === "first" ? other : undefined) };
    expect(check({ body: { code: { $same_as: "first" } } }, res, steps)).toEqual([]);
    expect(check({ body: { n: { $same_as: "first" } } }, res, steps)[0]).toMatchObject({ path: "body.n", expected: 4, actual: 3 });
    expect(check({ body: { $same_as: "first" } }, res, steps)[0]).toMatchObject({ path: "body" });
  });
});

describe("reports", () => {
  it("escapes XML markup and characters XML 1.0 cannot carry", () => {
    expect(xmlEscape(`<a href="x">&'\u0001\u0007`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;\uFFFD\uFFFD");
  });

  it("writes well-formed JUnit XML for passed, failed and skipped scenarios", () => {
    const report: SuiteReport = {
      tool: { name: "@agentdraft/conformance", version: "0.0.0" },
      base_url: "http://127.0.0.1:1/?a=1&b=<2>",
      level: "semantic",
      started_at: "2026-11-24T00:00:00.000Z",
      duration_ms: 1234,
      summary: { total: 3, passed: 1, failed: 1, skipped: 1 },
      scenarios: [
        {
          id: "a.pass",
          title: "ok",
          spec: "docs/protocol.md §1",
          level: "shape",
          status: "passed",
          duration_ms: 5,
          failures: [],
          exchanges: [],
        },
        {
          id: "b.fail",
          title: 'quotes " and <tags>',
          spec: "docs/protocol.md §2 & §3",
          level: "semantic",
          status: "failed",
          duration_ms: 7,
          failures: [
            {
              where: "step",
              path: "body.code",
              message: "must equal",
              expected: "x",
              actual: "]]>\u0000",
              request: { method: "POST", url: "http://x/v1/bookings", headers: {}, body: { a: "<b>" } },
              response: { status: 409, headers: {}, body: { code: "<&>" } },
            },
          ],
          exchanges: [],
        },
        {
          id: "c.skip",
          title: "skip",
          spec: "docs/protocol.md §4",
          level: "semantic",
          status: "skipped",
          skip_reason: "too big <q=600>",
          duration_ms: 1,
          failures: [],
          exchanges: [],
        },
      ],
    };
    const xml = junitXml(report);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('tests="3" failures="1" errors="0" skipped="1"');
    expect(xml).toContain('<skipped message="too big &lt;q=600&gt;"/>');
    expect(xml).toContain('<failure message="step › body.code: must equal" type="conformance">');
  });
});
