/**
 * Canonical audit events: RFC 8785 (JCS) serialisation, UTF-8 encoding and
 * the RFC 6962 leaf hash built from it.
 */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  type AuditEvent,
  InvalidAuditEventError,
  assertAuditEvent,
  canonicalEvent,
  canonicalJson,
  eventLeafHash,
  type JsonValue,
} from "../../src/audit/index.ts";
import { hex } from "./helpers.ts";

const decode = (b: Uint8Array) => new TextDecoder().decode(b);

function sampleEvent(): AuditEvent {
  return {
    event_id: "evt_01",
    seq: 7,
    at: "2030-01-02T03:04:05.678Z",
    actor: { type: "agent", agent_id: "agt_scheduler" },
    action: "booking.committed",
    resource: "bkg_123",
    request: {
      calendar_id: "cal_1",
      start: "2030-01-02T09:00:00.000Z",
      end: "2030-01-02T09:30:00.000Z",
      priority: 2,
      metadata: { title: "Café ☕ sync", zeta: true, alpha: null },
    },
    outcome: { status: 201, booking_status: "COMMITTED" },
  };
}

describe("JCS (RFC 8785)", () => {
  it("sorts keys and formats numbers canonically", () => {
    expect(canonicalJson(JSON.parse('{"b":1,"a":[1.0,"x"]}') as JsonValue)).toBe('{"a":[1,"x"],"b":1}');
  });

  it("matches the RFC 8785 §3.2.2 example", () => {
    const input =
      '{"numbers":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001],' +
      '"string":"\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/","literals":[null,true,false]}';
    expect(canonicalJson(JSON.parse(input) as JsonValue)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' + '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it("sorts property names by UTF-16 code units (RFC 8785 §3.2.3)", () => {
    const input = {
      "\u20ac": "Euro Sign",
      "\r": "Carriage Return",
      "\ufb33": "Hebrew Letter Dalet With Dagesh",
      "1": "One",
      "\ud83d\ude00": "Emoji: Grinning Face",
      "\u0080": "Control",
      "\u00f6": "Latin Small Letter O With Diaeresis",
    };
    // Read the order from the text (JSON.parse would move the integer-like key "1" first).
    const text = canonicalJson(input);
    const values = [...text.matchAll(/:"([^"]*)"/g)].map((m) => m[1]);
    expect(values).toEqual([
      "Carriage Return",
      "One",
      "Control",
      "Latin Small Letter O With Diaeresis",
      "Euro Sign",
      "Emoji: Grinning Face",
      "Hebrew Letter Dalet With Dagesh",
    ]);
  });

  it.each([
    // RFC 8785 Appendix B (IEEE 754 value → canonical text)
    ["0000000000000000", "0"],
    ["8000000000000000", "0"],
    ["0000000000000001", "5e-324"],
    ["8000000000000001", "-5e-324"],
    ["7fefffffffffffff", "1.7976931348623157e+308"],
    ["ffefffffffffffff", "-1.7976931348623157e+308"],
    ["4340000000000000", "9007199254740992"],
    ["c340000000000000", "-9007199254740992"],
    ["4430000000000000", "295147905179352830000"],
    ["44b52d02c7e14af5", "9.999999999999997e+22"],
    ["44b52d02c7e14af6", "1e+23"],
    ["44b52d02c7e14af7", "1.0000000000000001e+23"],
    ["444b1ae4d6e2ef4e", "999999999999999700000"],
    ["444b1ae4d6e2ef4f", "999999999999999900000"],
    ["444b1ae4d6e2ef50", "1e+21"],
    ["3eb0c6f7a0b5ed8c", "9.999999999999997e-7"],
    ["3eb0c6f7a0b5ed8d", "0.000001"],
    ["41b3de4355555553", "333333333.3333332"],
    ["41b3de4355555554", "333333333.33333325"],
    ["41b3de4355555555", "333333333.3333333"],
    ["41b3de4355555556", "333333333.3333334"],
    ["41b3de4355555557", "333333333.33333343"],
    ["becbf647612f3696", "-0.0000033333333333333333"],
    ["43143ff3c1cb0959", "1424953923781206.2"],
  ])("number 0x%s serialises as %s", (ieee, expected) => {
    const value = Buffer.from(ieee, "hex").readDoubleBE(0);
    expect(canonicalJson(value)).toBe(expected);
  });

  it("rejects values JSON cannot represent canonically", () => {
    expect(() => canonicalJson(Number.NaN)).toThrow();
    expect(() => canonicalJson(Number.POSITIVE_INFINITY)).toThrow();
    expect(() => canonicalJson("\ud800")).toThrow();
  });
});

describe("canonicalEvent", () => {
  it("produces the exact canonical text, UTF-8 encoded", () => {
    const expected =
      '{"action":"booking.committed","actor":{"agent_id":"agt_scheduler","type":"agent"},"at":"2030-01-02T03:04:05.678Z",' +
      '"event_id":"evt_01","outcome":{"booking_status":"COMMITTED","status":201},' +
      '"request":{"calendar_id":"cal_1","end":"2030-01-02T09:30:00.000Z",' +
      '"metadata":{"alpha":null,"title":"Café ☕ sync","zeta":true},"priority":2,' +
      '"start":"2030-01-02T09:00:00.000Z"},"resource":"bkg_123","seq":7}';
    const bytes = canonicalEvent(sampleEvent());
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(decode(bytes)).toBe(expected);
    expect(hex(bytes)).toBe(Buffer.from(expected, "utf8").toString("hex"));
    // "é" and "☕" are raw UTF-8, not \u escapes.
    expect(hex(bytes)).toContain(Buffer.from("Café ☕", "utf8").toString("hex"));
  });

  it("is independent of property insertion order and of a JSON round trip", () => {
    const e = sampleEvent();
    const reordered = JSON.parse(
      JSON.stringify({
        outcome: { booking_status: "COMMITTED", status: 201.0 },
        seq: 7,
        resource: "bkg_123",
        request: {
          metadata: { zeta: true, alpha: null, title: "Caf\u00e9 \u2615 sync" },
          priority: 2,
          end: "2030-01-02T09:30:00.000Z",
          start: "2030-01-02T09:00:00.000Z",
          calendar_id: "cal_1",
        },
        actor: { type: "agent", agent_id: "agt_scheduler" },
        at: "2030-01-02T03:04:05.678Z",
        action: "booking.committed",
        event_id: "evt_01",
      }),
    ) as AuditEvent;
    expect(hex(canonicalEvent(reordered))).toBe(hex(canonicalEvent(e)));
    expect(hex(eventLeafHash(reordered))).toBe(hex(eventLeafHash(e)));
  });

  it("leaf hash is SHA-256(0x00 ‖ canonical bytes)", () => {
    const bytes = canonicalEvent(sampleEvent());
    const expected = createHash("sha256").update(Uint8Array.of(0)).update(bytes).digest("hex");
    expect(hex(eventLeafHash(sampleEvent()))).toBe(expected);
  });

  it("any field change changes the leaf hash", () => {
    const base = hex(eventLeafHash(sampleEvent()));
    const edits: ((e: AuditEvent) => void)[] = [
      (e) => (e.event_id = "evt_02"),
      (e) => (e.seq = 8),
      (e) => (e.at = "2030-01-02T03:04:05.679Z"),
      (e) => (e.actor = { type: "agent", agent_id: "agt_other" }),
      (e) => (e.actor = { type: "user", user_id: "agt_scheduler" }),
      (e) => (e.action = "booking.evicted"),
      (e) => (e.resource = "bkg_124"),
      (e) => (e.request.priority = 1),
      (e) => (e.request.extra = null),
      (e) => (e.outcome.status = 409),
      (e) => (e.outcome.status = "201"),
    ];
    const seen = new Set([base]);
    for (const edit of edits) {
      const e = sampleEvent();
      edit(e);
      const h = hex(eventLeafHash(e));
      expect(seen.has(h)).toBe(false);
      seen.add(h);
    }
  });

  it("accepts user actors", () => {
    const e = { ...sampleEvent(), actor: { type: "user" as const, user_id: "usr_1" } };
    expect(decode(canonicalEvent(e))).toContain('"actor":{"type":"user","user_id":"usr_1"}');
  });

  it.each([
    ["not an object", []],
    ["missing event_id", { ...sampleEvent(), event_id: undefined }],
    ["empty action", { ...sampleEvent(), action: "" }],
    ["negative seq", { ...sampleEvent(), seq: -1 }],
    ["fractional seq", { ...sampleEvent(), seq: 1.5 }],
    ["string seq", { ...sampleEvent(), seq: "7" }],
    ["actor with both ids", { ...sampleEvent(), actor: { type: "agent", agent_id: "a", user_id: "u" } }],
    ["actor with neither id", { ...sampleEvent(), actor: {} }],
    ["actor with an unknown type", { ...sampleEvent(), actor: { type: "bot", bot_id: "b" } }],
    ["non-string actor id", { ...sampleEvent(), actor: { type: "agent", agent_id: 1 } }],
    ["array request", { ...sampleEvent(), request: [] }],
    ["null outcome", { ...sampleEvent(), outcome: null }],
  ])("rejects an event with %s", (_what, value) => {
    expect(() => assertAuditEvent(value)).toThrow(InvalidAuditEventError);
    expect(() => canonicalEvent(value as AuditEvent)).toThrow(InvalidAuditEventError);
  });

  it("rejects non-finite numbers inside the payload", () => {
    const e = sampleEvent();
    e.outcome.ratio = Number.NaN;
    expect(() => canonicalEvent(e)).toThrow();
  });
});
