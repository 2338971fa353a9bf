// A real, throwaway PostgreSQL for tests: initdb + pg_ctl in a temp dir on a free port (as the
// `postgres` user when running as root), installing Debian's package first if no binaries exist.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

export interface Postgres {
  /** Superuser URL of the `postgres` database (to create one database per test server). */
  adminUrl: string;
  port: number;
  dataDir: string;
  pgCtl(...args: string[]): void;
  stop(): void;
}

/** Where PostgreSQL's server binaries are, if installed. */
export function postgresBinDir(): string | undefined {
  const root = "/usr/lib/postgresql";
  const candidates = existsSync(root)
    ? readdirSync(root)
        .sort()
        .reverse()
        .map((v) => path.join(root, v, "bin"))
    : [];
  const found = candidates.find((d) => existsSync(path.join(d, "initdb")));
  if (found) return found;
  const onPath = spawnSync("sh", ["-c", "command -v initdb"], { encoding: "utf8" }).stdout.trim();
  return onPath ? path.dirname(onPath) : undefined;
}

/** The binaries, installing Debian's package first when none exist (tests never skip PostgreSQL). */
function binDir(): string {
  const found = postgresBinDir();
  if (found) return found;
  if (process.getuid?.() !== 0) throw new Error("PostgreSQL binaries not found: install Debian's postgresql package");
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", "postgresql", "postgresql-contrib"], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return binDir();
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer().listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

/** Runs a PostgreSQL tool, as the `postgres` user when we are root (initdb refuses root). */
function runTool(bin: string, tool: string, args: string[]): void {
  const asRoot = process.getuid?.() === 0;
  const cmd = asRoot ? "runuser" : path.join(bin, tool);
  const argv = asRoot ? ["-u", "postgres", "--", path.join(bin, tool), ...args] : args;
  execFileSync(cmd, argv, { stdio: ["ignore", "pipe", "pipe"] });
}

function pgCtlFor(bin: string, dataDir: string, port: number, durable = false) {
  return (...args: string[]) =>
    runTool(bin, "pg_ctl", [
      "-D",
      path.join(dataDir, "db"),
      "-l",
      path.join(dataDir, "postgres.log"),
      "-o",
      // Tests skip fsync for speed; a benchmark keeps it, so its figures are real ones.
      `-p ${port} -k ${dataDir} -c listen_addresses=127.0.0.1 -c max_connections=200${durable ? "" : " -c fsync=off"}`,
      "-w",
      ...args,
    ]);
}

export async function startPostgres(options: { durable?: boolean } = {}): Promise<Postgres> {
  const bin = binDir();
  const dataDir = mkdtempSync(path.join(tmpdir(), "agentdraft-pg-"));
  if (process.getuid?.() === 0) {
    if (spawnSync("id", ["-u", "postgres"]).status !== 0) execFileSync("useradd", ["--system", "--no-create-home", "postgres"]);
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }));
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }));
    chownSync(dataDir, uid, gid);
    chmodSync(dataDir, 0o700);
  }
  const port = await freePort();
  runTool(bin, "initdb", ["-D", path.join(dataDir, "db"), "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"]);
  const pgCtl = pgCtlFor(bin, dataDir, port, options.durable);
  pgCtl("start");
  return {
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    pgCtl,
    stop: () => pgCtl("-m", "fast", "stop"),
  };
}

/**
 * Takes the suite's PostgreSQL (started by the global setup) down hard for `downMs`, then starts it
 * again: every connection drops and in-flight transactions roll back.
 */
export async function restartSuitePostgres(downMs: number): Promise<void> {
  const dataDir = process.env.AGENTDRAFT_TEST_PG_DATA_DIR;
  const port = Number(process.env.AGENTDRAFT_TEST_PG_PORT);
  if (!dataDir || !port) throw new Error("not running in the PostgreSQL project");
  const pgCtl = pgCtlFor(binDir(), dataDir, port);
  pgCtl("-m", "immediate", "stop");
  await new Promise((r) => setTimeout(r, downMs));
  pgCtl("start");
}
