// Request and response validation with the JSON Schemas generated from spec/ (Ajv, draft 2020-12).
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { operations, requestSchemaDocument, schemaDocument, type OperationSpec } from "../generated/api.ts";
import { invalid } from "./problems.ts";

type Location = "path" | "query" | "header";

export interface OperationValidators {
  spec: OperationSpec;
  params: Partial<Record<Location, ValidateFunction>>;
  body?: ValidateFunction;
  responses: Record<string, ValidateFunction | undefined>;
}

function newAjv(coerceTypes: boolean): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: false, coerceTypes, useDefaults: true });
  addFormats.default(ajv);
  ajv.addSchema(schemaDocument as object);
  ajv.addSchema(requestSchemaDocument as object);
  return ajv;
}

// Parameters arrive as strings and are coerced to the schema's types; bodies are JSON and are not.
const paramAjv = newAjv(true);
const bodyAjv = newAjv(false);

function compileOperation(spec: OperationSpec): OperationValidators {
  const params: OperationValidators["params"] = {};
  for (const location of ["path", "query", "header"] as const) {
    const schema = spec.params[location];
    if (schema) params[location] = paramAjv.compile(schema);
  }
  // Request schemas come strict from the generator: an unknown field at any depth is a 400.
  const bodySchema = spec.body?.schema;
  const responses: OperationValidators["responses"] = {};
  for (const [status, r] of Object.entries(spec.responses)) {
    responses[status] = r.schema ? bodyAjv.compile(r.schema) : undefined;
  }
  return {
    spec,
    params,
    body: bodySchema ? bodyAjv.compile(bodySchema) : undefined,
    responses,
  };
}

export const validators = new Map(operations.map((op) => [op.operationId, compileOperation(op)]));

function fieldErrors(errors: ErrorObject[] | null | undefined, prefix: string) {
  return (errors ?? []).map((e) => {
    const extra =
      e.keyword === "required"
        ? `/${(e.params as { missingProperty: string }).missingProperty}`
        : e.keyword === "additionalProperties"
          ? `/${(e.params as { additionalProperty: string }).additionalProperty}`
          : "";
    const field = `${prefix}${e.instancePath}${extra}` || "/";
    const message =
      e.keyword === "format" && (e.params as { format: string }).format === "date-time"
        ? "must be an RFC 3339 date-time with an offset (e.g. 2026-12-01T15:00:00Z)"
        : e.keyword === "additionalProperties"
          ? "is not a known field"
          : (e.message ?? "is invalid");
    return { field, message };
  });
}

/**
 * Text no store can keep as sent: NUL (PostgreSQL text refuses it) and unpaired surrogates (not
 * Unicode, so neither UTF-8 nor the audit log's canonical JSON can carry them). With the u flag a
 * surrogate code unit only matches when it is unpaired.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL and lone surrogates are what the stores cannot hold
const UNSTORABLE_TEXT = /[\u0000\uD800-\uDFFF]/u;
const UNSTORABLE_MESSAGE = "must be well-formed Unicode text without NUL characters";

/**
 * Keys that name a JavaScript object's prototype machinery. `JSON.parse` keeps them as plain own
 * keys, but any later copy by assignment would turn `__proto__` into a prototype: refused anywhere
 * in a request, free-form metadata included, so no request data can reach a prototype chain.
 */
const RESERVED_KEYS = new Set(["__proto__", "constructor", "prototype"]);
const RESERVED_MESSAGE = "is a reserved name (__proto__, constructor and prototype are refused)";

/**
 * Every string and object key in `value` that holds unstorable text, and every reserved key, as
 * field errors; iterative, as bodies may nest deeply.
 */
function unacceptable(value: unknown, field: (path: string[]) => string, reservedKeys: boolean): { field: string; message: string }[] {
  const errors: { field: string; message: string }[] = [];
  const stack: { value: unknown; path: string[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item.value === "string") {
      if (UNSTORABLE_TEXT.test(item.value)) errors.push({ field: field(item.path), message: UNSTORABLE_MESSAGE });
    } else if (typeof item.value === "object" && item.value !== null) {
      const entries = Object.entries(item.value);
      for (const [key] of entries) {
        if (UNSTORABLE_TEXT.test(key)) errors.push({ field: field([...item.path, key]), message: UNSTORABLE_MESSAGE });
        if (reservedKeys && RESERVED_KEYS.has(key)) errors.push({ field: field([...item.path, key]), message: RESERVED_MESSAGE });
      }
      for (const [key, child] of entries.reverse()) stack.push({ value: child, path: [...item.path, key] });
    }
  }
  return errors;
}

/** A body path as a JSON pointer, the form schema errors use. */
function pointer(path: string[]): string {
  return path.length === 0 ? "/" : path.map((p) => `/${p.replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}

/** Validates (and coerces in place) one parameter location; throws a 400 problem. */
export function checkParams(v: OperationValidators, location: Location, values: Record<string, unknown>): void {
  const validate = v.params[location];
  if (validate && !validate(values)) {
    // A parameter is named by its name alone, also when it repeats (`calendar_id=a&calendar_id=b`
    // is one array parameter: its bad value is `query.calendar_id`, not `query.calendar_id/1`).
    const errors = fieldErrors(validate.errors, `${location}.`).map((e) => ({
      ...e,
      field: e.field.replace(`${location}./`, `${location}.`).replace(/^([a-z]+\.[^/]+)\/.*$/, "$1"),
    }));
    throw invalid(`invalid ${location} parameters`, errors);
  }
  const unstorable = unacceptable(values, (path) => `${location}.${path.join(".")}`, false);
  if (unstorable.length > 0) throw invalid(`invalid ${location} parameters`, unstorable);
}

export function checkBody(v: OperationValidators, body: unknown): void {
  // Reserved keys and unstorable text first: they are the root cause wherever they sit, while the
  // schema would report them once per alternative of a union.
  const unacceptableFields = unacceptable(body, pointer, true);
  if (unacceptableFields.length > 0) throw invalid("the request body is invalid", unacceptableFields);
  if (v.body && !v.body(body)) throw invalid("the request body is invalid", fieldErrors(v.body.errors, ""));
}

/** Returns a description of what is wrong with a response, or undefined when it matches the spec. */
export function responseMismatch(v: OperationValidators, status: number, body: unknown): string | undefined {
  if (!(String(status) in v.spec.responses)) return `status ${status} is not declared for ${v.spec.operationId}`;
  const validate = v.responses[String(status)];
  if (validate && !validate(body)) return `${v.spec.operationId} ${status}: ${JSON.stringify(validate.errors)}`;
  return undefined;
}
