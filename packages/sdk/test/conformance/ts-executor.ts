// Executor for the conformance adapter: each step becomes a call of `@agentdraft/sdk`, through the
// operationId → SDK call mapping generated from the spec (generated/invoke.ts).
import { AgentDraft, APIError, errorCatalog, snakeize, type FetchLike } from "../../src/index.ts";
import type { Executor, SdkCall, SdkOutcome } from "./adapter.ts";
import { invoke } from "./generated/invoke.ts";

type Any = Record<string, unknown>;

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
      const body = await invoke(client, c);
      return { kind: "ok", status: status ?? 200, body };
    } catch (err) {
      if (err instanceof APIError) {
        return {
          kind: "error",
          status: err.status,
          body: snakeize(err.problem as Any),
          exception: err.name,
          attrs: attributes(err),
          headers: exposedHeaders(err),
        };
      }
      return { kind: "failure", message: `${(err as Error).name}: ${(err as Error).message}` };
    }
  }
}
