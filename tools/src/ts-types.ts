// OpenAPI → TypeScript `paths`/`components` types for openapi-fetch, via openapi-typescript.
import openapiTS, { astToString } from "openapi-typescript";
import type { OpenApiDocument } from "./openapi.ts";

export async function renderTsTypes(doc: OpenApiDocument): Promise<string> {
  // openapi-typescript rewrites the document it is given; hand it a copy.
  const ast = await openapiTS(structuredClone(doc) as unknown as Parameters<typeof openapiTS>[0], {
    alphabetize: false,
    exportType: true,
  });
  return `// generated — do not edit. Source: spec/ (run \`pnpm generate\`).\n${astToString(ast)}`;
}
