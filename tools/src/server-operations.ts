// Renders the server's per-operation types: for each operationId, what its handler receives once the
// request passed the generated JSON-Schema validation (path and query parameters — coerced, defaults
// applied —, the body, the caller) and what it may answer (each success status with its body, and
// the problem statuses the spec declares). `packages/server/src/http/context.ts` turns this table
// into the `Handlers` type the route factories implement, so the compiler checks every handler
// against the spec. The component types come from openapi-typescript (`./openapi.ts`).
import {
  httpMethods,
  refName,
  resolveParameter,
  type OpenApiDocument,
  type OperationObject,
  type ParameterObject,
  type SchemaObject,
} from "./openapi.ts";

/** Who an operation's handler is called for, by the operation's security scheme. */
const CALLERS: Record<string, string> = { BearerAuth: "agent", OwnerSession: "user", ApiKeyAuth: "inbound" };

/** A TypeScript type for a schema: component refs by name, literals and simple types inline. */
function schemaType(schema: SchemaObject | undefined, where: string): string {
  if (!schema) return "unknown";
  if (schema.$ref) return `Schemas["${refName(schema.$ref)}"]`;
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (schema.allOf?.length === 1) return schemaType(schema.allOf[0], where);
  switch (schema.type) {
    case "string":
      return "string";
    case "integer":
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "array":
      return `${wrap(schemaType(schema.items, where))}[]`;
  }
  throw new Error(`${where}: no TypeScript type for schema ${JSON.stringify(schema)}; give it a component`);
}

const wrap = (type: string) => (type.includes(" ") ? `(${type})` : type);
const key = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));

/** One parameter location as an object type; a parameter with a default is always present after validation. */
function paramsType(params: ParameterObject[], where: string): string {
  if (params.length === 0) return "NoParams";
  const fields = params.map((p) => {
    const present = p.required || p.schema?.default !== undefined;
    return `${key(p.in === "header" ? p.name.toLowerCase() : p.name)}${present ? "" : "?"}: ${schemaType(p.schema, `${where} ${p.name}`)}`;
  });
  return `{ ${fields.join("; ")} }`;
}

function contentSchema(content: Record<string, { schema?: SchemaObject }> | undefined): SchemaObject | undefined {
  const entry = Object.values(content ?? {})[0];
  return entry ? (entry.schema ?? {}) : undefined;
}

function operationEntry(method: string, path: string, op: OperationObject, doc: OpenApiDocument): string {
  const id = op.operationId!;
  const where = `${method.toUpperCase()} ${path} (${id})`;
  const params = (op.parameters ?? []).map((p) => resolveParameter(doc, p));
  const at = (location: ParameterObject["in"]) => params.filter((p) => p.in === location);
  // Any one of the operation's security schemes admits the request: its caller is one of theirs.
  const schemes = (op.security ?? []).flatMap((s) => Object.keys(s));
  const callers = schemes.length === 0 ? ["public"] : [...new Set(schemes.map((scheme) => CALLERS[scheme]))];
  if (callers.includes(undefined)) throw new Error(`${where}: unknown security scheme in ${schemes.join(", ")}`);
  const caller = callers.map((c) => `"${c}"`).join(" | ");

  let body = "undefined";
  if (op.requestBody) {
    const type = schemaType(contentSchema(op.requestBody.content), `${where} body`);
    body = op.requestBody.required ? type : `${type} | undefined`;
  }
  const ok: string[] = [];
  const problems: string[] = [];
  for (const [status, response] of Object.entries(op.responses)) {
    if (Number(status) >= 400) problems.push(status);
    else {
      const schema = contentSchema(response.content);
      const type = Object.keys(response.content ?? {})[0] ?? "";
      const rendered = schema ? schemaType(schema, `${where} ${status}`) : "undefined";
      ok.push(`${status}: ${schema && !/json/i.test(type) ? `NotJson<${rendered}>` : rendered}`);
    }
  }
  return `  /** ${method.toUpperCase()} ${path} */
  ${id}: {
    caller: ${caller};
    path: ${paramsType(at("path"), where)};
    query: ${paramsType(at("query"), where)};
    body: ${body};
    responses: { ${ok.join("; ")} };
    problems: ${problems.length > 0 ? problems.join(" | ") : "never"};
  };`;
}

export function renderServerOperations(doc: OpenApiDocument): string {
  const entries: string[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of httpMethods) {
      const op = item[method];
      if (!op) continue;
      if (!op.operationId) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
      entries.push(operationEntry(method, path, op, doc));
    }
  }
  return `// generated — do not edit. Source: spec/ (run \`pnpm generate\`).
// What each operation's handler receives once the request passed validation (parameters coerced to
// their types, defaults applied) and what it may answer. src/http/context.ts derives \`Handlers\` from it.
import type { components } from "./openapi.ts";

export type Schemas = components["schemas"];

/** An operation without parameters in that location (reading one is a type error). */
export type NoParams = { [name in never]: never };

/** A success body that is not JSON (an ICS feed): the handler answers it as \`text\`. */
export interface NotJson<T> {
  readonly __notJson: T;
}

/** Who the handler runs for: an agent (API key), an owner (session), the inbound-mail provider, anyone. */
export type Caller = "agent" | "user" | "inbound" | "public";

/**
 * Per operation: \`caller\`, \`path\` and \`query\` parameters, \`body\`, \`responses\` (success status → body,
 * \`undefined\` for none) and \`problems\` (the problem statuses it declares).
 */
export interface Operations {
${entries.join("\n")}
}

export type OperationId = keyof Operations;
`;
}
