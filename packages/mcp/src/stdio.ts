// The stdio transport: one agent (AGENTDRAFT_API_KEY) talking to AGENTDRAFT_BASE_URL.
import { AgentDraft } from "@agentdraft/sdk";
import { serveStdio } from "@modelcontextprotocol/server/stdio";
import { createMcpServer } from "./tools.ts";

/** The SDK client the stdio server uses: AGENTDRAFT_API_KEY, AGENTDRAFT_BASE_URL (then http://127.0.0.1:8080). */
export function clientFromEnv(env: NodeJS.ProcessEnv = process.env): AgentDraft {
  return new AgentDraft({
    ...(env.AGENTDRAFT_API_KEY ? { apiKey: env.AGENTDRAFT_API_KEY } : {}),
    ...(env.AGENTDRAFT_BASE_URL ? { baseUrl: env.AGENTDRAFT_BASE_URL } : {}),
    // A tool answers fast: a 429 comes back as retry_after_seconds for the model to act on.
    maxRetries: 1,
  });
}

/** Serves the tools on stdin/stdout until stdin closes. Errors in configuration go to stderr. */
export function serveStdioFromEnv(env: NodeJS.ProcessEnv = process.env): void {
  const client = clientFromEnv(env);
  const ctx = { client, timeZone: env.AGENTDRAFT_TIME_ZONE, verifierKey: env.AGENTDRAFT_VERIFIER_KEY };
  serveStdio(() => createMcpServer(ctx));
}
