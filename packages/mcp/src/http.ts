// The Streamable HTTP transport, stateless: every POST builds a fresh McpServer for the caller's
// Bearer key, so any replica can answer any request. The caller (the reference server's /mcp
// route) authenticates the key first and gives the SDK client a fetch that reaches its own API,
// so the tools get exactly the REST API's scopes, rate limits and idempotency.
import { AgentDraft as AgentDraftClient, type AgentDraft } from "@agentdraft/sdk";
import { createMcpHandler, isLegacyRequest, WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/server";
import { createMcpServer } from "./tools.ts";

export interface McpHttpOptions {
  /** The SDK client for a request's Bearer key. */
  clientFor: (apiKey: string, request: Request) => AgentDraft;
  timeZone?: string | undefined;
  verifierKey?: string | undefined;
  onerror?: (error: Error) => void;
}

/**
 * `fetch(request, apiKey)` → the MCP answer. The 2026-07-28 revision goes through the SDK's
 * `createMcpHandler`; 2025-era requests get a stateless transport of their own that answers plain
 * JSON (no SSE stream: every tool answers in one response), so any HTTP client can read it.
 */
export function createMcpHttpHandler(options: McpHttpOptions): {
  fetch: (request: Request, apiKey: string) => Promise<Response>;
  close: () => Promise<void>;
} {
  const serverFor = (token: string, request: Request) =>
    createMcpServer({ client: options.clientFor(token, request), timeZone: options.timeZone, verifierKey: options.verifierKey });
  const modern = createMcpHandler(
    (ctx) => {
      const token = ctx.authInfo?.token;
      if (!token || !ctx.requestInfo) throw new Error("the MCP handler was called without an authenticated key");
      return serverFor(token, ctx.requestInfo);
    },
    { legacy: "reject", ...(options.onerror ? { onerror: options.onerror } : {}) },
  );
  const authInfo = (token: string) => ({ token, clientId: "agentdraft-agent", scopes: [] });
  async function legacy(request: Request, apiKey: string): Promise<Response> {
    if (request.method !== "POST") {
      return new Response(
        JSON.stringify({
          jsonrpc: "2.0",
          id: null,
          error: { code: -32000, message: "Method not allowed: this endpoint is stateless (POST only)." },
        }),
        {
          status: 405,
          headers: { "Content-Type": "application/json", Allow: "POST" },
        },
      );
    }
    const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    const server = serverFor(apiKey, request);
    await server.connect(transport);
    try {
      return await transport.handleRequest(request, { authInfo: authInfo(apiKey) });
    } finally {
      void server.close().catch(() => {});
    }
  }
  return {
    fetch: async (request, apiKey) =>
      (await isLegacyRequest(request)) ? legacy(request, apiKey) : modern.fetch(request, { authInfo: authInfo(apiKey) }),
    close: () => modern.close(),
  };
}

/**
 * An SDK client for one agent key that calls `fetch` (e.g. the reference server's own app, so
 * /mcp and A2A requests re-enter the REST pipeline in process). No retries: the caller answers.
 */
export function agentClient(apiKey: string, baseUrl: string, fetch: (request: Request) => Promise<Response>): AgentDraft {
  return new AgentDraftClient({ apiKey, baseUrl, fetch, maxRetries: 0 });
}
