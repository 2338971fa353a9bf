// The MCP tools of @agentdraft/mcp, derived from the SDK surface (`x-agentdraft-sdk`) and the
// spec's models: every tool's inputSchema comes from the parameters of the SDK method it calls,
// its outputSchema from the method's response model (every instant also as `<name>_local`, plus
// `time_zone`; writes add `idempotency_key`), its annotations from the HTTP method and the scope.
// The tool names are the hosted product's; which SDK method backs each one is declared below.
import type { OpenApiDocument, SchemaObject } from "./openapi.ts";
import { refName } from "./openapi.ts";
import type { Surface, SurfaceMethod, SurfaceParam } from "./sdk-surface.ts";

const HEADER = "// generated — do not edit. Source: spec/ (run `pnpm generate`; tools/src/mcp-tools.ts).";

interface ToolDecl {
  name: string;
  title: string;
  description: string;
  /** SDK methods (`resource.method`, `#id` = the overload that takes a path id first). */
  calls: string[];
  destructive?: boolean;
  /** Inputs the tool adds to the method's parameters. */
  extraInput?: Record<string, SchemaObject>;
  /** Custom output (instead of the method's response model). */
  output?: SchemaObject;
  /** The union tool `commit_booking`: the new-slot parameters become optional. */
  union?: boolean;
}

const TIME_ZONE: SchemaObject = {
  type: "string",
  description:
    "IANA time zone for the `*_local` copies of returned instants (default: AGENTDRAFT_TIME_ZONE, else UTC), e.g. `Europe/Berlin`.",
};

const TOOLS: ToolDecl[] = [
  {
    name: "whoami",
    title: "Who am I",
    description: "The calling agent: id, name, priority (1 is highest), scopes, calendar and mailbox.",
    calls: ["agents.me"],
  },
  {
    name: "get_availability",
    title: "Get availability",
    description:
      "Free slots and busy intervals of the calendar in [start, end), merged across every agent and rule. Call it before booking.",
    calls: ["availability.get"],
    extraInput: { time_zone: TIME_ZONE },
  },
  {
    name: "create_hold",
    title: "Hold a slot",
    description:
      "Hold [start, end) for ttl_seconds (calendar default 30 s) without committing; then commit_booking with its booking_id, or release_hold.",
    calls: ["bookings.hold"],
    extraInput: { time_zone: TIME_ZONE },
  },
  {
    name: "release_hold",
    title: "Release a hold",
    description: "Release the caller's own hold by booking_id.",
    calls: ["bookings.release"],
    extraInput: { time_zone: TIME_ZONE },
  },
  {
    name: "commit_booking",
    title: "Commit a booking",
    description:
      "Book a slot: either a new [start, end), or promote the caller's own hold by booking_id. A lost race returns isError with the winner (winning_agent_id, winning_agent_priority, winning_booking_id).",
    calls: ["bookings.commit", "bookings.commit#id"],
    extraInput: { time_zone: TIME_ZONE },
    union: true,
  },
  {
    name: "cancel_booking",
    title: "Cancel a booking",
    description: "Cancel the caller's own committed booking by booking_id.",
    calls: ["bookings.cancel"],
    destructive: true,
    extraInput: { time_zone: TIME_ZONE },
  },
  {
    name: "move_booking",
    title: "Move a booking",
    description:
      "Move the caller's own HELD or COMMITTED booking (by booking_id) to a new [start, end); it keeps its id. The old slot stays booked until the new one is granted; a lost race returns isError with the winner and leaves the booking where it was. whole_series moves every remaining occurrence of its series.",
    calls: ["bookings.move"],
    extraInput: { time_zone: TIME_ZONE },
  },
  {
    name: "get_booking",
    title: "Get a booking",
    description: "Read one booking by booking_id.",
    calls: ["bookings.get"],
    extraInput: { time_zone: TIME_ZONE },
  },
  {
    name: "list_bookings",
    title: "List bookings",
    description: "One page of the workspace's bookings, filtered; pass next_cursor as cursor for the next page.",
    calls: ["bookings.list"],
    extraInput: { time_zone: TIME_ZONE },
  },
  {
    name: "verify_booking_audit",
    title: "Verify a booking's audit trail",
    description:
      "Proves that a booking's audit event is in the tamper-evident log: fetches the signed checkpoint, verifies its Ed25519 signature, fetches the inclusion proof of the event and verifies it (RFC 6962).",
    calls: ["bookings.get", "audit.checkpoint", "audit.inclusion_proof"],
    extraInput: {
      booking_id: { type: "string", description: "The booking whose audit event to verify." },
      verifier_key: {
        type: "string",
        description:
          "The server's note verifier key, pinned out of band (default: AGENTDRAFT_VERIFIER_KEY, else the key the checkpoint advertises — trust on first use).",
      },
    },
    output: {
      type: "object",
      required: ["verified", "booking_id", "audit_event_id", "tree_size", "root_hash", "origin", "verifier_key", "verifier_key_source"],
      properties: {
        verified: { type: "boolean", description: "The checkpoint signature and the inclusion proof both verified." },
        booking_id: { type: "string" },
        audit_event_id: { type: "string", description: "The booking's latest audit event." },
        leaf_index: { type: "integer" },
        tree_size: { type: "integer", description: "Size of the verified tree." },
        root_hash: { type: "string", description: "Root hash of the verified tree (base64)." },
        origin: { type: "string", description: "Checkpoint origin (`<host>/<workspace_id>`)." },
        verifier_key: { type: "string" },
        verifier_key_source: { type: "string", enum: ["argument", "environment", "checkpoint"] },
        action: { type: "string", description: "The audited action." },
      },
    },
  },
];

const INSTANT_NOTE = "RFC 3339 with an offset (e.g. 2027-01-05T10:00:00+01:00 or …Z); naive times are rejected.";

/** OpenAPI 3.0 schema → self-contained JSON Schema (refs inlined, examples and extensions dropped). */
function toJsonSchema(doc: OpenApiDocument, schema: SchemaObject, seen: string[] = []): SchemaObject {
  if (schema.$ref) {
    const name = refName(schema.$ref);
    if (seen.includes(name)) throw new Error(`recursive schema ${name}`);
    return toJsonSchema(doc, doc.components!.schemas![name]!, [...seen, name]);
  }
  if (schema.allOf?.length === 1 && !schema.type && !schema.properties) {
    const inner = toJsonSchema(doc, schema.allOf[0]!, seen);
    return schema.description ? { ...inner, description: schema.description } : inner;
  }
  const out: SchemaObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key.startsWith("x-") || key === "example" || key === "discriminator") continue;
    if (key === "properties") {
      out.properties = Object.fromEntries(
        Object.entries(value as Record<string, SchemaObject>).map(([k, v]) => [k, toJsonSchema(doc, v, seen)]),
      );
    } else if (key === "items" || (key === "additionalProperties" && typeof value === "object")) {
      out[key] = toJsonSchema(doc, value as SchemaObject, seen);
    } else if (key === "allOf" || key === "anyOf" || key === "oneOf") {
      out[key] = (value as SchemaObject[]).map((s) => toJsonSchema(doc, s, seen));
    } else {
      out[key] = value;
    }
  }
  return out;
}

/** Adds `<name>_local` next to every date-time property (recursively). */
function withLocals(schema: SchemaObject): SchemaObject {
  const out: SchemaObject = { ...schema };
  if (schema.items) out.items = withLocals(schema.items);
  for (const key of ["allOf", "anyOf", "oneOf"] as const) {
    if (schema[key]) out[key] = schema[key]!.map(withLocals);
  }
  if (schema.properties) {
    const props: Record<string, SchemaObject> = {};
    for (const [k, v] of Object.entries(schema.properties)) {
      props[k] = withLocals(v);
      if (v.type === "string" && v.format === "date-time") {
        props[`${k}_local`] = { type: "string", description: `\`${k}\` in \`time_zone\`, with its offset.` };
      }
    }
    out.properties = props;
  }
  return out;
}

/** Every property name that holds an instant anywhere in the spec's models. */
function instantFields(doc: OpenApiDocument): string[] {
  const names = new Set<string>();
  for (const schema of Object.values(doc.components?.schemas ?? {})) {
    for (const [k, v] of Object.entries(schema.properties ?? {})) {
      const s = toJsonSchema(doc, v);
      if (s.type === "string" && s.format === "date-time") names.add(k);
    }
  }
  return [...names].sort();
}

function findMethod(surface: Surface, call: string): SurfaceMethod {
  const [qualified, variant] = call.split("#");
  const [resource, name] = qualified!.split(".");
  const candidates = surface.methods.filter((m) => m.resource === resource && m.name === name);
  const m = candidates.length > 1 ? candidates.find((c) => (variant === "id") === c.pathParams.length > 0) : candidates[0];
  if (!m) throw new Error(`mcp-tools: the spec has no SDK method ${call}`);
  return m;
}

function paramSchema(doc: OpenApiDocument, m: SurfaceMethod, p: SurfaceParam): SchemaObject {
  let schema: SchemaObject | undefined;
  const op = Object.values(doc.paths[m.path] ?? {}).find((o) => o.operationId === m.operationId);
  if (p.in === "body") {
    schema = doc.components!.schemas![m.bodySchema!]!.properties![p.wire];
  } else if (p.wire === "idempotency_key") {
    schema = { type: "string", description: p.description };
  } else {
    for (const raw of op?.parameters ?? []) {
      const param = "$ref" in raw ? doc.components!.parameters![raw.$ref.split("/").pop()!]! : raw;
      if (param.name === p.wire && param.in === p.in)
        schema = { ...param.schema, description: param.description ?? param.schema?.description };
    }
  }
  if (!schema) throw new Error(`mcp-tools: no schema for ${m.operationId} ${p.wire}`);
  const json = toJsonSchema(doc, schema);
  if (p.description && !json.description) json.description = p.description;
  if (json.type === "string" && json.format === "date-time") json.description = `${json.description ?? ""} ${INSTANT_NOTE}`.trim();
  return json;
}

interface RenderedTool {
  name: string;
  title: string;
  description: string;
  scopes: string[];
  write: boolean;
  annotations: Record<string, boolean>;
  calls: { resource: string; method: string; path_params: string[]; params: string[]; has_params: boolean }[];
  inputSchema: SchemaObject;
  outputSchema: SchemaObject;
}

function renderTool(doc: OpenApiDocument, surface: Surface, t: ToolDecl): RenderedTool {
  const methods = t.calls.map((c) => findMethod(surface, c));
  const primary = methods[0]!;
  const write = methods.some((m) => m.httpMethod !== "GET");
  const properties: Record<string, SchemaObject> = {};
  const required = new Set<string>();
  for (const m of t.output ? [] : methods) {
    for (const p of [...m.pathParams, ...m.params]) {
      if (p.wire === "cursor" && p.in === "query" && !m.paginated) continue;
      properties[p.name] ??= paramSchema(doc, m, p);
      if (p.required && !t.union) required.add(p.name);
    }
  }
  Object.assign(properties, t.extraInput ?? {});
  if (t.output) required.add("booking_id");
  if (write) {
    properties.idempotency_key = {
      type: "string",
      description: "Idempotency key of this write (1–255 characters); generated when absent and returned. Reuse it to retry safely.",
    };
  }
  let outputSchema: SchemaObject;
  if (t.output) {
    outputSchema = t.output;
  } else {
    const model = toJsonSchema(doc, { $ref: `#/components/schemas/${primary.responseModel}` });
    outputSchema = withLocals(model);
    outputSchema.properties = { ...outputSchema.properties, time_zone: { type: "string", description: "Zone of the `*_local` instants." } };
    outputSchema.required = [...(outputSchema.required ?? []), "time_zone"];
    if (write) {
      outputSchema.properties.idempotency_key = { type: "string", description: "The idempotency key used (replay it to retry safely)." };
      outputSchema.required.push("idempotency_key");
    }
    delete outputSchema.example;
  }
  const scopes = [...new Set(methods.map((m) => m.scope).filter((s): s is string => !!s))];
  const annotations: Record<string, boolean> = write
    ? { readOnlyHint: false, idempotentHint: true, destructiveHint: t.destructive === true, openWorldHint: false }
    : { readOnlyHint: true, openWorldHint: false };
  return {
    name: t.name,
    title: t.title,
    description: t.description,
    scopes,
    write,
    annotations,
    calls: methods.map((m) => ({
      resource: m.resource,
      method: m.name,
      path_params: m.pathParams.map((p) => p.name),
      params: m.params.map((p) => p.name),
      has_params: m.params.some((p) => p.wire !== "idempotency_key"),
    })),
    inputSchema: { type: "object", properties, ...(required.size ? { required: [...required] } : {}), additionalProperties: false },
    outputSchema,
  };
}

export function renderMcpTools(doc: OpenApiDocument, surface: Surface): string {
  const tools = TOOLS.map((t) => renderTool(doc, surface, t));
  return `${HEADER}
// The MCP tools: schemas from the spec's models, annotations from each operation's method.

/** One SDK call a tool makes. \`has_params\`: the method takes a params object after its path ids (the idempotency key always goes in its options). */
export interface ToolCall {
  resource: string;
  method: string;
  path_params: string[];
  params: string[];
  has_params: boolean;
}

export interface ToolDefinition {
  name: string;
  title: string;
  description: string;
  /** Scopes the tool's calls need. */
  scopes: string[];
  /** Writes accept (and return) \`idempotency_key\`. */
  write: boolean;
  annotations: { readOnlyHint: boolean; idempotentHint?: boolean; destructiveHint?: boolean; openWorldHint: boolean };
  calls: ToolCall[];
  inputSchema: Record<string, unknown> & { type: "object" };
  outputSchema: Record<string, unknown> & { type: "object" };
}

export type ToolName = ${tools.map((t) => JSON.stringify(t.name)).join(" | ")};

/** Property names that hold an instant in some model: they get a \`<name>_local\` copy. */
export const instantFields: readonly string[] = ${JSON.stringify(instantFields(doc))};

export const toolDefinitions: readonly ToolDefinition[] = ${JSON.stringify(tools, null, 2)};
`;
}
