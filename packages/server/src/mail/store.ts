// Rows of the `messages` table and their wire form (spec `Message`).

import type { components } from "../generated/openapi.ts";
import { iso } from "../shell/audit-trail.ts";
import type { Queryable } from "../store/db.ts";
import { VIEW_COLUMNS, type Direction, type MessageRow, type MessageStatus } from "../store/messages.ts";

type Schemas = components["schemas"];
export type Message = Schemas["Message"];
export type AttachmentInfo = Schemas["AttachmentInfo"];

/** What the `body` column holds: the message as the API shows it (spec `Message`), less the columns kept apart. */
export type MessageContent = Omit<Message, "message_id" | "direction" | "status" | "failure_reason" | "audit_event_id" | "created_at">;

export function messageView(row: MessageRow): Message {
  const content = JSON.parse(row.body) as MessageContent;
  return {
    message_id: row.message_id,
    direction: row.direction,
    status: row.status,
    ...(row.failure_reason ? { failure_reason: row.failure_reason } : {}),
    ...content,
    audit_event_id: row.audit_event_id,
    created_at: iso(Number(row.created_at)),
  };
}

export interface NewMessage {
  message_id: string;
  workspace_id: string;
  agent_id: string;
  direction: Direction;
  status: MessageStatus;
  content: MessageContent;
  /** Header fields as received or sent, in order: [name, value]. */
  headers: [string, string][];
  raw: Uint8Array;
  envelope: { from: string; to: string[] };
  request_id: string;
  audit_event_id: string;
  /** For queued messages: when the first delivery attempt is due. */
  next_attempt_at?: number;
  created_at: number;
}

export async function insertMessage(tx: Queryable, m: NewMessage): Promise<MessageRow> {
  const row: MessageRow = {
    message_id: m.message_id,
    workspace_id: m.workspace_id,
    agent_id: m.agent_id,
    direction: m.direction,
    status: m.status,
    internet_message_id: m.content.internet_message_id,
    booking_id: m.content.booking_id ?? null,
    body: JSON.stringify(m.content),
    audit_event_id: m.audit_event_id,
    failure_reason: null,
    created_at: m.created_at,
  };
  await tx.run(
    `INSERT INTO messages (message_id, workspace_id, agent_id, direction, status, internet_message_id, booking_id, body,
       headers, raw, envelope, request_id, audit_event_id, failure_reason, attempts, next_attempt_at, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 0, ?, ?)`,
    [
      row.message_id,
      row.workspace_id,
      row.agent_id,
      row.direction,
      row.status,
      row.internet_message_id,
      row.booking_id,
      row.body,
      JSON.stringify(m.headers),
      m.raw,
      JSON.stringify(m.envelope),
      m.request_id,
      row.audit_event_id,
      m.next_attempt_at ?? null,
      row.created_at,
    ],
  );
  return row;
}

/** The stored copy of `internetMessageId` in one mailbox and direction, if any. */
export async function findByInternetId(q: Queryable, agentId: string, direction: Direction, internetMessageId: string) {
  return q.get<MessageRow>(`SELECT ${VIEW_COLUMNS} FROM messages WHERE agent_id = ? AND direction = ? AND internet_message_id = ?`, [
    agentId,
    direction,
    internetMessageId,
  ]);
}
