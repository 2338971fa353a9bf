// A CalDAV calendar collection as a busy source (issue 19, RFC 4791 / RFC 6578).
//
// Requests go through the outbound policy's `send` (net/outbound.ts). tsdav (2.1.x) was checked and
// not used: it imports cross-fetch at module level and lets a caller pass only `fetchOptions`
// (a RequestInit), never its own fetch / HTTP layer, so its requests would skip the guarded DNS
// lookup and the size / time bounds. Every owner-given URL takes the one guarded path, so the few
// requests needed are made here:
// 1. PROPFIND Depth 0: DAV:sync-token (RFC 6578) and CS:getctag. When the server offers either and
//    it equals the last poll's, nothing changed and nothing more is asked.
// 2. Otherwise REPORT calendar-query (Depth 1) for every VEVENT overlapping the horizon, with its
//    calendar-data; each object is expanded locally (ics-busy.ts) into one busy set.
// Auth: HTTP Basic (username / password, opened from their sealed form by the caller).
import type { OutboundPolicy } from "../net/outbound.ts";
import type { ExternalInterval } from "../engine/index.ts";
import { DEFAULT_ICS_LIMITS, icsBusy, type IcsBusyLimits } from "./ics-busy.ts";
import { ExternalSourceError } from "./errors.ts";
import { DEFAULT_SOURCE_POLICY, basicAuth, sourceRequest, type Credentials } from "./http.ts";

export interface CaldavSourceState {
  sync_token: string | null;
  ctag: string | null;
}

export interface CaldavPollOptions {
  from: number;
  to: number;
  timeZone: string;
  credentials?: Credentials;
  policy?: OutboundPolicy;
  limits?: Partial<IcsBusyLimits>;
}

export type CaldavPoll =
  | { changed: false; state: CaldavSourceState }
  | { changed: true; state: CaldavSourceState; intervals: ExternalInterval[]; events: number; objects: number };

const PROPFIND = `<?xml version="1.0" encoding="utf-8"?>
<d:propfind xmlns:d="DAV:" xmlns:cs="http://calendarserver.org/ns/">
  <d:prop><d:sync-token/><cs:getctag/><d:resourcetype/></d:prop>
</d:propfind>`;

function utcStamp(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

function calendarQuery(from: number, to: number): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<c:calendar-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
  <d:prop><d:getetag/><c:calendar-data/></d:prop>
  <c:filter><c:comp-filter name="VCALENDAR"><c:comp-filter name="VEVENT">
    <c:time-range start="${utcStamp(from)}" end="${utcStamp(to)}"/>
  </c:comp-filter></c:comp-filter></c:filter>
</c:calendar-query>`;
}

// A small, namespace-prefix-agnostic reader for the multistatus answers above (the elements read
// are leaves holding text, so no general XML parser is needed).
function elements(xml: string, local: string): string[] {
  const re = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${local}(?:\\s[^>]*)?(?:/>|>([\\s\\S]*?)</(?:[A-Za-z_][\\w.-]*:)?${local}\\s*>)`, "g");
  return [...xml.matchAll(re)].map((m) => m[1] ?? "");
}

function xmlText(raw: string): string {
  const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(raw);
  if (cdata) return cdata[1] as string;
  return raw
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, "&");
}

function firstText(xml: string, local: string): string | null {
  const v = elements(xml, local)[0];
  if (v === undefined) return null;
  const t = xmlText(v).trim();
  return t === "" ? null : t;
}

function multistatus(body: string): string {
  if (elements(body, "multistatus").length === 0)
    throw new ExternalSourceError("malformed", "the source's answer is no WebDAV multistatus");
  return body;
}

/** Polls a CalDAV calendar collection; throws ExternalSourceError like pollIcs. */
export async function pollCaldav(url: string, previous: CaldavSourceState | null, options: CaldavPollOptions): Promise<CaldavPoll> {
  const policy = options.policy ?? DEFAULT_SOURCE_POLICY;
  const limits = { ...DEFAULT_ICS_LIMITS, ...options.limits };
  const auth = basicAuth(options.credentials);
  const xml = { "content-type": "application/xml; charset=utf-8", "user-agent": "agentdraft-server", ...auth };

  const props = await sourceRequest(url, { method: "PROPFIND", headers: { ...xml, depth: "0" }, body: PROPFIND }, policy, [207]);
  const propBody = multistatus(props.body.toString("utf8"));
  const state: CaldavSourceState = { sync_token: firstText(propBody, "sync-token"), ctag: firstText(propBody, "getctag") };
  if (previous !== null) {
    const sameToken = state.sync_token !== null && state.sync_token === previous.sync_token;
    const sameCtag = state.sync_token === null && state.ctag !== null && state.ctag === previous.ctag;
    if (sameToken || sameCtag) return { changed: false, state };
  }

  const report = await sourceRequest(
    url,
    { method: "REPORT", headers: { ...xml, depth: "1" }, body: calendarQuery(options.from, options.to) },
    policy,
    [207],
  );
  const body = multistatus(report.body.toString("utf8"));
  const responses = elements(body, "response");
  if (responses.length > limits.maxEvents)
    throw new ExternalSourceError("too_large", `the calendar has ${responses.length} objects, more than ${limits.maxEvents}`);
  const intervals: ExternalInterval[] = [];
  let events = 0;
  let objects = 0;
  for (const r of responses) {
    const data = elements(r, "calendar-data")[0];
    if (data === undefined) continue;
    const text = xmlText(data);
    if (text.trim() === "") continue;
    objects++;
    const remaining = { ...limits, maxEvents: limits.maxEvents - events, maxOccurrences: limits.maxOccurrences - intervals.length };
    const got = icsBusy(text, { from: options.from, to: options.to, timeZone: options.timeZone, limits: remaining });
    events += got.events;
    intervals.push(...got.intervals);
  }
  intervals.sort(
    (a, b) => a.start - b.start || a.end - b.end || ((a.uid ?? "") < (b.uid ?? "") ? -1 : (a.uid ?? "") > (b.uid ?? "") ? 1 : 0),
  );
  return { changed: true, state, intervals, events, objects };
}
