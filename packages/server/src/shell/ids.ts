// Random identifiers: a type prefix and 20 characters of Crockford base32 (100 bits).
import { randomBytes } from "node:crypto";

const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

export function randomToken(chars = 20): string {
  const bytes = randomBytes(chars);
  let out = "";
  for (let i = 0; i < chars; i++) out += ALPHABET[bytes[i]! & 31];
  return out;
}

export function newId(prefix: "bkg" | "agt" | "cal" | "usr" | "ws" | "req" | "whk" | "msg"): string {
  return `${prefix}_${randomToken()}`;
}
