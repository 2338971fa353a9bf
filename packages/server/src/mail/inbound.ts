// Inbound mail, from the SMTP listener or the provider webhook: parsed once with postal-mime, then
// stored in each recipient's mailbox (one audited `mailbox.received` command per copy), deduplicated
// by Message-ID per mailbox. Nothing in a message is trusted: every string is cleaned and bounded,
// attachments keep only their metadata, a calendar part is parsed into the spec's `CalendarInvite`.
import PostalMime, { type Address, type Email } from "postal-mime";
import type { Logger } from "pino";
import type { JsonObject } from "../audit/index.ts";
import type { Services } from "../services.ts";
import { newId } from "../shell/ids.ts";
import type { MailboxOwner } from "./directory.ts";
import { parseCalendar, type CalendarInvite } from "./ical.ts";
import { findByInternetId, insertMessage, type AttachmentInfo, type MessageContent } from "./store.ts";
import { cleanAddress, cleanLine, cleanText, normalizeMessageId, parseMessageIds, syntheticMessageId } from "./text.ts";

/** A message this server will not store (it could not be parsed at all). */
export class MailRejected extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MailRejected";
  }
}

class DuplicateMessage extends Error {}

const LIMITS = { headers: 500, headerValue: 8192, addresses: 100, attachments: 100, references: 100 };

export interface ParsedMail {
  content: MessageContent;
  headers: [string, string][];
}

function mailboxes(addresses: Address[] | Address | undefined): string[] {
  const list = addresses === undefined ? [] : Array.isArray(addresses) ? addresses : [addresses];
  return list
    .flatMap((a) => (a.group ? a.group : [a]))
    .map((m) => cleanAddress(m.address ?? ""))
    .filter((a) => a !== "")
    .slice(0, LIMITS.addresses);
}

function isCalendarPart(a: Email["attachments"][number]): boolean {
  return a.mimeType === "text/calendar" || a.mimeType === "application/ics" || /\.ics$/i.test(a.filename ?? "");
}

function bytesOf(content: ArrayBuffer | Uint8Array | string): Uint8Array {
  return typeof content === "string" ? Buffer.from(content) : content instanceof Uint8Array ? content : new Uint8Array(content);
}

/** Parses raw RFC 5322 bytes into what a mailbox stores. Throws MailRejected when nothing usable comes out. */
async function parseMail(raw: Uint8Array, domain: string, envelope: { from?: string; to: string[] }): Promise<ParsedMail> {
  let email: Email;
  try {
    email = await PostalMime.parse(raw, {
      attachmentEncoding: "arraybuffer",
      maxNestingDepth: 50,
      maxHeadersSize: 1024 * 1024,
      maxRfc822NestingDepth: 3,
    });
  } catch (error) {
    throw new MailRejected(`the message could not be parsed: ${cleanLine(String((error as Error).message ?? error), 200)}`);
  }

  const attachments: AttachmentInfo[] = [];
  let calendar: CalendarInvite | undefined;
  for (const a of email.attachments) {
    const bytes = bytesOf(a.content);
    if (attachments.length < LIMITS.attachments) {
      const info: AttachmentInfo = { content_type: cleanLine(a.mimeType, 255) || "application/octet-stream", size: bytes.byteLength };
      if (a.filename) info.filename = cleanLine(a.filename, 255);
      attachments.push(info);
    }
    if (!calendar && isCalendarPart(a)) calendar = parseCalendar(new TextDecoder().decode(bytes), a.method);
  }

  const to = mailboxes(email.to);
  const content: MessageContent = {
    from: mailboxes(email.from)[0] ?? cleanAddress(envelope.from ?? ""),
    to: to.length > 0 ? to : envelope.to.slice(0, LIMITS.addresses),
    subject: cleanLine(email.subject ?? ""),
    internet_message_id: normalizeMessageId(email.messageId) ?? syntheticMessageId(raw, domain),
    references: parseMessageIds(email.references, LIMITS.references),
    attachments,
  };
  if (email.text !== undefined) content.text = cleanText(email.text);
  if (email.html !== undefined) content.html = cleanText(email.html);
  const inReplyTo = normalizeMessageId(email.inReplyTo);
  if (inReplyTo) content.in_reply_to = inReplyTo;
  if (calendar) content.calendar = calendar;

  const headers = email.headers
    .slice(0, LIMITS.headers)
    .map((h): [string, string] => [cleanLine(h.originalKey, 200), cleanLine(h.value, LIMITS.headerValue)]);
  return { content, headers };
}

/** Where a delivery came from, for the audit log. */
export interface InboundOrigin {
  request_id: string;
  method: string;
  path: string;
  via: "smtp" | "http";
}

export interface InboundResult {
  message_ids: string[];
  duplicate: boolean;
}

export class InboundMail {
  private readonly services: Services;
  private readonly domain: string;
  private readonly log: Logger;

  constructor(services: Services, domain: string, log: Logger) {
    this.services = services;
    this.domain = domain;
    this.log = log;
  }

  /** Stores `raw` in each recipient's mailbox (once per mailbox and Message-ID). */
  async deliver(raw: Uint8Array, envelope: { from?: string; recipients: MailboxOwner[] }, origin: InboundOrigin): Promise<InboundResult> {
    const owners = [...new Map(envelope.recipients.map((r) => [r.agent_id, r])).values()];
    const parsed = await parseMail(raw, this.domain, { from: envelope.from, to: owners.map((o) => o.address) });
    const { content } = parsed;
    const messageIds: string[] = [];
    let fresh = 0;
    for (const owner of owners) {
      const existing = await findByInternetId(this.services.db, owner.agent_id, "inbound", content.internet_message_id);
      if (existing) {
        messageIds.push(existing.message_id);
        continue;
      }
      const messageId = newId("msg");
      const outcome: JsonObject = {
        direction: "inbound",
        mailbox: owner.address,
        from: content.from,
        subject: [...content.subject].slice(0, 200).join(""),
        internet_message_id: content.internet_message_id,
        size: raw.byteLength,
        attachments: content.attachments.length,
        via: origin.via,
        ...(content.calendar
          ? { calendar: { method: content.calendar.method, uid: content.calendar.uid, sequence: content.calendar.sequence } }
          : {}),
      };
      try {
        await this.services.ledgers.execute(
          owner.workspace_id,
          (seq, at) => ({
            command: { type: "audit.note", seq, at, action: "mailbox.received", resource: messageId, outcome },
            ctx: {
              workspace_id: owner.workspace_id,
              request_id: origin.request_id,
              method: origin.method,
              path: origin.path,
              actor: { type: "system" },
            },
          }),
          async (tx, done) => {
            // Checked again inside the write transaction: two deliveries of one message may race.
            if (await findByInternetId(tx, owner.agent_id, "inbound", content.internet_message_id)) throw new DuplicateMessage();
            await insertMessage(tx, {
              message_id: messageId,
              workspace_id: owner.workspace_id,
              agent_id: owner.agent_id,
              direction: "inbound",
              status: "received",
              content,
              headers: parsed.headers,
              raw,
              envelope: { from: cleanAddress(envelope.from ?? ""), to: [owner.address] },
              request_id: origin.request_id,
              audit_event_id: done.audit[0]!.event_id,
              created_at: done.logged.command.at,
            });
          },
        );
        messageIds.push(messageId);
        fresh++;
      } catch (error) {
        if (!(error instanceof DuplicateMessage)) throw error;
        const stored = await findByInternetId(this.services.db, owner.agent_id, "inbound", content.internet_message_id);
        if (stored) messageIds.push(stored.message_id);
      }
    }
    if (fresh > 0) this.log.debug({ message_ids: messageIds, via: origin.via }, "mail received");
    return { message_ids: messageIds, duplicate: fresh === 0 };
  }
}
