// API keys, session and magic-link tokens: high-entropy, shown once, stored only as keyed hashes.
import { createHmac, createSecretKey, randomBytes, timingSafeEqual, type KeyObject } from "node:crypto";

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
  // Made once: building a key object per HMAC costs more than the HMAC itself.
  private readonly key: KeyObject;

  constructor(secret: Buffer) {
    this.key = createSecretKey(secret);
  }

  hash(token: string): string {
    return createHmac("sha256", this.key).update(token).digest("hex");
  }

  /** Constant-time comparison of two hashes (hex). */
  same(hashA: string, hashB: string): boolean {
    const a = Buffer.from(hashA, "hex");
    const b = Buffer.from(hashB, "hex");
    return a.length === b.length && timingSafeEqual(a, b);
  }
}
