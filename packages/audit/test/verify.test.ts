// Offline audit verification: RFC 6962 vectors, inclusion and consistency proofs of a log built
// with node:crypto, and C2SP checkpoints signed with an Ed25519 key made in the test. Objects are in
// wire form; the SDK's tests cover its models (camelCase) on top of this.
import { describe, expect, it } from "vitest";
import vectors from "../../../spec/vectors/rfc6962.json" with { type: "json" };
import {
  AuditVerificationError,
  canonicalEventJson,
  eventLeafHash,
  leafHash,
  nodeHash,
  rootHash,
  verifyCheckpoint,
  verifyConsistency,
  verifyEvent,
  type AuditVerificationReason,
  type WireAuditEvent,
  type WireInclusionProof,
} from "../src/index.ts";
import {
  b64,
  checkpointText,
  consistency,
  eventLeaf,
  hex,
  leaf,
  mth,
  noteKey,
  path,
  signatureLine,
  signedCheckpoint,
  wireEvents,
} from "./helpers/tlog.ts";

const fromHex = (h: string) => new Uint8Array(Buffer.from(h, "hex"));

async function rejection(promise: Promise<unknown>): Promise<AuditVerificationReason> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AuditVerificationError);
  return (error as AuditVerificationError).reason;
}

describe("RFC 6962 hashing (WebCrypto)", () => {
  // The Certificate Transparency test vectors (spec/vectors/rfc6962.json): leaf inputs, roots of the first n leaves.
  const inputs = vectors.leaf_inputs.map(fromHex);
  const roots = vectors.roots;

  it("computes the CT test-vector roots", async () => {
    const leaves = await Promise.all(inputs.map((d) => leafHash(d)));
    for (let n = 1; n <= 8; n++) expect(hex(await rootHash(leaves.slice(0, n)))).toBe(roots[n - 1]);
    expect(hex(await rootHash(leaves))).toBe(roots[7]);
    expect(hex(await rootHash([]))).toBe(vectors.empty_root);
    expect(hex(await nodeHash(leaves[0]!, leaves[1]!))).toBe(roots[1]);
  });

  it("agrees with the node:crypto reference on trees of 1–33 leaves", async () => {
    const leaves = Array.from({ length: 33 }, (_, i) => leaf(Uint8Array.of(i)));
    for (let n = 1; n <= leaves.length; n++) expect(hex(await rootHash(leaves.slice(0, n)))).toBe(hex(mth(leaves.slice(0, n))));
  });
});

describe("verifyEvent (inclusion)", () => {
  const events = wireEvents(7);
  const leaves = events.map(eventLeaf);
  const head = { treeSize: 7, rootHash: mth(leaves) };
  const proofFor = (i: number, size = 7): WireInclusionProof =>
    ({
      event_id: events[i]!.event_id,
      leaf_index: i,
      tree_size: size,
      leaf_hash: b64(leaves[i]!),
      proof: path(i, leaves.slice(0, size)).map(b64),
      event: structuredClone(events[i]!),
    }) as WireInclusionProof;

  it("canonicalises events with JCS and hashes them as RFC 6962 leaves", async () => {
    const e = events[0]!;
    expect(canonicalEventJson(e as never)).toBe(
      '{"action":"booking.committed","actor":{"agent_id":"agt_a","type":"agent"},"at":"2026-11-24T10:00:00.125Z",' +
        '"event_id":"evt_000001","outcome":{"someValue":1.5e-7,"status":"COMMITTED"},' +
        '"request":{"body":{"start_at":"x","é":"ü"},"idempotencyKey":"ik_0","method":"POST","path":"/v1/bookings","request_id":"req_0"},' +
        '"resource":"bkg_0","seq":0}',
    );
    expect(hex(await eventLeafHash(e as never))).toBe(hex(leaves[0]!));
  });

  it("hashes the event as it is: any other key case is another leaf", async () => {
    const { event_id, ...rest } = events[0]!;
    expect(hex(await eventLeafHash({ ...rest, eventId: event_id } as unknown as WireAuditEvent))).not.toBe(hex(leaves[0]!));
    expect(await rejection(eventLeafHash([] as never))).toBe("malformed_event");
    expect(() => canonicalEventJson(null as never)).toThrow(AuditVerificationError);
  });

  it("accepts every event of trees of every size, with a base64 or byte root", async () => {
    for (let size = 1; size <= 7; size++) {
      const root = mth(leaves.slice(0, size));
      for (let i = 0; i < size; i++) {
        await expect(verifyEvent(proofFor(i, size), { treeSize: size, rootHash: root })).resolves.toBe(true);
        await expect(verifyEvent(proofFor(i, size), { treeSize: size, rootHash: b64(root) })).resolves.toBe(true);
      }
    }
  });

  it("detects an edited event, even when the leaf hash is recomputed", async () => {
    const edited = proofFor(3);
    (edited.event.outcome as Record<string, unknown>).code = "slot_taken";
    expect(await rejection(verifyEvent(edited, head))).toBe("leaf_hash_mismatch");
    edited.leaf_hash = b64(eventLeaf(edited.event));
    expect(await rejection(verifyEvent(edited, head))).toBe("invalid_proof");
    const other = proofFor(2);
    other.event.action = "booking.cancelled";
    expect(await rejection(verifyEvent(other, head))).toBe("leaf_hash_mismatch");
    const moved = proofFor(2);
    (moved.event.request as Record<string, unknown>).idempotencyKey = "ik_other";
    delete (moved as Partial<WireInclusionProof>).leaf_hash;
    expect(await rejection(verifyEvent(moved, head))).toBe("invalid_proof");
  });

  it("rejects tampered proofs, indexes, sizes and roots", async () => {
    const badPath = proofFor(4);
    const bytes = Buffer.from(badPath.proof[0]!, "base64");
    bytes[0]! ^= 1;
    badPath.proof[0] = bytes.toString("base64");
    expect(await rejection(verifyEvent(badPath, head))).toBe("invalid_proof");
    const short = proofFor(4);
    short.proof.pop();
    expect(await rejection(verifyEvent(short, head))).toBe("invalid_proof");
    const long = proofFor(4);
    long.proof.push(long.proof[0]!);
    expect(await rejection(verifyEvent(long, head))).toBe("invalid_proof");
    const wrongIndex = { ...proofFor(4), leaf_index: 5 };
    expect(await rejection(verifyEvent(wrongIndex, head))).toBe("malformed_event");
    const wrongId = { ...proofFor(4), event_id: "evt_other" };
    expect(await rejection(verifyEvent(wrongId, head))).toBe("malformed_event");
    expect(await rejection(verifyEvent(proofFor(4), { treeSize: 8, rootHash: head.rootHash }))).toBe("size_mismatch");
    expect(await rejection(verifyEvent(proofFor(4), { treeSize: 7, rootHash: mth(leaves.slice(0, 6)) }))).toBe("invalid_proof");
    expect(await rejection(verifyEvent(proofFor(4), { treeSize: 7, rootHash: "not base64!" }))).toBe("malformed_checkpoint");
    expect(await rejection(verifyEvent({ ...proofFor(4), proof: ["AAAA"] }, head))).toBe("invalid_proof");
  });
});

describe("verifyConsistency", () => {
  const leaves = Array.from({ length: 12 }, (_, i) => leaf(new TextEncoder().encode(`entry ${i}`)));
  const headOf = (n: number) => ({ treeSize: n, rootHash: mth(leaves.slice(0, n)) });
  const proof = (m: number, n: number) => ({ from_size: m, to_size: n, proof: consistency(m, leaves.slice(0, n)).map(b64) });

  it("accepts proofs between every pair of sizes", async () => {
    for (let n = 1; n <= 12; n++) {
      for (let m = 1; m <= n; m++) {
        await expect(verifyConsistency(proof(m, n), headOf(m), headOf(n))).resolves.toBe(true);
        await expect(verifyConsistency(proof(m, n), headOf(m), { treeSize: n, rootHash: b64(headOf(n).rootHash) })).resolves.toBe(true);
      }
    }
  });

  it("rejects rewritten history, tampered proofs and mismatched sizes", async () => {
    const rewritten = [...leaves];
    rewritten[2] = leaf(new TextEncoder().encode("rewritten"));
    const forkedNew = { treeSize: 9, rootHash: mth(rewritten.slice(0, 9)) };
    expect(await rejection(verifyConsistency(proof(5, 9), headOf(5), forkedNew))).toBe("invalid_proof");
    const tampered = proof(6, 11);
    tampered.proof[1] = b64(leaf(Uint8Array.of(9)));
    expect(await rejection(verifyConsistency(tampered, headOf(6), headOf(11)))).toBe("invalid_proof");
    expect(await rejection(verifyConsistency({ ...proof(6, 11), proof: [] }, headOf(6), headOf(11)))).toBe("invalid_proof");
    expect(await rejection(verifyConsistency(proof(6, 11), headOf(5), headOf(11)))).toBe("size_mismatch");
    expect(
      await rejection(
        verifyConsistency({ from_size: 4, to_size: 4, proof: [] }, headOf(4), { treeSize: 4, rootHash: mth(leaves.slice(1, 5)) }),
      ),
    ).toBe("invalid_proof");
  });
});

describe("verifyCheckpoint (C2SP signed note, Ed25519)", () => {
  const key = noteKey("agentdraft.test");
  const other = noteKey("witness.example");
  const origin = "agentdraft.test/ws_1";
  const root = mth([leaf(Uint8Array.of(1)), leaf(Uint8Array.of(2)), leaf(Uint8Array.of(3))]);
  const note = signedCheckpoint(origin, 3, root, key);

  it("accepts a checkpoint signed by the pinned key and returns its tree head", async () => {
    const cp = await verifyCheckpoint(note, key.verifierKey);
    expect(cp).toMatchObject({ origin, treeSize: 3, rootHashBase64: b64(root), note });
    expect(hex(cp.rootHash)).toBe(hex(root));
    await expect(verifyCheckpoint(note, key.verifierKey, { expectedOrigin: origin })).resolves.toBeTruthy();
  });

  it("accepts the API's checkpoint object when its fields match the note", async () => {
    const wire = { origin, tree_size: 3, root_hash: b64(root), checkpoint: note, verifier_key: key.verifierKey };
    await expect(verifyCheckpoint(wire, key.verifierKey)).resolves.toMatchObject({ treeSize: 3 });
    expect(await rejection(verifyCheckpoint({ ...wire, origin: "agentdraft.test/ws_2" }, key.verifierKey))).toBe("checkpoint_mismatch");
    expect(await rejection(verifyCheckpoint({ ...wire, tree_size: 4 }, key.verifierKey))).toBe("checkpoint_mismatch");
    expect(await rejection(verifyCheckpoint({ ...wire, root_hash: b64(leaf(Uint8Array.of(0))) }, key.verifierKey))).toBe(
      "checkpoint_mismatch",
    );
  });

  it("parses verifier keys whose base64 contains '+'", async () => {
    let tricky = noteKey("agentdraft.test");
    while (tricky.verifierKey.split("+").length < 4) tricky = noteKey("agentdraft.test");
    await expect(verifyCheckpoint(signedCheckpoint(origin, 3, root, tricky), tricky.verifierKey)).resolves.toMatchObject({ treeSize: 3 });
  });

  it("ignores signatures by other keys and needs one by the pinned key", async () => {
    const cosigned = signedCheckpoint(origin, 3, root, other, key);
    await expect(verifyCheckpoint(cosigned, key.verifierKey)).resolves.toMatchObject({ treeSize: 3 });
    expect(await rejection(verifyCheckpoint(signedCheckpoint(origin, 3, root, other), key.verifierKey))).toBe("unknown_key");
  });

  it("rejects a changed size, root or origin (bad signature)", async () => {
    const text = checkpointText(origin, 3, root);
    const sig = signatureLine(text, key);
    expect(await rejection(verifyCheckpoint(`${checkpointText(origin, 4, root)}\n${sig}`, key.verifierKey))).toBe("bad_signature");
    expect(await rejection(verifyCheckpoint(`${checkpointText(origin, 3, leaf(Uint8Array.of(7)))}\n${sig}`, key.verifierKey))).toBe(
      "bad_signature",
    );
    expect(await rejection(verifyCheckpoint(`${checkpointText("evil/ws_1", 3, root)}\n${sig}`, key.verifierKey))).toBe("bad_signature");
    const flipped = Buffer.from(sig.split(" ")[2]!.trim(), "base64");
    flipped[10]! ^= 0x80;
    expect(await rejection(verifyCheckpoint(`${text}\n\u2014 ${key.name} ${flipped.toString("base64")}\n`, key.verifierKey))).toBe(
      "bad_signature",
    );
  });

  it("rejects the wrong origin, malformed notes and malformed or inconsistent verifier keys", async () => {
    expect(await rejection(verifyCheckpoint(note, key.verifierKey, { expectedOrigin: "agentdraft.test/ws_2" }))).toBe("origin_mismatch");
    expect(await rejection(verifyCheckpoint(note.replace("\n\n", "\n"), key.verifierKey))).toBe("malformed_note");
    expect(await rejection(verifyCheckpoint(note.replace("\u2014", "-"), key.verifierKey))).toBe("malformed_note");
    const unsignedGarbage = `${origin}\nnot-a-number\n${b64(root)}\n`;
    expect(await rejection(verifyCheckpoint(`${unsignedGarbage}\n${signatureLine(unsignedGarbage, key)}`, key.verifierKey))).toBe(
      "malformed_checkpoint",
    );
    const [, name, id, material] = /^([^+]+)\+([^+]+)\+(.+)$/.exec(key.verifierKey)!;
    expect(await rejection(verifyCheckpoint(note, `${name}+00000000+${material}`))).toBe("invalid_key");
    expect(await rejection(verifyCheckpoint(note, `${name}+${id}`))).toBe("invalid_key");
    expect(await rejection(verifyCheckpoint(note, other.verifierKey))).toBe("unknown_key");
    // Same name, different key: key id differs, so the signature is not "by" it.
    const impostor = noteKey("agentdraft.test");
    expect(await rejection(verifyCheckpoint(note, impostor.verifierKey))).toBe("unknown_key");
  });

  it("a verified checkpoint is a tree head for verifyEvent and verifyConsistency", async () => {
    const events = wireEvents(5);
    const leaves = events.map(eventLeaf);
    const older = await verifyCheckpoint(signedCheckpoint(origin, 3, mth(leaves.slice(0, 3)), key), key.verifierKey);
    const newer = await verifyCheckpoint(signedCheckpoint(origin, 5, mth(leaves), key), key.verifierKey);
    const inclusion = {
      event_id: events[1]!.event_id,
      leaf_index: 1,
      tree_size: 5,
      leaf_hash: b64(leaves[1]!),
      proof: path(1, leaves).map(b64),
      event: events[1]!,
    };
    await expect(verifyEvent(inclusion as WireInclusionProof, newer)).resolves.toBe(true);
    await expect(verifyConsistency({ from_size: 3, to_size: 5, proof: consistency(3, leaves).map(b64) }, older, newer)).resolves.toBe(true);
  });
});
