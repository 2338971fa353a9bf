// Fixtures: the REAL reference server (spawned like the SDK's and the server's own tests do), an
// owner signed in by magic link, agents created through the dashboard API, MCP clients.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
import { StdioClientTransport } from "@modelcontextprotocol/client/stdio";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const mcpBin = path.join(repoRoot, "packages/mcp/src/bin.ts");
const serverMain = path.join(repoRoot, "packages/server/src/main.ts");

const ALL_SCOPES = ["availability:read", "bookings:read", "bookings:write", "audit:read"] as const;

export interface RunningServer {
  baseUrl: string;
  stop(): Promise<void>;
}

export async function startServer(): Promise<RunningServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "agentdraft-mcp-it-"));
  const child = spawn(
    process.execPath,
    [serverMain, "--dev", "--port", "0", "--data", dataDir, "--smtp-port", "0", "--log-level", "warn"],
    {
      cwd: repoRoot,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL within 30 s:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[0]);
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  for (const deadline = Date.now() + 20_000; ; ) {
    if (
      await fetch(`${baseUrl}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (Date.now() > deadline) throw new Error(`/healthz never answered:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    baseUrl,
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

export interface Agent {
  agentId: string;
  priority: number;
  apiKey: string;
}

export class Owner {
  private readonly baseUrl: string;
  private readonly cookie: string;
  private constructor(baseUrl: string, cookie: string) {
    this.baseUrl = baseUrl;
    this.cookie = cookie;
  }

  static async signIn(baseUrl: string): Promise<Owner> {
    const email = `owner-${Math.random().toString(36).slice(2, 8)}@example.com`;
    const post = (route: string, body: unknown) =>
      fetch(`${baseUrl}${route}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const { dev_token } = (await (await post("/v1/auth/magic-link", { email })).json()) as { dev_token: string };
    const verify = await post("/v1/auth/verify", { token: dev_token });
    const cookie = verify.headers
      .getSetCookie()
      .map((c) => c.split(";")[0]!)
      .find((c) => c.startsWith("ad_session="))!;
    return new Owner(baseUrl, cookie);
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

  async createAgent(name: string, priority: number, scopes: readonly string[] = ALL_SCOPES): Promise<Agent> {
    const a = await this.request<{ agent_id: string; plaintext_key: string }>("POST", "/v1/dashboard/agents", { name, priority, scopes });
    return { agentId: a.agent_id, priority, apiKey: a.plaintext_key };
  }

  /** "Simultaneous" = within the arbitration window; 250 ms absorbs a busy machine's jitter. */
  async widenArbitrationWindow(): Promise<void> {
    const { default_calendar_id } = await this.request<{ default_calendar_id: string }>("GET", "/v1/dashboard/workspace");
    await this.request("PATCH", `/v1/dashboard/calendars/${default_calendar_id}`, { settings: { arbitration_window_ms: 250 } });
  }
}

/** A whole future UTC hour, `daysAhead` days from now. */
export function futureSlot(daysAhead: number, hour: number, minutes = 30): { start: string; end: string } {
  const day = new Date();
  day.setUTCHours(0, 0, 0, 0);
  const start = new Date(day.getTime() + daysAhead * 86_400_000 + hour * 3_600_000);
  return { start: start.toISOString(), end: new Date(start.getTime() + minutes * 60_000).toISOString() };
}

export type Transport = "stdio" | "http";

/** The official MCP client, connected over stdio (spawning the real bin) or Streamable HTTP (/mcp). */
export async function connectMcp(kind: Transport, baseUrl: string, apiKey: string): Promise<Client> {
  const client = new Client({ name: "agentdraft-mcp-test", version: "1.0.0" });
  if (kind === "stdio") {
    await client.connect(
      new StdioClientTransport({
        command: process.execPath,
        args: [mcpBin],
        env: { PATH: process.env.PATH ?? "", AGENTDRAFT_API_KEY: apiKey, AGENTDRAFT_BASE_URL: baseUrl },
        stderr: "pipe",
      }),
    );
  } else {
    await client.connect(
      new StreamableHTTPClientTransport(new URL(`${baseUrl}/mcp`), { requestInit: { headers: { Authorization: `Bearer ${apiKey}` } } }),
    );
  }
  return client;
}
