// The system Chromium the browser tests drive (no browser download): Debian's package, installed
// first when missing and we are root (as the server's tests do with PostgreSQL; tests never skip).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

export function chromiumPath(): string {
  const wanted = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (existsSync(wanted)) return wanted;
  if (process.env.CHROMIUM_PATH || process.getuid?.() !== 0) {
    throw new Error(`${wanted} is missing: install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH`);
  }
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  if (!existsSync(wanted)) throw new Error(`apt-get installed chromium but ${wanted} is still missing`);
  return wanted;
}
