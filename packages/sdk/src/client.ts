/**
 * `new AgentDraft({ apiKey, baseUrl, timeout, maxRetries, fetch, defaultHeaders, debug })`: the
 * entry point. On Node, `apiKey` and `baseUrl` fall back to `AGENTDRAFT_API_KEY` and
 * `AGENTDRAFT_BASE_URL`, then `http://127.0.0.1:8080`.
 */
import createClient from "openapi-fetch";
import { Log, redactHeaders, type DebugLogger, type Logger, type LogLevel } from "./debug.ts";
import { readEnv } from "./env.ts";
import { AgentDraftError, BrowserKeyError, missingKeyError } from "./errors.ts";
import type { paths } from "./generated/openapi.ts";
import { createResources, type Resources } from "./generated/resources.ts";
import { Transport } from "./request.ts";
import { DEFAULT_MAX_RETRIES } from "./retry.ts";
import { CLIENT_HEADER_VALUE, VERSION } from "./version.ts";

/** A `fetch` implementation (the global one by default). */
export type FetchLike = (input: Request, init?: RequestInit) => Promise<Response>;

export interface ClientOptions {
  /** Agent API key `avs_live_…` (default: `AGENTDRAFT_API_KEY` on Node). */
  apiKey?: string;
  /** Server URL (default: `AGENTDRAFT_BASE_URL` on Node, then `http://127.0.0.1:8080`). */
  baseUrl?: string;
  /** Milliseconds per attempt before it fails with `APITimeoutError` (default 10 000; 0 = none). */
  timeout?: number;
  /** Retries after a retryable failure (default 2). */
  maxRetries?: number;
  /** Custom `fetch` (for proxies, tests, or runtimes without a global one). */
  fetch?: FetchLike;
  /** Headers sent with every request (e.g. `{ Prefer: "code=409" }` against a Prism mock). */
  defaultHeaders?: Record<string, string>;
  /** `true` logs requests, responses and retries to `console.debug`; or pass a logger. Never logs the key. */
  debug?: boolean | DebugLogger;
  /** `info` logs each response and retry, `debug` also each attempt and its (redacted) headers (default: `AGENTDRAFT_LOG`, else `off`). */
  logLevel?: LogLevel;
  /** A pino-compatible logger (`logger.info(details, message)`); default: the console. */
  logger?: Logger;
  /**
   * Extra `fetch` options for every request, e.g. an undici `dispatcher` for a proxy:
   * `{ dispatcher: new ProxyAgent("http://proxy:3128") }`. `method`, `headers`, `body` and `signal`
   * stay the SDK's (use `defaultHeaders`, per-call `headers` and `signal`).
   */
  fetchOptions?: FetchOptions;
  /**
   * Allow a secret `avs_live_` key in a browser (default false: the constructor throws
   * `BrowserKeyError`, since anyone who opens the page could read the key).
   */
  dangerouslyAllowBrowser?: boolean;
}

/** `RequestInit` plus what runtimes add (undici's `dispatcher`, …). */
export type FetchOptions = Omit<RequestInit, "method" | "headers" | "body" | "signal"> & Record<string, unknown>;

/** Like openai-node: a `window` with a `document`, and a `navigator` (not Node, Deno, Bun or workers). */
function isBrowser(): boolean {
  const g = globalThis as { window?: { document?: unknown }; navigator?: unknown };
  return typeof g.window !== "undefined" && typeof g.window.document !== "undefined" && typeof g.navigator !== "undefined";
}

export const DEFAULT_BASE_URL = "http://127.0.0.1:8080";
export const DEFAULT_TIMEOUT_MS = 10_000;

/** The resources (`bookings`, `availability`, …) are generated from the spec: see {@link Resources}. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface AgentDraft extends Resources {}

export class AgentDraft {
  static readonly VERSION = VERSION;

  readonly baseUrl: string;
  readonly timeout: number;
  readonly maxRetries: number;
  readonly #options: ClientOptions;

  constructor(options: ClientOptions = {}) {
    this.#options = options;
    const apiKey = options.apiKey ?? readEnv("AGENTDRAFT_API_KEY");
    if (!apiKey) {
      throw missingKeyError(
        'Missing API key: pass new AgentDraft({ apiKey: "avs_live_…" }) or set the AGENTDRAFT_API_KEY environment variable.',
      );
    }
    if (isBrowser() && apiKey.startsWith("avs_live_") && !options.dangerouslyAllowBrowser) throw new BrowserKeyError();
    const baseUrl = (options.baseUrl ?? readEnv("AGENTDRAFT_BASE_URL") ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
    try {
      new URL(baseUrl);
    } catch {
      throw new AgentDraftError(`Invalid baseUrl ${JSON.stringify(baseUrl)}: expected e.g. http://127.0.0.1:8080`);
    }
    this.baseUrl = baseUrl;
    this.timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
    this.maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
    if (!(this.timeout >= 0)) throw new AgentDraftError("timeout must be a number of milliseconds ≥ 0");
    if (!Number.isInteger(this.maxRetries) || this.maxRetries < 0) throw new AgentDraftError("maxRetries must be an integer ≥ 0");

    const fetchImpl: FetchLike | undefined = options.fetch ?? globalThis.fetch?.bind(globalThis);
    if (!fetchImpl) throw new AgentDraftError("No fetch implementation: pass { fetch } to new AgentDraft()");
    const log = new Log(options);
    const fetchOptions = fetchInit(options.fetchOptions);
    const api = createClient<paths>({
      baseUrl,
      headers: {
        Accept: "application/json, application/problem+json",
        "X-AgentDraft-Client": CLIENT_HEADER_VALUE,
        ...options.defaultHeaders,
        Authorization: `Bearer ${apiKey}`,
      },
      fetch: (request: Request) => {
        if (log.enabled("debug")) {
          log.write("debug", `→ ${request.method} ${request.url}`, { headers: redactHeaders(request.headers) });
        }
        return fetchOptions ? fetchImpl(request, fetchOptions) : fetchImpl(request);
      },
    });
    const transport = new Transport({ api, timeout: this.timeout, maxRetries: this.maxRetries, log });
    Object.assign(this, createResources(transport));
  }

  /**
   * A new client with some options replaced (`defaultHeaders` are merged):
   * `client.withOptions({ timeout: 30_000, maxRetries: 5 }).bookings.commit(…)`.
   */
  withOptions(options: ClientOptions): AgentDraft {
    return new AgentDraft({
      ...this.#options,
      apiKey: this.#options.apiKey ?? this.#apiKeyFromEnv(),
      baseUrl: this.baseUrl,
      timeout: this.timeout,
      maxRetries: this.maxRetries,
      ...options,
      defaultHeaders: { ...this.#options.defaultHeaders, ...options.defaultHeaders },
    });
  }

  #apiKeyFromEnv(): string | undefined {
    return readEnv("AGENTDRAFT_API_KEY");
  }
}

/** `fetchOptions` without what the SDK's `Request` carries (undefined when nothing is left). */
function fetchInit(options: FetchOptions | undefined): RequestInit | undefined {
  if (!options) return undefined;
  const { method: _m, headers: _h, body: _b, signal: _s, ...rest } = options as Record<string, unknown>;
  return Object.keys(rest).length ? (rest as RequestInit) : undefined;
}
