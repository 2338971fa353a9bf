/**
 * Key-case conversion between the wire (snake_case, as in spec/openapi.yaml) and the SDK
 * (camelCase). Values under `metadata` (free-form user keys) and under an audit event's
 * `request`/`outcome` (hashed into the audit log as-is) are left untouched, both in types and
 * at run time.
 */

/** Keys whose values are opaque maps: copied as they are, never re-cased. */
const OPAQUE_KEYS: ReadonlySet<string> = new Set(["metadata", "request", "outcome"]);
type OpaqueKey = "metadata" | "request" | "outcome";

/** `winning_agent_id` → `winningAgentId` (type level). */
export type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;

/** `winningAgentId` → `winning_agent_id` (type level). */
export type SnakeCase<S extends string> = S extends `${infer C}${infer Rest}`
  ? `${C extends Lowercase<C> ? C : `_${Lowercase<C>}`}${SnakeCase<Rest>}`
  : S;

/** Deeply camel-cases the keys of a wire type, leaving opaque maps alone. */
export type Camelize<T> = T extends readonly (infer U)[]
  ? Camelize<U>[]
  : T extends object
    ? { [K in keyof T as K extends string ? CamelCase<K> : K]: K extends OpaqueKey ? T[K] : Camelize<T[K]> }
    : T;

/** Deeply snake-cases the keys of an SDK type, leaving opaque maps alone. */
export type Snakeize<T> = T extends readonly (infer U)[]
  ? Snakeize<U>[]
  : T extends object
    ? { [K in keyof T as K extends string ? SnakeCase<K> : K]: K extends OpaqueKey ? T[K] : Snakeize<T[K]> }
    : T;

function camelCase(key: string): string {
  return key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

function snakeCase(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function convert(value: unknown, rename: (key: string) => string): unknown {
  if (Array.isArray(value)) return value.map((v) => convert(v, rename));
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    out[rename(key)] = OPAQUE_KEYS.has(key) ? v : convert(v, rename);
  }
  return out;
}

/** Wire → SDK: camel-cases every key (deeply), except inside opaque maps. */
export function camelize<T>(value: T): Camelize<T> {
  return convert(value, camelCase) as Camelize<T>;
}

/** SDK → wire: snake-cases every key (deeply), except inside opaque maps; drops `undefined` values. */
export function snakeize<T>(value: T): Snakeize<T> {
  return convert(value, snakeCase) as Snakeize<T>;
}
