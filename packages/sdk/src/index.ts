// Public entry of @agentdraft/sdk.
export { AgentDraft, AgentDraft as default, DEFAULT_BASE_URL, DEFAULT_TIMEOUT_MS } from "./client.ts";
export type { ClientOptions, FetchLike, FetchOptions } from "./client.ts";
export type { DebugLogger, Logger, LogLevel } from "./debug.ts";
export { APIPromise } from "./api-promise.ts";
export type { WithResponse } from "./api-promise.ts";
export type { RequestOptions } from "./request.ts";
export { VERSION } from "./version.ts";

export {
  AgentDraftError,
  APIError,
  InvalidRequest,
  AuthError,
  PermissionDenied,
  NotFound,
  Conflict,
  IdempotencyError,
  RuleViolation,
  RateLimited,
  ServerError,
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  AuditVerificationError,
  BrowserKeyError,
} from "./errors.ts";
export type { Problem, FieldError, RuleRef, ConflictCode, AuditVerificationReason } from "./errors.ts";

export { Page, PagePromise } from "./pagination.ts";

// Verifying webhook deliveries (Standard Webhooks); also `client.webhooks`.
export { Webhooks, WebhookVerificationError } from "./webhooks.ts";
export type { WebhookHeaders, WireWebhookEnvelope } from "./webhooks.ts";
export type { TimeInput } from "./time.ts";
// The resources and their params, generated from the spec's `x-agentdraft-sdk` methods.
export type * from "./generated/resources.ts";
/** The params of every booking write (`bookings.commit`). */
export type { CommitParams as BookingWriteParams } from "./generated/resources.ts";
export type { OnlineVerifyOptions, VerifiedEvent } from "./audit/resource.ts";

// Offline audit verification (no client or network needed).
export {
  verifyCheckpoint,
  verifyEvent,
  verifyConsistency,
  canonicalEventJson,
  eventLeafHash,
} from "./audit/verify.ts";
export type { TreeHead, VerifiedCheckpoint, VerifyCheckpointOptions } from "./audit/verify.ts";
export { leafHash, nodeHash, rootHash } from "@agentdraft/audit";

// Models (camelCase) and key-case helpers.
export type * from "./types.ts";
export { camelize, snakeize } from "./case.ts";
export type { Camelize, Snakeize } from "./case.ts";

// The protocol as generated from spec/openapi.yaml.
export type { components, operations, paths } from "./generated/openapi.ts";
export { errorCatalog, exceptionByStatus } from "./generated/errors.ts";
export type { ErrorCode, ExceptionName } from "./generated/errors.ts";
