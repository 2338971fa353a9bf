// The TypeScript SDK's surface from the spec's `x-agentdraft-sdk` methods: one resource class per
// resource, one params interface per method, camelCase models, and the client's resource list.
// Every method body is the same three steps (wire params → openapi-fetch call through the shared
// Transport → camelCase result), so the generated files read like hand-written ones.
import type { OpenApiDocument } from "./openapi.ts";
import { snakeToCamel, type Surface, type SurfaceMethod, type SurfaceParam, type TypeRef } from "./sdk-surface.ts";

const TS_HEADER = "// generated — do not edit. Source: spec/ (run `pnpm generate`).";

/** Hand-written runtime bases a generated resource extends (audit: offline verification). */
const TS_RESOURCE_BASES: Record<string, { from: string; name: string }> = {
  audit: { from: "../audit/resource.ts", name: "AuditVerification" },
};

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function tsType(t: TypeRef): string {
  switch (t.kind) {
    case "instant":
      return "TimeInput";
    case "string":
      return "string";
    case "integer":
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "enum":
      return t.name ? `M.${t.name}` : t.values.map((v) => JSON.stringify(v)).join(" | ");
    case "array": {
      const inner = tsType(t.items);
      return inner.includes(" ") ? `(${inner})[]` : `${inner}[]`;
    }
    case "map":
      return t.name ? `M.${t.name}` : `Record<string, ${tsType(t.values)}>`;
    case "model":
      return `M.${t.name}`;
    case "json":
      return "unknown";
  }
}

function doc(text: string | undefined, indent: string): string[] {
  if (!text) return [];
  const lines = text.trim().split("\n");
  if (lines.length === 1) return [`${indent}/** ${lines[0]} */`];
  return [`${indent}/**`, ...lines.map((l) => `${indent} * ${l}`.trimEnd()), `${indent} */`];
}

const camel = (p: SurfaceParam) => snakeToCamel(p.name);

/** Params that go in the params object (path ids are positional). */
function objectParams(m: SurfaceMethod): SurfaceParam[] {
  const rest = m.params;
  // A lone idempotency key is passed through RequestOptions, as every call accepts it there.
  if (rest.length === 1 && rest[0]!.wire === "idempotency_key") return [];
  return rest;
}

/** A repeatable query parameter (`calendar_id=a&calendar_id=b`) takes one value or a list. */
const repeatable = (p: SurfaceParam) => p.in === "query" && p.type.kind === "array";

function wireValue(p: SurfaceParam, source: string): string {
  if (repeatable(p)) return `${source} === undefined ? undefined : [${source}].flat()`;
  if (p.type.kind === "instant") return p.required ? `toInstant(${source}, "${p.name}")` : `optInstant(${source}, "${p.name}")`;
  if (p.type.kind === "model") return `${source} === undefined ? undefined : snakeize(${source})`;
  return source;
}

interface Arg {
  name: string;
  type: string;
  /** `= {}` (params objects whose fields are all optional) or `?`. */
  optional: "default" | "question" | false;
}

export function tsArgs(m: SurfaceMethod): Arg[] {
  const args: Arg[] = m.pathParams.map((p) => ({ name: camel(p), type: "string", optional: false }));
  const fields = objectParams(m);
  if (fields.length > 0) {
    args.push({ name: "params", type: m.paramsType, optional: fields.every((p) => !p.required) ? "default" : false });
  }
  args.push({ name: "options", type: "RequestOptions", optional: "question" });
  return args;
}

const argText = (a: Arg) => (a.optional === "default" ? `${a.name}: ${a.type} = {}` : `${a.name}${a.optional ? "?" : ""}: ${a.type}`);
const declText = (a: Arg) => `${a.name}${a.optional ? "?" : ""}: ${a.type}`;
const tupleText = (args: Arg[]) => `[${args.map(declText).join(", ")}]`;

function tsReturnType(m: SurfaceMethod): string {
  if (m.paginated) return `PagePromise<M.${m.itemModel}>`;
  if (m.returns) return `APIPromise<${tsType(m.returns.type)}>`;
  return `APIPromise<M.${m.responseModel}>`;
}

function paramsInterface(m: SurfaceMethod): string[] {
  const fields = objectParams(m);
  if (fields.length === 0) return [];
  const lines = [
    `/** Parameters of \`${m.resource}.${snakeToCamel(m.name)}\` (\`${m.httpMethod} ${m.path}\`). */`,
    `export interface ${m.paramsType} {`,
  ];
  for (const p of fields) {
    const description =
      p.wire === "idempotency_key"
        ? "Idempotency key of this write (default: generated for the call, reused by its retries)."
        : p.description;
    const type = repeatable(p) && p.type.kind === "array" ? `${tsType(p.type.items)} | ${tsType(p.type)}` : tsType(p.type);
    lines.push(...doc(description, "  "), `  ${camel(p)}${p.required ? "" : "?"}: ${type};`);
  }
  lines.push("}", "");
  return lines;
}

/** The body of one method: wire params, the openapi-fetch call, the camelCase result. */
function methodBody(m: SurfaceMethod, indent: string): string[] {
  const fields = objectParams(m);
  const src = (p: SurfaceParam) => (fields.includes(p) ? `params.${camel(p)}` : camel(p));
  const out: string[] = [];
  const query = m.params.filter((p) => p.in === "query" && !(m.paginated && p.wire === "cursor"));
  const body = m.params.filter((p) => p.in === "body");
  const fetchParams: string[] = [];
  if (m.pathParams.length > 0) {
    out.push(`const path = { ${m.pathParams.map((p) => (p.wire === camel(p) ? p.wire : `${p.wire}: ${camel(p)}`)).join(", ")} };`);
    fetchParams.push("path");
  }
  if (query.length > 0 || m.paginated) {
    const entries = query.map((p) => `${p.wire}: ${wireValue(p, src(p))}`);
    if (m.paginated) entries.push("cursor");
    out.push(`const query = {`, ...entries.map((e) => `  ${e},`), `};`);
    fetchParams.push("query");
  }
  const init: string[] = [];
  if (fetchParams.length > 0) init.push(`params: { ${fetchParams.join(", ")} }`);
  if (m.bodySchema) {
    const entries = [
      ...body.map((p) => `${p.wire}: ${wireValue(p, src(p))}`),
      ...Object.entries(m.fixed).map(([k, v]) => `${k}: ${JSON.stringify(v)}`),
    ];
    out.push(`const body: Schemas["${m.bodySchema}"] = {`, ...entries.map((e) => `  ${e},`), `};`);
    init.push("body");
  }
  const key = fields.some((p) => p.wire === "idempotency_key") ? "withKey(options, params.idempotencyKey)" : "options";
  const verb = m.httpMethod;
  const fetchArg = init.length > 0 ? `{ ${init.join(", ")}, ...init }` : "init";
  out.push(
    `const data = await ${m.paginated ? "this.transport.call" : "call"}(`,
    `  "${verb}",`,
    `  "${m.path}",`,
    `  (init) => this.transport.api.${verb}("${m.path}", ${fetchArg}),`,
    `  ${key},`,
    `);`,
    m.returns ? `return camelize(data.${m.returns.property});` : `return camelize(data);`,
  );
  if (m.paginated) {
    return [`return this.paginate(params.cursor, async (cursor) => {`, ...out.map((l) => `  ${l}`), `});`].map((l) => `${indent}${l}`);
  }
  // An APIPromise: await it for the result, or `.withResponse()` for the response too.
  return [`return this.transport.promise(async (call) => {`, ...out.map((l) => `  ${l}`), `});`].map((l) => `${indent}${l}`);
}

function methodDoc(m: SurfaceMethod): string {
  const scope = m.scope ? `; \`${m.scope}\`` : "";
  const paging = m.paginated ? "\nAwait it for the first page, or `for await` over it for every item across pages." : "";
  const returns = m.returns ? `\nReturns the response's \`${m.returns.property}\`.` : "";
  return `${m.description} (\`${m.httpMethod} ${m.path}\`${scope})${returns}${paging}`;
}

function renderMethod(m: SurfaceMethod, visibility: "public" | "private"): string[] {
  const args = tsArgs(m).map(argText).join(", ");
  const name = visibility === "private" ? `#${snakeToCamel(m.key)}` : snakeToCamel(m.name);
  const head = `${name}(${args}): ${tsReturnType(m)} {`;
  return [...(visibility === "public" ? doc(methodDoc(m), "  ") : []), `  ${head}`, ...methodBody(m, "    "), "  }"];
}

function renderOverload(pair: SurfaceMethod[]): string[] {
  const [withId, withParams] = pair[0]!.pathParams.length > 0 ? [pair[0]!, pair[1]!] : [pair[1]!, pair[0]!];
  const name = snakeToCamel(withId.name);
  const lines: string[] = [];
  for (const m of [withParams, withId]) {
    lines.push(...doc(methodDoc(m), "  "), `  ${name}(${tsArgs(m).map(declText).join(", ")}): ${tsReturnType(m)};`);
  }
  const idArgs = tupleText(tsArgs(withId));
  const paramArgs = tupleText(tsArgs(withParams));
  lines.push(
    `  ${name}(...args: ${idArgs} | ${paramArgs}): ${tsReturnType(withId)} {`,
    `    return typeof args[0] === "string"`,
    `      ? this.#${snakeToCamel(withId.key)}(...(args as ${idArgs}))`,
    `      : this.#${snakeToCamel(withParams.key)}(...(args as ${paramArgs}));`,
    `  }`,
    "",
    ...renderMethod(withId, "private"),
    "",
    ...renderMethod(withParams, "private"),
  );
  return lines;
}

/** `src/generated/resources.ts`. */
export function renderTsResources(surface: Surface): string {
  const bases = new Map<string, string[]>();
  for (const r of surface.resources) {
    const base = TS_RESOURCE_BASES[r.name];
    if (base) bases.set(base.from, [...(bases.get(base.from) ?? []), base.name]);
  }
  const usesInstant = surface.methods.some((m) => m.params.some((p) => p.type.kind === "instant"));
  const usesModelParam = surface.methods.some((m) => m.params.some((p) => p.type.kind === "model"));
  const usesKey = surface.methods.some((m) => objectParams(m).some((p) => p.wire === "idempotency_key"));
  const lines: string[] = [
    TS_HEADER,
    "// The SDK surface declared by the spec's `x-agentdraft-sdk` extensions (tools/src/ts-sdk.ts).",
    `import { camelize${usesModelParam ? ", snakeize" : ""} } from "../case.ts";`,
    `import type { APIPromise } from "../api-promise.ts";`,
    `import type { PagePromise } from "../pagination.ts";`,
    `import { ${usesKey ? "withKey, " : ""}type RequestOptions, type Transport } from "../request.ts";`,
    `import { Resource } from "../resource.ts";`,
    ...(usesInstant ? [`import { optInstant, toInstant, type TimeInput } from "../time.ts";`] : []),
    ...[...bases].map(([from, names]) => `import { ${names.join(", ")} } from "${from}";`),
    `import type * as M from "./models.ts";`,
    `import type { components } from "./openapi.ts";`,
    "",
    `type Schemas = components["schemas"];`,
    "",
  ];
  for (const m of surface.methods) lines.push(...paramsInterface(m));
  for (const r of surface.resources) {
    const base = TS_RESOURCE_BASES[r.name]?.name ?? "Resource";
    lines.push(...doc(r.description, ""), `export class ${r.className} extends ${base} {`);
    const done = new Set<SurfaceMethod>();
    const blocks: string[][] = [];
    for (const m of r.methods) {
      if (done.has(m)) continue;
      if (m.overloaded) {
        const pair = r.methods.filter((x) => x.name === m.name);
        for (const x of pair) done.add(x);
        blocks.push(renderOverload(pair));
      } else {
        done.add(m);
        blocks.push(renderMethod(m, "public"));
      }
    }
    lines.push(...blocks.flatMap((b, i) => (i === 0 ? b : ["", ...b])), "}", "");
  }
  lines.push(
    "/** The resources of a client, by the name it exposes them under. */",
    "export interface Resources {",
    ...surface.resources.flatMap((r) => [...doc(r.description, "  "), `  readonly ${snakeToCamel(r.name)}: ${r.className};`]),
    "}",
    "",
    "export function createResources(transport: Transport): Resources {",
    "  return {",
    ...surface.resources.map((r) => `    ${snakeToCamel(r.name)}: new ${r.className}(transport),`),
    "  };",
    "}",
    "",
  );
  return lines.join("\n");
}

/** `src/generated/models.ts`: every component schema in SDK (camelCase) form. */
export function renderTsModels(doc: OpenApiDocument): string {
  const lines = [
    TS_HEADER,
    "// Every model of spec/openapi.yaml with camelCase keys (enums and scalars as they are).",
    `import type { Camelize } from "../case.ts";`,
    `import type { components } from "./openapi.ts";`,
    "",
    `type Schemas = components["schemas"];`,
    "",
  ];
  for (const [name, schema] of Object.entries(doc.components?.schemas ?? {})) {
    if (!IDENT.test(name)) continue;
    const description = typeof schema.description === "string" ? schema.description.split("\n")[0] : undefined;
    lines.push(...(description ? [`/** ${description} */`] : []), `export type ${name} = Camelize<Schemas["${name}"]>;`);
  }
  lines.push("");
  return lines.join("\n");
}
