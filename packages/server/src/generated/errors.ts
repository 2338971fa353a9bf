// generated — do not edit. Source: spec/ (run `pnpm generate`).

/** Problem code → HTTP status(es) and SDK exception class, from the problem schemas of the spec. */
export const errorCatalog = {
  invalid_request: { statuses: [400], exception: "InvalidRequest" },
  unauthenticated: { statuses: [401], exception: "AuthError" },
  forbidden: { statuses: [403], exception: "PermissionDenied" },
  not_found: { statuses: [404], exception: "NotFound" },
  booking_frozen: { statuses: [409], exception: "Conflict" },
  hold_expired: { statuses: [409], exception: "Conflict" },
  idempotency_in_flight: { statuses: [409], exception: "IdempotencyError" },
  invalid_transition: { statuses: [409], exception: "Conflict" },
  outranked: { statuses: [409], exception: "Conflict" },
  slot_taken: { statuses: [409], exception: "Conflict" },
  payload_too_large: { statuses: [413], exception: "InvalidRequest" },
  idempotency_key_reused: { statuses: [422], exception: "IdempotencyError" },
  rule_violation: { statuses: [422], exception: "RuleViolation" },
  target_refused: { statuses: [422], exception: "InvalidRequest" },
  rate_limited: { statuses: [429], exception: "RateLimited" },
  internal: { statuses: [500], exception: "ServerError" },
  unavailable: { statuses: [503], exception: "ServerError" },
} as const;

export type ErrorCode = keyof typeof errorCatalog;

export type ExceptionName = (typeof errorCatalog)[ErrorCode]["exception"];

/** Exception for a status whose code is unknown to this client. */
export const exceptionByStatus: Readonly<Record<number, ExceptionName>> = {
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
};
