// Imports in the server point down the layers of docs/architecture.md §1.3: a module may import its
// own layer and the ones below, never one above. The order is read from that section, so the
// document and this check cannot disagree.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SRC = path.join(ROOT, "src");
const DOC = path.join(ROOT, "../../docs/architecture.md");

/** The layers, lowest first, from the numbered list of docs/architecture.md §1.3: each item names its modules in backticks. */
function layersFromDoc(): string[][] {
  const doc = readFileSync(DOC, "utf8");
  const section = /^### 1\.3 [^\n]*\n([\s\S]*?)(?=^#{2,3} )/m.exec(doc)?.[1];
  if (!section) throw new Error("docs/architecture.md has no section 1.3");
  const items = section.split("\n").filter((line) => /^\d+\. /.test(line));
  return items.map((line) => [...line.matchAll(/`([^`]+)`/g)].map((m) => m[1]!.replace(/\/$/, "")));
}

const layers = layersFromDoc();

/** The module a source file belongs to: its top folder under src/, or the file itself at the top. */
function moduleOf(file: string): string {
  return path.relative(SRC, file).split(path.sep)[0]!;
}

function layerOf(module: string): number {
  const at = layers.findIndex((names) => names.includes(module));
  if (at < 0) throw new Error(`src/${module} is in no layer of docs/architecture.md §1.3`);
  return at;
}

/** Whether `from` importing `to` (both under src/) runs up the layers. */
function isUpward(from: string, to: string): boolean {
  return layerOf(moduleOf(to)) > layerOf(moduleOf(from));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith(".ts") ? [full] : [];
  });
}

/** Relative imports of a file (static, type-only, re-exports and dynamic), resolved to files. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specifiers = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^import\s+)["'](\.[^"']+)["']/gm)].map((m) => m[1]!);
  return specifiers.map((s) => path.resolve(path.dirname(file), s));
}

describe("server import layers (docs/architecture.md §1.3)", () => {
  it("names every module of src/ exactly once", () => {
    const modules = new Set(sourceFiles(SRC).map(moduleOf));
    const named = layers.flat();
    expect(named.length).toBe(new Set(named).size);
    for (const m of modules) expect(named, `src/${m}`).toContain(m);
  });

  it("has no import from a lower layer to a higher one", () => {
    const upward: string[] = [];
    for (const file of sourceFiles(SRC)) {
      for (const target of importsOf(file)) {
        if (!target.startsWith(SRC + path.sep)) continue;
        if (isUpward(file, target)) upward.push(`${path.relative(SRC, file)} → ${path.relative(SRC, target)}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it("calls the arrows that ran upward before (mail → routes, http → mail, services → http, store → shell) upward", () => {
    const at = (file: string) => path.join(SRC, file);
    expect(isUpward(at("mail/directory.ts"), at("routes/mailbox-address.ts"))).toBe(true);
    expect(isUpward(at("http/app.ts"), at("mail/inbound-auth.ts"))).toBe(true);
    expect(isUpward(at("services.ts"), at("http/context.ts"))).toBe(true);
    expect(isUpward(at("store/bookings.ts"), at("shell/booking-view.ts"))).toBe(true);
    expect(isUpward(at("routes/bookings.ts"), at("http/context.ts"))).toBe(false);
    expect(isUpward(at("shell/ledger.ts"), at("engine/index.ts"))).toBe(false);
  });
});
