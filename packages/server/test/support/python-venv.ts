// A pinned, git-ignored Python virtualenv (`<dir>/.venv`) for tests that drive a real Python tool —
// Radicale, Schemathesis, the Standard Webhooks reference library. Made on first use with the
// machine's python3 (or $PYTHON) from PyPI; reused while the pinned versions are what is installed.
import { existsSync } from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";

/** Makes (or reuses) `<dir>/.venv` with exactly `pins` ({package: version}); returns its bin folder. */
export function pythonVenv(dir: string, pins: Record<string, string>): string {
  const venv = path.join(dir, ".venv");
  const bin = path.join(venv, "bin");
  const run = (cmd: string, args: string[]) => {
    const r = spawnSync(cmd, args, { encoding: "utf8", timeout: 300_000 });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  };
  const check = `import importlib.metadata as m, sys; want = ${JSON.stringify(pins)}; sys.exit(any(m.version(k) != v for k, v in want.items()))`;
  if (existsSync(path.join(bin, "python")) && spawnSync(path.join(bin, "python"), ["-c", check]).status === 0) return bin;
  run(process.env.PYTHON ?? "python3", ["-m", "venv", venv]);
  const requirements = Object.entries(pins).map(([name, version]) => `${name}==${version}`);
  run(path.join(bin, "python"), ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", ...requirements]);
  return bin;
}
