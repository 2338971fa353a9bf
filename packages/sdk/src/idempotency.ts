/** Idempotency keys: one per SDK call, reused by every retry of that call. */

/** A fresh random key (`ik_` + UUID v4): 128 random bits, printable ASCII. */
export function newIdempotencyKey(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === "function") return `ik_${c.randomUUID()}`;
  // randomUUID exists only in secure contexts; getRandomValues exists everywhere.
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return `ik_${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Whether a caller's key is acceptable to the server (1–255 printable ASCII characters). */
export function isValidIdempotencyKey(key: string): boolean {
  return /^[\x20-\x7e]{1,255}$/.test(key);
}
