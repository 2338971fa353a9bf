// The protocol's operations by operationId (spec/openapi.yaml): how a scenario step that names an
// `operation` becomes an HTTP request, and which credentials it carries.
export type AuthKind = "agent" | "owner" | "none";

export interface Operation {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Path template with `{param}` placeholders. */
  path: string;
  /** Credentials the spec asks for: an agent's Bearer key, the owner's session cookie, or none. */
  auth: AuthKind;
}

// The table itself is generated from spec/openapi.yaml (tools/src/tables.ts).
import { OPERATIONS } from "./generated/operations.ts";
import { SURFACE_OPERATIONS } from "./surfaces.ts";

export { OPERATIONS };

export function operation(id: string): Operation {
  const op = OPERATIONS[id] ?? SURFACE_OPERATIONS[id];
  if (!op) throw new Error(`unknown operation ${JSON.stringify(id)}`);
  return op;
}
