// What a route handler receives and returns.
import type { Context } from "hono";
import type { CommandContext } from "../shell/logged-command.ts";
import type { IdempotencyClaim } from "./idempotency.ts";

export interface AuthedAgent {
  agent_id: string;
  workspace_id: string;
  calendar_id: string;
  name: string;
  scopes: string[];
  user_id: string;
  /** The workspace's mailbox handle (its agents' addresses are `<name>.<handle>@<domain>`). */
  mail_handle: string;
}

export interface AuthedUser {
  user_id: string;
  email: string;
  workspace_id: string;
  /** The workspace's mailbox handle. */
  mail_handle: string;
}

export interface Input {
  requestId: string;
  path: Record<string, string>;
  query: Record<string, unknown>;
  headers: Record<string, string>;
  body: unknown;
  agent?: AuthedAgent;
  user?: AuthedUser;
  /** The request's Idempotency-Key claim (agent POSTs that send one): its response is stored under it. */
  idempotency?: IdempotencyClaim;
  /** Context for commands this request issues. */
  commandContext(workspaceId: string): CommandContext;
  hono: Context;
}

export interface Output {
  status: number;
  body?: unknown;
  /** A body that is not JSON (e.g. an ICS feed): sent as is, with its Content-Type in `headers`. */
  text?: string;
  headers?: Record<string, string>;
}

export type Handler = (input: Input) => Promise<Output>;

/** The caller's workspace: the agent's, or the signed-in owner's. */
export function workspaceOf(input: Input): string {
  const caller = input.agent ?? input.user;
  if (!caller) throw new Error("the operation has no authenticated caller");
  return caller.workspace_id;
}
