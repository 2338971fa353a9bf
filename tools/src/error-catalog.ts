// The error catalog (problem code → HTTP status → SDK exception) is declared once, in spec/errors.tsp,
// as problem schemas tagged `x-agentdraft-exception`. This module reads it back out of the OpenAPI
// document and renders it for each consumer.
import { refName, type OpenApiDocument, type SchemaObject } from "./openapi.ts";

export interface CatalogEntry {
  code: string;
  statuses: number[];
  exception: string;
  /** The problem schema that documents the code's body. */
  schema: string;
}

export interface ErrorCatalog {
  entries: CatalogEntry[];
  /** Exception names in the order they first appear. */
  exceptions: string[];
  /**
   * For codes a client does not know yet, by status: the exception most of that status's codes raise
   * (a strict majority); where its families disagree evenly (422: `IdempotencyError` vs `RuleViolation`),
   * the exception of the catalog's generic code of that status class (`x00`, e.g. 400 → `InvalidRequest`),
   * so an unknown code never raises a specific family it does not belong to.
   */
  exceptionByStatus: Record<number, string>;
}

function enumValues(doc: OpenApiDocument, schema: SchemaObject | undefined): unknown[] {
  if (!schema) return [];
  if (schema.$ref) return enumValues(doc, doc.components?.schemas?.[refName(schema.$ref)]);
  if (schema.enum) return schema.enum;
  return [...(schema.allOf ?? []), ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].flatMap((s) => enumValues(doc, s));
}

export function extractErrorCatalog(doc: OpenApiDocument): ErrorCatalog {
  const entries: CatalogEntry[] = [];
  for (const [name, schema] of Object.entries(doc.components?.schemas ?? {})) {
    const exception = schema["x-agentdraft-exception"];
    if (typeof exception !== "string") continue;
    const codes = enumValues(doc, schema.properties?.code).map(String);
    const statuses = enumValues(doc, schema.properties?.status).map(Number);
    if (codes.length === 0 || statuses.length === 0) {
      throw new Error(`problem schema ${name} needs literal \`code\` and \`status\` properties`);
    }
    for (const code of codes) {
      if (entries.some((e) => e.code === code)) throw new Error(`problem code ${code} is declared twice`);
      entries.push({ code, statuses, exception, schema: name });
    }
  }
  entries.sort((a, b) => a.statuses[0]! - b.statuses[0]! || a.code.localeCompare(b.code));
  const exceptions = [...new Set(entries.map((e) => e.exception))];
  return { entries, exceptions, exceptionByStatus: fallbackByStatus(entries) };
}

function fallbackByStatus(entries: CatalogEntry[]): Record<number, string> {
  const votes = new Map<number, Map<string, number>>();
  for (const e of entries) {
    for (const s of e.statuses) {
      const counts = votes.get(s) ?? new Map<string, number>();
      counts.set(e.exception, (counts.get(e.exception) ?? 0) + 1);
      votes.set(s, counts);
    }
  }
  const majority = new Map<number, string>();
  for (const [status, counts] of votes) {
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const [winner] = [...counts].find(([, n]) => n * 2 > total) ?? [];
    if (winner) majority.set(status, winner);
  }
  const out: Record<number, string> = {};
  for (const status of [...votes.keys()].sort((a, b) => a - b)) {
    const generic = majority.get(Math.floor(status / 100) * 100);
    const chosen = majority.get(status) ?? generic;
    if (chosen) out[status] = chosen;
  }
  return out;
}

const TS_HEADER = "// generated — do not edit. Source: spec/ (run `pnpm generate`).\n";

export function renderTsCatalog(catalog: ErrorCatalog): string {
  const rows = catalog.entries.map((e) => `  ${e.code}: { statuses: [${e.statuses.join(", ")}], exception: "${e.exception}" },`);
  const byStatus = Object.entries(catalog.exceptionByStatus).map(([s, x]) => `  ${s}: "${x}",`);
  return `${TS_HEADER}
/** Problem code → HTTP status(es) and SDK exception class, from the problem schemas of the spec. */
export const errorCatalog = {
${rows.join("\n")}
} as const;

export type ErrorCode = keyof typeof errorCatalog;

export type ExceptionName = (typeof errorCatalog)[ErrorCode]["exception"];

/** Exception for a status whose code is unknown to this client. */
export const exceptionByStatus: Readonly<Record<number, ExceptionName>> = {
${byStatus.join("\n")}
};
`;
}

export function renderPythonCatalog(catalog: ErrorCatalog, header: string): string {
  const rows = catalog.entries.map(
    (e) => `    "${e.code}": (${e.statuses.length === 1 ? `(${e.statuses[0]},)` : `(${e.statuses.join(", ")})`}, "${e.exception}"),`,
  );
  const byStatus = Object.entries(catalog.exceptionByStatus).map(([s, x]) => `    ${s}: "${x}",`);
  return `${header}
"""Problem code -> (HTTP statuses, exception class name), from the problem schemas of the spec."""

from typing import Dict, Tuple

ERROR_CATALOG: Dict[str, Tuple[Tuple[int, ...], str]] = {
${rows.join("\n")}
}

EXCEPTION_BY_STATUS: Dict[int, str] = {
${byStatus.join("\n")}
}

EXCEPTION_NAMES: Tuple[str, ...] = (${catalog.exceptions.map((x) => `"${x}"`).join(", ")},)
`;
}
