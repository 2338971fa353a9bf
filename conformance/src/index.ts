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
export { eventLeafHash, rootFromLeaves, verifyCheckpointNote, verifyConsistency, verifyInclusion } from "./audit.ts";
export { check } from "./match.ts";
// Building blocks for SDK adapters (packages/sdk, packages/sdk-python) that replay the scenarios.
export { baseMonday, interpolate } from "./expr.ts";
export type { ExprContext } from "./expr.ts";
export { deepEqual, matches, valueAt } from "./match.ts";
export type { Expect, Failure, MatchContext, Response } from "./match.ts";
export { prepare, redactBody, redactHeaders } from "./http.ts";
export type { Exchange, RecordedRequest } from "./http.ts";
export { b64 } from "./audit.ts";
