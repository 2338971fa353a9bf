// Random identifiers: a type prefix and 20 characters of Crockford base32 (100 bits).
import { randomFillSync } from "node:crypto";

const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

// One system call fills randomness for many ids (every request takes at least one).
const pool = Buffer.alloc(4096);
let used = pool.length;

function randomByte(): number {
  if (used === pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  return pool[used++]!;
}

export function randomToken(chars = 20): string {
  let out = "";
  for (let i = 0; i < chars; i++) out += ALPHABET[randomByte() & 31];
  return out;
}

export function newId(prefix: "bkg" | "agt" | "cal" | "usr" | "ws" | "req" | "whk" | "msg" | "src" | "fd"): string {
  return `${prefix}_${randomToken()}`;
}
