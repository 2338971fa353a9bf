// One HTTP exchange, recorded for the report (credentials redacted).
import type { Response } from "./match.ts";

export interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: unknown;
}

export interface Exchange {
  request: RecordedRequest;
  response?: Response;
  /** Transport failure (connection refused, timeout …). */
  error?: string;
  started_at: string;
  duration_ms: number;
  /** Every Set-Cookie header of the response. */
  setCookies: string[];
}

export interface SendOptions {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** JSON body (sent as application/json) … */
  json?: unknown;
  /** … or a raw text body sent as is. */
  raw?: string;
  timeoutMs: number;
}

export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) {
    const key = k.toLowerCase();
    if (key === "authorization") out[k] = v.replace(/^(\S+\s+)(.{0,13}).*$/s, (_m, scheme: string, head: string) => `${scheme}${head}…`);
    else if (key === "cookie" || key === "set-cookie") out[k] = v.replace(/=([^;]{0,8})[^;]*/g, "=$1…");
    // The server's inbound-mail secret (--inbound-secret), never shown.
    else if (key === "x-inbound-secret") out[k] = "…";
    else out[k] = v;
  }
  return out;
}

/** Drops secrets from a recorded body: API keys shown once (`plaintext_key`). */
export function redactBody(body: unknown): unknown {
  if (Array.isArray(body)) return body.map(redactBody);
  if (body && typeof body === "object") {
    return Object.fromEntries(
      Object.entries(body).map(([k, v]) => [k, k === "plaintext_key" && typeof v === "string" ? `${v.slice(0, 13)}…` : redactBody(v)]),
    );
  }
  return body;
}

export interface Prepared {
  record: RecordedRequest;
  fire(): Promise<Exchange>;
}

/** Builds the request now; `fire()` sends it (so a parallel group can be fired in one tick). */
export function prepare(opts: SendOptions): Prepared {
  const headers: Record<string, string> = { accept: "application/json, application/problem+json", ...opts.headers };
  let body: string | undefined;
  if (opts.raw !== undefined) body = opts.raw;
  else if (opts.json !== undefined) {
    body = JSON.stringify(opts.json);
    if (!Object.keys(headers).some((h) => h.toLowerCase() === "content-type")) headers["content-type"] = "application/json";
  }
  const record: RecordedRequest = {
    method: opts.method,
    url: opts.url,
    headers: redactHeaders(headers),
    ...(opts.raw !== undefined ? { body: opts.raw } : opts.json !== undefined ? { body: opts.json } : {}),
  };
  return {
    record,
    fire: async () => {
      const startedAt = Date.now();
      const started = performance.now();
      const base = { request: record, started_at: new Date(startedAt).toISOString(), setCookies: [] as string[] };
      try {
        const res = await fetch(opts.url, {
          method: opts.method,
          headers,
          ...(body !== undefined ? { body } : {}),
          redirect: "manual",
          signal: AbortSignal.timeout(opts.timeoutMs),
        });
        const text = await res.text();
        let parsed: unknown = text === "" ? undefined : text;
        const type = res.headers.get("content-type") ?? "";
        if (text !== "" && /json/i.test(type)) {
          try {
            parsed = JSON.parse(text);
          } catch {
            // keep the text: a body that is not JSON fails whatever expects JSON
          }
        }
        const hdrs: Record<string, string> = {};
        res.headers.forEach((v, k) => {
          hdrs[k.toLowerCase()] = v;
        });
        return {
          ...base,
          setCookies: res.headers.getSetCookie(),
          response: { status: res.status, headers: hdrs, body: parsed },
          duration_ms: Math.round(performance.now() - started),
        };
      } catch (err) {
        const e = err as Error & { cause?: { code?: string; message?: string } };
        const why =
          e.name === "TimeoutError"
            ? `timed out after ${opts.timeoutMs} ms`
            : `${e.message}${e.cause ? ` (${e.cause.code ?? e.cause.message})` : ""}`;
        return { ...base, error: why, duration_ms: Math.round(performance.now() - started) };
      }
    },
  };
}
