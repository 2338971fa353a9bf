// Command-line flags with environment equivalents (docs/protocol.md §9). Each option is declared once,
// in OPTIONS (flag, environment variable, default, parser, help); parsing, the environment fallback
// and `--help` are all derived from that table.
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
  /** Delay before a failed webhook delivery's first retry; later ones grow to 7200× it (docs/protocol.md §10.2). */
  webhookRetryBaseMs: number;
  /** Dev mode: agents to create at start (`name:priority[:scope+scope]`, comma-separated), their keys printed. */
  seedAgents?: string;
}

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

/** What an option's default may depend on. */
interface Defaults {
  dev: boolean;
}

interface OptionBase<T> {
  /** The command-line flag without `--`; none: environment only. */
  flag?: string;
  /** The environment variable read when the flag is absent. */
  env?: string;
  default: T | ((d: Defaults) => T);
  /** The default as `--help` shows it, when it is not simply the value. */
  defaultHelp?: string;
  /** What leaving the option unset means, for `--help` (instead of a default). */
  unset?: string;
  /** `--help` text (wrapped at render). */
  help: string;
  /** Not listed by `--help`. */
  hidden?: boolean;
}

interface ValueOption<T> extends OptionBase<T> {
  kind: "value";
  /** Placeholder of the value in `--help`, e.g. `MS`. */
  arg?: string;
  /** Parses a given, non-empty value; `name` is how errors call the option. */
  parse: (raw: string, name: string) => T;
}

interface BooleanOption extends OptionBase<boolean> {
  kind: "boolean";
}

type Option<T> = [T] extends [boolean] ? BooleanOption : ValueOption<T>;

const text = (raw: string) => raw;
const int = (raw: string, name: string) => intOption(raw, name, 0);
const atLeastOne = (raw: string, name: string) => positive(intOption(raw, name, 0), name);
const optionalText = (raw: string): string | undefined => raw;

/** Every option of the server, in `--help` order. */
const OPTIONS: { [K in keyof Config]-?: Option<Config[K]> } = {
  host: { kind: "value", flag: "host", env: "HOST", arg: "HOST", default: "127.0.0.1", parse: text, help: "address to bind" },
  port: {
    kind: "value",
    flag: "port",
    env: "PORT",
    arg: "PORT",
    default: 8080,
    parse: int,
    help: "port; 0 picks a free one and prints it",
  },
  dataDir: {
    kind: "value",
    flag: "data",
    env: "AGENTDRAFT_DATA_DIR",
    arg: "DIR",
    default: "data",
    defaultHelp: "./data",
    parse: text,
    help: "embedded store and, by default, the key file",
  },
  keyFile: {
    kind: "value",
    flag: "key-file",
    env: "AGENTDRAFT_KEY_FILE",
    arg: "PATH",
    default: undefined,
    defaultHelp: "DIR/keys.json; AGENTDRAFT_KEYS may hold its JSON instead",
    parse: optionalText,
    help: "the server's secrets (hash pepper, audit signing seed, sealing key), created 0600 on first start; every replica needs the same one",
  },
  keys: {
    kind: "value",
    env: "AGENTDRAFT_KEYS",
    default: undefined,
    parse: optionalText,
    help: "the key file's JSON given directly (e.g. from a secret manager), instead of --key-file",
  },
  dev: {
    kind: "boolean",
    flag: "dev",
    env: "AGENTDRAFT_DEV",
    default: false,
    help: "dev mode: magic-link dev_token, non-Secure cookie, response checks",
  },
  validateResponses: {
    kind: "boolean",
    env: "AGENTDRAFT_VALIDATE_RESPONSES",
    default: false,
    hidden: true,
    help: "check every response against the spec (always on in dev mode)",
  },
  smtpPort: {
    kind: "value",
    flag: "smtp-port",
    env: "AGENTDRAFT_SMTP_PORT",
    arg: "PORT",
    default: ({ dev }) => (dev ? 2525 : 0),
    defaultHelp: "2525 in dev, else 0",
    parse: int,
    help: "inbound SMTP listener on 127.0.0.1, 0 disables",
  },
  rateLimitCapacity: {
    kind: "value",
    flag: "rate-limit",
    env: "AGENTDRAFT_RATE_LIMIT",
    arg: "N",
    default: 600,
    parse: int,
    help: "token bucket size per agent",
  },
  rateLimitRefillPerSecond: {
    kind: "value",
    flag: "rate-refill",
    env: "AGENTDRAFT_RATE_REFILL",
    arg: "N",
    default: 300,
    parse: int,
    help: "tokens per second per agent",
  },
  mailDomain: {
    kind: "value",
    flag: "mail-domain",
    env: "AGENTDRAFT_MAIL_DOMAIN",
    arg: "DOMAIN",
    default: "agents.agentdraft.local",
    parse: text,
    help: "domain of agent mailboxes",
  },
  smtpMaxBytes: {
    kind: "value",
    flag: "smtp-max-size",
    env: "AGENTDRAFT_SMTP_MAX_BYTES",
    arg: "BYTES",
    default: 10 * 1024 * 1024,
    parse: atLeastOne,
    help: "largest inbound message",
  },
  smtpRelay: {
    kind: "value",
    flag: "smtp-relay",
    env: "AGENTDRAFT_SMTP_RELAY",
    arg: "URL",
    default: undefined,
    unset: "POST /v1/mailbox/messages answers 503",
    parse: relayUrl,
    help: "outbound relay, e.g. smtp://host:587 or smtps://user:pass@host:465",
  },
  smtpRetries: {
    kind: "value",
    flag: "smtp-retries",
    env: "AGENTDRAFT_SMTP_RETRIES",
    arg: "N",
    default: 6,
    parse: atLeastOne,
    help: "delivery attempts per message",
  },
  smtpRetryDelayMs: {
    kind: "value",
    flag: "smtp-retry-delay",
    env: "AGENTDRAFT_SMTP_RETRY_DELAY_MS",
    arg: "MS",
    default: 30_000,
    parse: int,
    help: "first retry delay, doubled each time",
  },
  inboundSecret: {
    kind: "value",
    env: "AGENTDRAFT_INBOUND_SECRET",
    default: undefined,
    unset: "503",
    parse: optionalText,
    help: "secret of POST /v1/mailbox/inbound (header X-Inbound-Secret)",
  },
  headersTimeoutMs: {
    kind: "value",
    flag: "headers-timeout",
    env: "AGENTDRAFT_HEADERS_TIMEOUT_MS",
    arg: "MS",
    default: 10_000,
    parse: atLeastOne,
    help: "time to send a request's complete headers, else 408 and close",
  },
  requestTimeoutMs: {
    kind: "value",
    flag: "request-timeout",
    env: "AGENTDRAFT_REQUEST_TIMEOUT_MS",
    arg: "MS",
    default: 30_000,
    parse: int,
    help: "time to send a whole request (headers and body), else 408 and close; 0 disables",
  },
  keepAliveTimeoutMs: {
    kind: "value",
    flag: "keep-alive-timeout",
    env: "AGENTDRAFT_KEEP_ALIVE_TIMEOUT_MS",
    arg: "MS",
    default: 5_000,
    parse: atLeastOne,
    help: "idle keep-alive connections close after this",
  },
  maxConnections: {
    kind: "value",
    flag: "max-connections",
    env: "AGENTDRAFT_MAX_CONNECTIONS",
    arg: "N",
    default: 10_000,
    parse: atLeastOne,
    help: "open connections in all; more are dropped",
  },
  maxConnectionsPerIp: {
    kind: "value",
    flag: "max-connections-per-ip",
    env: "AGENTDRAFT_MAX_CONNECTIONS_PER_IP",
    arg: "N",
    default: 256,
    parse: atLeastOne,
    help: "open connections per client address; more get 503 and are closed",
  },
  publicUrl: {
    kind: "value",
    flag: "public-url",
    env: "AGENTDRAFT_PUBLIC_URL",
    arg: "URL",
    default: undefined,
    defaultHelp: "the listening URL",
    parse: publicUrl,
    help: "base URL owners use, for the sign-in link {base}/app/verify?token=…",
  },
  signInLimit: {
    kind: "value",
    flag: "sign-in-limit",
    env: "AGENTDRAFT_SIGN_IN_LIMIT",
    arg: "N",
    default: ({ dev }) => (dev ? 1000 : 30),
    defaultHelp: "30, 1000 in dev",
    parse: atLeastOne,
    help: "magic-link and verify requests per client address per minute (burst and refill; per email a fifth)",
  },
  signInDisabled: {
    kind: "boolean",
    flag: "disable-sign-in",
    env: "AGENTDRAFT_DISABLE_SIGN_IN",
    default: false,
    help: "no owner sign-in; production mode needs this or --smtp-relay (links go by mail)",
  },
  cacheWorkspaces: {
    kind: "value",
    flag: "cache-workspaces",
    env: "AGENTDRAFT_CACHE_WORKSPACES",
    arg: "N",
    default: 1_000,
    parse: atLeastOne,
    help: "workspaces kept loaded in memory, least recently used dropped first",
  },
  snapshotEvery: {
    kind: "value",
    flag: "snapshot-every",
    env: "AGENTDRAFT_SNAPSHOT_EVERY",
    arg: "N",
    default: 1_000,
    parse: atLeastOne,
    help: "snapshot a workspace's state every N commands",
  },
  pgPoolSize: {
    kind: "value",
    flag: "pg-pool",
    env: "AGENTDRAFT_PG_POOL",
    arg: "N",
    default: 10,
    parse: atLeastOne,
    help: "PostgreSQL connections per process (parallel writes to different workspaces)",
  },
  requestLogDays: {
    kind: "value",
    flag: "request-log-days",
    env: "AGENTDRAFT_REQUEST_LOG_DAYS",
    arg: "N",
    default: 7,
    parse: atLeastOne,
    help: "days the owner's request log keeps",
  },
  requestLogRows: {
    kind: "value",
    flag: "request-log-rows",
    env: "AGENTDRAFT_REQUEST_LOG_ROWS",
    arg: "N",
    default: 100_000,
    parse: atLeastOne,
    help: "most request-log rows per workspace",
  },
  allowPrivateTargets: {
    kind: "boolean",
    flag: "allow-private-targets",
    env: "AGENTDRAFT_ALLOW_PRIVATE_TARGETS",
    default: false,
    help: "let webhook and calendar-source URLs reach loopback, private and link-local addresses (off by default, also in dev)",
  },
  sourceTimeoutMs: {
    kind: "value",
    flag: "source-timeout",
    env: "AGENTDRAFT_SOURCE_TIMEOUT_MS",
    arg: "MS",
    default: 15_000,
    parse: atLeastOne,
    help: "time one request to an external calendar source may take",
  },
  sourceMaxBytes: {
    kind: "value",
    flag: "source-max-bytes",
    env: "AGENTDRAFT_SOURCE_MAX_BYTES",
    arg: "N",
    default: 4 * 1024 * 1024,
    parse: atLeastOne,
    help: "largest answer of an external calendar source",
  },
  sourceHorizonDays: {
    kind: "value",
    flag: "source-horizon-days",
    env: "AGENTDRAFT_SOURCE_HORIZON_DAYS",
    arg: "N",
    default: 180,
    defaultHelp: "180, at most 730",
    parse: (raw, name) => Math.min(730, atLeastOne(raw, name)),
    help: "days ahead external busy time is read for",
  },
  webhookRetryBaseMs: {
    kind: "value",
    flag: "webhook-retry-base-ms",
    env: "AGENTDRAFT_WEBHOOK_RETRY_BASE_MS",
    arg: "MS",
    default: 5_000,
    defaultHelp: "5000: 5 s → 10 h",
    parse: atLeastOne,
    help: "first webhook retry delay; the 8 attempts back off to 7200× it, with jitter",
  },
  seedAgents: {
    kind: "value",
    flag: "seed-agents",
    arg: "LIST",
    default: undefined,
    parse: optionalText,
    help: "dev mode only: sign a new owner in and create these agents at start, printing their keys; LIST is name:priority[:scope+scope],… (e.g. alice:1,bob:2)",
  },
  logLevel: { kind: "value", flag: "log-level", env: "LOG_LEVEL", arg: "LEVEL", default: "info", parse: text, help: "pino level" },
  databaseUrl: {
    kind: "value",
    env: "DATABASE_URL",
    default: undefined,
    parse: optionalText,
    help: "PostgreSQL instead of the embedded store",
  },
};

const ENTRIES = Object.entries(OPTIONS) as [keyof Config, Option<unknown> | BooleanOption][];

const HELP_WIDTH = 112;
const HELP_COLUMN = 26;

/** `first` (the option's name) then `words` from column HELP_COLUMN, wrapped at HELP_WIDTH. */
function wrap(words: string, first: string): string[] {
  const indent = " ".repeat(HELP_COLUMN);
  const lines: string[] = [];
  let line = indent;
  if (first.length < HELP_COLUMN) line = first.padEnd(HELP_COLUMN);
  else lines.push(first);
  let empty = true;
  for (const word of words.split(" ")) {
    if (!empty && line.length + 1 + word.length > HELP_WIDTH) {
      lines.push(line);
      line = indent;
      empty = true;
    }
    line += (empty ? "" : " ") + word;
    empty = false;
  }
  lines.push(line);
  return lines;
}

function renderHelp(): string {
  const lines = ["agentdraft-server — the AgentDraft reference server", "", "Options (environment variable in brackets):"];
  for (const [, o] of ENTRIES) {
    if (o.hidden) continue;
    const name = o.flag ? `--${o.flag}${o.kind === "value" && o.arg ? ` ${o.arg}` : ""}` : o.env!;
    const env = o.flag && o.env ? ` [${o.env}${o.kind === "boolean" ? "=1" : ""}]` : "";
    const fallback =
      o.defaultHelp ?? (o.default === undefined || typeof o.default === "function" || o.kind === "boolean" ? undefined : String(o.default));
    const after = fallback ? ` (default ${fallback})` : o.unset ? ` (unset: ${o.unset})` : "";
    lines.push(...wrap(`${o.help}${env}${after}`, `  ${name}`));
  }
  lines.push(...wrap("this text", "  -h, --help"));
  return lines.join("\n");
}

/** `--help`: every option of OPTIONS with its environment variable and default. */
export const HELP = renderHelp();

const truthy = (raw: string | undefined) => raw === "1" || raw === "true";

export function parseConfig(argv: string[], env: NodeJS.ProcessEnv): Config | "help" {
  const flags: Record<string, { type: "string" | "boolean"; short?: string }> = { help: { type: "boolean", short: "h" } };
  for (const [, o] of ENTRIES) if (o.flag) flags[o.flag] = { type: o.kind === "boolean" ? "boolean" : "string" };
  const { values } = parseArgs({ args: argv, options: flags, strict: true });
  if (values.help) return "help";

  const given = (o: OptionBase<unknown>) => {
    const fromFlag = o.flag ? values[o.flag] : undefined;
    return fromFlag !== undefined ? fromFlag : o.env ? env[o.env] : undefined;
  };
  const value = (o: Option<unknown> | BooleanOption, defaults: Defaults): unknown => {
    const raw = given(o);
    if (o.kind === "boolean") return typeof raw === "boolean" ? raw : raw === undefined ? o.default : truthy(raw);
    if (typeof raw === "string" && raw !== "") return o.parse(raw, o.flag ? `--${o.flag}` : o.env!);
    return typeof o.default === "function" ? o.default(defaults) : o.default;
  };
  const dev = value(OPTIONS.dev, { dev: false }) as boolean;
  const config = Object.fromEntries(ENTRIES.map(([key, o]) => [key, value(o, { dev })])) as unknown as Config;
  config.validateResponses ||= dev;

  if (config.requestTimeoutMs > 0 && config.headersTimeoutMs > config.requestTimeoutMs) {
    throw new Error("--headers-timeout must not exceed --request-timeout");
  }
  if (config.seedAgents !== undefined && !dev) throw new Error("--seed-agents needs --dev (it prints API keys)");
  // Outside dev mode a sign-in link must go by mail: never into a log, where anyone reading it could sign in.
  if (!dev && !config.smtpRelay && !config.signInDisabled) {
    throw new Error("production mode mails sign-in links: set --smtp-relay, or --disable-sign-in to run without owner sign-in");
  }
  return config;
}
