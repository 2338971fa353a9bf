// Vitest global setup of the PostgreSQL project: one real PostgreSQL for the run.
import { startPostgres, type Postgres } from "../../src/testing.ts";

let postgres: Postgres | undefined;

export async function setup(): Promise<void> {
  postgres = await startPostgres();
  process.env.AGENTDRAFT_TEST_PG_ADMIN_URL = postgres.adminUrl;
  process.env.AGENTDRAFT_TEST_PG_DATA_DIR = postgres.dataDir;
  process.env.AGENTDRAFT_TEST_PG_PORT = String(postgres.port);
}

export async function teardown(): Promise<void> {
  postgres?.stop();
}
