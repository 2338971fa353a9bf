import { defineConfig } from "vitest/config";

// Real processes: reference servers (node packages/server/src/main.ts) and the agentdraft-mcp bin.
export default defineConfig({
  resolve: { conditions: ["@agentdraft/source"] },
  test: { testTimeout: 30_000, hookTimeout: 60_000 },
});
