import { camelize, snakeize, type Camelize } from "../case.ts";
import type { components } from "../generated/openapi.ts";
import type { PagePromise } from "../pagination.ts";
import { withKey, type RequestOptions } from "../request.ts";
import type { Message, MessageDirection } from "../types.ts";
import { Resource } from "./resource.ts";

type SendMessageRequest = components["schemas"]["SendMessageRequest"];

export interface MailboxListParams {
  /** Only inbound or only outbound messages. */
  direction?: MessageDirection;
  /** Page size, 1–200 (server default 50). */
  limit?: number;
  cursor?: string;
}

/** `{ to, subject, text, html?, inReplyTo?, bookingId? }` plus an optional idempotency key. */
export type SendParams = Camelize<SendMessageRequest> & {
  /** Idempotency key of this send (default: generated for the call, reused by its retries). */
  idempotencyKey?: string;
};

/** The calling agent's mailbox: `mailbox:read` to list and read, `mailbox:send` to send. */
export class Mailbox extends Resource {
  /** Messages, newest first (`GET /v1/mailbox/messages`). */
  list(params: MailboxListParams = {}, options?: RequestOptions): PagePromise<Message> {
    return this.paginate(params.cursor, async (cursor) => {
      const query = { direction: params.direction, limit: params.limit, cursor };
      const data = await this.transport.call(
        "GET",
        "/v1/mailbox/messages",
        (init) => this.transport.api.GET("/v1/mailbox/messages", { params: { query }, ...init }),
        options,
      );
      return camelize(data);
    });
  }

  /** One message (`GET /v1/mailbox/messages/{id}`). */
  async get(messageId: string, options?: RequestOptions): Promise<Message> {
    const path = { message_id: messageId };
    const data = await this.transport.call(
      "GET",
      "/v1/mailbox/messages/{message_id}",
      (init) => this.transport.api.GET("/v1/mailbox/messages/{message_id}", { params: { path }, ...init }),
      options,
    );
    return camelize(data);
  }

  /**
   * Sends a message from the agent's mailbox (`POST /v1/mailbox/messages`); with `bookingId` an
   * iTIP invite for that booking is attached. Resolves to the stored message (202).
   */
  async send(params: SendParams, options?: RequestOptions): Promise<Message> {
    const { idempotencyKey, ...message } = params;
    const body: SendMessageRequest = snakeize(message);
    const data = await this.transport.call(
      "POST",
      "/v1/mailbox/messages",
      (init) => this.transport.api.POST("/v1/mailbox/messages", { body, ...init }),
      withKey(options, idempotencyKey),
    );
    return camelize(data);
  }
}
