import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 180_000,
    hookTimeout: 90_000,
    // The suites start servers and proxies on loopback ports; running them one file at a time keeps
    // the timing-sensitive scenarios (races, holds) away from each other.
    fileParallelism: false,
  },
});
