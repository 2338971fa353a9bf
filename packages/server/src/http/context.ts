// What a route handler receives and returns. The per-operation types (`InputOf`, `OutputOf`,
// `Handlers`) are derived from the spec's generated operation table (generated/operations.ts): each
// `*Handlers(services)` factory in routes/ returns a `Pick<Handlers, …>`, so the compiler checks every
// handler's parameters, body and answers against spec/openapi.yaml. At run time the same spec's JSON
// Schemas (validation.ts) make a request an `InputOf<Op>` before the handler sees it.
import type { Context } from "hono";
import type { NotJson, OperationId, Operations, Schemas } from "../generated/operations.ts";
import type { CommandContext } from "../shell/logged-command.ts";
import type { IdempotencyClaim } from "./idempotency.ts";
import type { ProblemBody } from "./problems.ts";

export interface AuthedAgent {
  agent_id: string;
  workspace_id: string;
  calendar_id: string;
  name: string;
  scopes: Schemas["Scope"][];
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

/** A request as the HTTP layer builds it, before any one operation's types apply. */
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

/** Any answer (what the HTTP layer sends and idempotency stores). */
export interface Output {
  status: number;
  body?: unknown;
  /** A body that is not JSON (e.g. an ICS feed): sent as is, with its Content-Type in `headers`. */
  text?: string;
  headers?: Record<string, string>;
}

type CallerOf<C> = C extends "agent"
  ? { agent: AuthedAgent; user?: undefined }
  : C extends "user"
    ? { user: AuthedUser; agent?: undefined }
    : { agent?: undefined; user?: undefined };

/** What the handler of `Op` receives: parameters and body as validated against the spec, and its caller. */
export type InputOf<Op extends OperationId> = Omit<Input, "path" | "query" | "body" | "agent" | "user"> & {
  path: Operations[Op]["path"];
  query: Operations[Op]["query"];
  body: Operations[Op]["body"];
} & CallerOf<Operations[Op]["caller"]>;

type Responses<Op extends OperationId> = Operations[Op]["responses"];

/** A success answer of `Op`: one of its 2xx statuses with that status's body (none where the spec has none). */
export type SuccessOf<Op extends OperationId> = Op extends OperationId
  ? {
      [S in keyof Responses<Op>]: Responses<Op>[S] extends undefined
        ? { status: S; body?: undefined; headers?: Record<string, string> }
        : Responses<Op>[S] extends NotJson<infer T>
          ? { status: S; text: T; headers: Record<string, string> }
          : { status: S; body: Responses<Op>[S]; headers?: Record<string, string> };
    }[keyof Responses<Op>]
  : never;

/** A problem answer: a status of the catalog with a problem body. */
export interface ProblemOutput<Status extends number = number> {
  status: Status;
  body: ProblemBody;
  headers?: Record<string, string>;
}

/** A problem answer of `Op`: a status the operation declares, with a catalog problem body. */
export type ProblemOf<Op extends OperationId> = ProblemOutput<Operations[Op]["problems"]>;

export type OutputOf<Op extends OperationId> = SuccessOf<Op> | ProblemOf<Op>;

export type Handler<Op extends OperationId> = (input: InputOf<Op>) => Promise<OutputOf<Op>>;

/** One handler per operation of the spec. */
export type Handlers = { [Op in OperationId]: Handler<Op> };

/** A handler with the operation's types erased: how the HTTP layer calls it (after validation). */
export type AnyHandler = (input: Input) => Promise<Output>;

/** The handler of `operationId`, typed as the HTTP layer calls it. */
export function handlerOf(handlers: Partial<Handlers>, operationId: string): AnyHandler | undefined {
  // The one place the per-operation types meet the runtime: the request was validated against the
  // operation's schemas (path, query, body) and authenticated for its security scheme before the call.
  return handlers[operationId as OperationId] as AnyHandler | undefined;
}

/**
 * `handler` (of `Op`) also serving `Alias`: an operation the spec declares with the same parameters and
 * answers for another caller (the owner's reads of what agents read). The handler reads the caller's
 * workspace through `workspaceOf`, so it serves either caller alike.
 */
export function servedBy<Alias extends OperationId, Op extends OperationId = OperationId>(handler: Handler<Op>): Handler<Alias> {
  return handler as unknown as Handler<Alias>;
}

/** The caller's workspace: the agent's, or the signed-in owner's. */
export function workspaceOf(input: { agent?: AuthedAgent | undefined; user?: AuthedUser | undefined }): string {
  const caller = input.agent ?? input.user;
  if (!caller) throw new Error("the operation has no authenticated caller");
  return caller.workspace_id;
}
