/**
 * Logging. Levels `off | error | warn | info | debug` (option `logLevel`, else the environment
 * variable `AGENTDRAFT_LOG`, else `off`; `debug: true` means `debug`). Lines go to `logger`, any
 * pino-compatible object (`logger.info(details, message)`), by default to the console. The older
 * `debug: (message, details) => …` callback still receives every line. Credentials never appear:
 * `Authorization`, `Cookie`, `Set-Cookie` and `X-Inbound-Secret` are redacted, bodies not logged.
 */
import { readEnv } from "./env.ts";

/** Receives one debug line and structured details. */
export type DebugLogger = (message: string, details?: Record<string, unknown>) => void;

export type LogLevel = "off" | "error" | "warn" | "info" | "debug";

type LogFn = (details: Record<string, unknown>, message: string) => void;

/** A pino-compatible logger (pino, or anything with these methods taking `(details, message)`). */
export interface Logger {
  error: LogFn;
  warn: LogFn;
  info: LogFn;
  debug: LogFn;
}

const LEVELS: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };

const REDACTED_HEADERS = new Set(["authorization", "cookie", "set-cookie", "x-inbound-secret"]);

const consoleLogger: Logger = {
  error: (d, m) => console.error(`[agentdraft] ${m}`, d),
  warn: (d, m) => console.warn(`[agentdraft] ${m}`, d),
  info: (d, m) => console.info(`[agentdraft] ${m}`, d),
  debug: (d, m) => console.debug(`[agentdraft] ${m}`, d),
};

function parseLevel(value: string | undefined): LogLevel | undefined {
  const v = value?.toLowerCase();
  return v !== undefined && Object.hasOwn(LEVELS, v) ? (v as LogLevel) : undefined;
}

/** Writes log lines at or below the configured level. */
export class Log {
  readonly level: LogLevel;
  readonly #logger: Logger;
  readonly #callback: DebugLogger | undefined;

  constructor(options: { logLevel?: LogLevel | undefined; logger?: Logger | undefined; debug?: boolean | DebugLogger | undefined }) {
    this.#callback = typeof options.debug === "function" ? options.debug : undefined;
    this.level = options.logLevel ?? parseLevel(readEnv("AGENTDRAFT_LOG")) ?? (options.debug === true ? "debug" : "off");
    this.#logger = options.logger ?? consoleLogger;
  }

  enabled(level: Exclude<LogLevel, "off">): boolean {
    return this.#callback !== undefined || LEVELS[level] <= LEVELS[this.level];
  }

  write(level: Exclude<LogLevel, "off">, message: string, details: Record<string, unknown> = {}): void {
    if (this.#callback) this.#callback(message, details);
    if (LEVELS[level] <= LEVELS[this.level]) this.#logger[level](details, message);
  }
}

/** Header map safe to log: secrets replaced by `[redacted]`. */
export function redactHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, key) => {
    out[key] = REDACTED_HEADERS.has(key.toLowerCase()) ? "[redacted]" : value;
  });
  return out;
}
