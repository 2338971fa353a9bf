// The runner's own offline verifier: RFC 6962 vectors, every proof of small trees (against a
// straightforward RFC 6962 §2.1 proof generator written here), tampering, and C2SP signed notes.
import { createHash, generateKeyPairSync, sign } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  eventLeafHash,
  leafHash,
  nodeHash,
  rootFromLeaves,
  verifyCheckpointNote,
  verifyConsistency,
  verifyInclusion,
} from "../src/audit.ts";
import vectors from "../../spec/vectors/rfc6962.json" with { type: "json" };

// Certificate Transparency's test tree (RFC 6962 leaves) and its roots for sizes 1..8: spec/vectors/rfc6962.json.
const CT_LEAVES = vectors.leaf_inputs;
const CT_ROOTS = vectors.roots;

const k = (n: number) => {
  let p = 1;
  while (p * 2 < n) p *= 2;
  return p;
};
const mth = (d: Buffer[]): Buffer => rootFromLeaves(d);
/** RFC 6962 §2.1.1 PATH(m, D[n]). */
function path(m: number, d: Buffer[]): Buffer[] {
  if (d.length <= 1) return [];
  const s = k(d.length);
  return m < s ? [...path(m, d.slice(0, s)), mth(d.slice(s))] : [...path(m - s, d.slice(s)), mth(d.slice(0, s))];
}
/** RFC 6962 §2.1.2 SUBPROOF(m, D[n], b). */
function subproof(m: number, d: Buffer[], b: boolean): Buffer[] {
  const n = d.length;
  if (m === n) return b ? [] : [mth(d)];
  const s = k(n);
  return m <= s ? [...subproof(m, d.slice(0, s), b), mth(d.slice(s))] : [...subproof(m - s, d.slice(s), false), mth(d.slice(0, s))];
}

const leaves = Array.from({ length: 17 }, (_, i) => leafHash(Buffer.from(`leaf ${i}`)));

describe("RFC 6962 hashing", () => {
  it("matches Certificate Transparency's test vectors", () => {
    const ct = CT_LEAVES.map((h) => leafHash(Buffer.from(h, "hex")));
    for (const [i, root] of CT_ROOTS.entries()) expect(rootFromLeaves(ct.slice(0, i + 1)).toString("hex")).toBe(root);
    expect(rootFromLeaves([]).toString("hex")).toBe(createHash("sha256").digest("hex"));
    expect(nodeHash(ct[0]!, ct[1]!).toString("hex")).toBe(CT_ROOTS[1]);
  });

  it("verifies every inclusion proof of trees up to 17 leaves and rejects tampered ones", () => {
    for (let n = 1; n <= leaves.length; n++) {
      const d = leaves.slice(0, n);
      const root = mth(d);
      for (let m = 0; m < n; m++) {
        const proof = path(m, d);
        expect(verifyInclusion(d[m]!, m, n, proof, root), `${m}/${n}`).toBe(true);
        expect(verifyInclusion(d[(m + 1) % n]!, m, n, proof, root) && n > 1, `wrong leaf ${m}/${n}`).toBe(false);
        expect(verifyInclusion(d[m]!, m, n, proof, leafHash(root)), `wrong root ${m}/${n}`).toBe(false);
        expect(verifyInclusion(d[m]!, n, n, proof, root), `index out of range ${m}/${n}`).toBe(false);
        if (proof.length) expect(verifyInclusion(d[m]!, m, n, proof.slice(1), root)).toBe(false);
      }
    }
  });

  it("verifies every consistency proof of trees up to 17 leaves and rejects tampered ones", () => {
    for (let n = 1; n <= leaves.length; n++) {
      for (let m = 1; m <= n; m++) {
        const proof = subproof(m, leaves.slice(0, n), true);
        const a = mth(leaves.slice(0, m));
        const b = mth(leaves.slice(0, n));
        expect(verifyConsistency(m, n, a, b, proof), `${m}→${n}`).toBe(true);
        if (m < n) {
          expect(verifyConsistency(m, n, b, b, proof), `forged old root ${m}→${n}`).toBe(false);
          expect(verifyConsistency(m, n, a, a, proof), `forged new root ${m}→${n}`).toBe(false);
          const bad = proof.map((p, i) => (i === proof.length - 1 ? leafHash(p) : p));
          expect(verifyConsistency(m, n, a, b, bad), `tampered proof ${m}→${n}`).toBe(false);
        }
      }
    }
  });

  it("hashes an event's RFC 8785 canonical JSON", () => {
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
    expect(eventLeafHash(event)).toEqual(leafHash(Buffer.from(canonical)));
  });
});

describe("C2SP signed-note checkpoints", () => {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  const raw = Buffer.from(publicKey.export({ format: "jwk" }).x!, "base64url");
  const name = "example.test";
  const id = createHash("sha256").update(`${name}\n`).update(Uint8Array.of(1)).update(raw).digest().subarray(0, 4);
  const vkey = `${name}+${id.toString("hex")}+${Buffer.concat([Uint8Array.of(1), raw]).toString("base64")}`;
  const root = leafHash(Buffer.from("root"));
  const text = `example.test/ws_1\n42\n${root.toString("base64")}\n`;
  const sig = (t: string) => Buffer.concat([id, sign(null, Buffer.from(t), privateKey)]).toString("base64");
  const note = `${text}\n\u2014 ${name} ${sig(text)}\n`;

  it("verifies a signed checkpoint and returns its tree head", () => {
    expect(verifyCheckpointNote(note, vkey)).toEqual({ origin: "example.test/ws_1", size: 42, root });
  });

  it("ignores other keys' signatures", () => {
    const other = `${text}\n\u2014 other.test AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n\u2014 ${name} ${sig(text)}\n`;
    expect(verifyCheckpointNote(other, vkey).size).toBe(42);
  });

  it("rejects an edited body, a foreign key, a wrong key id and a missing signature", () => {
    expect(() => verifyCheckpointNote(note.replace("\n42\n", "\n43\n"), vkey)).toThrow(/does not verify/);
    const foreign = generateKeyPairSync("ed25519").publicKey.export({ format: "jwk" }).x!;
    const foreignKey = `${name}+${id.toString("hex")}+${Buffer.concat([Uint8Array.of(1), Buffer.from(foreign, "base64url")]).toString("base64")}`;
    expect(() => verifyCheckpointNote(note, foreignKey)).toThrow(/does not match its name and key/);
    expect(() => verifyCheckpointNote(note, vkey.replace(/\+[0-9a-f]{8}\+/, "+00000000+"))).toThrow(/does not match/);
    expect(() => verifyCheckpointNote(text, vkey)).toThrow(/no blank line/);
    expect(() => verifyCheckpointNote(`${text}\n\u2014 other.test ${sig(text)}\n`, vkey)).toThrow(/no signature by/);
  });
});
