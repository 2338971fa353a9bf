// Request and response validation with the JSON Schemas generated from spec/ (Ajv, draft 2020-12).
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { operations, schemaDocument, type OperationSpec } from "../generated/api.ts";
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
  return ajv;
}

// Parameters arrive as strings and are coerced to the schema's types; bodies are JSON and are not.
const paramAjv = newAjv(true);
const bodyAjv = newAjv(false);

/** Request bodies reject unknown fields, so a misspelt field fails loudly instead of being ignored. */
function strictBody(schema: object): object {
  return { allOf: [schema], unevaluatedProperties: false };
}

export function compileOperation(spec: OperationSpec): OperationValidators {
  const params: OperationValidators["params"] = {};
  for (const location of ["path", "query", "header"] as const) {
    const schema = spec.params[location];
    if (schema) params[location] = paramAjv.compile(schema);
  }
  const bodySchema = spec.body?.schema as { $ref?: string } | undefined;
  const responses: OperationValidators["responses"] = {};
  for (const [status, r] of Object.entries(spec.responses)) {
    responses[status] = r.schema ? bodyAjv.compile(r.schema) : undefined;
  }
  return {
    spec,
    params,
    body: bodySchema ? bodyAjv.compile(bodySchema.$ref ? strictBody(bodySchema) : bodySchema) : undefined,
    responses,
  };
}

export const validators = new Map(operations.map((op) => [op.operationId, compileOperation(op)]));

function fieldErrors(errors: ErrorObject[] | null | undefined, prefix: string) {
  return (errors ?? []).map((e) => {
    const extra =
      e.keyword === "required"
        ? `/${(e.params as { missingProperty: string }).missingProperty}`
        : e.keyword === "unevaluatedProperties"
          ? `/${(e.params as { unevaluatedProperty: string }).unevaluatedProperty}`
          : "";
    const field = `${prefix}${e.instancePath}${extra}` || "/";
    const message =
      e.keyword === "format" && (e.params as { format: string }).format === "date-time"
        ? "must be an RFC 3339 date-time with an offset (e.g. 2026-12-01T15:00:00Z)"
        : e.keyword === "unevaluatedProperties"
          ? "is not a known field"
          : (e.message ?? "is invalid");
    return { field, message };
  });
}

/** Validates (and coerces in place) one parameter location; throws a 400 problem. */
export function checkParams(v: OperationValidators, location: Location, values: Record<string, unknown>): void {
  const validate = v.params[location];
  if (validate && !validate(values)) {
    const errors = fieldErrors(validate.errors, `${location}.`).map((e) => ({
      ...e,
      field: e.field.replace(`${location}./`, `${location}.`),
    }));
    throw invalid(`invalid ${location} parameters`, errors);
  }
}

export function checkBody(v: OperationValidators, body: unknown): void {
  if (v.body && !v.body(body)) throw invalid("the request body is invalid", fieldErrors(v.body.errors, ""));
}

/** Returns a description of what is wrong with a response, or undefined when it matches the spec. */
export function responseMismatch(v: OperationValidators, status: number, body: unknown): string | undefined {
  if (!(String(status) in v.spec.responses)) return `status ${status} is not declared for ${v.spec.operationId}`;
  const validate = v.responses[String(status)];
  if (validate && !validate(body)) return `${v.spec.operationId} ${status}: ${JSON.stringify(validate.errors)}`;
  return undefined;
}
