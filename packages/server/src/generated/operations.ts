// generated — do not edit. Source: spec/ (run `pnpm generate`).
// What each operation's handler receives once the request passed validation (parameters coerced to
// their types, defaults applied) and what it may answer. src/http/context.ts derives `Handlers` from it.
import type { components } from "./openapi.ts";

export type Schemas = components["schemas"];

/** An operation without parameters in that location (reading one is a type error). */
export type NoParams = { [name in never]: never };

/** A success body that is not JSON (an ICS feed): the handler answers it as `text`. */
export interface NotJson<T> {
  readonly __notJson: T;
}

/** Who the handler runs for: an agent (API key), an owner (session), the inbound-mail provider, anyone. */
export type Caller = "agent" | "user" | "inbound" | "public";

/**
 * Per operation: `caller`, `path` and `query` parameters, `body`, `responses` (success status → body,
 * `undefined` for none) and `problems` (the problem statuses it declares).
 */
export interface Operations {
  /** GET /healthz */
  health: {
    caller: "public";
    path: NoParams;
    query: NoParams;
    body: undefined;
    responses: { 200: Schemas["HealthStatus"] };
    problems: 503;
  };
  /** GET /v1/agents/me */
  getCurrentAgent: {
    caller: "agent";
    path: NoParams;
    query: NoParams;
    body: undefined;
    responses: { 200: Schemas["AgentIdentity"] };
    problems: 400 | 401 | 403 | 413 | 429 | 500 | 503;
  };
  /** GET /v1/audit */
  listAuditEvents: {
    caller: "agent";
    path: NoParams;
    query: { resource?: string; limit: number; cursor?: Schemas["Cursor"] };
    body: undefined;
    responses: { 200: Schemas["AuditEventPage"] };
    problems: 400 | 401 | 403 | 413 | 429 | 500 | 503;
  };
  /** GET /v1/audit/checkpoint */
  getAuditCheckpoint: {
    caller: "agent";
    path: NoParams;
    query: NoParams;
    body: undefined;
    responses: { 200: Schemas["Checkpoint"] };
    problems: 400 | 401 | 403 | 413 | 429 | 500 | 503;
  };
  /** GET /v1/audit/consistency */
  getAuditConsistencyProof: {
    caller: "agent";
    path: NoParams;
    query: { from_size: number; to_size?: number };
    body: undefined;
    responses: { 200: Schemas["ConsistencyProof"] };
    problems: 400 | 401 | 403 | 413 | 429 | 500 | 503;
  };
  /** GET /v1/audit/events/{event_id}/inclusion */
  getAuditInclusionProof: {
    caller: "agent";
    path: { event_id: Schemas["AuditEventId"] };
    query: { tree_size?: number };
    body: undefined;
    responses: { 200: Schemas["InclusionProof"] };
    problems: 400 | 401 | 403 | 404 | 413 | 429 | 500 | 503;
  };
  /** POST /v1/auth/logout */
  logout: {
    caller: "user";
    path: NoParams;
    query: NoParams;
    body: undefined;
    responses: { 204: undefined };
    problems: 401 | 403 | 500 | 503;
  };
  /** POST /v1/auth/magic-link */
  requestMagicLink: {
    caller: "public";
    path: NoParams;
    query: NoParams;
    body: Schemas["MagicLinkRequest"];
    responses: { 200: Schemas["MagicLinkResponse"] };
    problems: 400 | 413 | 429 | 500 | 503;
  };
  /** POST /v1/auth/verify */
  verifyMagicLink: {
    caller: "public";
    path: NoParams;
    query: NoParams;
    body: Schemas["VerifyRequest"];
    responses: { 200: Schemas["Session"] };
    problems: 400 | 401 | 413 | 429 | 500 | 503;
  };
  /** GET /v1/availability */
  getAvailability: {
    caller: "agent";
    path: NoParams;
    query: { range_start: Schemas["Instant"]; range_end: Schemas["Instant"]; duration_minutes?: number; calendar_id?: Schemas["CalendarId"][]; min_available?: number; time_zone?: Schemas["TimeZoneParam"] };
    body: undefined;
    responses: { 200: Schemas["Availability"] };
    problems: 400 | 401 | 403 | 404 | 413 | 429 | 500 | 503;
  };
  /** GET /v1/bookings */
  listBookings: {
    caller: "agent";
    path: NoParams;
    query: { status?: Schemas["BookingStatus"]; agent_id?: Schemas["AgentId"]; calendar_id?: Schemas["CalendarId"]; range_start?: Schemas["Instant"]; range_end?: Schemas["Instant"]; time_zone?: Schemas["TimeZoneParam"]; limit: number; cursor?: Schemas["Cursor"] };
    body: undefined;
    responses: { 200: Schemas["BookingPage"] };
    problems: 400 | 401 | 403 | 413 | 429 | 500 | 503;
  };
  /** POST /v1/bookings */
  createBooking: {
    caller: "agent";
    path: NoParams;
    query: NoParams;
    body: Schemas["CreateBookingRequest"];
    responses: { 201: Schemas["Booking"] };
    problems: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 500 | 503;
  };
  /** GET /v1/bookings/{booking_id} */
  getBooking: {
    caller: "agent";
    path: { booking_id: Schemas["BookingId"] };
    query: { time_zone?: Schemas["TimeZoneParam"] };
    body: undefined;
    responses: { 200: Schemas["Booking"] };
    problems: 400 | 401 | 403 | 404 | 413 | 429 | 500 | 503;
  };
  /** POST /v1/bookings/{booking_id}/cancel */
  cancelBooking: {
    caller: "agent";
    path: { booking_id: Schemas["BookingId"] };
    query: NoParams;
    body: Schemas["CancelBookingRequest"] | undefined;
    responses: { 200: Schemas["Booking"] };
    problems: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 500 | 503;
  };
  /** POST /v1/bookings/{booking_id}/commit */
  commitHold: {
    caller: "agent";
    path: { booking_id: Schemas["BookingId"] };
    query: NoParams;
    body: undefined;
    responses: { 200: Schemas["Booking"] };
    problems: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 500 | 503;
  };
  /** POST /v1/bookings/{booking_id}/move */
  moveBooking: {
    caller: "agent";
    path: { booking_id: Schemas["BookingId"] };
    query: NoParams;
    body: Schemas["MoveBookingRequest"];
    responses: { 200: Schemas["Booking"] };
    problems: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 500 | 503;
  };
  /** POST /v1/bookings/{booking_id}/release */
  releaseHold: {
    caller: "agent";
    path: { booking_id: Schemas["BookingId"] };
    query: NoParams;
    body: undefined;
    responses: { 200: Schemas["Booking"] };
    problems: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 500 | 503;
  };
  /** GET /v1/dashboard/agents */
  listAgents: {
    caller: "user";
    path: NoParams;
    query: NoParams;
    body: undefined;
    responses: { 200: Schemas["AgentList"] };
    problems: 400 | 401 | 403 | 404 | 413 | 429 | 500 | 503;
  };
  /** POST /v1/dashboard/agents */
  createAgent: {
    caller: "user";
    path: NoParams;
    query: NoParams;
    body: Schemas["CreateAgentRequest"];
    responses: { 201: Schemas["AgentWithKey"] };
    problems: 400 | 401 | 403 | 404 | 413 | 429 | 500 | 503;
  };
  /** GET /v1/dashboard/agents-usage */
  listAgentUsage: {
    caller: "user";
    path: NoParams;
    query: NoParams;
    body: undefined;
    responses: { 200: Schemas["AgentUsageList"] };
    problems: 400 | 401 | 403 | 404 | 413 | 429 | 500 | 503;
  };
  /** GET /v1/dashboard/agents/{agent_id} */
  getAgent: {
    caller: "user";
    path: { agent_id: Schemas["AgentId"] };
    query: NoParams;
    body: undefined;
    responses: { 200: Schemas["Agent"] };
    problems: 400 | 401 | 403 | 404 | 413 | 429 | 500 | 503;
  };
  /** PATCH /v1/dashboard/agents/{agent_id} */
  updateAgent: {
    caller: "user";
    path: { agent_id: Schemas["AgentId"] };
    query: NoParams;
    body: Schemas["UpdateAgentRequest"];
    responses: { 200: Schemas["Agent"] };
    problems: 400 | 401 | 403 | 404 | 413 | 429 | 500 | 503;
  };
  /** POST /v1/dashboard/agents/{agent_id}/revoke */
  revokeAgent: {
    caller: "user";
    path: { agent_id: Schemas["AgentId"] };
    query: NoParams;
    body: undefined;
    responses: { 200: Schemas["Agent"] };
    problems: 400 | 401 | 403 | 404 | 413 | 429 | 500 | 503;
  };
  /** POST /v1/dashboard/agents/{agent_id}/rotate-key */
  rotateAgentKey: {
    caller: "user";
    path: { agent_id: Schemas["AgentId"] };
    query: NoParams;
    body: undefined;
    responses: { 200: Schemas["AgentWithKey"] };
    problems: 400 | 401 | 403 | 404 | 413 | 429 | 500 | 503;
  };
  /** GET /v1/dashboard/audit/checkpoint */
  getOwnerAuditCheckpoint: {
    caller: "user";
    path: NoParams;
    query: NoParams;
    body: undefined;
    responses: { 200: Schemas["Checkpoint"] };
    problems: 400 | 401 | 403 | 404 | 413 | 429 | 500 | 503;
  };
  /** GET /v1/dashboard/audit/events */
  listOwnerAuditEvents: {
    caller: "user";
    path: NoParams;
    query: { resource?: string; limit: number; cursor?: Schemas["Cursor"] };
    body: undefined;
    responses: { 200: Schemas["AuditEventPage"] };
    problems: 400 | 401 | 403 | 404 | 413 | 429 | 500 | 503;
  };
  /** GET /v1/dashboard/audit/events/{event_id}/inclusion */
  getOwnerAuditInclusionProof: {
    caller: "user";
    path: { event_id: Schemas["AuditEventId"] };
    query: { tree_size?: number };
    body: undefined;
    responses: { 200: Schemas["InclusionProof"] };
    problems: 400 | 401 | 403 | 404 | 413 | 429 | 500 | 503;
  };
  /** GET /v1/dashboard/availability */
  getOwnerAvailability: {
    caller: "user";
    path: NoParams;
    query: { range_start: Schemas["Instant"]; range_end: Schemas["Instant"]; duration_minutes?: number; calendar_id?: Schemas["CalendarId"] };
    body: undefined;
    responses: { 200: Schemas["Availability"] };
    problems: 400 | 401 | 403 | 404 | 413 | 429 | 500 | 503;
  };
  /** POST /v1/dashboard/availability/preview */
  previewAvailability: {
    caller: "user";
    path: NoParams;
    query: NoParams;
    body: Schemas["AvailabilityPreviewRequest"];
    responses: { 200: Schemas["Availability"] };
    problems: 400 | 401 | 403 | 404 | 413 | 429 | 500 | 503;
  };
  /** GET /v1/dashboard/bookings */
  listOwnerBookings: {
    caller: "user";
    path: NoParams;
    query: { status?: Schemas["BookingStatus"]; agent_id?: Schemas["AgentId"]; calendar_id?: Schemas["CalendarId"]; range_start?: Schemas["Instant"]; range_end?: Schemas["Instant"]; limit: number; cursor?: Schemas["Cursor"] };
    body: undefined;
    responses: { 200: Schemas["BookingPage"] };
    problems: 400 | 401 | 403 | 404 | 413 | 429 | 500 | 503;
  };
  /** POST /v1/dashboard/bookings/{booking_id}/cancel */
  ownerCancelBooking: {
    caller: "user";
    path: { booking_id: Schemas["BookingId"] };
    query: NoParams;
    body: Schemas["OwnerCancelRequest"] | undefined;
    responses: { 200: Schemas["Booking"] };
    problems: 400 | 401 | 403 | 404 | 409 | 413 | 429 | 500 | 503;
  };
  /** POST /v1/dashboard/bookings/{booking_id}/release */
  ownerReleaseHold: {
    caller: "user";
    path: { booking_id: Schemas["BookingId"] };
    query: NoParams;
    body: undefined;
    responses: { 200: Schemas["Booking"] };
    problems: 400 | 401 | 403 | 404 | 409 | 413 | 429 | 500 | 503;
  };
  /** GET /v1/dashboard/calendars */
  listCalendars: {
    caller: "user";
    path: NoParams;
    query: NoParams;
    body: undefined;
    responses: { 200: Schemas["CalendarList"] };
    problems: 400 | 401 | 403 | 404 | 413 | 429 | 500 | 503;
  };
  /** POST /v1/dashboard/calendars */
  createCalendar: {
    caller: "user";
    path: NoParams;
    query: NoParams;
    body: Schemas["CreateCalendarRequest"];
    responses: { 201: Schemas["Calendar"] };
    problems: 400 | 401 | 403 | 404 | 413 | 429 | 500 | 503;
  };
  /** PATCH /v1/dashboard/calendars/{calendar_id} */
  updateCalendar: {
    caller: "user";
    path: { calendar_id: Schemas["CalendarId"] };
    query: NoParams;
    body: Schemas["UpdateCalendarRequest"];
    responses: { 200: Schemas["Calendar"] };
    problems: 400 | 401 | 403 | 404 | 413 | 429 | 500 | 503;
  };
  /** GET /v1/dashboard/calendars/{calendar_id}/feeds */
  listCalendarFeeds: {
    caller: "user";
    path: { calendar_id: Schemas["CalendarId"] };
    query: NoParams;
    body: undefined;
    responses: { 200: Schemas["FeedList"] };
    problems: 400 | 401 | 403 | 404 | 413 | 429 | 500 | 503;
  };
  /** POST /v1/dashboard/calendars/{calendar_id}/feeds */
  createCalendarFeed: {
    caller: "user";
    path: { calendar_id: Schemas["CalendarId"] };
    query: NoParams;
    body: undefined;
    responses: { 201: Schemas["FeedCreated"] };
    problems: 400 | 401 | 403 | 404 | 413 | 429 | 500 | 503;
  };
  /** DELETE /v1/dashboard/calendars/{calendar_id}/feeds/{feed_id} */
  deleteCalendarFeed: {
    caller: "user";
    path: { calendar_id: Schemas["CalendarId"]; feed_id: Schemas["FeedId"] };
    query: NoParams;
    body: undefined;
    responses: { 204: undefined };
    problems: 400 | 401 | 403 | 404 | 413 | 429 | 500 | 503;
  };
  /** GET /v1/dashboard/calendars/{calendar_id}/rules */
  getRules: {
    caller: "user";
    path: { calendar_id: Schemas["CalendarId"] };
    query: NoParams;
    body: undefined;
    responses: { 200: Schemas["RuleSet"] };
    problems: 400 | 401 | 403 | 404 | 413 | 429 | 500 | 503;
  };
  /** PUT /v1/dashboard/calendars/{calendar_id}/rules */
  setRules: {
    caller: "user";
    path: { calendar_id: Schemas["CalendarId"] };
    query: NoParams;
    body: Schemas["RuleSet"];
    responses: { 200: Schemas["RuleSet"] };
    problems: 400 | 401 | 403 | 404 | 413 | 429 | 500 | 503;
  };
  /** GET /v1/dashboard/calendars/{calendar_id}/sources */
  getCalendarSources: {
    caller: "user";
    path: { calendar_id: Schemas["CalendarId"] };
    query: NoParams;
    body: undefined;
    responses: { 200: Schemas["CalendarSources"] };
    problems: 400 | 401 | 403 | 404 | 413 | 429 | 500 | 503;
  };
  /** PUT /v1/dashboard/calendars/{calendar_id}/sources */
  setCalendarSources: {
    caller: "user";
    path: { calendar_id: Schemas["CalendarId"] };
    query: NoParams;
    body: Schemas["SetSourcesRequest"];
    responses: { 200: Schemas["CalendarSources"] };
    problems: 400 | 401 | 403 | 404 | 413 | 429 | 500 | 503;
  };
  /** GET /v1/dashboard/races */
  listRaces: {
    caller: "user";
    path: NoParams;
    query: { cursor?: Schemas["Cursor"] };
    body: undefined;
    responses: { 200: Schemas["RacePage"] };
    problems: 400 | 401 | 403 | 404 | 413 | 429 | 500 | 503;
  };
  /** GET /v1/dashboard/requests */
  listRequestLog: {
    caller: "user";
    path: NoParams;
    query: { status?: number; errors_only?: boolean; agent_id?: Schemas["AgentId"]; idempotency_key?: string; error_code?: string; limit: number; cursor?: Schemas["Cursor"] };
    body: undefined;
    responses: { 200: Schemas["RequestLogPage"] };
    problems: 400 | 401 | 403 | 404 | 413 | 429 | 500 | 503;
  };
  /** GET /v1/dashboard/requests/errors */
  summarizeRequestErrors: {
    caller: "user";
    path: NoParams;
    query: { agent_id?: Schemas["AgentId"] };
    body: undefined;
    responses: { 200: Schemas["RequestErrorSummary"] };
    problems: 400 | 401 | 403 | 404 | 413 | 429 | 500 | 503;
  };
  /** GET /v1/dashboard/webhooks */
  listWebhooks: {
    caller: "user";
    path: NoParams;
    query: NoParams;
    body: undefined;
    responses: { 200: Schemas["WebhookList"] };
    problems: 400 | 401 | 403 | 404 | 413 | 429 | 500 | 503;
  };
  /** POST /v1/dashboard/webhooks */
  createWebhook: {
    caller: "user";
    path: NoParams;
    query: NoParams;
    body: Schemas["CreateWebhookRequest"];
    responses: { 201: Schemas["WebhookWithSecret"] };
    problems: 400 | 401 | 403 | 404 | 413 | 422 | 429 | 500 | 503;
  };
  /** GET /v1/dashboard/webhooks/events */
  listWebhookEventTypes: {
    caller: "user";
    path: NoParams;
    query: NoParams;
    body: undefined;
    responses: { 200: Schemas["WebhookEventCatalog"] };
    problems: 400 | 401 | 403 | 404 | 413 | 429 | 500 | 503;
  };
  /** DELETE /v1/dashboard/webhooks/{webhook_id} */
  deleteWebhook: {
    caller: "user";
    path: { webhook_id: Schemas["WebhookId"] };
    query: NoParams;
    body: undefined;
    responses: { 204: undefined };
    problems: 400 | 401 | 403 | 404 | 413 | 429 | 500 | 503;
  };
  /** PATCH /v1/dashboard/webhooks/{webhook_id} */
  updateWebhook: {
    caller: "user";
    path: { webhook_id: Schemas["WebhookId"] };
    query: NoParams;
    body: Schemas["UpdateWebhookRequest"];
    responses: { 200: Schemas["Webhook"] };
    problems: 400 | 401 | 403 | 404 | 413 | 422 | 429 | 500 | 503;
  };
  /** GET /v1/dashboard/webhooks/{webhook_id}/deliveries */
  listWebhookDeliveries: {
    caller: "user";
    path: { webhook_id: Schemas["WebhookId"] };
    query: { status?: Schemas["WebhookDeliveryStatus"]; limit: number; cursor?: Schemas["Cursor"] };
    body: undefined;
    responses: { 200: Schemas["WebhookDeliveryPage"] };
    problems: 400 | 401 | 403 | 404 | 413 | 429 | 500 | 503;
  };
  /** POST /v1/dashboard/webhooks/{webhook_id}/deliveries/{delivery_id}/redeliver */
  redeliverWebhookDelivery: {
    caller: "user";
    path: { webhook_id: Schemas["WebhookId"]; delivery_id: Schemas["WebhookDeliveryId"] };
    query: NoParams;
    body: undefined;
    responses: { 202: Schemas["WebhookDelivery"] };
    problems: 400 | 401 | 403 | 404 | 413 | 429 | 500 | 503;
  };
  /** POST /v1/dashboard/webhooks/{webhook_id}/rotate-secret */
  rotateWebhookSecret: {
    caller: "user";
    path: { webhook_id: Schemas["WebhookId"] };
    query: NoParams;
    body: Schemas["RotateWebhookSecretRequest"] | undefined;
    responses: { 200: Schemas["WebhookWithSecret"] };
    problems: 400 | 401 | 403 | 404 | 413 | 429 | 500 | 503;
  };
  /** POST /v1/dashboard/webhooks/{webhook_id}/test */
  testWebhook: {
    caller: "user";
    path: { webhook_id: Schemas["WebhookId"] };
    query: NoParams;
    body: undefined;
    responses: { 202: Schemas["WebhookTestResult"] };
    problems: 400 | 401 | 403 | 404 | 413 | 429 | 500 | 503;
  };
  /** GET /v1/dashboard/workspace */
  getWorkspace: {
    caller: "user";
    path: NoParams;
    query: NoParams;
    body: undefined;
    responses: { 200: Schemas["Workspace"] };
    problems: 400 | 401 | 403 | 404 | 413 | 429 | 500 | 503;
  };
  /** GET /v1/feeds/{feed_file} */
  getFeed: {
    caller: "public";
    path: { feed_file: Schemas["FeedFile"] };
    query: NoParams;
    body: undefined;
    responses: { 200: NotJson<Schemas["ICalendarText"]>; 304: undefined };
    problems: 400 | 404 | 500 | 503;
  };
  /** POST /v1/mailbox/inbound */
  receiveInboundMail: {
    caller: "inbound";
    path: NoParams;
    query: NoParams;
    body: Schemas["InboundMail"];
    responses: { 202: Schemas["InboundResult"] };
    problems: 400 | 401 | 403 | 413 | 429 | 500 | 503;
  };
  /** GET /v1/mailbox/messages */
  listMessages: {
    caller: "agent";
    path: NoParams;
    query: { direction?: Schemas["MessageDirection"]; limit: number; cursor?: Schemas["Cursor"] };
    body: undefined;
    responses: { 200: Schemas["MessagePage"] };
    problems: 400 | 401 | 403 | 413 | 429 | 500 | 503;
  };
  /** POST /v1/mailbox/messages */
  sendMessage: {
    caller: "agent";
    path: NoParams;
    query: NoParams;
    body: Schemas["SendMessageRequest"];
    responses: { 202: Schemas["Message"] };
    problems: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 500 | 503;
  };
  /** GET /v1/mailbox/messages/{message_id} */
  getMessage: {
    caller: "agent";
    path: { message_id: Schemas["MessageId"] };
    query: NoParams;
    body: undefined;
    responses: { 200: Schemas["Message"] };
    problems: 400 | 401 | 403 | 404 | 413 | 429 | 500 | 503;
  };
  /** POST /v1/series/{series_id}/cancel */
  cancelSeries: {
    caller: "agent";
    path: { series_id: Schemas["SeriesId"] };
    query: NoParams;
    body: Schemas["CancelBookingRequest"] | undefined;
    responses: { 200: Schemas["SeriesCancellation"] };
    problems: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 500 | 503;
  };
}

export type OperationId = keyof Operations;
