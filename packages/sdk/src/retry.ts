/**
 * Retry policy: which failures are retried and how long to wait — the same policy as the Python
 * SDK (`agentdraft/_retry.py`). Retried: connection errors, timeouts, 408, 409
 * `idempotency_in_flight`, 429 and 5xx — never a 409 conflict or any other 4xx — unless the
 * server says otherwise with `x-should-retry: true|false`. The wait is what the server asks for
 * (`retry-after-ms`, then `Retry-After` as seconds or an HTTP date, then the problem's
 * `retry_after_seconds`) when positive; a wait above {@link MAX_RETRY_AFTER_MS} is not retried at
 * all (the error is thrown at once). Otherwise: exponential backoff with jitter, see {@link backoffMs}.
 */
import { APIConnectionError, APIError } from "./errors.ts";

export const DEFAULT_MAX_RETRIES = 2;
const INITIAL_RETRY_DELAY_MS = 500;
const MAX_RETRY_DELAY_MS = 8_000;
/** A server wait above this is not retried: the error is thrown at once. */
const MAX_RETRY_AFTER_MS = 60_000;
/** Sent with every attempt: 0 on the first, n on the n-th retry. */
export const RETRY_COUNT_HEADER = "X-AgentDraft-Retry-Count";

/** The server's `x-should-retry: true|false` verdict, undefined when absent. */
function shouldRetryHeader(error: unknown): boolean | undefined {
  if (!(error instanceof APIError)) return undefined;
  const value = error.headers.get("x-should-retry")?.trim().toLowerCase();
  return value === "true" ? true : value === "false" ? false : undefined;
}

/** Whether a failed attempt may be retried (the request is idempotent: POSTs carry a key). */
export function isRetryable(error: unknown): boolean {
  if (error instanceof APIConnectionError) return true; // includes APITimeoutError
  if (!(error instanceof APIError)) return false;
  const verdict = shouldRetryHeader(error);
  if (verdict !== undefined) return verdict;
  const { status } = error;
  if (status === 408 || status === 429 || status >= 500) return true;
  return status === 409 && error.code === "idempotency_in_flight";
}

/**
 * Milliseconds the server asked to wait: `retry-after-ms`, then `Retry-After` as (float)
 * delta-seconds or an HTTP date, else the problem's `retry_after_seconds`. Undefined when absent.
 */
function serverWaitMs(error: unknown, now: number = Date.now()): number | undefined {
  if (!(error instanceof APIError)) return undefined;
  const ms = error.headers.get("retry-after-ms")?.trim();
  if (ms && /^\d+(\.\d+)?$/.test(ms)) return Number(ms);
  const header = error.headers.get("retry-after")?.trim();
  if (header) {
    if (/^\d+(\.\d+)?$/.test(header)) return Number(header) * 1000;
    const date = Date.parse(header);
    if (!Number.isNaN(date)) return date - now;
  }
  const seconds = error.problem.retryAfterSeconds;
  if (typeof seconds === "number" && Number.isFinite(seconds)) return seconds * 1000;
  return undefined;
}

/** {@link serverWaitMs} when it is positive and at most the cap; else undefined. */
export function retryAfterMs(error: unknown, now: number = Date.now()): number | undefined {
  const ms = serverWaitMs(error, now);
  if (ms === undefined || !(ms > 0) || ms > MAX_RETRY_AFTER_MS) return undefined;
  return ms;
}

/**
 * Exponential backoff for retry number `retry` (0-based) with jitter, identical in both SDKs:
 * `min(8 s, 0.5 s · 2ⁿ) · (1 − 0.25 · random())`, i.e. 75–100 % of the nominal delay.
 */
export function backoffMs(retry: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_RETRY_DELAY_MS, INITIAL_RETRY_DELAY_MS * 2 ** retry);
  return Math.round(ceiling * (1 - 0.25 * random()));
}

/** How long to wait before retry number `retry` (0-based) after `error`; undefined: do not retry. */
export function retryDelayMs(error: unknown, retry: number, now: number = Date.now()): number | undefined {
  const wait = serverWaitMs(error, now);
  if (wait !== undefined && wait > MAX_RETRY_AFTER_MS) return undefined;
  return retryAfterMs(error, now) ?? backoffMs(retry);
}

/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
