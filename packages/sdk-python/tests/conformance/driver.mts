// Bridge between the conformance scenarios and the Python SDK adapter (tests/test_conformance.py).
//
// `node driver.mts <base-url> [<inbound secret>]` loads the scenario files and plays them with the conformance runner
// itself (via packages/sdk/test/conformance/adapter.ts: setup over the owner API, expressions,
// expectations, invariants), while every step the SDK can express is executed by the PYTHON
// process through the `agentdraft` SDK (the runner's `StepExecutor`). JSON lines:
//   python → node  {"type":"catalog","catalog":{code: exception}}   once, first
//                  {"type":"run","id":<scenario id>}                  → … → {"type":"result","result":{…}}
//                  {"type":"summary","elapsed_ms":N}                  → {"type":"summary","text":"…"}
//   node → python  {"type":"unsupported","rid":N,"call":{…}}         ← {"rid":N,"reason":null|"…"}
//                  {"type":"calls","rid":N,"calls":[…]}              ← {"rid":N,"outcomes":[…]}
import { createInterface } from "node:readline";
import {
  loadScenarios,
  runScenario,
  summarize,
  type AdapterResult,
  type Executor,
  type SdkCall,
  type SdkOutcome,
} from "../../../sdk/test/conformance/adapter.ts";

const baseUrl = process.argv[2];
if (!baseUrl) {
  process.stderr.write("usage: node driver.mts <base-url> [<inbound secret>]\n");
  process.exit(2);
}
// The server's inbound-mail secret, for the scenarios that deliver mail (their inbound steps go over plain HTTP).
const inboundSecret = process.argv[3];

const scenarios = new Map(loadScenarios().map((s) => [s.id, s]));
const results: AdapterResult[] = [];
let catalog: Record<string, string> = {};
let nextRid = 0;
const pending = new Map<number, (reply: Record<string, unknown>) => void>();

function send(msg: unknown): void {
  process.stdout.write(`${JSON.stringify(msg)}\n`);
}

function ask(msg: Record<string, unknown>): Promise<Record<string, unknown>> {
  const rid = ++nextRid;
  return new Promise((resolve) => {
    pending.set(rid, resolve);
    send({ ...msg, rid });
  });
}

const python: Executor = {
  sdk: "Python",
  exceptionFor: (code) => catalog[code],
  unsupported: async (call: SdkCall) => ((await ask({ type: "unsupported", call })).reason as string | null) ?? null,
  run: async (calls: SdkCall[]) => (await ask({ type: "calls", calls })).outcomes as SdkOutcome[],
};

const lines = createInterface({ input: process.stdin });
lines.on("line", (line) => {
  const msg = JSON.parse(line) as Record<string, unknown>;
  if (typeof msg.rid === "number") {
    const resolve = pending.get(msg.rid);
    pending.delete(msg.rid);
    resolve?.(msg);
    return;
  }
  if (msg.type === "catalog") catalog = msg.catalog as Record<string, string>;
  else if (msg.type === "run") {
    const scenario = scenarios.get(String(msg.id));
    if (!scenario) {
      send({
        type: "result",
        result: {
          id: msg.id,
          status: "failed",
          failures: [`no scenario ${String(msg.id)}`],
          steps: [],
          invariants_not_expressible: [],
          duration_ms: 0,
        },
      });
      return;
    }
    void runScenario(scenario, baseUrl, python, inboundSecret ? { inboundSecret } : {}).then((result) => {
      results.push(result);
      send({ type: "result", result });
    });
  } else if (msg.type === "list") send({ type: "list", ids: [...scenarios.keys()] });
  else if (msg.type === "summary") send({ type: "summary", text: summarize("Python agentdraft", results, Number(msg.elapsed_ms ?? 0)) });
});
lines.on("close", () => process.exit(0));
