// Opaque pagination cursors: base64url JSON of the last row's sort key.
import { invalid } from "../http/problems.ts";

export function encodeCursor(key: (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

type KeyType = "string" | "number";
type KeyOf<T extends KeyType[]> = { [I in keyof T]: T[I] extends "number" ? number : string };

/** Decodes a cursor whose key has exactly the given element types (anything else is a 400). */
export function decodeCursor<T extends KeyType[]>(cursor: string, ...types: T): KeyOf<T> {
  try {
    const key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (
      Array.isArray(key) &&
      key.length === types.length &&
      key.every((k, i) => typeof k === types[i] && (typeof k !== "number" || Number.isSafeInteger(k)))
    ) {
      return key as KeyOf<T>;
    }
  } catch {
    // fall through
  }
  throw invalid("the cursor is not valid", [{ field: "query.cursor", message: "is not a cursor this server issued" }]);
}

/**
 * One page of a list queried with `LIMIT limit + 1`: the extra row only tells that more follow, and
 * the last row kept gives the next cursor.
 */
export function page<R, V>(rows: R[], limit: number, view: (row: R) => V, key: (row: R) => (string | number)[]) {
  const kept = rows.slice(0, limit);
  const last = kept.at(-1);
  const hasMore = rows.length > limit && last !== undefined;
  return { data: kept.map(view), has_more: hasMore, ...(hasMore ? { next_cursor: encodeCursor(key(last)) } : {}) };
}
