// The Python SDK's version follows the changeset-managed version of packages/sdk-python/package.json.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { repoRoot } from "../src/paths.ts";
import { pythonPackageDir, syncPythonVersion, toPep440 } from "../src/sync-python-version.ts";

describe("toPep440", () => {
  it.each([
    ["0.1.0", "0.1.0"],
    ["1.12.3", "1.12.3"],
    ["1.0.0-alpha.0", "1.0.0a0"],
    ["1.0.0-beta.2", "1.0.0b2"],
    ["1.0.0-rc.1", "1.0.0rc1"],
    ["2.0.0-next.3", "2.0.0.dev3"],
    ["2.0.0-canary", "2.0.0.dev0"],
  ])("%s -> %s", (semver, pep440) => {
    expect(toPep440(semver)).toBe(pep440);
  });

  it.each(["1.0", "v1.0.0", "1.0.0+build.5", "1.0.0-rc.1.2", ""])("rejects %j", (bad) => {
    expect(() => toPep440(bad)).toThrow();
  });
});

describe("syncPythonVersion", () => {
  let root: string;
  let pkg: string;

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), "agentdraft-pyversion-"));
    pkg = path.join(root, pythonPackageDir);
    await mkdir(path.join(pkg, "src/agentdraft"), { recursive: true });
    for (const file of ["package.json", "pyproject.toml", "src/agentdraft/_version.py"]) {
      await cp(path.join(repoRoot, pythonPackageDir, file), path.join(pkg, file));
    }
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  async function bump(version: string): Promise<void> {
    const manifest = JSON.parse(await readFile(path.join(pkg, "package.json"), "utf8"));
    await writeFile(path.join(pkg, "package.json"), `${JSON.stringify({ ...manifest, version }, null, 2)}\n`);
  }

  it("copies a changeset bump into pyproject.toml and _version.py, touching nothing else", async () => {
    const before = await readFile(path.join(pkg, "pyproject.toml"), "utf8");
    await bump("1.4.0-rc.2");
    expect(await syncPythonVersion(root, true)).toEqual({
      npmVersion: "1.4.0-rc.2",
      pythonVersion: "1.4.0rc2",
      changed: ["pyproject.toml", "src/agentdraft/_version.py"],
    });
    expect(await readFile(path.join(pkg, "pyproject.toml"), "utf8")).toBe(before); // --check writes nothing
    const result = await syncPythonVersion(root);
    expect(result.changed).toEqual(["pyproject.toml", "src/agentdraft/_version.py"]);
    const after = await readFile(path.join(pkg, "pyproject.toml"), "utf8");
    expect(after).toContain('\nversion = "1.4.0rc2"\n');
    expect(after.replace('version = "1.4.0rc2"', "")).toBe(before.replace(/^version = "[^"]*"$/m, ""));
    expect(await readFile(path.join(pkg, "src/agentdraft/_version.py"), "utf8")).toContain('__version__ = "1.4.0rc2"');
    expect((await syncPythonVersion(root)).changed).toEqual([]);
  });

  it("fails loudly when a file no longer has exactly one version line", async () => {
    await writeFile(path.join(pkg, "src/agentdraft/_version.py"), "VERSION = '1'\n");
    await expect(syncPythonVersion(root)).rejects.toThrow(/_version\.py: expected one line/);
  });
});

describe("the repository", () => {
  it("has the Python SDK at its package.json version", async () => {
    expect((await syncPythonVersion(repoRoot, true)).changed).toEqual([]);
  });
});
