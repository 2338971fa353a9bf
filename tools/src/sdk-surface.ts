// The SDK surface as the spec declares it: every operation's `x-agentdraft-sdk` methods (resource,
// method, fixed body fields, renamed and positional parameters, pagination, returned property) and
// its `x-agentdraft-scope`, resolved against the OpenAPI document into one language-neutral model.
// The TypeScript and Python SDK generators, both conformance executors and the server tables are
// all rendered from this model, so they cannot disagree.
import { extractErrorCatalog } from "./error-catalog.ts";
import { httpMethods, refName, resolveParameter, type OpenApiDocument, type OperationObject, type SchemaObject } from "./openapi.ts";

/** A parameter's type, as both SDKs see it. */
export type TypeRef =
  | { kind: "instant" }
  | { kind: "string"; name?: string }
  | { kind: "integer" }
  | { kind: "number" }
  | { kind: "boolean" }
  | { kind: "enum"; name?: string; values: (string | number | boolean)[] }
  | { kind: "array"; items: TypeRef; minItems?: number }
  | { kind: "map"; name?: string; values: TypeRef }
  | { kind: "model"; name: string }
  | { kind: "json" };

export interface SurfaceParam {
  /** Wire name (query/path/body field; `idempotency_key` for the `Idempotency-Key` header). */
  wire: string;
  in: "path" | "query" | "body" | "header";
  /** SDK name in snake_case (Python as is, TypeScript camel-cased). */
  name: string;
  required: boolean;
  description: string | undefined;
  type: TypeRef;
  /** Python: positional (path, required, or listed in `positional`); else keyword-only. */
  positional: boolean;
}

export interface SurfaceMethod {
  operationId: string;
  httpMethod: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
  resource: string;
  /** Method name, snake_case. */
  name: string;
  summary: string;
  description: string;
  scope: string | undefined;
  pathParams: SurfaceParam[];
  /** Every other parameter, in SDK order: required first, then `positional`, then the rest. */
  params: SurfaceParam[];
  /** Body fields the method sets itself. */
  fixed: Record<string, unknown>;
  /** The request body's component schema, when there is a body. */
  bodySchema: string | undefined;
  bodyRequired: boolean;
  paginated: boolean;
  /** Response component schema of the 2xx answer. */
  responseModel: string;
  /** Paginated: the component schema of one item. */
  itemModel: string | undefined;
  /** Only this property of the response body is returned. */
  returns: { property: string; type: TypeRef } | undefined;
  /** TypeScript params interface name. */
  paramsType: string;
  /** Unique snake_case id of this (operation, method) pair, e.g. `create_booking_hold`. */
  key: string;
  /** Exception classes the operation's documented error responses map to. */
  errors: string[];
  /** True when a second method of the resource shares the name (an id-first overload). */
  overloaded: boolean;
}

export interface SurfaceResource {
  name: string;
  /** Class name: PascalCase, with `Resource` appended when a model has the same name. */
  className: string;
  description: string;
  methods: SurfaceMethod[];
}

export interface OperationInfo {
  operationId: string;
  method: SurfaceMethod["httpMethod"];
  path: string;
  auth: "agent" | "owner" | "none";
  scope: string | undefined;
}

export interface Surface {
  resources: SurfaceResource[];
  methods: SurfaceMethod[];
  operations: OperationInfo[];
}

interface SdkExtension {
  resource: string;
  method: string;
  fixed?: Record<string, unknown>;
  omit?: string[];
  params?: Record<string, string>;
  paginated?: boolean;
  returns?: string;
  positional?: string[];
  params_type?: string;
  doc?: string;
}

export const snakeToCamel = (s: string): string => s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const snakeToPascal = (s: string): string => snakeToCamel(s).replace(/^./, (c) => c.toUpperCase());
const camelToSnake = (s: string): string => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function unwrap(schema: SchemaObject): SchemaObject {
  if (!schema.$ref && schema.allOf?.length === 1 && !schema.type) return unwrap(schema.allOf[0]!);
  return schema;
}

/** The SDK type of a schema (refs resolved one level: named enums, scalars and maps keep their name). */
function typeOf(doc: OpenApiDocument, raw: SchemaObject): TypeRef {
  const schema = unwrap(raw);
  if (schema.$ref) {
    const name = refName(schema.$ref);
    const target = doc.components?.schemas?.[name];
    if (!target) throw new Error(`unknown schema ${name}`);
    const inner = typeOf(doc, target);
    if (inner.kind === "enum" || inner.kind === "map" || inner.kind === "string") return { ...inner, name };
    if (inner.kind === "json" && target.properties) return { kind: "model", name };
    if (target.type === "object" || target.properties || target.allOf || target.oneOf || target.anyOf) {
      return { kind: "model", name };
    }
    return inner;
  }
  if (schema.enum) return { kind: "enum", values: schema.enum as (string | number | boolean)[] };
  if (schema.anyOf?.every((s) => unwrap(s).enum)) {
    return { kind: "enum", values: schema.anyOf.flatMap((s) => unwrap(s).enum as (string | number | boolean)[]) };
  }
  switch (schema.type) {
    case "string":
      return schema.format === "date-time" ? { kind: "instant" } : { kind: "string" };
    case "integer":
      return { kind: "integer" };
    case "number":
      return { kind: "number" };
    case "boolean":
      return { kind: "boolean" };
    case "array":
      return {
        kind: "array",
        items: schema.items ? typeOf(doc, schema.items) : { kind: "json" },
        ...(typeof schema.minItems === "number" ? { minItems: schema.minItems } : {}),
      };
    case "object":
      if (schema.additionalProperties && typeof schema.additionalProperties === "object" && !schema.properties) {
        return { kind: "map", values: typeOf(doc, schema.additionalProperties) };
      }
      return { kind: "json" };
    default:
      return { kind: "json" };
  }
}

function component(_doc: OpenApiDocument, schema: SchemaObject | undefined, where: string): string {
  const s = schema && unwrap(schema);
  if (!s?.$ref) throw new Error(`${where}: the SDK generators need a named component schema`);
  return refName(s.$ref);
}

function successResponse(op: OperationObject): { status: string; schema: SchemaObject | undefined } {
  const status = Object.keys(op.responses).find((s) => /^2\d\d$/.test(s));
  if (!status) throw new Error(`${op.operationId}: no 2xx response`);
  const content = op.responses[status]!.content;
  return { status, schema: content ? Object.values(content)[0]?.schema : undefined };
}

function authOf(op: OperationObject): OperationInfo["auth"] {
  const schemes = (op.security ?? []).flatMap((s) => Object.keys(s));
  if (schemes.includes("BearerAuth")) return "agent";
  if (schemes.includes("OwnerSession")) return "owner";
  return "none";
}

/** Exception classes of the operation's error responses (by their problem schemas). */
function errorClasses(doc: OpenApiDocument, op: OperationObject): string[] {
  const out = new Set<string>();
  for (const [status, response] of Object.entries(op.responses)) {
    if (/^2/.test(status)) continue;
    for (const media of Object.values(response.content ?? {})) {
      const schema = media.schema;
      const refs = schema?.$ref ? [schema] : (schema?.anyOf ?? schema?.oneOf ?? []);
      for (const ref of refs) {
        if (!ref.$ref) continue;
        const exception = doc.components?.schemas?.[refName(ref.$ref)]?.["x-agentdraft-exception"];
        if (typeof exception === "string") out.add(exception);
      }
    }
  }
  return [...out].sort();
}

function methodsOf(doc: OpenApiDocument, path: string, verb: string, op: OperationObject): SurfaceMethod[] {
  const raw = (op as OperationObject & { "x-agentdraft-sdk"?: SdkExtension[] })["x-agentdraft-sdk"];
  if (!raw) return [];
  const operationId = op.operationId!;
  const scope = (op as { "x-agentdraft-scope"?: string })["x-agentdraft-scope"];
  const params = (op.parameters ?? []).map((p) => resolveParameter(doc, p));
  const bodyMedia = op.requestBody ? Object.values(op.requestBody.content)[0] : undefined;
  const bodySchema = bodyMedia ? component(doc, bodyMedia.schema, `${operationId} request body`) : undefined;
  const body = bodySchema ? doc.components!.schemas![bodySchema]! : undefined;
  const response = successResponse(op);
  const responseModel = component(doc, response.schema, `${operationId} response`);
  const errors = errorClasses(doc, op);

  return raw.map((ext): SurfaceMethod => {
    const rename = ext.params ?? {};
    const fixed = ext.fixed ?? {};
    const positional = ext.positional ?? [];
    const sdkName = (wire: string) => rename[wire] ?? wire;
    const all: SurfaceParam[] = [];
    for (const p of params) {
      if (p.in === "cookie") continue;
      const wire = p.in === "header" ? p.name.toLowerCase().replace(/-/g, "_") : p.name;
      if (p.in === "header" && wire !== "idempotency_key") throw new Error(`${operationId}: header ${p.name} has no SDK parameter`);
      all.push({
        wire,
        in: p.in as SurfaceParam["in"],
        name: sdkName(wire),
        required: p.required === true || p.in === "path",
        description: p.description,
        type: typeOf(doc, p.schema ?? {}),
        positional: false,
      });
    }
    for (const [field, schema] of Object.entries(body?.properties ?? {})) {
      if (field in fixed || (ext.omit ?? []).includes(field)) continue;
      all.push({
        wire: field,
        in: "body",
        name: sdkName(field),
        required: (body?.required ?? []).includes(field),
        description: (schema as SchemaObject).description ?? unwrap(schema as SchemaObject).description,
        type: typeOf(doc, schema as SchemaObject),
        positional: false,
      });
    }
    for (const wire of Object.keys(rename)) {
      if (!all.some((p) => p.wire === wire)) throw new Error(`${operationId}: renames unknown parameter ${wire}`);
    }
    for (const name of positional) {
      if (!all.some((p) => p.name === name)) throw new Error(`${operationId}: positional names unknown parameter ${name}`);
    }
    const order = { path: 0, query: 1, body: 2, header: 3 } as const;
    all.sort((a, b) => order[a.in] - order[b.in]);
    const pathParams = all.filter((p) => p.in === "path").map((p) => ({ ...p, positional: true }));
    const rest = all.filter((p) => p.in !== "path");
    const required = rest.filter((p) => p.required).map((p) => ({ ...p, positional: true }));
    const listed = positional.map((n) => ({ ...rest.find((p) => p.name === n)!, positional: true }));
    const others = rest.filter((p) => !p.required && !positional.includes(p.name));

    let itemModel: string | undefined;
    if (ext.paginated) {
      const page = doc.components!.schemas![responseModel]!;
      itemModel = component(doc, page.properties?.data?.items, `${operationId} page items`);
      if (!all.some((p) => p.wire === "cursor" && p.in === "query")) throw new Error(`${operationId}: paginated without a cursor`);
    }
    let returns: SurfaceMethod["returns"];
    if (ext.returns) {
      const property = doc.components!.schemas![responseModel]!.properties?.[ext.returns];
      if (!property) throw new Error(`${operationId}: returns unknown property ${ext.returns}`);
      returns = { property: ext.returns, type: typeOf(doc, property) };
    }
    const resourcePascal = snakeToPascal(ext.resource);
    return {
      operationId,
      httpMethod: verb.toUpperCase() as SurfaceMethod["httpMethod"],
      path,
      resource: ext.resource,
      name: ext.method,
      summary: (op as { summary?: string }).summary ?? "",
      description: ext.doc ?? (op as { description?: string }).description ?? "",
      scope,
      pathParams,
      params: [...required, ...listed, ...others],
      fixed,
      bodySchema,
      bodyRequired: op.requestBody?.required === true,
      paginated: ext.paginated === true,
      responseModel,
      itemModel,
      returns,
      paramsType: ext.params_type ?? `${resourcePascal}${snakeToPascal(ext.method)}Params`,
      key: raw.length > 1 ? `${camelToSnake(operationId)}_${ext.method}` : camelToSnake(operationId),
      errors,
      overloaded: false,
    };
  });
}

export function extractSurface(doc: OpenApiDocument): Surface {
  extractErrorCatalog(doc); // validates the catalog the error classes come from
  const methods: SurfaceMethod[] = [];
  const operations: OperationInfo[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const verb of httpMethods) {
      const op = item[verb];
      if (!op) continue;
      operations.push({
        operationId: op.operationId!,
        method: verb.toUpperCase() as OperationInfo["method"],
        path,
        auth: authOf(op),
        scope: (op as { "x-agentdraft-scope"?: string })["x-agentdraft-scope"],
      });
      methods.push(...methodsOf(doc, path, verb, op));
    }
  }
  const tags = (doc as { tags?: { name: string; description?: string }[] }).tags ?? [];
  const models = new Set(Object.keys(doc.components?.schemas ?? {}));
  const resources: SurfaceResource[] = [];
  for (const m of methods) {
    let r = resources.find((x) => x.name === m.resource);
    if (!r) {
      const pascal = snakeToPascal(m.resource);
      r = {
        name: m.resource,
        className: models.has(pascal) ? `${pascal}Resource` : pascal,
        description: tags.find((t) => t.name === m.resource)?.description ?? `The ${m.resource} resource.`,
        methods: [],
      };
      resources.push(r);
    }
    r.methods.push(m);
  }
  for (const r of resources) {
    for (const m of r.methods) {
      const same = r.methods.filter((x) => x.name === m.name);
      if (same.length === 1) continue;
      const withId = same.filter((x) => x.pathParams.length > 0);
      if (same.length !== 2 || withId.length !== 1) {
        throw new Error(`${r.name}.${m.name}: two methods may share a name only when exactly one takes a path id first`);
      }
      m.overloaded = true;
    }
  }
  resources.sort((a, b) => a.name.localeCompare(b.name));
  operations.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
  return { resources, methods, operations };
}
