// @agentdraft/conformance: load scenarios, run them against a server, write reports.
export { loadScenarioFile, loadScenarios, SCENARIO_DIR, SCHEMA_FILE, ScenarioError } from "./scenario.ts";
export type { AgentDecl, Invariant, Level, RequestStep, Scenario, Setup, Step, Verify } from "./scenario.ts";
export { httpExecutor, runSuite, selectScenarios, VERSION } from "./runner.ts";
export type {
  FailureRecord,
  Outcome,
  RunOptions,
  ScenarioResult,
  StepExecutor,
  StepRecord,
  StepRequest,
  StepResponse,
  SuiteReport,
} from "./runner.ts";
export { formatReport, junitXml, writeJsonReport, writeJunit } from "./report.ts";
export { OPERATIONS, operation } from "./operations.ts";
// The offline audit verifier is @agentdraft/audit's (one per language), under this package's earlier
// names; asynchronous (WebCrypto), on Uint8Array. A signed checkpoint: verifyCheckpoint.
export {
  eventLeafHash,
  rootHash as rootFromLeaves,
  verifyCheckpoint,
  verifyConsistencyProof as verifyConsistency,
  verifyInclusionProof as verifyInclusion,
} from "@agentdraft/audit";
export { check } from "./match.ts";
// Building blocks for SDK adapters (packages/sdk, packages/sdk-python) that replay the scenarios.
export { baseMonday, interpolate } from "./expr.ts";
export type { ExprContext } from "./expr.ts";
export { deepEqual, matches, valueAt } from "./match.ts";
export type { Expect, Failure, MatchContext, Response } from "./match.ts";
export { prepare, redactBody, redactHeaders } from "./http.ts";
export type { Exchange, RecordedRequest } from "./http.ts";
export { fromBase64 as b64 } from "@agentdraft/audit";
