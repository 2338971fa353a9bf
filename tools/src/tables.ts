// Per-operation tables that other packages used to keep by hand: the server's operation → scope
// table, its CORS list (the agent API's paths) and the isolation matrix's access table, and the
// conformance runner's operationId → method/path/credentials table. All from `x-agentdraft-scope`
// and the operations' security of spec/openapi.yaml.
import type { Surface } from "./sdk-surface.ts";

const HEADER = "// generated — do not edit. Source: spec/ (run `pnpm generate`).";

/** `/v1/bookings/{booking_id}` → `/v1/bookings/:booking_id` (Hono). */
const honoPath = (p: string) => p.replace(/\{(\w+)\}/g, ":$1");

/** `packages/server/src/generated/tables.ts`. */
export function renderServerTables(surface: Surface): string {
  const agentOps = surface.operations.filter((o) => o.auth === "agent");
  const scoped = agentOps.filter((o) => o.scope !== undefined);
  const corsPaths = [...new Set(agentOps.map((o) => honoPath(o.path)))].sort();
  return [
    HEADER,
    "// The server's per-operation tables, from each operation's `x-agentdraft-scope` and security.",
    "",
    "/** Scope an agent's key needs per operation; agent operations not listed need none. */",
    "export const operationScopes: Readonly<Record<string, string | undefined>> = {",
    ...scoped.map((o) => `  ${o.operationId}: ${JSON.stringify(o.scope)},`),
    "};",
    "",
    "/** Paths of the agent (bearer-key) API, Hono syntax: the browser may call them from any origin. */",
    "export const agentCorsPaths: readonly string[] = [",
    ...corsPaths.map((p) => `  ${JSON.stringify(p)},`),
    "];",
    "",
    "/** Who may call each operation (the isolation matrix's inputs): credentials and scope. */",
    'export const operationAccess: Readonly<Record<string, { auth: "agent" | "owner" | "none"; scope?: string }>> = {',
    ...surface.operations.map((o) => `  ${o.operationId}: { auth: "${o.auth}"${o.scope ? `, scope: ${JSON.stringify(o.scope)}` : ""} },`),
    "};",
    "",
  ].join("\n");
}

/** `conformance/src/generated/operations.ts`. */
export function renderConformanceOperations(surface: Surface): string {
  const ops = [...surface.operations].sort((a, b) => a.path.localeCompare(b.path) || a.operationId.localeCompare(b.operationId));
  return [
    HEADER,
    "// The protocol's operations by operationId: how a scenario step naming an `operation` becomes",
    "// an HTTP request, and which credentials it carries.",
    'import type { Operation } from "../operations.ts";',
    "",
    "export const OPERATIONS: Readonly<Record<string, Operation>> = {",
    ...ops.map((o) => `  ${o.operationId}: { method: "${o.method}", path: ${JSON.stringify(o.path)}, auth: "${o.auth}" },`),
    "};",
    "",
  ].join("\n");
}
