import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractErrorCatalog, renderPythonCatalog, renderTsCatalog } from "../src/error-catalog.ts";
import { loadOpenApi } from "../src/openapi.ts";
import { openapiFile, repoRoot } from "../src/paths.ts";

const doc = await loadOpenApi(path.join(repoRoot, openapiFile));
const catalog = extractErrorCatalog(doc);
const byCode = Object.fromEntries(catalog.entries.map((e) => [e.code, e]));

describe("error catalog read from the spec", () => {
  it("maps every problem code of docs/protocol.md §2.6 to its status and exception", () => {
    const table = Object.fromEntries(catalog.entries.map((e) => [e.code, [e.statuses, e.exception]]));
    expect(table).toEqual({
      invalid_request: [[400], "InvalidRequest"],
      payload_too_large: [[413], "InvalidRequest"],
      unauthenticated: [[401], "AuthError"],
      forbidden: [[403], "PermissionDenied"],
      not_found: [[404], "NotFound"],
      outranked: [[409], "Conflict"],
      slot_taken: [[409], "Conflict"],
      booking_frozen: [[409], "Conflict"],
      hold_expired: [[409], "Conflict"],
      invalid_transition: [[409], "Conflict"],
      idempotency_in_flight: [[409], "IdempotencyError"],
      idempotency_key_reused: [[422], "IdempotencyError"],
      rule_violation: [[422], "RuleViolation"],
      target_refused: [[422], "InvalidRequest"],
      rate_limited: [[429], "RateLimited"],
      internal: [[500], "ServerError"],
      unavailable: [[503], "ServerError"],
    });
  });

  it("falls back by status to the majority family, else to the generic family of the status class", () => {
    expect(catalog.exceptionByStatus).toEqual({
      400: "InvalidRequest",
      401: "AuthError",
      403: "PermissionDenied",
      404: "NotFound",
      409: "Conflict",
      413: "InvalidRequest",
      422: "InvalidRequest",
      429: "RateLimited",
      500: "ServerError",
      503: "ServerError",
    });
    expect(byCode.outranked?.schema).toBe("ConflictProblem");
  });

  it("never guesses a specific family for a status whose families tie", () => {
    const tied = structuredClone(doc);
    // Without a generic 400 family there is nothing to fall back to: the status is left out (the SDKs raise their base APIError).
    delete tied.components!.schemas!.InvalidRequestProblem;
    expect(extractErrorCatalog(tied).exceptionByStatus[422]).toBeUndefined();
  });

  it("rejects a problem schema without literal code and status", () => {
    const broken = structuredClone(doc);
    delete broken.components!.schemas!.ConflictProblem!.properties!.status;
    expect(() => extractErrorCatalog(broken)).toThrow(/ConflictProblem/);
  });

  it("renders the same table for TypeScript and Python", () => {
    const ts = renderTsCatalog(catalog);
    expect(ts).toMatch(/^\/\/ generated — do not edit/);
    expect(ts).toContain('outranked: { statuses: [409], exception: "Conflict" },');
    const py = renderPythonCatalog(catalog, "# generated");
    expect(py).toContain('"idempotency_key_reused": ((422,), "IdempotencyError"),');
    expect(py).toContain('"internal": ((500,), "ServerError"),');
  });
});
