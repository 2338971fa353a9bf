import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { loadOpenApi } from "../src/openapi.ts";
import { openapiFile, repoRoot } from "../src/paths.ts";
import { buildServerApi, toJsonSchema } from "../src/server-api.ts";

const doc = await loadOpenApi(path.join(repoRoot, openapiFile));
const api = buildServerApi(doc);

function compiler() {
  const ajv = new Ajv2020({ strict: true, allErrors: true, strictRequired: false, strictTypes: false });
  addFormats.default(ajv);
  ajv.addSchema(api.schemas);
  ajv.addSchema(api.requestSchemas);
  return ajv;
}

describe("server validation schemas", () => {
  it("converts OpenAPI 3.0 keywords to JSON Schema", () => {
    expect(
      toJsonSchema({
        type: "string",
        format: "int32",
        nullable: true,
        example: "x",
        "x-agentdraft-exception": "Conflict",
      }),
    ).toEqual({ anyOf: [{ type: "string" }, { type: "null" }] });
    expect(toJsonSchema({ $ref: "#/components/schemas/Booking" })).toEqual({ $ref: "agentdraft#/$defs/Booking" });
    expect(toJsonSchema({ $ref: "#/components/schemas/Booking" }, "")).toEqual({ $ref: "#/$defs/Booking" });
    expect(toJsonSchema({ type: "string", format: "date-time" })).toEqual({ type: "string", format: "date-time" });
  });

  it("compiles under Ajv strict mode and every example in the spec validates against its schema", () => {
    const ajv = compiler();
    const withExamples = Object.entries(doc.components!.schemas!).filter(([, s]) => s.example !== undefined);
    expect(withExamples.length).toBeGreaterThan(25);
    for (const [name, schema] of withExamples) {
      const validate = ajv.getSchema(`agentdraft#/$defs/${name}`)!;
      expect(validate(schema.example), `${name}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });

  it("rejects naive times, unknown enum values and missing fields", () => {
    const validate = compiler().getSchema("agentdraft#/$defs/CreateBookingRequest")!;
    expect(validate({ start: "2026-12-01T15:00:00Z", end: "2026-12-01T15:30:00+01:00" })).toBe(true);
    expect(validate({ start: "2026-12-01T15:00:00", end: "2026-12-01T15:30:00Z" })).toBe(false);
    expect(validate({ start: "2026-12-01T15:00:00Z", end: "2026-12-01T15:30:00Z", mode: "maybe" })).toBe(false);
    expect(validate({ start: "2026-12-01T15:00:00Z" })).toBe(false);
  });

  it("closes every request object at every depth, and leaves free-form maps and responses open", () => {
    const ajv = compiler();
    const update = ajv.getSchema("agentdraft-request#/$defs/UpdateCalendarRequest")!;
    expect(update({ settings: { arbitration_window_ms: 100 } })).toBe(true);
    expect(update({ settings: { arbitration_window_ms: 100, surprise: 1 } })).toBe(false);
    expect(update(JSON.parse('{"settings":{"__proto__":{"arbitration_window_ms":8000}}}'))).toBe(false);
    const rules = ajv.getSchema("agentdraft-request#/$defs/RuleSet")!;
    const hours = { kind: "business_hours", rule_id: "r1", hours: [{ weekday: "mon", open: "09:00", close: "17:00" }] };
    expect(rules({ rules: [hours] }), ajv.errorsText(rules.errors)).toBe(true);
    expect(rules({ rules: [{ ...hours, extra: true }] })).toBe(false);
    expect(rules({ rules: [{ ...hours, hours: [{ ...hours.hours[0], extra: true }] }] })).toBe(false);
    const create = ajv.getSchema("agentdraft-request#/$defs/CreateBookingRequest")!;
    const times = { start: "2026-12-01T15:00:00Z", end: "2026-12-01T15:30:00Z" };
    expect(create({ ...times, metadata: { any_key: "any value" } })).toBe(true);
    // Responses may grow fields without breaking older validators.
    expect(ajv.getSchema("agentdraft#/$defs/CreateBookingRequest")!({ ...times, extra: 1 })).toBe(true);
  });

  it("lists every operation with its method, path, security and schemas", () => {
    const create = api.operations.find((o) => o.operationId === "createBooking")!;
    expect(create).toMatchObject({ method: "post", path: "/v1/bookings", security: ["BearerAuth"] });
    expect(create.body).toMatchObject({
      contentType: "application/json",
      schema: { $ref: "agentdraft-request#/$defs/CreateBookingRequest" },
    });
    expect(create.params.header).toMatchObject({ properties: { "idempotency-key": { type: "string" } } });
    expect(Object.keys(create.responses).sort()).toEqual(["201", "400", "401", "403", "404", "409", "413", "422", "429", "500", "503"]);
    const magic = api.operations.find((o) => o.operationId === "requestMagicLink")!;
    expect(magic.security).toEqual([]);
    expect(api.operations.find((o) => o.operationId === "createAgent")!.security).toEqual(["OwnerSession"]);
  });
});
