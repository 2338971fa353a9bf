// Reads of the `messages` table for the mailbox API (the mail package writes it: mail/store.ts).
import { VIEW_COLUMNS, type MessageRow } from "../mail/store.ts";
import type { Queryable } from "./db.ts";

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
