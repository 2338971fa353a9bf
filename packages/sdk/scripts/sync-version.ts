// Writes package.json's version into src/version.ts (run after `changeset version`).
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { version } = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { version: string };
const file = path.join(dir, "src/version.ts");
const before = readFileSync(file, "utf8");
const after = before.replace(/export const VERSION = "[^"]*";/, `export const VERSION = ${JSON.stringify(version)};`);
if (after !== before) writeFileSync(file, after);
console.log(`@agentdraft/sdk VERSION = ${version}`);
