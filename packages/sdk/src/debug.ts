/**
 * Opt-in debug logging (`new AgentDraft({ debug: true })` or a function). Lines describe
 * requests, responses and retries; credentials never appear: `Authorization`, `Cookie` and
 * `Set-Cookie` are redacted, and bodies are not logged.
 */

/** Receives one debug line and structured details. */
export type DebugLogger = (message: string, details?: Record<string, unknown>) => void;

const REDACTED_HEADERS = new Set(["authorization", "cookie", "set-cookie", "x-inbound-secret"]);

/** The logger for the `debug` option, or undefined when debugging is off. */
export function resolveLogger(debug: boolean | DebugLogger | undefined): DebugLogger | undefined {
  if (typeof debug === "function") return debug;
  if (debug === true) {
    return (message, details) => {
      if (details === undefined) console.debug(`[agentdraft] ${message}`);
      else console.debug(`[agentdraft] ${message}`, details);
    };
  }
  return undefined;
}

/** Header map safe to log: secrets replaced by `[redacted]`. */
export function redactHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, key) => {
    out[key] = REDACTED_HEADERS.has(key.toLowerCase()) ? "[redacted]" : value;
  });
  return out;
}
