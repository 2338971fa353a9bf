// `pnpm --filter @agentdraft/conformance mutation`: mutation testing of the reference server with
// the conformance suite as the killer (README "Mutation testing"). Runs Stryker from the repository
// root (mutation/stryker.config.mjs, mutation/test-runner.ts), then prints the score per module and
// per file from Stryker's JSON report and lists the survivors, less the equivalent mutants argued in
// mutation/equivalent.json (entries that match no survivor any more are reported as stale). A full
// run also writes mutation/survivors.md.
//
// Stryker mutates packages/server/src IN PLACE and restores it when it ends: do not interrupt it
// (Ctrl-C is passed on to Stryker, which restores the files; a killed run leaves its backup under
// mutation/.stryker-tmp/). Afterwards this script restores the files' exec bits (Stryker rewrites
// the files it backs up) and fails if git sees packages/server/src changed.
//
//   --report-only   summarise the last report again (no Stryker run)
//   STRYKER_MUTATE=glob,glob   a smaller scope (a trial); STRYKER_CONCURRENCY=n   test runner processes
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PACKAGE = path.resolve(HERE, "..");
const ROOT = path.resolve(PACKAGE, "..");
const CONFIG = path.join(PACKAGE, "mutation", "stryker.config.mjs");
const REPORT = path.join(PACKAGE, "mutation", "reports", "mutation.json");
const EQUIVALENT = path.join(PACKAGE, "mutation", "equivalent.json");
const SURVIVORS = path.join(PACKAGE, "mutation", "survivors.md");
const SOURCES = "packages/server/src";
const MODULES = ["engine", "http", "routes", "audit"] as const;

interface ReportMutant {
  id: string;
  mutatorName: string;
  replacement?: string;
  status: string;
  statusReason?: string;
  location: { start: { line: number; column: number }; end: { line: number; column: number } };
}
interface Report {
  files: Record<string, { source: string; mutants: ReportMutant[] }>;
}
interface Equivalent {
  file: string;
  line: number;
  /** Only where two mutants of one line have the same mutator and replacement: the column, and/or the original code. */
  column?: number;
  original?: string;
  mutator: string;
  replacement: string;
  reason: string;
}
interface Counts {
  total: number;
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  ignored: number;
  errors: number;
  equivalent: number;
}

const git = (...args: string[]) => spawnSync("git", args, { cwd: ROOT, encoding: "utf8" }).stdout;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : e.isFile() ? [path.join(dir, e.name)] : [],
  );
}

/** Runs Stryker; resolves with its exit code and the wall time. */
async function runStryker(): Promise<{ code: number; seconds: number }> {
  const before = git("status", "--porcelain", SOURCES);
  const modes = new Map(walk(path.join(ROOT, SOURCES)).map((f) => [f, statSync(f).mode & 0o7777]));
  const started = performance.now();
  const child = spawn(path.join(PACKAGE, "node_modules", ".bin", "stryker"), ["run", CONFIG], { cwd: ROOT, stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  const code = await new Promise<number>((resolve) => child.once("exit", (c, s) => resolve(c ?? (s ? 1 : 0))));
  const seconds = Math.round((performance.now() - started) / 1000);
  for (const [file, mode] of modes) if (existsSync(file) && (statSync(file).mode & 0o7777) !== mode) chmodSync(file, mode);
  const after = git("status", "--porcelain", SOURCES);
  if (after !== before) {
    console.error(`mutation: ${SOURCES} differs from before the run — Stryker did not restore it:\n${after}`);
    process.exit(1);
  }
  return { code, seconds };
}

/** The original code a mutant replaces (its location: lines and columns from 1). */
function originalOf(source: string[], m: ReportMutant): string {
  const { start, end } = m.location;
  const rows = source.slice(start.line - 1, end.line);
  if (rows.length === 0) return "";
  rows[rows.length - 1] = rows[rows.length - 1]!.slice(0, end.column - 1);
  rows[0] = rows[0]!.slice(start.column - 1);
  return rows.join("\n");
}

function matches(e: Equivalent, file: string, m: ReportMutant, source: string[]): boolean {
  return (
    e.file === file &&
    e.line === m.location.start.line &&
    e.mutator === m.mutatorName &&
    e.replacement === (m.replacement ?? "") &&
    (e.column === undefined || e.column === m.location.start.column) &&
    (e.original === undefined || e.original === originalOf(source, m))
  );
}

function moduleOf(file: string): string {
  return file.slice(SOURCES.length + 1).split("/")[0]!;
}

function emptyCounts(): Counts {
  return { total: 0, killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, errors: 0, equivalent: 0 };
}

/** Killed + timeout over the mutants that count: all but ignored (static, when ignored), invalid and equivalent ones. */
function score(c: Counts): string {
  const valid = c.total - c.ignored - c.errors - c.equivalent;
  return valid === 0 ? "n/a" : `${((100 * (c.killed + c.timeout)) / valid).toFixed(2)} %`;
}

function summarise(seconds?: number): { text: string; markdown: string } {
  const report = JSON.parse(readFileSync(REPORT, "utf8")) as Report;
  const equivalents = existsSync(EQUIVALENT) ? (JSON.parse(readFileSync(EQUIVALENT, "utf8")) as Equivalent[]) : [];
  const used = new Set<Equivalent>();
  const perFile = new Map<string, Counts>();
  const perModule = new Map<string, Counts>(MODULES.map((m) => [m, emptyCounts()]));
  const all = emptyCounts();
  const survivors: string[] = [];
  const plain: string[] = [];
  const lines = (file: string) => report.files[file]!.source.split("\n");
  for (const [abs, data] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
    const file = path.isAbsolute(abs) ? path.relative(ROOT, abs) : abs;
    const counts = emptyCounts();
    const source = lines(abs);
    for (const m of data.mutants) {
      counts.total++;
      const line = m.location.start.line;
      if (m.status === "Killed") counts.killed++;
      else if (m.status === "Timeout") counts.timeout++;
      else if (m.status === "Ignored") counts.ignored++;
      else if (m.status === "RuntimeError" || m.status === "CompileError") counts.errors++;
      else {
        const argued = equivalents.find((e) => matches(e, file, m, source));
        if (argued) {
          counts.equivalent++;
          used.add(argued);
          continue;
        }
        if (m.status === "NoCoverage") counts.noCoverage++;
        else counts.survived++;
        const code = (source[line - 1] ?? "").trim().slice(0, 100);
        const replacement = (m.replacement ?? "").replace(/\s+/g, " ").slice(0, 80);
        plain.push(
          `${file}:${line}:${m.location.start.column} ${m.status === "NoCoverage" ? "no-coverage" : "survived"} ${m.mutatorName} ${replacement}`,
        );
        survivors.push(
          `| \`${file}:${line}:${m.location.start.column}\` | ${m.status === "NoCoverage" ? "no coverage" : "survived"} | ${m.mutatorName} | \`${replacement.replace(/\|/g, "\\|")}\` | \`${code.replace(/\|/g, "\\|")}\` |`,
        );
      }
    }
    perFile.set(file, counts);
    const mod = perModule.get(moduleOf(file)) ?? emptyCounts();
    perModule.set(moduleOf(file), mod);
    for (const [k, v] of Object.entries(counts) as [keyof Counts, number][]) {
      mod[k] += v;
      all[k] += v;
    }
  }
  const stale = equivalents.filter((e) => !used.has(e));
  const head = "| | score | mutants | killed | timeout | survived | no coverage | equivalent | ignored | errors |";
  const rule = "|---|---|---|---|---|---|---|---|---|---|";
  const row = (name: string, c: Counts) =>
    `| ${name} | ${score(c)} | ${c.total} | ${c.killed} | ${c.timeout} | ${c.survived} | ${c.noCoverage} | ${c.equivalent} | ${c.ignored} | ${c.errors} |`;
  const moduleRows = [...perModule].filter(([, c]) => c.total > 0).map(([m, c]) => row(`**${m}/**`, c));
  const fileRows = [...perFile].map(([f, c]) => row(`\`${f.slice(SOURCES.length + 1)}\``, c));
  const markdown = [
    "# Mutation testing: score and survivors",
    "",
    'Written by `pnpm --filter @agentdraft/conformance mutation` (scripts/mutation.ts) after its last full run; README "Mutation testing" explains it.',
    "Score = (killed + timeout) / (mutants − ignored − errors − equivalent); a survivor is a mutant no scenario detects, less the ones argued in equivalent.json.",
    ...(seconds !== undefined ? ["", `Run time: ${Math.floor(seconds / 60)} min ${seconds % 60} s.`] : []),
    "",
    "## Per module",
    "",
    head,
    rule,
    ...moduleRows,
    row("**all**", all),
    "",
    "## Per file",
    "",
    head,
    rule,
    ...fileRows,
    "",
    `## Survivors (${survivors.length})`,
    "",
    "| where | status | mutator | replacement | original line |",
    "|---|---|---|---|---|",
    ...survivors,
    "",
    ...(stale.length
      ? [
          `## Stale equivalent entries (${stale.length})`,
          "",
          ...stale.map((e) => `- \`${e.file}:${e.line}\` ${e.mutator} \`${e.replacement}\``),
          "",
        ]
      : []),
  ].join("\n");
  const text = [
    "Mutation score per module (killed + timeout) / (mutants − ignored − errors − equivalent):",
    ...[...perModule]
      .filter(([, c]) => c.total > 0)
      .map(
        ([m, c]) =>
          `  ${m.padEnd(8)} ${score(c).padStart(9)}  (${c.killed + c.timeout}/${c.total - c.ignored - c.errors - c.equivalent}; ${c.survived} survived, ${c.noCoverage} no coverage, ${c.equivalent} equivalent, ${c.ignored} ignored)`,
      ),
    `  ${"all".padEnd(8)} ${score(all).padStart(9)}`,
    "Per file:",
    ...[...perFile].map(
      ([f, c]) =>
        `  ${f.slice(SOURCES.length + 1).padEnd(32)} ${score(c).padStart(9)}  (${c.survived + c.noCoverage} undetected of ${c.total})`,
    ),
    `Survivors (${survivors.length}):`,
    ...plain.map((s) => `  ${s}`),
    ...(stale.length
      ? [
          `Stale equivalent entries (${stale.length}): no survivor matches them any more:`,
          ...stale.map((e) => `  ${e.file}:${e.line} ${e.mutator} ${e.replacement}`),
        ]
      : []),
  ].join("\n");
  return { text, markdown };
}

const reportOnly = process.argv.includes("--report-only");
let seconds: number | undefined;
if (!reportOnly) {
  const run = await runStryker();
  seconds = run.seconds;
  console.log(`\nStryker exited with ${run.code} after ${Math.floor(seconds / 60)} min ${seconds % 60} s.`);
  if (run.code !== 0) process.exit(run.code);
}
const { text, markdown } = summarise(seconds);
console.log(text);
if (!process.env.STRYKER_MUTATE && !reportOnly) {
  writeFileSync(SURVIVORS, `${markdown}\n`);
  console.log(`\nWrote ${path.relative(process.cwd(), SURVIVORS)}.`);
}
