// Idempotency-Key handling (§2): scope (agent, key), kept 24 h; a replay returns the stored status
// and body; the same key for another request is a 422; a request whose key is still executing is
// awaited for a bounded time, then answered with 409 idempotency_in_flight. Records are written in
// the transaction of the command they answer, so a failed (5xx) request leaves nothing behind.
import { createHash } from "node:crypto";
import { canonicalJson, type JsonValue } from "../audit/index.ts";
import type { Queryable } from "../store/db.ts";
import { ApiError } from "./problems.ts";

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

export interface StoredResponse {
  status: number;
  body: unknown;
}

export interface IdempotencyClaim {
  agentId: string;
  key: string;
  fingerprint: string;
}

export function fingerprint(method: string, path: string, body: unknown): string {
  const canonical = canonicalJson([method, path, (body ?? null) as JsonValue]);
  return createHash("sha256").update(canonical).digest("hex");
}

export class IdempotencyStore {
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly db: Queryable;
  private readonly now: () => number;
  private readonly waitMs: number;

  constructor(db: Queryable, now: () => number = Date.now, waitMs = 5000) {
    this.db = db;
    this.now = now;
    this.waitMs = waitMs;
  }

  private async stored(claim: IdempotencyClaim): Promise<StoredResponse | undefined> {
    const row = await this.db.get<{ fingerprint: string; status: number; body: string; created_at: number }>(
      `SELECT fingerprint, status, body, created_at FROM idempotency WHERE agent_id = ? AND key = ?`,
      [claim.agentId, claim.key],
    );
    if (!row || Number(row.created_at) < this.now() - IDEMPOTENCY_TTL_MS) return undefined;
    if (row.fingerprint !== claim.fingerprint) {
      throw new ApiError(
        "idempotency_key_reused",
        `Idempotency-Key ${claim.key} was already used for a different request`,
      );
    }
    return { status: Number(row.status), body: JSON.parse(row.body) };
  }

  /**
   * Returns the stored response to replay, or claims the key and runs `execute`; concurrent requests
   * with the same key wait for the first one.
   */
  async run(claim: IdempotencyClaim, execute: () => Promise<StoredResponse>): Promise<StoredResponse & { replayed: boolean }> {
    const slot = `${claim.agentId}\u0000${claim.key}`;
    const deadline = this.now() + this.waitMs;
    for (;;) {
      const replay = await this.stored(claim);
      if (replay) return { ...replay, replayed: true };
      const running = this.inFlight.get(slot);
      if (!running) break;
      const remaining = deadline - this.now();
      const finished = await Promise.race([
        running.then(() => true),
        new Promise<boolean>((r) => setTimeout(() => r(false), Math.max(0, remaining)).unref()),
      ]);
      if (!finished) {
        throw new ApiError(
          "idempotency_in_flight",
          "a request with this Idempotency-Key is still being processed",
          { retry_after_seconds: 1 },
          { "Retry-After": "1" },
        );
      }
    }
    let release!: () => void;
    this.inFlight.set(slot, new Promise<void>((r) => (release = r)));
    try {
      return { ...(await execute()), replayed: false };
    } finally {
      this.inFlight.delete(slot);
      release();
    }
  }

  /** Stores the response of a claimed request; call inside the command's transaction. */
  async save(tx: Queryable, claim: IdempotencyClaim, response: StoredResponse): Promise<void> {
    await tx.run(
      `INSERT INTO idempotency (agent_id, key, fingerprint, status, body, created_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (agent_id, key) DO UPDATE SET fingerprint = excluded.fingerprint, status = excluded.status,
         body = excluded.body, created_at = excluded.created_at`,
      [claim.agentId, claim.key, claim.fingerprint, response.status, JSON.stringify(response.body), this.now()],
    );
  }
}
