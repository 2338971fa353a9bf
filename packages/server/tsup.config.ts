// The published server: `src/` compiled to JavaScript in `dist/` (Node refuses to strip types of
// files under node_modules), one file per entry point. Dependencies and the optional
// @agentdraft/mcp peer stay imports; nothing of test/ is built or shipped.
import { defineConfig } from "tsup";

export default defineConfig({
  entry: { main: "src/main.ts", replay: "src/replay.ts" },
  format: "esm",
  platform: "node",
  target: "node22",
  outDir: "dist",
  clean: true,
  sourcemap: true,
  splitting: true,
  dts: false,
  // node:sqlite has no unprefixed name: keep every `node:` specifier as written.
  removeNodeProtocol: false,
});
