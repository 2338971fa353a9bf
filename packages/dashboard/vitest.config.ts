import { defineConfig } from "vitest/config";

// One browser suite: a real server (dev mode, SQLite in a temp dir) and Debian's Chromium, headless.
export default defineConfig({
  test: { include: ["test/**/*.test.ts"], testTimeout: 60_000, hookTimeout: 60_000, fileParallelism: false },
});
