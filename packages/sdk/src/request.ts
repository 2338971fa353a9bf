/**
 * Executes one SDK call over openapi-fetch: per-call headers, the Idempotency-Key of every POST
 * (the caller's, or one generated for the call and reused on every retry), a timeout per
 * attempt, typed errors, retries with backoff, and the debug log.
 */
import type { Client } from "openapi-fetch";
import type { DebugLogger } from "./debug.ts";
import { AgentDraftError, APIConnectionError, APITimeoutError, errorFromResponse, invalidArgument } from "./errors.ts";
import type { paths } from "./generated/openapi.ts";
import { isValidIdempotencyKey, newIdempotencyKey } from "./idempotency.ts";
import { isRetryable, retryDelayMs, sleep } from "./retry.ts";

/** Options every resource method accepts as its last argument. */
export interface RequestOptions {
  /** Idempotency key of a POST (default: generated once for this call, reused by its retries). */
  idempotencyKey?: string;
  /** Milliseconds per attempt (default: the client's `timeout`). */
  timeout?: number;
  /** Retries after the first attempt (default: the client's `maxRetries`). */
  maxRetries?: number;
  /** Extra headers for this call (e.g. `{ Prefer: "code=409" }` against a Prism mock). */
  headers?: Record<string, string>;
  /** Aborts the call (and any pending retry); the promise rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** `options` with a params-level idempotency key, when given, taking precedence. */
export function withKey(options: RequestOptions | undefined, idempotencyKey: string | undefined): RequestOptions {
  return idempotencyKey === undefined ? (options ?? {}) : { ...options, idempotencyKey };
}

/** What an attempt receives: headers to send and the signal that ends it. */
export type AttemptInit = {
  headers: Record<string, string>;
  signal: AbortSignal;
};

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** The result shape of openapi-fetch calls. */
interface FetchResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

export interface TransportConfig {
  api: Client<paths>;
  timeout: number;
  maxRetries: number;
  logger: DebugLogger | undefined;
}

export class Transport {
  readonly api: Client<paths>;
  readonly #config: TransportConfig;

  constructor(config: TransportConfig) {
    this.api = config.api;
    this.#config = config;
  }

  /**
   * Runs `attempt` until it succeeds, fails for good, or retries run out. Returns the parsed
   * success body (wire form); throws an {@link AgentDraftError}.
   */
  async call<R extends FetchResult>(
    method: Method,
    route: string,
    attempt: (init: AttemptInit) => Promise<R>,
    options: RequestOptions = {},
  ): Promise<NonNullable<R["data"]>> {
    const log = this.#config.logger;
    const timeout = options.timeout ?? this.#config.timeout;
    const maxRetries = options.maxRetries ?? this.#config.maxRetries;
    const headers: Record<string, string> = {};
    let headerKey: string | undefined;
    for (const [name, value] of Object.entries(options.headers ?? {})) {
      if (name.toLowerCase() === "idempotency-key") headerKey = value;
      else headers[name] = value;
    }
    if (method === "POST") {
      const key = options.idempotencyKey ?? headerKey ?? newIdempotencyKey();
      if (!isValidIdempotencyKey(key)) throw invalidArgument("idempotencyKey", "must be 1–255 printable ASCII characters");
      headers["Idempotency-Key"] = key;
    }
    for (let retry = 0; ; retry++) {
      const started = Date.now();
      log?.(`${method} ${route} attempt ${retry + 1}/${maxRetries + 1}`, {
        idempotencyKey: headers["Idempotency-Key"],
      });
      let error: unknown;
      try {
        const result = await this.#attempt(attempt, headers, timeout, options.signal);
        const { response } = result;
        const requestId = response.headers.get("request-id") ?? undefined;
        if (response.ok && result.error === undefined) {
          log?.(`${method} ${route} → ${response.status} in ${Date.now() - started} ms`, {
            requestId,
            replayed: response.headers.get("idempotent-replayed") === "true" || undefined,
          });
          return result.data as NonNullable<R["data"]>;
        }
        error = errorFromResponse(response.status, result.error, response.headers);
        log?.(`${method} ${route} → ${response.status} in ${Date.now() - started} ms`, {
          requestId,
          code: (error as AgentDraftError).code,
        });
      } catch (err) {
        if (options.signal?.aborted) throw options.signal.reason;
        error = err;
        log?.(`${method} ${route} failed after ${Date.now() - started} ms: ${(err as Error).message}`);
      }
      if (retry >= maxRetries || !isRetryable(error)) throw error;
      const delay = retryDelayMs(error, retry);
      log?.(`${method} ${route} retrying in ${delay} ms`, { retry: retry + 1 });
      await sleep(delay, options.signal);
    }
  }

  /** One attempt under its own timeout; transport failures become APIConnectionError/APITimeoutError. */
  async #attempt<R extends FetchResult>(
    attempt: (init: AttemptInit) => Promise<R>,
    headers: Record<string, string>,
    timeout: number,
    signal: AbortSignal | undefined,
  ): Promise<R> {
    if (signal?.aborted) throw signal.reason;
    const controller = new AbortController();
    let timedOut = false;
    const timer =
      timeout > 0 && Number.isFinite(timeout)
        ? setTimeout(() => {
            timedOut = true;
            controller.abort(new APITimeoutError(`request timed out after ${timeout} ms`));
          }, timeout)
        : undefined;
    const onAbort = () => controller.abort(signal!.reason);
    signal?.addEventListener("abort", onAbort, { once: true });
    try {
      return await attempt({ headers: { ...headers }, signal: controller.signal });
    } catch (err) {
      if (signal?.aborted) throw signal.reason;
      if (timedOut) throw new APITimeoutError(`request timed out after ${timeout} ms`, { cause: err });
      if (err instanceof AgentDraftError) throw err;
      if (err instanceof SyntaxError) {
        throw new AgentDraftError(`the server sent a response that is not valid JSON: ${err.message}`, { cause: err });
      }
      throw new APIConnectionError(`connection error: ${(err as Error)?.message ?? String(err)}`, { cause: err });
    } finally {
      if (timer !== undefined) clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    }
  }
}
