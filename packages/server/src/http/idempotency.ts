// Idempotency-Key handling (docs/protocol.md §2.7): scope (agent, key), kept 24 h. A request claims its key with a
// pending row before it runs, so a concurrent duplicate — on this replica or another — waits for it
// (bounded), then replays its response; the same key for a different request is a 422. The response
// is written in the transaction of the command it answers; a request that fails without a decided
// response (5xx, or a 4xx before any command) removes its claim, so nothing is remembered.
import { createHash } from "node:crypto";
import { canonicalJson, type JsonValue } from "../audit/index.ts";
import type { Db, Queryable } from "../store/db.ts";
import {
  deletePendingIdempotency,
  insertIdempotency,
  readIdempotency,
  replaceIdempotency,
  saveIdempotentResponse,
  type IdempotencyClaim,
} from "../store/idempotency.ts";
import { ApiError } from "./problems.ts";

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/** A pending claim older than this belongs to a request that died with its process. */
const ABANDONED_AFTER_MS = 30_000;
const POLL_MS = 20;
const PENDING = 0;

export interface StoredResponse {
  status: number;
  body: unknown;
}

export type { IdempotencyClaim } from "../store/idempotency.ts";

export function fingerprint(method: string, path: string, body: unknown): string {
  const canonical = canonicalJson([method, path, (body ?? null) as JsonValue]);
  return createHash("sha256").update(canonical).digest("hex");
}

export class IdempotencyStore {
  private readonly db: Db;
  private readonly now: () => number;
  private readonly waitMs: number;

  constructor(db: Db, now: () => number = Date.now, waitMs = 5000) {
    this.db = db;
    this.now = now;
    this.waitMs = waitMs;
  }

  /** Claims the key, or returns what to replay; waits while another request holds the claim. */
  private async claim(claim: IdempotencyClaim): Promise<StoredResponse | "claimed"> {
    const deadline = this.now() + this.waitMs;
    for (;;) {
      const now = this.now();
      const pending = { fingerprint: claim.fingerprint, status: PENDING, body: "", created_at: now };
      if (await insertIdempotency(this.db, claim, pending)) return "claimed";
      const row = await readIdempotency(this.db, claim);
      if (!row) continue; // released meanwhile: try again
      const age = now - row.created_at;
      const stale = row.status === PENDING ? age > ABANDONED_AFTER_MS : age > IDEMPOTENCY_TTL_MS;
      if (stale) {
        if (await replaceIdempotency(this.db, claim, row.created_at, pending)) return "claimed";
        continue;
      }
      if (row.fingerprint !== claim.fingerprint) {
        throw new ApiError("idempotency_key_reused", `Idempotency-Key ${claim.key} was already used for a different request`);
      }
      if (row.status !== PENDING) return { status: row.status, body: JSON.parse(row.body) };
      if (now >= deadline) {
        throw new ApiError(
          "idempotency_in_flight",
          "a request with this Idempotency-Key is still being processed",
          { retry_after_seconds: 1 },
          { "Retry-After": "1" },
        );
      }
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }

  /** Replays the stored response, or runs `execute` under a claim on the key. */
  async run(claim: IdempotencyClaim, execute: () => Promise<StoredResponse>): Promise<StoredResponse & { replayed: boolean }> {
    const claimed = await this.claim(claim);
    if (claimed !== "claimed") return { ...claimed, replayed: true };
    let response: StoredResponse;
    try {
      response = await execute();
    } catch (error) {
      await this.release(claim);
      throw error;
    }
    if (response.status >= 500) await this.release(claim);
    // Responses decided inside a command's transaction are already saved; this keeps the rest (4xx
    // answers that change nothing) from leaving a pending claim behind.
    else await this.save(this.db, claim, response, true);
    return { ...response, replayed: false };
  }

  private async release(claim: IdempotencyClaim): Promise<void> {
    await deletePendingIdempotency(this.db, claim);
  }

  /** Stores the response of a claimed request; call inside the command's transaction. */
  async save(tx: Queryable, claim: IdempotencyClaim, response: StoredResponse, onlyIfPending = false): Promise<void> {
    await saveIdempotentResponse(tx, claim, response.status, JSON.stringify(response.body), onlyIfPending);
  }
}
