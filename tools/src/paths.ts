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
  serverApi: "packages/server/src/generated/api.ts",
  serverErrors: "packages/server/src/generated/errors.ts",
  pythonInit: "packages/sdk-python/src/agentdraft/generated/__init__.py",
  pythonModels: "packages/sdk-python/src/agentdraft/generated/models.py",
  pythonErrors: "packages/sdk-python/src/agentdraft/generated/errors.py",
} as const;

/** Every file the generator owns (the OpenAPI document included). */
export const generatedFiles: string[] = [openapiFile, ...Object.values(outputs)];
