/**
 * Retry policy: which failures are retried and how long to wait. Retried: connection errors,
 * timeouts, 408, 409 `idempotency_in_flight`, 429 and 5xx — never a 409 conflict or any other
 * 4xx. Waits grow exponentially with jitter; a server's `Retry-After` is honoured when it is
 * positive and at most {@link MAX_RETRY_AFTER_MS}.
 */
import { APIConnectionError, APIError } from "./errors.ts";

export const DEFAULT_MAX_RETRIES = 2;
export const INITIAL_RETRY_DELAY_MS = 500;
export const MAX_RETRY_DELAY_MS = 8_000;
/** `Retry-After` values above this (or ≤ 0) are ignored in favour of the backoff. */
export const MAX_RETRY_AFTER_MS = 60_000;

/** Whether a failed attempt may be retried (the request is idempotent: POSTs carry a key). */
export function isRetryable(error: unknown): boolean {
  if (error instanceof APIConnectionError) return true; // includes APITimeoutError
  if (!(error instanceof APIError)) return false;
  const { status } = error;
  if (status === 408 || status === 429 || status >= 500) return true;
  return status === 409 && error.code === "idempotency_in_flight";
}

/**
 * Milliseconds the server asked to wait: `Retry-After` as delta-seconds or an HTTP date, else
 * the problem's `retry_after_seconds`. Undefined when absent, ≤ 0 or above the cap.
 */
export function retryAfterMs(error: unknown, now: number = Date.now()): number | undefined {
  if (!(error instanceof APIError)) return undefined;
  const header = error.headers.get("retry-after")?.trim();
  let ms: number | undefined;
  if (header) {
    if (/^\d+(\.\d+)?$/.test(header)) ms = Number(header) * 1000;
    else {
      const date = Date.parse(header);
      if (!Number.isNaN(date)) ms = date - now;
    }
  }
  if (ms === undefined) {
    const seconds = error.problem.retryAfterSeconds;
    if (typeof seconds === "number" && Number.isFinite(seconds)) ms = seconds * 1000;
  }
  if (ms === undefined || !(ms > 0) || ms > MAX_RETRY_AFTER_MS) return undefined;
  return ms;
}

/** Exponential backoff for retry number `retry` (0-based) with jitter: 50–100 % of min(cap, base·2ⁿ). */
export function backoffMs(retry: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_RETRY_DELAY_MS, INITIAL_RETRY_DELAY_MS * 2 ** retry);
  return Math.round(ceiling * (1 - 0.5 * random()));
}

/** How long to wait before retry number `retry` (0-based) after `error`. */
export function retryDelayMs(error: unknown, retry: number): number {
  return retryAfterMs(error) ?? backoffMs(retry);
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
