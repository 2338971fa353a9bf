// Public entry of @agentdraft/mcp: the tool layer (one module for both transports).
export { createMcpServer, errorResult, toolDefinitions } from "./tools.ts";
export type { ToolContext, ToolDefinition, ToolName } from "./tools.ts";
export { clientFromEnv, serveStdioFromEnv } from "./stdio.ts";
export { createMcpHttpHandler } from "./http.ts";
export type { McpHttpOptions } from "./http.ts";
export { localize, toLocal } from "./time.ts";
export { VERSION } from "./version.ts";
