// The owner API, same origin, with the `ad_session` cookie: everything the dashboard shows comes
// through it (GET /v1/dashboard/…), so another client could show the same.
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly body: Record<string, unknown>;
  constructor(status: number, body: Record<string, unknown>) {
    super(String(body.detail ?? body.title ?? `HTTP ${status}`));
    this.status = status;
    this.code = String(body.code ?? "error");
    this.body = body;
  }
}

/** Called when a request answers 401: the UI shows the sign-in page. */
let onSignedOut: () => void = () => {};
export function whenSignedOut(fn: () => void): void {
  onSignedOut = fn;
}

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies of the owner API
export async function api<T = any>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(path, {
    method,
    credentials: "same-origin",
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  const parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  if (res.status === 401 && !path.startsWith("/v1/auth/")) onSignedOut();
  if (!res.ok) throw new ApiError(res.status, parsed);
  return parsed as T;
}

export const get = <T = unknown>(path: string) => api<T>("GET", path);

/** A query string of the defined, non-empty values. */
export function qs(params: Record<string, string | number | boolean | undefined>): string {
  const entries = Object.entries(params).filter(([, v]) => v !== undefined && v !== "");
  return entries.length ? `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString()}` : "";
}

export interface Agent {
  agent_id: string;
  name: string;
  priority: number;
  scopes: string[];
  calendar_id: string;
  revoked: boolean;
  created_at: string;
  plaintext_key?: string;
}

export interface Booking {
  booking_id: string;
  calendar_id: string;
  agent_id: string;
  agent_priority: number;
  status: string;
  start: string;
  end: string;
  hold_expires_at?: string;
  ended_reason?: string;
  audit_event_id: string;
  metadata: Record<string, string>;
}

export interface Calendar {
  calendar_id: string;
  name: string;
  time_zone: string;
  is_default: boolean;
  settings: Record<string, number>;
}

export interface AuditEvent {
  event_id: string;
  seq: number;
  at: string;
  actor: { type: string; agent_id?: string; user_id?: string };
  action: string;
  resource: string;
  request?: { request_id?: string; method?: string; path?: string };
  outcome: Record<string, unknown>;
}

export interface Page<T> {
  data: T[];
  has_more: boolean;
  next_cursor?: string;
}

export const SCOPES = ["availability:read", "bookings:read", "bookings:write", "audit:read", "mailbox:read", "mailbox:send"];
