// generated — do not edit. Source: spec/ (run `pnpm generate`).
// Every model of spec/openapi.yaml with camelCase keys (enums and scalars as they are).
import type { Camelize } from "../case.ts";
import type { components } from "./openapi.ts";

type Schemas = components["schemas"];

/** An agent as the owner sees it. */
export type Agent = Camelize<Schemas["Agent"]>;
/** An agent acted. */
export type AgentActor = Camelize<Schemas["AgentActor"]>;
/** Identifier of an agent (`agt_…`). */
export type AgentId = Camelize<Schemas["AgentId"]>;
/** The calling agent. */
export type AgentIdentity = Camelize<Schemas["AgentIdentity"]>;
/** The workspace's agents. */
export type AgentList = Camelize<Schemas["AgentList"]>;
/** How an agent uses the API: last request (within the request log's window) and rate-limit state. */
export type AgentUsage = Camelize<Schemas["AgentUsage"]>;
/** Usage of every agent of the workspace. */
export type AgentUsageList = Camelize<Schemas["AgentUsageList"]>;
/** An agent with its API key, shown exactly once (on create and on rotate). */
export type AgentWithKey = Camelize<Schemas["AgentWithKey"]>;
/** Metadata of an attachment (contents are not served). */
export type AttachmentInfo = Camelize<Schemas["AttachmentInfo"]>;
/** Who caused an audit event. */
export type AuditActor = Camelize<Schemas["AuditActor"]>;
/** One entry of the workspace's append-only audit log. Its RFC 8785 (JCS) canonical JSON is a leaf */
export type AuditEvent = Camelize<Schemas["AuditEvent"]>;
/** Identifier of an audit event (`evt_…`). */
export type AuditEventId = Camelize<Schemas["AuditEventId"]>;
/** One page of audit events. */
export type AuditEventPage = Camelize<Schemas["AuditEventPage"]>;
/** 401 — the API key or session is missing, unknown or revoked. */
export type AuthErrorProblem = Camelize<Schemas["AuthErrorProblem"]>;
/** Free slots and busy intervals of one calendar in a range, merged across every agent and rule. */
export type Availability = Camelize<Schemas["Availability"]>;
/** Rules to preview and the range to preview them on. */
export type AvailabilityPreviewRequest = Camelize<Schemas["AvailabilityPreviewRequest"]>;
/** A reservation of `[start, end)` on a calendar by one agent. */
export type Booking = Camelize<Schemas["Booking"]>;
/** Identifier of a booking (`bkg_…`). */
export type BookingId = Camelize<Schemas["BookingId"]>;
/** How a booking write lands. */
export type BookingMode = Camelize<Schemas["BookingMode"]>;
/** One page of bookings. */
export type BookingPage = Camelize<Schemas["BookingPage"]>;
/** Lifecycle state of a booking. Only `HELD` and `COMMITTED` block the calendar. */
export type BookingStatus = Camelize<Schemas["BookingStatus"]>;
/** At least `minutes` between any two active bookings. */
export type BufferRule = Camelize<Schemas["BufferRule"]>;
/** Bookings must lie within one day's opening hours (days not listed are closed). */
export type BusinessHoursRule = Camelize<Schemas["BusinessHoursRule"]>;
/** A busy interval of the calendar. */
export type BusyInterval = Camelize<Schemas["BusyInterval"]>;
/** Why an interval is busy. */
export type BusyKind = Camelize<Schemas["BusyKind"]>;
/** A CalDAV calendar collection, polled with sync-token / ctag; HTTP Basic when a username is given. */
export type CaldavSourceInput = Camelize<Schemas["CaldavSourceInput"]>;
/** A calendar of the workspace. */
export type Calendar = Camelize<Schemas["Calendar"]>;
/** Identifier of a calendar (`cal_…`). */
export type CalendarId = Camelize<Schemas["CalendarId"]>;
/** The iCalendar invite attached to a message, parsed. */
export type CalendarInvite = Camelize<Schemas["CalendarInvite"]>;
/** Calendar list. */
export type CalendarList = Camelize<Schemas["CalendarList"]>;
/** iTIP method of a calendar attachment. */
export type CalendarMethod = Camelize<Schemas["CalendarMethod"]>;
/** An external source and its state. Credentials are never returned. */
export type CalendarSource = Camelize<Schemas["CalendarSource"]>;
/** A calendar's external sources. */
export type CalendarSources = Camelize<Schemas["CalendarSources"]>;
/** Request to cancel a commit. */
export type CancelBookingRequest = Camelize<Schemas["CancelBookingRequest"]>;
/** A signed tree head of the workspace's audit log. */
export type Checkpoint = Camelize<Schemas["Checkpoint"]>;
/** Codes of the `Conflict` family. */
export type ConflictCode = Camelize<Schemas["ConflictCode"]>;
/** 409 — the write lost: who won, by what priority, and which audit event records it. */
export type ConflictProblem = Camelize<Schemas["ConflictProblem"]>;
/** Proof that the tree of `from_size` is a prefix of the tree of `to_size`. */
export type ConsistencyProof = Camelize<Schemas["ConsistencyProof"]>;
/** Create an agent and its API key. */
export type CreateAgentRequest = Camelize<Schemas["CreateAgentRequest"]>;
/** Request to book a slot. */
export type CreateBookingRequest = Camelize<Schemas["CreateBookingRequest"]>;
/** Create a calendar. */
export type CreateCalendarRequest = Camelize<Schemas["CreateCalendarRequest"]>;
/** Create a webhook. */
export type CreateWebhookRequest = Camelize<Schemas["CreateWebhookRequest"]>;
/** Opaque cursor for the next page. */
export type Cursor = Camelize<Schemas["Cursor"]>;
/** At most `max_bookings` active bookings per local day. */
export type DailyCapRule = Camelize<Schemas["DailyCapRule"]>;
/** Opening hours of one weekday. */
export type DayHours = Camelize<Schemas["DayHours"]>;
/** Engine settings of a calendar. */
export type EngineSettings = Camelize<Schemas["EngineSettings"]>;
/** Partial update of engine settings. */
export type EngineSettingsUpdate = Camelize<Schemas["EngineSettingsUpdate"]>;
/** External busy time a booking overlaps (allowed on a calendar whose `external_busy` setting is `flag`). */
export type ExternalConflict = Camelize<Schemas["ExternalConflict"]>;
/** A new feed: subscribe to `url` from a calendar app. The URL is the secret; it is shown once. */
export type FeedCreated = Camelize<Schemas["FeedCreated"]>;
/** A feed's file name: its token and `.ics`. */
export type FeedFile = Camelize<Schemas["FeedFile"]>;
/** Identifier of an ICS feed (`fd_…`). */
export type FeedId = Camelize<Schemas["FeedId"]>;
/** A feed of a calendar (its URL is not shown again). */
export type FeedInfo = Camelize<Schemas["FeedInfo"]>;
/** A calendar's feeds. */
export type FeedList = Camelize<Schemas["FeedList"]>;
/** One invalid field of a request. */
export type FieldError = Camelize<Schemas["FieldError"]>;
/** Nothing may be booked during these recurring local hours. */
export type FocusBlockRule = Camelize<Schemas["FocusBlockRule"]>;
/** The server is ready. */
export type HealthStatus = Camelize<Schemas["HealthStatus"]>;
/** An iCalendar (RFC 5545) text. */
export type ICalendarText = Camelize<Schemas["ICalendarText"]>;
/** An ICS URL, polled with If-None-Match / If-Modified-Since. */
export type IcsSourceInput = Camelize<Schemas["IcsSourceInput"]>;
/** 409 — a request with this idempotency key is still executing; retry after `Retry-After`. */
export type IdempotencyInFlightProblem = Camelize<Schemas["IdempotencyInFlightProblem"]>;
/** 422 — the idempotency key was already used for a different request. */
export type IdempotencyKeyReusedProblem = Camelize<Schemas["IdempotencyKeyReusedProblem"]>;
/** Provider-style inbound webhook payload: the raw RFC 5322 message and its envelope recipients, */
export type InboundMail = Camelize<Schemas["InboundMail"]>;
/** Result of an inbound delivery. */
export type InboundResult = Camelize<Schemas["InboundResult"]>;
/** Proof that an event is a leaf of the tree of a given size. */
export type InclusionProof = Camelize<Schemas["InclusionProof"]>;
/** An instant in RFC 3339 form with an explicit offset (`Z` or `±hh:mm`). */
export type Instant = Camelize<Schemas["Instant"]>;
/** 500 — the server failed; nothing was stored. Safe to retry with the same idempotency key. */
export type InternalProblem = Camelize<Schemas["InternalProblem"]>;
/** A half-open interval `[start, end)`. */
export type Interval = Camelize<Schemas["Interval"]>;
/** 400 — the request is malformed or fails validation. */
export type InvalidRequestProblem = Camelize<Schemas["InvalidRequestProblem"]>;
/** A local date-time with its UTC offset, e.g. `2026-03-30T09:00:00+02:00` (RFC 3339, offset of that instant in the zone). */
export type LocalDateTime = Camelize<Schemas["LocalDateTime"]>;
/** A local wall-clock time `HH:MM` (24 h) in the calendar's time zone. */
export type LocalTime = Camelize<Schemas["LocalTime"]>;
/** Request a sign-in link for an owner. */
export type MagicLinkRequest = Camelize<Schemas["MagicLinkRequest"]>;
/** The link was sent. */
export type MagicLinkResponse = Camelize<Schemas["MagicLinkResponse"]>;
/** Bookings last at most `minutes`. */
export type MaxDurationRule = Camelize<Schemas["MaxDurationRule"]>;
/** A message of an agent's mailbox. */
export type Message = Camelize<Schemas["Message"]>;
/** Direction of a message relative to the agent's mailbox. */
export type MessageDirection = Camelize<Schemas["MessageDirection"]>;
/** Identifier of a mailbox message (`msg_…`). */
export type MessageId = Camelize<Schemas["MessageId"]>;
/** One page of messages. */
export type MessagePage = Camelize<Schemas["MessagePage"]>;
/** Delivery state of a message. */
export type MessageStatus = Camelize<Schemas["MessageStatus"]>;
/** Free-form string metadata stored with a booking (at most 50 keys of 40 characters, values of 500). */
export type Metadata = Camelize<Schemas["Metadata"]>;
/** Bookings start at least `minutes` after they are made. */
export type MinNoticeRule = Camelize<Schemas["MinNoticeRule"]>;
/** 404 — no such resource in the caller's workspace. */
export type NotFoundProblem = Camelize<Schemas["NotFoundProblem"]>;
/** Why the owner cancels. */
export type OwnerCancelRequest = Camelize<Schemas["OwnerCancelRequest"]>;
/** 413 — the request body is larger than the server accepts. */
export type PayloadTooLargeProblem = Camelize<Schemas["PayloadTooLargeProblem"]>;
/** 403 — authenticated, but not allowed (missing scope, another agent's booking). */
export type PermissionDeniedProblem = Camelize<Schemas["PermissionDeniedProblem"]>;
/** Agent priority: an integer ≥ 1 where **1 is the highest**. */
export type Priority = Camelize<Schemas["Priority"]>;
/** A contested slot: one winning booking and every write it beat. */
export type Race = Camelize<Schemas["Race"]>;
/** One contender that lost a race. */
export type RaceLoser = Camelize<Schemas["RaceLoser"]>;
/** How a contender lost. */
export type RaceOutcome = Camelize<Schemas["RaceOutcome"]>;
/** Races, most recent first, derived from the audit log. */
export type RacePage = Camelize<Schemas["RacePage"]>;
/** The winner of a race. */
export type RaceWinner = Camelize<Schemas["RaceWinner"]>;
/** An agent's token bucket now. */
export type RateLimitState = Camelize<Schemas["RateLimitState"]>;
/** 429 — the agent's token bucket is empty. */
export type RateLimitedProblem = Camelize<Schemas["RateLimitedProblem"]>;
/** Error responses of one problem code within the request log. */
export type RequestErrorGroup = Camelize<Schemas["RequestErrorGroup"]>;
/** Errors of the request log grouped by problem code, most frequent first. */
export type RequestErrorSummary = Camelize<Schemas["RequestErrorSummary"]>;
/** One request the server answered for the workspace (kept 7 days, at most 100 000 per workspace). */
export type RequestLogEntry = Camelize<Schemas["RequestLogEntry"]>;
/** A page of the request log, newest first. */
export type RequestLogPage = Camelize<Schemas["RequestLogPage"]>;
/** A calendar rule, checked before arbitration. */
export type Rule = Camelize<Schemas["Rule"]>;
/** Kinds of calendar rules. */
export type RuleKind = Camelize<Schemas["RuleKind"]>;
/** The rule a write broke. */
export type RuleRef = Camelize<Schemas["RuleRef"]>;
/** The full rule set of a calendar. */
export type RuleSet = Camelize<Schemas["RuleSet"]>;
/** 422 — a calendar rule forbids this booking. */
export type RuleViolationProblem = Camelize<Schemas["RuleViolationProblem"]>;
/** A permission granted to an agent's API key. */
export type Scope = Camelize<Schemas["Scope"]>;
/** Request to send a message from the calling agent's mailbox. */
export type SendMessageRequest = Camelize<Schemas["SendMessageRequest"]>;
/** The signed-in owner. */
export type Session = Camelize<Schemas["Session"]>;
/** Replace a calendar's external sources. */
export type SetSourcesRequest = Camelize<Schemas["SetSourcesRequest"]>;
/** The last failed poll of a source. */
export type SourceError = Camelize<Schemas["SourceError"]>;
/** Why the last poll of a source failed (its last good busy set stays in force). */
export type SourceErrorCode = Camelize<Schemas["SourceErrorCode"]>;
/** Identifier of an external calendar source (`src_…`). */
export type SourceId = Camelize<Schemas["SourceId"]>;
/** An external calendar to read busy time from. */
export type SourceInput = Camelize<Schemas["SourceInput"]>;
/** The server acted on its own (e.g. a hold expired). */
export type SystemActor = Camelize<Schemas["SystemActor"]>;
/** An IANA time zone name (`Europe/Berlin`), or `calendar` for the zone of the item's calendar. */
export type TimeZoneParam = Camelize<Schemas["TimeZoneParam"]>;
/** 503 — the server cannot serve right now (store unreachable, draining); nothing was stored. */
export type UnavailableProblem = Camelize<Schemas["UnavailableProblem"]>;
/** Change an agent's priority or scopes. */
export type UpdateAgentRequest = Camelize<Schemas["UpdateAgentRequest"]>;
/** Update a calendar: its name, time zone or engine settings. */
export type UpdateCalendarRequest = Camelize<Schemas["UpdateCalendarRequest"]>;
/** An owner acted. */
export type UserActor = Camelize<Schemas["UserActor"]>;
/** Identifier of an owner (`usr_…`). */
export type UserId = Camelize<Schemas["UserId"]>;
/** Exchange a magic-link token for a session. */
export type VerifyRequest = Camelize<Schemas["VerifyRequest"]>;
/** A webhook subscription: the server POSTs matching audit events to `url`. */
export type Webhook = Camelize<Schemas["Webhook"]>;
/** Identifier of a webhook subscription (`whk_…`). */
export type WebhookId = Camelize<Schemas["WebhookId"]>;
/** The workspace's webhooks. */
export type WebhookList = Camelize<Schemas["WebhookList"]>;
/** A new webhook with its signing secret, shown once. */
export type WebhookWithSecret = Camelize<Schemas["WebhookWithSecret"]>;
/** Day of the week, ISO order. */
export type Weekday = Camelize<Schemas["Weekday"]>;
/** The owner's workspace. */
export type Workspace = Camelize<Schemas["Workspace"]>;
