// Opaque pagination cursors: base64url JSON of the last row's sort key.
import { invalid } from "../http/problems.ts";

export function encodeCursor(key: (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

export function decodeCursor(cursor: string, length: number): (string | number)[] {
  try {
    const key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (Array.isArray(key) && key.length === length && key.every((k) => typeof k === "string" || typeof k === "number")) {
      return key as (string | number)[];
    }
  } catch {
    // fall through
  }
  throw invalid("the cursor is not valid", [{ field: "query.cursor", message: "is not a cursor this server issued" }]);
}
