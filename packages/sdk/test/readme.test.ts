// Executes the README's TypeScript examples verbatim (they import "@agentdraft/sdk", resolved to
// this package's source through the "@agentdraft/source" export condition) in a separate Node
// process against the real reference server, configured only through environment variables.
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Owner, startServer, type RunningServer } from "./helpers/server.ts";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const scratch = path.join(packageDir, ".readme-test");
const run = promisify(execFile);

/** The ```ts blocks of README.md that follow an "executed by test/readme.test.ts" marker. */
export function executedBlocks(markdown: string): string[] {
  const re = /<!-- executed by test\/readme\.test\.ts -->\s*```ts\n([\s\S]*?)```/g;
  return [...markdown.matchAll(re)].map((m) => m[1]!);
}

const blocks = executedBlocks(readFileSync(path.join(packageDir, "README.md"), "utf8"));

describe("README", () => {
  it("marks its quickstart and audit examples as executed", () => {
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toContain('from "@agentdraft/sdk"');
    expect(blocks[0]).toContain("client.bookings.commit");
  });
});

describe("README examples against the reference server", () => {
  let server: RunningServer;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    server = await startServer();
    const owner = await Owner.signIn(server.baseUrl, "you@example.com");
    const agent = await owner.createAgent("scheduler", 1, ["availability:read", "bookings:read", "bookings:write", "audit:read"]);
    const checkpoint = (await (
      await fetch(`${server.baseUrl}/v1/audit/checkpoint`, { headers: { authorization: `Bearer ${agent.apiKey}` } })
    ).json()) as { verifier_key: string };
    env = {
      ...process.env,
      AGENTDRAFT_API_KEY: agent.apiKey,
      AGENTDRAFT_BASE_URL: server.baseUrl,
      AGENTDRAFT_VERIFIER_KEY: checkpoint.verifier_key,
    };
    mkdirSync(scratch, { recursive: true });
  });

  afterAll(async () => {
    await server?.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  async function execute(code: string, name: string): Promise<string> {
    const file = path.join(scratch, `${name}-${process.pid}.mts`);
    writeFileSync(file, code);
    const { stdout } = await run(process.execPath, ["--conditions=@agentdraft/source", file], { cwd: packageDir, env, timeout: 60_000 });
    return stdout;
  }

  it("runs the quickstart", async () => {
    const out = await execute(blocks[0]!, "quickstart");
    expect(out).toContain("I am scheduler, priority 1");
    expect(out).toMatch(/1 free slot\(s\)/);
    expect(out).toMatch(/booked bkg_\w+: COMMITTED/);
    expect(out).toMatch(/Z bkg_\w+ by agt_\w+/);
    // Run again: the slot is now taken by the same agent, so the commit is a Conflict naming it.
    const again = await execute(blocks[0]!, "quickstart-again");
    expect(again).toMatch(/lost to agt_\w+ \(priority 1\): (slot_taken|outranked|booking_frozen)/);
  });

  it("runs the audit verification example", async () => {
    const out = await execute(blocks[1]!, "audit");
    expect(out).toMatch(/^event evt_\w+ is leaf \d+ of agentdraft\.local\/ws_\w+ @ \d+$/m);
    // A second run replays the same booking (its idempotency key names the slot) and verifies again.
    const again = await execute(blocks[1]!, "audit-again");
    expect(again).toMatch(/^event evt_\w+ is leaf \d+ of agentdraft\.local\/ws_\w+ @ \d+$/m);
    expect(again.split(" ")[1]).toBe(out.split(" ")[1]);
  });
});
