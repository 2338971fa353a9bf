// Fixtures: the REAL reference server (@agentdraft/server/testing, in the SDK tests' camelCase), an
// owner signed in by magic link, agents created through the dashboard API, MCP clients.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
import { StdioClientTransport } from "@modelcontextprotocol/client/stdio";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const mcpBin = path.join(repoRoot, "packages/mcp/src/bin.ts");

// The reference server and its owner API: the SDK tests' camelCase view of @agentdraft/server/testing.
export { Owner, startServer, type CreatedAgent as Agent, type RunningServer } from "../../sdk/test/helpers/server.ts";

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
