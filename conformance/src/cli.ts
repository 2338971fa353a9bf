#!/usr/bin/env node
// agentdraft-conformance --base-url URL [--level shape|semantic] [--only ids] [--report-json F] [--junit F]
import { parseArgs } from "node:util";
import { formatHeader, formatResult, formatSummary, writeJsonReport, writeJunit } from "./report.ts";
import { runSuite, selectScenarios, VERSION } from "./runner.ts";
import { loadScenarios, SCENARIO_DIR, type Level } from "./scenario.ts";

const HELP = `agentdraft-conformance ${VERSION} — certify an AgentDraft server against protocol v1

Usage: agentdraft-conformance --base-url URL [options]

  --base-url URL        the server (or a validating proxy in front of it)            [AGENTDRAFT_BASE_URL]
  --level LEVEL         shape: only scenarios meaningful against a mock; semantic: all (default)
  --only IDS            comma-separated scenario ids or globs, e.g. race.*,idempotency.replay
  --report-json FILE    write the full report (every request and response) as JSON
  --junit FILE          write JUnit XML
  --direct-url URL      the server itself, when --base-url is a validating proxy: steps that
                        deliberately break the spec (missing key, naive time) go here
  --scenarios DIR       run the scenario files of DIR instead of the bundled ones
  --timeout MS          per-request timeout (default 15000)
  --inbound-secret S    the server's inbound-mail secret (header X-Inbound-Secret of
                        POST /v1/mailbox/inbound); without it the scenarios that deliver
                        mail are skipped                                           [AGENTDRAFT_INBOUND_SECRET]
  --list                list the scenarios and exit
  -h, --help            this text

The server must run in dev mode (POST /v1/auth/magic-link returns dev_token) so the suite can sign
owners in and create agents. Exit code: 0 when every selected scenario passes (skips allowed),
1 when one fails, 2 on a usage error.`;

function usage(message: string): never {
  process.stderr.write(`agentdraft-conformance: ${message}\n\n${HELP}\n`);
  process.exit(2);
}

function parseCli(argv: string[]) {
  return parseArgs({
    args: argv,
    options: {
      "base-url": { type: "string" },
      level: { type: "string" },
      only: { type: "string" },
      "report-json": { type: "string" },
      junit: { type: "string" },
      "direct-url": { type: "string" },
      scenarios: { type: "string" },
      timeout: { type: "string" },
      "inbound-secret": { type: "string" },
      list: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
    allowPositionals: false,
  }).values;
}

export async function main(argv: string[]): Promise<number> {
  // `agentdraft-conformance --list | head -1`: a reader that leaves early is no error.
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code !== "EPIPE") throw err;
    process.exit(process.exitCode ?? 0);
  });
  let values: ReturnType<typeof parseCli>;
  try {
    values = parseCli(argv);
  } catch (err) {
    usage((err as Error).message);
  }
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const level = (values.level ?? "semantic") as Level;
  if (level !== "shape" && level !== "semantic") usage(`--level must be shape or semantic, not ${values.level}`);
  const only = values.only
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const scenarios = loadScenarios(values.scenarios ?? SCENARIO_DIR);
  if (values.list) {
    for (const s of selectScenarios(scenarios, level, only)) process.stdout.write(`${s.id}\t${s.level}\t${s.spec}\t${s.title}\n`);
    return 0;
  }
  const baseUrl = values["base-url"] ?? process.env.AGENTDRAFT_BASE_URL;
  if (!baseUrl) usage("--base-url is required");
  for (const [flag, url] of [
    ["--base-url", baseUrl],
    ["--direct-url", values["direct-url"]],
  ] as const) {
    if (url !== undefined && !/^https?:\/\/\S+$/.test(url)) usage(`${flag} must be an http(s) URL`);
  }
  const timeout = values.timeout === undefined ? 15_000 : Number(values.timeout);
  if (!Number.isInteger(timeout) || timeout < 1) usage("--timeout must be a positive number of milliseconds");
  // An empty environment variable counts as unset (as for the server); an empty flag is a mistake.
  const inboundSecret = values["inbound-secret"] ?? (process.env.AGENTDRAFT_INBOUND_SECRET || undefined);
  if (inboundSecret === "") usage("--inbound-secret must not be empty");
  const selected = selectScenarios(scenarios, level, only);
  if (selected.length === 0) usage(`no scenario matches --level ${level}${only ? ` --only ${values.only}` : ""}`);

  const width = Math.max(20, ...selected.map((s) => s.id.length));
  process.stdout.write(`agentdraft-conformance ${VERSION}: ${selected.length} scenarios against ${baseUrl}\n\n${formatHeader(width)}\n`);
  const report = await runSuite(scenarios, {
    baseUrl,
    ...(values["direct-url"] ? { directUrl: values["direct-url"] } : {}),
    level,
    ...(only ? { only } : {}),
    requestTimeoutMs: timeout,
    ...(inboundSecret !== undefined ? { inboundSecret } : {}),
    onResult: (r) => process.stdout.write(`${formatResult(r, width)}\n`),
  });
  process.stdout.write(`${formatSummary(report)}\n`);
  if (values["report-json"]) writeJsonReport(report, values["report-json"]);
  if (values.junit) writeJunit(report, values.junit);
  return report.summary.failed > 0 ? 1 : 0;
}

if (import.meta.main) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (err: unknown) => {
      process.stderr.write(`agentdraft-conformance: ${(err as Error).stack ?? String(err)}\n`);
      process.exitCode = 2;
    },
  );
}
