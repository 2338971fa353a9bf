// An ICS URL as a busy source (issue 19): conditional GET with If-None-Match (ETag) and
// If-Modified-Since, through the outbound policy; a 304 means the last busy set stands.
import type { OutboundPolicy } from "../net/outbound.ts";
import type { ExternalInterval } from "../engine/index.ts";
import { icsBusy, type IcsBusyLimits } from "./ics-busy.ts";
import { ExternalSourceError } from "./errors.ts";
import { DEFAULT_SOURCE_POLICY, header, sourceRequest } from "./http.ts";

/** What the poller keeps between polls of an ICS source (plain JSON). */
export interface IcsSourceState {
  etag: string | null;
  last_modified: string | null;
}

export interface PollOptions {
  /** Horizon of the busy set (see defaultHorizon) and the AgentDraft calendar's zone. */
  from: number;
  to: number;
  timeZone: string;
  policy?: OutboundPolicy;
  limits?: Partial<IcsBusyLimits>;
}

export type IcsPoll =
  | { changed: false; state: IcsSourceState }
  | { changed: true; state: IcsSourceState; intervals: ExternalInterval[]; events: number };

/** Polls an ICS URL; throws ExternalSourceError (refused, unreachable, timeout, unauthorized, http_status, malformed, too_large). */
export async function pollIcs(url: string, previous: IcsSourceState | null, options: PollOptions): Promise<IcsPoll> {
  const policy = options.policy ?? DEFAULT_SOURCE_POLICY;
  const headers: Record<string, string> = { accept: "text/calendar, */*;q=0.5", "user-agent": "agentdraft-server" };
  if (previous?.etag) headers["if-none-match"] = previous.etag;
  if (previous?.last_modified) headers["if-modified-since"] = previous.last_modified;
  const res = await sourceRequest(url, { method: "GET", headers }, policy, [200, 304]);
  if (res.status === 304) {
    if (previous === null) throw new ExternalSourceError("http_status", "the source answered 304 to an unconditional request", 304);
    return { changed: false, state: previous };
  }
  const state = { etag: header(res, "etag"), last_modified: header(res, "last-modified") };
  const { intervals, events } = icsBusy(res.body.toString("utf8"), options);
  return { changed: true, state, intervals, events };
}
