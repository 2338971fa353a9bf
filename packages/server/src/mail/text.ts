// Text that came from mail (anyone's bytes) made safe to store, audit and serve: well-formed
// Unicode without NUL (PostgreSQL text refuses it, the audit log's canonical JSON cannot carry lone
// surrogates), single-line header values without control characters, bounded lengths.
import { createHash } from "node:crypto";

/** Well-formed Unicode without NUL; otherwise unchanged (bodies keep their line breaks). */
export function cleanText(value: string): string {
  // With the u flag a surrogate code unit only matches when it is unpaired.
  return value.replace(/[\uD800-\uDFFF]/gu, "\uFFFD").replaceAll("\u0000", "");
}

/** One header-like line: control characters (CR, LF, …) become spaces, trimmed and capped. */
export function cleanLine(value: string, max = 998): string {
  const line = cleanText(value)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters of a header value become spaces
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ")
    .trim();
  return [...line].slice(0, max).join("");
}

const ADDRESS =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

/** A bare `local@domain` address (ASCII, no display name, no comments), at most 254 characters. */
export function isAddress(value: string): boolean {
  return value.length <= 254 && ADDRESS.test(value);
}

/** An address for display and storage: cleaned, lower-cased domain, capped. */
export function cleanAddress(value: string): string {
  const line = cleanLine(value, 320);
  const at = line.lastIndexOf("@");
  return at > 0 ? `${line.slice(0, at)}@${line.slice(at + 1).toLowerCase()}` : line;
}

/** RFC 5322 msg-id as this server keeps it: `<…>`, printable ASCII without spaces or brackets inside. */
const MSG_ID = /^<[\x21-\x3b\x3d\x3f-\x7e]{1,500}>$/;

/**
 * The first msg-id of a `Message-ID`/`In-Reply-To` value, or (for a value without brackets, as an
 * API caller may send it) the value wrapped in brackets; undefined when it is no usable id.
 */
export function normalizeMessageId(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  const bracketed = /<[^<>\s]*>/.exec(trimmed)?.[0] ?? (/^[^<>\s]+$/.test(trimmed) ? `<${trimmed}>` : undefined);
  return bracketed !== undefined && MSG_ID.test(bracketed) ? bracketed : undefined;
}

/** Every usable msg-id of a `References` value, oldest first, without repeats, at most `max` (the newest). */
export function parseMessageIds(value: string | undefined, max = 100): string[] {
  if (!value) return [];
  const ids: string[] = [];
  for (const m of value.matchAll(/<[^<>\s]*>/g)) {
    const id = normalizeMessageId(m[0]);
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids.slice(-max);
}

/** A deterministic msg-id for a message that came without a usable one (so its copies still dedupe). */
export function syntheticMessageId(raw: Uint8Array, domain: string): string {
  return `<${createHash("sha256").update(raw).digest("hex").slice(0, 40)}.no-message-id@${domain}>`;
}
