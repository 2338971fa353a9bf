// Renders what the reference server needs to validate requests and responses: the component schemas
// as one JSON Schema document (`$defs`), and a table of operations with their parameter, body and
// response schemas. The server compiles these with Ajv; nothing about the API is written twice.
import { httpMethods, refName, resolveParameter, type OpenApiDocument, type OperationObject, type SchemaObject } from "./openapi.ts";

export interface OperationSpec {
  operationId: string;
  method: string;
  /** OpenAPI path template, e.g. `/v1/bookings/{booking_id}`. */
  path: string;
  /** Security scheme names; empty for public operations. */
  security: string[];
  /** One object schema per parameter location. */
  params: { path?: object; query?: object; header?: object };
  body?: { required: boolean; contentType: string; schema: object };
  responses: Record<string, { contentType?: string; schema?: object }>;
}

/** Formats the server's validator checks; the rest (int32, int64 …) are documentation only. */
const KEPT_FORMATS = new Set(["date-time", "uri", "email"]);

/** The two schema documents: responses as the spec says, requests strict at every depth. */
const RESPONSE_DOC = "agentdraft";
const REQUEST_DOC = "agentdraft-request";

/**
 * OpenAPI 3.0 schema → JSON Schema (draft 2020-12 subset Ajv understands). Component refs point
 * into the `$defs` of the document `refBase` (relative inside it when `refBase` is empty).
 *
 * With `strict`, every object that lists its properties and says nothing about others refuses
 * unknown ones (`additionalProperties: false`), nested objects included: a request field that the
 * spec does not name — `__proto__` among them — is a 400, never data the server half-reads
 * (docs/security.md). Free-form maps (`additionalProperties` given) stay open. The spec composes
 * no object from `allOf` parts, so closing each object on its own is exact.
 */
export function toJsonSchema(schema: SchemaObject, refBase = RESPONSE_DOC, strict = false): object {
  const out: Record<string, unknown> = {};
  const sub = (s: SchemaObject) => toJsonSchema(s, refBase, strict);
  for (const [key, value] of Object.entries(schema)) {
    if (key === "example" || key === "discriminator" || key === "nullable" || key.startsWith("x-")) continue;
    if (key === "$ref") out.$ref = `${refBase}#/$defs/${refName(value as string)}`;
    else if (key === "format") {
      if (KEPT_FORMATS.has(value as string)) out.format = value;
    } else if (key === "properties") {
      out.properties = Object.fromEntries(Object.entries(value as Record<string, SchemaObject>).map(([k, v]) => [k, sub(v)]));
    } else if (key === "items" || (key === "additionalProperties" && typeof value === "object")) {
      out[key] = sub(value as SchemaObject);
    } else if (key === "allOf" || key === "anyOf" || key === "oneOf") {
      out[key] = (value as SchemaObject[]).map(sub);
    } else out[key] = value;
  }
  if (strict && schema.properties && schema.additionalProperties === undefined) out.additionalProperties = false;
  // A `$ref` with siblings (description, default) must stay a ref: JSON Schema 2020-12 allows it.
  if (schema.nullable) return { anyOf: [out, { type: "null" }] };
  return out;
}

function parameterSchemas(doc: OpenApiDocument, op: OperationObject): OperationSpec["params"] {
  const params: OperationSpec["params"] = {};
  for (const raw of op.parameters ?? []) {
    const p = resolveParameter(doc, raw);
    if (p.in === "cookie") continue;
    const name = p.in === "header" ? p.name.toLowerCase() : p.name;
    params[p.in] ??= { type: "object", properties: {}, required: [] };
    const target = params[p.in] as {
      properties: Record<string, object>;
      required: string[];
    };
    target.properties[name] = toJsonSchema(p.schema ?? {}, REQUEST_DOC, true);
    if (p.required) target.required.push(name);
  }
  return params;
}

function operationSpec(doc: OpenApiDocument, method: string, path: string, op: OperationObject): OperationSpec {
  if (!op.operationId) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
  const spec: OperationSpec = {
    operationId: op.operationId,
    method,
    path,
    security: (op.security ?? []).flatMap((s) => Object.keys(s)),
    params: parameterSchemas(doc, op),
    responses: {},
  };
  const content = op.requestBody?.content;
  if (content) {
    const [contentType, media] = Object.entries(content)[0]!;
    spec.body = { required: op.requestBody?.required ?? false, contentType, schema: toJsonSchema(media.schema ?? {}, REQUEST_DOC, true) };
  }
  for (const [status, response] of Object.entries(op.responses)) {
    const entry = Object.entries(response.content ?? {})[0];
    spec.responses[status] = entry ? { contentType: entry[0], schema: toJsonSchema(entry[1].schema ?? {}) } : {};
  }
  return spec;
}

export function buildServerApi(doc: OpenApiDocument): { schemas: object; requestSchemas: object; operations: OperationSpec[] } {
  const components = Object.entries(doc.components?.schemas ?? {});
  const defs = (strict: boolean) => Object.fromEntries(components.map(([name, s]) => [name, toJsonSchema(s, "", strict)]));
  const operations: OperationSpec[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of httpMethods) {
      const op = item[method];
      if (op) operations.push(operationSpec(doc, method, path, op));
    }
  }
  return {
    schemas: { $id: RESPONSE_DOC, $defs: defs(false) },
    requestSchemas: { $id: REQUEST_DOC, $defs: defs(true) },
    operations,
  };
}

export function renderServerApi(doc: OpenApiDocument): string {
  const { schemas, requestSchemas, operations } = buildServerApi(doc);
  return `// generated — do not edit. Source: spec/ (run \`pnpm generate\`).

export interface OperationSpec {
  operationId: string;
  method: "get" | "put" | "post" | "delete" | "patch";
  /** OpenAPI path template, e.g. \`/v1/bookings/{booking_id}\`. */
  path: string;
  /** Security scheme names; empty for public operations. */
  security: string[];
  /** One object schema per parameter location (header names lower-cased). */
  params: { path?: object; query?: object; header?: object };
  body?: { required: boolean; contentType: string; schema: object };
  responses: Record<string, { contentType?: string; schema?: object }>;
}

/** Component schemas of the API as one JSON Schema document; refs are \`#/$defs/<Name>\`. */
export const schemaDocument = ${JSON.stringify(schemas, null, 2)} as const;

/** The same schemas for requests: every object with listed properties refuses unknown ones. */
export const requestSchemaDocument = ${JSON.stringify(requestSchemas, null, 2)} as const;

/** Every operation of the API with its parameter, body and response schemas. */
export const operations: readonly OperationSpec[] = ${JSON.stringify(operations, null, 2)};
`;
}
