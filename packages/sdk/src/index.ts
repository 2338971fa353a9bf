// Public entry of @agentdraft/sdk. The protocol types come straight from the spec.
export type { components, operations, paths } from "./generated/openapi.ts";
export { errorCatalog, exceptionByStatus } from "./generated/errors.ts";
export type { ErrorCode, ExceptionName } from "./generated/errors.ts";
