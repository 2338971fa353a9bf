// Command-line flags with environment equivalents (docs/protocol.md §9).
import { parseArgs } from "node:util";

export interface Config {
  host: string;
  port: number;
  dataDir: string;
  dev: boolean;
  smtpPort: number;
  databaseUrl?: string;
  rateLimitCapacity: number;
  rateLimitRefillPerSecond: number;
  logLevel: string;
  /** Check every response against the spec (on in dev mode). */
  validateResponses: boolean;
  mailDomain: string;
  /** Outbound SMTP relay URL (`smtp://host:port`, `smtps://user:pass@host:465`); unset: sending answers 503. */
  smtpRelay?: string;
  /** Largest inbound message (SMTP and the inbound webhook), in bytes. */
  smtpMaxBytes: number;
  /** Delivery attempts per outbound message before it is `failed`. */
  smtpRetries: number;
  /** Delay before the first retry; each later one doubles it. */
  smtpRetryDelayMs: number;
  /** Shared secret of the inbound mail webhook (`X-Inbound-Secret`); unset: the endpoint answers 503. */
  inboundSecret?: string;
  /** Time a client has to send a request's complete headers (slowloris guard), in ms. */
  headersTimeoutMs: number;
  /** Time a client has to send a whole request, headers and body, in ms; 0 disables. */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open, in ms. */
  keepAliveTimeoutMs: number;
  /** Open connections the server accepts in all; further ones are dropped. */
  maxConnections: number;
  /** Open connections one client address may hold; further ones get 503 and are closed. */
  maxConnectionsPerIp: number;
  /** Base URL owners reach the server at (links in sign-in mail); default: the listening URL. */
  publicUrl?: string;
  /** Sign-in requests a client address may burst (refilled at the same number per minute). */
  signInLimit: number;
  /** Owner sign-in is off (no magic links): the only way to run production mode without a relay. */
  signInDisabled: boolean;
  /** Key file of the server's secrets (default `<data>/keys.json`). */
  keyFile?: string;
  /** The key file's JSON given directly (AGENTDRAFT_KEYS), e.g. from a secret manager. */
  keys?: string;
  /** Let webhook and calendar-source URLs reach loopback and private addresses (tests, on-premises). */
  allowPrivateTargets: boolean;
  /** Delay before a failed webhook delivery's first retry; later ones grow to 7200× it (docs/protocol.md §10.2). */
  webhookRetryBaseMs: number;
  /** Workspaces whose engine state a process keeps loaded (least recently used ones are dropped). */
  cacheWorkspaces: number;
  /** A workspace's state is snapshotted every this many commands (and on clean shutdown). */
  snapshotEvery: number;
  /** Connections of the PostgreSQL pool: the transactions of different workspaces one process runs at once. */
  pgPoolSize: number;
  /** The owner's request log keeps this many days (docs/architecture.md §9.1). */
  requestLogDays: number;
  /** … and at most this many rows per workspace. */
  requestLogRows: number;
  /** Time one request to an external calendar source may take (docs/protocol.md §11.1), in ms. */
  sourceTimeoutMs: number;
  /** Largest answer of an external calendar source, in bytes. */
  sourceMaxBytes: number;
  /** Days ahead external busy time is read for. */
  sourceHorizonDays: number;
  /** Dev mode: agents to create at start (`name:priority[:scope+scope]`, comma-separated), their keys printed. */
  seedAgents?: string;
}

const HELP = `agentdraft-server — the AgentDraft reference server

Options (environment variable in brackets):
  --host HOST             address to bind [HOST] (default 127.0.0.1)
  --port PORT             port; 0 picks a free one and prints it [PORT] (default 8080)
  --data DIR              embedded store and, by default, the key file [AGENTDRAFT_DATA_DIR] (default ./data)
  --key-file PATH         the server's secrets (hash pepper, audit signing seed, sealing key), created 0600
                          on first start; every replica needs the same one [AGENTDRAFT_KEY_FILE]
                          (default DIR/keys.json; AGENTDRAFT_KEYS may hold its JSON instead)
  --dev                   dev mode: magic-link dev_token, non-Secure cookie, response checks [AGENTDRAFT_DEV=1]
  --smtp-port PORT        inbound SMTP listener on 127.0.0.1, 0 disables [AGENTDRAFT_SMTP_PORT] (default 2525 in dev, else 0)
  --rate-limit N          token bucket size per agent [AGENTDRAFT_RATE_LIMIT] (default 600)
  --rate-refill N         tokens per second per agent [AGENTDRAFT_RATE_REFILL] (default 300)
  --mail-domain DOMAIN    domain of agent mailboxes [AGENTDRAFT_MAIL_DOMAIN] (default agents.agentdraft.local)
  --smtp-max-size BYTES   largest inbound message [AGENTDRAFT_SMTP_MAX_BYTES] (default 10485760)
  --smtp-relay URL        outbound relay, e.g. smtp://host:587 or smtps://user:pass@host:465
                          [AGENTDRAFT_SMTP_RELAY] (unset: POST /v1/mailbox/messages answers 503)
  --smtp-retries N        delivery attempts per message [AGENTDRAFT_SMTP_RETRIES] (default 6)
  --smtp-retry-delay MS   first retry delay, doubled each time [AGENTDRAFT_SMTP_RETRY_DELAY_MS] (default 30000)
  AGENTDRAFT_INBOUND_SECRET  secret of POST /v1/mailbox/inbound (header X-Inbound-Secret; unset: 503)
  --headers-timeout MS    time to send a request's complete headers, else 408 and close
                          [AGENTDRAFT_HEADERS_TIMEOUT_MS] (default 10000)
  --request-timeout MS    time to send a whole request (headers and body), else 408 and close; 0 disables
                          [AGENTDRAFT_REQUEST_TIMEOUT_MS] (default 30000)
  --keep-alive-timeout MS idle keep-alive connections close after this [AGENTDRAFT_KEEP_ALIVE_TIMEOUT_MS] (default 5000)
  --max-connections N     open connections in all; more are dropped [AGENTDRAFT_MAX_CONNECTIONS] (default 10000)
  --max-connections-per-ip N
                          open connections per client address; more get 503 and are closed
                          [AGENTDRAFT_MAX_CONNECTIONS_PER_IP] (default 256)
  --public-url URL        base URL owners use, for the sign-in link {base}/app/verify?token=…
                          [AGENTDRAFT_PUBLIC_URL] (default the listening URL)
  --sign-in-limit N       magic-link and verify requests per client address per minute (burst and refill;
                          per email a fifth) [AGENTDRAFT_SIGN_IN_LIMIT] (default 30, 1000 in dev)
  --disable-sign-in       no owner sign-in; production mode needs this or --smtp-relay (links go by mail)
                          [AGENTDRAFT_DISABLE_SIGN_IN=1]
  --cache-workspaces N    workspaces kept loaded in memory, least recently used dropped first
                          [AGENTDRAFT_CACHE_WORKSPACES] (default 1000)
  --snapshot-every N      snapshot a workspace's state every N commands [AGENTDRAFT_SNAPSHOT_EVERY] (default 1000)
  --pg-pool N             PostgreSQL connections per process (parallel writes to different workspaces)
                          [AGENTDRAFT_PG_POOL] (default 10)
  --request-log-days N    days the owner's request log keeps [AGENTDRAFT_REQUEST_LOG_DAYS] (default 7)
  --request-log-rows N    most request-log rows per workspace [AGENTDRAFT_REQUEST_LOG_ROWS] (default 100000)
  --allow-private-targets let webhook and calendar-source URLs reach loopback, private and link-local addresses (off by default,
                          also in dev) [AGENTDRAFT_ALLOW_PRIVATE_TARGETS=1]
  --source-timeout MS     time one request to an external calendar source may take
                          [AGENTDRAFT_SOURCE_TIMEOUT_MS] (default 15000)
  --source-max-bytes N    largest answer of an external calendar source [AGENTDRAFT_SOURCE_MAX_BYTES] (default 4194304)
  --source-horizon-days N days ahead external busy time is read for [AGENTDRAFT_SOURCE_HORIZON_DAYS] (default 180, at most 730)
  --webhook-retry-base-ms MS
                          first webhook retry delay; the 8 attempts back off to 7200× it, with jitter
                          [AGENTDRAFT_WEBHOOK_RETRY_BASE_MS] (default 5000: 5 s → 10 h)
  --seed-agents LIST      dev mode only: sign a new owner in and create these agents at start, printing
                          their keys; LIST is name:priority[:scope+scope],… (e.g. alice:1,bob:2)
  --log-level LEVEL       pino level [LOG_LEVEL] (default info)
  DATABASE_URL            PostgreSQL instead of the embedded store
  -h, --help              this text`;

function intOption(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got ${value}`);
  return n;
}

function positive(n: number, name: string): number {
  if (n < 1) throw new Error(`${name} must be at least 1`);
  return n;
}

function relayUrl(value: string | undefined): string | undefined {
  if (value === undefined || value === "") return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error("--smtp-relay must be a URL such as smtp://host:587"); // never echo it: it may hold a password
  }
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:")
    throw new Error(`--smtp-relay must use smtp:// or smtps://, got ${url.protocol}`);
  return value;
}

function publicUrl(value: string | undefined): string | undefined {
  if (value === undefined || value === "") return undefined;
  const url = URL.parse(value);
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) throw new Error(`--public-url must be an http(s) URL, got ${value}`);
  return url.origin + url.pathname.replace(/\/+$/, "");
}

export function parseConfig(argv: string[], env: NodeJS.ProcessEnv): Config | "help" {
  const { values } = parseArgs({
    args: argv,
    options: {
      host: { type: "string" },
      port: { type: "string" },
      data: { type: "string" },
      dev: { type: "boolean" },
      "smtp-port": { type: "string" },
      "rate-limit": { type: "string" },
      "rate-refill": { type: "string" },
      "mail-domain": { type: "string" },
      "smtp-max-size": { type: "string" },
      "smtp-relay": { type: "string" },
      "smtp-retries": { type: "string" },
      "smtp-retry-delay": { type: "string" },
      "headers-timeout": { type: "string" },
      "request-timeout": { type: "string" },
      "keep-alive-timeout": { type: "string" },
      "max-connections": { type: "string" },
      "max-connections-per-ip": { type: "string" },
      "public-url": { type: "string" },
      "key-file": { type: "string" },
      "allow-private-targets": { type: "boolean" },
      "webhook-retry-base-ms": { type: "string" },
      "sign-in-limit": { type: "string" },
      "disable-sign-in": { type: "boolean" },
      "cache-workspaces": { type: "string" },
      "snapshot-every": { type: "string" },
      "pg-pool": { type: "string" },
      "request-log-days": { type: "string" },
      "request-log-rows": { type: "string" },
      "source-timeout": { type: "string" },
      "source-max-bytes": { type: "string" },
      "source-horizon-days": { type: "string" },
      "seed-agents": { type: "string" },
      "log-level": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  if (values.help) return "help";
  const headersTimeoutMs = positive(
    intOption(values["headers-timeout"] ?? env.AGENTDRAFT_HEADERS_TIMEOUT_MS, "--headers-timeout", 10_000),
    "--headers-timeout",
  );
  const requestTimeoutMs = intOption(values["request-timeout"] ?? env.AGENTDRAFT_REQUEST_TIMEOUT_MS, "--request-timeout", 30_000);
  if (requestTimeoutMs > 0 && headersTimeoutMs > requestTimeoutMs) throw new Error("--headers-timeout must not exceed --request-timeout");
  const dev = values.dev ?? (env.AGENTDRAFT_DEV === "1" || env.AGENTDRAFT_DEV === "true");
  const smtpRelay = relayUrl(values["smtp-relay"] ?? env.AGENTDRAFT_SMTP_RELAY);
  const signInDisabled = values["disable-sign-in"] ?? (env.AGENTDRAFT_DISABLE_SIGN_IN === "1" || env.AGENTDRAFT_DISABLE_SIGN_IN === "true");
  // Outside dev mode a sign-in link must go by mail: never into a log, where anyone reading it could sign in.
  if (!dev && !smtpRelay && !signInDisabled) {
    throw new Error("production mode mails sign-in links: set --smtp-relay, or --disable-sign-in to run without owner sign-in");
  }
  const seedAgents = values["seed-agents"] || undefined;
  if (seedAgents !== undefined && !dev) throw new Error("--seed-agents needs --dev (it prints API keys)");
  return {
    host: values.host ?? env.HOST ?? "127.0.0.1",
    port: intOption(values.port ?? env.PORT, "--port", 8080),
    dataDir: values.data ?? env.AGENTDRAFT_DATA_DIR ?? "data",
    dev,
    smtpPort: intOption(values["smtp-port"] ?? env.AGENTDRAFT_SMTP_PORT, "--smtp-port", dev ? 2525 : 0),
    databaseUrl: env.DATABASE_URL || undefined,
    rateLimitCapacity: intOption(values["rate-limit"] ?? env.AGENTDRAFT_RATE_LIMIT, "--rate-limit", 600),
    rateLimitRefillPerSecond: intOption(values["rate-refill"] ?? env.AGENTDRAFT_RATE_REFILL, "--rate-refill", 300),
    logLevel: values["log-level"] ?? env.LOG_LEVEL ?? "info",
    validateResponses: dev || env.AGENTDRAFT_VALIDATE_RESPONSES === "1",
    mailDomain: values["mail-domain"] ?? env.AGENTDRAFT_MAIL_DOMAIN ?? "agents.agentdraft.local",
    smtpRelay,
    smtpMaxBytes: positive(
      intOption(values["smtp-max-size"] ?? env.AGENTDRAFT_SMTP_MAX_BYTES, "--smtp-max-size", 10 * 1024 * 1024),
      "--smtp-max-size",
    ),
    smtpRetries: positive(intOption(values["smtp-retries"] ?? env.AGENTDRAFT_SMTP_RETRIES, "--smtp-retries", 6), "--smtp-retries"),
    smtpRetryDelayMs: intOption(values["smtp-retry-delay"] ?? env.AGENTDRAFT_SMTP_RETRY_DELAY_MS, "--smtp-retry-delay", 30_000),
    inboundSecret: env.AGENTDRAFT_INBOUND_SECRET || undefined,
    headersTimeoutMs,
    requestTimeoutMs,
    keepAliveTimeoutMs: positive(
      intOption(values["keep-alive-timeout"] ?? env.AGENTDRAFT_KEEP_ALIVE_TIMEOUT_MS, "--keep-alive-timeout", 5_000),
      "--keep-alive-timeout",
    ),
    maxConnections: positive(
      intOption(values["max-connections"] ?? env.AGENTDRAFT_MAX_CONNECTIONS, "--max-connections", 10_000),
      "--max-connections",
    ),
    maxConnectionsPerIp: positive(
      intOption(values["max-connections-per-ip"] ?? env.AGENTDRAFT_MAX_CONNECTIONS_PER_IP, "--max-connections-per-ip", 256),
      "--max-connections-per-ip",
    ),
    publicUrl: publicUrl(values["public-url"] ?? env.AGENTDRAFT_PUBLIC_URL),
    signInLimit: positive(
      intOption(values["sign-in-limit"] ?? env.AGENTDRAFT_SIGN_IN_LIMIT, "--sign-in-limit", dev ? 1000 : 30),
      "--sign-in-limit",
    ),
    signInDisabled,
    keyFile: values["key-file"] ?? (env.AGENTDRAFT_KEY_FILE || undefined),
    keys: env.AGENTDRAFT_KEYS || undefined,
    allowPrivateTargets:
      values["allow-private-targets"] ?? (env.AGENTDRAFT_ALLOW_PRIVATE_TARGETS === "1" || env.AGENTDRAFT_ALLOW_PRIVATE_TARGETS === "true"),
    webhookRetryBaseMs: positive(
      intOption(values["webhook-retry-base-ms"] ?? env.AGENTDRAFT_WEBHOOK_RETRY_BASE_MS, "--webhook-retry-base-ms", 5_000),
      "--webhook-retry-base-ms",
    ),
    cacheWorkspaces: positive(
      intOption(values["cache-workspaces"] ?? env.AGENTDRAFT_CACHE_WORKSPACES, "--cache-workspaces", 1_000),
      "--cache-workspaces",
    ),
    snapshotEvery: positive(
      intOption(values["snapshot-every"] ?? env.AGENTDRAFT_SNAPSHOT_EVERY, "--snapshot-every", 1_000),
      "--snapshot-every",
    ),
    pgPoolSize: positive(intOption(values["pg-pool"] ?? env.AGENTDRAFT_PG_POOL, "--pg-pool", 10), "--pg-pool"),
    requestLogDays: positive(
      intOption(values["request-log-days"] ?? env.AGENTDRAFT_REQUEST_LOG_DAYS, "--request-log-days", 7),
      "--request-log-days",
    ),
    requestLogRows: positive(
      intOption(values["request-log-rows"] ?? env.AGENTDRAFT_REQUEST_LOG_ROWS, "--request-log-rows", 100_000),
      "--request-log-rows",
    ),
    sourceTimeoutMs: positive(
      intOption(values["source-timeout"] ?? env.AGENTDRAFT_SOURCE_TIMEOUT_MS, "--source-timeout", 15_000),
      "--source-timeout",
    ),
    sourceMaxBytes: positive(
      intOption(values["source-max-bytes"] ?? env.AGENTDRAFT_SOURCE_MAX_BYTES, "--source-max-bytes", 4 * 1024 * 1024),
      "--source-max-bytes",
    ),
    sourceHorizonDays: Math.min(
      730,
      positive(
        intOption(values["source-horizon-days"] ?? env.AGENTDRAFT_SOURCE_HORIZON_DAYS, "--source-horizon-days", 180),
        "--source-horizon-days",
      ),
    ),
    seedAgents,
  };
}

export { HELP };
