// Assertions on RFC 9457 problem responses (docs/protocol.md §2.6 Errors).
import { expect } from "vitest";
import type { Reply } from "./server-process.ts";

const TITLES: Record<string, string> = {
  invalid_request: "Invalid request",
  unauthenticated: "Unauthenticated",
  forbidden: "Forbidden",
  not_found: "Not found",
  rule_violation: "Rule violation",
  payload_too_large: "Payload too large",
};

/**
 * Asserts `reply` is the problem `code` with `status`: `application/problem+json`, every RFC 9457
 * member plus `code` and `request_id`, and a `Request-Id` header equal to `body.request_id`. `extra`
 * lists the extension members expected besides them (exactly: nothing else may appear); `detail`
 * is checked when given.
 */
export function expectProblem(
  reply: Reply,
  status: number,
  code: string,
  extra: Record<string, unknown> = {},
  detail?: string | RegExp,
): void {
  const context = `${status} ${code}: got ${reply.status} ${JSON.stringify(reply.body)}`;
  expect(reply.status, context).toBe(status);
  expect(reply.headers.get("content-type"), context).toBe("application/problem+json");
  const requestId = reply.headers.get("request-id");
  expect(requestId, context).toMatch(/^req_\w+$/);
  expect(reply.body, context).toEqual({
    type: `https://agentdraft.dev/problems/${code}`,
    title: TITLES[code] ?? expect.any(String),
    status,
    detail: detail === undefined ? expect.any(String) : typeof detail === "string" ? detail : expect.stringMatching(detail),
    code,
    request_id: requestId,
    ...extra,
  });
}

/** Asserts a 400 `invalid_request` whose field errors are exactly `errors` (any order). */
export function expectInvalid(reply: Reply, errors: { field: string | RegExp; message: string | RegExp }[], detail?: string): void {
  const matcher = (v: string | RegExp) => (typeof v === "string" ? v : expect.stringMatching(v));
  expectProblem(reply, 400, "invalid_request", { errors: expect.any(Array) }, detail);
  const got = reply.body.errors as unknown[];
  expect(got, JSON.stringify(got)).toHaveLength(errors.length);
  expect(got).toEqual(expect.arrayContaining(errors.map((e) => ({ field: matcher(e.field), message: matcher(e.message) }))));
}

/** Asserts a 400 `invalid_request` whose field errors include each of `errors` (schema errors of a `oneOf` list every branch). */
export function expectInvalidIncluding(reply: Reply, errors: { field: string; message: string | RegExp }[]): void {
  expectProblem(reply, 400, "invalid_request", { errors: expect.any(Array) });
  expect(reply.body.errors).toEqual(
    expect.arrayContaining(
      errors.map((e) => ({ field: e.field, message: typeof e.message === "string" ? e.message : expect.stringMatching(e.message) })),
    ),
  );
}
