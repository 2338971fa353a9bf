// Test support: the reference server (@agentdraft/server/testing), Prism (mock or validating proxy), a deliberately broken proxy,
// and the CLI, each as a process or server on a free loopback port, stopped by the test that made it.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freePort, startServer as startReference } from "@agentdraft/server/testing";
import type { SuiteReport } from "../../src/runner.ts";

const PACKAGE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const SPEC_FILE = path.resolve(PACKAGE_DIR, "../spec/openapi.yaml");
const PRISM = path.join(PACKAGE_DIR, "node_modules/.bin/prism");
const CLI = path.join(PACKAGE_DIR, "bin/agentdraft-conformance.js");

export interface Running {
  url: string;
  stop(): Promise<void>;
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

function waitFor(child: ChildProcess, what: RegExp, label: string, timeoutMs: number): Promise<RegExpExecArray> {
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${label} did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = what.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m);
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${label} exited with ${code}:\n${output}`));
    });
  });
}

/** The reference server in dev mode on a fresh data directory (or the PostgreSQL `env.DATABASE_URL` names). */
export async function startServer(args: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<Running> {
  const { DATABASE_URL: databaseUrl, ...rest } = env;
  const server = await startReference({ args, env: rest, removeDataOnStop: true, ...(databaseUrl ? { databaseUrl } : {}) });
  return {
    url: server.url,
    stop: async () => {
      await server.stop();
    },
  };
}

/** `prism mock spec/openapi.yaml`, or `prism proxy spec/openapi.yaml <upstream> --errors`. */
export async function startPrism(upstream?: string): Promise<Running> {
  const port = await freePort();
  const args = upstream
    ? ["proxy", SPEC_FILE, upstream, "--errors", "--host", "127.0.0.1", "--port", String(port)]
    : ["mock", SPEC_FILE, "--host", "127.0.0.1", "--port", String(port)];
  const child = spawn(PRISM, args, { stdio: ["ignore", "pipe", "pipe"] });
  await waitFor(child, /Prism is listening/, `prism ${args[0]}`, 60_000);
  return { url: `http://127.0.0.1:${port}`, stop: () => stopChild(child) };
}

export interface Exchange {
  method: string;
  path: string;
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/** Rewrites one upstream response; return undefined to pass it through. */
export type Rewrite = (ex: Exchange) => Exchange | undefined;

const HOP = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "host"]);

/** A small real HTTP proxy in front of `upstream` that rewrites responses: a deliberately broken server. */
export async function startBrokenProxy(upstream: string, rewrite: Rewrite): Promise<Running> {
  const server = http.createServer(async (req, res) => {
    try {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !HOP.has(k)) as [string, string][]);
      const r = await fetch(`${upstream}${req.url}`, {
        method: req.method!,
        headers,
        ...(chunks.length ? { body: Buffer.concat(chunks) } : {}),
        redirect: "manual",
      });
      const text = await r.text();
      const outHeaders: Record<string, string> = {};
      r.headers.forEach((v, k) => {
        if (!HOP.has(k) && k !== "set-cookie") outHeaders[k] = v;
      });
      // JSON bodies are parsed for the rewrite; anything else (an ICS feed) passes through as text.
      const json = /json/.test(r.headers.get("content-type") ?? "");
      let ex: Exchange = {
        method: req.method!,
        path: req.url!,
        status: r.status,
        headers: outHeaders,
        body: text && json ? (JSON.parse(text) as unknown) : text || undefined,
      };
      ex = rewrite(ex) ?? ex;
      const cookies = r.headers.getSetCookie();
      res.writeHead(ex.status, { ...ex.headers, ...(cookies.length ? { "set-cookie": cookies } : {}) });
      res.end(ex.body === undefined ? undefined : typeof ex.body === "string" && !json ? ex.body : JSON.stringify(ex.body));
    } catch (err) {
      res.writeHead(502, { "content-type": "text/plain" });
      res.end(String(err));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  report?: SuiteReport;
}

/** Runs the CLI (bin/agentdraft-conformance.js) to completion. */
export function runCli(args: string[], reportFile?: string, timeoutMs = 170_000): Promise<CliRun> {
  const child = spawn(process.execPath, [CLI, ...args, ...(reportFile ? ["--report-json", reportFile] : [])], {
    cwd: PACKAGE_DIR,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
  child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("exit", (code) => {
      clearTimeout(timer);
      let report: SuiteReport | undefined;
      try {
        if (reportFile) report = JSON.parse(readFileSync(reportFile, "utf8")) as SuiteReport;
      } catch {
        // no report written
      }
      resolve({ code, stdout, stderr, ...(report ? { report } : {}) });
    });
  });
}

export function idsWith(report: SuiteReport, status: "passed" | "failed" | "skipped"): string[] {
  return report.scenarios
    .filter((s) => s.status === status)
    .map((s) => s.id)
    .sort();
}
