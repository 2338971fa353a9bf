// Renders what the reference server needs to validate requests and responses: the component schemas
// as one JSON Schema document (`$defs`), and a table of operations with their parameter, body and
// response schemas. The server compiles these with Ajv; nothing about the API is written twice.
import {
  httpMethods,
  refName,
  resolveParameter,
  type OpenApiDocument,
  type OperationObject,
  type SchemaObject,
} from "./openapi.ts";

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

/**
 * OpenAPI 3.0 schema → JSON Schema (draft 2020-12 subset Ajv understands). Component refs point
 * into the `$defs` of the document whose `$id` is `agentdraft`: relative inside it, absolute elsewhere.
 */
export function toJsonSchema(schema: SchemaObject, refBase = "agentdraft"): object {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "example" || key === "discriminator" || key === "nullable" || key.startsWith("x-")) continue;
    if (key === "$ref") out.$ref = `${refBase}#/$defs/${refName(value as string)}`;
    else if (key === "format") {
      if (KEPT_FORMATS.has(value as string)) out.format = value;
    } else if (key === "properties") {
      out.properties = Object.fromEntries(
        Object.entries(value as Record<string, SchemaObject>).map(([k, v]) => [k, toJsonSchema(v, refBase)]),
      );
    } else if (key === "items" || (key === "additionalProperties" && typeof value === "object")) {
      out[key] = toJsonSchema(value as SchemaObject, refBase);
    } else if (key === "allOf" || key === "anyOf" || key === "oneOf") {
      out[key] = (value as SchemaObject[]).map((s) => toJsonSchema(s, refBase));
    } else out[key] = value;
  }
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
    const target = (params[p.in] ??= { type: "object", properties: {}, required: [] }) as {
      properties: Record<string, object>;
      required: string[];
    };
    target.properties[name] = toJsonSchema(p.schema ?? {});
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
    spec.body = { required: op.requestBody?.required ?? false, contentType, schema: toJsonSchema(media.schema ?? {}) };
  }
  for (const [status, response] of Object.entries(op.responses)) {
    const entry = Object.entries(response.content ?? {})[0];
    spec.responses[status] = entry ? { contentType: entry[0], schema: toJsonSchema(entry[1].schema ?? {}) } : {};
  }
  return spec;
}

export function buildServerApi(doc: OpenApiDocument): { schemas: object; operations: OperationSpec[] } {
  const defs = Object.fromEntries(
    Object.entries(doc.components?.schemas ?? {}).map(([name, s]) => [name, toJsonSchema(s, "")]),
  );
  const operations: OperationSpec[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of httpMethods) {
      const op = item[method];
      if (op) operations.push(operationSpec(doc, method, path, op));
    }
  }
  return { schemas: { $id: "agentdraft", $defs: defs }, operations };
}

export function renderServerApi(doc: OpenApiDocument): string {
  const { schemas, operations } = buildServerApi(doc);
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

/** Every operation of the API with its parameter, body and response schemas. */
export const operations: readonly OperationSpec[] = ${JSON.stringify(operations, null, 2)};
`;
}
