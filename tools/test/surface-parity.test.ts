// Surface parity: walks every operation of spec/openapi.yaml and checks that both SDKs, as they are
// (the TypeScript SDK through the compiler's view of `AgentDraft`, the Python SDK by inspecting
// `Client` and `AsyncClient` in its virtualenv), expose each SDK method the spec declares, with
// matching method names, parameter names (camelCase vs snake_case), return shapes and error classes.
import { execFileSync, spawnSync } from "node:child_process";
import path from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { httpMethods, loadOpenApi } from "../src/openapi.ts";
import { openapiFile, repoRoot } from "../src/paths.ts";
import { extractSurface, snakeToCamel, type SurfaceMethod } from "../src/sdk-surface.ts";

const doc = await loadOpenApi(path.join(repoRoot, openapiFile));
const surface = extractSurface(doc);
const sdkDir = path.join(repoRoot, "packages/sdk");
const pyDir = path.join(repoRoot, "packages/sdk-python");

/** A method signature in language-neutral form. */
interface Sig {
  params: string[];
  /** `one:Booking`, `list:Interval`, `page:Booking`. */
  returns: string;
}

// --- TypeScript: what the compiler says `new AgentDraft().<resource>.<method>` is. -------------------
function tsSurface(): Map<string, Sig[]> {
  const index = path.join(sdkDir, "src/index.ts");
  const program = ts.createProgram([index], {
    target: ts.ScriptTarget.ES2023,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    allowImportingTsExtensions: true,
    noEmit: true,
    strict: true,
    skipLibCheck: true,
    lib: ["lib.es2023.d.ts", "lib.dom.d.ts"],
    types: [],
  });
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(path.join(sdkDir, "src/client.ts"))!;
  let cls: ts.ClassDeclaration | undefined;
  file.forEachChild((n) => {
    if (ts.isClassDeclaration(n) && n.name?.text === "AgentDraft") cls = n;
  });
  const instance = checker.getTypeAtLocation(cls!.name!);
  const out = new Map<string, Sig[]>();
  // The declared return type (`Promise<M.Booking>`): the alias names, not their camelCase expansion.
  const shape = (sig: ts.Signature): string => {
    const decl = sig.getDeclaration() as ts.SignatureDeclaration;
    const text = (decl.type?.getText() ?? checker.typeToString(sig.getReturnType())).replace(/\bM\./g, "");
    let m = /^PagePromise<(\w+)>$/.exec(text);
    if (m) return `page:${m[1]}`;
    m = /^(?:API)?Promise<(\w+)\[\]>$/.exec(text);
    if (m) return `list:${m[1]}`;
    m = /^(?:API)?Promise<(\w+)>$/.exec(text);
    if (m) return `one:${m[1]}`;
    return `?:${text}`;
  };
  for (const resource of instance.getProperties()) {
    const resourceType = checker.getTypeOfSymbolAtLocation(resource, cls!);
    for (const method of resourceType.getProperties()) {
      const methodType = checker.getTypeOfSymbolAtLocation(method, cls!);
      const sigs = methodType.getCallSignatures().map((sig): Sig => {
        const params: string[] = [];
        for (const p of sig.getParameters()) {
          if (p.name === "options") continue;
          if (p.name === "params") {
            const t = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(p, cls!));
            params.push(...t.getProperties().map((x) => x.name));
          } else params.push(p.name);
        }
        return { params, returns: shape(sig) };
      });
      if (sigs.length > 0) out.set(`${resource.name}.${method.name}`, sigs);
    }
  }
  return out;
}

// --- Python: inspect the real Client / AsyncClient (overloads from typing.get_overloads). ------------
const PY_INSPECT = String.raw`
import inspect, json, re, typing
from agentdraft import Client, AsyncClient
import agentdraft

def shape(annotation):
    text = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", str(annotation))
    for pattern, kind in ((r"^(?:Async)?Pager\[(\w+)\]$", "page"), (r"^List\[(\w+)\]$", "list"), (r"^(\w+)$", "one")):
        m = re.match(pattern, text)
        if m:
            return f"{kind}:{m.group(1)}"
    return f"?:{text}"

# Per-call options (like TypeScript's \`options\`) are not part of the surface.
SKIP = {"self", "extra_headers", "timeout", "max_retries"}

# typing.get_overloads is 3.11+; on older Pythons the overloads are read from the module's source.
import ast, sys
import agentdraft.generated.resources as generated
AST_OVERLOADS = {}
for node in ast.parse(open(generated.__file__).read()).body:
    if isinstance(node, ast.ClassDef):
        for fn in node.body:
            if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)) and any(getattr(d, "id", "") == "overload" for d in fn.decorator_list):
                args = [a.arg for a in fn.args.posonlyargs + fn.args.args + fn.args.kwonlyargs if a.arg not in SKIP]
                AST_OVERLOADS.setdefault((node.name, fn.name), []).append({"params": args, "returns": shape(ast.unparse(fn.returns)), "async": isinstance(fn, ast.AsyncFunctionDef)})

def sigs(cls, fn):
    if hasattr(typing, "get_overloads"):
        variants = list(typing.get_overloads(fn))
    else:
        found = AST_OVERLOADS.get((cls.__name__, fn.__name__))
        if found:
            return found
        variants = []
    out = []
    for v in variants or [fn]:
        s = inspect.signature(v)
        out.append({"params": [p for p in s.parameters if p not in SKIP], "returns": shape(s.return_annotation), "async": inspect.iscoroutinefunction(v)})
    return out

result = {}
for flavour, cls in (("sync", Client), ("async", AsyncClient)):
    client = cls(api_key="avs_live_parity")
    for name, annotation in typing.get_type_hints(cls).items():
        resource = getattr(client, name, None)
        if resource is None or not type(resource).__module__.startswith("agentdraft.generated"):
            continue
        for attr in dir(type(resource)):
            if attr.startswith("_"):
                continue
            fn = getattr(type(resource), attr)
            if callable(fn):
                result[f"{flavour}:{name}.{attr}"] = sigs(type(resource), fn)
result["__exports__"] = [n for n in dir(agentdraft) if isinstance(getattr(agentdraft, n), type)]
print(json.dumps(result))
`;

let ts_: Map<string, Sig[]>;
let py: Record<string, (Sig & { async: boolean })[]> & { __exports__?: string[] };
let tsExports: Record<string, unknown>;

beforeAll(async () => {
  ts_ = tsSurface();
  execFileSync("bash", [path.join(pyDir, "scripts/venv.sh")], { stdio: "ignore" });
  const run = spawnSync(path.join(pyDir, ".venv/bin/python"), ["-c", PY_INSPECT], { encoding: "utf8", cwd: pyDir });
  if (run.status !== 0) throw new Error(run.stderr);
  py = JSON.parse(run.stdout);
  tsExports = await import(path.join(sdkDir, "src/index.ts"));
}, 240_000);

const camelParams = (names: string[]) => names.map(snakeToCamel).sort();

/** The signature of `m` among a method's overloads: the id variant takes its path id first. */
function pick<T extends Sig>(sigs: T[], m: SurfaceMethod, lang: "ts" | "py"): T | undefined {
  if (sigs.length === 1) return sigs[0];
  const first = m.pathParams[0]?.name;
  return sigs.find((s) =>
    first
      ? s.params[0] === (lang === "ts" ? snakeToCamel(first) : first)
      : !s.params.includes("bookingId") && !s.params.includes("booking_id"),
  );
}

const operations = Object.entries(doc.paths).flatMap(([p, item]) =>
  httpMethods.filter((m) => item[m]).map((m) => ({ path: p, method: m, op: item[m]! })),
);

describe("surface parity of the two SDKs", () => {
  it("every operation of the agent API declares its SDK methods and its scope decision", () => {
    for (const { op } of operations) {
      const agent = (op.security ?? []).some((s) => "BearerAuth" in s);
      const sdk = (op as { "x-agentdraft-sdk"?: unknown[] })["x-agentdraft-sdk"];
      if (agent) expect(sdk?.length, `${op.operationId} has no x-agentdraft-sdk`).toBeGreaterThan(0);
      else expect(sdk, `${op.operationId}: only agent operations are in the SDKs`).toBeUndefined();
    }
    expect(surface.methods.length).toBeGreaterThanOrEqual(15);
  });

  for (const { op } of operations) {
    const methods = surface.methods.filter((m) => m.operationId === op.operationId);
    if (methods.length === 0) continue;
    describe(op.operationId!, () => {
      for (const m of methods) {
        const tsKey = `${snakeToCamel(m.resource)}.${snakeToCamel(m.name)}`;
        it(`${m.resource}.${m.name} / ${tsKey}: names, parameters, return shape`, () => {
          const tsSig = pick(ts_.get(tsKey) ?? [], m, "ts");
          expect(tsSig, `TypeScript SDK lacks ${tsKey}`).toBeDefined();
          // The spec's parameters (path ids, then the rest), as each SDK names them.
          const expected = [...m.pathParams, ...m.params].map((p) => p.name);
          const tsNames = tsSig!.params.filter((n) => n !== "idempotencyKey");
          const expectedTs = camelParams(expected.filter((n) => n !== "idempotency_key"));
          expect([...tsNames].sort(), `${tsKey} parameters`).toEqual(expectedTs);
          for (const flavour of ["sync", "async"]) {
            const pySig = pick(py[`${flavour}:${m.resource}.${m.name}`] ?? [], m, "py");
            expect(pySig, `Python ${flavour} SDK lacks ${m.resource}.${m.name}`).toBeDefined();
            expect([...pySig!.params].sort(), `${flavour} ${m.resource}.${m.name} parameters`).toEqual([...expected].sort());
            expect(camelParams(pySig!.params.filter((n) => n !== "idempotency_key")), "camel vs snake").toEqual([...tsNames].sort());
            expect(pySig!.returns, `${flavour} ${m.resource}.${m.name} returns`).toBe(tsSig!.returns);
          }
          const model = m.paginated
            ? `page:${m.itemModel}`
            : m.returns
              ? `list:${(m.returns.type as { items: { name: string } }).items.name}`
              : `one:${m.responseModel}`;
          expect(tsSig!.returns, `${tsKey} return shape`).toBe(model);
        });
      }
      it("raises the same error classes in both SDKs", () => {
        const errors = methods[0]!.errors;
        expect(errors.length).toBeGreaterThan(0);
        for (const name of errors) {
          expect(typeof tsExports[name], `TypeScript SDK exports ${name}`).toBe("function");
          expect(py.__exports__, `Python SDK exports ${name}`).toContain(name);
        }
      });
    });
  }

  it("both SDKs map every problem code to the same exception class", async () => {
    const pyCatalog = spawnSync(
      path.join(pyDir, ".venv/bin/python"),
      ["-c", "import json; from agentdraft.generated.errors import ERROR_CATALOG as C; print(json.dumps({k: v[1] for k, v in C.items()}))"],
      { encoding: "utf8", cwd: pyDir },
    );
    const tsCatalog = Object.fromEntries(
      Object.entries(tsExports.errorCatalog as Record<string, { exception: string }>).map(([k, v]) => [k, v.exception]),
    );
    expect(JSON.parse(pyCatalog.stdout)).toEqual(tsCatalog);
  });
});
