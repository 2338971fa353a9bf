// Starting the reference server for a benchmark, through @agentdraft/server/testing: a child process
// on 127.0.0.1 and a free port, a throwaway data dir (or a PostgreSQL database), an owner signed in
// through the dev magic link and agents with real API keys. Provisioning runs in dev mode (it needs the
// magic-link token); the measured server is then restarted on the same store in production mode (no
// response validation).
import {
  call,
  startServer as start,
  tempDir as testingTempDir,
  type Loose,
  type Reply,
  type ServerProcess,
  type StartOptions,
  type TestAgent,
} from "@agentdraft/server/testing";

export { call, Owner, type Loose, type Reply, type ServerProcess, type TestAgent as BenchAgent } from "@agentdraft/server/testing";

/** Every bench server gets a rate limit it never reaches: the benches measure the engine, not the limiter. */
const NO_RATE_LIMIT = ["--rate-limit", "1000000", "--rate-refill", "1000000"];

export function tempDir(prefix: string): string {
  return testingTempDir(`bench-${prefix}`);
}

/** Production mode unless `dev`; AGENTDRAFT_BENCH_SERVER_MAIN points a run at another checkout (before/after comparisons). */
export function startServer(options: Omit<StartOptions, "main"> = {}): Promise<ServerProcess> {
  return start({
    ...options,
    dev: options.dev ?? false,
    ...(process.env.AGENTDRAFT_BENCH_SERVER_MAIN ? { main: process.env.AGENTDRAFT_BENCH_SERVER_MAIN } : {}),
    // Production mode has no sign-in here: the store was provisioned in dev mode (see provision).
    args: ["--log-level", "warn", ...NO_RATE_LIMIT, ...(options.dev ? [] : ["--disable-sign-in"]), ...(options.args ?? [])],
  });
}

export function agentCall<T = Loose>(url: string, agent: TestAgent, method: string, path: string, body?: unknown): Promise<Reply<T>> {
  return call<T>(url, method, path, { body, headers: { authorization: `Bearer ${agent.key}` } });
}

/** Provisions a store: starts the server in dev mode, runs `setup`, stops it. Returns what setup returned. */
export async function provision<T>(options: StartOptions, setup: (url: string) => Promise<T>): Promise<T> {
  const server = await startServer({ ...options, dev: true });
  try {
    return await setup(server.url);
  } finally {
    await server.stop();
  }
}
