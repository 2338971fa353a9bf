/**
 * Typed errors. Every error the SDK throws derives from {@link AgentDraftError}; an HTTP problem
 * (RFC 9457) becomes the class the generated error catalog names for its `code` (falling back to
 * the class for its status), carrying `status`, `code`, `requestId` and the problem's fields in
 * camelCase.
 */
import type { AuditVerificationReason } from "@agentdraft/audit";
import { camelize, type Camelize } from "./case.ts";
import { errorCatalog, exceptionByStatus, type ExceptionName } from "./generated/errors.ts";
import type { components } from "./generated/openapi.ts";
import type { Scope } from "./types.ts";

type Schemas = components["schemas"];

/** A problem body in SDK form (camelCase keys). Unknown extension members are kept. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  requestId?: string;
  [extension: string]: unknown;
}

export type FieldError = Camelize<Schemas["FieldError"]>;
export type RuleRef = Camelize<Schemas["RuleRef"]>;
export type ConflictCode = Schemas["ConflictCode"];

export interface AgentDraftErrorOptions {
  cause?: unknown;
  status?: number | undefined;
  code?: string | undefined;
  requestId?: string | undefined;
}

/** Base class of every error thrown by the SDK. */
export class AgentDraftError extends Error {
  override name = "AgentDraftError";
  /** HTTP status of the response, when there was one. */
  readonly status: number | undefined;
  /** Problem code (e.g. `outranked`), when the server sent one. */
  readonly code: string | undefined;
  /** The server's `Request-Id` of the failed request, when there was a response. */
  readonly requestId: string | undefined;

  constructor(message: string, options: AgentDraftErrorOptions = {}) {
    super(message, "cause" in options ? { cause: options.cause } : undefined);
    this.status = options.status;
    this.code = options.code;
    this.requestId = options.requestId;
  }
}

export interface APIErrorInit {
  status: number;
  /** The problem body in SDK form (camelCase). */
  problem: Problem;
  headers?: Headers | undefined;
  message?: string;
}

/** The server answered with an error status. Subclassed per problem family. */
export class APIError extends AgentDraftError {
  override name = "APIError";
  declare readonly status: number;
  /** The whole problem body (camelCase keys). */
  readonly problem: Problem;
  /** Response headers (empty for errors raised before sending). */
  readonly headers: Headers;
  readonly type: string | undefined;
  readonly title: string | undefined;
  readonly detail: string | undefined;

  constructor(init: APIErrorInit) {
    const { status, problem } = init;
    const code = typeof problem.code === "string" ? problem.code : undefined;
    const headerId = init.headers?.get("request-id") ?? undefined;
    const requestId = typeof problem.requestId === "string" ? problem.requestId : headerId;
    const detail = typeof problem.detail === "string" ? problem.detail : undefined;
    const title = typeof problem.title === "string" ? problem.title : undefined;
    super(
      init.message ??
        `${status}${code ? ` ${code}` : ""}: ${detail ?? title ?? "request failed"}${requestId ? ` (request ${requestId})` : ""}`,
      { status, code, requestId },
    );
    this.problem = problem;
    this.headers = init.headers ?? new Headers();
    this.type = typeof problem.type === "string" ? problem.type : undefined;
    this.title = title;
    this.detail = detail;
  }
}

function numberOrUndefined(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** Seconds from the body's `retry_after_seconds`, else `retry-after-ms`, else `Retry-After` (seconds or HTTP date). */
function retryAfterSecondsOf(init: APIErrorInit): number | undefined {
  const fromBody = numberOrUndefined(init.problem.retryAfterSeconds);
  if (fromBody !== undefined) return fromBody;
  const ms = init.headers?.get("retry-after-ms");
  if (ms && /^\s*\d+(\.\d+)?\s*$/.test(ms)) return Number(ms) / 1000;
  const header = init.headers?.get("retry-after");
  if (header && /^\s*\d+(\.\d+)?\s*$/.test(header)) return Number(header);
  const date = header ? Date.parse(header) : Number.NaN;
  if (!Number.isNaN(date)) return Math.max(0, (date - Date.now()) / 1000);
  return undefined;
}

/** 400 `invalid_request` (also 413 `payload_too_large`, and bad arguments caught before sending). */
export class InvalidRequest extends APIError {
  override name = "InvalidRequest";
  /** The invalid fields. */
  readonly errors: FieldError[];
  /** For 413: the largest body the server accepts. */
  readonly maxBytes: number | undefined;
  constructor(init: APIErrorInit) {
    super(init);
    this.errors = Array.isArray(init.problem.errors) ? (init.problem.errors as FieldError[]) : [];
    this.maxBytes = numberOrUndefined(init.problem.maxBytes);
  }
}

/** 401 `unauthenticated`: the API key is missing, unknown or revoked. */
export class AuthError extends APIError {
  override name = "AuthError";
}

/** 403 `forbidden`: a scope is missing, or the resource belongs to another agent. */
export class PermissionDenied extends APIError {
  override name = "PermissionDenied";
  readonly requiredScope: Scope | undefined;
  constructor(init: APIErrorInit) {
    super(init);
    this.requiredScope = stringOrUndefined(init.problem.requiredScope) as Scope | undefined;
  }
}

/** 404 `not_found`. */
export class NotFound extends APIError {
  override name = "NotFound";
}

/** 409: the write lost (`outranked`, `slot_taken`, `booking_frozen`, `hold_expired`, `invalid_transition`). */
export class Conflict extends APIError {
  override name = "Conflict";
  /** The problem code, e.g. `"outranked"`. */
  readonly reason: ConflictCode | undefined;
  readonly winningAgentId: string | undefined;
  readonly winningAgentPriority: number | undefined;
  readonly winningBookingId: string | undefined;
  readonly auditEventId: string | undefined;
  constructor(init: APIErrorInit) {
    super(init);
    this.reason = this.code as ConflictCode | undefined;
    this.winningAgentId = stringOrUndefined(init.problem.winningAgentId);
    this.winningAgentPriority = numberOrUndefined(init.problem.winningAgentPriority);
    this.winningBookingId = stringOrUndefined(init.problem.winningBookingId);
    this.auditEventId = stringOrUndefined(init.problem.auditEventId);
  }
}

/** 409 `idempotency_in_flight` (retried automatically) or 422 `idempotency_key_reused`. */
export class IdempotencyError extends APIError {
  override name = "IdempotencyError";
  readonly retryAfterSeconds: number | undefined;
  constructor(init: APIErrorInit) {
    super(init);
    this.retryAfterSeconds = retryAfterSecondsOf(init);
  }
}

/** 422 `rule_violation`: a calendar rule forbids the booking. */
export class RuleViolation extends APIError {
  override name = "RuleViolation";
  /** The rule that was broken. */
  readonly rule: RuleRef | undefined;
  readonly auditEventId: string | undefined;
  constructor(init: APIErrorInit) {
    super(init);
    const rule = init.problem.rule;
    this.rule = rule !== null && typeof rule === "object" ? (rule as RuleRef) : undefined;
    this.auditEventId = stringOrUndefined(init.problem.auditEventId);
  }
}

/** 429 `rate_limited`. */
export class RateLimited extends APIError {
  override name = "RateLimited";
  readonly retryAfterSeconds: number | undefined;
  constructor(init: APIErrorInit) {
    super(init);
    this.retryAfterSeconds = retryAfterSecondsOf(init);
  }
}

/** 5xx `internal` / `unavailable`: nothing was stored; safe to retry with the same idempotency key. */
export class ServerError extends APIError {
  override name = "ServerError";
  readonly retryAfterSeconds: number | undefined;
  constructor(init: APIErrorInit) {
    super(init);
    this.retryAfterSeconds = retryAfterSecondsOf(init);
  }
}

/** The request never got a response: DNS, refused or reset connection, … */
export class APIConnectionError extends AgentDraftError {
  override name = "APIConnectionError";
  constructor(message = "connection error", options?: { cause?: unknown }) {
    super(message, options ?? {});
  }
}

/** No response within the configured timeout. */
export class APITimeoutError extends APIConnectionError {
  override name = "APITimeoutError";
  constructor(message = "request timed out", options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The caller's `AbortSignal` aborted the call (the signal's reason is the `cause`). */
export class APIUserAbortError extends AgentDraftError {
  override name = "APIUserAbortError";
  constructor(reason?: unknown) {
    const why = reason instanceof Error ? reason.message : reason === undefined ? "" : String(reason);
    super(`request aborted${why ? `: ${why}` : ""}`, { cause: reason });
  }
}

/**
 * A secret `avs_live_` key was about to be used from a browser: anyone who opens the page could read
 * it. Proxy the calls through your backend, or pass `dangerouslyAllowBrowser: true` when the key is
 * meant to be seen (a demo, an internal tool behind a login).
 */
export class BrowserKeyError extends AgentDraftError {
  override name = "BrowserKeyError";
  constructor() {
    super(
      "It looks like you are running in a browser: sending a secret avs_live_ key from there exposes it to everyone who opens the page. " +
        "Call AgentDraft from your server, or pass new AgentDraft({ dangerouslyAllowBrowser: true }) if you understand the risk.",
    );
  }
}

/** Class of each exception name of the generated catalog (a new name fails to typecheck here). */
const exceptionClasses: Record<ExceptionName, new (init: APIErrorInit) => APIError> = {
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** The typed error for an error response (`body` as parsed by openapi-fetch: JSON or text). */
export function errorFromResponse(status: number, body: unknown, headers?: Headers): APIError {
  const problem: Problem = isRecord(body) ? (camelize(body) as Problem) : {};
  if (!isRecord(body) && typeof body === "string" && body !== "") problem.detail = body.slice(0, 500);
  const code = typeof problem.code === "string" ? problem.code : undefined;
  const byCode =
    code !== undefined && Object.hasOwn(errorCatalog, code) ? errorCatalog[code as keyof typeof errorCatalog].exception : undefined;
  const name: ExceptionName | undefined = byCode ?? exceptionByStatus[status] ?? (status >= 500 ? "ServerError" : undefined);
  const Ctor = name ? exceptionClasses[name] : APIError;
  return new Ctor({ status, problem, headers });
}

/** A bad argument caught before sending: an {@link InvalidRequest} with no `requestId`. */
export function invalidArgument(field: string, message: string): InvalidRequest {
  return new InvalidRequest({
    status: 400,
    problem: {
      type: "https://agentdraft.dev/problems/invalid_request",
      title: "Invalid request",
      status: 400,
      code: "invalid_request",
      detail: `${field}: ${message}`,
      errors: [{ field, message }],
    },
    message: `invalid argument ${field}: ${message} (not sent)`,
  });
}

/** No API key configured: an {@link AuthError} (401 `unauthenticated`) raised before sending. */
export function missingKeyError(message: string): AuthError {
  return new AuthError({
    status: 401,
    problem: {
      type: "https://agentdraft.dev/problems/unauthenticated",
      title: "Unauthenticated",
      status: 401,
      code: "unauthenticated",
      detail: message,
    },
    message,
  });
}

/** Why offline audit verification failed (the reasons of `@agentdraft/audit`, the verifier behind the SDK's). */
export type { AuditVerificationReason };

/** Offline verification of an audit proof or checkpoint failed: the log cannot be trusted. */
export class AuditVerificationError extends AgentDraftError {
  override name = "AuditVerificationError";
  readonly reason: AuditVerificationReason;
  constructor(reason: AuditVerificationReason, message: string, options: { cause?: unknown } = {}) {
    super(message, options);
    this.reason = reason;
  }
}
