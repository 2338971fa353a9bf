// The `agents` table: each workspace's agents, their scopes and the hash of their current key.
import type { Queryable } from "./db.ts";

export interface AgentRow {
  agent_id: string;
  workspace_id: string;
  calendar_id: string;
  name: string;
  scopes: string;
  revoked: number;
  created_at: number;
}

/** An agent by the hash of its key, with its workspace's owner (every agent request starts here). */
export interface AgentByKey {
  agent_id: string;
  workspace_id: string;
  calendar_id: string;
  name: string;
  scopes: string;
  revoked: number;
  key_hash: string;
  user_id: string;
  mail_handle: string;
}

export async function agentByKeyHash(q: Queryable, keyHash: string): Promise<AgentByKey | undefined> {
  return q.get<AgentByKey>(
    `SELECT a.agent_id, a.workspace_id, a.calendar_id, a.name, a.scopes, a.revoked, a.key_hash, w.user_id, w.mail_handle
       FROM agents a JOIN workspaces w ON w.workspace_id = a.workspace_id WHERE a.key_hash = ?`,
    [keyHash],
  );
}

/** The live agent a mailbox names: its workspace's handle and its name, case-insensitive. */
export async function mailboxAgent(
  q: Queryable,
  mailHandle: string,
  name: string,
): Promise<{ agent_id: string; workspace_id: string; name: string } | undefined> {
  return q.get(
    `SELECT a.agent_id, a.workspace_id, a.name FROM agents a JOIN workspaces w ON w.workspace_id = a.workspace_id
      WHERE w.mail_handle = ? AND lower(a.name) = ? AND a.revoked = 0`,
    [mailHandle, name],
  );
}

/** The columns of an AgentRow, named (a prepared `SELECT *` would break when a migration adds one). */
const AGENT_COLUMNS = "agent_id, workspace_id, calendar_id, name, scopes, revoked, created_at";

export async function agentOf(q: Queryable, workspaceId: string, agentId: string): Promise<AgentRow | undefined> {
  return q.get<AgentRow>(`SELECT ${AGENT_COLUMNS} FROM agents WHERE agent_id = ? AND workspace_id = ?`, [agentId, workspaceId]);
}

export async function agentsOf(q: Queryable, workspaceId: string): Promise<AgentRow[]> {
  return q.all<AgentRow>(`SELECT ${AGENT_COLUMNS} FROM agents WHERE workspace_id = ? ORDER BY created_at, agent_id`, [workspaceId]);
}

/** Agent names are unique per workspace, whatever their case. */
export async function agentNameTaken(q: Queryable, workspaceId: string, name: string): Promise<boolean> {
  return (await q.get(`SELECT 1 FROM agents WHERE workspace_id = ? AND lower(name) = lower(?)`, [workspaceId, name])) !== undefined;
}

export async function insertAgent(
  tx: Queryable,
  a: {
    agent_id: string;
    workspace_id: string;
    calendar_id: string;
    name: string;
    scopes: string[];
    key_hash: string;
    created_at: number;
  },
): Promise<void> {
  await tx.run(
    `INSERT INTO agents (agent_id, workspace_id, calendar_id, name, scopes, key_hash, revoked, created_at)
     VALUES (?, ?, ?, ?, ?, ?, 0, ?)`,
    [a.agent_id, a.workspace_id, a.calendar_id, a.name, JSON.stringify(a.scopes), a.key_hash, a.created_at],
  );
}

/** An agent's scopes (its priority is engine state: `agent.upsert` commands). */
export async function updateAgentGrants(tx: Queryable, workspaceId: string, agentId: string, scopes: string[]): Promise<void> {
  await tx.run(`UPDATE agents SET scopes = ? WHERE agent_id = ? AND workspace_id = ?`, [JSON.stringify(scopes), agentId, workspaceId]);
}

export async function revokeAgentRow(tx: Queryable, workspaceId: string, agentId: string): Promise<void> {
  await tx.run(`UPDATE agents SET revoked = 1 WHERE agent_id = ? AND workspace_id = ?`, [agentId, workspaceId]);
}

export async function setAgentKeyHash(tx: Queryable, workspaceId: string, agentId: string, keyHash: string): Promise<void> {
  await tx.run(`UPDATE agents SET key_hash = ? WHERE agent_id = ? AND workspace_id = ?`, [keyHash, agentId, workspaceId]);
}
