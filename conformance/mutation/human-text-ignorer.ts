// A Stryker ignorer (README "Mutation testing", "What is not mutated"): no mutant is made of text
// that the protocol leaves to each server. A problem's `detail`, a field error's `message`, an
// error's message and a log line are human-readable by definition (RFC 9457 §3.1.4; the spec's
// FieldError and SourceError), so a conformance suite must never check their wording: a third-party
// server writes its own. A mutant that only changes such text is undetectable by design, and
// counting it as a survivor would measure the suite against a rule it must not enforce.
//
// The rule is syntactic and narrow: only a string or template literal (or a choice between such
// literals) in one of these places is skipped, never an expression that computes a value:
//  - the value of a property named `detail` or `message`;
//  - the message argument of `new …Error(…)` (the second of two or more, else the first);
//  - the message argument of the helpers that take one: `reject(code, message)`, `err(field,
//    message)`, `bad(message)` (engine), `invalid(detail, errors)`, `problemBody(code, detail, …)`;
//  - a whole call of a logger (`log.*(…)`, `this.log.*(…)`, `logger.*(…)`).
import { declareValuePlugin, PluginKind } from "@stryker-mutator/api/plugin";

/** The part of Babel's NodePath this rule reads (Stryker passes a real one). */
interface Path {
  node: Node;
  parent: Node | null;
  key: string | number | null;
  listKey?: string;
}
interface Node {
  type: string;
  [field: string]: unknown;
}

/** The argument that carries the text, by helper name. */
const MESSAGE_ARGUMENT: Record<string, number> = { reject: 1, err: 1, bad: 0, invalid: 0, problemBody: 1 };
const LOGGERS = new Set(["log", "logger"]);
const LEVELS = new Set(["trace", "debug", "info", "warn", "error", "fatal"]);

const name = (node: unknown): string | undefined => {
  const n = node as Node | undefined;
  if (n?.type === "Identifier") return n.name as string;
  if (n?.type === "StringLiteral") return n.value as string;
  return undefined;
};

/** A literal text, or a choice between literal texts (`a ? "x" : "y"`). */
function isText(node: Node): boolean {
  if (node.type === "StringLiteral" || node.type === "TemplateLiteral") return true;
  if (node.type === "ConditionalExpression") return isText(node.consequent as Node) && isText(node.alternate as Node);
  return false;
}

/** `log.warn(…)`, `this.log.warn(…)`, `logger.info(…)`. */
function isLoggerCall(node: Node): boolean {
  if (node.type !== "CallExpression") return false;
  const callee = node.callee as Node;
  if (callee.type !== "MemberExpression" || !LEVELS.has(name(callee.property) ?? "")) return false;
  const object = callee.object as Node;
  const base = object.type === "MemberExpression" && (object.object as Node).type === "ThisExpression" ? object.property : object;
  return LOGGERS.has(name(base) ?? "");
}

function messageArgument(call: Node): number | undefined {
  const args = call.arguments as Node[];
  if (call.type === "NewExpression" && /Error$/.test(name(call.callee) ?? "")) return args.length >= 2 ? 1 : 0;
  if (call.type === "CallExpression") return MESSAGE_ARGUMENT[name(call.callee) ?? ""];
  return undefined;
}

export function shouldIgnore(path: Path): string | undefined {
  const { node, parent } = path;
  if (node.type === "ExpressionStatement" && isLoggerCall(node.expression as Node)) return "a log line is not part of the protocol";
  if (!parent || !isText(node)) return undefined;
  if (parent.type === "ObjectProperty" && path.key === "value" && ["detail", "message"].includes(name(parent.key) ?? ""))
    return "human-readable text (a problem's detail, a field error's message): no conformance check may read it";
  if (path.listKey === "arguments" && messageArgument(parent) === path.key)
    return "human-readable text (an error's or rejection's message): no conformance check may read it";
  return undefined;
}

export const strykerPlugins = [declareValuePlugin(PluginKind.Ignore, "human-text", { shouldIgnore })];
