import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadOpenApi } from "../src/openapi.ts";
import { openapiFile, repoRoot } from "../src/paths.ts";
import { renderServerOperations } from "../src/server-operations.ts";

const doc = await loadOpenApi(path.join(repoRoot, openapiFile));
const rendered = renderServerOperations(doc);

/** The generated entry of one operation. */
function entry(operationId: string): string {
  const match = new RegExp(`\\n  ${operationId}: \\{\\n([\\s\\S]*?)\\n  \\};`).exec(rendered);
  if (!match) throw new Error(`no entry for ${operationId}`);
  return match[1]!;
}

describe("server operation types", () => {
  it("has one entry per operation of the spec", () => {
    const ids = Object.values(doc.paths).flatMap((item) => Object.values(item).map((op) => op.operationId));
    for (const id of ids) expect(rendered).toContain(`\n  ${id}: {`);
  });

  it("types path and query parameters, a defaulted parameter being always present", () => {
    expect(entry("getBooking")).toContain('path: { booking_id: Schemas["BookingId"] };');
    const query = /query: \{ (.*) \};/.exec(entry("listBookings"))![1]!.split("; ");
    expect(query).toContain('status?: Schemas["BookingStatus"]');
    expect(query).toContain("limit: number");
    expect(query).toContain('cursor?: Schemas["Cursor"]');
    expect(entry("getFeed")).toContain('responses: { 200: NotJson<Schemas["ICalendarText"]>; 304: undefined };');
    expect(entry("getAvailability")).toContain("path: NoParams;");
  });

  it("types the body (optional where the spec says so), the caller and each answer", () => {
    const create = entry("createBooking");
    expect(create).toContain('caller: "agent";');
    expect(create).toContain('body: Schemas["CreateBookingRequest"];');
    expect(create).toContain('responses: { 201: Schemas["Booking"] };');
    expect(create).toContain("problems: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 500 | 503;");
    expect(entry("cancelBooking")).toContain('body: Schemas["CancelBookingRequest"] | undefined;');
    expect(entry("deleteWebhook")).toContain("responses: { 204: undefined };");
    expect(entry("createAgent")).toContain('caller: "user";');
    expect(entry("receiveInboundMail")).toContain('caller: "inbound";');
    expect(entry("health")).toContain('caller: "public";');
  });

  it("refuses a parameter schema it cannot name", () => {
    const odd = structuredClone(doc);
    const op = odd.paths["/v1/bookings/{booking_id}"]!.get!;
    op.parameters = [{ name: "booking_id", in: "path", required: true, schema: { oneOf: [{ type: "string" }, { type: "integer" }] } }];
    expect(() => renderServerOperations(odd)).toThrow(/getBooking/);
  });
});
