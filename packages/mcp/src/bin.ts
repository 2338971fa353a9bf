#!/usr/bin/env node
// `agentdraft-mcp`: the AgentDraft MCP server over stdio. Configure with AGENTDRAFT_API_KEY and
// AGENTDRAFT_BASE_URL (optional: AGENTDRAFT_TIME_ZONE, AGENTDRAFT_VERIFIER_KEY).
import { serveStdioFromEnv } from "./stdio.ts";

try {
  serveStdioFromEnv();
} catch (error) {
  process.stderr.write(`agentdraft-mcp: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}
