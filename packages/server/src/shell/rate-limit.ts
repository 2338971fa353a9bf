// Token bucket per key (an agent, a client address, an email) on the server clock, with the IETF
// RateLimit / RateLimit-Policy headers.
export interface RateLimitPolicy {
  /** Bucket size: the burst a key may send at once. */
  capacity: number;
  /** Tokens added per second. */
  refillPerSecond: number;
  /** Policy name in the headers (default `agent`). */
  name?: string;
}

/**
 * Most buckets kept, so keys chosen by strangers (addresses, emails) cannot grow memory without
 * bound. Past it, full buckets (keys idle long enough to have refilled) are dropped first:
 * forgetting them changes no decision.
 */
const MAX_BUCKETS = 10_000;

export interface RateDecision {
  allowed: boolean;
  remaining: number;
  /** Seconds until the next token (0 when allowed). */
  retryAfterSeconds: number;
  headers: Record<string, string>;
}

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly policy: RateLimitPolicy;
  private readonly now: () => number;

  constructor(policy: RateLimitPolicy, now: () => number = Date.now) {
    this.policy = policy;
    this.now = now;
  }

  take(key: string): RateDecision {
    const { capacity, refillPerSecond, name = "agent" } = this.policy;
    const now = this.now();
    if (this.buckets.size >= MAX_BUCKETS && !this.buckets.has(key)) this.dropFull(now);
    const bucket = this.buckets.get(key) ?? { tokens: capacity, at: now };
    bucket.tokens = Math.min(capacity, bucket.tokens + ((now - bucket.at) / 1000) * refillPerSecond);
    bucket.at = now;
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    this.buckets.set(key, bucket);
    const remaining = Math.floor(bucket.tokens);
    const retryAfterSeconds = allowed ? 0 : Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerSecond));
    const window = Math.max(1, Math.ceil(capacity / refillPerSecond));
    const reset = Math.ceil((capacity - bucket.tokens) / refillPerSecond);
    return {
      allowed,
      remaining,
      retryAfterSeconds,
      headers: {
        "RateLimit-Policy": `"${name}";q=${capacity};w=${window}`,
        RateLimit: `"${name}";r=${remaining};t=${allowed ? reset : retryAfterSeconds}`,
      },
    };
  }

  /** A key's bucket now, without taking a token (the owner dashboard shows it). */
  peek(key: string): { capacity: number; refillPerSecond: number; remaining: number; fullInSeconds: number } {
    const { capacity, refillPerSecond } = this.policy;
    const bucket = this.buckets.get(key);
    const tokens = bucket ? Math.min(capacity, bucket.tokens + ((this.now() - bucket.at) / 1000) * refillPerSecond) : capacity;
    return { capacity, refillPerSecond, remaining: Math.floor(tokens), fullInSeconds: Math.ceil((capacity - tokens) / refillPerSecond) };
  }

  private dropFull(now: number): void {
    const { capacity, refillPerSecond } = this.policy;
    for (const [key, b] of this.buckets) {
      if (b.tokens + ((now - b.at) / 1000) * refillPerSecond >= capacity) this.buckets.delete(key);
    }
    // Still full of busy keys: the oldest goes (it gets a fresh bucket if it comes back).
    if (this.buckets.size >= MAX_BUCKETS) this.buckets.delete(this.buckets.keys().next().value!);
  }
}
