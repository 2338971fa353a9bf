// The MCP Inspector's CLI (`@modelcontextprotocol/inspector --cli`) lists and calls tools against
// the real stdio bin, and lists them over Streamable HTTP at the reference server's /mcp.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mcpBin, Owner, repoRoot, startServer, type Agent, type RunningServer } from "./helpers.ts";

const run = promisify(execFile);
const inspector = path.join(repoRoot, "packages/mcp/node_modules/.bin/inspector");

let server: RunningServer;
let agent: Agent;
let home: string;

beforeAll(async () => {
  server = await startServer();
  agent = await (await Owner.signIn(server.baseUrl)).createAgent("inspected", 2);
  home = mkdtempSync(path.join(tmpdir(), "agentdraft-inspector-"));
});
afterAll(async () => {
  await server?.stop();
  if (home) rmSync(home, { recursive: true, force: true });
});

async function cli(args: string[]): Promise<Record<string, unknown>> {
  const { stdout } = await run(inspector, ["--cli", ...args], {
    timeout: 30_000,
    env: { ...process.env, HOME: home, MCP_CATALOG_PATH: path.join(home, "mcp.json") },
  });
  return JSON.parse(stdout) as Record<string, unknown>;
}

describe("MCP Inspector CLI", () => {
  const env = () => ["-e", `AGENTDRAFT_API_KEY=${agent.apiKey}`, "-e", `AGENTDRAFT_BASE_URL=${server.baseUrl}`];

  it("lists the tools of the stdio server", async () => {
    const out = await cli([...env(), "--method", "tools/list", process.execPath, mcpBin]);
    const tools = out.tools as { name: string; outputSchema?: unknown }[];
    expect(tools.map((t) => t.name)).toContain("commit_booking");
    expect(tools.every((t) => t.outputSchema)).toBe(true);
  });

  it("calls whoami on the stdio server", async () => {
    const out = await cli([...env(), "--method", "tools/call", "--tool-name", "whoami", process.execPath, mcpBin]);
    expect(out.structuredContent).toMatchObject({ agent_id: agent.agentId, priority: 2 });
  });

  it("lists the tools over Streamable HTTP at /mcp", async () => {
    // `--header` is variadic: the URL goes first.
    const out = await cli([
      `${server.baseUrl}/mcp`,
      "--method",
      "tools/list",
      "--transport",
      "http",
      "--header",
      `Authorization: Bearer ${agent.apiKey}`,
    ]);
    expect((out.tools as unknown[]).length).toBe(10);
  });
});
