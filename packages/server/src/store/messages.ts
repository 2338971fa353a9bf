// Reads of the `messages` table for the mailbox API (the mail package writes it: mail/store.ts).
import type { Queryable } from "./db.ts";

export type Direction = "inbound" | "outbound";
export type MessageStatus = "received" | "queued" | "sent" | "failed";

export interface MessageRow {
  message_id: string;
  workspace_id: string;
  agent_id: string;
  direction: Direction;
  status: MessageStatus;
  internet_message_id: string;
  booking_id: string | null;
  body: string;
  audit_event_id: string;
  failure_reason: string | null;
  created_at: number;
}

/** The columns a view needs (never `raw`: it may be megabytes). */
export const VIEW_COLUMNS =
  "message_id, workspace_id, agent_id, direction, status, internet_message_id, booking_id, body, audit_event_id, failure_reason, created_at";

/** One page of an agent's messages, newest first, before the keyset cursor `before` (created_at, message_id). */
export async function listMessages(
  q: Queryable,
  agentId: string,
  f: { direction?: "inbound" | "outbound"; before?: [number, string]; limit: number },
): Promise<MessageRow[]> {
  const where = ["agent_id = ?"];
  const params: (string | number)[] = [agentId];
  if (f.direction) {
    where.push("direction = ?");
    params.push(f.direction);
  }
  if (f.before) {
    const [createdAt, id] = f.before;
    where.push("(created_at < ? OR (created_at = ? AND message_id < ?))");
    params.push(createdAt, createdAt, id);
  }
  return q.all<MessageRow>(
    `SELECT ${VIEW_COLUMNS} FROM messages WHERE ${where.join(" AND ")} ORDER BY created_at DESC, message_id DESC LIMIT ?`,
    [...params, f.limit],
  );
}

export async function messageOf(q: Queryable, agentId: string, messageId: string): Promise<MessageRow | undefined> {
  return q.get<MessageRow>(`SELECT ${VIEW_COLUMNS} FROM messages WHERE message_id = ? AND agent_id = ?`, [messageId, agentId]);
}
