// Agent-protocol surfaces outside spec/openapi.yaml: MCP over Streamable HTTP (`/mcp`) and A2A 1.0
// (agent card, JSON-RPC at `/v1/a2a/rpc`). Scenarios name them like operations; a scenario that
// `requires` a surface runs only when the server under test advertises it (and is reported as
// skipped otherwise). Their steps go to `--direct-url` when one is given: a validating proxy of
// the OpenAPI document knows nothing of them.
import type { Operation } from "./operations.ts";

export type Surface = "mcp" | "a2a";

export const SURFACE_OPERATIONS: Record<string, Operation> = {
  /** One MCP JSON-RPC message (Streamable HTTP, stateless), the agent's Bearer key. */
  mcp: { method: "POST", path: "/mcp", auth: "agent" },
  /** One A2A (agent-to-agent) JSON-RPC 2.0 request. */
  agentRpc: { method: "POST", path: "/v1/a2a/rpc", auth: "agent" },
  getAgentCard: { method: "GET", path: "/.well-known/agent-card.json", auth: "none" },
  getLegacyAgentCard: { method: "GET", path: "/.well-known/agent.json", auth: "none" },
};

export function isSurfaceOperation(id: string): boolean {
  return Object.hasOwn(SURFACE_OPERATIONS, id);
}

/**
 * Whether the server at `baseUrl` advertises a surface. A2A: its agent card lists a JSONRPC
 * interface. MCP: `/mcp` asks an anonymous POST for a Bearer key (401 with `WWW-Authenticate:
 * Bearer`) instead of not knowing the route.
 */
export async function advertises(surface: Surface, baseUrl: string, timeoutMs = 10_000): Promise<boolean> {
  const base = baseUrl.replace(/\/+$/, "");
  try {
    if (surface === "a2a") {
      const res = await fetch(`${base}/.well-known/agent-card.json`, { signal: AbortSignal.timeout(timeoutMs) });
      if (res.status !== 200) return false;
      const card = (await res.json()) as { supportedInterfaces?: { protocolBinding?: string }[] };
      return (card.supportedInterfaces ?? []).some((i) => i.protocolBinding === "JSONRPC");
    }
    const res = await fetch(`${base}/mcp`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json, text/event-stream" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "ping" }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    await res.body?.cancel();
    return res.status === 401 && /bearer/i.test(res.headers.get("www-authenticate") ?? "");
  } catch {
    return false;
  }
}
