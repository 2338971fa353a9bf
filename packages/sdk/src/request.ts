/**
 * Executes one SDK call over openapi-fetch: per-call headers, the Idempotency-Key of every POST
 * (the caller's, or one generated for the call and reused on every retry), a timeout per
 * attempt, typed errors, retries with backoff, and the debug log.
 */
import type { Client } from "openapi-fetch";
import { APIPromise, withRequestId } from "./api-promise.ts";
import type { Log } from "./debug.ts";
import { AgentDraftError, APIConnectionError, APITimeoutError, APIUserAbortError, errorFromResponse, invalidArgument } from "./errors.ts";
import type { paths } from "./generated/openapi.ts";
import { isValidIdempotencyKey, newIdempotencyKey } from "./idempotency.ts";
import { isRetryable, RETRY_COUNT_HEADER, retryDelayMs, sleep } from "./retry.ts";

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
  /** Aborts the call (and any pending retry); the promise rejects with `APIUserAbortError` (`cause`: the signal's reason). */
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
  log: Log;
}

/** {@link Transport.call} as handed to a {@link Transport.promise} body. */
export type CallFn = <R extends FetchResult>(
  method: Method,
  route: string,
  attempt: (init: AttemptInit) => Promise<R>,
  options?: RequestOptions,
) => Promise<NonNullable<R["data"]>>;

/** Where a call leaves the response it succeeded with. */
interface Sink {
  response?: Response;
}

export class Transport {
  readonly api: Client<paths>;
  readonly #config: TransportConfig;

  constructor(config: TransportConfig) {
    this.api = config.api;
    this.#config = config;
  }

  /**
   * An {@link APIPromise} of what `body` returns; `body` sends through the `call` it is given,
   * whose successful response `.withResponse()` exposes (and whose request id the result carries).
   */
  promise<T>(body: (call: CallFn) => Promise<T>): APIPromise<T> {
    const sink: Sink = {};
    const call: CallFn = (method, route, attempt, options) => this.call(method, route, attempt, options, sink);
    return new APIPromise(
      body(call).then((data) => {
        const response = sink.response!;
        const requestId = response.headers.get("request-id") ?? undefined;
        return { data: withRequestId(data, requestId), response, requestId };
      }),
    );
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
    sink?: Sink,
  ): Promise<NonNullable<R["data"]>> {
    const log = this.#config.log;
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
    const idempotencyKey = headers["Idempotency-Key"];
    for (let retry = 0; ; retry++) {
      const started = Date.now();
      log.write("debug", `${method} ${route} attempt ${retry + 1}/${maxRetries + 1}`, { idempotencyKey });
      let error: unknown;
      try {
        const sent = { ...headers, [RETRY_COUNT_HEADER]: String(retry) };
        const result = await this.#attempt(attempt, sent, timeout, options.signal);
        const { response } = result;
        const requestId = response.headers.get("request-id") ?? undefined;
        const line = `${method} ${route} → ${response.status} in ${Date.now() - started} ms`;
        if (response.ok && result.error === undefined) {
          log.write("info", line, {
            method,
            path: route,
            status: response.status,
            requestId,
            attempt: retry + 1,
            idempotencyKey,
            replayed: response.headers.get("idempotent-replayed") === "true" || undefined,
          });
          if (sink) sink.response = response;
          return result.data as NonNullable<R["data"]>;
        }
        error = errorFromResponse(response.status, result.error, response.headers);
        log.write("info", line, {
          method,
          path: route,
          status: response.status,
          requestId,
          attempt: retry + 1,
          idempotencyKey,
          code: (error as AgentDraftError).code,
        });
      } catch (err) {
        if (options.signal?.aborted) throw new APIUserAbortError(options.signal.reason);
        error = err;
        log.write("info", `${method} ${route} failed after ${Date.now() - started} ms: ${(err as Error).message}`, {
          method,
          path: route,
          attempt: retry + 1,
          idempotencyKey,
        });
      }
      const delay = retry >= maxRetries || !isRetryable(error) ? undefined : retryDelayMs(error, retry);
      if (delay === undefined) throw error;
      log.write("info", `${method} ${route} retrying in ${delay} ms`, { retry: retry + 1 });
      try {
        await sleep(delay, options.signal);
      } catch (reason) {
        throw new APIUserAbortError(reason);
      }
    }
  }

  /** One attempt under its own timeout; transport failures become APIConnectionError/APITimeoutError. */
  async #attempt<R extends FetchResult>(
    attempt: (init: AttemptInit) => Promise<R>,
    headers: Record<string, string>,
    timeout: number,
    signal: AbortSignal | undefined,
  ): Promise<R> {
    if (signal?.aborted) throw new APIUserAbortError(signal.reason);
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
      if (signal?.aborted) throw new APIUserAbortError(signal.reason);
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
