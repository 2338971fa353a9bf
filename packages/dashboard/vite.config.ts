// Builds the dashboard into dist/, served by the reference server at /app/. The TypeScript SDK's audit
// verifier is bundled from its source (packages/sdk/src, which imports @agentdraft/audit's sources: no
// package dependency, which would make a cycle through the conformance suite and the server); nothing
// loads from a CDN.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

export default defineConfig({
  base: "/app/",
  resolve: { alias: { "@agentdraft/sdk": fileURLToPath(new URL("../sdk/src/index.ts", import.meta.url)) } },
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: { outDir: "dist", emptyOutDir: true, sourcemap: true, target: "es2022", chunkSizeWarningLimit: 300 },
});
