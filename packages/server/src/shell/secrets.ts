// API keys, session and magic-link tokens: high-entropy, shown once, stored only as keyed hashes.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** `bytes` of randomness as base62 (unbiased: rejection sampling). */
function base62(chars: number): string {
  let out = "";
  while (out.length < chars) {
    for (const b of randomBytes(chars * 2)) {
      if (b < 248 && out.length < chars) out += BASE62[b % 62];
    }
  }
  return out;
}

/** `avs_live_` + 32 base62 characters (≈190 bits). */
export function newApiKey(): string {
  return `avs_live_${base62(32)}`;
}

export function newOpaqueToken(prefix: string): string {
  return `${prefix}_${base62(32)}`;
}

export class KeyHasher {
  private readonly secret: Buffer;

  constructor(secret: Buffer) {
    this.secret = secret;
  }

  hash(token: string): string {
    return createHmac("sha256", this.secret).update(token).digest("hex");
  }

  /** Constant-time comparison of a presented token with a stored hash. */
  matches(token: string, storedHash: string): boolean {
    const a = Buffer.from(this.hash(token), "hex");
    const b = Buffer.from(storedHash, "hex");
    return a.length === b.length && timingSafeEqual(a, b);
  }
}
