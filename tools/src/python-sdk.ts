// The Python SDK's surface from the spec's `x-agentdraft-sdk` methods, rendered once for both
// clients: `generated/calls.py` builds each call as data (`Call`: what to send, how to parse the
// answer; parameters typed with the generated `Literal` aliases, datetimes converted by schema
// `format`), and `generated/resources.py` holds the blocking and the asyncio resource classes,
// rendered from one description so they cannot drift (only `async`/`await` differ).
import type { Surface, SurfaceMethod, SurfaceParam, SurfaceResource, TypeRef } from "./sdk-surface.ts";

/** Hand-written runtime mixins a generated resource class also derives from (audit: verification). */
const PY_RESOURCE_MIXINS: Record<string, { module: string; sync: string; async: string }> = {
  audit: { module: ".._audit", sync: "AuditVerification", async: "AsyncAuditVerification" },
};

/** `from module import a, b` — wrapped one name per line when it would exceed 100 characters. */
function importLine(module: string, names: string[]): string[] {
  const line = `from ${module} import ${names.join(", ")}`;
  if (line.length <= 100) return [line];
  return [`from ${module} import (`, ...names.map((n) => `    ${n},`), ")"];
}

/** The Python type of a parameter (arguments accept read-only views: Mapping, Sequence). */
function pyType(t: TypeRef, models: Set<string>, argument = true): string {
  switch (t.kind) {
    case "instant":
      return "datetime.datetime";
    case "string":
      return "str";
    case "integer":
      return "int";
    case "number":
      return "float";
    case "boolean":
      return "bool";
    case "enum":
      if (t.name) {
        models.add(t.name);
        return t.name;
      }
      return `Literal[${t.values.map((v) => JSON.stringify(v)).join(", ")}]`;
    case "array": {
      const inner = pyType(t.items, models, argument);
      if (!argument) return `List[${inner}]`;
      return t.items.kind === "string" ? `Union[str, Sequence[str]]` : `Sequence[${inner}]`;
    }
    case "map":
      return `${argument ? "Mapping" : "Dict"}[str, ${pyType(t.values, models, argument)}]`;
    case "model":
      models.add(t.name);
      // An argument takes the model or a plain mapping of its wire fields.
      return argument ? `Union[${t.name}, Mapping[str, Any]]` : t.name;
    case "json":
      return "Any";
  }
}

function wireValue(p: SurfaceParam): string {
  const v = p.name;
  let expr: string;
  switch (p.type.kind) {
    case "instant":
      return p.required ? `format_instant(${v}, "${p.name}")` : `format_opt_instant(${v}, "${p.name}")`;
    case "array":
      expr = p.type.items.kind === "string" ? `as_list(${v}, "${p.name}", ${p.type.minItems ?? 0})` : `list(${v})`;
      break;
    case "map":
      expr = `dict(${v})`;
      break;
    case "model":
      expr = `as_model_dict(${v})`;
      break;
    default:
      return v;
  }
  return p.required ? expr : `None if ${v} is None else ${expr}`;
}

/** `name: type = default` for each parameter, with `*` before the keyword-only ones. */
function signature(m: SurfaceMethod, models: Set<string>, withCursor: boolean): string[] {
  const params = [...m.pathParams, ...m.params.filter((p) => withCursor || !(m.paginated && p.wire === "cursor"))];
  const out: string[] = [];
  let star = false;
  for (const p of params) {
    if (!p.positional && !star) {
      out.push("*");
      star = true;
    }
    const type = pyType(p.type, models);
    out.push(p.required ? `${p.name}: ${type}` : `${p.name}: Optional[${type}] = None`);
  }
  return out;
}

/** The arguments that forward a method's parameters to its call builder. */
function forward(m: SurfaceMethod): string {
  const params = [...m.pathParams, ...m.params.filter((p) => !(m.paginated && p.wire === "cursor"))];
  return params.map((p) => (p.positional ? p.name : `${p.name}=${p.name}`)).join(", ");
}

function returnType(m: SurfaceMethod, models: Set<string>): string {
  if (m.paginated) {
    models.add(m.itemModel!);
    return m.itemModel!;
  }
  if (m.returns) return pyType(m.returns.type, models, false);
  models.add(m.responseModel);
  return m.responseModel;
}

function docstring(text: string, indent: string): string[] {
  const clean = text.trim().replace(/\\/g, "\\\\").replace(/"""/g, '\\"\\"\\"');
  const lines = clean.split("\n");
  if (lines.length === 1) return [`${indent}"""${lines[0]}"""`];
  return [`${indent}"""${lines[0]}`, ...lines.slice(1).map((l) => (l ? `${indent}${l}` : "")), `${indent}"""`];
}

function methodDoc(m: SurfaceMethod): string {
  const scope = m.scope ? `; scope \`\`${m.scope}\`\`` : "";
  const extra = m.paginated
    ? "\n\nIterating fetches further pages as needed; ``cursor`` resumes after an earlier page."
    : m.returns
      ? `\n\nReturns the response's \`\`${m.returns.property}\`\`.`
      : "";
  return `${m.description}${extra}\n\n\`\`${m.httpMethod} ${m.path}\`\`${scope}.`;
}

function pathExpression(m: SurfaceMethod): string {
  if (m.pathParams.length === 0) return JSON.stringify(m.path);
  const text = m.path.replace(/\{(\w+)\}/g, (_, wire: string) => {
    const p = m.pathParams.find((x) => x.wire === wire)!;
    return `{segment(${p.name}, '${p.name}')}`;
  });
  return `f"${text}"`;
}

function renderCall(m: SurfaceMethod, models: Set<string>, helpers: string[]): string[] {
  const ret = m.paginated ? m.responseModel : m.returns ? pyType(m.returns.type, models, false) : m.responseModel;
  models.add(m.responseModel);
  let parse = `${m.responseModel}.from_dict`;
  if (m.returns) {
    parse = `_${m.key}_${m.returns.property}`;
    helpers.push(`def ${parse}(data: Any) -> ${ret}:`, `    return ${m.responseModel}.from_dict(data).${m.returns.property}`, "", "");
  }
  const callType = m.paginated ? `Callable[[Optional[str]], Call[${ret}]]` : `Call[${ret}]`;
  const sig = signature(m, models, false);
  const lines =
    sig.length === 0 ? [`def ${m.key}() -> ${callType}:`] : [`def ${m.key}(`, ...sig.map((x) => `    ${x},`), `) -> ${callType}:`];
  lines.push(`    """\`\`${m.resource}.${m.name}\`\`: ${m.summary}."""`);
  const query = m.params.filter((p) => p.in === "query" && !(m.paginated && p.wire === "cursor"));
  const body = m.params.filter((p) => p.in === "body");
  const key = m.params.find((p) => p.wire === "idempotency_key");
  if (query.length > 0) {
    lines.push("    query = {", ...query.map((p) => `        "${p.wire}": ${wireValue(p)},`), "    }");
  }
  if (m.bodySchema) {
    lines.push(
      "    body = drop_none(",
      "        {",
      ...body.map((p) => `            "${p.wire}": ${wireValue(p)},`),
      ...Object.entries(m.fixed).map(([k, v]) => `            "${k}": ${JSON.stringify(v)},`),
      "        }",
      "    )",
    );
  }
  const path = pathExpression(m);
  const args = [path, parse];
  let builder: string;
  if (m.httpMethod === "GET") {
    builder = "get";
    if (query.length > 0 || m.paginated) args.push(m.paginated ? `{**${query.length ? "query" : "{}"}, "cursor": cursor}` : "query");
  } else if (m.httpMethod === "POST" && query.length === 0) {
    builder = "post";
    args.push(m.bodySchema ? "body" : "None", key ? "idempotency_key" : "None");
  } else {
    builder = "request";
    args.unshift(JSON.stringify(m.httpMethod));
    if (query.length > 0) args.push("params=query");
    if (m.bodySchema) args.push("json=body");
    if (key) args.push("idempotency_key=idempotency_key");
  }
  const expr = `${builder}(${args.join(", ")})`;
  lines.push(m.paginated ? `    return lambda cursor: ${expr}` : `    return ${expr}`);
  return lines;
}

/** The per-call options every resource method takes (keyword-only), and how it forwards them. */
const OPTION_PARAMS = [
  "extra_headers: Optional[Mapping[str, str]] = None",
  "timeout: Union[float, None, NotGiven] = NOT_GIVEN",
  "max_retries: Optional[int] = None",
];
const OPTIONS_ARG = "request_options(extra_headers, timeout, max_retries)";
function withOptionParams(sig: string[]): string[] {
  return [...sig, ...(sig.includes("*") ? [] : ["*"]), ...OPTION_PARAMS];
}

function resourceClass(r: SurfaceResource, flavour: "sync" | "async", models: Set<string>): string[] {
  const isAsync = flavour === "async";
  const name = `${isAsync ? "Async" : ""}${r.className}`;
  const mixin = PY_RESOURCE_MIXINS[r.name];
  const bases = [...(mixin ? [isAsync ? mixin.async : mixin.sync] : []), isAsync ? "AsyncResource" : "SyncResource"];
  const lines = [`class ${name}(${bases.join(", ")}):`, ...docstring(r.description, "    ")];
  const aw = isAsync ? "await " : "";
  const def = isAsync ? "async def" : "def";
  const done = new Set<SurfaceMethod>();
  for (const m of r.methods) {
    if (done.has(m)) continue;
    lines.push("");
    if (m.overloaded) {
      const pair = r.methods.filter((x) => x.name === m.name);
      for (const x of pair) done.add(x);
      const [withId, withParams] = pair[0]!.pathParams.length > 0 ? [pair[0]!, pair[1]!] : [pair[1]!, pair[0]!];
      const ret = returnType(withId, models);
      for (const v of [withParams, withId]) {
        const sig = signature(v, models, true);
        if (v === withId) sig.splice(v.pathParams.length, 0, "/");
        lines.push(
          "    @overload",
          `    ${def} ${v.name}(`,
          "        self,",
          ...withOptionParams(sig).map((s) => `        ${s},`),
          `    ) -> ${returnType(v, models)}: ...`,
          "",
        );
      }
      // The implementation keeps the params variant's signature (its first parameter also takes the
      // id), so `inspect.signature` shows the documented parameters.
      const first = withParams.params[0]!;
      const implParams = [...withParams.params];
      const extra = withId.params.filter((p) => !implParams.some((q) => q.name === p.name));
      const implSig: string[] = [];
      let star = false;
      for (const [i, p] of [...implParams, ...extra.map((p) => ({ ...p, positional: false }))].entries()) {
        if (!p.positional && !star) {
          implSig.push("*");
          star = true;
        }
        const type = pyType(p.type, models);
        if (i === 0) implSig.push(`${p.name}: Union[str, ${type}]`);
        else implSig.push(`${p.name}: Optional[${type}] = None`);
      }
      const idArgs = [first.name, ...withId.params.map((p) => `${p.name}=${p.name}`)].join(", ");
      const paramArgs = withParams.params
        .map((p, i) => {
          // A str that is not a lone id reaches the builder, which refuses it (InvalidRequest).
          const value = i === 0 ? `cast(${pyType(p.type, models)}, ${p.name})` : p.required ? `required(${p.name}, "${p.name}")` : p.name;
          return p.positional ? value : `${p.name}=${value}`;
        })
        .join(", ");
      lines.push(
        `    ${def} ${m.name}(`,
        "        self,",
        ...withOptionParams(implSig).map((x) => `        ${x},`),
        `    ) -> ${ret}:`,
        ...docstring(`${methodDoc(withParams)}\n\nWith a ${withId.pathParams[0]!.name} instead: ${methodDoc(withId)}`, "        "),
        `        if isinstance(${first.name}, str)${withParams.params
          .slice(1)
          .filter((p) => !withId.params.some((q) => q.name === p.name))
          .map((p) => ` and ${p.name} is None`)
          .join("")}:`,
        `            return ${aw}self._client._execute(calls.${withId.key}(${idArgs}), ${OPTIONS_ARG})`,
        `        return ${aw}self._client._execute(calls.${withParams.key}(${paramArgs}), ${OPTIONS_ARG})`,
      );
      continue;
    }
    done.add(m);
    const sig = withOptionParams(signature(m, models, true));
    const ret = returnType(m, models);
    if (m.paginated) {
      const pager = isAsync ? "AsyncPager" : "Pager";
      lines.push(
        `    def ${m.name}(`,
        "        self,",
        ...sig.map((s) => `        ${s},`),
        `    ) -> ${pager}[${ret}]:`,
        ...docstring(methodDoc(m), "        "),
        `        page = calls.${m.key}(${forward(m)})`,
        `        options = ${OPTIONS_ARG}`,
        `        return ${pager}(lambda c: self._client._execute(page(c), options), cursor)`,
      );
    } else {
      lines.push(
        `    ${def} ${m.name}(`,
        "        self,",
        ...sig.map((s) => `        ${s},`),
        `    ) -> ${ret}:`,
        ...docstring(methodDoc(m), "        "),
        `        return ${aw}self._client._execute(calls.${m.key}(${forward(m)}), ${OPTIONS_ARG})`,
      );
    }
  }
  return lines;
}

/** `generated/calls.py`. */
export function renderPythonCalls(surface: Surface, header: string): string {
  const models = new Set<string>();
  const helpers: string[] = [];
  const body = surface.methods.flatMap((m) => [...renderCall(m, models, helpers), "", ""]);
  const builders = new Set(
    surface.methods.map((m) =>
      m.httpMethod === "GET" ? "get" : m.httpMethod === "POST" && !m.params.some((p) => p.in === "query") ? "post" : "request",
    ),
  );
  const runtime = [
    "Call",
    ...(surface.methods.some((m) => m.params.some((p) => p.type.kind === "array" && p.type.items.kind === "string")) ? ["as_list"] : []),
    ...(surface.methods.some((m) => m.params.some((p) => p.type.kind === "model")) ? ["as_model_dict"] : []),
    "drop_none",
    ...[...builders].sort(),
    "segment",
  ];
  return [
    header,
    '"""One builder per SDK method: the ``Call`` (request and parser) both clients execute."""',
    "",
    "from __future__ import annotations",
    "",
    "import datetime",
    "from typing import Any, Callable, List, Literal, Mapping, Optional, Sequence, Union",
    "",
    ...importLine(".._call", runtime),
    "from .._times import format_instant, format_opt_instant",
    ...importLine(".models", [...models].sort()),
    "",
    "__all__ = [",
    ...surface.methods.map((m) => `    "${m.key}",`),
    "]",
    "",
    "",
    ...helpers,
    ...body,
  ]
    .join("\n")
    .replace(/\n+$/, "\n");
}

/** `generated/resources.py`. */
export function renderPythonResources(surface: Surface, header: string): string {
  const models = new Set<string>();
  const classes: string[] = [];
  for (const flavour of ["sync", "async"] as const) {
    for (const r of surface.resources) classes.push(...resourceClass(r, flavour, models), "", "");
    const prefix = flavour === "async" ? "Async" : "";
    classes.push(
      `class ${prefix}ClientResources:`,
      `    """The resources of :class:\`~agentdraft.${prefix}Client\`."""`,
      "",
      ...surface.resources.map((r) => `    ${r.name}: ${prefix}${r.className}`),
      "",
      `    def _attach_resources(self, client: ${flavour === "async" ? "AsyncExecutor" : "SyncExecutor"}) -> None:`,
      ...surface.resources.map((r) => `        self.${r.name} = ${prefix}${r.className}(client)`),
      "",
      "",
    );
  }
  const mixins = surface.resources.flatMap((r) => {
    const m = PY_RESOURCE_MIXINS[r.name];
    return m ? [`from ${m.module} import ${m.async}, ${m.sync}`] : [];
  });
  const names = [
    ...surface.resources.flatMap((r) => [r.className, `Async${r.className}`]),
    "ClientResources",
    "AsyncClientResources",
  ].sort();
  return [
    header,
    '"""The resources of both clients, from the spec\'s ``x-agentdraft-sdk`` methods.',
    "",
    "Each method hands the ``Call`` its builder in :mod:`agentdraft.generated.calls` makes to the client;",
    "the blocking and the asyncio classes differ only in ``async``/``await``.",
    '"""',
    "",
    "from __future__ import annotations",
    "",
    "import datetime",
    "from typing import Any, List, Literal, Mapping, Optional, Sequence, Union, cast, overload",
    "",
    ...mixins,
    "from .._call import NOT_GIVEN, NotGiven, request_options, required",
    "from .._pagination import AsyncPager, Pager",
    "from .._resource import AsyncExecutor, AsyncResource, SyncExecutor, SyncResource",
    "from . import calls",
    ...importLine(".models", [...models].sort()),
    "",
    "__all__ = [",
    ...names.map((n) => `    "${n}",`),
    "]",
    "",
    "",
    ...classes,
  ]
    .join("\n")
    .replace(/\n+$/, "\n");
}
