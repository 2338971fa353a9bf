// OpenAPI → TypeScript `paths`/`components`/`operations` types via openapi-typescript: for openapi-fetch
// in the SDK, and for the server's per-operation handler types.
import openapiTS, { astToString } from "openapi-typescript";
import type { OpenApiDocument, SchemaObject } from "./openapi.ts";

export interface TsTypesOptions {
  /**
   * Render a property that is `allOf: [<a union with a discriminator>]` (how TypeSpec attaches a
   * description to a ref) as that union. openapi-typescript reads such an `allOf` as inheritance and
   * drops the discriminator (`Omit<AuditActor, "type">`), which would hide `actor.type` from its readers.
   */
  keepDiscriminators?: boolean;
}

function keepDiscriminators(doc: OpenApiDocument): void {
  const schemas = doc.components?.schemas ?? {};
  const discriminated = (ref: string | undefined) => ref !== undefined && schemas[ref.split("/").pop()!]?.discriminator !== undefined;
  const visit = (schema: SchemaObject) => {
    for (const property of Object.values(schema.properties ?? {})) {
      const only = property.allOf?.length === 1 ? property.allOf[0] : undefined;
      if (only && discriminated(only.$ref)) {
        delete property.allOf;
        property.$ref = only.$ref;
      }
      visit(property);
    }
  };
  for (const schema of Object.values(schemas)) visit(schema);
}

export async function renderTsTypes(doc: OpenApiDocument, options: TsTypesOptions = {}): Promise<string> {
  // openapi-typescript rewrites the document it is given; hand it a copy.
  const input = structuredClone(doc);
  if (options.keepDiscriminators) keepDiscriminators(input);
  const ast = await openapiTS(input as unknown as Parameters<typeof openapiTS>[0], {
    alphabetize: false,
    exportType: true,
  });
  return `// generated — do not edit. Source: spec/ (run \`pnpm generate\`).\n${astToString(ast)}`;
}
