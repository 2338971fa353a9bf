// Executor for the conformance adapter: each step becomes a call of `@agentdraft/sdk`.
import { AgentDraft, APIError, errorCatalog, snakeize, type FetchLike, type Page } from "../../src/index.ts";
import type { Executor, SdkCall, SdkOutcome } from "./adapter.ts";

type Any = Record<string, unknown>;

function str(v: unknown): string | undefined {
  return v === undefined || v === null ? undefined : String(v);
}
function num(v: unknown): number | undefined {
  return v === undefined || v === null ? undefined : Number(v);
}

function pageBody(page: Page<unknown>): Any {
  return { data: page.data.map((x) => snakeize(x as Any)), has_more: page.hasMore, ...(page.nextCursor !== undefined ? { next_cursor: page.nextCursor } : {}) };
}

/** Typed attributes of the exception, under their wire names. */
function attributes(err: APIError): Any {
  const e = err as unknown as Any;
  const out: Any = {};
  const map: Record<string, string> = {
    reason: "reason",
    winningAgentId: "winning_agent_id",
    winningAgentPriority: "winning_agent_priority",
    winningBookingId: "winning_booking_id",
    auditEventId: "audit_event_id",
    rule: "rule",
    retryAfterSeconds: "retry_after_seconds",
    requiredScope: "required_scope",
  };
  for (const [attr, wire] of Object.entries(map)) {
    if (attr in e) out[wire] = attr === "rule" && e.rule !== undefined ? snakeize(e.rule as Any) : e[attr];
  }
  return out;
}

/** What an exception exposes that a scenario reads from headers: its request id and Retry-After seconds. */
function exposedHeaders(err: APIError): Record<string, string> {
  const out: Record<string, string> = {};
  if (err.requestId) out["request-id"] = err.requestId;
  const retry = (err as unknown as { retryAfterSeconds?: number }).retryAfterSeconds;
  if (typeof retry === "number") out["retry-after"] = String(retry);
  return out;
}

export class TsSdkExecutor implements Executor {
  readonly sdk = "TypeScript";
  private readonly baseUrl: string;

  constructor(baseUrl: string) {
    this.baseUrl = baseUrl;
  }

  exceptionFor(code: string): string | undefined {
    return Object.hasOwn(errorCatalog, code) ? errorCatalog[code as keyof typeof errorCatalog].exception : undefined;
  }

  async unsupported(_call: SdkCall): Promise<string | null> {
    return null;
  }

  run(calls: SdkCall[]): Promise<SdkOutcome[]> {
    return Promise.all(calls.map((c) => this.one(c)));
  }

  private async one(c: SdkCall): Promise<SdkOutcome> {
    // A client per call (one request: no SDK retries), whose fetch notes the wire status.
    let status: number | undefined;
    const fetchImpl: FetchLike = async (input, init) => {
      const res = await fetch(input, init);
      status = res.status;
      return res;
    };
    const client = new AgentDraft({ apiKey: c.apiKey, baseUrl: this.baseUrl, maxRetries: 0, timeout: 15_000, fetch: fetchImpl });
    try {
      const body = await this.invoke(client, c);
      return { kind: "ok", status: status ?? 200, body };
    } catch (err) {
      if (err instanceof APIError) {
        return { kind: "error", status: err.status, body: snakeize(err.problem as Any), exception: err.name, attrs: attributes(err), headers: exposedHeaders(err) };
      }
      return { kind: "failure", message: `${(err as Error).name}: ${(err as Error).message}` };
    }
  }

  private async invoke(client: AgentDraft, c: SdkCall): Promise<unknown> {
    const q = c.query;
    const b = (c.body ?? {}) as Any;
    const id = (name: string) => String(c.path[name]);
    switch (c.operation) {
      case "createBooking": {
        const params = {
          start: String(b.start),
          end: String(b.end),
          ...(b.calendar_id !== undefined ? { calendarId: String(b.calendar_id) } : {}),
          ...(b.metadata !== undefined ? { metadata: b.metadata as Record<string, string> } : {}),
          ...(c.idempotencyKey !== undefined ? { idempotencyKey: c.idempotencyKey } : {}),
        };
        const booking = b.mode === "hold"
          ? await client.bookings.hold({ ...params, ...(b.hold_ttl_seconds !== undefined ? { ttlSeconds: Number(b.hold_ttl_seconds) } : {}) })
          : await client.bookings.commit(params);
        return snakeize(booking);
      }
      case "commitHold":
        return snakeize(await client.bookings.commit(id("booking_id"), c.idempotencyKey !== undefined ? { idempotencyKey: c.idempotencyKey } : undefined));
      case "releaseHold":
        return snakeize(await client.bookings.release(id("booking_id"), c.idempotencyKey !== undefined ? { idempotencyKey: c.idempotencyKey } : undefined));
      case "cancelBooking":
        return snakeize(
          await client.bookings.cancel(id("booking_id"), b.reason !== undefined ? { reason: String(b.reason) } : {}, c.idempotencyKey !== undefined ? { idempotencyKey: c.idempotencyKey } : undefined),
        );
      case "getBooking":
        return snakeize(await client.bookings.get(id("booking_id")));
      case "listBookings": {
        const page = await client.bookings.list({
          ...(q.status !== undefined ? { status: q.status as "HELD" } : {}),
          ...(q.agent_id !== undefined ? { agentId: String(q.agent_id) } : {}),
          ...(q.calendar_id !== undefined ? { calendarId: String(q.calendar_id) } : {}),
          ...(q.range_start !== undefined ? { start: String(q.range_start) } : {}),
          ...(q.range_end !== undefined ? { end: String(q.range_end) } : {}),
          ...(q.limit !== undefined ? { limit: num(q.limit)! } : {}),
          ...(q.cursor !== undefined ? { cursor: String(q.cursor) } : {}),
        });
        return pageBody(page as Page<unknown>);
      }
      case "getAvailability":
        return snakeize(
          await client.availability.list({
            start: String(q.range_start),
            end: String(q.range_end),
            ...(q.duration_minutes !== undefined ? { durationMinutes: num(q.duration_minutes)! } : {}),
            ...(q.calendar_id !== undefined ? { calendarId: String(q.calendar_id) } : {}),
          }),
        );
      case "getCurrentAgent":
        return snakeize(await client.agents.me());
      case "listAuditEvents": {
        const page = await client.audit.list({
          ...(q.resource !== undefined ? { resource: String(q.resource) } : {}),
          ...(q.limit !== undefined ? { limit: num(q.limit)! } : {}),
          ...(q.cursor !== undefined ? { cursor: str(q.cursor)! } : {}),
        });
        return pageBody(page as Page<unknown>);
      }
      case "getAuditCheckpoint":
        return snakeize(await client.audit.checkpoint());
      case "getAuditInclusionProof":
        return snakeize(await client.audit.inclusionProof(id("event_id"), q.tree_size !== undefined ? { treeSize: num(q.tree_size)! } : {}));
      case "getAuditConsistencyProof":
        return snakeize(
          await client.audit.consistencyProof({ fromSize: num(q.from_size)!, ...(q.to_size !== undefined ? { toSize: num(q.to_size)! } : {}) }),
        );
      default:
        throw new Error(`no SDK mapping for ${c.operation}`);
    }
  }
}
