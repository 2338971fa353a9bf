/**
 * Cursor pagination. A list method returns a {@link PagePromise}: `await` it for the first
 * {@link Page}, or iterate it with `for await` to walk every item across pages.
 */

/** One page of results. Iterating a page yields its items and those of every following page. */
export class Page<T> implements AsyncIterable<T> {
  /** Items of this page. */
  readonly data: T[];
  /** Whether another page follows. */
  readonly hasMore: boolean;
  /** Cursor of the next page, when `hasMore`. */
  readonly nextCursor: string | undefined;
  readonly #fetchPage: (cursor: string) => Promise<Page<T>>;

  constructor(body: { data: T[]; hasMore: boolean; nextCursor?: string | undefined }, fetchPage: (cursor: string) => Promise<Page<T>>) {
    this.data = body.data;
    this.hasMore = body.hasMore;
    this.nextCursor = body.nextCursor;
    this.#fetchPage = fetchPage;
  }

  hasNextPage(): boolean {
    return this.hasMore && typeof this.nextCursor === "string" && this.nextCursor !== "";
  }

  /** Fetches the next page; throws when there is none (check {@link hasNextPage}). */
  getNextPage(): Promise<Page<T>> {
    if (!this.hasNextPage()) return Promise.reject(new RangeError("no next page"));
    return this.#fetchPage(this.nextCursor!);
  }

  /** This page and every following one. */
  async *iterPages(): AsyncGenerator<Page<T>, void, undefined> {
    let page: Page<T> = this;
    yield page;
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      yield page;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const page of this.iterPages()) yield* page.data;
  }
}

/**
 * The result of a list call: a promise of the first page that is also async-iterable over every
 * item. Nothing is requested until it is awaited or iterated.
 */
export class PagePromise<T> implements PromiseLike<Page<T>>, AsyncIterable<T> {
  readonly #load: () => Promise<Page<T>>;
  #promise: Promise<Page<T>> | undefined;

  constructor(load: () => Promise<Page<T>>) {
    this.#load = load;
  }

  #first(): Promise<Page<T>> {
    this.#promise ??= this.#load();
    return this.#promise;
  }

  // biome-ignore lint/suspicious/noThenProperty: a PagePromise is a thenable on purpose (await the first page, or iterate every item)
  then<A = Page<T>, B = never>(
    onfulfilled?: ((value: Page<T>) => A | PromiseLike<A>) | null,
    onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#first().then(onfulfilled, onrejected);
  }

  catch<B = never>(onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<Page<T> | B> {
    return this.#first().catch(onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<Page<T>> {
    return this.#first().finally(onfinally);
  }

  /** Every page, starting with the first. */
  async *iterPages(): AsyncGenerator<Page<T>, void, undefined> {
    yield* (await this.#first()).iterPages();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    yield* await this.#first();
  }
}
