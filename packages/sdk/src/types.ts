/**
 * Public model types: the generated wire schemas of spec/openapi.yaml with camelCase keys
 * (generated/models.ts), and the wire forms of the audit models.
 */
import type { components } from "./generated/openapi.ts";

type Schemas = components["schemas"];

export type * from "./generated/models.ts";

/** Wire (snake_case) forms, for callers that hold raw JSON. */
export type WireAuditEvent = Schemas["AuditEvent"];
export type WireCheckpoint = Schemas["Checkpoint"];
export type WireInclusionProof = Schemas["InclusionProof"];
export type WireConsistencyProof = Schemas["ConsistencyProof"];
