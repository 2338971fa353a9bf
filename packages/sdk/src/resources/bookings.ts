import { camelize, snakeize, type Camelize } from "../case.ts";
import type { components } from "../generated/openapi.ts";
import type { PagePromise } from "../pagination.ts";
import { withKey, type RequestOptions } from "../request.ts";
import { toInstant, type TimeInput } from "../time.ts";
import type { Booking, BookingMode, BookingStatus, Metadata } from "../types.ts";
import { Resource } from "./resource.ts";

type CreateBookingRequest = components["schemas"]["CreateBookingRequest"];

/** A booking write: `[start, end)` on the agent's calendar. */
export interface BookingWriteParams {
  /** Inclusive start: a `Date` or an RFC 3339 string with an offset; not in the past. */
  start: TimeInput;
  /** Exclusive end: after `start`, at most 24 h later. */
  end: TimeInput;
  /** Free-form string metadata (stored and returned as given; keys are not re-cased). */
  metadata?: Metadata;
  /** Calendar to book on (default: the workspace's default calendar). */
  calendarId?: string;
  /** Idempotency key of this write (default: generated for the call, reused by its retries). */
  idempotencyKey?: string;
}

export type CommitParams = BookingWriteParams;

export interface HoldParams extends BookingWriteParams {
  /** Hold TTL in seconds (calendar default 30, bounded by the calendar's settings). */
  ttlSeconds?: number;
}

export interface CancelParams {
  /** Why the booking is cancelled. */
  reason?: string;
}

export interface BookingListParams {
  status?: BookingStatus;
  agentId?: string;
  calendarId?: string;
  /** Only bookings ending after this instant. */
  start?: TimeInput;
  /** Only bookings starting before this instant. */
  end?: TimeInput;
  /** Page size, 1–200 (server default 50). */
  limit?: number;
  /** Start from this cursor (`nextCursor` of an earlier page). */
  cursor?: string;
}

/** Commit, hold, release, cancel, read and list bookings. */
export class Bookings extends Resource {
  /**
   * Books `[start, end)` as a commit (`POST /v1/bookings`; `bookings:write`), or, given the id
   * of the caller's own hold, promotes that hold to a commit (`POST /v1/bookings/{id}/commit`).
   * A losing write throws {@link Conflict} naming the winner.
   */
  commit(params: CommitParams, options?: RequestOptions): Promise<Booking>;
  commit(holdId: string, options?: RequestOptions): Promise<Booking>;
  async commit(target: CommitParams | string, options?: RequestOptions): Promise<Booking> {
    if (typeof target === "string") return this.#transition("commit", target, undefined, options);
    return this.#create(target, "commit", undefined, options);
  }

  /** Holds `[start, end)` for `ttlSeconds` (`POST /v1/bookings` with `mode: "hold"`). */
  hold(params: HoldParams, options?: RequestOptions): Promise<Booking> {
    return this.#create(params, "hold", params.ttlSeconds, options);
  }

  /** Releases the caller's own hold (`POST /v1/bookings/{id}/release`). */
  release(bookingId: string, options?: RequestOptions): Promise<Booking> {
    return this.#transition("release", bookingId, undefined, options);
  }

  /** Cancels the caller's own commit (`POST /v1/bookings/{id}/cancel`). */
  cancel(bookingId: string, params: CancelParams = {}, options?: RequestOptions): Promise<Booking> {
    return this.#transition("cancel", bookingId, params, options);
  }

  /** Reads one booking of the workspace (`GET /v1/bookings/{id}`; `bookings:read`). */
  async get(bookingId: string, options?: RequestOptions): Promise<Booking> {
    const path = { booking_id: bookingId };
    const data = await this.transport.call(
      "GET",
      "/v1/bookings/{booking_id}",
      (init) => this.transport.api.GET("/v1/bookings/{booking_id}", { params: { path }, ...init }),
      options,
    );
    return camelize(data);
  }

  /**
   * Lists bookings, ordered by start (`GET /v1/bookings`; `bookings:read`). Await it for the
   * first page, or `for await` over it for every booking across pages.
   */
  list(params: BookingListParams = {}, options?: RequestOptions): PagePromise<Booking> {
    return this.paginate(params.cursor, async (cursor) => {
      const query = {
        status: params.status,
        agent_id: params.agentId,
        calendar_id: params.calendarId,
        range_start: params.start === undefined ? undefined : toInstant(params.start, "start"),
        range_end: params.end === undefined ? undefined : toInstant(params.end, "end"),
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

  async #create(
    params: BookingWriteParams,
    mode: BookingMode,
    ttlSeconds: number | undefined,
    options: RequestOptions | undefined,
  ): Promise<Booking> {
    const request: Camelize<CreateBookingRequest> = {
      start: toInstant(params.start, "start"),
      end: toInstant(params.end, "end"),
      mode,
      holdTtlSeconds: ttlSeconds,
      calendarId: params.calendarId,
      metadata: params.metadata,
    };
    const body: CreateBookingRequest = snakeize(request);
    const data = await this.transport.call(
      "POST",
      "/v1/bookings",
      (init) => this.transport.api.POST("/v1/bookings", { body, ...init }),
      withKey(options, params.idempotencyKey),
    );
    return camelize(data);
  }

  async #transition(
    action: "commit" | "release" | "cancel",
    bookingId: string,
    params: CancelParams | undefined,
    options: RequestOptions | undefined,
  ): Promise<Booking> {
    const path = { booking_id: bookingId };
    const api = this.transport.api;
    const data = await this.transport.call(
      "POST",
      `/v1/bookings/{booking_id}/${action}`,
      (init) => {
        switch (action) {
          case "commit":
            return api.POST("/v1/bookings/{booking_id}/commit", { params: { path }, ...init });
          case "release":
            return api.POST("/v1/bookings/{booking_id}/release", { params: { path }, ...init });
          case "cancel":
            return api.POST("/v1/bookings/{booking_id}/cancel", { params: { path }, body: snakeize(params ?? {}), ...init });
        }
      },
      options,
    );
    return camelize(data);
  }
}

