// Where every generated artifact lives, relative to the repository root. One place, so the
// generator and the drift check cannot disagree.
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export const specDir = "spec";
export const openapiFile = "spec/openapi.yaml";

export const outputs = {
  sdkTypes: "packages/sdk/src/generated/openapi.ts",
  sdkErrors: "packages/sdk/src/generated/errors.ts",
  sdkModels: "packages/sdk/src/generated/models.ts",
  sdkResources: "packages/sdk/src/generated/resources.ts",
  sdkExecutor: "packages/sdk/test/conformance/generated/invoke.ts",
  serverApi: "packages/server/src/generated/api.ts",
  serverTypes: "packages/server/src/generated/openapi.ts",
  serverOperations: "packages/server/src/generated/operations.ts",
  serverErrors: "packages/server/src/generated/errors.ts",
  serverTables: "packages/server/src/generated/tables.ts",
  conformanceOperations: "conformance/src/generated/operations.ts",
  mcpTools: "packages/mcp/src/generated/tools.ts",
  pythonInit: "packages/sdk-python/src/agentdraft/generated/__init__.py",
  pythonModels: "packages/sdk-python/src/agentdraft/generated/models.py",
  pythonErrors: "packages/sdk-python/src/agentdraft/generated/errors.py",
  pythonCalls: "packages/sdk-python/src/agentdraft/generated/calls.py",
  pythonResources: "packages/sdk-python/src/agentdraft/generated/resources.py",
  pythonExecutor: "packages/sdk-python/tests/conformance/generated_invoke.py",
} as const;

/** Every file the generator owns (the OpenAPI document included). */
export const generatedFiles: string[] = [openapiFile, ...Object.values(outputs)];
