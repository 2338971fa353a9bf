// Fails when a committed generated file differs from what `pnpm generate` would write now.
import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { generate } from "./generate.ts";
import { generatedFiles, repoRoot } from "./paths.ts";

/**
 * Regenerates from `specRoot` (default: spec/) into a temp dir and returns a unified diff per
 * committed file that differs (empty when everything is in sync).
 */
export async function findDrift(specRoot?: string): Promise<string[]> {
  const outRoot = await mkdtemp(path.join(tmpdir(), "agentdraft-drift-"));
  try {
    await generate(outRoot, specRoot);
    const diffs: string[] = [];
    for (const file of generatedFiles) {
      const result = spawnSync("git", ["diff", "--no-index", "--no-color", "--", path.join(repoRoot, file), path.join(outRoot, file)], {
        encoding: "utf8",
      });
      if (result.status !== 0) diffs.push(result.stdout || `${file}: ${result.stderr}`);
    }
    return diffs;
  } finally {
    await rm(outRoot, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const diffs = await findDrift();
  if (diffs.length > 0) {
    console.error(diffs.join("\n"));
    console.error(`\n${diffs.length} generated file(s) differ from spec/. Run \`pnpm generate\` and commit the result.`);
    process.exit(1);
  }
  console.log("generated files are in sync with spec/");
}
