// The poller of external calendar sources (docs/protocol.md §11.1), started by the server.
//
// Every tick it claims due sources with a lease (store/calendar-sources.ts: a conditional UPDATE, so
// among replicas sharing one PostgreSQL exactly one polls a source per interval; a crashed poller's
// lease runs out and another takes over), polls each through the outbound-request policy
// (external/poll.ts), and enters a change as a logged `external.busy_set` command through the
// workspace's ledger. Replay reads the intervals from the log and never calls the network. The
// source's new state is written in the command's transaction, conditioned on the lease still being
// this poll's: a source removed or replaced meanwhile rolls the command back. A failed poll logs
// nothing and keeps the last good busy set; its error shows in the owner API.
import { randomBytes } from "node:crypto";
import type { Logger } from "pino";
import { getCalendar, type CalendarState } from "../engine/index.ts";
import type { Services } from "../services.ts";
import { claimSource, dueSources, finishPoll, type SourceRow } from "../store/calendar-sources.ts";
import type { IcsBusyLimits } from "./ics-busy.ts";
import { pollSource, type SourceConfig, type SourceStatus } from "./poll.ts";

export interface PollerOptions {
  /** How often due sources are looked for. */
  tickMs?: number;
  /** Sources claimed per tick. */
  batch?: number;
  /** Sources polled at once. */
  concurrency?: number;
  /** How long a claim lasts (longer than a poll can take: two requests within the policy's time). */
  leaseMs?: number;
  limits?: Partial<IcsBusyLimits>;
  /** Days ahead busy time is read for (default 180). */
  daysAhead?: number;
}

class SourceReplaced extends Error {}

/** A source is read in full (no conditional request) at least this often. */
const FULL_READ_EVERY_MS = 24 * 60 * 60 * 1000;

export function sourceConfig(row: SourceRow): SourceConfig {
  return row.kind === "ics"
    ? { source_id: row.source_id, kind: "ics", url: row.url }
    : {
        source_id: row.source_id,
        kind: "caldav",
        url: row.url,
        ...(row.username !== null ? { username: row.username } : {}),
        ...(row.password_sealed !== null ? { password_sealed: row.password_sealed } : {}),
      };
}

export class SourcePoller {
  private readonly services: Services;
  private readonly log: Logger;
  private readonly options: Required<Omit<PollerOptions, "limits">> & { limits?: Partial<IcsBusyLimits> };
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  /** Polls finished since start (tests and logs). */
  polls = 0;

  constructor(services: Services, log: Logger, options: PollerOptions = {}) {
    this.services = services;
    this.log = log;
    const timeout = services.settings.sourcePolicy.timeoutMs;
    this.options = {
      tickMs: options.tickMs ?? 1_000,
      batch: options.batch ?? 20,
      concurrency: options.concurrency ?? 4,
      leaseMs: options.leaseMs ?? 2 * timeout + 30_000,
      daysAhead: options.daysAhead ?? 180,
      ...(options.limits ? { limits: options.limits } : {}),
    };
  }

  start(): void {
    this.timer = setInterval(() => this.kick(), this.options.tickMs);
    this.timer.unref();
    this.kick();
  }

  /** Looks for due sources now (after a PUT of sources), unless a tick runs. */
  kick(): void {
    if (this.stopped || this.running) return;
    this.running = this.tick()
      .catch((error: unknown) => this.log.warn({ err: error }, "source poll tick failed; the next one retries"))
      .finally(() => {
        this.running = undefined;
      });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  private async tick(): Promise<void> {
    const { db } = this.services;
    const now = this.services.now();
    const claimed: Array<{ row: SourceRow; token: string }> = [];
    for (const row of await dueSources(db, now, this.options.batch)) {
      const token = randomBytes(12).toString("base64url");
      if (await claimSource(db, row.source_id, now, now + this.options.leaseMs, token)) claimed.push({ row, token });
    }
    let next = 0;
    const worker = async () => {
      while (next < claimed.length && !this.stopped) {
        const c = claimed[next++]!;
        try {
          await this.pollOne(c.row, c.token);
        } catch (error) {
          // The lease runs out and a later tick retries (the store was unreachable, say).
          this.log.warn({ err: error, source_id: c.row.source_id }, "source poll could not be recorded");
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.options.concurrency, claimed.length) }, worker));
  }

  private async pollOne(row: SourceRow, token: string): Promise<void> {
    const { services } = this;
    const ws = row.workspace_id;
    const cal = await services.ledgers.use(ws, async (ledger) => getCalendar(ledger.state, row.calendar_id));
    const now = services.now();
    const nextPollAt = now + row.poll_seconds * 1000;
    const stored = JSON.parse(row.status) as SourceStatus & { full_at?: number };
    // Once a day the source is read in full even if it says nothing changed, so the busy set's
    // horizon moves along with the clock (an unchanged sync token would keep yesterday's window).
    const stale = stored.full_at === undefined || now - stored.full_at >= FULL_READ_EVERY_MS;
    const previous: SourceStatus = stale ? { ...stored, sync: null } : stored;
    if (!cal) {
      const status = { ...previous, last_error: { code: "http_status" as const, message: "the calendar does not exist", at: now } };
      await finishPoll(services.db, row.source_id, token, JSON.stringify(status), nextPollAt);
      return;
    }
    const result = await pollSource(sourceConfig(row), previous, {
      calendar_id: row.calendar_id,
      workspace_id: ws,
      timeZone: (cal as CalendarState).settings.time_zone,
      now,
      daysAhead: this.options.daysAhead,
      sealingKey: services.settings.sealingKey,
      policy: services.settings.sourcePolicy,
      ...(this.options.limits ? { limits: this.options.limits } : {}),
    });
    this.polls++;
    const fullAt = result.command !== null ? now : stored.full_at;
    const withFullAt = (status: SourceStatus) => JSON.stringify(fullAt === undefined ? status : { ...status, full_at: fullAt });
    if (result.command === null) {
      await finishPoll(services.db, row.source_id, token, withFullAt(result.status), nextPollAt);
      return;
    }
    const command = result.command;
    try {
      await services.ledgers.execute(
        ws,
        (seq, at) => ({
          command: { ...command, seq, at },
          ctx: { workspace_id: ws, request_id: "poller", method: "TIMER", path: "external.busy_set", actor: { type: "system" } },
        }),
        async (tx, done) => {
          const reply = done.decision?.reply;
          // The engine refused the set (e.g. over its interval bound): an error state, the old set stays.
          const status: SourceStatus =
            reply?.kind === "rejected"
              ? { ...previous, last_error: { code: "too_large", message: reply.rejection.message.slice(0, 300), at: now } }
              : result.status;
          if (!(await finishPoll(tx, row.source_id, token, withFullAt(status), nextPollAt))) throw new SourceReplaced();
        },
      );
    } catch (error) {
      if (!(error instanceof SourceReplaced)) throw error;
      this.log.debug({ source_id: row.source_id }, "source replaced while it was polled; its result is dropped");
    }
  }
}
