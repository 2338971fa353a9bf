// MCP (Streamable HTTP at /mcp) and A2A 1.0 (agent card, JSON-RPC at /v1/a2a/rpc) on the
// reference server. Both come from @agentdraft/mcp, built on @agentdraft/sdk: the SDK client of
// each request carries the caller's Bearer key and a fetch that re-enters this very app, so these
// surfaces get exactly the REST API's authentication, scopes, rate limits and idempotency. Both
// are stateless (a fresh MCP server per request), so any replica answers any request.
import { existsSync } from "node:fs";
// A namespace import: `registerHooks` exists from Node 22.15 on (older Nodes just skip this).
import * as nodeModule from "node:module";
import { fileURLToPath } from "node:url";
import type { Context, Hono } from "hono";
import type { Logger } from "pino";
import type { Services } from "../services.ts";
import { authenticateAgent } from "./auth.ts";
import { ApiError } from "./problems.ts";

// biome-ignore lint/suspicious/noExplicitAny: mounts on any app, whatever its Env bindings
type AnyHono = Hono<any>;

const CARD_PATHS = ["/.well-known/agent-card.json", "/.well-known/agent.json"];

/**
 * In the monorepo, before `@agentdraft/sdk` is built: resolve @agentdraft/* packages to their
 * TypeScript sources (the `@agentdraft/source` export condition), as `--conditions` would.
 */
function preferSourcesWhenUnbuilt(): void {
  try {
    const mcpHttp = fileURLToPath(import.meta.resolve("@agentdraft/mcp/http"));
    if (existsSync(nodeModule.createRequire(mcpHttp).resolve("@agentdraft/sdk"))) return;
  } catch {
    // not built: fall through
  }
  if (typeof nodeModule.registerHooks !== "function") return;
  nodeModule.registerHooks({
    resolve: (specifier, context, next) =>
      next(
        specifier,
        specifier.startsWith("@agentdraft/") ? { ...context, conditions: [...context.conditions, "@agentdraft/source"] } : context,
      ),
  });
}

/**
 * Mounts the surfaces. @agentdraft/mcp is an optional peer of the server (a plain dependency
 * would close a cycle in the package graph: sdk → conformance → server → mcp → sdk), loaded
 * lazily: a server without it starts without these routes and says so.
 */
export async function mountAgentProtocols(app: AnyHono, services: Services, log: Logger): Promise<boolean> {
  let mcp: typeof import("@agentdraft/mcp/http");
  let a2a: typeof import("@agentdraft/mcp/a2a");
  try {
    preferSourcesWhenUnbuilt();
    [mcp, a2a] = await Promise.all([import("@agentdraft/mcp/http"), import("@agentdraft/mcp/a2a")]);
  } catch (error) {
    log.warn(
      { err: error },
      "MCP and A2A are off: @agentdraft/mcp could not be loaded (build @agentdraft/sdk, or run node with --conditions=@agentdraft/source)",
    );
    return false;
  }
  const clientFor = (apiKey: string, request: Request) =>
    mcp.agentClient(apiKey, new URL(request.url).origin, (r) => Promise.resolve(app.fetch(r)));
  const mcpHandler = mcp.createMcpHttpHandler({ clientFor, onerror: (error) => log.debug({ err: error }, "mcp request rejected") });
  const a2aHandler = a2a.createA2aHandler({ clientFor });
  const bearer = async (c: Context) => {
    try {
      await authenticateAgent(c, services.db, services.hasher, services.agentKeys);
    } catch (error) {
      if (error instanceof ApiError) {
        c.header("WWW-Authenticate", 'Bearer realm="agentdraft", error="invalid_token"');
      }
      throw error;
    }
    return /^Bearer\s+(\S+)$/i.exec(c.req.header("authorization") ?? "")![1]!;
  };

  app.all("/mcp", async (c) => mcpHandler.fetch(c.req.raw, await bearer(c)));
  app.post(a2a.A2A_RPC_PATH, async (c) => a2aHandler.rpc(c.req.raw, await bearer(c)));
  for (const path of CARD_PATHS) app.get(path, (c) => a2a.agentCardResponse(c.req.raw, new URL(c.req.url).origin));
  return true;
}
