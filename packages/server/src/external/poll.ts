// One poll of one external source (issue 19): the piece the lead's poller calls on its timer.
// It fetches and expands the source, and on a change returns the body of the `external.busy_set`
// command to log; on a failure it returns the typed error for the source's state and logs nothing,
// so the last good busy set stays in force.
import type { ExternalBusySetCommand, ExternalInterval } from "../engine/index.ts";
import type { OutboundPolicy } from "../net/outbound.ts";
import { pollCaldav, type CaldavSourceState } from "./caldav-source.ts";
import { ExternalSourceError, type ExternalErrorCode } from "./errors.ts";
import { defaultHorizon, type IcsBusyLimits } from "./ics-busy.ts";
import { pollIcs, type IcsSourceState } from "./ics-source.ts";
import { open } from "../shell/sealed.ts";

/** A source as the owner API stores it (`password_sealed` from seal(sealingKey, password, sealContext(...))). */
export type SourceConfig =
  | { source_id: string; kind: "ics"; url: string }
  | { source_id: string; kind: "caldav"; url: string; username?: string; password_sealed?: string };

/** What the poller keeps per source (plain JSON; the GET of the owner API shows all but `sync`). */
export interface SourceStatus {
  /** Conditional-request state of the last good fetch. */
  sync: IcsSourceState | CaldavSourceState | null;
  last_sync_at: number | null;
  last_error: { code: ExternalErrorCode; message: string; at: number } | null;
  event_count: number | null;
  interval_count: number | null;
}

export const NEW_SOURCE_STATUS: SourceStatus = {
  sync: null,
  last_sync_at: null,
  last_error: null,
  event_count: null,
  interval_count: null,
};

/** The additional data a source's sealed password is bound to. */
export function sealContext(calendarId: string, sourceId: string): string {
  return `calendar:${calendarId}:source:${sourceId}:password`;
}

export interface PollSourceOptions {
  calendar_id: string;
  workspace_id: string;
  /** The calendar's IANA zone (all-day and floating times). */
  timeZone: string;
  now: number;
  /** Horizon in days ahead (default 180; one day back). */
  daysAhead?: number;
  sealingKey: Buffer;
  policy?: OutboundPolicy;
  limits?: Partial<IcsBusyLimits>;
}

export interface PollSourceResult {
  status: SourceStatus;
  /** The command to log (the shell stamps seq/at), or null when nothing changed or the poll failed. */
  command: Omit<ExternalBusySetCommand, "seq" | "at"> | null;
}

export async function pollSource(source: SourceConfig, previous: SourceStatus, o: PollSourceOptions): Promise<PollSourceResult> {
  const { from, to } = defaultHorizon(o.now, o.daysAhead);
  const common = { from, to, timeZone: o.timeZone, ...(o.policy ? { policy: o.policy } : {}), ...(o.limits ? { limits: o.limits } : {}) };
  try {
    let got:
      | { changed: false; state: IcsSourceState | CaldavSourceState }
      | { changed: true; state: IcsSourceState | CaldavSourceState; intervals: ExternalInterval[]; events: number };
    if (source.kind === "ics") {
      got = await pollIcs(source.url, previous.sync as IcsSourceState | null, common);
    } else {
      const credentials =
        source.username !== undefined && source.password_sealed !== undefined
          ? {
              username: source.username,
              password: open(o.sealingKey, source.password_sealed, sealContext(o.calendar_id, source.source_id)),
            }
          : undefined;
      got = await pollCaldav(source.url, previous.sync as CaldavSourceState | null, { ...common, ...(credentials ? { credentials } : {}) });
    }
    const status: SourceStatus = {
      sync: got.state,
      last_sync_at: o.now,
      last_error: null,
      event_count: got.changed ? got.events : previous.event_count,
      interval_count: got.changed ? got.intervals.length : previous.interval_count,
    };
    if (!got.changed) return { status, command: null };
    return {
      status,
      command: {
        type: "external.busy_set",
        calendar_id: o.calendar_id,
        workspace_id: o.workspace_id,
        source_id: source.source_id,
        intervals: got.intervals,
      },
    };
  } catch (error) {
    const e =
      error instanceof ExternalSourceError
        ? error
        : new ExternalSourceError("malformed", error instanceof Error ? error.message.slice(0, 200) : "poll failed");
    return { status: { ...previous, last_error: { code: e.code, message: e.message, at: o.now } }, command: null };
  }
}
