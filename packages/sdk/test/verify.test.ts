// The SDK's audit verification: the verifier is @agentdraft/audit (tested there against RFC 6962
// vectors, every proof of small trees and signed notes); here, what the SDK adds — its models in
// camelCase as well as wire objects, and its own AuditVerificationError (an AgentDraftError).
import * as audit from "@agentdraft/audit";
import { describe, expect, it } from "vitest";
import {
  AgentDraftError,
  AuditVerificationError,
  camelize,
  canonicalEventJson,
  eventLeafHash,
  leafHash,
  nodeHash,
  rootHash,
  verifyCheckpoint,
  verifyConsistency,
  verifyEvent,
  type AuditVerificationReason,
  type InclusionProof,
  type WireInclusionProof,
} from "../src/index.ts";
import { b64, consistency, eventLeaf, hex, leaf, mth, noteKey, path, signedCheckpoint, wireEvents } from "../../audit/test/helpers/tlog.ts";

async function rejection(promise: Promise<unknown>): Promise<AuditVerificationReason> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AuditVerificationError);
  expect(error).toBeInstanceOf(AgentDraftError);
  expect((error as Error).cause).toBeInstanceOf(audit.AuditVerificationError);
  return (error as AuditVerificationError).reason;
}

describe("audit verification in the SDK", () => {
  const events = wireEvents(7);
  const leaves = events.map(eventLeaf);
  const head = { treeSize: 7, rootHash: mth(leaves) };
  const proofFor = (i: number): WireInclusionProof =>
    ({
      event_id: events[i]!.event_id,
      leaf_index: i,
      tree_size: 7,
      leaf_hash: b64(leaves[i]!),
      proof: path(i, leaves).map(b64),
      event: structuredClone(events[i]!),
    }) as WireInclusionProof;

  it("re-exports the package's hashing", () => {
    expect(leafHash).toBe(audit.leafHash);
    expect(nodeHash).toBe(audit.nodeHash);
    expect(rootHash).toBe(audit.rootHash);
  });

  it("hashes an event in the SDK form (camelCase outside request/outcome) as its wire form", async () => {
    const e = events[0]!;
    expect(canonicalEventJson(camelize(e) as never)).toBe(canonicalEventJson(e as never));
    expect(hex(await eventLeafHash(e as never))).toBe(hex(leaves[0]!));
    expect(hex(await eventLeafHash(camelize(e) as never))).toBe(hex(leaves[0]!));
    expect(() => canonicalEventJson(null as never)).toThrow(AuditVerificationError);
    expect(await rejection(eventLeafHash("not an event" as never))).toBe("malformed_event");
  });

  it("verifies inclusion proofs in either key case and rejects an edited event with the SDK's error", async () => {
    for (let i = 0; i < 7; i++) {
      await expect(verifyEvent(proofFor(i), head)).resolves.toBe(true);
      await expect(verifyEvent(camelize(proofFor(i)) as InclusionProof, { treeSize: 7, rootHash: b64(head.rootHash) })).resolves.toBe(true);
    }
    const camel = camelize(proofFor(2)) as InclusionProof;
    camel.event.action = "booking.cancelled";
    expect(await rejection(verifyEvent(camel, head))).toBe("leaf_hash_mismatch");
    expect(await rejection(verifyEvent({ ...camelize(proofFor(4)), leafIndex: 5 } as InclusionProof, head))).toBe("malformed_event");
  });

  it("verifies consistency proofs in either key case", async () => {
    const headOf = (n: number) => ({ treeSize: n, rootHash: mth(leaves.slice(0, n)) });
    const proof = { from_size: 3, to_size: 7, proof: consistency(3, leaves).map(b64) };
    await expect(verifyConsistency(proof, headOf(3), headOf(7))).resolves.toBe(true);
    await expect(verifyConsistency(camelize(proof), headOf(3), headOf(7))).resolves.toBe(true);
    expect(await rejection(verifyConsistency(camelize(proof), headOf(4), headOf(7)))).toBe("size_mismatch");
    expect(await rejection(verifyConsistency({ ...proof, proof: [] }, headOf(3), headOf(7)))).toBe("invalid_proof");
  });

  it("verifies a checkpoint note or object in either key case", async () => {
    const key = noteKey("agentdraft.test");
    const origin = "agentdraft.test/ws_1";
    const root = mth([leaf(Uint8Array.of(1)), leaf(Uint8Array.of(2)), leaf(Uint8Array.of(3))]);
    const note = signedCheckpoint(origin, 3, root, key);
    const wire = { origin, tree_size: 3, root_hash: b64(root), checkpoint: note, verifier_key: key.verifierKey };
    await expect(verifyCheckpoint(note, key.verifierKey)).resolves.toMatchObject({ origin, treeSize: 3, rootHashBase64: b64(root), note });
    await expect(verifyCheckpoint(wire, key.verifierKey)).resolves.toMatchObject({ treeSize: 3 });
    await expect(verifyCheckpoint(camelize(wire), key.verifierKey, { expectedOrigin: origin })).resolves.toMatchObject({ treeSize: 3 });
    expect(await rejection(verifyCheckpoint({ ...camelize(wire), treeSize: 4 }, key.verifierKey))).toBe("checkpoint_mismatch");
    expect(await rejection(verifyCheckpoint(note, key.verifierKey, { expectedOrigin: "agentdraft.test/ws_2" }))).toBe("origin_mismatch");
    expect(await rejection(verifyCheckpoint(note, noteKey("agentdraft.test").verifierKey))).toBe("unknown_key");
  });
});
