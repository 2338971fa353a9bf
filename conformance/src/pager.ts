// The one pager: follows `next_cursor` through a list operation's pages (docs/protocol.md §2.9).

export interface Page<T> {
  data?: T[];
  has_more?: boolean;
  next_cursor?: string;
}

/**
 * Every item of a paged list, in order: `fetch(cursor)` answers one page. Stops at the last page,
 * after `maxPages`, or once `enough` items are collected.
 */
export async function collectPages<T>(
  fetch: (cursor: string | undefined, page: number) => Promise<Page<T>>,
  opts: { maxPages: number; enough?: number },
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let page = 1; page <= opts.maxPages && (opts.enough === undefined || items.length < opts.enough); page++) {
    const body = await fetch(cursor, page);
    items.push(...(body.data ?? []));
    if (!body.has_more || !body.next_cursor) break;
    cursor = body.next_cursor;
  }
  return items;
}
