// Fixture for the REAL reference server (packages/server): starts
// `node packages/server/src/main.ts --dev --port 0 --data <tmpdir>`, waits for the URL line and
// /healthz, signs an owner in by magic link, and creates agents through the dashboard API.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { repoRoot } from "./prism.ts";

const serverMain = path.join(repoRoot, "packages/server/src/main.ts");

export const ALL_SCOPES = ["availability:read", "bookings:read", "bookings:write", "mailbox:read", "mailbox:send", "audit:read"] as const;
export type ScopeName = (typeof ALL_SCOPES)[number];

export interface CreatedAgent {
  agentId: string;
  name: string;
  priority: number;
  apiKey: string;
}

export interface RunningServer {
  baseUrl: string;
  /** Everything the process printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/** Starts the reference server on a free port with a fresh data directory. */
export async function startServer(extraArgs: string[] = []): Promise<RunningServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "agentdraft-sdk-it-"));
  const child: ChildProcess = spawn(
    process.execPath,
    // No SMTP listener: several servers run side by side in the tests.
    [serverMain, "--dev", "--port", "0", "--data", dataDir, "--smtp-port", "0", "--log-level", "warn", ...extraArgs],
    { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not print its URL within 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code}:\n${output}`));
    });
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    const ok = await fetch(`${baseUrl}/healthz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`GET /healthz never answered 200:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    baseUrl,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** An owner signed in by magic link: the dashboard API through its `ad_session` cookie. */
export class Owner {
  readonly baseUrl: string;
  readonly cookie: string;

  private constructor(baseUrl: string, cookie: string) {
    this.baseUrl = baseUrl;
    this.cookie = cookie;
  }

  static async signIn(baseUrl: string, email = `owner-${Math.random().toString(36).slice(2, 8)}@example.com`): Promise<Owner> {
    const link = await fetch(`${baseUrl}/v1/auth/magic-link`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email }),
    });
    if (link.status !== 200) throw new Error(`magic-link: ${link.status} ${await link.text()}`);
    const { dev_token } = (await link.json()) as { dev_token?: string };
    if (!dev_token) throw new Error("magic-link returned no dev_token (is the server in --dev mode?)");
    const verify = await fetch(`${baseUrl}/v1/auth/verify`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token: dev_token }),
    });
    if (verify.status !== 200) throw new Error(`verify: ${verify.status} ${await verify.text()}`);
    const session = verify.headers
      .getSetCookie()
      .map((c) => c.split(";")[0]!)
      .find((c) => c.startsWith("ad_session="));
    if (!session) throw new Error("verify set no ad_session cookie");
    return new Owner(baseUrl, session);
  }

  async request<T>(method: string, route: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.baseUrl}${route}`, {
      method,
      headers: { cookie: this.cookie, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${route}: ${res.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  async createAgent(name: string, priority: number, scopes: readonly ScopeName[] = ALL_SCOPES): Promise<CreatedAgent> {
    const created = await this.request<{ agent_id: string; plaintext_key: string }>("POST", "/v1/dashboard/agents", {
      name,
      priority,
      scopes,
    });
    return { agentId: created.agent_id, name, priority, apiKey: created.plaintext_key };
  }

  async defaultCalendarId(): Promise<string> {
    return (await this.request<{ default_calendar_id: string }>("GET", "/v1/dashboard/workspace")).default_calendar_id;
  }

  async setRules(calendarId: string, rules: unknown[]): Promise<void> {
    await this.request("PUT", `/v1/dashboard/calendars/${calendarId}/rules`, { rules });
  }

  async updateCalendarSettings(calendarId: string, settings: Record<string, number>): Promise<void> {
    await this.request("PATCH", `/v1/dashboard/calendars/${calendarId}`, { settings });
  }
}

/** A whole future UTC hour, `daysAhead` days from now, offset by `minutes`. */
export function futureSlot(daysAhead: number, hour: number, minutes = 30, offsetMinutes = 0): { start: Date; end: Date } {
  const day = new Date();
  day.setUTCHours(0, 0, 0, 0);
  const start = new Date(day.getTime() + daysAhead * 86_400_000 + hour * 3_600_000 + offsetMinutes * 60_000);
  return { start, end: new Date(start.getTime() + minutes * 60_000) };
}
