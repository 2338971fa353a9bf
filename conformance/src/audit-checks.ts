// Audit checks, offline: the proofs a step asks to `verify` (signed checkpoint, inclusion,
// consistency), the `audit_proofs_verify` and `rejections_audited` invariants, and the caller's log
// read through the one pager.
import {
  bytesEqual,
  eventLeafHash,
  fromBase64,
  rootHash,
  toBase64,
  verifyCheckpoint,
  verifyConsistencyProof,
  verifyInclusionProof,
  type Bytes,
  type VerifiedCheckpoint,
  type WireAuditEvent,
} from "@agentdraft/audit";
import type { Failure, Response } from "./match.ts";
import { collectPages } from "./pager.ts";
import type { RequestStep } from "./scenario.ts";
import type { ScenarioRun } from "./scenario-run.ts";
import type { FailureRecord, StepRequest } from "./types.ts";

/** The RFC 6962 leaf hashes of events as the server listed them (wire form, hashed as they are). */
function leavesOf(events: readonly Record<string, unknown>[]): Promise<Bytes[]> {
  return Promise.all(events.map((e) => eventLeafHash(e as WireAuditEvent)));
}

/** A checkpoint response's signed note, verified against the response's own verifier key. */
function signedHead(body: Record<string, unknown>): Promise<VerifiedCheckpoint> {
  if (typeof body.checkpoint !== "string") return Promise.reject(new Error("checkpoint is not a string"));
  if (typeof body.verifier_key !== "string") return Promise.reject(new Error("verifier_key is not a string"));
  return verifyCheckpoint(body.checkpoint, body.verifier_key);
}

function checkpointOf(run: ScenarioRun, stepId: string): { size: number; root: Bytes } {
  const step = run.steps[stepId];
  const body = step?.body as Record<string, unknown> | undefined;
  const root = fromBase64(body?.root_hash);
  if (!body || typeof body.tree_size !== "number" || !root) throw new Error(`step ${stepId} is not a checkpoint response`);
  return { size: body.tree_size, root };
}

/** The tree head of the first `size` events of the caller's log, recomputed from the listed events. */
async function logHead(run: ScenarioRun, where: string, as: string, size: number): Promise<{ size: number; root: Bytes }> {
  // The log is append-only: a listing that already covers `size` events serves every smaller size.
  const workspace = run.workspaceOf(as);
  let events = run.listed.get(workspace) ?? [];
  if (events.length < size) {
    events = await listEvents(run, where, as, size);
    run.listed.set(workspace, events);
  }
  if (!Number.isInteger(size) || size < 1 || events.length < size)
    throw new Error(`the log lists ${events.length} events, fewer than the tree size ${size}`);
  return { size, root: await rootHash(await leavesOf(events.slice(0, size))) };
}

export async function verifyProofs(run: ScenarioRun, step: RequestStep, res: Response, req: StepRequest): Promise<Failure[]> {
  const { as, id: stepId } = req;
  // The sizes asked for (not the ones the server claims) decide which roots to recompute.
  const asked = (name: string, fallback: unknown) => Number(req.query[name] ?? fallback);
  const out: Failure[] = [];
  const body = (res.body ?? {}) as Record<string, unknown>;
  const v = step.verify!;
  if (v.checkpoint) {
    try {
      const cp = await signedHead(body);
      if (cp.origin !== body.origin)
        out.push({ path: "body.origin", message: "differs from the signed checkpoint's origin", expected: cp.origin, actual: body.origin });
      if (cp.treeSize !== body.tree_size)
        out.push({ path: "body.tree_size", message: "differs from the signed size", expected: cp.treeSize, actual: body.tree_size });
      if (cp.rootHashBase64 !== body.root_hash) {
        out.push({ path: "body.root_hash", message: "differs from the signed root", expected: cp.rootHashBase64, actual: body.root_hash });
      }
    } catch (err) {
      out.push({ path: "body.checkpoint", message: `signed checkpoint does not verify: ${(err as Error).message}` });
    }
  }
  if (v.inclusion) {
    const cp =
      "checkpoint" in v.inclusion
        ? checkpointOf(run, v.inclusion.checkpoint)
        : await logHead(run, `${stepId}:log`, as, asked("tree_size", body.tree_size));
    const against =
      "checkpoint" in v.inclusion ? `the root of step ${v.inclusion.checkpoint}` : `the root of the first ${cp.size} listed events`;
    const proof = Array.isArray(body.proof) ? body.proof.map(fromBase64) : [];
    const leaf = await eventLeafHash(body.event as WireAuditEvent);
    const claimed = fromBase64(body.leaf_hash);
    const event = body.event as Record<string, unknown> | undefined;
    if (body.tree_size !== cp.size)
      out.push({ path: "body.tree_size", message: "is not the checkpoint's size", expected: cp.size, actual: body.tree_size });
    if (!claimed || !bytesEqual(claimed, leaf)) {
      out.push({
        path: "body.leaf_hash",
        message: "is not SHA-256(0x00 ‖ JCS(event))",
        expected: toBase64(leaf),
        actual: body.leaf_hash,
      });
    }
    if (event?.event_id !== body.event_id)
      out.push({ path: "body.event.event_id", message: "is not the proven event", expected: body.event_id, actual: event?.event_id });
    if (event?.seq !== body.leaf_index)
      out.push({ path: "body.leaf_index", message: "is not the event's seq", expected: event?.seq, actual: body.leaf_index });
    if (proof.some((p) => !p) || !(await verifyInclusionProof(leaf, Number(body.leaf_index), cp.size, proof as Bytes[], cp.root))) {
      out.push({ path: "body.proof", message: `inclusion proof does not verify against ${against}` });
    }
  }
  if (v.consistency) {
    const c = v.consistency;
    const from = "from" in c ? checkpointOf(run, c.from) : await logHead(run, `${stepId}:log`, as, asked("from_size", body.from_size));
    const to = "to" in c ? checkpointOf(run, c.to) : await logHead(run, `${stepId}:log`, as, asked("to_size", body.to_size));
    const between = "from" in c ? `steps ${c.from} and ${c.to}` : `the roots of the first ${from.size} and ${to.size} listed events`;
    const proof = Array.isArray(body.proof) ? body.proof.map(fromBase64) : [];
    if (body.from_size !== from.size || body.to_size !== to.size) {
      out.push({
        path: "body",
        message: "from_size/to_size are not the checkpoints' sizes",
        expected: [from.size, to.size],
        actual: [body.from_size, body.to_size],
      });
    }
    if (proof.some((p) => !p) || !(await verifyConsistencyProof(from.size, to.size, from.root, to.root, proof as Bytes[]))) {
      out.push({ path: "body.proof", message: `consistency proof does not verify between ${between}` });
    }
  }
  return out;
}

/** The caller's audit log in order, at least `atLeast` events (or all there are). */
async function listEvents(run: ScenarioRun, where: string, as: string, atLeast: number): Promise<Record<string, unknown>[]> {
  return collectPages<Record<string, unknown>>(
    async (cursor, page) =>
      (await run.call(`${where}:events${page}`, as, "listAuditEvents", { query: { limit: 200, cursor } }, 200)).body as object,
    { maxPages: 50, enough: atLeast },
  );
}

/** Every refused write among the steps names an audit event of its own: a rejection, by its caller, for its request. */
export async function rejectionsAudited(run: ScenarioRun, pattern: string, where: string): Promise<FailureRecord[]> {
  const out: FailureRecord[] = [];
  const refused = run
    .matched(pattern)
    .filter((r) => (r.status === 409 || r.status === 422) && (r.body as { audit_event_id?: unknown })?.audit_event_id !== undefined);
  if (refused.length === 0) return [{ where, message: `no step matching ${pattern} was refused with an audit_event_id` }];
  const owners = new Map<string, string>();
  for (const r of refused) {
    const body = r.body as { audit_event_id: string; code?: string; request_id?: string };
    const id = String(body.audit_event_id);
    const other = owners.get(id);
    if (other !== undefined) {
      out.push({
        where: `${where}:${r.id}`,
        message: `audit_event_id ${id} is also the one step ${other} was given: each refusal has its own event`,
        response: r,
      });
      continue;
    }
    owners.set(id, r.id);
    const res = await run.call(`${where}:${r.id}`, r.as, "getAuditInclusionProof", { path: { event_id: id } }, 200);
    const event = (res.body as { event?: Record<string, unknown> }).event ?? {};
    const actor = (event.actor ?? {}) as { type?: string; agent_id?: string };
    const request = (event.request ?? {}) as { request_id?: string };
    const agent = run.agents[r.as];
    const problems: string[] = [];
    if (event.event_id !== id) problems.push(`the proven event is ${String(event.event_id)}`);
    if (event.action !== "booking.rejected") problems.push(`its action is ${JSON.stringify(event.action)}, not "booking.rejected"`);
    if (agent && actor.agent_id !== agent.agent_id)
      problems.push(`its actor is ${JSON.stringify(actor.agent_id ?? actor.type)}, not the caller ${agent.agent_id}`);
    if (request.request_id !== undefined && body.request_id !== undefined && request.request_id !== body.request_id) {
      problems.push(`it records request ${request.request_id}, not this response's ${body.request_id}`);
    }
    if (problems.length)
      out.push({
        where: `${where}:${r.id}`,
        message: `audit_event_id ${id} is not this refusal's own event: ${problems.join("; ")}`,
        actual: event,
        response: r,
      });
  }
  return out;
}

export async function auditVerifies(run: ScenarioRun, as: string, where: string): Promise<FailureRecord[]> {
  const out: FailureRecord[] = [];
  const fail = (message: string, extra: Partial<FailureRecord> = {}) => out.push({ where, message, ...extra });
  const cpRes = await run.call(`${where}:checkpoint`, as, "getAuditCheckpoint", {}, 200);
  const cpBody = cpRes.body as Record<string, unknown>;
  let cp: VerifiedCheckpoint;
  try {
    cp = await signedHead(cpBody);
  } catch (err) {
    fail(`the signed checkpoint does not verify: ${(err as Error).message}`, { response: cpRes });
    return out;
  }
  if (cp.treeSize !== cpBody.tree_size || cp.rootHashBase64 !== cpBody.root_hash || cp.origin !== cpBody.origin) {
    fail("checkpoint fields differ from the signed note", { response: cpRes });
  }
  // Every event, in log order.
  const events = await listEvents(run, where, as, cp.treeSize);
  if (events.length < cp.treeSize) {
    fail(`the log lists ${events.length} events but the checkpoint covers ${cp.treeSize}`);
    return out;
  }
  const head = events.slice(0, cp.treeSize);
  head.forEach((e, i) => {
    if (e.seq !== i) fail(`event ${String(e.event_id)} is listed at position ${i} with seq ${String(e.seq)}`);
  });
  const root = await rootHash(await leavesOf(head));
  if (!bytesEqual(root, cp.rootHash)) {
    fail("the Merkle root recomputed from the listed events (JCS, RFC 6962) is not the signed root", {
      expected: cp.rootHashBase64,
      actual: toBase64(root),
    });
  }
  const byId = new Map(events.map((e) => [String(e.event_id), e]));
  const workspace = run.workspaceOf(as);
  const seen = [...run.auditIds.entries()].filter(([, v]) => v.workspace === workspace).map(([id, v]) => [id, v.step] as const);
  for (const [id, step] of seen) {
    if (!byId.has(id)) fail(`audit_event_id ${id} (named by step ${step}) is not in the log`);
  }
  // Inclusion proofs for (up to 20) events the scenario was told about.
  for (const [id, step] of seen
    .filter(([id]) => {
      const e = byId.get(id);
      return e && Number(e.seq) < cp.treeSize;
    })
    .slice(0, 20)) {
    const res = await run.call(
      `${where}:inclusion:${id}`,
      as,
      "getAuditInclusionProof",
      { path: { event_id: id }, query: { tree_size: cp.treeSize } },
      200,
    );
    const body = res.body as { leaf_index?: number; proof?: string[]; event?: unknown };
    const proof = (body.proof ?? []).map(fromBase64);
    const leaf = await eventLeafHash((body.event ?? byId.get(id)) as WireAuditEvent);
    if (
      !bytesEqual(leaf, await eventLeafHash(byId.get(id) as WireAuditEvent)) ||
      proof.some((p) => !p) ||
      !(await verifyInclusionProof(leaf, Number(body.leaf_index), cp.treeSize, proof as Bytes[], cp.rootHash))
    ) {
      fail(`the inclusion proof of ${id} (named by step ${step}) does not verify against the signed root`, { response: res });
    }
  }
  // Every checkpoint the scenario fetched earlier must be a prefix of this one.
  for (const old of run.checkpoints.filter((c) => c.body.origin === cp.origin)) {
    const size = Number(old.body.tree_size);
    const oldRoot = fromBase64(old.body.root_hash);
    if (!oldRoot || size < 1 || size > cp.treeSize) continue;
    const res = await run.call(
      `${where}:consistency:${old.step}`,
      as,
      "getAuditConsistencyProof",
      { query: { from_size: size, to_size: cp.treeSize } },
      200,
    );
    const proof = ((res.body as { proof?: string[] }).proof ?? []).map(fromBase64);
    if (proof.some((p) => !p) || !(await verifyConsistencyProof(size, cp.treeSize, oldRoot, cp.rootHash, proof as Bytes[]))) {
      fail(`the checkpoint of step ${old.step} (size ${size}) is not consistent with the current one (size ${cp.treeSize})`, {
        response: res,
      });
    }
  }
  return out;
}
