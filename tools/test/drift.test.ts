// The drift check passes on the committed tree and fails, with a readable diff, once spec/ changes
// without regenerating; regenerating from the changed spec changes the TS types and Python models.
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findDrift } from "../src/drift-check.ts";
import { generate } from "../src/generate.ts";
import { outputs, repoRoot } from "../src/paths.ts";

let work: string;
let changedSpec: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "agentdraft-spec-"));
  changedSpec = path.join(work, "spec");
  await cp(path.join(repoRoot, "spec"), changedSpec, {
    recursive: true,
    filter: (src) => !src.includes("node_modules") && !src.endsWith("openapi.yaml"),
  });
  await symlink(path.join(repoRoot, "spec/node_modules"), path.join(changedSpec, "node_modules"), "dir");
  // A new optional field on Booking, as a protocol change would add one.
  const bookings = path.join(changedSpec, "src/bookings.tsp");
  const source = await readFile(bookings, "utf8");
  await writeFile(
    bookings,
    source.replace("model Booking {\n", "model Booking {\n  /** Where the meeting happens. */\n  location_hint?: string;\n\n"),
  );
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("drift check", () => {
  it("finds nothing on the committed tree", async () => {
    expect(await findDrift()).toEqual([]);
  });

  it("reports the files a spec change affects, as a diff", async () => {
    const diffs = await findDrift(changedSpec);
    const text = diffs.join("\n");
    expect(text).toContain("location_hint");
    for (const file of ["spec/openapi.yaml", outputs.sdkTypes, outputs.pythonModels, outputs.serverApi]) {
      expect(text).toContain(file);
    }
    expect(text).toMatch(/^\+.*location_hint/m);
  });

  it("regenerating from the changed spec updates the TS types and the Python models", async () => {
    const out = path.join(work, "out");
    await generate(out, changedSpec);
    const ts = await readFile(path.join(out, outputs.sdkTypes), "utf8");
    expect(ts).toMatch(/location_hint\?: string;/);
    const py = await readFile(path.join(out, outputs.pythonModels), "utf8");
    expect(py).toMatch(/location_hint: Optional\[str\] = None/);
  });
});
