// The REAL reference server for the SDK's tests, through @agentdraft/server/testing (one helper for
// every package: a child process in dev mode on a free port with a fresh data dir, an owner signed in
// by magic link, agents created through the dashboard API), in the SDK's camelCase.
import { ALL_SCOPES, Owner as ServerOwner, startServer as start } from "@agentdraft/server/testing";

export interface CreatedAgent {
  agentId: string;
  name: string;
  priority: number;
  apiKey: string;
}

export interface RunningServer {
  baseUrl: string;
  /** Everything the process printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/** Starts the reference server (no SMTP listener: several run side by side in the tests). */
export async function startServer(extraArgs: string[] = []): Promise<RunningServer> {
  const server = await start({ args: ["--log-level", "warn", ...extraArgs], removeDataOnStop: true });
  return {
    baseUrl: server.url,
    output: server.output,
    stop: async () => {
      await server.stop();
    },
  };
}

/** An owner signed in by magic link: the dashboard API through its `ad_session` cookie. */
export class Owner {
  readonly baseUrl: string;
  readonly #owner: ServerOwner;

  private constructor(owner: ServerOwner) {
    this.baseUrl = owner.url;
    this.#owner = owner;
  }

  static async signIn(baseUrl: string, email?: string): Promise<Owner> {
    return new Owner(await ServerOwner.signIn(baseUrl, email));
  }

  request<T>(method: string, route: string, body?: unknown): Promise<T> {
    return this.#owner.request<T>(method, route, body);
  }

  async createAgent(name: string, priority: number, scopes: readonly string[] = ALL_SCOPES): Promise<CreatedAgent> {
    const agent = await this.#owner.createAgent(name, priority, scopes);
    return { agentId: agent.agent_id, name, priority, apiKey: agent.key };
  }

  defaultCalendarId(): Promise<string> {
    return this.#owner.defaultCalendarId();
  }

  setRules(calendarId: string, rules: unknown[]): Promise<void> {
    return this.#owner.setRules(rules, calendarId);
  }

  updateCalendarSettings(calendarId: string, settings: Record<string, number>): Promise<void> {
    return this.#owner.configure(settings, calendarId);
  }

  /** "Simultaneous" = within the arbitration window; 250 ms absorbs a busy machine's jitter. */
  widenArbitrationWindow(): Promise<void> {
    return this.#owner.configure({ arbitration_window_ms: 250 });
  }
}

/** A whole future UTC hour, `daysAhead` days from now, offset by `minutes`. */
export function futureSlot(daysAhead: number, hour: number, minutes = 30, offsetMinutes = 0): { start: Date; end: Date } {
  const day = new Date();
  day.setUTCHours(0, 0, 0, 0);
  const start = new Date(day.getTime() + daysAhead * 86_400_000 + hour * 3_600_000 + offsetMinutes * 60_000);
  return { start, end: new Date(start.getTime() + minutes * 60_000) };
}
