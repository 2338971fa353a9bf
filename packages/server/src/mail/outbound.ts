// Outbound mail. `composeOutbound` runs inside the send request's transaction: it threads the
// reply (In-Reply-To/References from the replied-to message), takes the booking's invite identity
// (stable UID, SEQUENCE bumped when the booking changed since the last invite) and composes the
// final RFC 5322 bytes once, so every retry sends exactly the same message. The `Outbox` then
// delivers queued messages through the relay (nodemailer), retrying transient failures with
// exponential backoff, and records `sent` or `failed` as audited commands.
import nodemailer, { type Mail } from "nodemailer";
import MailComposer from "nodemailer/lib/mail-composer";
import type { Logger } from "pino";
import type { components } from "../generated/openapi.ts";
import type { Services } from "../services.ts";
import type { BookingView } from "../shell/booking-view.ts";
import type { Queryable } from "../store/db.ts";
import { buildInvite, type CalendarInvite } from "./ical.ts";
import type { MessageContent } from "./store.ts";
import { cleanAddress, cleanLine, cleanText } from "./text.ts";

/** Spec `SendMessageRequest`, its `in_reply_to` normalized to a msg-id (`<…>`). */
export type SendRequest = components["schemas"]["SendMessageRequest"];

export interface Sender {
  agent_id: string;
  workspace_id: string;
  name: string;
  address: string;
}

export interface Composed {
  content: MessageContent;
  headers: [string, string][];
  raw: Buffer;
  envelope: { from: string; to: string[] };
}

const MAX_REFERENCES = 50;
const ACTIVE = new Set(["HELD", "COMMITTED"]);

/** The header block of composed bytes, unfolded: [name, value] in order. */
function headerFields(raw: Buffer): [string, string][] {
  const text = raw.toString("latin1");
  const end = text.indexOf("\r\n\r\n");
  const block = (end === -1 ? text : text.slice(0, end)).replace(/\r\n[ \t]+/g, " ");
  return block.split("\r\n").flatMap((line): [string, string][] => {
    const colon = line.indexOf(":");
    return colon > 0 ? [[line.slice(0, colon), line.slice(colon + 1).trim()]] : [];
  });
}

/** The invite of a booking, with its SEQUENCE taken (and bumped when the booking changed) in `tx`. */
async function inviteFor(
  tx: Queryable,
  booking: BookingView,
  sender: Sender,
  req: SendRequest,
  at: number,
  domain: string,
): Promise<{ ics: string; calendar: CalendarInvite }> {
  const status = booking.status;
  const method = ACTIVE.has(status) ? "REQUEST" : "CANCEL";
  const eventStatus = status === "HELD" ? "TENTATIVE" : status === "COMMITTED" ? "CONFIRMED" : "CANCELLED";
  const start = booking.start as string;
  const end = booking.end as string;
  const state = JSON.stringify([method, eventStatus, start, end]);
  const known = await tx.get<{ uid: string; sequence: number; state: string; summary: string }>(
    `SELECT uid, sequence, state, summary FROM mail_invites WHERE booking_id = ?`,
    [booking.booking_id],
  );
  let uid: string;
  let sequence: number;
  let summary: string;
  if (!known) {
    const metadata = (booking.metadata ?? {}) as Record<string, string>;
    uid = `${booking.booking_id}@${domain}`;
    sequence = 0;
    summary = cleanLine(metadata.title ?? metadata.summary ?? req.subject, 500) || booking.booking_id;
    await tx.run(
      `INSERT INTO mail_invites (booking_id, workspace_id, uid, sequence, state, summary, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      [booking.booking_id, sender.workspace_id, uid, sequence, state, summary, at],
    );
  } else {
    uid = known.uid;
    summary = known.summary;
    sequence = Number(known.sequence);
    if (known.state !== state) {
      sequence += 1;
      await tx.run(`UPDATE mail_invites SET sequence = ?, state = ?, updated_at = ? WHERE booking_id = ?`, [
        sequence,
        state,
        at,
        booking.booking_id,
      ]);
    }
  }
  const ics = buildInvite({
    method,
    uid,
    sequence,
    status: eventStatus,
    start: new Date(start),
    end: new Date(end),
    stamp: new Date(at),
    summary,
    organizer: { name: sender.name, email: sender.address },
    attendees: req.to,
  });
  return { ics, calendar: { method, uid, sequence, start, end, summary } };
}

/** Threads, invites and composes one outbound message inside the request's transaction. */
export async function composeOutbound(
  tx: Queryable,
  req: SendRequest,
  sender: Sender,
  ids: { message_id: string; internet_message_id: string },
  at: number,
  domain: string,
): Promise<Composed> {
  const to = req.to.map(cleanAddress);
  const subject = cleanLine(req.subject);
  const content: MessageContent = {
    from: sender.address,
    to,
    subject,
    text: cleanText(req.text),
    ...(req.html !== undefined ? { html: cleanText(req.html) } : {}),
    internet_message_id: ids.internet_message_id,
    references: [],
    attachments: [],
  };

  if (req.in_reply_to) {
    const parent = await tx.get<{ body: string }>(
      `SELECT body FROM messages WHERE agent_id = ? AND internet_message_id = ? ORDER BY created_at LIMIT 1`,
      [sender.agent_id, req.in_reply_to],
    );
    const earlier = parent ? (JSON.parse(parent.body) as MessageContent).references : [];
    content.in_reply_to = req.in_reply_to;
    content.references = [...earlier.filter((r) => r !== req.in_reply_to), req.in_reply_to].slice(-MAX_REFERENCES);
  }

  let ical: { method: string; filename: string; content: string } | undefined;
  if (req.booking_id) {
    const row = await tx.get<{ body: string }>(`SELECT body FROM bookings WHERE booking_id = ? AND workspace_id = ?`, [
      req.booking_id,
      sender.workspace_id,
    ]);
    if (!row) throw new Error(`booking ${req.booking_id} vanished`);
    const invite = await inviteFor(tx, JSON.parse(row.body) as BookingView, sender, { ...req, to }, at, domain);
    content.booking_id = req.booking_id;
    content.calendar = invite.calendar;
    ical = { method: invite.calendar.method, filename: "invite.ics", content: invite.ics };
    content.attachments = [{ filename: "invite.ics", content_type: "application/ics", size: Buffer.byteLength(invite.ics) }];
  }

  const raw = await new MailComposer({
    from: { name: sender.name, address: sender.address },
    to,
    subject,
    text: content.text,
    ...(content.html !== undefined ? { html: content.html } : {}),
    messageId: ids.internet_message_id,
    date: new Date(at),
    ...(content.in_reply_to ? { inReplyTo: content.in_reply_to, references: content.references } : {}),
    ...(ical ? { icalEvent: ical } : {}),
    disableFileAccess: true,
    disableUrlAccess: true,
  })
    .compile()
    .build();
  return { content, headers: headerFields(raw), raw, envelope: { from: sender.address, to } };
}

export interface OutboxOptions {
  /** Relay URL; undefined disables sending. */
  relay?: string;
  maxAttempts: number;
  retryDelayMs: number;
}

/** A claimed attempt is the sender's for this long; after that (a crash) another sender may retry it. */
const LEASE_MS = 2 * 60 * 1000;
const MAX_DELAY_MS = 60 * 60 * 1000;
const BATCH = 20;

interface Due {
  message_id: string;
  workspace_id: string;
  internet_message_id: string;
  envelope: string;
  request_id: string;
  attempts: number;
  next_attempt_at: number;
}

function reasonOf(error: unknown): string {
  const e = error as { message?: string; responseCode?: number; code?: string };
  return cleanLine(e.message ?? String(error), 500) || (e.code ?? "delivery failed");
}

/** 5xx SMTP replies are permanent (RFC 5321 §4.2.1); connection failures and 4xx are worth a retry. */
function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

export class Outbox {
  private readonly services: Services;
  private readonly options: OutboxOptions;
  private readonly log: Logger;
  private transport: Mail | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;

  constructor(services: Services, options: OutboxOptions, log: Logger) {
    this.services = services;
    this.options = options;
    this.log = log;
  }

  get enabled(): boolean {
    return this.options.relay !== undefined;
  }

  start(): void {
    if (!this.options.relay || this.transport) return;
    this.transport = nodemailer.createTransport({
      url: this.options.relay,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
      disableFileAccess: true,
      disableUrlAccess: true,
    });
    const pollMs = Math.min(1000, Math.max(50, this.options.retryDelayMs));
    this.timer = setInterval(() => this.kick(), pollMs).unref();
    this.kick();
  }

  /** Looks for due messages now (after a send was queued). */
  kick(): void {
    if (!this.transport) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((error: unknown) => this.log.warn({ err: error }, "outbox pass failed; the next one retries"))
      .finally(() => {
        this.running = undefined;
        if (this.again && this.transport) {
          this.again = false;
          this.kick();
        }
      });
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    const transport = this.transport;
    this.transport = undefined;
    // An attempt in flight finishes (bounded by the transport's timeouts) or is retried after its lease.
    if (this.running) await Promise.race([this.running, new Promise((r) => setTimeout(r, 5_000).unref())]);
    transport?.close();
  }

  private async drain(): Promise<void> {
    for (;;) {
      const now = this.services.now();
      const due = await this.services.db.all<Due>(
        `SELECT message_id, workspace_id, internet_message_id, envelope, request_id, attempts, next_attempt_at
           FROM messages WHERE status = 'queued' AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?`,
        [now, BATCH],
      );
      for (const message of due) {
        const transport = this.transport;
        if (!transport) return; // closing
        await this.attempt(message, transport);
      }
      if (due.length < BATCH) return;
    }
  }

  private async attempt(m: Due, transport: Mail): Promise<void> {
    const { db, ledgers } = this.services;
    const claimed = await db.transaction((tx) =>
      tx.run(`UPDATE messages SET next_attempt_at = ? WHERE message_id = ? AND status = 'queued' AND next_attempt_at = ?`, [
        this.services.now() + LEASE_MS,
        m.message_id,
        m.next_attempt_at,
      ]),
    );
    if (claimed.changes !== 1) return; // another sender (replica) has it
    const raw = (await db.get<{ raw: Uint8Array }>(`SELECT raw FROM messages WHERE message_id = ?`, [m.message_id]))!.raw;
    const envelope = JSON.parse(m.envelope) as { from: string; to: string[] };
    const attempts = Number(m.attempts) + 1;
    const ctx = {
      workspace_id: m.workspace_id,
      request_id: m.request_id,
      method: "SMTP",
      path: "mailbox.deliver",
      actor: { type: "system" as const },
    };

    let info: { accepted?: unknown[]; rejected?: unknown[]; response?: string };
    try {
      info = await transport.sendMail({ envelope, raw: Buffer.from(raw) });
    } catch (error) {
      const reason = reasonOf(error);
      if (!isPermanent(error) && attempts < this.options.maxAttempts) {
        const delay = Math.min(this.options.retryDelayMs * 2 ** (attempts - 1), MAX_DELAY_MS);
        await db.transaction((tx) =>
          tx.run(`UPDATE messages SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE message_id = ? AND status = 'queued'`, [
            attempts,
            this.services.now() + delay,
            reason,
            m.message_id,
          ]),
        );
        this.log.info({ message_id: m.message_id, attempts, retry_in_ms: delay, reason }, "mail delivery failed; will retry");
        return;
      }
      const failure = attempts > 1 ? `${reason} (after ${attempts} attempts)` : reason;
      await ledgers.execute(
        ctx.workspace_id,
        (seq, at) => ({
          command: {
            type: "audit.note",
            seq,
            at,
            action: "mailbox.failed",
            resource: m.message_id,
            outcome: { internet_message_id: m.internet_message_id, to: envelope.to, attempts, failure_reason: failure },
          },
          ctx,
        }),
        async (tx, done) => {
          await tx.run(
            `UPDATE messages SET status = 'failed', failure_reason = ?, last_error = ?, attempts = ?, next_attempt_at = NULL, audit_event_id = ?
              WHERE message_id = ?`,
            [failure, reason, attempts, done.audit[0]!.event_id, m.message_id],
          );
        },
      );
      this.log.warn({ message_id: m.message_id, attempts, reason }, "mail delivery failed");
      return;
    }

    const addresses = (list: unknown[] | undefined) =>
      (list ?? []).map((a) => cleanLine(typeof a === "string" ? a : String((a as { address?: string }).address ?? ""), 320));
    try {
      await ledgers.execute(
        ctx.workspace_id,
        (seq, at) => ({
          command: {
            type: "audit.note",
            seq,
            at,
            action: "mailbox.sent",
            resource: m.message_id,
            outcome: {
              internet_message_id: m.internet_message_id,
              to: envelope.to,
              accepted: addresses(info.accepted),
              rejected: addresses(info.rejected),
              response: cleanLine(info.response ?? "", 200),
              attempts,
            },
          },
          ctx,
        }),
        async (tx, done) => {
          await tx.run(
            `UPDATE messages SET status = 'sent', attempts = ?, next_attempt_at = NULL, last_error = NULL, sent_at = ?, audit_event_id = ?
              WHERE message_id = ?`,
            [attempts, done.logged.command.at, done.audit[0]!.event_id, m.message_id],
          );
        },
      );
    } catch (error) {
      // The relay has it, the store does not know: after the lease it is sent again (same Message-ID).
      this.log.error({ err: error, message_id: m.message_id }, "mail sent but its status could not be stored");
    }
  }
}
