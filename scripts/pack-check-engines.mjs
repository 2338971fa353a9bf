// Part of scripts/pack-check.sh: in a fresh install of a tarball, every installed package whose
// `engines.node` is narrower than the tarball's own claim makes that claim false (e.g. a package
// saying Node >= 20 on a dependency that needs >= 22). Usage: node pack-check-engines.mjs DIR NAME
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(new URL("../package.json", import.meta.url));
const semver = require("semver");
const [dir, name] = process.argv.slice(2);
const modules = path.join(dir, "node_modules");

function* manifests(root) {
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
    const at = path.join(root, entry.name);
    if (entry.name.startsWith("@")) {
      yield* manifests(at);
      continue;
    }
    try {
      yield JSON.parse(readFileSync(path.join(at, "package.json"), "utf8"));
    } catch {
      continue;
    }
    try {
      yield* manifests(path.join(at, "node_modules"));
    } catch {
      // no nested node_modules
    }
  }
}

const own = JSON.parse(readFileSync(path.join(modules, ...name.split("/"), "package.json"), "utf8"));
const claim = own.engines?.node;
if (!claim) {
  console.error(`${name}: no engines.node`);
  process.exit(1);
}
const wrong = [];
for (const m of manifests(modules)) {
  const range = m.engines?.node;
  if (!range || m.name === name || typeof range !== "string" || !semver.validRange(range)) continue;
  if (!semver.subset(claim, range)) wrong.push(`${m.name}@${m.version} wants node ${range}`);
}
if (wrong.length) {
  console.error(`${name} claims node ${claim}, but:\n  ${wrong.join("\n  ")}`);
  process.exit(1);
}
console.log(`${name}: node ${claim} holds for every installed dependency`);
