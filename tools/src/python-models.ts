/**
 * OpenAPI 3.0 `components.schemas` → one Python module of typed, immutable models.
 *
 * The input is what `@typespec/openapi3` emits. The output targets Python 3.9+
 * with only the standard library: frozen dataclasses with `from_dict`/`to_dict`,
 * `Literal` aliases for enums and `Union` aliases (plus a `parse_*` function)
 * for unions. Generation is a pure function of the document, so a drift check
 * can compare the committed file byte for byte.
 *
 * Two phases: `buildDeclarations` turns schemas into a small IR (models, aliases,
 * field types), then the `render*` functions print it, recording which imports
 * and runtime helpers the module really uses so nothing unused is emitted.
 */

// ---------------------------------------------------------------------------
// The slice of OpenAPI 3.0 we read (plain parsed JSON/YAML).

export interface OpenApiSchema {
  $ref?: string;
  type?: string;
  format?: string;
  description?: string;
  nullable?: boolean;
  enum?: unknown[];
  properties?: Record<string, OpenApiSchema>;
  required?: string[];
  additionalProperties?: boolean | OpenApiSchema;
  items?: OpenApiSchema;
  allOf?: OpenApiSchema[];
  anyOf?: OpenApiSchema[];
  oneOf?: OpenApiSchema[];
  discriminator?: { propertyName: string; mapping?: Record<string, string> };
}

export interface OpenApiDocument {
  components?: { schemas?: Record<string, OpenApiSchema> };
}

export interface PythonModelsOptions {
  /** Comment block put first in the file; defaults to a "generated — do not edit" notice. */
  header?: string;
}

export const DEFAULT_PYTHON_HEADER =
  "# generated — do not edit.\n" +
  "# Built from the OpenAPI document's components.schemas by tools/src/python-models.ts;\n" +
  "# regenerate with `pnpm generate`.\n";

// ---------------------------------------------------------------------------
// Intermediate representation.

type Scalar = "str" | "int" | "float" | "bool" | "any" | "datetime" | "date";
type LiteralValue = string | number | boolean;

type PyType =
  | { kind: "scalar"; scalar: Scalar }
  | { kind: "literal"; values: LiteralValue[] }
  | { kind: "list"; item: PyType }
  | { kind: "map"; value: PyType }
  | { kind: "model"; name: string }
  /** A named non-model schema (enum, union, list, map, scalar). */
  | { kind: "alias"; name: string }
  /** A reference to a model with a discriminator: the base or any of its subtypes. */
  | { kind: "poly"; base: string }
  | { kind: "union"; variants: PyType[] }
  | { kind: "nullable"; inner: PyType };

interface Field {
  wire: string;
  py: string;
  type: PyType;
  required: boolean;
  description?: string;
}

/** `cases` pairs a discriminator value with the type it selects. */
interface Tag {
  property: string;
  cases: Array<[string, PyType]>;
}

interface ModelDecl {
  kind: "model";
  name: string;
  description?: string;
  fields: Field[];
  /** Set when this model is a discriminated base: `parse_x` dispatches to its subtypes. */
  poly?: { parseFn: string; tag: Tag };
}

interface AliasDecl {
  kind: "alias";
  name: string;
  description?: string;
  type: PyType;
  /** Named unions get a parse function (dispatching on `tag` when there is one). */
  parseFn?: string;
  tag?: Tag;
}

type Decl = ModelDecl | AliasDecl;

interface Ctx {
  schemas: Record<string, OpenApiSchema>;
  /** Schema name → declaration (named schemas only). */
  bySchema: Map<string, Decl>;
  /** Python name → declaration, including models hoisted from inline objects. */
  decls: Map<string, Decl>;
  /** Every module-level Python name handed out so far. */
  taken: Set<string>;
  /** Inline object schemas already hoisted, so each becomes one class. */
  hoisted: Map<OpenApiSchema, string>;
}

// ---------------------------------------------------------------------------
// Python naming.

const PY_KEYWORDS = new Set([
  "False",
  "None",
  "True",
  "and",
  "as",
  "assert",
  "async",
  "await",
  "break",
  "class",
  "continue",
  "def",
  "del",
  "elif",
  "else",
  "except",
  "finally",
  "for",
  "from",
  "global",
  "if",
  "import",
  "in",
  "is",
  "lambda",
  "nonlocal",
  "not",
  "or",
  "pass",
  "raise",
  "return",
  "try",
  "while",
  "with",
  "yield",
]);

/** Names the module itself uses at top level; a schema must not shadow them. */
const MODULE_RESERVED = new Set([
  ...PY_KEYWORDS,
  "Any",
  "Callable",
  "Dict",
  "List",
  "Literal",
  "Mapping",
  "Optional",
  "TypeVar",
  "Union",
  "Exception",
  "TypeError",
  "ValueError",
  "annotations",
  "dataclass",
  "datetime",
  "re",
]);

/**
 * Field names that would clash with the class's own methods, or would shadow a
 * name used in annotations when `typing.get_type_hints` evaluates them.
 */
const FIELD_RESERVED = new Set([...PY_KEYWORDS, "from_dict", "to_dict", "datetime", "str", "int", "float", "bool"]);

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** "Sample.Booking" → "SampleBooking"; keeps the inner casing of each part. */
function className(raw: string): string {
  const joined = raw
    .split(/[^A-Za-z0-9_]+/)
    .filter(Boolean)
    .map(capitalize)
    .join("");
  const name = capitalize(joined.replace(/^_+/, ""));
  if (name === "") return "Schema";
  return /^[0-9]/.test(name) ? `Schema${name}` : name;
}

/** "rule_id" → "RuleId": used to name classes hoisted from inline objects. */
function pascalCase(raw: string): string {
  return raw
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map(capitalize)
    .join("");
}

/** "HTTPError" → "http_error", "BookingEvent" → "booking_event". */
function snakeCase(name: string): string {
  return name
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2")
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase();
}

/** Wire name → attribute name: `from` → `from_`, `content-type` → `content_type`. */
function fieldName(wire: string): string {
  if (IDENTIFIER.test(wire)) return FIELD_RESERVED.has(wire) ? `${wire}_` : wire;
  const cleaned = wire.replace(/[^A-Za-z0-9_]+/g, "_").replace(/^_+|_+$/g, "");
  if (cleaned === "") return "field";
  const name = /^[0-9]/.test(cleaned) ? `field_${cleaned}` : cleaned;
  return FIELD_RESERVED.has(name) ? `${name}_` : name;
}

/** Hand out `wanted`, or `wanted2`, `wanted3`, … if it is taken. */
function claim(taken: Set<string>, wanted: string): string {
  let name = MODULE_RESERVED.has(wanted) ? `${wanted}_` : wanted;
  for (let n = 2; taken.has(name); n++) name = `${wanted}${n}`;
  taken.add(name);
  return name;
}

// ---------------------------------------------------------------------------
// Reading schemas.

const SCHEMA_REF = "#/components/schemas/";

function refName(ref: string): string {
  if (!ref.startsWith(SCHEMA_REF)) throw new Error(`python-models: unsupported $ref ${ref}`);
  const pointer = ref.slice(SCHEMA_REF.length);
  return decodeURIComponent(pointer).replace(/~1/g, "/").replace(/~0/g, "~");
}

function lookup(ctx: Ctx, ref: string): OpenApiSchema {
  const schema = ctx.schemas[refName(ref)];
  if (schema === undefined) throw new Error(`python-models: $ref to a missing schema: ${ref}`);
  return schema;
}

function isNullable(schema: OpenApiSchema): boolean {
  return schema.nullable === true || (schema.enum?.includes(null) ?? false);
}

function unionMembers(schema: OpenApiSchema): OpenApiSchema[] | undefined {
  return schema.oneOf ?? schema.anyOf;
}

/** Named schemas that become classes: objects with properties, `allOf` (extends/spread), empty models. */
function isModelSchema(schema: OpenApiSchema): boolean {
  if (schema.$ref !== undefined || schema.enum !== undefined || unionMembers(schema)) return false;
  if (schema.properties !== undefined || schema.allOf !== undefined) return true;
  const ap = schema.additionalProperties;
  return schema.type === "object" && (ap === undefined || ap === false);
}

/** A property and the class that declares it (inline objects in it are named after that class). */
interface OwnedProperty {
  schema: OpenApiSchema;
  owner: string;
}

/**
 * Properties of a model with everything inherited through `allOf` merged in:
 * parents first, then the model's own (which override a parent's definition but
 * keep its position, as TypeSpec redeclares e.g. a discriminator property).
 */
function collectProperties(
  ctx: Ctx,
  schema: OpenApiSchema,
  owner: string,
  seen: Set<OpenApiSchema> = new Set([schema]),
): { props: Map<string, OwnedProperty>; required: Set<string> } {
  const props = new Map<string, OwnedProperty>();
  const required = new Set<string>();
  for (const part of schema.allOf ?? []) {
    const parent = part.$ref !== undefined ? lookup(ctx, part.$ref) : part;
    if (seen.has(parent)) continue;
    seen.add(parent);
    const parentDecl = part.$ref !== undefined ? ctx.bySchema.get(refName(part.$ref)) : undefined;
    const inherited = collectProperties(ctx, parent, parentDecl?.name ?? owner, seen);
    for (const [key, value] of inherited.props) props.set(key, value);
    for (const key of inherited.required) required.add(key);
  }
  for (const [key, value] of Object.entries(schema.properties ?? {})) {
    props.set(key, { schema: value, owner });
  }
  for (const key of schema.required ?? []) required.add(key);
  return { props, required };
}

/** The single value of a property declared as a one-value enum, if it is one. */
function constantOf(schema: OpenApiSchema | undefined): string | undefined {
  const values = schema?.enum?.filter((value) => value !== null);
  return values?.length === 1 && typeof values[0] === "string" ? values[0] : undefined;
}

/**
 * Discriminator value → schema ref. Uses `mapping` when present; otherwise the
 * variants' constant tag property (or their schema name, per OpenAPI).
 */
function discriminatorMapping(ctx: Ctx, schemaName: string, schema: OpenApiSchema): Array<[string, string]> {
  const disc = schema.discriminator;
  if (disc === undefined) return [];
  if (disc.mapping !== undefined) return Object.entries(disc.mapping);
  const ownRef = SCHEMA_REF + schemaName;
  const refs =
    unionMembers(schema)?.flatMap((member) => (member.$ref !== undefined ? [member.$ref] : [])) ??
    Object.keys(ctx.schemas)
      .filter((name) => ctx.schemas[name]?.allOf?.some((part) => part.$ref === ownRef))
      .sort(compareNames)
      .map((name) => SCHEMA_REF + name);
  return refs.map((ref) => {
    const { props } = collectProperties(ctx, lookup(ctx, ref), "");
    return [constantOf(props.get(disc.propertyName)?.schema) ?? refName(ref), ref];
  });
}

// ---------------------------------------------------------------------------
// Schema → PyType.

function resolveType(ctx: Ctx, schema: OpenApiSchema, hint: string): PyType {
  const type = resolveBase(ctx, schema, hint);
  return isNullable(schema) && type.kind !== "nullable" ? { kind: "nullable", inner: type } : type;
}

function resolveBase(ctx: Ctx, schema: OpenApiSchema, hint: string): PyType {
  if (schema.$ref !== undefined) return refType(ctx, schema.$ref);
  if (schema.enum !== undefined) return enumType(schema.enum);
  const members = unionMembers(schema);
  if (members !== undefined) return unionType(ctx, members, hint);
  if (schema.allOf !== undefined) {
    // `{allOf: [{$ref}], nullable}` is how a nullable or documented reference is written.
    const only = schema.allOf[0];
    if (schema.allOf.length === 1 && only !== undefined && schema.properties === undefined) {
      return resolveType(ctx, only, hint);
    }
    return hoistModel(ctx, schema, hint);
  }
  if (schema.type === "array") {
    return { kind: "list", item: resolveType(ctx, schema.items ?? {}, `${hint}Item`) };
  }
  if (schema.properties !== undefined && Object.keys(schema.properties).length > 0) {
    return hoistModel(ctx, schema, hint);
  }
  if (schema.type === "object" || schema.additionalProperties !== undefined) {
    const ap = schema.additionalProperties;
    const value = typeof ap === "object" ? resolveType(ctx, ap, `${hint}Value`) : scalar("any");
    return { kind: "map", value };
  }
  return scalar(scalarOf(schema));
}

function scalar(name: Scalar): PyType {
  return { kind: "scalar", scalar: name };
}

function scalarOf(schema: OpenApiSchema): Scalar {
  switch (schema.type) {
    case "string":
      if (schema.format === "date-time") return "datetime";
      return schema.format === "date" ? "date" : "str";
    case "integer":
      return "int";
    case "number":
      return "float";
    case "boolean":
      return "bool";
    default:
      return "any";
  }
}

function enumType(values: unknown[]): PyType {
  const literals = values.filter((value): value is LiteralValue => ["string", "number", "boolean"].includes(typeof value));
  if (literals.length === 0) return scalar("any");
  // typing.Literal only takes str, int and bool (no floats), so fall back to the base type.
  if (literals.some((value) => typeof value === "number" && !Number.isInteger(value))) {
    return scalar(literals.every((value) => typeof value === "number") ? "float" : "any");
  }
  return { kind: "literal", values: literals };
}

function refType(ctx: Ctx, ref: string): PyType {
  const decl = ctx.bySchema.get(refName(ref));
  if (decl === undefined) throw new Error(`python-models: $ref to a missing schema: ${ref}`);
  if (decl.kind === "alias") return { kind: "alias", name: decl.name };
  const type: PyType = decl.poly ? { kind: "poly", base: decl.name } : { kind: "model", name: decl.name };
  // A model can't be None itself, so a nullable model schema makes its references Optional.
  return isNullable(lookup(ctx, ref)) ? { kind: "nullable", inner: type } : type;
}

/** Variants in order; a nullable variant makes the whole union Optional instead. */
function unionType(ctx: Ctx, members: OpenApiSchema[], hint: string): PyType {
  let nullable = false;
  const variants: PyType[] = [];
  const seen = new Set<string>();
  members.forEach((member, index) => {
    let type = resolveType(ctx, member, `${hint}Variant${index + 1}`);
    if (type.kind === "nullable") {
      nullable = true;
      type = type.inner;
    }
    const key = JSON.stringify(type);
    if (!seen.has(key)) variants.push(type);
    seen.add(key);
  });
  const union: PyType = variants.length === 1 && variants[0] ? variants[0] : { kind: "union", variants };
  return nullable ? { kind: "nullable", inner: union } : union;
}

/** Inline object with properties → its own class, named after where it appears. */
function hoistModel(ctx: Ctx, schema: OpenApiSchema, hint: string): PyType {
  let name = ctx.hoisted.get(schema);
  if (name === undefined) {
    name = claim(ctx.taken, className(hint));
    ctx.hoisted.set(schema, name);
    const decl: ModelDecl = { kind: "model", name, fields: [] };
    ctx.decls.set(name, decl);
    fillModel(ctx, decl, schema);
  }
  return { kind: "model", name };
}

/** Fields in a stable order: required first (Python dataclasses demand it), then optional. */
function fillModel(ctx: Ctx, decl: ModelDecl, schema: OpenApiSchema): void {
  decl.description = schema.description;
  const { props, required } = collectProperties(ctx, schema, decl.name);
  const used = new Set<string>();
  const fields: Field[] = [];
  for (const [wire, { schema: prop, owner }] of props) {
    let py = fieldName(wire);
    while (used.has(py)) py = `${py}_`;
    used.add(py);
    const type = resolveType(ctx, prop, owner + pascalCase(wire));
    fields.push({ wire, py, type, required: required.has(wire), description: prop.description });
  }
  decl.fields = [...fields.filter((f) => f.required), ...fields.filter((f) => !f.required)];
}

/** `baseName` is set for a discriminated base model, which may list itself in its mapping. */
function tagOf(ctx: Ctx, schemaName: string, schema: OpenApiSchema, baseName?: string): Tag | undefined {
  const disc = schema.discriminator;
  if (disc === undefined) return undefined;
  const cases = discriminatorMapping(ctx, schemaName, schema).map(([value, ref]): [string, PyType] => {
    // The base in its own mapping must parse as itself, not dispatch back to parse_<base>.
    const isBase = baseName !== undefined && refName(ref) === schemaName;
    return [value, isBase ? { kind: "model", name: baseName } : refType(ctx, ref)];
  });
  return { property: disc.propertyName, cases };
}

/** Code-point order, independent of the machine's locale. */
function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function buildDeclarations(doc: OpenApiDocument): Ctx {
  const schemas = doc.components?.schemas ?? {};
  const ctx: Ctx = { schemas, bySchema: new Map(), decls: new Map(), taken: new Set(), hoisted: new Map() };
  const names = Object.keys(schemas).sort(compareNames);

  // Pass 1: name every schema, so references resolve regardless of order.
  for (const schemaName of names) {
    const schema = schemas[schemaName] ?? {};
    const name = claim(ctx.taken, className(schemaName));
    const decl: Decl = isModelSchema(schema) ? { kind: "model", name, fields: [] } : { kind: "alias", name, type: scalar("any") };
    ctx.bySchema.set(schemaName, decl);
    ctx.decls.set(name, decl);
  }
  // Discriminated base models and named unions also get a `parse_<snake_name>` function.
  for (const schemaName of names) {
    const schema = schemas[schemaName] ?? {};
    const decl = ctx.bySchema.get(schemaName);
    if (decl === undefined) continue;
    const parseFn = `parse_${snakeCase(decl.name)}`;
    if (decl.kind === "model" && schema.discriminator !== undefined) {
      const tag = { property: schema.discriminator.propertyName, cases: [] }; // cases: pass 2
      decl.poly = { parseFn: claim(ctx.taken, parseFn), tag };
    }
    if (decl.kind === "alias" && unionMembers(schema)) decl.parseFn = claim(ctx.taken, parseFn);
  }

  // Pass 2: resolve fields and alias targets (this may hoist inline objects).
  for (const schemaName of names) {
    const schema = schemas[schemaName] ?? {};
    const decl = ctx.bySchema.get(schemaName);
    if (decl === undefined) continue;
    if (decl.kind === "model") {
      fillModel(ctx, decl, schema);
      if (decl.poly) decl.poly.tag = tagOf(ctx, schemaName, schema, decl.name) ?? decl.poly.tag;
    } else {
      decl.description = schema.description;
      decl.type = resolveType(ctx, schema, decl.name);
      if (decl.parseFn !== undefined) decl.tag = tagOf(ctx, schemaName, schema);
    }
  }
  rejectAliasCycles(ctx);
  return ctx;
}

/**
 * `A = List[A]` can't be parsed by composing helpers (it would never end). A
 * cycle through a class or a named union is fine: those are called by name.
 */
function rejectAliasCycles(ctx: Ctx): void {
  const plain = (name: string): AliasDecl | undefined => {
    const decl = ctx.decls.get(name);
    return decl?.kind === "alias" && decl.parseFn === undefined ? decl : undefined;
  };
  const visit = (decl: AliasDecl, path: string[]): void => {
    if (path.includes(decl.name)) {
      throw new Error(`python-models: unsupported recursive alias ${[...path, decl.name].join(" -> ")}`);
    }
    for (const dep of aliasDeps(decl.type)) {
      const next = plain(dep);
      if (next !== undefined) visit(next, [...path, decl.name]);
    }
  };
  for (const decl of ctx.decls.values()) {
    if (decl.kind === "alias" && decl.parseFn === undefined) visit(decl, []);
  }
}

// ---------------------------------------------------------------------------
// Rendering: what the module uses, so imports and helpers are exactly those.

interface Usage {
  typing: Set<string>;
  helpers: Set<string>;
  modules: Set<string>;
}

const MAX_LINE = 88;

/**
 * A Python string literal. JSON's escapes are all valid in Python; like black,
 * use double quotes unless single quotes need fewer escapes.
 */
function pyString(value: string): string {
  const body = JSON.stringify(value).slice(1, -1);
  const count = (quote: string): number => value.split(quote).length - 1;
  if (count('"') <= count("'")) return `"${body}"`;
  return `'${body.replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

function pyLiteral(value: LiteralValue): string {
  if (typeof value === "boolean") return value ? "True" : "False";
  return typeof value === "string" ? pyString(value) : String(value);
}

function lookupDecl(ctx: Ctx, name: string): Decl {
  const decl = ctx.decls.get(name);
  if (decl === undefined) throw new Error(`python-models: internal error, no declaration ${name}`);
  return decl;
}

function polyMembers(ctx: Ctx, base: string): PyType[] {
  const decl = lookupDecl(ctx, base);
  const cases = decl.kind === "model" ? (decl.poly?.tag.cases ?? []) : [];
  const isBase = (type: PyType): boolean => type.kind === "model" && type.name === base;
  const members = cases.map(([, type]) => type).filter((type) => !isBase(type));
  return [...members, { kind: "model", name: base }];
}

/**
 * Python annotation for a type. `quote` names aliases not yet defined when an
 * alias is evaluated at import time (only recursive unions need it).
 */
function annotation(ctx: Ctx, use: Usage, type: PyType, quote?: Set<string>): string {
  const ann = (inner: PyType): string => annotation(ctx, use, inner, quote);
  switch (type.kind) {
    case "scalar":
      if (type.scalar === "any") return typing(use, "Any");
      if (type.scalar === "datetime" || type.scalar === "date") {
        use.modules.add("datetime");
        return `datetime.${type.scalar}`;
      }
      return type.scalar;
    case "literal":
      return `${typing(use, "Literal")}[${type.values.map(pyLiteral).join(", ")}]`;
    case "list":
      return `${typing(use, "List")}[${ann(type.item)}]`;
    case "map":
      return `${typing(use, "Dict")}[str, ${ann(type.value)}]`;
    case "model":
      return type.name;
    case "alias":
      return quote?.has(type.name) ? pyString(type.name) : type.name;
    case "poly":
      return unionAnnotation(use, polyMembers(ctx, type.base).map(ann));
    case "union":
      return unionAnnotation(use, type.variants.map(ann));
    case "nullable":
      return `${typing(use, "Optional")}[${ann(type.inner)}]`;
  }
}

function unionAnnotation(use: Usage, members: string[]): string {
  const unique = [...new Set(members)];
  return unique.length === 1 && unique[0] ? unique[0] : `${typing(use, "Union")}[${unique.join(", ")}]`;
}

function typing(use: Usage, name: string): string {
  use.typing.add(name);
  return name;
}

function helper(use: Usage, name: string): string {
  use.helpers.add(name);
  return name;
}

/** Expression for a one-argument callable turning a JSON value into `type`. */
function parser(ctx: Ctx, use: Usage, type: PyType): string {
  switch (type.kind) {
    case "scalar":
      return helper(use, `_${type.scalar}`);
    case "literal":
      return literalParser(use, type.values);
    case "list":
      return `${helper(use, "_list_of")}(${parser(ctx, use, type.item)})`;
    case "map":
      return `${helper(use, "_dict_of")}(${parser(ctx, use, type.value)})`;
    case "model":
      return `${type.name}.from_dict`;
    case "alias": {
      const decl = lookupDecl(ctx, type.name);
      if (decl.kind === "alias" && decl.parseFn !== undefined) return decl.parseFn;
      return decl.kind === "alias" ? parser(ctx, use, decl.type) : `${decl.name}.from_dict`;
    }
    case "poly": {
      const decl = lookupDecl(ctx, type.base);
      return decl.kind === "model" && decl.poly ? decl.poly.parseFn : `${type.base}.from_dict`;
    }
    case "union": {
      // Inline unions are tried in order; named ones get a parse function instead.
      const name = pyString(annotation(ctx, use, type));
      const variants = type.variants.map((variant) => parser(ctx, use, variant));
      return `${helper(use, "_any_of")}(${[name, ...variants].join(", ")})`;
    }
    case "nullable":
      return `${helper(use, "_nullable")}(${parser(ctx, use, type.inner)})`;
  }
}

/**
 * One-value enums are constants (often a discriminator), so they must match.
 * Wider enums accept unknown values of the right JSON type: a newer server
 * adding a status must not break an older client.
 */
function literalParser(use: Usage, values: LiteralValue[]): string {
  const [only] = values;
  if (values.length === 1 && only !== undefined) return `${helper(use, "_const")}(${pyLiteral(only)})`;
  if (values.every((value) => typeof value === "string")) return helper(use, "_str_enum");
  if (values.every((value) => typeof value === "number")) return helper(use, "_number_enum");
  return helper(use, "_any");
}

/** Expression converting `expr` (of `type`) back to JSON data. */
function serializer(ctx: Ctx, use: Usage, type: PyType, expr: string): string {
  switch (type.kind) {
    case "scalar":
      if (type.scalar === "datetime") return `${helper(use, "_format_datetime")}(${expr})`;
      if (type.scalar === "date") return `${expr}.isoformat()`;
      return type.scalar === "any" ? `${helper(use, "_dump")}(${expr})` : expr;
    case "literal":
      return expr;
    case "model":
      return `${expr}.to_dict()`;
    case "alias": {
      const decl = lookupDecl(ctx, type.name);
      return decl.kind === "alias" ? serializer(ctx, use, decl.type, expr) : `${expr}.to_dict()`;
    }
    case "nullable": {
      // Identity stays identity; anything else goes through _dump, which passes None on.
      const probe: Usage = { typing: new Set(), helpers: new Set(), modules: new Set() };
      const inner = serializer(ctx, probe, type.inner, expr);
      return inner === expr ? expr : `${helper(use, "_dump")}(${expr})`;
    }
    default:
      return `${helper(use, "_dump")}(${expr})`;
  }
}

// ---------------------------------------------------------------------------
// Rendering: source text.

/** Greedy word wrap of one line to `width` columns; a longer word stays whole. */
function wrapLine(line: string, width: number): string[] {
  if (line.length <= width) return [line];
  const lead = /^\s*/.exec(line)?.[0] ?? ""; // keeps e.g. an indented list item indented
  const out: string[] = [];
  let current = "";
  for (const word of line.trim().split(/\s+/)) {
    if (current !== "" && current.length + 1 + word.length > width) {
      out.push(current);
      current = lead + word;
    } else {
      current = current === "" ? lead + word : `${current} ${word}`;
    }
  }
  return [...out, current];
}

const MARKDOWN_BLOCK = /^(\s|[-*+>#|]|\d+[.)]\s|```)/;

/**
 * Description lines, ready to wrap: each plain paragraph is joined into one line
 * (so a description pre-wrapped at another width reflows cleanly); paragraphs
 * with Markdown structure (lists, code, tables…) keep their lines.
 */
function descriptionLines(text: string): string[] {
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .trim()
    .split(/\n\s*\n/);
  return paragraphs.flatMap((paragraph, index) => {
    const lines = paragraph.split("\n").map((line) => line.trimEnd());
    const kept = lines.some((line) => MARKDOWN_BLOCK.test(line)) ? lines : [lines.join(" ")];
    return index === 0 ? kept : ["", ...kept];
  });
}

/** A docstring, wrapped to the line limit (PEP 257 layout when it spans lines). */
function docstring(text: string, indent: string): string[] {
  const escaped = descriptionLines(text.replace(/\\/g, "\\\\").replace(/"""/g, '\\"\\"\\"'));
  const last = escaped.length - 1;
  // A quote right before the closing """ would end the string early.
  escaped[last] = (escaped[last] ?? "").replace(/"$/, '\\"');
  const oneLine = `${indent}"""${escaped[0] ?? ""}"""`;
  if (escaped.length === 1 && oneLine.length <= MAX_LINE) return [oneLine];
  const [first = "", ...rest] = escaped.flatMap((line) => wrapLine(line, MAX_LINE - indent.length - 3));
  const body = dedent(rest).map((line) => (line === "" ? "" : indent + line));
  return [`${indent}"""${first}`, ...body, `${indent}"""`];
}

/** Python (and formatters) strip the common indentation of a docstring's later lines. */
function dedent(lines: string[]): string[] {
  const indents = lines.filter((line) => line !== "").map((line) => line.length - line.trimStart().length);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(common));
}

/** `#:` comments (the Sphinx attribute-doc form) for a field or alias, wrapped to the line limit. */
function docComment(text: string | undefined, indent: string): string[] {
  if (text === undefined || text.trim() === "") return [];
  return descriptionLines(text)
    .flatMap((line) => wrapLine(line, MAX_LINE - indent.length - 3))
    .map((line) => `${indent}#:${line === "" ? "" : ` ${line}`}`);
}

/**
 * `head(args)tail` on one line if it fits, else one argument per line with a
 * trailing comma — the layout black/ruff-format keep as is.
 */
function call(indent: string, head: string, args: string[], tail = ""): string[] {
  const flat = `${indent}${head}(${args.join(", ")})${tail}`;
  if (flat.length <= MAX_LINE || args.length === 0) return [flat];
  return [`${indent}${head}(`, ...args.map((arg) => `${indent}    ${arg},`), `${indent})${tail}`];
}

/** `Name = Literal[...]` / `Union[...]`, wrapped one member per line when too long. */
function assignment(name: string, value: string): string[] {
  const flat = `${name} = ${value}`;
  const open = value.indexOf("[");
  if (flat.length <= MAX_LINE || open < 0 || !value.endsWith("]")) return [flat];
  const members = splitTopLevel(value.slice(open + 1, -1));
  return [`${name} = ${value.slice(0, open)}[`, ...members.map((member) => `    ${member},`), "]"];
}

/** Split "a, B[c, d], 'e, f'" on its top-level commas. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote !== undefined) {
      if (ch === "\\") i++;
      else if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "[") depth++;
    else if (ch === "]") depth--;
    else if (ch === "," && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}

function renderModel(ctx: Ctx, use: Usage, decl: ModelDecl): string[] {
  use.typing.add("Any").add("Dict").add("Mapping");
  const lines = ["@dataclass(frozen=True)", `class ${decl.name}:`];
  if (decl.description?.trim()) lines.push(...docstring(decl.description, "    "), "");
  for (const field of decl.fields) {
    lines.push(...docComment(field.description, "    "));
    lines.push(`    ${field.py}: ${fieldAnnotation(ctx, use, field)}`);
  }
  if (decl.fields.length > 0) lines.push("");
  lines.push(...renderFromDict(ctx, use, decl), "", ...renderToDict(ctx, use, decl));
  return lines;
}

function fieldAnnotation(ctx: Ctx, use: Usage, field: Field): string {
  if (field.required) return annotation(ctx, use, field.type);
  const inner = field.type.kind === "nullable" ? field.type.inner : field.type;
  return `${typing(use, "Optional")}[${annotation(ctx, use, inner)}] = None`;
}

function renderFromDict(ctx: Ctx, use: Usage, decl: ModelDecl): string[] {
  const model = pyString(decl.name);
  const args = decl.fields.map((field) => {
    // `_opt` already maps null to None, so optional fields parse the non-null type.
    const type = !field.required && field.type.kind === "nullable" ? field.type.inner : field.type;
    const read = helper(use, field.required ? "_get" : "_opt");
    const wire = pyString(field.wire);
    return { head: `${field.py}=${read}`, args: ["data", model, wire, parser(ctx, use, type)] };
  });
  const lines = [
    "    @classmethod",
    `    def from_dict(cls, data: Mapping[str, Any]) -> ${decl.name}:`,
    '        """Build from JSON data; unknown keys are ignored."""',
    `        ${helper(use, "_expect_object")}(data, ${model})`,
  ];
  if (args.length === 0) return [...lines, "        return cls()"];
  lines.push("        return cls(");
  for (const arg of args) lines.push(...call("            ", arg.head, arg.args, ","));
  lines.push("        )");
  return lines;
}

function renderToDict(ctx: Ctx, use: Usage, decl: ModelDecl): string[] {
  const lines = [
    "    def to_dict(self) -> Dict[str, Any]:",
    '        """Return the JSON form; optional fields that are None are left out."""',
  ];
  if (decl.fields.length === 0) return [...lines, "        return {}"];
  const required = decl.fields.filter((field) => field.required);
  const optional = decl.fields.filter((field) => !field.required);
  const entries = required.map((field) => {
    const value = serializer(ctx, use, field.type, `self.${field.py}`);
    return `            ${pyString(field.wire)}: ${value},`;
  });
  // Only optional fields need the dict built up step by step.
  if (optional.length === 0) return [...lines, "        return {", ...entries, "        }"];
  if (entries.length === 0) lines.push("        data: Dict[str, Any] = {}");
  else lines.push("        data: Dict[str, Any] = {", ...entries, "        }");
  for (const field of optional) {
    const type = field.type.kind === "nullable" ? field.type.inner : field.type;
    lines.push(
      `        if self.${field.py} is not None:`,
      `            data[${pyString(field.wire)}] = ${serializer(ctx, use, type, `self.${field.py}`)}`,
    );
  }
  lines.push("        return data");
  return lines;
}

/** `if tag == "x": return X.from_dict(data)` for each case of a discriminator. */
function dispatchLines(ctx: Ctx, use: Usage, name: string, tag: Tag): string[] {
  const read = helper(use, "_discriminator");
  const lines = [`    tag = ${read}(data, ${pyString(name)}, ${pyString(tag.property)})`];
  for (const [value, type] of tag.cases) {
    lines.push(`    if tag == ${pyString(value)}:`, `        return ${parser(ctx, use, type)}(data)`);
  }
  return lines;
}

function renderPolyParse(ctx: Ctx, use: Usage, decl: ModelDecl): string[] {
  if (!decl.poly) return [];
  const { parseFn, tag } = decl.poly;
  const returns = annotation(ctx, use, { kind: "poly", base: decl.name });
  const tagField = pyString(tag.property);
  return [
    `def ${parseFn}(data: ${typing(use, "Any")}) -> ${returns}:`,
    `    """Parse JSON data into ${decl.name}, or the subtype its ${tagField} field names.`,
    "",
    `    An unknown ${tag.property} gives a plain ${decl.name}, so newer servers don't break this client.`,
    '    """',
    ...dispatchLines(ctx, use, decl.name, tag),
    `    return ${decl.name}.from_dict(data)`,
  ];
}

function renderAlias(ctx: Ctx, use: Usage, decl: AliasDecl, quote: Set<string>): string[] {
  const value = annotation(ctx, use, decl.type, quote);
  const lines = [...docComment(decl.description, ""), ...assignment(decl.name, value)];
  if (decl.parseFn === undefined) return lines;
  const union = decl.type.kind === "nullable" ? decl.type.inner : decl.type;
  const variants = union.kind === "union" ? union.variants : [union];
  lines.push("", "", `def ${decl.parseFn}(data: ${typing(use, "Any")}) -> ${decl.name}:`);
  if (decl.tag !== undefined) {
    const tagField = pyString(decl.tag.property);
    lines.push(`    """Parse JSON data into ${decl.name}; the ${tagField} field picks the variant."""`);
  } else {
    lines.push(`    """Parse JSON data into ${decl.name}, trying each variant in order."""`);
  }
  if (decl.type.kind === "nullable") lines.push("    if data is None:", "        return None");
  if (decl.tag !== undefined) {
    const known = decl.tag.cases.map(([value]) => pyString(value));
    lines.push(...dispatchLines(ctx, use, decl.name, decl.tag));
    const raise = `raise ${helper(use, "_unknown_tag")}`;
    lines.push(...call("    ", raise, [pyString(decl.name), "tag", ...known]));
  } else {
    const args = [pyString(decl.name), ...variants.map((variant) => parser(ctx, use, variant))];
    // The annotated local keeps mypy --strict from seeing an untyped (Any) return.
    lines.push(...call("    ", `parse = ${helper(use, "_any_of")}`, args));
    lines.push(`    result: ${decl.name} = parse(data)`, "    return result");
  }
  return lines;
}

/** Names of aliases a type refers to without going through a class. */
function aliasDeps(type: PyType): string[] {
  switch (type.kind) {
    case "alias":
      return [type.name];
    case "list":
      return aliasDeps(type.item);
    case "map":
      return aliasDeps(type.value);
    case "union":
      return type.variants.flatMap(aliasDeps);
    case "nullable":
      return aliasDeps(type.inner);
    default:
      return [];
  }
}

function refersToClasses(type: PyType): boolean {
  switch (type.kind) {
    case "model":
    case "poly":
    case "alias":
      return true;
    case "list":
      return refersToClasses(type.item);
    case "map":
      return refersToClasses(type.value);
    case "union":
      return type.variants.some(refersToClasses);
    case "nullable":
      return refersToClasses(type.inner);
    default:
      return false;
  }
}

/**
 * Aliases are evaluated at import time, so each must follow the aliases it
 * uses. Depth-first in name order keeps that and stays deterministic; a name
 * met again while still in progress (a recursive union) is quoted.
 */
function orderAliases(aliases: AliasDecl[]): Array<{ decl: AliasDecl; quote: Set<string> }> {
  const byName = new Map(aliases.map((decl) => [decl.name, decl]));
  const done = new Set<string>();
  const active = new Set<string>();
  const ordered: Array<{ decl: AliasDecl; quote: Set<string> }> = [];
  const visit = (decl: AliasDecl): void => {
    if (done.has(decl.name) || active.has(decl.name)) return;
    active.add(decl.name);
    const quote = new Set<string>();
    for (const dep of aliasDeps(decl.type)) {
      const target = byName.get(dep);
      if (target === undefined) continue;
      if (active.has(dep)) quote.add(dep);
      else visit(target);
    }
    active.delete(decl.name);
    done.add(decl.name);
    ordered.push({ decl, quote });
  };
  for (const decl of aliases) visit(decl);
  return ordered;
}

// ---------------------------------------------------------------------------
// Runtime helpers copied into the module when used (private, `_`-prefixed).

interface HelperDef {
  code: string;
  helpers?: string[];
  typing?: string[];
  modules?: string[];
}

const HELPERS: Record<string, HelperDef> = {
  _T: { code: '_T = TypeVar("_T")', typing: ["TypeVar"] },
  _expect_object: {
    typing: ["Any", "Mapping"],
    code: `def _expect_object(data: Any, where: str) -> None:
    if not isinstance(data, Mapping):
        raise TypeError(f"{where}: expected a JSON object, got {type(data).__name__}")`,
  },
  _get: {
    helpers: ["_T", "_parse_field"],
    typing: ["Any", "Callable", "Mapping"],
    code: `def _get(
    data: Mapping[str, Any], model: str, key: str, parse: Callable[[Any], _T]
) -> _T:
    """Read a required field; a missing key is an error naming model and field."""
    if key not in data:
        raise ValueError(f"{model}: missing required field {key!r}")
    return _parse_field(data[key], model, key, parse)`,
  },
  _opt: {
    helpers: ["_T", "_parse_field"],
    typing: ["Any", "Callable", "Mapping", "Optional"],
    code: `def _opt(
    data: Mapping[str, Any], model: str, key: str, parse: Callable[[Any], _T]
) -> Optional[_T]:
    """Read an optional field; absent and null both give None."""
    value = data.get(key)
    return None if value is None else _parse_field(value, model, key, parse)`,
  },
  _parse_field: {
    helpers: ["_T", "_within"],
    typing: ["Any", "Callable"],
    code: `def _parse_field(value: Any, model: str, key: str, parse: Callable[[Any], _T]) -> _T:
    try:
        return parse(value)
    except (TypeError, ValueError) as exc:
        raise _within(f"{model}.{key}", exc) from exc`,
  },
  _within: {
    code: `def _within(where: str, exc: Exception) -> Exception:
    """Prefix an error with where it happened, e.g. "Booking.slots[2]: ..."."""
    message = str(exc)
    text = where + message if message.startswith("[") else f"{where}: {message}"
    return TypeError(text) if isinstance(exc, TypeError) else ValueError(text)`,
  },
  _type_error: {
    typing: ["Any"],
    code: `def _type_error(expected: str, value: Any) -> TypeError:
    return TypeError(f"expected {expected}, got {type(value).__name__}")`,
  },
  _str: {
    helpers: ["_type_error"],
    typing: ["Any"],
    code: `def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise _type_error("str", value)
    return value`,
  },
  _int: {
    helpers: ["_type_error"],
    typing: ["Any"],
    code: `def _int(value: Any) -> int:
    # bool is a subclass of int, but true/false are not JSON integers.
    if isinstance(value, bool) or not isinstance(value, int):
        raise _type_error("int", value)
    return value`,
  },
  _float: {
    helpers: ["_type_error"],
    typing: ["Any"],
    code: `def _float(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _type_error("float", value)
    return float(value)`,
  },
  _bool: {
    helpers: ["_type_error"],
    typing: ["Any"],
    code: `def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise _type_error("bool", value)
    return value`,
  },
  _any: {
    typing: ["Any"],
    code: `def _any(value: Any) -> Any:
    return value`,
  },
  _str_enum: {
    helpers: ["_str"],
    typing: ["Any"],
    code: `def _str_enum(value: Any) -> Any:
    """A string enum value; unknown ones are kept, so a newer server can add values."""
    return _str(value)`,
  },
  _number_enum: {
    helpers: ["_type_error"],
    typing: ["Any"],
    code: `def _number_enum(value: Any) -> Any:
    """A numeric enum value; unknown ones are kept, so a newer server can add values."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _type_error("number", value)
    return value`,
  },
  _const: {
    typing: ["Any", "Callable"],
    code: `def _const(expected: Any) -> Callable[[Any], Any]:
    """Parser for a one-value enum, which must match exactly."""

    def parse_const(value: Any) -> Any:
        if value != expected or isinstance(value, bool) != isinstance(expected, bool):
            raise ValueError(f"expected {expected!r}, got {value!r}")
        return value

    return parse_const`,
  },
  _nullable: {
    helpers: ["_T"],
    typing: ["Any", "Callable", "Optional"],
    code: `def _nullable(parse: Callable[[Any], _T]) -> Callable[[Any], Optional[_T]]:
    def parse_nullable(value: Any) -> Optional[_T]:
        return None if value is None else parse(value)

    return parse_nullable`,
  },
  _list_of: {
    helpers: ["_T", "_type_error", "_within"],
    typing: ["Any", "Callable", "List"],
    code: `def _list_of(parse: Callable[[Any], _T]) -> Callable[[Any], List[_T]]:
    def parse_list(value: Any) -> List[_T]:
        if not isinstance(value, list):
            raise _type_error("list", value)
        items = []
        for index, item in enumerate(value):
            try:
                items.append(parse(item))
            except (TypeError, ValueError) as exc:
                raise _within(f"[{index}]", exc) from exc
        return items

    return parse_list`,
  },
  _dict_of: {
    helpers: ["_T", "_type_error", "_within"],
    typing: ["Any", "Callable", "Dict", "Mapping"],
    code: `def _dict_of(parse: Callable[[Any], _T]) -> Callable[[Any], Dict[str, _T]]:
    def parse_dict(value: Any) -> Dict[str, _T]:
        if not isinstance(value, Mapping):
            raise _type_error("object", value)
        items = {}
        for key, item in value.items():
            try:
                items[key] = parse(item)
            except (TypeError, ValueError) as exc:
                raise _within(f"[{key!r}]", exc) from exc
        return items

    return parse_dict`,
  },
  _any_of: {
    typing: ["Any", "Callable"],
    code: `def _any_of(name: str, *parsers: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """Parser for a union without discriminator: the first variant that accepts wins."""

    def parse_any_of(value: Any) -> Any:
        errors = []
        for parse in parsers:
            try:
                return parse(value)
            except (TypeError, ValueError) as exc:
                errors.append(str(exc))
        raise ValueError(f"{name}: no variant matched ({'; '.join(errors)})")

    return parse_any_of`,
  },
  _discriminator: {
    helpers: ["_expect_object"],
    typing: ["Any"],
    code: `def _discriminator(data: Any, name: str, tag: str) -> str:
    """Read the field that names which variant the data is."""
    _expect_object(data, name)
    if tag not in data:
        raise ValueError(f"{name}: missing discriminator field {tag!r}")
    value = data[tag]
    if not isinstance(value, str):
        raise TypeError(f"{name}.{tag}: expected str, got {type(value).__name__}")
    return value`,
  },
  _unknown_tag: {
    code: `def _unknown_tag(name: str, tag: str, *known: str) -> ValueError:
    expected = ", ".join(repr(value) for value in known)
    return ValueError(f"{name}: unknown discriminator {tag!r}, expected {expected}")`,
  },
  _datetime: {
    helpers: ["_type_error"],
    typing: ["Any"],
    modules: ["datetime", "re"],
    code: String.raw`_RFC3339 = re.compile(
    r"([0-9]{4}-[0-9]{2}-[0-9]{2})[Tt ]([0-9]{2}:[0-9]{2}:[0-9]{2})(?:\.([0-9]+))?"
    r"([Zz]|[+-][0-9]{2}:[0-9]{2})"
)


def _datetime(value: Any) -> datetime.datetime:
    """Parse an RFC 3339 date-time, which must carry an offset.

    fromisoformat alone is not enough on Python 3.9/3.10: it rejects a trailing
    "Z" and fractions that are not exactly 3 or 6 digits long.
    """
    if not isinstance(value, str):
        raise _type_error("RFC 3339 date-time string", value)
    match = _RFC3339.fullmatch(value)
    if match is None:
        raise ValueError(f"expected an RFC 3339 date-time with offset, got {value!r}")
    day, time, fraction, offset = match.groups()
    micros = (fraction or "").ljust(6, "0")[:6]
    zone = "+00:00" if offset in ("Z", "z") else offset
    try:
        return datetime.datetime.fromisoformat(f"{day}T{time}.{micros}{zone}")
    except ValueError:
        raise ValueError(f"invalid RFC 3339 date-time {value!r}") from None`,
  },
  _date: {
    helpers: ["_type_error"],
    typing: ["Any"],
    modules: ["datetime", "re"],
    code: `def _date(value: Any) -> datetime.date:
    if not isinstance(value, str):
        raise _type_error("date string", value)
    try:
        if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value) is None:
            raise ValueError
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"expected a YYYY-MM-DD date, got {value!r}") from None`,
  },
  _format_datetime: {
    modules: ["datetime"],
    code: `def _format_datetime(value: datetime.datetime) -> str:
    """RFC 3339 with an explicit offset; UTC is written as "Z"."""
    offset = value.utcoffset()
    if offset is None:
        raise ValueError(f"datetime {value.isoformat()} has no timezone (RFC 3339)")
    if value.microsecond == 0:
        text = value.isoformat(timespec="seconds")
    elif value.microsecond % 1000 == 0:
        text = value.isoformat(timespec="milliseconds")
    else:
        text = value.isoformat(timespec="microseconds")
    return text[:-6] + "Z" if offset == datetime.timedelta(0) else text`,
  },
  _dump: {
    helpers: ["_format_datetime"],
    typing: ["Any", "Mapping"],
    modules: ["datetime"],
    code: `def _dump(value: Any) -> Any:
    """Convert a field value (model, list, dict, datetime, ...) back to JSON data."""
    if isinstance(value, datetime.datetime):
        return _format_datetime(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, Mapping):
        return {key: _dump(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_dump(item) for item in value]
    return value`,
  },
};

/** The helpers `use` needs plus their own dependencies, in HELPERS' order. */
function resolveHelpers(use: Usage): string[] {
  const needed = new Set<string>();
  const add = (name: string): void => {
    if (needed.has(name)) return;
    const def = HELPERS[name];
    if (def === undefined) throw new Error(`python-models: internal error, no helper ${name}`);
    needed.add(name);
    for (const dep of def.helpers ?? []) add(dep);
    for (const name of def.typing ?? []) use.typing.add(name);
    for (const name of def.modules ?? []) use.modules.add(name);
  };
  for (const name of use.helpers) add(name);
  return Object.keys(HELPERS).filter((name) => needed.has(name));
}

function renderImports(use: Usage, hasModels: boolean): string[] {
  const lines = ["from __future__ import annotations"];
  const imports = [...use.modules].sort(compareNames).map((module) => `import ${module}`);
  if (hasModels) imports.push("from dataclasses import dataclass");
  const names = [...use.typing].sort(compareNames);
  const flat = `from typing import ${names.join(", ")}`;
  if (names.length > 0 && flat.length <= MAX_LINE) imports.push(flat);
  else if (names.length > 0) {
    imports.push("from typing import (", ...names.map((name) => `    ${name},`), ")");
  }
  return imports.length > 0 ? [...lines, "", ...imports] : lines;
}

function renderAll(names: string[]): string[] {
  if (names.length === 0) return ["__all__: List[str] = []"];
  return ["__all__ = [", ...names.map((name) => `    ${pyString(name)},`), "]"];
}

/** Join blocks with the two blank lines PEP 8 wants between top-level definitions. */
function section(title: string, blocks: string[][]): string[] {
  if (blocks.length === 0) return [];
  const lines = ["", "", `# ${title}`];
  for (const block of blocks) lines.push("", "", ...block);
  return lines;
}

// ---------------------------------------------------------------------------

/**
 * Turn `doc.components.schemas` into the source of one Python 3.9+ module.
 * Schemas are emitted in name order (code points), so the output depends only
 * on the document's content.
 */
export function generatePythonModels(doc: OpenApiDocument, options: PythonModelsOptions = {}): string {
  const ctx = buildDeclarations(doc);
  const use: Usage = { typing: new Set(), helpers: new Set(), modules: new Set() };
  const decls = [...ctx.decls.values()].sort((a, b) => compareNames(a.name, b.name));
  const models = decls.filter((decl): decl is ModelDecl => decl.kind === "model");
  const aliases = decls.filter((decl): decl is AliasDecl => decl.kind === "alias");
  // Aliases that mention no class can come first, where readers look for enums.
  const simple = aliases.filter((decl) => !refersToClasses(decl.type));
  const composite = aliases.filter((decl) => refersToClasses(decl.type));

  const body = [
    ...section(
      "Enums and aliases of plain types",
      simple.map((decl) => renderAlias(ctx, use, decl, new Set())),
    ),
    ...section(
      "Models",
      models.map((decl) => {
        const poly = renderPolyParse(ctx, use, decl);
        const model = renderModel(ctx, use, decl);
        return poly.length > 0 ? [...model, "", "", ...poly] : model;
      }),
    ),
    ...section(
      "Unions and aliases that use models",
      orderAliases(composite).map(({ decl, quote }) => renderAlias(ctx, use, decl, quote)),
    ),
  ];
  const helpers = resolveHelpers(use);
  const helperBlocks = helpers.map((name) => (HELPERS[name]?.code ?? "").split("\n"));

  const exported = [
    ...decls.map((decl) => decl.name),
    ...models.flatMap((decl) => (decl.poly ? [decl.poly.parseFn] : [])),
    ...aliases.flatMap((decl) => (decl.parseFn !== undefined ? [decl.parseFn] : [])),
  ].sort(compareNames);
  if (exported.length === 0) use.typing.add("List");

  const header = options.header ?? DEFAULT_PYTHON_HEADER;
  const lines = [
    ...(header === "" ? [] : header.replace(/\n+$/, "").split("\n")),
    '"""Typed models for the schemas of the OpenAPI document (components.schemas)."""',
    "",
    ...renderImports(use, models.length > 0),
    "",
    ...renderAll(exported),
    ...body,
    ...section("Private helpers", helperBlocks),
  ];
  return `${lines.join("\n")}\n`;
}
