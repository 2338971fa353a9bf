// Token bucket per agent on the server clock, with the IETF RateLimit / RateLimit-Policy headers.
export interface RateLimitPolicy {
  /** Bucket size: the burst an agent may send at once. */
  capacity: number;
  /** Tokens added per second. */
  refillPerSecond: number;
}

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

  take(agentId: string): RateDecision {
    const { capacity, refillPerSecond } = this.policy;
    const now = this.now();
    const bucket = this.buckets.get(agentId) ?? { tokens: capacity, at: now };
    bucket.tokens = Math.min(capacity, bucket.tokens + ((now - bucket.at) / 1000) * refillPerSecond);
    bucket.at = now;
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    this.buckets.set(agentId, bucket);
    const remaining = Math.floor(bucket.tokens);
    const retryAfterSeconds = allowed ? 0 : Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerSecond));
    const window = Math.max(1, Math.ceil(capacity / refillPerSecond));
    const reset = Math.ceil((capacity - bucket.tokens) / refillPerSecond);
    return {
      allowed,
      remaining,
      retryAfterSeconds,
      headers: {
        "RateLimit-Policy": `"agent";q=${capacity};w=${window}`,
        RateLimit: `"agent";r=${remaining};t=${allowed ? reset : retryAfterSeconds}`,
      },
    };
  }
}
