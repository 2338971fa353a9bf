// `pnpm generate`: spec/ (TypeSpec) → spec/openapi.yaml → TS types, Python models, error catalogs,
// server validation schemas. With `--out DIR` every file is written under DIR instead of the
// repository (the drift check compares the two).
import { execFileSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { extractErrorCatalog, renderPythonCatalog, renderTsCatalog } from "./error-catalog.ts";
import { loadOpenApi } from "./openapi.ts";
import { openapiFile, outputs, repoRoot, specDir } from "./paths.ts";
import { generatePythonModels } from "./python-models.ts";
import { renderServerApi } from "./server-api.ts";
import { renderTsTypes } from "./ts-types.ts";

const PY_HEADER = "# generated — do not edit. Source: spec/ (run `pnpm generate`).";

/** Compiles the TypeSpec project in `specRoot`, emitting openapi.yaml into `outRoot/spec`. */
export function compileSpec(outRoot: string, specRoot: string = path.join(repoRoot, specDir)): void {
  const tsp = path.join(repoRoot, specDir, "node_modules/.bin/tsp");
  execFileSync(
    tsp,
    [
      "compile",
      ".",
      "--warn-as-error",
      "--option",
      `@typespec/openapi3.emitter-output-dir=${path.join(outRoot, specDir)}`,
    ],
    { cwd: specRoot, stdio: ["ignore", "pipe", "inherit"] },
  );
}

/** Writes every artifact derived from `outRoot/spec/openapi.yaml` under `outRoot`. */
export async function generateFromOpenApi(outRoot: string): Promise<void> {
  const doc = await loadOpenApi(path.join(outRoot, openapiFile));
  const catalog = extractErrorCatalog(doc);
  const files: Record<string, string> = {
    [outputs.sdkTypes]: await renderTsTypes(doc),
    [outputs.sdkErrors]: renderTsCatalog(catalog),
    [outputs.serverApi]: renderServerApi(doc),
    [outputs.serverErrors]: renderTsCatalog(catalog),
    [outputs.pythonInit]: `${PY_HEADER}\n"""Models and error catalog generated from spec/openapi.yaml."""\n`,
    [outputs.pythonModels]: generatePythonModels(doc, { header: PY_HEADER }),
    [outputs.pythonErrors]: renderPythonCatalog(catalog, PY_HEADER),
  };
  for (const [file, text] of Object.entries(files)) {
    const target = path.join(outRoot, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
  }
}

export async function generate(outRoot: string = repoRoot, specRoot?: string): Promise<void> {
  compileSpec(outRoot, specRoot);
  await generateFromOpenApi(outRoot);
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  const outRoot = path.resolve(values.out ?? repoRoot);
  await generate(outRoot);
  console.log(`generated into ${path.relative(process.cwd(), outRoot) || "."}`);
}
