// A throwaway PostgreSQL for a benchmark: the suites' launcher (initdb + pg_ctl in a temp dir on a
// free 127.0.0.1 port, from @agentdraft/server/testing), with fsync on. Unlike the tests, a bench
// never installs anything: without PostgreSQL binaries it reports the PostgreSQL rows as skipped.
import { createDatabase, postgresBinDir, startPostgres as startCluster } from "@agentdraft/server/testing";

export interface Postgres {
  adminUrl: string;
  /** Creates a fresh database (a copy of `template` when given) and returns its URL. */
  createDatabase(name: string, template?: string): Promise<string>;
  /** 127.0.0.1:port of the cluster. */
  hostPort: string;
  stop(): void;
}

/** Starts PostgreSQL, or says why it was skipped when no binaries are installed. */
export async function startPostgres(): Promise<Postgres | { skipped: string }> {
  if (!postgresBinDir()) return { skipped: "no PostgreSQL binaries (apt-get install postgresql postgresql-contrib)" };
  const cluster = await startCluster({ durable: true });
  return {
    adminUrl: cluster.adminUrl,
    hostPort: `127.0.0.1:${cluster.port}`,
    createDatabase: (name: string, template?: string) => createDatabase(cluster.adminUrl, name, template),
    stop: () => cluster.stop(),
  };
}
