/**
 * The audit event and its canonical byte form.
 *
 * Every event is serialised with RFC 8785 JSON Canonicalization Scheme (JCS),
 * encoded as UTF-8, and those bytes are the data of its RFC 6962 Merkle leaf
 * (docs/protocol.md §4.2). Any verifier (server, SDKs, a third party) that
 * canonicalises the same JSON gets the same leaf hash.
 */
import canonicalize from "canonicalize";
import type { components } from "../generated/openapi.ts";
import { leafHash } from "./merkle.ts";

/** Any JSON value. Numbers must be finite (JCS rejects NaN and ±Infinity). */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export type JsonObject = { [key: string]: JsonValue };

/**
 * Spec `AuditEvent`, with its free-form `request` and `outcome` narrowed to JSON values (what the
 * canonical form can encode).
 */
export type AuditEvent = Omit<components["schemas"]["AuditEvent"], "request" | "outcome"> & {
  /** The request as decided on (already normalised by the shell). */
  request: JsonObject;
  /** What happened: status, winner, error code, … */
  outcome: JsonObject;
};

/** Thrown when a value does not have the audit event shape. */
export class InvalidAuditEventError extends TypeError {
  constructor(message: string) {
    super(message);
    this.name = "InvalidAuditEventError";
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * Checks the runtime shape of an audit event (JSON parsed from a store or the
 * wire is untyped). Throws {@link InvalidAuditEventError}.
 */
export function assertAuditEvent(value: unknown): asserts value is AuditEvent {
  const fail = (msg: string): never => {
    throw new InvalidAuditEventError(`invalid audit event: ${msg}`);
  };
  if (!isPlainObject(value)) return fail("not an object");
  for (const key of ["event_id", "at", "action", "resource"] as const) {
    if (typeof value[key] !== "string" || value[key] === "") fail(`${key} must be a non-empty string`);
  }
  const seq = value.seq;
  if (typeof seq !== "number" || !Number.isSafeInteger(seq) || seq < 0) fail("seq must be a non-negative integer");
  const actor = value.actor;
  if (!isPlainObject(actor)) return fail("actor must be an object");
  const idKey = actor.type === "agent" ? "agent_id" : actor.type === "user" ? "user_id" : actor.type === "system" ? null : undefined;
  const expectedKeys = idKey === undefined ? [] : idKey === null ? ["type"] : ["type", idKey];
  const keys = Object.keys(actor).sort();
  const wellFormed =
    idKey !== undefined &&
    keys.length === expectedKeys.length &&
    expectedKeys.every((k) => keys.includes(k)) &&
    (idKey === null || (typeof actor[idKey] === "string" && actor[idKey] !== ""));
  if (!wellFormed) fail('actor must be {type:"agent",agent_id}, {type:"user",user_id} or {type:"system"}');
  if (!isPlainObject(value.request)) fail("request must be an object");
  if (!isPlainObject(value.outcome)) fail("outcome must be an object");
}

/** RFC 8785 (JCS) canonical JSON text of any JSON value. */
export function canonicalJson(value: JsonValue): string {
  const text = canonicalize(value);
  if (text === undefined) throw new InvalidAuditEventError("value has no JSON representation");
  return text;
}

/**
 * The canonical bytes of an event: UTF-8 of its JCS serialisation. These are
 * the Merkle leaf data. Validates the shape first (throws
 * {@link InvalidAuditEventError}; JCS itself throws on NaN/Infinity and lone
 * surrogates).
 */
export function canonicalEvent(event: AuditEvent): Uint8Array {
  assertAuditEvent(event);
  return new TextEncoder().encode(canonicalJson(event as unknown as JsonObject));
}

/** RFC 6962 leaf hash of an event: SHA-256(0x00 ‖ JCS(event)). */
export function eventLeafHash(event: AuditEvent): Uint8Array {
  return leafHash(canonicalEvent(event));
}
