/**
 * Public model types: the generated wire schemas of spec/openapi.yaml with camelCase keys. Nothing
 * here is written by hand beyond the renaming.
 */
import type { Camelize } from "./case.ts";
import type { components } from "./generated/openapi.ts";

type Schemas = components["schemas"];

export type AgentIdentity = Camelize<Schemas["AgentIdentity"]>;
export type Availability = Camelize<Schemas["Availability"]>;
export type Interval = Camelize<Schemas["Interval"]>;
export type BusyInterval = Camelize<Schemas["BusyInterval"]>;
export type BusyKind = Schemas["BusyKind"];
export type Booking = Camelize<Schemas["Booking"]>;
export type BookingStatus = Schemas["BookingStatus"];
export type BookingMode = Schemas["BookingMode"];
export type Metadata = Schemas["Metadata"];
export type AuditEvent = Camelize<Schemas["AuditEvent"]>;
export type AuditActor = Camelize<Schemas["AuditActor"]>;
export type Checkpoint = Camelize<Schemas["Checkpoint"]>;
export type InclusionProof = Camelize<Schemas["InclusionProof"]>;
export type ConsistencyProof = Camelize<Schemas["ConsistencyProof"]>;
export type Message = Camelize<Schemas["Message"]>;
export type MessageDirection = Schemas["MessageDirection"];
export type MessageStatus = Schemas["MessageStatus"];
export type Scope = Schemas["Scope"];

/** Wire (snake_case) forms, for callers that hold raw JSON. */
export type WireAuditEvent = Schemas["AuditEvent"];
export type WireCheckpoint = Schemas["Checkpoint"];
export type WireInclusionProof = Schemas["InclusionProof"];
export type WireConsistencyProof = Schemas["ConsistencyProof"];
