// `pnpm generate`: spec/ (TypeSpec) → spec/openapi.yaml → TS types, Python models, error catalogs,
// server validation schemas, and the SDK surfaces (both SDKs' resources, both conformance
// executors, the server's scope table and CORS list) from the operations' `x-agentdraft-sdk`.
// Prints how long the whole regeneration took. With `--out DIR` every file is written under DIR instead of the
// repository (the drift check compares the two).
import { execFileSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { extractErrorCatalog, renderPythonCatalog, renderTsCatalog } from "./error-catalog.ts";
import { loadOpenApi, type OpenApiDocument } from "./openapi.ts";
import { openapiFile, outputs, repoRoot, specDir } from "./paths.ts";
import { generatePythonModels } from "./python-models.ts";
import { renderServerApi } from "./server-api.ts";
import { renderServerOperations } from "./server-operations.ts";
import { renderPythonExecutor, renderTsExecutor } from "./executors.ts";
import { renderPythonCalls, renderPythonResources } from "./python-sdk.ts";
import { extractSurface } from "./sdk-surface.ts";
import { renderMcpTools } from "./mcp-tools.ts";
import { renderConformanceOperations, renderServerTables } from "./tables.ts";
import { renderTsModels, renderTsResources } from "./ts-sdk.ts";
import { renderTsTypes } from "./ts-types.ts";

const PY_HEADER = "# generated — do not edit. Source: spec/ (run `pnpm generate`).";

/** Compiles the TypeSpec project in `specRoot`, emitting openapi.yaml into `outRoot/spec`. */
export function compileSpec(outRoot: string, specRoot: string = path.join(repoRoot, specDir)): void {
  const tsp = path.join(repoRoot, specDir, "node_modules/.bin/tsp");
  execFileSync(
    tsp,
    ["compile", ".", "--warn-as-error", "--option", `@typespec/openapi3.emitter-output-dir=${path.join(outRoot, specDir)}`],
    { cwd: specRoot, stdio: ["ignore", "pipe", "inherit"] },
  );
}

/** Writes every artifact derived from `outRoot/spec/openapi.yaml` under `outRoot`. */
export async function generateFromOpenApi(outRoot: string): Promise<void> {
  const doc = await loadOpenApi(path.join(outRoot, openapiFile));
  const catalog = extractErrorCatalog(doc);
  const surface = extractSurface(doc);
  const defaults = (operationId: string) => bodyDefaults(doc, operationId);
  // One openapi-typescript pass serves the SDK and the server (it is the slowest generator).
  const tsTypes = await renderTsTypes(doc, { keepDiscriminators: true });
  const files: Record<string, string> = {
    [outputs.sdkTypes]: tsTypes,
    [outputs.sdkErrors]: renderTsCatalog(catalog),
    [outputs.sdkModels]: renderTsModels(doc),
    [outputs.sdkResources]: renderTsResources(surface),
    [outputs.sdkExecutor]: renderTsExecutor(surface, defaults),
    [outputs.serverApi]: renderServerApi(doc),
    [outputs.serverTypes]: tsTypes,
    [outputs.serverOperations]: renderServerOperations(doc),
    [outputs.serverErrors]: renderTsCatalog(catalog),
    [outputs.serverTables]: renderServerTables(surface),
    [outputs.conformanceOperations]: renderConformanceOperations(surface),
    [outputs.mcpTools]: renderMcpTools(doc, surface),
    [outputs.pythonInit]: `${PY_HEADER}\n"""Models and error catalog generated from spec/openapi.yaml."""\n`,
    [outputs.pythonModels]: generatePythonModels(doc, { header: PY_HEADER }),
    [outputs.pythonErrors]: renderPythonCatalog(catalog, PY_HEADER),
    [outputs.pythonCalls]: renderPythonCalls(surface, PY_HEADER),
    [outputs.pythonResources]: renderPythonResources(surface, PY_HEADER),
    [outputs.pythonExecutor]: renderPythonExecutor(surface, defaults),
  };
  for (const [file, text] of Object.entries(files)) {
    const target = path.join(outRoot, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
  }
}

/** Defaults of the request body's properties (which `fixed` value an absent field means). */
function bodyDefaults(doc: OpenApiDocument, operationId: string): Record<string, unknown> {
  for (const item of Object.values(doc.paths)) {
    for (const op of Object.values(item)) {
      if (op.operationId !== operationId) continue;
      const ref = op.requestBody && Object.values(op.requestBody.content)[0]?.schema?.$ref;
      const schema = ref ? doc.components?.schemas?.[ref.split("/").pop()!] : undefined;
      return Object.fromEntries(Object.entries(schema?.properties ?? {}).flatMap(([k, v]) => ("default" in v ? [[k, v.default]] : [])));
    }
  }
  return {};
}

export async function generate(outRoot: string = repoRoot, specRoot?: string): Promise<void> {
  compileSpec(outRoot, specRoot);
  await generateFromOpenApi(outRoot);
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  const outRoot = path.resolve(values.out ?? repoRoot);
  const started = performance.now();
  await generate(outRoot);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const where = outRoot === repoRoot ? "the repository" : path.relative(process.cwd(), outRoot);
  console.log(`generated into ${where} in ${seconds} s (TypeSpec → OpenAPI → every generated file)`);
}
