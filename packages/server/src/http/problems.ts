// RFC 9457 problem bodies. Codes and their statuses come from the generated error catalog.
import { errorCatalog, type ErrorCode } from "../generated/errors.ts";

/** Each problem family of the catalog has exactly one status. */
export function statusOf<C extends ErrorCode>(code: C): (typeof errorCatalog)[C]["statuses"][0] {
  return errorCatalog[code].statuses[0];
}

function titleOf(code: ErrorCode): string {
  const words = code.replaceAll("_", " ");
  return words[0]!.toUpperCase() + words.slice(1);
}

/** A failure the HTTP layer renders as a problem response. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly extensions: Record<string, unknown>;
  readonly headers: Record<string, string>;

  constructor(code: ErrorCode, detail: string, extensions: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
    super(detail);
    this.name = "ApiError";
    this.code = code;
    this.extensions = extensions;
    this.headers = headers;
  }

  get status(): number {
    return statusOf(this.code);
  }
}

export function invalid(detail: string, errors: { field: string; message: string }[]): ApiError {
  return new ApiError("invalid_request", detail, { errors });
}

/** An RFC 9457 problem body as the server renders it: the catalog fields and the family's extensions. */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  request_id: string;
  [extension: string]: unknown;
}

export function problemBody(code: ErrorCode, detail: string, requestId: string, extensions: Record<string, unknown> = {}): ProblemBody {
  return {
    type: `https://agentdraft.dev/problems/${code}`,
    title: titleOf(code),
    status: statusOf(code),
    detail,
    code,
    request_id: requestId,
    ...extensions,
  };
}
