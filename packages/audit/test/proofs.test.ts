// The verifier against every proof of small trees (from a straightforward RFC 6962 §2.1 proof
// generator written here), tampering, an event's canonical JSON, and C2SP signed notes made with
// node:crypto. (Formerly the conformance suite's own verifier tests: the suite now uses this package.)
import { createHash, generateKeyPairSync, sign } from "node:crypto";
import { describe, expect, it } from "vitest";
import vectors from "../../../spec/vectors/rfc6962.json" with { type: "json" };
import {
  AuditVerificationError,
  eventLeafHash,
  leafHash,
  nodeHash,
  rootHash,
  verifyCheckpoint,
  verifyConsistencyProof,
  verifyInclusionProof,
  type AuditVerificationReason,
  type Bytes,
} from "../src/index.ts";

// Certificate Transparency's test tree (RFC 6962 leaves) and its roots for sizes 1..8: spec/vectors/rfc6962.json.
const CT_LEAVES = vectors.leaf_inputs;
const CT_ROOTS = vectors.roots;

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const k = (n: number) => {
  let p = 1;
  while (p * 2 < n) p *= 2;
  return p;
};
const mth = (d: Bytes[]): Promise<Bytes> => rootHash(d);
/** RFC 6962 §2.1.1 PATH(m, D[n]). */
async function path(m: number, d: Bytes[]): Promise<Bytes[]> {
  if (d.length <= 1) return [];
  const s = k(d.length);
  return m < s
    ? [...(await path(m, d.slice(0, s))), await mth(d.slice(s))]
    : [...(await path(m - s, d.slice(s))), await mth(d.slice(0, s))];
}
/** RFC 6962 §2.1.2 SUBPROOF(m, D[n], b). */
async function subproof(m: number, d: Bytes[], b: boolean): Promise<Bytes[]> {
  const n = d.length;
  if (m === n) return b ? [] : [await mth(d)];
  const s = k(n);
  return m <= s
    ? [...(await subproof(m, d.slice(0, s), b)), await mth(d.slice(s))]
    : [...(await subproof(m - s, d.slice(s), false)), await mth(d.slice(0, s))];
}

async function rejection(promise: Promise<unknown>): Promise<[AuditVerificationReason, string]> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AuditVerificationError);
  return [(error as AuditVerificationError).reason, (error as Error).message];
}

const leaves = await Promise.all(Array.from({ length: 17 }, (_, i) => leafHash(new TextEncoder().encode(`leaf ${i}`))));

describe("RFC 6962 proofs", () => {
  it("matches Certificate Transparency's test vectors", async () => {
    const ct = await Promise.all(CT_LEAVES.map((h) => leafHash(new Uint8Array(Buffer.from(h, "hex")))));
    for (const [i, root] of CT_ROOTS.entries()) expect(hex(await rootHash(ct.slice(0, i + 1)))).toBe(root);
    expect(hex(await rootHash([]))).toBe(createHash("sha256").digest("hex"));
    expect(hex(await nodeHash(ct[0]!, ct[1]!))).toBe(CT_ROOTS[1]);
  });

  it("verifies every inclusion proof of trees up to 17 leaves and rejects tampered ones", async () => {
    for (let n = 1; n <= leaves.length; n++) {
      const d = leaves.slice(0, n);
      const root = await mth(d);
      for (let m = 0; m < n; m++) {
        const proof = await path(m, d);
        expect(await verifyInclusionProof(d[m]!, m, n, proof, root), `${m}/${n}`).toBe(true);
        expect((await verifyInclusionProof(d[(m + 1) % n]!, m, n, proof, root)) && n > 1, `wrong leaf ${m}/${n}`).toBe(false);
        expect(await verifyInclusionProof(d[m]!, m, n, proof, await leafHash(root)), `wrong root ${m}/${n}`).toBe(false);
        expect(await verifyInclusionProof(d[m]!, n, n, proof, root), `index out of range ${m}/${n}`).toBe(false);
        if (proof.length) expect(await verifyInclusionProof(d[m]!, m, n, proof.slice(1), root)).toBe(false);
      }
    }
  });

  it("verifies every consistency proof of trees up to 17 leaves and rejects tampered ones", async () => {
    for (let n = 1; n <= leaves.length; n++) {
      for (let m = 1; m <= n; m++) {
        const proof = await subproof(m, leaves.slice(0, n), true);
        const a = await mth(leaves.slice(0, m));
        const b = await mth(leaves.slice(0, n));
        expect(await verifyConsistencyProof(m, n, a, b, proof), `${m}→${n}`).toBe(true);
        if (m < n) {
          expect(await verifyConsistencyProof(m, n, b, b, proof), `forged old root ${m}→${n}`).toBe(false);
          expect(await verifyConsistencyProof(m, n, a, a, proof), `forged new root ${m}→${n}`).toBe(false);
          const bad = await Promise.all(proof.map((p, i) => (i === proof.length - 1 ? leafHash(p) : p)));
          expect(await verifyConsistencyProof(m, n, a, b, bad), `tampered proof ${m}→${n}`).toBe(false);
        }
      }
    }
  });

  it("hashes an event's RFC 8785 canonical JSON", async () => {
    const event = {
      seq: 1,
      event_id: "evt_1",
      actor: { type: "system" },
      at: "2026-01-01T00:00:00Z",
      action: "x",
      resource: "r",
      request: {},
      outcome: { n: 1e21 },
    };
    const canonical =
      '{"action":"x","actor":{"type":"system"},"at":"2026-01-01T00:00:00Z","event_id":"evt_1","outcome":{"n":1e+21},"request":{},"resource":"r","seq":1}';
    expect(hex(await eventLeafHash(event))).toBe(hex(await leafHash(new TextEncoder().encode(canonical))));
  });
});

describe("C2SP signed-note checkpoints", () => {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  const raw = Buffer.from(publicKey.export({ format: "jwk" }).x!, "base64url");
  const name = "example.test";
  const id = createHash("sha256").update(`${name}\n`).update(Uint8Array.of(1)).update(raw).digest().subarray(0, 4);
  const vkey = `${name}+${id.toString("hex")}+${Buffer.concat([Uint8Array.of(1), raw]).toString("base64")}`;
  const root = createHash("sha256").update("root").digest();
  const text = `example.test/ws_1\n42\n${root.toString("base64")}\n`;
  const sig = (t: string) => Buffer.concat([id, sign(null, Buffer.from(t), privateKey)]).toString("base64");
  const note = `${text}\n\u2014 ${name} ${sig(text)}\n`;

  it("verifies a signed checkpoint and returns its tree head", async () => {
    const cp = await verifyCheckpoint(note, vkey);
    expect(cp).toMatchObject({ origin: "example.test/ws_1", treeSize: 42, rootHashBase64: root.toString("base64"), note });
    expect(hex(cp.rootHash)).toBe(root.toString("hex"));
  });

  it("ignores other keys' signatures", async () => {
    const other = `${text}\n\u2014 other.test AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n\u2014 ${name} ${sig(text)}\n`;
    expect((await verifyCheckpoint(other, vkey)).treeSize).toBe(42);
  });

  it("rejects an edited body, a foreign key, a wrong key id and a missing signature", async () => {
    expect(await rejection(verifyCheckpoint(note.replace("\n42\n", "\n43\n"), vkey))).toEqual([
      "bad_signature",
      `invalid signature by ${name}+${id.toString("hex")}`,
    ]);
    const foreign = generateKeyPairSync("ed25519").publicKey.export({ format: "jwk" }).x!;
    const foreignKey = `${name}+${id.toString("hex")}+${Buffer.concat([Uint8Array.of(1), Buffer.from(foreign, "base64url")]).toString("base64")}`;
    expect(await rejection(verifyCheckpoint(note, foreignKey))).toEqual(["invalid_key", "verifier key id does not match its name and key"]);
    expect((await rejection(verifyCheckpoint(note, vkey.replace(/\+[0-9a-f]{8}\+/, "+00000000+"))))[0]).toBe("invalid_key");
    expect(await rejection(verifyCheckpoint(text, vkey))).toEqual(["malformed_note", "note has no blank line before its signatures"]);
    expect(await rejection(verifyCheckpoint(`${text}\n\u2014 other.test ${sig(text)}\n`, vkey))).toEqual([
      "unknown_key",
      `note has no signature by ${name}+${id.toString("hex")}`,
    ]);
  });
});
