// After `changeset version` bumps packages/sdk-python/package.json (the npm-side manifest of the
// Python SDK), copy that version into the files Python reads: pyproject.toml and
// src/agentdraft/_version.py, spelled the PEP 440 way (1.2.0-rc.1 -> 1.2.0rc1).
// Run by the root `version-packages` script; `--check` only reports drift (exit 1).
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { repoRoot } from "./paths.ts";

export const pythonPackageDir = "packages/sdk-python";

const PRE_RELEASE: Record<string, string> = { alpha: "a", a: "a", beta: "b", b: "b", rc: "rc" };

/** The PEP 440 spelling of a SemVer version as changesets writes it. */
export function toPep440(version: string): string {
  const match = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/.exec(version);
  if (!match) throw new Error(`not a SemVer version without build metadata: ${JSON.stringify(version)}`);
  const [, major, minor, patch, pre] = match;
  const release = `${Number(major)}.${Number(minor)}.${Number(patch)}`;
  if (pre === undefined) return release;
  const tag = /^([A-Za-z]+)[.-]?(\d+)?$/.exec(pre);
  if (!tag) throw new Error(`cannot express the pre-release "${pre}" of ${version} in PEP 440`);
  const [, name = "", number = "0"] = tag;
  const short = PRE_RELEASE[name.toLowerCase()];
  // Other changesets pre tags (next, canary, …) become development releases.
  return short === undefined ? `${release}.dev${Number(number)}` : `${release}${short}${Number(number)}`;
}

interface Target {
  file: string;
  pattern: RegExp;
  render: (version: string) => string;
}

const targets: Target[] = [
  {
    file: "pyproject.toml",
    pattern: /^version = "[^"\n]*"$/m,
    render: (version) => `version = "${version}"`,
  },
  {
    file: "src/agentdraft/_version.py",
    pattern: /^__version__ = "[^"\n]*"$/m,
    render: (version) => `__version__ = "${version}"`,
  },
];

export interface SyncResult {
  /** The npm (SemVer) version from package.json. */
  npmVersion: string;
  /** The same version in PEP 440 form. */
  pythonVersion: string;
  /** Files (relative to the package) that were, or with `check` would be, rewritten. */
  changed: string[];
}

/** Copies the package.json version into the Python files; with `check`, writes nothing. */
export async function syncPythonVersion(root: string = repoRoot, check = false): Promise<SyncResult> {
  const dir = path.join(root, pythonPackageDir);
  const manifest = JSON.parse(await readFile(path.join(dir, "package.json"), "utf8")) as { version?: unknown };
  if (typeof manifest.version !== "string") throw new Error(`${pythonPackageDir}/package.json has no version`);
  const pythonVersion = toPep440(manifest.version);
  const changed: string[] = [];
  for (const target of targets) {
    const file = path.join(dir, target.file);
    const text = await readFile(file, "utf8");
    const matches = text.match(new RegExp(target.pattern.source, "gm")) ?? [];
    if (matches.length !== 1) {
      throw new Error(`${pythonPackageDir}/${target.file}: expected one line like ${target.render("X")}, found ${matches.length}`);
    }
    const updated = text.replace(target.pattern, target.render(pythonVersion));
    if (updated !== text) {
      changed.push(target.file);
      if (!check) await writeFile(file, updated);
    }
  }
  return { npmVersion: manifest.version, pythonVersion, changed };
}

if (import.meta.main) {
  const check = process.argv.includes("--check");
  const { pythonVersion, changed } = await syncPythonVersion(repoRoot, check);
  if (check && changed.length > 0) {
    console.error(`${changed.join(", ")} not at ${pythonVersion}: run \`node tools/src/sync-python-version.ts\``);
    process.exit(1);
  }
  const what = changed.length > 0 ? (check ? "" : `updated ${changed.join(", ")}`) : "already in sync";
  console.log(`agentdraft (Python) ${pythonVersion}: ${what}`);
}
