// Command-line flags with environment equivalents (ARCHITECTURE §9).
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
}

const HELP = `agentdraft-server — the AgentDraft reference server

Options (environment variable in brackets):
  --host HOST             address to bind [HOST] (default 127.0.0.1)
  --port PORT             port; 0 picks a free one and prints it [PORT] (default 8080)
  --data DIR              embedded store and signing key [AGENTDRAFT_DATA_DIR] (default ./data)
  --dev                   dev mode: magic-link dev_token, non-Secure cookie, response checks [AGENTDRAFT_DEV=1]
  --smtp-port PORT        dev SMTP listener, 0 disables [AGENTDRAFT_SMTP_PORT] (default 2525 in dev)
  --rate-limit N          token bucket size per agent [AGENTDRAFT_RATE_LIMIT] (default 600)
  --rate-refill N         tokens per second per agent [AGENTDRAFT_RATE_REFILL] (default 300)
  --mail-domain DOMAIN    domain of agent mailboxes [AGENTDRAFT_MAIL_DOMAIN] (default agents.agentdraft.local)
  --log-level LEVEL       pino level [LOG_LEVEL] (default info)
  DATABASE_URL            PostgreSQL instead of the embedded store
  -h, --help              this text`;

function intOption(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got ${value}`);
  return n;
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
      "log-level": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  if (values.help) return "help";
  const dev = values.dev ?? (env.AGENTDRAFT_DEV === "1" || env.AGENTDRAFT_DEV === "true");
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
  };
}

export { HELP };
