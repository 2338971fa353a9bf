#!/usr/bin/env node
// `agentdraft-mcp`: the AgentDraft MCP server over stdio. Configure with AGENTDRAFT_API_KEY and
// AGENTDRAFT_BASE_URL (optional: AGENTDRAFT_TIME_ZONE, AGENTDRAFT_VERIFIER_KEY).
import { existsSync } from "node:fs";
// A namespace import: `registerHooks` exists from Node 22.15 on (older Nodes just skip this).
import * as nodeModule from "node:module";

// In the monorepo before `@agentdraft/sdk` is built, run on its TypeScript sources (the
// `@agentdraft/source` export condition), as `node --conditions=@agentdraft/source` would.
let built = false;
try {
  built = existsSync(nodeModule.createRequire(import.meta.url).resolve("@agentdraft/sdk"));
} catch {
  built = false;
}
if (!built && typeof nodeModule.registerHooks === "function") {
  nodeModule.registerHooks({
    resolve: (specifier, context, next) =>
      next(
        specifier,
        specifier.startsWith("@agentdraft/") ? { ...context, conditions: [...context.conditions, "@agentdraft/source"] } : context,
      ),
  });
}

try {
  const { serveStdioFromEnv } = await import("./stdio.ts");
  serveStdioFromEnv();
} catch (error) {
  process.stderr.write(`agentdraft-mcp: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}
