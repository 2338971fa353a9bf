// Starts `prism mock spec/openapi.yaml` on a free port (as spec/test/prism-mock.test.ts does).
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { freePort } from "./ports.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const specDir = path.join(repoRoot, "spec");

export interface Prism {
  baseUrl: string;
  stop(): void;
}

export async function startPrism(): Promise<Prism> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    path.join(specDir, "node_modules/.bin/prism"),
    ["mock", "openapi.yaml", "--host", "127.0.0.1", "--port", String(port)],
    { cwd: specDir, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`prism did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Prism is listening")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`prism exited with ${code}:\n${output}`));
    });
  });
  return { baseUrl: `http://127.0.0.1:${port}`, stop: () => child.kill("SIGTERM") };
}

type Json = Record<string, unknown>;

/** The parsed spec (spec/openapi.yaml). */
export const spec = parse(readFileSync(path.join(specDir, "openapi.yaml"), "utf8")) as {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { examples?: Record<string, { value: unknown }> }> }> }>
  >;
  components: { schemas: Record<string, { example?: unknown }> };
};

/** The documented example of a component schema. */
export function schemaExample(name: string): Json {
  const example = spec.components.schemas[name]?.example;
  if (example === undefined) throw new Error(`schema ${name} has no example`);
  return example as Json;
}

/** The first named example of an operation's response, if any. */
export function responseExample(route: string, method: string, status: string): Json | undefined {
  const content = spec.paths[route]?.[method]?.responses[status]?.content;
  for (const media of Object.values(content ?? {})) {
    const first = Object.values(media.examples ?? {})[0];
    if (first) return first.value as Json;
  }
  return undefined;
}
