// Typed errors of external calendar sources (issue 19): what the poller records as a source's
// last error (the last good busy set stays in force). `message` is safe to show to the owner.

export type ExternalErrorCode =
  /** The policy refuses the target (private / loopback / metadata address, bad URL). */
  | "refused"
  /** Connection failed (DNS, refused, reset). */
  | "unreachable"
  /** No (complete) answer within the policy's time. */
  | "timeout"
  /** 401 / 403 from the source. */
  | "unauthorized"
  /** Any other unexpected HTTP status (404, 5xx, 3xx: redirects are never followed). */
  | "http_status"
  /** Not parsable iCalendar / WebDAV XML. */
  | "malformed"
  /** Over a byte, event or occurrence limit. */
  | "too_large";

export class ExternalSourceError extends Error {
  readonly code: ExternalErrorCode;
  readonly status: number | undefined;
  constructor(code: ExternalErrorCode, message: string, status?: number) {
    super(message);
    this.name = "ExternalSourceError";
    this.code = code;
    this.status = status;
  }
}
