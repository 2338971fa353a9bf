// generated — do not edit. Source: spec/ (run `pnpm generate`).
// The SDK surface declared by the spec's `x-agentdraft-sdk` extensions (tools/src/ts-sdk.ts).
import { camelize } from "../case.ts";
import type { APIPromise } from "../api-promise.ts";
import type { PagePromise } from "../pagination.ts";
import { withKey, type RequestOptions, type Transport } from "../request.ts";
import { Resource } from "../resource.ts";
import { optInstant, toInstant, type TimeInput } from "../time.ts";
import { AuditVerification } from "../audit/resource.ts";
import type * as M from "./models.ts";
import type { components } from "./openapi.ts";

type Schemas = components["schemas"];

/** Parameters of `audit.list` (`GET /v1/audit`). */
export interface AuditListParams {
  /** Only events about this resource id (booking, agent, message …). */
  resource?: string;
  /** Page size, 1–200 (default 50). */
  limit?: number;
  /** Cursor returned as `next_cursor` by the previous page. */
  cursor?: string;
}

/** Parameters of `audit.consistencyProof` (`GET /v1/audit/consistency`). */
export interface ConsistencyProofParams {
  /** Older size. */
  fromSize: number;
  /** Newer size (default: current size). */
  toSize?: number;
}

/** Parameters of `audit.inclusionProof` (`GET /v1/audit/events/{event_id}/inclusion`). */
export interface InclusionProofParams {
  /** Tree size to prove against. */
  treeSize?: number;
}

/** Parameters of `availability.list` (`GET /v1/availability`). */
export interface AvailabilityListParams {
  /** Start of the range. */
  start: TimeInput;
  /** End of the range. */
  end: TimeInput;
  /** Only return slots at least this long. */
  durationMinutes?: number;
  /** Calendar to query (default: the workspace's default calendar). */
  calendarId?: string;
  /** Also give each item's `start`/`end` as local times in this zone (`calendar`: the calendar's zone). */
  timeZone?: string;
}

/** Parameters of `availability.get` (`GET /v1/availability`). */
export interface AvailabilityGetParams {
  /** Start of the range. */
  start: TimeInput;
  /** End of the range. */
  end: TimeInput;
  /** Only return slots at least this long. */
  durationMinutes?: number;
  /** Calendar to query (default: the workspace's default calendar). */
  calendarId?: string;
  /** Also give each item's `start`/`end` as local times in this zone (`calendar`: the calendar's zone). */
  timeZone?: string;
}

/** Parameters of `bookings.list` (`GET /v1/bookings`). */
export interface BookingListParams {
  /** Only bookings with this status. */
  status?: M.BookingStatus;
  /** Only bookings of this agent. */
  agentId?: string;
  /** Only bookings on this calendar (default: all calendars of the workspace). */
  calendarId?: string;
  /** Only bookings ending after this instant. */
  start?: TimeInput;
  /** Only bookings starting before this instant. */
  end?: TimeInput;
  /** Also give each item's `start`/`end` as local times in this zone (`calendar`: the calendar's zone). */
  timeZone?: string;
  /** Page size, 1–200 (default 50). */
  limit?: number;
  /** Cursor returned as `next_cursor` by the previous page. */
  cursor?: string;
}

/** Parameters of `bookings.commit` (`POST /v1/bookings`). */
export interface CommitParams {
  /** Inclusive start; must carry an offset and not lie in the past. */
  start: TimeInput;
  /** Exclusive end; after `start`, at most 24 h later. */
  end: TimeInput;
  /** Idempotency key of this write (default: generated for the call, reused by its retries). */
  idempotencyKey?: string;
  /** Free-form metadata. */
  metadata?: M.Metadata;
  /** Calendar to book on; defaults to the workspace's default calendar. */
  calendarId?: string;
}

/** Parameters of `bookings.hold` (`POST /v1/bookings`). */
export interface HoldParams {
  /** Inclusive start; must carry an offset and not lie in the past. */
  start: TimeInput;
  /** Exclusive end; after `start`, at most 24 h later. */
  end: TimeInput;
  /** TTL of a hold in seconds (calendar default 30, bounded by the calendar's settings). */
  ttlSeconds?: number;
  /** Idempotency key of this write (default: generated for the call, reused by its retries). */
  idempotencyKey?: string;
  /** Free-form metadata. */
  metadata?: M.Metadata;
  /** Calendar to book on; defaults to the workspace's default calendar. */
  calendarId?: string;
}

/** Parameters of `bookings.get` (`GET /v1/bookings/{booking_id}`). */
export interface BookingsGetParams {
  /** Also give each item's `start`/`end` as local times in this zone (`calendar`: the calendar's zone). */
  timeZone?: string;
}

/** Parameters of `bookings.cancel` (`POST /v1/bookings/{booking_id}/cancel`). */
export interface CancelParams {
  /** Why the booking is cancelled. */
  reason?: string;
  /** Idempotency key of this write (default: generated for the call, reused by its retries). */
  idempotencyKey?: string;
}

/** Parameters of `mailbox.list` (`GET /v1/mailbox/messages`). */
export interface MailboxListParams {
  /** Only inbound or only outbound messages. */
  direction?: M.MessageDirection;
  /** Page size, 1–200 (default 50). */
  limit?: number;
  /** Cursor returned as `next_cursor` by the previous page. */
  cursor?: string;
}

/** Parameters of `mailbox.send` (`POST /v1/mailbox/messages`). */
export interface SendParams {
  /** Recipients (1–50 addresses). */
  to: string[];
  /** Subject. */
  subject: string;
  /** Plain-text body. */
  text: string;
  /** Optional HTML body. */
  html?: string;
  /** `Message-ID` of the message this replies to (threads `In-Reply-To`/`References`). */
  inReplyTo?: string;
  /** Attach an iTIP invite for this booking (REQUEST, or CANCEL when cancelled). */
  bookingId?: string;
  /** Idempotency key of this write (default: generated for the call, reused by its retries). */
  idempotencyKey?: string;
}

/** The calling agent. */
export class Agents extends Resource {
  /** Who am I: the agent behind the API key. Needs no scope. (`GET /v1/agents/me`) */
  me(options?: RequestOptions): APIPromise<M.AgentIdentity> {
    return this.transport.promise(async (call) => {
      const data = await call(
        "GET",
        "/v1/agents/me",
        (init) => this.transport.api.GET("/v1/agents/me", init),
        options,
      );
      return camelize(data);
    });
  }
}

/** The tamper-evident audit log: events, checkpoints, proofs. */
export class Audit extends AuditVerification {
  /**
   * Audit events of the workspace, optionally only those about one resource, in log order. (`GET /v1/audit`; `audit:read`)
   * Await it for the first page, or `for await` over it for every item across pages.
   */
  list(params: AuditListParams = {}, options?: RequestOptions): PagePromise<M.AuditEvent> {
    return this.paginate(params.cursor, async (cursor) => {
      const query = {
        resource: params.resource,
        limit: params.limit,
        cursor,
      };
      const data = await this.transport.call(
        "GET",
        "/v1/audit",
        (init) => this.transport.api.GET("/v1/audit", { params: { query }, ...init }),
        options,
      );
      return camelize(data);
    });
  }

  /** The latest signed tree head. (`GET /v1/audit/checkpoint`; `audit:read`) */
  checkpoint(options?: RequestOptions): APIPromise<M.Checkpoint> {
    return this.transport.promise(async (call) => {
      const data = await call(
        "GET",
        "/v1/audit/checkpoint",
        (init) => this.transport.api.GET("/v1/audit/checkpoint", init),
        options,
      );
      return camelize(data);
    });
  }

  /** Consistency proof between two tree sizes. (`GET /v1/audit/consistency`; `audit:read`) */
  consistencyProof(params: ConsistencyProofParams, options?: RequestOptions): APIPromise<M.ConsistencyProof> {
    return this.transport.promise(async (call) => {
      const query = {
        from_size: params.fromSize,
        to_size: params.toSize,
      };
      const data = await call(
        "GET",
        "/v1/audit/consistency",
        (init) => this.transport.api.GET("/v1/audit/consistency", { params: { query }, ...init }),
        options,
      );
      return camelize(data);
    });
  }

  /** Inclusion proof of one event in the tree of `tree_size` (default: current size). (`GET /v1/audit/events/{event_id}/inclusion`; `audit:read`) */
  inclusionProof(eventId: string, params: InclusionProofParams = {}, options?: RequestOptions): APIPromise<M.InclusionProof> {
    return this.transport.promise(async (call) => {
      const path = { event_id: eventId };
      const query = {
        tree_size: params.treeSize,
      };
      const data = await call(
        "GET",
        "/v1/audit/events/{event_id}/inclusion",
        (init) => this.transport.api.GET("/v1/audit/events/{event_id}/inclusion", { params: { path, query }, ...init }),
        options,
      );
      return camelize(data);
    });
  }
}

/** Free/busy of a calendar, merged across agents and rules. */
export class AvailabilityResource extends Resource {
  /**
   * Free slots in `[start, end)`, only those at least `duration_minutes` long when given. (`GET /v1/availability`; `availability:read`)
   * Returns the response's `slots`.
   */
  list(params: AvailabilityListParams, options?: RequestOptions): APIPromise<M.Interval[]> {
    return this.transport.promise(async (call) => {
      const query = {
        range_start: toInstant(params.start, "start"),
        range_end: toInstant(params.end, "end"),
        duration_minutes: params.durationMinutes,
        calendar_id: params.calendarId,
        time_zone: params.timeZone,
      };
      const data = await call(
        "GET",
        "/v1/availability",
        (init) => this.transport.api.GET("/v1/availability", { params: { query }, ...init }),
        options,
      );
      return camelize(data.slots);
    });
  }

  /** Free slots and busy intervals (with their kind, agent and booking) in `[start, end)`. (`GET /v1/availability`; `availability:read`) */
  get(params: AvailabilityGetParams, options?: RequestOptions): APIPromise<M.Availability> {
    return this.transport.promise(async (call) => {
      const query = {
        range_start: toInstant(params.start, "start"),
        range_end: toInstant(params.end, "end"),
        duration_minutes: params.durationMinutes,
        calendar_id: params.calendarId,
        time_zone: params.timeZone,
      };
      const data = await call(
        "GET",
        "/v1/availability",
        (init) => this.transport.api.GET("/v1/availability", { params: { query }, ...init }),
        options,
      );
      return camelize(data);
    });
  }
}

/** Commit, hold, release and cancel bookings. */
export class Bookings extends Resource {
  /**
   * List bookings of the caller's workspace, filtered, with cursor pagination. Requires `bookings:read`. (`GET /v1/bookings`; `bookings:read`)
   * Await it for the first page, or `for await` over it for every item across pages.
   */
  list(params: BookingListParams = {}, options?: RequestOptions): PagePromise<M.Booking> {
    return this.paginate(params.cursor, async (cursor) => {
      const query = {
        status: params.status,
        agent_id: params.agentId,
        calendar_id: params.calendarId,
        range_start: optInstant(params.start, "start"),
        range_end: optInstant(params.end, "end"),
        time_zone: params.timeZone,
        limit: params.limit,
        cursor,
      };
      const data = await this.transport.call(
        "GET",
        "/v1/bookings",
        (init) => this.transport.api.GET("/v1/bookings", { params: { query }, ...init }),
        options,
      );
      return camelize(data);
    });
  }

  /** Book `[start, end)` outright. A write that loses to a higher-priority agent fails with `Conflict` naming the winner. (`POST /v1/bookings`; `bookings:write`) */
  commit(params: CommitParams, options?: RequestOptions): APIPromise<M.Booking>;
  /** Promote the caller's own hold to a commit. Requires `bookings:write`. (`POST /v1/bookings/{booking_id}/commit`; `bookings:write`) */
  commit(bookingId: string, options?: RequestOptions): APIPromise<M.Booking>;
  commit(...args: [bookingId: string, options?: RequestOptions] | [params: CommitParams, options?: RequestOptions]): APIPromise<M.Booking> {
    return typeof args[0] === "string"
      ? this.#commitHold(...(args as [bookingId: string, options?: RequestOptions]))
      : this.#createBookingCommit(...(args as [params: CommitParams, options?: RequestOptions]));
  }

  #commitHold(bookingId: string, options?: RequestOptions): APIPromise<M.Booking> {
    return this.transport.promise(async (call) => {
      const path = { booking_id: bookingId };
      const data = await call(
        "POST",
        "/v1/bookings/{booking_id}/commit",
        (init) => this.transport.api.POST("/v1/bookings/{booking_id}/commit", { params: { path }, ...init }),
        options,
      );
      return camelize(data);
    });
  }

  #createBookingCommit(params: CommitParams, options?: RequestOptions): APIPromise<M.Booking> {
    return this.transport.promise(async (call) => {
      const body: Schemas["CreateBookingRequest"] = {
        start: toInstant(params.start, "start"),
        end: toInstant(params.end, "end"),
        metadata: params.metadata,
        calendar_id: params.calendarId,
        mode: "commit",
      };
      const data = await call(
        "POST",
        "/v1/bookings",
        (init) => this.transport.api.POST("/v1/bookings", { body, ...init }),
        withKey(options, params.idempotencyKey),
      );
      return camelize(data);
    });
  }

  /** Hold `[start, end)` for `ttl_seconds` (calendar default 30 s); then commit it by id, or release it. (`POST /v1/bookings`; `bookings:write`) */
  hold(params: HoldParams, options?: RequestOptions): APIPromise<M.Booking> {
    return this.transport.promise(async (call) => {
      const body: Schemas["CreateBookingRequest"] = {
        start: toInstant(params.start, "start"),
        end: toInstant(params.end, "end"),
        hold_ttl_seconds: params.ttlSeconds,
        metadata: params.metadata,
        calendar_id: params.calendarId,
        mode: "hold",
      };
      const data = await call(
        "POST",
        "/v1/bookings",
        (init) => this.transport.api.POST("/v1/bookings", { body, ...init }),
        withKey(options, params.idempotencyKey),
      );
      return camelize(data);
    });
  }

  /** Read one booking of the caller's workspace. Requires `bookings:read`. (`GET /v1/bookings/{booking_id}`; `bookings:read`) */
  get(bookingId: string, params: BookingsGetParams = {}, options?: RequestOptions): APIPromise<M.Booking> {
    return this.transport.promise(async (call) => {
      const path = { booking_id: bookingId };
      const query = {
        time_zone: params.timeZone,
      };
      const data = await call(
        "GET",
        "/v1/bookings/{booking_id}",
        (init) => this.transport.api.GET("/v1/bookings/{booking_id}", { params: { path, query }, ...init }),
        options,
      );
      return camelize(data);
    });
  }

  /** Cancel the caller's own commit. Requires `bookings:write`. (`POST /v1/bookings/{booking_id}/cancel`; `bookings:write`) */
  cancel(bookingId: string, params: CancelParams = {}, options?: RequestOptions): APIPromise<M.Booking> {
    return this.transport.promise(async (call) => {
      const path = { booking_id: bookingId };
      const body: Schemas["CancelBookingRequest"] = {
        reason: params.reason,
      };
      const data = await call(
        "POST",
        "/v1/bookings/{booking_id}/cancel",
        (init) => this.transport.api.POST("/v1/bookings/{booking_id}/cancel", { params: { path }, body, ...init }),
        withKey(options, params.idempotencyKey),
      );
      return camelize(data);
    });
  }

  /** Release the caller's own hold. Requires `bookings:write`. (`POST /v1/bookings/{booking_id}/release`; `bookings:write`) */
  release(bookingId: string, options?: RequestOptions): APIPromise<M.Booking> {
    return this.transport.promise(async (call) => {
      const path = { booking_id: bookingId };
      const data = await call(
        "POST",
        "/v1/bookings/{booking_id}/release",
        (init) => this.transport.api.POST("/v1/bookings/{booking_id}/release", { params: { path }, ...init }),
        options,
      );
      return camelize(data);
    });
  }
}

/** Agents' mail: inbound, outbound, iCalendar invites. */
export class Mailbox extends Resource {
  /**
   * Messages of the calling agent's mailbox, newest first. Requires `mailbox:read`. (`GET /v1/mailbox/messages`; `mailbox:read`)
   * Await it for the first page, or `for await` over it for every item across pages.
   */
  list(params: MailboxListParams = {}, options?: RequestOptions): PagePromise<M.Message> {
    return this.paginate(params.cursor, async (cursor) => {
      const query = {
        direction: params.direction,
        limit: params.limit,
        cursor,
      };
      const data = await this.transport.call(
        "GET",
        "/v1/mailbox/messages",
        (init) => this.transport.api.GET("/v1/mailbox/messages", { params: { query }, ...init }),
        options,
      );
      return camelize(data);
    });
  }

  /** Send a message through the configured SMTP relay (queued, then sent). Requires `mailbox:send`. (`POST /v1/mailbox/messages`; `mailbox:send`) */
  send(params: SendParams, options?: RequestOptions): APIPromise<M.Message> {
    return this.transport.promise(async (call) => {
      const body: Schemas["SendMessageRequest"] = {
        to: params.to,
        subject: params.subject,
        text: params.text,
        html: params.html,
        in_reply_to: params.inReplyTo,
        booking_id: params.bookingId,
      };
      const data = await call(
        "POST",
        "/v1/mailbox/messages",
        (init) => this.transport.api.POST("/v1/mailbox/messages", { body, ...init }),
        withKey(options, params.idempotencyKey),
      );
      return camelize(data);
    });
  }

  /** One message. Requires `mailbox:read`. (`GET /v1/mailbox/messages/{message_id}`; `mailbox:read`) */
  get(messageId: string, options?: RequestOptions): APIPromise<M.Message> {
    return this.transport.promise(async (call) => {
      const path = { message_id: messageId };
      const data = await call(
        "GET",
        "/v1/mailbox/messages/{message_id}",
        (init) => this.transport.api.GET("/v1/mailbox/messages/{message_id}", { params: { path }, ...init }),
        options,
      );
      return camelize(data);
    });
  }
}

/** The resources of a client, by the name it exposes them under. */
export interface Resources {
  /** The calling agent. */
  readonly agents: Agents;
  /** The tamper-evident audit log: events, checkpoints, proofs. */
  readonly audit: Audit;
  /** Free/busy of a calendar, merged across agents and rules. */
  readonly availability: AvailabilityResource;
  /** Commit, hold, release and cancel bookings. */
  readonly bookings: Bookings;
  /** Agents' mail: inbound, outbound, iCalendar invites. */
  readonly mailbox: Mailbox;
}

export function createResources(transport: Transport): Resources {
  return {
    agents: new Agents(transport),
    audit: new Audit(transport),
    availability: new AvailabilityResource(transport),
    bookings: new Bookings(transport),
    mailbox: new Mailbox(transport),
  };
}
