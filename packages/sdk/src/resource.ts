import { Page, PagePromise } from "./pagination.ts";
import type { Transport } from "./request.ts";

/** One page in SDK form, as every list endpoint returns it. */
export interface PageBody<T> {
  data: T[];
  hasMore: boolean;
  nextCursor?: string | undefined;
}

/** Base of every resource: holds the transport shared with the client. */
export abstract class Resource {
  protected readonly transport: Transport;

  constructor(transport: Transport) {
    this.transport = transport;
  }

  /** A lazy {@link PagePromise} whose pages come from `fetchPage(cursor)`, starting at `cursor`. */
  protected paginate<T>(cursor: string | undefined, fetchPage: (cursor: string | undefined) => Promise<PageBody<T>>): PagePromise<T> {
    const load = async (at: string | undefined): Promise<Page<T>> => new Page(await fetchPage(at), load);
    return new PagePromise(() => load(cursor));
  }
}
