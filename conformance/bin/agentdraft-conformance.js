#!/usr/bin/env node
// Runs the TypeScript sources directly (Node ≥ 22.18 strips types) and falls back to the compiled
// dist/ where Node refuses to strip types: inside node_modules, i.e. when installed from the registry.
let cli;
try {
  cli = await import("../src/cli.ts");
} catch (err) {
  if (err?.code !== "ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING" && err?.code !== "ERR_UNKNOWN_FILE_EXTENSION") throw err;
  cli = await import("../dist/cli.js");
}
process.exitCode = await cli.main(process.argv.slice(2));
