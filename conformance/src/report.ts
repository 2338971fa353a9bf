// The readable table, the JSON report and JUnit XML.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { FailureRecord, ScenarioResult, SuiteReport } from "./runner.ts";

const MAX_BODY_CHARS = 1200;

function clip(text: string, max = MAX_BODY_CHARS): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length - max} more characters)` : text;
}

function json(v: unknown): string {
  if (v === undefined) return "(none)";
  return typeof v === "string" ? JSON.stringify(v) : clip(JSON.stringify(v));
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + " ".repeat(width - text.length);
}

const MARK = { passed: "PASS", failed: "FAIL", skipped: "SKIP" } as const;

function describeFailure(f: FailureRecord, indent = "      "): string {
  const lines: string[] = [];
  const where = f.path ? `${f.where} › ${f.path}` : f.where;
  lines.push(`${indent}✗ ${where}: ${f.message}`);
  if (f.expected !== undefined) lines.push(`${indent}    expected: ${json(f.expected)}`);
  if (f.actual !== undefined) lines.push(`${indent}    actual:   ${json(f.actual)}`);
  if (f.request) {
    lines.push(`${indent}    → ${f.request.method} ${f.request.url}${f.request.body !== undefined ? ` ${json(f.request.body)}` : ""}`);
  }
  if (f.response) {
    const h = f.response.headers;
    const interesting = ["content-type", "idempotent-replayed", "retry-after", "ratelimit", "request-id"].filter((k) => h[k] !== undefined);
    lines.push(`${indent}    ← ${f.response.status} ${interesting.map((k) => `${k}: ${h[k]}`).join("; ")}`);
    if (f.response.body !== undefined) lines.push(`${indent}      ${json(f.response.body)}`);
  }
  return lines.join("\n");
}

/** One line per scenario (plus the failing assertions with request and response). */
export function formatResult(r: ScenarioResult, idWidth = 40): string {
  const secs = `${(r.duration_ms / 1000).toFixed(2)}s`;
  const head = `  ${MARK[r.status]}  ${pad(r.id, idWidth)} ${pad(r.level, 9)} ${pad(secs, 7)} ${r.spec}`;
  const detail: string[] = [];
  if (r.status === "skipped" && r.skip_reason) detail.push(`      – ${r.skip_reason}`);
  for (const f of r.failures.slice(0, 5)) detail.push(describeFailure(f));
  if (r.failures.length > 5) detail.push(`      … and ${r.failures.length - 5} more failures (see the JSON report)`);
  return [head, ...detail].join("\n");
}

export function formatHeader(idWidth = 40): string {
  return `  ${pad("", 4)}  ${pad("scenario", idWidth)} ${pad("level", 9)} ${pad("time", 7)} spec`;
}

export function formatSummary(report: SuiteReport): string {
  const { total, passed, failed, skipped } = report.summary;
  const verdict = failed === 0 && total > 0 ? "CONFORMS" : "DOES NOT CONFORM";
  return `\n${verdict} — ${total} scenarios (level ${report.level}): ${passed} pass · ${failed} fail · ${skipped} skip — ${(report.duration_ms / 1000).toFixed(1)}s against ${report.base_url}`;
}

export function formatReport(report: SuiteReport): string {
  const width = Math.max(20, ...report.scenarios.map((s) => s.id.length));
  return [formatHeader(width), ...report.scenarios.map((r) => formatResult(r, width)), formatSummary(report)].join("\n");
}

function ensureDir(file: string): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
}

export function writeJsonReport(report: SuiteReport, file: string): void {
  ensureDir(file);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}

/** XML 1.0 text: escapes markup and drops characters XML cannot carry. */
export function xmlEscape(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these control characters; the report replaces them
      .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "\uFFFD")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
  );
}

export function junitXml(report: SuiteReport): string {
  const { total, failed, skipped } = report.summary;
  const secs = (ms: number) => (ms / 1000).toFixed(3);
  const cases = report.scenarios.map((r) => {
    const attrs = `name="${xmlEscape(`${r.id}: ${r.title}`)}" classname="${xmlEscape(`agentdraft-conformance.${r.level}`)}" time="${secs(r.duration_ms)}"`;
    const props = `\n      <properties>\n        <property name="spec" value="${xmlEscape(r.spec)}"/>\n        <property name="level" value="${r.level}"/>${r.file ? `\n        <property name="file" value="${xmlEscape(r.file)}"/>` : ""}\n      </properties>`;
    if (r.status === "skipped")
      return `    <testcase ${attrs}>${props}\n      <skipped message="${xmlEscape(r.skip_reason ?? "skipped")}"/>\n    </testcase>`;
    if (r.status === "failed") {
      const first = r.failures[0];
      const message = first ? `${first.where}${first.path ? ` › ${first.path}` : ""}: ${first.message}` : "failed";
      const details = r.failures.map((f) => describeFailure(f, "")).join("\n\n");
      return `    <testcase ${attrs}>${props}\n      <failure message="${xmlEscape(message)}" type="conformance">${xmlEscape(details)}</failure>\n    </testcase>`;
    }
    return `    <testcase ${attrs}>${props}\n    </testcase>`;
  });
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="agentdraft-conformance" tests="${total}" failures="${failed}" errors="0" skipped="${skipped}" time="${secs(report.duration_ms)}">`,
    `  <testsuite name="agentdraft-conformance" tests="${total}" failures="${failed}" errors="0" skipped="${skipped}" time="${secs(report.duration_ms)}" timestamp="${xmlEscape(report.started_at)}">`,
    `    <properties>\n      <property name="base_url" value="${xmlEscape(report.base_url)}"/>\n      <property name="level" value="${report.level}"/>\n      <property name="version" value="${xmlEscape(report.tool.version)}"/>\n    </properties>`,
    ...cases,
    `  </testsuite>`,
    `</testsuites>`,
    ``,
  ].join("\n");
}

export function writeJunit(report: SuiteReport, file: string): void {
  ensureDir(file);
  writeFileSync(file, junitXml(report));
}
