// Argument validation for the tools, with messages a model can act on: unknown fields are named
// with the allowed ones, naive times are refused with an example of the right form.
import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import { instantProblem, isInstant, isTimeZone } from "./time.ts";

const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addFormat("date-time", { type: "string", validate: isInstant });
ajv.addFormat("int32", { type: "number", validate: (n: number) => Number.isInteger(n) && Math.abs(n) <= 2 ** 31 });
ajv.addFormat("int64", { type: "number", validate: (n: number) => Number.isInteger(n) });
ajv.addFormat("time-zone", { type: "string", validate: isTimeZone });

export type ValidationResult<T> =
  | { valid: true; data: T; errorMessage: undefined }
  | { valid: false; data: undefined; errorMessage: string };

function field(e: ErrorObject): string {
  const p = e.instancePath.replace(/^\//, "").replace(/\//g, ".");
  return p === "" ? "arguments" : p;
}

function message(e: ErrorObject, schema: Record<string, unknown>, input: unknown): string {
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case "additionalProperties": {
      const allowed = Object.keys((schema.properties as object | undefined) ?? {});
      const where = e.instancePath ? `${field(e)}: ` : "";
      return `${where}unknown field "${String(params.additionalProperty)}"${e.instancePath ? "" : `; allowed: ${allowed.join(", ") || "none"}`}`;
    }
    case "required":
      return `missing required field "${e.instancePath ? `${field(e)}.` : ""}${String(params.missingProperty)}"`;
    case "format": {
      const value = e.instancePath
        .split("/")
        .slice(1)
        .reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], input);
      if (params.format === "date-time") return instantProblem(field(e), value);
      return `${field(e)}: must be a valid ${String(params.format)}`;
    }
    case "enum":
      return `${field(e)}: must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
    default:
      return `${field(e)}: ${e.message ?? "is invalid"}`;
  }
}

/** `jsonSchemaValidator` for the MCP SDK (`fromJsonSchema(schema, toolValidator)`). */
export const toolValidator = {
  getValidator<T>(schema: Record<string, unknown>): (input: unknown) => ValidationResult<T> {
    const validate = ajv.compile(schema);
    return (input: unknown) => {
      if (validate(input)) return { valid: true, data: input as T, errorMessage: undefined };
      const errors = (validate.errors ?? []).filter((e) => e.keyword !== "if");
      const text = [...new Set(errors.map((e) => message(e, schema, input)))].join("; ");
      return { valid: false, data: undefined, errorMessage: `Invalid arguments: ${text}` };
    };
  },
};
