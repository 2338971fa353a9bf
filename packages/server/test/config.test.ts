// Flags, environment variables and defaults of the server (src/config.ts): one table drives parsing,
// the environment fallback and --help.
import { describe, expect, it } from "vitest";
import { HELP, parseConfig, type Config } from "../src/config.ts";

/** Every flag with its environment variable, as the server has always accepted them. */
const FLAGS: [flag: string, env: string][] = [
  ["--host", "HOST"],
  ["--port", "PORT"],
  ["--data", "AGENTDRAFT_DATA_DIR"],
  ["--key-file", "AGENTDRAFT_KEY_FILE"],
  ["--dev", "AGENTDRAFT_DEV=1"],
  ["--smtp-port", "AGENTDRAFT_SMTP_PORT"],
  ["--rate-limit", "AGENTDRAFT_RATE_LIMIT"],
  ["--rate-refill", "AGENTDRAFT_RATE_REFILL"],
  ["--mail-domain", "AGENTDRAFT_MAIL_DOMAIN"],
  ["--smtp-max-size", "AGENTDRAFT_SMTP_MAX_BYTES"],
  ["--smtp-relay", "AGENTDRAFT_SMTP_RELAY"],
  ["--smtp-retries", "AGENTDRAFT_SMTP_RETRIES"],
  ["--smtp-retry-delay", "AGENTDRAFT_SMTP_RETRY_DELAY_MS"],
  ["--headers-timeout", "AGENTDRAFT_HEADERS_TIMEOUT_MS"],
  ["--request-timeout", "AGENTDRAFT_REQUEST_TIMEOUT_MS"],
  ["--keep-alive-timeout", "AGENTDRAFT_KEEP_ALIVE_TIMEOUT_MS"],
  ["--max-connections", "AGENTDRAFT_MAX_CONNECTIONS"],
  ["--max-connections-per-ip", "AGENTDRAFT_MAX_CONNECTIONS_PER_IP"],
  ["--public-url", "AGENTDRAFT_PUBLIC_URL"],
  ["--sign-in-limit", "AGENTDRAFT_SIGN_IN_LIMIT"],
  ["--disable-sign-in", "AGENTDRAFT_DISABLE_SIGN_IN=1"],
  ["--cache-workspaces", "AGENTDRAFT_CACHE_WORKSPACES"],
  ["--snapshot-every", "AGENTDRAFT_SNAPSHOT_EVERY"],
  ["--pg-pool", "AGENTDRAFT_PG_POOL"],
  ["--request-log-days", "AGENTDRAFT_REQUEST_LOG_DAYS"],
  ["--request-log-rows", "AGENTDRAFT_REQUEST_LOG_ROWS"],
  ["--allow-private-targets", "AGENTDRAFT_ALLOW_PRIVATE_TARGETS=1"],
  ["--source-timeout", "AGENTDRAFT_SOURCE_TIMEOUT_MS"],
  ["--source-max-bytes", "AGENTDRAFT_SOURCE_MAX_BYTES"],
  ["--source-horizon-days", "AGENTDRAFT_SOURCE_HORIZON_DAYS"],
  ["--webhook-retry-base-ms", "AGENTDRAFT_WEBHOOK_RETRY_BASE_MS"],
  ["--log-level", "LOG_LEVEL"],
];

const parse = (argv: string[], env: NodeJS.ProcessEnv = {}) => parseConfig(argv, env) as Config;

/** The defaults outside dev mode (with sign-in off, which production mode needs without a relay). */
const PRODUCTION: Config = {
  host: "127.0.0.1",
  port: 8080,
  dataDir: "data",
  keyFile: undefined,
  keys: undefined,
  dev: false,
  validateResponses: false,
  smtpPort: 0,
  rateLimitCapacity: 600,
  rateLimitRefillPerSecond: 300,
  mailDomain: "agents.agentdraft.local",
  smtpMaxBytes: 10 * 1024 * 1024,
  smtpRelay: undefined,
  smtpRetries: 6,
  smtpRetryDelayMs: 30_000,
  inboundSecret: undefined,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 10_000,
  maxConnectionsPerIp: 256,
  publicUrl: undefined,
  signInLimit: 30,
  signInDisabled: true,
  cacheWorkspaces: 1_000,
  snapshotEvery: 1_000,
  pgPoolSize: 10,
  requestLogDays: 7,
  requestLogRows: 100_000,
  allowPrivateTargets: false,
  sourceTimeoutMs: 15_000,
  sourceMaxBytes: 4 * 1024 * 1024,
  sourceHorizonDays: 180,
  webhookRetryBaseMs: 5_000,
  seedAgents: undefined,
  logLevel: "info",
  databaseUrl: undefined,
};

describe("server configuration", () => {
  it("--help lists every flag with its environment variable, then -h", () => {
    expect(parseConfig(["--help"], {})).toBe("help");
    expect(parseConfig(["-h"], {})).toBe("help");
    const lines = HELP.split("\n");
    for (const [flag, env] of FLAGS) {
      const at = lines.findIndex((l) => l.startsWith(`  ${flag} `) || l === `  ${flag}`);
      expect(at, flag).toBeGreaterThan(0);
      const entry = lines.slice(at, at + 4).join(" ");
      expect(entry, flag).toContain(`[${env}]`);
    }
    for (const env of ["AGENTDRAFT_KEYS", "AGENTDRAFT_INBOUND_SECRET", "DATABASE_URL"])
      expect(HELP).toMatch(new RegExp(`^  ${env}\\b`, "m"));
    const flat = HELP.replace(/\s+/g, " ");
    expect(flat).toContain("(default 2525 in dev, else 0)");
    expect(flat).toContain("(default 30, 1000 in dev)");
    expect(flat).toContain("(unset: POST /v1/mailbox/messages answers 503)");
    expect(lines.at(-1)).toMatch(/^ {2}-h, --help +this text$/);
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(112);
  });

  it("has the same defaults as ever, and dev mode's own", () => {
    expect(parse(["--disable-sign-in"])).toEqual(PRODUCTION);
    expect(parse(["--dev"])).toEqual({
      ...PRODUCTION,
      dev: true,
      validateResponses: true,
      smtpPort: 2525,
      signInLimit: 1000,
      signInDisabled: false,
    });
  });

  it("reads each option from its environment variable; a flag wins over it", () => {
    const env = {
      AGENTDRAFT_DEV: "true",
      HOST: "0.0.0.0",
      PORT: "9090",
      AGENTDRAFT_DATA_DIR: "/var/lib/agentdraft",
      AGENTDRAFT_SMTP_PORT: "0",
      AGENTDRAFT_RATE_LIMIT: "10",
      AGENTDRAFT_SMTP_RELAY: "smtps://u:p@relay.example:465",
      AGENTDRAFT_PUBLIC_URL: "https://agentdraft.example/base/",
      AGENTDRAFT_ALLOW_PRIVATE_TARGETS: "1",
      AGENTDRAFT_INBOUND_SECRET: "s3cret",
      AGENTDRAFT_KEYS: '{"k":1}',
      DATABASE_URL: "postgres://db/agentdraft",
      AGENTDRAFT_PG_POOL: "",
      LOG_LEVEL: "debug",
    };
    const config = parse(["--port", "7070", "--log-level", "warn"], env);
    expect(config).toMatchObject({
      dev: true,
      host: "0.0.0.0",
      port: 7070,
      dataDir: "/var/lib/agentdraft",
      smtpPort: 0,
      rateLimitCapacity: 10,
      smtpRelay: "smtps://u:p@relay.example:465",
      publicUrl: "https://agentdraft.example/base",
      allowPrivateTargets: true,
      inboundSecret: "s3cret",
      keys: '{"k":1}',
      databaseUrl: "postgres://db/agentdraft",
      pgPoolSize: 10,
      logLevel: "warn",
    });
    expect(parse([], { AGENTDRAFT_DEV: "0", AGENTDRAFT_DISABLE_SIGN_IN: "1", AGENTDRAFT_VALIDATE_RESPONSES: "1" })).toMatchObject({
      dev: false,
      signInDisabled: true,
      validateResponses: true,
    });
  });

  it("refuses values out of range, by the flag's name, and unknown flags", () => {
    const prod = ["--disable-sign-in"];
    expect(() => parse([...prod, "--port=-1"])).toThrow("--port must be a non-negative integer, got -1");
    expect(() => parse(prod, { AGENTDRAFT_SNAPSHOT_EVERY: "0" })).toThrow("--snapshot-every must be at least 1");
    expect(() => parse([...prod, "--smtp-relay", "http://relay"])).toThrow("--smtp-relay must use smtp:// or smtps://");
    expect(() => parse([...prod, "--public-url", "ftp://x"])).toThrow("--public-url must be an http(s) URL");
    expect(() => parse([...prod, "--headers-timeout", "40000"])).toThrow("--headers-timeout must not exceed --request-timeout");
    expect(() => parse([...prod, "--headers-timeout", "40000", "--request-timeout", "0"])).not.toThrow();
    expect(() => parse([])).toThrow(/production mode mails sign-in links/);
    expect(() => parse(["--no-such-flag"])).toThrow();
    expect(parse([...prod, "--source-horizon-days", "5000"]).sourceHorizonDays).toBe(730);
  });
});
