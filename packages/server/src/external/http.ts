// One request to an external calendar source, through the outbound-request policy
// (net/outbound.ts, docs/security.md §5), with its failures mapped to typed errors.
import { OutboundRefused, send, type OutboundPolicy, type OutboundResponse } from "../net/outbound.ts";
import { DEFAULT_OUTBOUND_POLICY } from "../net/outbound.ts";
import { ExternalSourceError } from "./errors.ts";

/** Sources answer with whole calendars: more bytes and time than a webhook (the address rule is the same). */
export const DEFAULT_SOURCE_POLICY: OutboundPolicy = { ...DEFAULT_OUTBOUND_POLICY, timeoutMs: 15_000, maxResponseBytes: 4 * 1024 * 1024 };

export interface Credentials {
  username: string;
  password: string;
}

export function basicAuth(c: Credentials | undefined): Record<string, string> {
  return c === undefined ? {} : { authorization: `Basic ${Buffer.from(`${c.username}:${c.password}`, "utf8").toString("base64")}` };
}

/**
 * Sends the request; 401/403 → unauthorized, a body reaching the policy's byte limit → too_large,
 * any status outside `ok` → http_status, refusals, timeouts and network errors typed likewise.
 */
export async function sourceRequest(
  url: string,
  request: { method: string; headers: Record<string, string>; body?: string },
  policy: OutboundPolicy,
  ok: readonly number[],
): Promise<OutboundResponse> {
  let res: OutboundResponse;
  try {
    res = await send(url, request, policy);
  } catch (error) {
    if (error instanceof OutboundRefused) throw new ExternalSourceError("refused", `the source address is refused: ${error.message}`);
    const e = error as NodeJS.ErrnoException;
    const message = e instanceof Error ? e.message : String(e);
    if (/no answer within/.test(message) || e.code === "ETIMEDOUT")
      throw new ExternalSourceError("timeout", `no answer within ${policy.timeoutMs} ms`);
    throw new ExternalSourceError("unreachable", `the source cannot be reached (${e.code ?? message.slice(0, 120)})`);
  }
  if (res.status === 401 || res.status === 403)
    throw new ExternalSourceError("unauthorized", `the source answered ${res.status}`, res.status);
  if (!ok.includes(res.status)) throw new ExternalSourceError("http_status", `the source answered ${res.status}`, res.status);
  if (res.body.length >= policy.maxResponseBytes)
    throw new ExternalSourceError("too_large", `the source sent ${policy.maxResponseBytes} bytes or more`, res.status);
  return res;
}

export function header(res: OutboundResponse, name: string): string | null {
  const v = res.headers[name.toLowerCase()];
  return typeof v === "string" ? v : Array.isArray(v) ? (v[0] ?? null) : null;
}
