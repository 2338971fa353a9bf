// OpenAPI → TypeScript `paths`/`components` types for openapi-fetch, via openapi-typescript.
import openapiTS, { astToString } from "openapi-typescript";
import type { OpenApiDocument } from "./openapi.ts";

export async function renderTsTypes(doc: OpenApiDocument): Promise<string> {
  const ast = await openapiTS(doc as unknown as Parameters<typeof openapiTS>[0], {
    alphabetize: false,
    exportType: true,
  });
  return `// generated — do not edit. Source: spec/ (run \`pnpm generate\`).\n${astToString(ast)}`;
}
