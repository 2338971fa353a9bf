// Agents' mailboxes (docs/protocol.md §5): list and read messages, send through the relay (queued,
// then delivered by the outbox), and the provider webhook for inbound mail.
import type { Schemas } from "../generated/operations.ts";
import type { Handlers } from "../http/context.ts";
import { ApiError, invalid } from "../http/problems.ts";
import type { Mailbox } from "../mail/mailbox.ts";
import type { MailboxOwner } from "../mail/directory.ts";
import { MailRejected } from "../mail/inbound.ts";
import { composeOutbound } from "../mail/outbound.ts";
import { insertMessage, messageView } from "../mail/store.ts";
import { isAddress, normalizeMessageId } from "../mail/text.ts";
import type { Services } from "../services.ts";
import { newId } from "../shell/ids.ts";
import { bookingBody } from "../store/bookings.ts";
import { listMessages, messageOf } from "../store/messages.ts";
import { decodeCursor, page } from "./cursor.ts";
import { mailboxAddress } from "../mail/address.ts";

export function mailboxHandlers(
  services: Services,
  mailbox: Mailbox,
): Pick<Handlers, "listMessages" | "getMessage" | "sendMessage" | "receiveInboundMail"> {
  const { db } = services;
  const domain = mailbox.options.domain;

  function checkSend(body: Schemas["SendMessageRequest"]): string | undefined {
    const errors = body.to.flatMap((address, i) =>
      isAddress(address) ? [] : [{ field: `/to/${i}`, message: "must be a bare address such as ada@example.com" }],
    );
    let inReplyTo: string | undefined;
    if (body.in_reply_to !== undefined) {
      inReplyTo = normalizeMessageId(body.in_reply_to);
      if (!inReplyTo) errors.push({ field: "/in_reply_to", message: "must be a Message-ID such as <a1@example.com>" });
    }
    if (errors.length > 0) throw invalid("the message cannot be sent as given", errors);
    return inReplyTo;
  }

  return {
    listMessages: async (input) => {
      const q = input.query;
      const rows = await listMessages(db, input.agent!.agent_id, {
        ...(q.direction ? { direction: q.direction } : {}),
        ...(q.cursor ? { before: decodeCursor(q.cursor, "number", "string") } : {}),
        limit: q.limit + 1,
      });
      return {
        status: 200,
        body: page(rows, q.limit, messageView, (r) => [Number(r.created_at), r.message_id]),
      };
    },

    getMessage: async (input) => {
      const row = await messageOf(db, input.agent!.agent_id, input.path.message_id);
      if (!row) throw new ApiError("not_found", `no message ${input.path.message_id}`);
      return { status: 200, body: messageView(row) };
    },

    sendMessage: async (input) => {
      const agent = input.agent!;
      if (!mailbox.outbox.enabled) {
        throw new ApiError(
          "unavailable",
          "this server has no SMTP relay configured (--smtp-relay / AGENTDRAFT_SMTP_RELAY)",
          {},
          { "Retry-After": "3600" },
        );
      }
      const { body } = input;
      const inReplyTo = checkSend(body);
      if (body.booking_id !== undefined) {
        const known = (await bookingBody(db, agent.workspace_id, body.booking_id)) !== undefined;
        if (!known) throw new ApiError("not_found", `no booking ${body.booking_id}`);
      }
      const messageId = newId("msg");
      const internetMessageId = `<${messageId}@${domain}>`;
      const sender = {
        agent_id: agent.agent_id,
        workspace_id: agent.workspace_id,
        name: agent.name,
        address: mailboxAddress(agent.name, agent.mail_handle, domain),
      };
      const out = await services.execute(
        agent.workspace_id,
        input.idempotency,
        (seq, at) => ({
          command: {
            type: "audit.note",
            seq,
            at,
            action: "mailbox.queued",
            resource: messageId,
            outcome: {
              direction: "outbound",
              internet_message_id: internetMessageId,
              to: body.to,
              ...(body.booking_id !== undefined ? { booking_id: body.booking_id } : {}),
              ...(inReplyTo !== undefined ? { in_reply_to: inReplyTo } : {}),
            },
          },
          ctx: input.commandContext(agent.workspace_id),
        }),
        async (done, tx) => {
          const at = done.logged.command.at;
          const composed = await composeOutbound(
            tx,
            { ...body, in_reply_to: inReplyTo },
            sender,
            { message_id: messageId, internet_message_id: internetMessageId },
            at,
            domain,
          );
          const row = await insertMessage(tx, {
            message_id: messageId,
            workspace_id: agent.workspace_id,
            agent_id: agent.agent_id,
            direction: "outbound",
            status: "queued",
            content: composed.content,
            headers: composed.headers,
            raw: composed.raw,
            envelope: composed.envelope,
            request_id: input.requestId,
            audit_event_id: done.audit[0]!.event_id,
            next_attempt_at: at,
            created_at: at,
          });
          return { status: 202 as const, body: messageView(row) };
        },
      );
      mailbox.outbox.kick();
      return out;
    },

    receiveInboundMail: async (input) => {
      const { body } = input;
      const raw = Buffer.from(body.raw, "utf8");
      if (raw.byteLength > mailbox.options.maxBytes) {
        throw new ApiError("payload_too_large", `messages are limited to ${mailbox.options.maxBytes} bytes`, {
          max_bytes: mailbox.options.maxBytes,
        });
      }
      const recipients: MailboxOwner[] = [];
      const unknown: { field: string; message: string }[] = [];
      for (const [i, address] of body.recipients.entries()) {
        const found = await mailbox.directory.resolve(address);
        if (found.kind === "agent") recipients.push(found.agent);
        else unknown.push({ field: `/recipients/${i}`, message: "is not a mailbox of this server" });
      }
      if (recipients.length === 0) throw invalid("no recipient is a mailbox of this server", unknown);
      try {
        const result = await mailbox.inbound.deliver(
          raw,
          { from: body.sender, recipients },
          { request_id: input.requestId, method: "POST", path: input.hono.req.path, via: "http" },
        );
        return { status: 202, body: result };
      } catch (error) {
        if (error instanceof MailRejected) throw invalid(error.message, [{ field: "/raw", message: "is not a parsable RFC 5322 message" }]);
        throw error;
      }
    },
  };
}
