// Pure parts: local times, argument messages, the generated definitions, the package version.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toolDefinitions } from "../src/generated/tools.ts";
import { localize, toLocal } from "../src/time.ts";
import { toolValidator } from "../src/validation.ts";
import { VERSION } from "../src/version.ts";

describe("local times", () => {
  it("renders an instant in a zone with its offset, DST included", () => {
    expect(toLocal("2027-01-05T09:00:00Z", "Europe/Berlin")).toBe("2027-01-05T10:00:00+01:00");
    expect(toLocal("2027-07-05T09:00:00.000Z", "Europe/Berlin")).toBe("2027-07-05T11:00:00.000+02:00");
    expect(toLocal("2027-07-05T09:00:00Z", "UTC")).toBe("2027-07-05T09:00:00Z");
    expect(toLocal("2027-01-05T09:00:00Z", "America/New_York")).toBe("2027-01-05T04:00:00-05:00");
  });
  it("adds *_local next to instant fields, leaving metadata alone", () => {
    expect(
      localize({ start: "2027-01-05T09:00:00Z", metadata: { start: "x" }, slots: [{ end: "2027-01-05T10:00:00Z" }] }, "Europe/Berlin"),
    ).toEqual({
      start: "2027-01-05T09:00:00Z",
      start_local: "2027-01-05T10:00:00+01:00",
      metadata: { start: "x" },
      slots: [{ end: "2027-01-05T10:00:00Z", end_local: "2027-01-05T11:00:00+01:00" }],
    });
  });
});

describe("argument validation", () => {
  const hold = toolDefinitions.find((t) => t.name === "create_hold")!;
  const validate = toolValidator.getValidator(hold.inputSchema);
  it("names naive times, unknown fields and missing ones", () => {
    const r = validate({ start: "2027-01-05T10:00", end: "2027-01-05T10:30:00Z", colour: "blue" });
    expect(r.valid).toBe(false);
    expect(r.errorMessage).toMatch(/start: "2027-01-05T10:00" has no time-zone offset/);
    expect(r.errorMessage).toMatch(/unknown field "colour"; allowed: start, end/);
    expect(validate({ end: "2027-01-05T10:30:00Z" }).errorMessage).toMatch(/missing required field "start"/);
    expect(validate({ start: "2027-01-05T10:00:00+01:00", end: "2027-01-05T10:30:00+01:00" }).valid).toBe(true);
  });
});

describe("generated tool definitions", () => {
  it("give every write an idempotency_key and every tool both schemas", () => {
    for (const t of toolDefinitions) {
      expect(t.outputSchema.type).toBe("object");
      expect(t.inputSchema.additionalProperties).toBe(false);
      if (t.write) expect(Object.keys(t.inputSchema.properties as object)).toContain("idempotency_key");
      expect(t.annotations.readOnlyHint).toBe(!t.write);
    }
  });
  it("VERSION matches package.json", () => {
    expect(VERSION).toBe((JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version);
  });
});
