// Starting the reference server for a benchmark: a child process on 127.0.0.1 and a free port, a
// throwaway data dir (or a PostgreSQL database), an owner signed in through the dev magic link and
// agents with real API keys. Provisioning runs in dev mode (it needs the magic-link token); the
// measured server is then restarted on the same store in production mode (no response validation).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The server's entry point; AGENTDRAFT_BENCH_SERVER_MAIN points a run at another checkout (before/after comparisons). */
const MAIN =
  process.env.AGENTDRAFT_BENCH_SERVER_MAIN ??
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../packages/server/src/main.ts");

/** Every bench server gets a rate limit it never reaches: the benches measure the engine, not the limiter. */
const NO_RATE_LIMIT = ["--rate-limit", "1000000", "--rate-refill", "1000000"];

export interface ServerProcess {
  url: string;
  dataDir: string;
  child: ChildProcess;
  stderr(): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  dataDir?: string;
  dev?: boolean;
  databaseUrl?: string;
  args?: string[];
  /** Node flags for the server process (e.g. --cpu-prof). */
  nodeArgs?: string[];
}

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `agentdraft-bench-${prefix}-`));
}

export async function startServer(options: StartOptions = {}): Promise<ServerProcess> {
  const dataDir = options.dataDir ?? tempDir("data");
  const args = [
    ...(options.nodeArgs ?? []),
    MAIN,
    "--host",
    "127.0.0.1",
    "--port",
    "0",
    "--smtp-port",
    "0",
    "--data",
    dataDir,
    "--log-level",
    "warn",
    ...NO_RATE_LIMIT,
    // Production mode has no sign-in here: the store was provisioned in dev mode (see provision).
    ...(options.dev ? ["--dev"] : ["--disable-sign-in"]),
    ...(options.args ?? []),
  ];
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: "warn" };
  delete env.DATABASE_URL;
  delete env.AGENTDRAFT_DEV;
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stderr!.on("data", (c: Buffer) => {
    err += c.toString();
    if (err.length > 1_000_000) err = err.slice(-500_000);
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}\n${err}`)), 30_000);
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
      reject(new Error(`server exited with ${code}:\n${out}\n${err}`));
    });
  });
  return {
    url,
    dataDir,
    child,
    stderr: () => err,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const kill = setTimeout(() => child.kill("SIGKILL"), 15_000);
        child.once("exit", () => {
          clearTimeout(kill);
          resolve();
        });
        child.kill("SIGTERM");
      }),
  };
}

/** A parsed JSON body, read loosely: a bench reads on the fields it names. */
// biome-ignore lint/suspicious/noExplicitAny: the one loose type of the test helpers; callers that care name T
export type Loose = any;

export interface Reply<T = Loose> {
  status: number;
  body: T;
  headers: Headers;
}

export async function call<T = Loose>(
  url: string,
  method: string,
  pathAndQuery: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Reply<T>> {
  const res = await fetch(`${url}${pathAndQuery}`, {
    method,
    headers: body === undefined ? headers : { "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // keep the text
  }
  return { status: res.status, body: parsed as T, headers: res.headers };
}

const AGENT_SCOPES = ["availability:read", "bookings:read", "bookings:write", "audit:read"];

export interface BenchAgent {
  agent_id: string;
  key: string;
  priority: number;
  name: string;
  calendar_id: string;
}

/** An owner signed in through the dev magic link (the server must run with --dev). */
export class Owner {
  readonly url: string;
  readonly cookie: string;

  private constructor(url: string, cookie: string) {
    this.url = url;
    this.cookie = cookie;
  }

  static async signIn(
    url: string,
    email = `bench-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}@example.com`,
  ): Promise<Owner> {
    const link = await call(url, "POST", "/v1/auth/magic-link", { email });
    if (link.status !== 200 || !link.body?.dev_token)
      throw new Error(`magic-link: ${link.status} ${JSON.stringify(link.body)} (is the server in --dev?)`);
    const verify = await call(url, "POST", "/v1/auth/verify", { token: link.body.dev_token });
    if (verify.status !== 200) throw new Error(`verify: ${verify.status} ${JSON.stringify(verify.body)}`);
    const cookie = /ad_session=[^;]+/.exec(verify.headers.get("set-cookie") ?? "")![0];
    return new Owner(url, cookie);
  }

  call<T = Loose>(method: string, path: string, body?: unknown): Promise<Reply<T>> {
    return call<T>(this.url, method, path, body, { cookie: this.cookie });
  }

  async defaultCalendarId(): Promise<string> {
    const res = await this.call("GET", "/v1/dashboard/workspace");
    if (res.status !== 200) throw new Error(`workspace: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.default_calendar_id as string;
  }

  async createAgent(name: string, priority: number): Promise<BenchAgent> {
    const res = await this.call("POST", "/v1/dashboard/agents", { name, priority, scopes: AGENT_SCOPES });
    if (res.status !== 201) throw new Error(`create agent: ${res.status} ${JSON.stringify(res.body)}`);
    return { agent_id: res.body.agent_id, key: res.body.plaintext_key, priority, name, calendar_id: await this.defaultCalendarId() };
  }

  async configure(settings: Record<string, number | string>): Promise<void> {
    const cal = await this.defaultCalendarId();
    const res = await this.call("PATCH", `/v1/dashboard/calendars/${cal}`, { settings });
    if (res.status !== 200) throw new Error(`configure: ${res.status} ${JSON.stringify(res.body)}`);
  }
}

export function agentCall<T = Loose>(url: string, agent: BenchAgent, method: string, path: string, body?: unknown): Promise<Reply<T>> {
  return call<T>(url, method, path, body, { authorization: `Bearer ${agent.key}` });
}

/** Provisions a store: starts the server in dev mode, runs `setup`, stops it. Returns what setup returned. */
export async function provision<T>(options: StartOptions, setup: (url: string) => Promise<T>): Promise<T> {
  const server = await startServer({ ...options, dev: true });
  try {
    return await setup(server.url);
  } finally {
    await server.stop();
  }
}
