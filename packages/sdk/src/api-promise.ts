/**
 * What every (non-list) resource method returns: a promise of the parsed result that also offers
 * `.withResponse()` for the raw `Response` (headers such as `Idempotent-Replayed`, `RateLimit` and
 * `Request-Id` of successful calls). The parsed result carries its request id as the
 * non-enumerable property `_requestId`.
 */

/** A parsed result with the response it came from. */
export interface WithResponse<T> {
  data: T;
  response: Response;
  /** The server's `Request-Id` (undefined when it sent none). */
  requestId: string | undefined;
}

/** Adds the non-enumerable `_requestId` to an object result (JSON.stringify and spreads ignore it). */
export function withRequestId<T>(data: T, requestId: string | undefined): T {
  if (data !== null && typeof data === "object" && Object.isExtensible(data)) {
    Object.defineProperty(data, "_requestId", { value: requestId, enumerable: false, configurable: true, writable: false });
  }
  return data;
}

export class APIPromise<T> implements PromiseLike<T> {
  readonly #inner: Promise<WithResponse<T>>;

  constructor(inner: Promise<WithResponse<T>>) {
    this.#inner = inner;
    // An unobserved rejection is reported by whoever awaits `this`, not by the inner promise.
    inner.catch(() => {});
  }

  /** The parsed result, the `Response` and its request id. */
  withResponse(): Promise<WithResponse<T>> {
    return this.#inner;
  }

  // biome-ignore lint/suspicious/noThenProperty: an APIPromise is a thenable on purpose (await it, or call withResponse())
  then<A = T, B = never>(
    onfulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#inner.then((r) => r.data).then(onfulfilled, onrejected);
  }

  catch<B = never>(onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.then(undefined, onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onfinally);
  }

  get [Symbol.toStringTag](): string {
    return "APIPromise";
  }
}
