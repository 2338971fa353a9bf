// The Streamable HTTP transport, stateless: every POST builds a fresh McpServer for the caller's
// Bearer key, so any replica can answer any request. The caller (the reference server's /mcp
// route) authenticates the key first and gives the SDK client a fetch that reaches its own API,
// so the tools get exactly the REST API's scopes, rate limits and idempotency.
import { AgentDraft as AgentDraftClient, type AgentDraft } from "@agentdraft/sdk";
import { createMcpHandler } from "@modelcontextprotocol/server";
import { createMcpServer } from "./tools.ts";

export interface McpHttpOptions {
  /** The SDK client for a request's Bearer key. */
  clientFor: (apiKey: string, request: Request) => AgentDraft;
  timeZone?: string | undefined;
  verifierKey?: string | undefined;
  onerror?: (error: Error) => void;
}

/** `fetch(request, apiKey)` → the MCP answer. */
export function createMcpHttpHandler(options: McpHttpOptions): { fetch: (request: Request, apiKey: string) => Promise<Response>; close: () => Promise<void> } {
  const handler = createMcpHandler(
    (ctx) => {
      const token = ctx.authInfo?.token;
      if (!token || !ctx.requestInfo) throw new Error("the MCP handler was called without an authenticated key");
      return createMcpServer({ client: options.clientFor(token, ctx.requestInfo), timeZone: options.timeZone, verifierKey: options.verifierKey });
    },
    { ...(options.onerror ? { onerror: options.onerror } : {}) },
  );
  return {
    fetch: (request, apiKey) => handler.fetch(request, { authInfo: { token: apiKey, clientId: "agentdraft-agent", scopes: [] } }),
    close: () => handler.close(),
  };
}

/**
 * An SDK client for one agent key that calls `fetch` (e.g. the reference server's own app, so
 * /mcp and A2A requests re-enter the REST pipeline in process). No retries: the caller answers.
 */
export function agentClient(apiKey: string, baseUrl: string, fetch: (request: Request) => Promise<Response>): AgentDraft {
  return new AgentDraftClient({ apiKey, baseUrl, fetch, maxRetries: 0 });
}
