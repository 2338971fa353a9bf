// The emitted OpenAPI contains every operation docs/protocol.md §2, §4 and §5 names.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { httpMethods, loadOpenApi, refName, type SchemaObject } from "../src/openapi.ts";
import { openapiFile, repoRoot } from "../src/paths.ts";

const doc = await loadOpenApi(path.join(repoRoot, openapiFile));
const routes = Object.entries(doc.paths).flatMap(([p, item]) => httpMethods.filter((m) => item[m]).map((m) => `${m.toUpperCase()} ${p}`));

describe("spec/openapi.yaml", () => {
  it("is OpenAPI 3.0", () => {
    expect(doc.openapi).toMatch(/^3\.0\./);
  });

  it.each([
    "POST /v1/auth/magic-link",
    "POST /v1/auth/verify",
    "POST /v1/dashboard/agents",
    "GET /v1/dashboard/agents",
    "PATCH /v1/dashboard/agents/{agent_id}",
    "POST /v1/dashboard/agents/{agent_id}/revoke",
    "POST /v1/dashboard/agents/{agent_id}/rotate-key",
    "GET /v1/dashboard/calendars/{calendar_id}/rules",
    "PUT /v1/dashboard/calendars/{calendar_id}/rules",
    "PATCH /v1/dashboard/calendars/{calendar_id}",
    "POST /v1/dashboard/webhooks",
    "GET /v1/agents/me",
    "GET /v1/availability",
    "POST /v1/bookings",
    "GET /v1/bookings",
    "GET /v1/bookings/{booking_id}",
    "POST /v1/bookings/{booking_id}/commit",
    "POST /v1/bookings/{booking_id}/release",
    "POST /v1/bookings/{booking_id}/cancel",
    "GET /v1/audit",
    "GET /v1/audit/checkpoint",
    "GET /v1/audit/events/{event_id}/inclusion",
    "GET /v1/audit/consistency",
    "GET /v1/mailbox/messages",
    "POST /v1/mailbox/messages",
    "GET /v1/mailbox/messages/{message_id}",
    "POST /v1/mailbox/inbound",
    "GET /healthz",
  ])("has %s", (route) => {
    expect(routes).toContain(route);
  });

  it("documents every operation and gives every JSON body an example", () => {
    for (const [p, item] of Object.entries(doc.paths)) {
      for (const m of httpMethods) {
        const op = item[m] as (typeof item)[string] & { summary?: string; description?: string };
        if (!op) continue;
        expect(op.summary, `${m} ${p}`).toBeTruthy();
        expect(op.description, `${m} ${p}`).toBeTruthy();
        const bodies = [
          ...Object.values(op.requestBody?.content ?? {}),
          ...Object.values(op.responses).flatMap((r) => Object.values(r.content ?? {})),
        ];
        for (const media of bodies) {
          const { schema, examples } = media as { schema?: SchemaObject; examples?: unknown };
          const refs = (schema?.$ref ? [schema] : (schema?.anyOf ?? [])).map((s) => refName(s.$ref ?? "?"));
          const documented = examples !== undefined || refs.every((r) => doc.components!.schemas![r]?.example);
          expect(documented && refs.length > 0, `${m} ${p} ${refs.join(",")}`).toBe(true);
        }
      }
    }
  });
});
