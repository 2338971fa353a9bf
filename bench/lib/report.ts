// Figures and reports: percentiles, the machine a run happened on, JSON + Markdown output.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const RESULTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../results");

/**
 * CPU seconds a process has used so far (user + system), from /proc/<pid>/stat; NaN without /proc.
 * CPU per request is what a shared, loaded machine distorts least: requests per second depend on
 * what else runs, the CPU one request costs much less so.
 */
export function processCpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100; // USER_HZ
  } catch {
    return Number.NaN;
  }
}

/** Nearest-rank percentile of unsorted samples (p in 0..100); NaN when empty. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

export function round(n: number, digits = 2): number {
  if (!Number.isFinite(n)) return n;
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

export interface Machine {
  cpu: string;
  cores: number;
  memory_gib: number;
  os: string;
  node: string;
  date: string;
}

export function machine(): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? "unknown",
    cores: cpus.length,
    memory_gib: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    date: new Date().toISOString(),
  };
}

export function machineLine(m: Machine): string {
  return `${m.cpu}, ${m.cores} cores, ${m.memory_gib} GiB, ${m.os}, Node ${m.node}, ${m.date}`;
}

export function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const line = (cells: readonly (string | number)[]) => `| ${cells.map(String).join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/** Writes `<name>.json` and `<name>.md` under bench/results (or `dir`) and returns their paths. */
export function writeReport(name: string, json: unknown, markdown: string, dir = RESULTS_DIR): { json: string; md: string } {
  mkdirSync(dir, { recursive: true });
  const jsonPath = path.join(dir, `${name}.json`);
  const mdPath = path.join(dir, `${name}.md`);
  writeFileSync(jsonPath, `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(mdPath, `${markdown}\n`);
  return { json: jsonPath, md: mdPath };
}

/** "✅ 5 120 (target ≥ 5 000)" or "❌ 430 (target ≥ 5 000, 91 % short)". */
export function verdict(value: number, target: number, direction: "min" | "max", unit = ""): string {
  const ok = direction === "min" ? value >= target : value <= target;
  const shown = `${round(value, 2)}${unit}`;
  const goal = `${direction === "min" ? "≥" : "≤"} ${target}${unit}`;
  if (ok) return `met: ${shown} (target ${goal})`;
  const off = direction === "min" ? (1 - value / target) * 100 : (value / target - 1) * 100;
  return `MISSED: ${shown} (target ${goal}, ${round(off, 0)} % ${direction === "min" ? "short" : "over"})`;
}
