import { defineConfig } from "vitest/config";

// The engine, audit and HTTP suites run against the embedded SQLite store; the HTTP suites run again
// and mail suites run again against a real PostgreSQL (started by the global setup), plus the replica tests.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: "sqlite", include: ["test/**/*.test.ts"], exclude: ["test/postgres/**"] } },
      {
        extends: true,
        test: {
          name: "postgres",
          include: ["test/http/**/*.test.ts", "test/mail/**/*.test.ts", "test/postgres/**/*.test.ts"],
          globalSetup: ["test/support/pg-global-setup.ts"],
          // Several servers and one PostgreSQL share 2 cores: one file at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
