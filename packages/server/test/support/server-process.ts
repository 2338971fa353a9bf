// Test support: the real server as a child process on a free port with a temp data dir, an owner
// signed in through the magic-link flow, and agents with real API keys.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DatabaseSync } from "node:sqlite";
import { fileURLToPath } from "node:url";
import pg from "pg";

const MAIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../src/main.ts");
const REPLAY = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../src/replay.ts");

export interface ServerProcess {
  url: string;
  dataDir: string;
  child: ChildProcess;
  /** Everything the process wrote to stderr (its JSON log). */
  stderr(): string;
  /** SIGTERM (graceful) or SIGKILL; resolves with the exit code or signal. */
  stop(signal?: NodeJS.Signals): Promise<number | string | null>;
}

/** The PostgreSQL database of a test store: one per data dir, created on first use. */
const databases = new Map<string, string>();

/**
 * With AGENTDRAFT_TEST_PG_ADMIN_URL set (the PostgreSQL project of the suite), every store is a
 * fresh PostgreSQL database instead of a SQLite file; the data dir names it across restarts.
 */
export async function databaseUrlFor(dataDir: string): Promise<string | undefined> {
  const admin = process.env.AGENTDRAFT_TEST_PG_ADMIN_URL;
  if (!admin) return undefined;
  let url = databases.get(dataDir);
  if (!url) {
    const name = `t_${path.basename(dataDir).replace(/\W/g, "_").toLowerCase()}`;
    const client = new pg.Client(admin);
    await client.connect();
    await client.query(`CREATE DATABASE "${name}"`);
    await client.end();
    url = admin.replace(/\/postgres$/, `/${name}`);
    databases.set(dataDir, url);
  }
  return url;
}

export const storeKind = process.env.AGENTDRAFT_TEST_PG_ADMIN_URL ? "postgres" : "sqlite";

/** `dev: false` starts it in production mode (no dev tokens, no response checks). */
export async function startServer(
  options: { dataDir?: string; args?: string[]; env?: NodeJS.ProcessEnv; dev?: boolean } = {},
): Promise<ServerProcess> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), "agentdraft-test-"));
  const databaseUrl = await databaseUrlFor(dataDir);
  const child = spawn(
    process.execPath,
    [MAIN, ...(options.dev === false ? [] : ["--dev"]), "--port", "0", "--smtp-port", "0", "--data", dataDir, ...(options.args ?? [])],
    {
      env: { ...process.env, LOG_LEVEL: "warn", ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}), ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let out = "";
  let err = "";
  child.stderr!.on("data", (c: Buffer) => (err += c.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}\n${err}`)), 20_000);
    child.stdout!.on("data", (c: Buffer) => {
      out += c.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${out}\n${err}`));
    });
  });
  return {
    url,
    dataDir,
    child,
    stderr: () => err,
    stop: (signal = "SIGTERM") =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode ?? child.signalCode);
        child.once("exit", (code, sig) => resolve(code ?? sig));
        child.kill(signal);
      }),
  };
}

/** A parsed JSON body, read loosely: a test asserts on the fields it names. */
// biome-ignore lint/suspicious/noExplicitAny: the one loose type of the test helpers; callers that care name T
export type Loose = any;

export interface Reply<T = Loose> {
  status: number;
  headers: Headers;
  body: T;
}

export async function call<T = Loose>(
  url: string,
  method: string,
  pathAndQuery: string,
  options: { body?: unknown; raw?: string; headers?: Record<string, string> } = {},
): Promise<Reply<T>> {
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

export const ALL_SCOPES = ["availability:read", "bookings:read", "bookings:write", "mailbox:read", "mailbox:send", "audit:read"];

export interface TestAgent {
  agent_id: string;
  key: string;
  priority: number;
  name: string;
  /** Its mailbox address (`<name>.<workspace handle>@<domain>`), as the owner API showed it. */
  mailbox_address: string;
  /** Calls the agent API with this agent's key. */
  call<T = Loose>(
    method: string,
    path: string,
    options?: { body?: unknown; raw?: string; headers?: Record<string, string> },
  ): Promise<Reply<T>>;
}

export class Owner {
  readonly url: string;
  readonly cookie: string;
  readonly userId: string;

  private constructor(url: string, cookie: string, userId: string) {
    this.url = url;
    this.cookie = cookie;
    this.userId = userId;
  }

  static async signIn(url: string, email = `owner-${Math.random().toString(36).slice(2)}@example.com`): Promise<Owner> {
    const link = await call(url, "POST", "/v1/auth/magic-link", { body: { email } });
    if (link.status !== 200) throw new Error(`magic-link: ${link.status} ${JSON.stringify(link.body)}`);
    const verify = await call(url, "POST", "/v1/auth/verify", { body: { token: link.body.dev_token } });
    if (verify.status !== 200) throw new Error(`verify: ${verify.status} ${JSON.stringify(verify.body)}`);
    const cookie = /ad_session=[^;]+/.exec(verify.headers.get("set-cookie") ?? "")![0];
    return new Owner(url, cookie, verify.body.user_id);
  }

  call<T = Loose>(method: string, path: string, options: { body?: unknown; raw?: string; headers?: Record<string, string> } = {}) {
    return call<T>(this.url, method, path, { ...options, headers: { cookie: this.cookie, ...options.headers } });
  }

  /** The same session against a restarted server. */
  at(url: string): Owner {
    return new Owner(url, this.cookie, this.userId);
  }

  async defaultCalendarId(): Promise<string> {
    return (await this.call("GET", "/v1/dashboard/workspace")).body.default_calendar_id;
  }

  async createAgent(name: string, priority: number, scopes: string[] = ALL_SCOPES): Promise<TestAgent> {
    const res = await this.call("POST", "/v1/dashboard/agents", { body: { name, priority, scopes } });
    if (res.status !== 201) throw new Error(`create agent: ${res.status} ${JSON.stringify(res.body)}`);
    return agentFor(this.url, res.body.agent_id, res.body.plaintext_key, priority, name, res.body.mailbox_address);
  }

  async configure(settings: Record<string, number>): Promise<void> {
    const cal = await this.defaultCalendarId();
    const res = await this.call("PATCH", `/v1/dashboard/calendars/${cal}`, { body: { settings } });
    if (res.status !== 200) throw new Error(`configure: ${res.status} ${JSON.stringify(res.body)}`);
  }
}

export function agentFor(url: string, agentId: string, key: string, priority: number, name: string, mailboxAddress = ""): TestAgent {
  return {
    agent_id: agentId,
    key,
    priority,
    name,
    mailbox_address: mailboxAddress,
    call: (method, path, options = {}) =>
      call(url, method, path, { ...options, headers: { authorization: `Bearer ${key}`, ...options.headers } }),
  };
}

/** A 30-minute slot `hoursAhead` hours from now, on a whole hour. */
export function slot(hoursAhead: number, minutes = 30): { start: string; end: string } {
  const start = Math.ceil(Date.now() / 3_600_000) * 3_600_000 + hoursAhead * 3_600_000;
  return { start: new Date(start).toISOString(), end: new Date(start + minutes * 60_000).toISOString() };
}

/** Runs SQL directly against a stopped test server's store (SQLite file or PostgreSQL database). */
export async function storeQuery<T = Record<string, unknown>>(dataDir: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const url = await databaseUrlFor(dataDir);
  if (url) {
    const client = new pg.Client(url);
    await client.connect();
    try {
      let n = 0;
      return (
        await client.query(
          sql.replace(/\?/g, () => `$${++n}`),
          params,
        )
      ).rows as T[];
    } finally {
      await client.end();
    }
  }
  const db = new DatabaseSync(path.join(dataDir, "agentdraft.db"));
  try {
    const stmt = db.prepare(sql);
    if (/^\s*select/i.test(sql)) return stmt.all(...(params as never[])) as T[];
    stmt.run(...(params as never[]));
    return [];
  } finally {
    db.close();
  }
}

/** Runs the replay tool on a stopped test server's store. */
export async function replayStoreOf(dataDir: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const url = await databaseUrlFor(dataDir);
  const r = spawnSync(process.execPath, [REPLAY, "--data", dataDir], {
    encoding: "utf8",
    env: { ...process.env, ...(url ? { DATABASE_URL: url } : {}) },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
