// A throwaway PostgreSQL for a benchmark: the test suite's launcher (initdb + pg_ctl in a temp dir
// on a free 127.0.0.1 port), with fsync on. Unlike the tests, a bench never installs anything:
// without PostgreSQL binaries it reports the PostgreSQL rows as skipped.
import pg from "pg";
import { postgresBinDir, startPostgres as startCluster } from "../../packages/server/test/support/postgres.ts";

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
    async createDatabase(name: string, template?: string) {
      const safe = name.replace(/\W/g, "_");
      const client = new pg.Client(cluster.adminUrl);
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${safe}"${template ? ` TEMPLATE "${template.replace(/\W/g, "_")}"` : ""}`);
      } finally {
        await client.end();
      }
      return cluster.adminUrl.replace(/\/postgres$/, `/${safe}`);
    },
    stop: () => cluster.stop(),
  };
}
