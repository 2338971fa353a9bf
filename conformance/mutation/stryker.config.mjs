// Stryker's config for `pnpm --filter @agentdraft/conformance mutation` (scripts/mutation.ts runs it
// from the repository root, so that paths below are relative to the root). README "Mutation testing".
import { fileURLToPath } from "node:url";

/** The modules under test (never generated/): STRYKER_MUTATE (comma-separated globs) narrows a trial run. */
const MUTATE = process.env.STRYKER_MUTATE?.split(",").filter(Boolean) ?? [
  "packages/server/src/engine/**/*.ts",
  "packages/server/src/http/**/*.ts",
  "packages/server/src/routes/**/*.ts",
  "packages/server/src/audit/**/*.ts",
  // The dashboard's static files (the owner web UI at /app) are no part of the protocol: a
  // third-party server has none, and the UI's own Playwright suite tests them.
  "!packages/server/src/http/dashboard-assets.ts",
];

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  mutate: MUTATE,
  // The killer: every conformance scenario as a test, against the server in the runner's process.
  plugins: [
    fileURLToPath(new URL("./test-runner.ts", import.meta.url)),
    fileURLToPath(new URL("./human-text-ignorer.ts", import.meta.url)),
  ],
  testRunner: "agentdraft-conformance",
  // No mutants of text each server words its own way (human-text-ignorer.ts says which and why).
  ignorers: ["human-text"],
  coverageAnalysis: "perTest",
  // The server's dependencies resolve through packages/server/node_modules (pnpm symlinks), so the
  // mutants are written into the source files themselves, and Stryker restores them at the end.
  inPlace: true,
  // Stryker reads (and, in place, backs up and restores) only the server's sources.
  ignorePatterns: [
    "/*",
    "!/packages/",
    "/packages/*",
    "!/packages/server/",
    "/packages/server/*",
    "!/packages/server/src/",
    "/packages/server/src/generated/",
  ],
  // No `// @ts-nocheck` written into the other files (the instrumented ones run type-stripped anyway).
  disableTypeChecks: false,
  tempDirName: "conformance/mutation/.stryker-tmp",
  // Five runners on two cores: a scenario mostly waits (holds, arbitration windows, webhook
  // retries), so five keep the cores busy (four: measured 1.5× the throughput of two).
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 5),
  timeoutMS: 10_000,
  reporters: ["json", "clear-text", "progress"],
  jsonReporter: { fileName: "conformance/mutation/reports/mutation.json" },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: false, reportScoreTable: true },
  thresholds: { high: 90, low: 80, break: null },
  cleanTempDir: "always",
};
