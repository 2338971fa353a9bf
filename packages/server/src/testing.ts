// `@agentdraft/server/testing`: the one way the suites and benches of every package start a real
// reference server and get agent keys. The server runs as a child process (`src/main.ts`) on a free
// 127.0.0.1 port with a throwaway data dir (SQLite) or a PostgreSQL database; an owner signs in
// through the dev magic-link flow (the server shows the token in dev mode) and creates agents with
// real API keys through the dashboard API. No part of the server is replaced (docs/architecture.md).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

export { freePort, postgresBinDir, restartSuitePostgres, startPostgres, type Postgres } from "./testing/postgres.ts";

/** The server's entry point. */
export const SERVER_MAIN = fileURLToPath(new URL("./main.ts", import.meta.url));
/** The replay tool's entry point. */
export const REPLAY_MAIN = fileURLToPath(new URL("./replay.ts", import.meta.url));

export const ALL_SCOPES = ["availability:read", "bookings:read", "bookings:write", "mailbox:read", "mailbox:send", "audit:read"];

export interface StartOptions {
  /** The store's directory (and key file); default: a fresh temp dir. */
  dataDir?: string;
  /** `false` starts production mode (no dev tokens, no response checks); default dev mode. */
  dev?: boolean;
  /** A PostgreSQL store instead of the SQLite file in dataDir. */
  databaseUrl?: string;
  /** More server flags (later ones win over the defaults: `--port 0 --smtp-port 0 --data dir`). */
  args?: string[];
  /** Environment on top of this process's (without its DATABASE_URL and AGENTDRAFT_DEV); LOG_LEVEL is warn. */
  env?: NodeJS.ProcessEnv;
  /** Node flags for the server process (e.g. --cpu-prof). */
  nodeArgs?: string[];
  /** Another server entry point (a benchmark comparing checkouts); default this package's. */
  main?: string;
  /** stop() also deletes the data dir. */
  removeDataOnStop?: boolean;
  /** How long the server may take to print its URL; default 30 s. */
  startTimeoutMs?: number;
}

export interface ServerProcess {
  url: string;
  dataDir: string;
  child: ChildProcess;
  /** Everything the process wrote to stderr (its JSON log), the last MiB of it. */
  stderr(): string;
  /** Everything it printed, stdout then stderr. */
  output(): string;
  /** SIGTERM (graceful, SIGKILL after 15 s) or the given signal; resolves with the exit code or signal. */
  stop(signal?: NodeJS.Signals): Promise<number | string | null>;
}

export function tempDir(prefix = "data"): string {
  return mkdtempSync(path.join(tmpdir(), `agentdraft-${prefix}-`));
}

/** Starts the server and resolves once it listens (it prints its URL after binding). */
export async function startServer(options: StartOptions = {}): Promise<ServerProcess> {
  const dataDir = options.dataDir ?? tempDir("test");
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: "warn" };
  delete env.DATABASE_URL;
  delete env.AGENTDRAFT_DEV;
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  const argv = [
    ...(options.nodeArgs ?? []),
    options.main ?? SERVER_MAIN,
    ...(options.dev === false ? [] : ["--dev"]),
    ...["--port", "0", "--smtp-port", "0", "--data", dataDir],
    ...(options.args ?? []),
  ];
  const child = spawn(process.execPath, argv, { env: { ...env, ...options.env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stderr!.on("data", (c: Buffer) => {
    err += c.toString();
    if (err.length > 2_000_000) err = err.slice(-1_000_000);
  });
  const timeoutMs = options.startTimeoutMs ?? 60_000;
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the server did not start within ${timeoutMs} ms:\n${out}\n${err}`));
    }, timeoutMs);
    child.stdout!.on("data", (c: Buffer) => {
      out += c.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code}:\n${out}\n${err}`));
    });
  });
  const exited = new Promise<number | string | null>((resolve) => child.once("exit", (code, sig) => resolve(code ?? sig)));
  return {
    url,
    dataDir,
    child,
    stderr: () => err,
    output: () => `${out}${err}`,
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode === null && child.signalCode === null) {
        const kill = setTimeout(() => child.kill("SIGKILL"), 15_000);
        child.kill(signal);
        await exited;
        clearTimeout(kill);
      }
      if (options.removeDataOnStop) rmSync(dataDir, { recursive: true, force: true });
      return exited;
    },
  };
}

/** A fresh database on a PostgreSQL server (`adminUrl` names its `postgres` database); returns its URL. */
export async function createDatabase(adminUrl: string, name: string, template?: string): Promise<string> {
  const safe = name.replace(/\W/g, "_").toLowerCase();
  const client = new pg.Client(adminUrl);
  await client.connect();
  try {
    const from = template ? ` TEMPLATE "${template.replace(/\W/g, "_").toLowerCase()}"` : "";
    await client.query(`CREATE DATABASE "${safe}"${from}`);
  } finally {
    await client.end();
  }
  return adminUrl.replace(/\/postgres$/, `/${safe}`);
}

/** A parsed JSON body, read loosely: a test asserts on the fields it names. */
// biome-ignore lint/suspicious/noExplicitAny: the one loose type of the test helpers; callers that care name T
export type Loose = any;

export interface Reply<T = Loose> {
  status: number;
  headers: Headers;
  body: T;
}

export interface CallOptions {
  body?: unknown;
  /** A raw request body (sent as is). */
  raw?: string;
  headers?: Record<string, string>;
}

/** One HTTP request; the body is parsed as JSON when it is JSON, else kept as text. */
export async function call<T = Loose>(url: string, method: string, pathAndQuery: string, options: CallOptions = {}): Promise<Reply<T>> {
  const headers: Record<string, string> = { ...options.headers };
  let body: string | undefined = options.raw;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers["content-type"] ??= "application/json";
  }
  const res = await fetch(`${url}${pathAndQuery}`, { method, headers, body });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // keep the text
  }
  return { status: res.status, headers: res.headers, body: parsed as T };
}

export interface TestAgent {
  agent_id: string;
  key: string;
  priority: number;
  name: string;
  /** The workspace's default calendar. */
  calendar_id: string;
  /** Its mailbox address (`<name>.<workspace handle>@<domain>`), as the owner API showed it. */
  mailbox_address: string;
  /** Calls the agent API with this agent's key. */
  call<T = Loose>(method: string, path: string, options?: CallOptions): Promise<Reply<T>>;
}

/** An owner signed in through the dev magic-link flow: the dashboard API through its `ad_session` cookie. */
export class Owner {
  readonly url: string;
  readonly cookie: string;
  readonly userId: string;

  private constructor(url: string, cookie: string, userId: string) {
    this.url = url;
    this.cookie = cookie;
    this.userId = userId;
  }

  static async signIn(
    url: string,
    email = `owner-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}@example.com`,
  ): Promise<Owner> {
    const link = await call(url, "POST", "/v1/auth/magic-link", { body: { email } });
    if (link.status !== 200 || !link.body?.dev_token)
      throw new Error(`magic-link: ${link.status} ${JSON.stringify(link.body)} (is the server in dev mode?)`);
    const verify = await call(url, "POST", "/v1/auth/verify", { body: { token: link.body.dev_token } });
    if (verify.status !== 200) throw new Error(`verify: ${verify.status} ${JSON.stringify(verify.body)}`);
    const cookie = /ad_session=[^;]+/.exec(verify.headers.get("set-cookie") ?? "")![0];
    return new Owner(url, cookie, verify.body.user_id);
  }

  call<T = Loose>(method: string, path: string, options: CallOptions = {}): Promise<Reply<T>> {
    return call<T>(this.url, method, path, { ...options, headers: { cookie: this.cookie, ...options.headers } });
  }

  /** A dashboard call that must succeed (2xx): its body. */
  async request<T = Loose>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await this.call<T>(method, path, { body });
    if (res.status < 200 || res.status > 299) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  /** The same session against a restarted server. */
  at(url: string): Owner {
    return new Owner(url, this.cookie, this.userId);
  }

  async defaultCalendarId(): Promise<string> {
    return (await this.request("GET", "/v1/dashboard/workspace")).default_calendar_id;
  }

  async createAgent(name: string, priority: number, scopes: readonly string[] = ALL_SCOPES): Promise<TestAgent> {
    const res = await this.call("POST", "/v1/dashboard/agents", { body: { name, priority, scopes } });
    if (res.status !== 201) throw new Error(`create agent: ${res.status} ${JSON.stringify(res.body)}`);
    const b = res.body;
    return agentFor(this.url, b.agent_id, b.plaintext_key, priority, name, b.mailbox_address, b.calendar_id);
  }

  /** Sets settings of the default calendar (or of `calendarId`). */
  async configure(settings: Record<string, number | string>, calendarId?: string): Promise<void> {
    await this.request("PATCH", `/v1/dashboard/calendars/${calendarId ?? (await this.defaultCalendarId())}`, { settings });
  }

  /** Replaces the rules of the default calendar (or of `calendarId`). */
  async setRules(rules: unknown[], calendarId?: string): Promise<void> {
    await this.request("PUT", `/v1/dashboard/calendars/${calendarId ?? (await this.defaultCalendarId())}/rules`, { rules });
  }
}

export function agentFor(
  url: string,
  agentId: string,
  key: string,
  priority: number,
  name: string,
  mailboxAddress = "",
  calendarId = "",
): TestAgent {
  return {
    agent_id: agentId,
    key,
    priority,
    name,
    calendar_id: calendarId,
    mailbox_address: mailboxAddress,
    call: (method, path, options = {}) =>
      call(url, method, path, { ...options, headers: { authorization: `Bearer ${key}`, ...options.headers } }),
  };
}

export interface AgentSpec {
  name: string;
  priority: number;
  scopes?: readonly string[];
}

/** `--seed-agents` syntax: comma-separated `name:priority[:scope+scope…]`, e.g. `alice:1,bob:2:bookings:read+audit:read`. */
export function parseAgentSpecs(text: string): AgentSpec[] {
  return text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((item) => {
      const m = /^([^:]+):(\d+)(?::(.+))?$/.exec(item);
      if (!m) throw new Error(`--seed-agents: "${item}" is not name:priority[:scope+scope]`);
      return { name: m[1]!, priority: Number(m[2]), ...(m[3] ? { scopes: m[3].split("+") } : {}) };
    });
}

/** Signs a new owner in (one workspace) and creates the agents, in order. */
export async function seedAgents(url: string, specs: readonly AgentSpec[], email?: string): Promise<{ owner: Owner; agents: TestAgent[] }> {
  const owner = await Owner.signIn(url, email);
  const agents: TestAgent[] = [];
  for (const s of specs) agents.push(await owner.createAgent(s.name, s.priority, s.scopes));
  return { owner, agents };
}

/** A server with one owner and its agents: URL, keys and a stop function. */
export async function startWithAgents(
  specs: readonly AgentSpec[],
  options: StartOptions = {},
): Promise<ServerProcess & { owner: Owner; agents: TestAgent[] }> {
  const server = await startServer(options);
  try {
    return { ...server, ...(await seedAgents(server.url, specs)) };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
