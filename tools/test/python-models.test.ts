import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_PYTHON_HEADER, generatePythonModels, type OpenApiDocument } from "../src/python-models.ts";

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "fixtures", "python-models");
const GOLDEN = join(FIXTURES, "sample_models.py");
const CHECK_SCRIPT = join(FIXTURES, "check_sample.py");

/** Real `@typespec/openapi3` output for fixtures/python-models/sample.tsp. */
const sample = JSON.parse(readFileSync(join(FIXTURES, "sample.openapi.json"), "utf8")) as OpenApiDocument;

/** Hand-written cases TypeSpec doesn't emit (or not easily): odd names, `true` maps, implicit mapping… */
const edge: OpenApiDocument = {
  components: {
    schemas: {
      "Sample.Thing": {
        type: "object",
        required: ["to_dict", "datetime", "2fa", "self"],
        properties: {
          to_dict: { type: "string" },
          datetime: { type: "string", format: "date-time" },
          "2fa": { type: "boolean" },
          self: { type: "integer" },
          free: { type: "object", additionalProperties: true },
          bare: { type: "object" },
          ratio: { type: "number", enum: [1, 2.5] },
          flag: { type: "boolean", enum: [true] },
          level: { type: "integer", enum: [1, 2, 3] },
        },
      },
      Any: { type: "object", properties: { x: { type: "string" } } },
      Json: { anyOf: [{ type: "string" }, { type: "array", items: { $ref: "#/components/schemas/Json" } }] },
      Maybe: { type: "object", nullable: true, required: ["v"], properties: { v: { type: "string" } } },
      Holder: {
        type: "object",
        required: ["m", "j"],
        properties: {
          m: { $ref: "#/components/schemas/Maybe" },
          j: { $ref: "#/components/schemas/Json" },
          ev: { $ref: "#/components/schemas/Ev" },
        },
      },
      // No mapping: values come from the variants' constant tag, else the schema name.
      Ev: {
        oneOf: [{ $ref: "#/components/schemas/A" }, { $ref: "#/components/schemas/B" }],
        discriminator: { propertyName: "kind" },
      },
      A: { type: "object", required: ["kind"], properties: { kind: { type: "string", enum: ["a"] } } },
      B: { type: "object", required: ["kind"], properties: { kind: { type: "string" } } },
      Ids: { type: "array", items: { type: "string" } },
      When: { type: "string", format: "date-time", nullable: true },
      // An inline object is named after the model declaring it, even when inherited.
      Parent: {
        type: "object",
        properties: { meta: { type: "object", required: ["k"], properties: { k: { type: "string" } } } },
      },
      Kid: {
        type: "object",
        required: ["meta"],
        properties: { own: { type: "integer" } },
        allOf: [{ $ref: "#/components/schemas/Parent" }],
      },
    },
  },
};

// ---------------------------------------------------------------------------
// Python plumbing.

interface Interpreter {
  command: string;
  version: string;
}

/**
 * `python3` (or $PYTHON) is required. A Python 3.9 is used too when one can be
 * found — on PATH, or in pyenv's versions folder, which is not on PATH — so the
 * output is proven on the oldest supported version, not just parsed as 3.9.
 */
function findInterpreters(): Interpreter[] {
  const candidates = [process.env.PYTHON ?? "python3", "python3.9"];
  const pyenvVersions = join(process.env.PYENV_ROOT ?? join(homedir(), ".pyenv"), "versions");
  try {
    for (const version of readdirSync(pyenvVersions)
      .filter((v) => v.startsWith("3.9."))
      .sort()) {
      candidates.push(join(pyenvVersions, version, "bin", "python3.9"));
    }
  } catch {
    // No pyenv: fine.
  }
  const found = new Map<string, Interpreter>();
  for (const command of candidates) {
    const probe = spawnSync(command, ["-c", "import sys; print('%d.%d' % sys.version_info[:2])"], {
      encoding: "utf8",
    });
    const version = probe.stdout?.trim();
    if (probe.status === 0 && version && !found.has(version)) found.set(version, { command, version });
  }
  return [...found.values()];
}

const interpreters = findInterpreters();
const python = interpreters[0]?.command ?? "python3";

function run(command: string, args: string[], input?: string): { status: number | null; out: string } {
  const result = spawnSync(command, args, { encoding: "utf8", input, timeout: 30_000 });
  return { status: result.status, out: `${result.stdout ?? ""}${result.stderr ?? ""}` };
}

const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** Write `source` as models.py in a fresh temp dir and return the dir. */
function writeModule(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), "python-models-"));
  tempDirs.push(dir);
  writeFileSync(join(dir, "models.py"), source);
  return dir;
}

/** Run a Python snippet with `models` importable from `dir`. */
function runPython(command: string, dir: string, code: string): { status: number | null; out: string } {
  const prelude = `import sys\nsys.path.insert(0, ${JSON.stringify(dir)})\nimport models\n`;
  return run(command, ["-c", prelude + code]);
}

const sampleSource = generatePythonModels(sample);
const edgeSource = generatePythonModels(edge);
const sampleDir = writeModule(sampleSource);
const edgeDir = writeModule(edgeSource);

// ---------------------------------------------------------------------------

// The behaviour checks live in fixtures/python-models/check_sample.py (one per test below).
const checkNames = run(python, [CHECK_SCRIPT, sampleDir, "--list"]).out.trim().split("\n");

describe("generatePythonModels: source text", () => {
  it("knows every behaviour check in check_sample.py", () => {
    expect(checkNames).toEqual([
      "round_trip",
      "nested_models_lists_maps",
      "datetimes",
      "dates",
      "enums_are_literals",
      "optional_fields_default_to_none",
      "frozen",
      "discriminated_union",
      "untagged_union",
      "polymorphic_base",
      "errors_name_model_and_field",
      "keyword_and_odd_field_names",
      "recursive_model",
      "module_surface",
    ]);
  });

  it("finds a Python to test with", () => {
    expect(interpreters.length, "python3 must be installed").toBeGreaterThan(0);
  });

  it("is deterministic, whatever the order of the schemas in the document", () => {
    expect(generatePythonModels(sample)).toBe(sampleSource);
    const schemas = sample.components?.schemas ?? {};
    const reversed: OpenApiDocument = {
      components: { schemas: Object.fromEntries(Object.entries(schemas).reverse()) },
    };
    expect(generatePythonModels(reversed)).toBe(sampleSource);
  });

  it("matches the committed golden output (UPDATE_GOLDEN=1 rewrites it)", () => {
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(GOLDEN, sampleSource);
    expect(sampleSource).toBe(readFileSync(GOLDEN, "utf8"));
  });

  it("starts with the header: the default says generated, do not edit, pnpm generate", () => {
    expect(sampleSource.startsWith(DEFAULT_PYTHON_HEADER)).toBe(true);
    expect(DEFAULT_PYTHON_HEADER).toMatch(/^# generated — do not edit/);
    expect(DEFAULT_PYTHON_HEADER).toContain("`pnpm generate`");
    const custom = generatePythonModels(sample, { header: "# custom header\n# line two" });
    expect(custom.startsWith("# custom header\n# line two\n")).toBe(true);
    expect(custom.slice(custom.indexOf('"""'))).toBe(sampleSource.slice(sampleSource.indexOf('"""')));
  });

  it("imports exactly what the module uses", () => {
    const importsOf = (source: string): string[] => source.split("\n").filter((line) => /^(from|import) /.test(line));
    expect(importsOf(sampleSource)).toEqual([
      "from __future__ import annotations",
      "import datetime",
      "import re",
      "from dataclasses import dataclass",
      "from typing import Any, Callable, Dict, List, Literal, Mapping, Optional, TypeVar, Union",
    ]);
    const plain = generatePythonModels({
      components: {
        schemas: { Note: { type: "object", required: ["text"], properties: { text: { type: "string" } } } },
      },
    });
    expect(importsOf(plain)).toEqual([
      "from __future__ import annotations",
      "from dataclasses import dataclass",
      "from typing import Any, Callable, Dict, Mapping, TypeVar",
    ]);
    const enumsOnly = generatePythonModels({
      components: { schemas: { Color: { type: "string", enum: ["red", "blue"] } } },
    });
    expect(importsOf(enumsOnly)).toEqual(["from __future__ import annotations", "from typing import Literal"]);
    expect(enumsOnly).toContain('\nColor = Literal["red", "blue"]\n');
    expect(enumsOnly).not.toContain("def _");
  });

  it("emits the documented naming conventions", () => {
    expect(sampleSource).toContain('\nBookingStatus = Literal["HELD", "COMMITTED", "CANCELLED"]\n');
    expect(sampleSource).toContain("\nEvent = Union[Created, Cancelled]\n");
    expect(sampleSource).toContain("\ndef parse_event(data: Any) -> Event:\n");
    expect(sampleSource).toContain("\ndef parse_shape(data: Any) -> Shape:\n");
    expect(sampleSource).toContain("\ndef parse_pet(data: Any) -> Union[Cat, Dog, Pet]:\n");
    // An inline object gets a class named after its owner and property.
    expect(sampleSource).toContain("\n@dataclass(frozen=True)\nclass BookingRule:\n");
    expect(sampleSource).toContain("    from_: Optional[str] = None\n");
    expect(sampleSource).toContain("    content_type: Optional[str] = None\n");
    expect(sampleSource).toContain("    def from_dict(cls, data: Mapping[str, Any]) -> Booking:\n");
    expect(sampleSource).toContain("    def to_dict(self) -> Dict[str, Any]:\n");
  });

  it("maps names that are not safe in Python", () => {
    expect(edgeSource).toContain("class SampleThing:");
    expect(edgeSource).toContain("class Any_:"); // `Any` is imported from typing
    expect(edgeSource).toContain("    to_dict_: str\n");
    expect(edgeSource).toContain("    datetime_: datetime.datetime\n");
    expect(edgeSource).toContain("    field_2fa: bool\n");
    expect(edgeSource).toContain('Json = Union[str, List["Json"]]'); // recursive alias: forward ref
    expect(edgeSource).toContain("class Kid:\n    meta: ParentMeta\n    own: Optional[int] = None\n");
    expect(edgeSource).toContain("class ParentMeta:");
    expect(edgeSource).not.toContain("KidMeta");
  });

  it("fails loudly on a $ref it cannot resolve", () => {
    const withRef = (ref: string): OpenApiDocument => ({
      components: { schemas: { A: { type: "object", properties: { b: { $ref: ref } } } } },
    });
    const broken = withRef("#/components/schemas/Nope");
    expect(() => generatePythonModels(broken)).toThrow(/missing schema: #\/components\/schemas\/Nope/);
    const external = withRef("other.yaml#/X");
    expect(() => generatePythonModels(external)).toThrow(/unsupported \$ref other\.yaml#\/X/);
    const loop: OpenApiDocument = {
      components: { schemas: { Nest: { type: "array", items: { $ref: "#/components/schemas/Nest" } } } },
    };
    expect(() => generatePythonModels(loop)).toThrow(/unsupported recursive alias Nest -> Nest/);
  });

  it("produces a valid, empty module for a document without schemas", () => {
    const empty = generatePythonModels({});
    expect(empty).toContain("__all__: List[str] = []");
    const dir = writeModule(empty);
    const result = runPython(python, dir, "assert models.__all__ == []\nprint('ok')");
    expect(result.out.trim()).toBe("ok");
  });

  it("parses as Python 3.9 grammar (ast feature_version=(3, 9))", () => {
    for (const dir of [sampleDir, edgeDir]) {
      const code = [
        "import ast, pathlib",
        "src = pathlib.Path(sys.argv[1], 'models.py').read_text()",
        "ast.parse(src, feature_version=(3, 9))",
        "print('ok')",
      ].join("\n");
      const result = run(python, ["-c", `import sys\n${code}`, dir]);
      expect(result.out.trim(), result.out).toBe("ok");
    }
  });
});

describe.each(interpreters)("generated module on Python $version", ({ command }) => {
  it.each(checkNames)("sample: %s", (name) => {
    const result = run(command, [CHECK_SCRIPT, sampleDir, name]);
    expect(result.out.trim(), result.out).toBe(`ok ${name}`);
    expect(result.status).toBe(0);
  });

  it("edge cases: renamed fields, free maps, number/bool enums, nullable model, implicit mapping", () => {
    const code = `
import dataclasses, datetime, typing
from typing import Any, Dict, List, Literal, Optional

wire = {"to_dict": "x", "datetime": "2025-01-01T00:00:00Z", "2fa": True, "self": 1,
        "free": {"a": [1, {"b": None}]}, "bare": {"c": 2}, "ratio": 2.5, "flag": True, "level": 2}
thing = models.SampleThing.from_dict(wire)
assert thing.to_dict_ == "x" and thing.field_2fa is True and thing.self == 1
assert thing.datetime_ == datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc)
assert thing.free == {"a": [1, {"b": None}]} and thing.bare == {"c": 2}
assert thing.to_dict() == wire, thing.to_dict()
hints = typing.get_type_hints(models.SampleThing)
assert hints["free"] == Optional[Dict[str, Any]]
assert hints["ratio"] == Optional[float]  # Literal cannot hold 2.5
assert hints["flag"] == Optional[Literal[True]]
assert hints["level"] == Optional[Literal[1, 2, 3]]
try:
    models.SampleThing.from_dict({**wire, "flag": False})
    raise AssertionError("flag must be True")
except ValueError as exc:
    assert str(exc) == "SampleThing.flag: expected True, got False", exc
try:
    models.SampleThing.from_dict({**wire, "level": True})
    raise AssertionError("bool is not a number")
except TypeError as exc:
    assert "SampleThing.level" in str(exc)

assert models.Any is typing.Any and models.Any_(x="y").to_dict() == {"x": "y"}
assert models.Any_.from_dict({}) == models.Any_(x=None)

holder = models.Holder.from_dict({"m": None, "j": ["a", ["b", []]], "ev": {"kind": "a"}})
assert holder.m is None and holder.j == ["a", ["b", []]]
assert type(holder.ev) is models.A
assert type(models.parse_ev({"kind": "B"})) is models.B
try:
    models.parse_ev({"kind": "c"})
    raise AssertionError("unknown tag")
except ValueError as exc:
    assert str(exc) == "Ev: unknown discriminator 'c', expected 'a', 'B'", exc
assert holder.to_dict() == {"m": None, "j": ["a", ["b", []]], "ev": {"kind": "a"}}
assert models.Holder.from_dict({"m": {"v": "1"}, "j": "s"}).m == models.Maybe(v="1")
assert typing.get_args(models.Json)[0] is str
assert models.parse_json(["x", ["y"]]) == ["x", ["y"]]
assert models.When == Optional[datetime.datetime] and models.Ids == List[str]
names = [f.name for f in dataclasses.fields(models.SampleThing)]
assert names[:4] == ["to_dict_", "datetime_", "field_2fa", "self"], names
kid = models.Kid.from_dict({"meta": {"k": "v"}, "own": 1})
assert kid == models.Kid(meta=models.ParentMeta(k="v"), own=1)
assert kid.to_dict() == {"meta": {"k": "v"}, "own": 1}
print("ok")
`;
    const result = runPython(command, edgeDir, code);
    expect(result.out.trim(), result.out).toBe("ok");
  });
});
