// Both SDK conformance executors' operationId → SDK call mapping, from the same surface model as the
// SDKs: a resolved scenario step (path, query, body, Idempotency-Key) becomes the SDK method call,
// choosing among an operation's methods by their `fixed` body fields (e.g. `mode: "hold"` → hold)
// and preferring the method that returns the whole response.
import { snakeToCamel, type Surface, type SurfaceMethod, type SurfaceParam } from "./sdk-surface.ts";
import { tsArgs } from "./ts-sdk.ts";

const TS_HEADER = "// generated — do not edit. Source: spec/ (run `pnpm generate`).";

/** The methods a step can go through, in the order they are tried (a fixed-field match first). */
function candidates(surface: Surface, operationId: string): SurfaceMethod[] {
  const all = surface.methods.filter((m) => m.operationId === operationId);
  const whole = all.filter((m) => !m.returns);
  return whole.length > 0 ? whole : all;
}

/** Wire location of a param in a step. */
function source(p: SurfaceParam, lang: "ts" | "py"): string {
  if (p.wire === "idempotency_key") return "key";
  if (lang === "ts") {
    const obj = p.in === "path" ? "c.path" : p.in === "query" ? "q" : "b";
    return `${obj}.${p.wire}`;
  }
  const obj = p.in === "path" ? "path" : p.in === "query" ? "query" : "body";
  return p.required ? `${obj}[${JSON.stringify(p.wire)}]` : `${obj}.get(${JSON.stringify(p.wire)})`;
}

/** A method's `fixed` body fields, with the property default that matches an absent field. */
function fixedCondition(m: SurfaceMethod, lang: "ts" | "py"): string | undefined {
  const entries = Object.entries(m.fixed);
  if (entries.length === 0) return undefined;
  return entries
    .map(([k, v]) => (lang === "ts" ? `b.${k} === ${JSON.stringify(v)}` : `body.get(${JSON.stringify(k)}) == ${JSON.stringify(v)}`))
    .join(lang === "ts" ? " && " : " and ");
}

/** Orders methods so that the one matching an absent fixed field (the schema default) comes last. */
function dispatchOrder(methods: SurfaceMethod[], defaults: Record<string, unknown>): { method: SurfaceMethod; fallback: boolean }[] {
  const isDefault = (m: SurfaceMethod) => Object.entries(m.fixed).every(([k, v]) => defaults[k] === v);
  const fallback = methods.find(isDefault) ?? methods[methods.length - 1]!;
  return [...methods.filter((m) => m !== fallback).map((method) => ({ method, fallback: false })), { method: fallback, fallback: true }];
}

function tsValue(p: SurfaceParam, m: SurfaceMethod): string {
  const src = source(p, "ts");
  if (p.wire === "idempotency_key") return src;
  const type = p.in === "path" ? "" : ` as ${m.paramsType}["${snakeToCamel(p.name)}"]`;
  switch (p.type.kind) {
    case "integer":
    case "number":
      return `num(${src})${type}`;
    case "string":
    case "instant":
      return p.in === "path" ? `String(${src})` : `str(${src})${type}`;
    default:
      return `${src}${type}`;
  }
}

/** `return <the SDK call>;`, one params field per line when the call is long. */
function tsReturn(m: SurfaceMethod, indent: string): string[] {
  const path = m.pathParams.map((p) => tsValue(p, m));
  const fields = tsArgs(m).some((a) => a.name === "params")
    ? m.params.map((p) => `${snakeToCamel(p.name)}: ${tsValue(p, m)}`)
    : m.params.some((p) => p.wire === "idempotency_key")
      ? ["idempotencyKey: key"]
      : undefined;
  const method = `client.${snakeToCamel(m.resource)}.${snakeToCamel(m.name)}`;
  const wrap = (call: string) => (m.paginated ? `pageBody((${call}) as Page<unknown>)` : `snakeize(${call})`);
  const oneLine = `${indent}return ${wrap(`await ${method}(${[...path, ...(fields ? [`{ ${fields.join(", ")} }`] : [])].join(", ")})`)};`;
  if (oneLine.length <= 120 || !fields) return [oneLine];
  const head = `await ${method}(${[...path, ""].join(", ")}{`;
  return [
    `${indent}return ${m.paginated ? "pageBody((" : "snakeize("}`,
    `${indent}  ${head}`,
    ...fields.map((f) => `${indent}    ${f},`),
    `${indent}  })${m.paginated ? ") as Page<unknown>," : ","}`,
    `${indent});`,
  ];
}

function stepShape(surface: Surface, operationId: string): string {
  const all = surface.methods.filter((m) => m.operationId === operationId);
  const params = new Map<string, SurfaceParam>();
  for (const m of all) for (const p of [...m.pathParams, ...m.params]) params.set(`${p.in}:${p.wire}`, p);
  const wires = (where: string, required?: boolean) =>
    [...params.values()].filter((p) => p.in === where && (required === undefined || p.required === required)).map((p) => p.wire);
  const list = (where: string, required?: boolean) => JSON.stringify(wires(where, required));
  const fixed: Record<string, unknown[]> = {};
  for (const m of all) for (const [k, v] of Object.entries(m.fixed)) fixed[k] = [...new Set([...(fixed[k] ?? []), v])];
  const hasBody = all.some((m) => m.bodySchema);
  const methods = [...new Set(all.map((m) => `${m.resource}.${snakeToCamel(m.name)}`))].join(" / ");
  const bodyKeys = hasBody ? JSON.stringify([...wires("body"), ...Object.keys(fixed)]) : "undefined";
  return `  ${operationId}: { methods: ${JSON.stringify(methods)}, query: ${list("query")}, requiredQuery: ${list("query", true)}, body: ${bodyKeys}, requiredBody: ${list("body", true)}, fixed: ${JSON.stringify(fixed)} },`;
}

/** `packages/sdk/test/conformance/generated/invoke.ts`. */
export function renderTsExecutor(surface: Surface, defaults: (operationId: string) => Record<string, unknown>): string {
  const ops = [...new Set(surface.methods.map((m) => m.operationId))];
  const types = [...new Set(surface.methods.filter((m) => tsArgs(m).some((a) => a.name === "params")).map((m) => m.paramsType))].sort();
  const lines = [
    TS_HEADER,
    "// The TypeScript executor's operationId → SDK call mapping (tools/src/executors.ts).",
    'import { snakeize, type AgentDraft, type Page } from "../../../src/index.ts";',
    `import type { ${types.join(", ")} } from "../../../src/generated/resources.ts";`,
    'import type { SdkCall } from "../adapter.ts";',
    "",
    "type Any = Record<string, unknown>;",
    "",
    "/** What a step may carry to go through the SDK, per operation the SDKs cover. */",
    "export interface StepShape {",
    "  /** The SDK methods, for reports. */",
    "  methods: string;",
    "  query: string[];",
    "  requiredQuery: string[];",
    "  /** Body fields an SDK argument carries (undefined: the call takes no body). */",
    "  body: string[] | undefined;",
    "  requiredBody: string[];",
    "  /** Body fields a method sets itself, and the values the methods cover. */",
    "  fixed: Record<string, unknown[]>;",
    "}",
    "",
    "export const SDK_STEPS: Readonly<Record<string, StepShape>> = {",
    ...ops.map((op) => stepShape(surface, op)),
    "};",
    "",
    "const str = (v: unknown): string | undefined => (v === undefined || v === null ? undefined : String(v));",
    "const num = (v: unknown): number | undefined => (v === undefined || v === null ? undefined : Number(v));",
    "",
    "function pageBody(page: Page<unknown>): Any {",
    "  return { data: page.data.map((x) => snakeize(x as Any)), has_more: page.hasMore, ...(page.nextCursor !== undefined ? { next_cursor: page.nextCursor } : {}) };",
    "}",
    "",
    "/** Runs one step through the SDK; the result in wire (snake_case) form. */",
    "export async function invoke(client: AgentDraft, c: SdkCall): Promise<unknown> {",
    "  const q = c.query as Any;",
    "  const b = (c.body ?? {}) as Any;",
    "  const key = c.idempotencyKey;",
    "  switch (c.operation) {",
  ];
  for (const op of ops) {
    const methods = dispatchOrder(candidates(surface, op), defaults(op));
    lines.push(`    case "${op}":`);
    for (const { method, fallback } of methods) {
      const cond = fixedCondition(method, "ts");
      if (!fallback && cond) lines.push(`      if (${cond}) {`, ...tsReturn(method, "        "), "      }");
      else lines.push(...tsReturn(method, "      "));
    }
  }
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the emitted TypeScript holds this template literal
  lines.push("    default:", "      throw new Error(`no SDK mapping for ${c.operation}`);", "  }", "}", "");
  return lines.join("\n");
}

function pyValue(p: SurfaceParam): string {
  const src = source(p, "py");
  if (p.wire === "idempotency_key") return src;
  switch (p.type.kind) {
    case "integer":
      return `integer(${src})`;
    case "number":
      return `number(${src})`;
    case "instant":
      return `instant(${src})`;
    case "string":
      return p.required ? `str(${src})` : `text(${src})`;
    default:
      return src;
  }
}

/** `return <the SDK call>`, one argument per line when the call is long. */
function pyReturn(m: SurfaceMethod, indent: string): string[] {
  const args = [...m.pathParams.map(pyValue), ...m.params.map((p) => `${p.name}=${pyValue(p)}`)];
  const method = `client.${m.resource}.${m.name}`;
  const oneLine = `${indent}return ${m.paginated ? `page_body(await ${method}(${args.join(", ")}))` : `await ${method}(${args.join(", ")})`}`;
  if (oneLine.length <= 120) return [oneLine];
  return [
    `${indent}return ${m.paginated ? "page_body(" : ""}await ${method}(`,
    ...args.map((a) => `${indent}    ${a},`),
    `${indent})${m.paginated ? ")" : ""}`,
  ];
}

/** `packages/sdk-python/tests/conformance/generated_invoke.py`. */
export function renderPythonExecutor(surface: Surface, defaults: (operationId: string) => Record<string, unknown>): string {
  const ops = [...new Set(surface.methods.map((m) => m.operationId))];
  const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  const lines = [
    "# fmt: off",
    "# ruff: noqa",
    "# generated — do not edit. Source: spec/ (run `pnpm generate`).",
    '"""The Python executor\'s operationId -> SDK call mapping (tools/src/executors.ts)."""',
    "",
    "from __future__ import annotations",
    "",
    "from typing import Any, Awaitable, Callable, Dict, Optional",
    "",
    "from agentdraft import AsyncClient",
    "",
    "from .values import instant, integer, number, page_body, text",
    "",
    "Step = Dict[str, Any]",
    "",
    "#: The kind of every typed step value an SDK argument takes, per operation (for ``unsupported``).",
    "KINDS: Dict[str, Dict[str, str]] = {",
  ];
  for (const op of ops) {
    const kinds: Record<string, string> = {};
    for (const m of surface.methods.filter((x) => x.operationId === op)) {
      for (const p of [...m.pathParams, ...m.params]) {
        if (["integer", "number", "instant"].includes(p.type.kind)) kinds[p.wire] = p.type.kind;
      }
    }
    lines.push(`    "${op}": ${JSON.stringify(kinds).replace(/":/g, '": ').replace(/,"/g, ', "')},`);
  }
  lines.push("}", "", "");
  for (const op of ops) {
    const methods = dispatchOrder(candidates(surface, op), defaults(op));
    lines.push(`async def ${snake(op)}(client: AsyncClient, path: Step, query: Step, body: Step, key: Optional[str]) -> Any:`);
    for (const { method, fallback } of methods) {
      const cond = fixedCondition(method, "py");
      if (!fallback && cond) lines.push(`    if ${cond}:`, ...pyReturn(method, "        "));
      else lines.push(...pyReturn(method, "    "));
    }
    lines.push("", "");
  }
  lines.push(
    "INVOKE: Dict[str, Callable[[AsyncClient, Step, Step, Step, Optional[str]], Awaitable[Any]]] = {",
    ...ops.map((op) => `    "${op}": ${snake(op)},`),
    "}",
    "",
  );
  return lines.join("\n");
}
