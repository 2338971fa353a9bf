/**
 * C2SP signed-note checkpoints with Ed25519.
 *
 * Known answers:
 *  - golang.org/x/mod/sumdb/note note_test.go: the PeterNeumann signer and
 *    verifier keys and the note they sign (Ed25519 is deterministic, so our
 *    signature must match byte for byte).
 *  - c2sp.org/signed-note and c2sp.org/tlog-checkpoint: the example notes
 *    (parsed; their keys are not published).
 *  - A fixed-key checkpoint whose key ID, verifier key and signature were
 *    computed independently with Python's `cryptography` package.
 */
import { createPrivateKey, generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  CheckpointError,
  type CheckpointErrorCode,
  checkpointBody,
  generateSigningKey,
  keyId,
  parseSignerKey,
  rootHash,
  signCheckpoint,
  signNote,
  signerKey,
  signingKeyFrom,
  verifierKey,
} from "../../src/audit/index.ts";
import vectors from "../../../../spec/vectors/rfc6962.json" with { type: "json" };
import {
  AuditVerificationError,
  parseCheckpointText,
  parseNote,
  verifyCheckpoint,
  verifyNote,
  type AuditVerificationReason,
} from "../../../audit/src/index.ts";
import { hex, unhex } from "./helpers.ts";

// --- golang.org/x/mod/sumdb/note note_test.go ------------------------------
const GO_VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
const GO_SKEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
const GO_TEXT = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
const GO_SIG = "\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";
const GO_NOTE = `${GO_TEXT}\n${GO_SIG}`;

// --- Fixed-key checkpoint (independently computed with Python cryptography) --
const FIXED_SEED = Uint8Array.from({ length: 32 }, (_, i) => i); // 00 01 02 … 1f
const FIXED_PUBLIC_KEY = "03a107bff3ce10be1d70dd18e74bc09967e4d6309ba50d5f1ddc8664125531b8";
const FIXED_NAME = "agentdraft.example/audit/ws_demo";
const FIXED_VKEY = "agentdraft.example/audit/ws_demo+fd58332d+AQOhB7/zzhC+HXDdGOdLwJln5NYwm6UNXx3chmQSVTG4";
/** Root of the 8-leaf CT reference tree (see merkle.vectors.test.ts). */
const FIXED_ROOT = vectors.roots[7]!;
const FIXED_NOTE =
  "agentdraft.example/audit/ws_demo\n" +
  "8\n" +
  "XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n" +
  "\n" +
  "\u2014 agentdraft.example/audit/ws_demo /VgzLXkDtnhH9hoqm15Cwn0xCyD4YWpTzXlXFHQoT+l6U7sK/brqdpMX07cgP2dl6puhoCHl4v8LX9jGSRsegog7fQE=\n";

const fixedCheckpoint = () => ({ origin: FIXED_NAME, size: 8, rootHash: unhex(FIXED_ROOT) });

function expectCode(fn: () => unknown, code: CheckpointErrorCode): CheckpointError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(CheckpointError);
    expect((err as CheckpointError).code).toBe(code);
    return err as CheckpointError;
  }
  throw new Error(`expected a CheckpointError with code ${code}, but nothing was thrown`);
}

/** The server signs; the SDK's verifier (the one TypeScript verifier) checks: its rejection reason. */
async function expectReason(promise: Promise<unknown>, reason: AuditVerificationReason): Promise<AuditVerificationError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AuditVerificationError);
  expect((error as AuditVerificationError).reason).toBe(reason);
  return error as AuditVerificationError;
}

/** A C2SP checkpoint note parsed by the SDK: its body fields and signatures. */
const parseCheckpoint = (note: string) => {
  const { text, signatures } = parseNote(note);
  return { ...parseCheckpointText(text), signatures };
};

describe("keys", () => {
  it("derives the Go reference verifier key from the signer key", async () => {
    const k = parseSignerKey(GO_SKEY);
    expect(k.name).toBe("PeterNeumann");
    expect(hex(k.keyId)).toBe("c74f20a3");
    expect(verifierKey(k.name, k.publicKey)).toBe(GO_VKEY);
    expect(signerKey(k.name, k.seed)).toBe(GO_SKEY);
    expect(await verifyNote(GO_NOTE, GO_VKEY)).toBe(GO_TEXT);
  });

  it("computes the key ID as SHA-256(name ‖ \\n ‖ 0x01 ‖ pubkey)[:4]", async () => {
    const k = signingKeyFrom(FIXED_SEED);
    expect(hex(k.publicKey)).toBe(FIXED_PUBLIC_KEY);
    expect(hex(keyId(FIXED_NAME, k.publicKey))).toBe("fd58332d");
    expect(verifierKey(FIXED_NAME, k.publicKey)).toBe(FIXED_VKEY);
  });

  it("generates fresh keys whose seed, PEM and public key agree", async () => {
    const a = generateSigningKey();
    const b = generateSigningKey();
    expect(a.seed).toHaveLength(32);
    expect(a.publicKey).toHaveLength(32);
    expect(a.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(hex(a.publicKey)).not.toBe(hex(b.publicKey));
    expect(hex(signingKeyFrom(a.privateKeyPem).publicKey)).toBe(hex(a.publicKey));
    expect(hex(signingKeyFrom(a.seed).publicKey)).toBe(hex(a.publicKey));
    expect(hex(signingKeyFrom(createPrivateKey(a.privateKeyPem)).seed)).toBe(hex(a.seed));
  });

  it("rejects every mangling of a verifier key (as note_test.go TestNewVerifier does)", async () => {
    const accepted: string[] = [];
    for (let i = 0; i <= GO_VKEY.length; i++) {
      for (let j = i + 1; j <= GO_VKEY.length; j++) {
        if (i === 0 && j === GO_VKEY.length) continue;
        const k = GO_VKEY.slice(i, j);
        const reason = await verifyNote(GO_NOTE, k).then(
          () => "accepted",
          (err: unknown) => (err as AuditVerificationError).reason,
        );
        if (reason !== "invalid_key") accepted.push(`${k}: ${reason}`);
      }
    }
    for (let i = 0; i < GO_VKEY.length; i++) {
      const k = GO_VKEY.slice(0, i) + String.fromCharCode(GO_VKEY.charCodeAt(i) + 1) + GO_VKEY.slice(i + 1);
      if (
        await verifyNote(GO_NOTE, k).then(
          () => true,
          () => false,
        )
      )
        accepted.push(k);
    }
    expect(accepted).toEqual([]);
    // Wrong key ID for the name and key.
    await expectReason(verifyNote(GO_NOTE, "PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"), "invalid_key");
    // Not Ed25519 (type byte 0x02).
    await expectReason(verifyNote(GO_NOTE, "PeterNeumann+c74f20a3+Ahpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"), "invalid_key");
  });

  it("rejects invalid key names and key material", async () => {
    const pub = signingKeyFrom(FIXED_SEED).publicKey;
    for (const name of ["", "has space", "has+plus", "tab\tname", "nbsp\u00a0name", "line\nbreak"]) {
      expectCode(() => verifierKey(name, pub), "invalid_key");
    }
    expectCode(() => verifierKey("ok", pub.subarray(0, 31)), "invalid_key");
    expectCode(() => signingKeyFrom(new Uint8Array(31)), "invalid_key");
    expectCode(() => signingKeyFrom("not a pem"), "invalid_key");
    // A non-Ed25519 private key.
    const { privateKey: p256 } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    expectCode(() => signingKeyFrom(p256), "invalid_key");
    expectCode(() => parseSignerKey(GO_VKEY), "invalid_key");
    expectCode(() => parseSignerKey(GO_SKEY.replace("c74f20a3", "c74f20a4")), "invalid_key");
  });
});

describe("signed notes", () => {
  it("reproduces the Go reference note byte for byte", async () => {
    const { seed } = parseSignerKey(GO_SKEY);
    expect(signNote(GO_TEXT, "PeterNeumann", seed)).toBe(GO_NOTE);
    expect(await verifyNote(GO_NOTE, GO_VKEY)).toBe(GO_TEXT);
  });

  it("rejects the Go reference note when its text is altered", async () => {
    await expectReason(verifyNote(GO_NOTE.replace("cryptography", "cryptographY"), GO_VKEY), "bad_signature");
  });

  it("parses the c2sp.org/signed-note example (text may contain blank lines)", async () => {
    const note =
      "Ognuno sta solo sul cuor della terra\ntrafitto da un raggio di sole:\n\ned \u00e8 subito sera.\n\n" +
      "\u2014 quasimodo.example/salvatore NnugSzTjtVAewIS+Z/iJhUPeFDkO/5QQ2i5ddnGITLlC+EhfLW9oJKONrMouFSQU0xMcXxj99ihAQwaqP3ZekRwNtIc=\n";
    const parsed = parseNote(note);
    expect(parsed.text).toBe("Ognuno sta solo sul cuor della terra\ntrafitto da un raggio di sole:\n\ned \u00e8 subito sera.\n");
    expect(parsed.signatures).toHaveLength(1);
    expect(parsed.signatures[0]!.name).toBe("quasimodo.example/salvatore");
    expect(hex(parsed.signatures[0]!.keyId)).toBe("367ba04b");
    expect(parsed.signatures[0]!.signature).toHaveLength(64);
    await expectReason(verifyNote(note, GO_VKEY), "unknown_key");
  });

  it("ignores signatures by other keys but requires one by the verifier", async () => {
    const other = generateSigningKey();
    const mine = signNote(GO_TEXT, "PeterNeumann", parseSignerKey(GO_SKEY).seed);
    const theirs = signNote(GO_TEXT, "witness.example/w1", other.seed);
    const theirLine = theirs.slice(theirs.lastIndexOf("\n\n") + 2);
    // Cosigned note: both signature lines, either order.
    expect(await verifyNote(mine + theirLine, GO_VKEY)).toBe(GO_TEXT);
    expect(await verifyNote(`${GO_TEXT}\n${theirLine}${GO_SIG}`, GO_VKEY)).toBe(GO_TEXT);
    expect(await verifyNote(mine + theirLine, verifierKey("witness.example/w1", other.publicKey))).toBe(GO_TEXT);
    // Only the other key's signature.
    await expectReason(verifyNote(theirs, GO_VKEY), "unknown_key");
    // Same name, different key: the key ID differs, so it counts as unknown.
    const impostor = signNote(GO_TEXT, "PeterNeumann", other.seed);
    await expectReason(verifyNote(impostor, GO_VKEY), "unknown_key");
    // A known (name, key ID) whose signature does not verify poisons the note even if another verifies.
    const forgedLine = `\u2014 PeterNeumann ${Buffer.concat([unhex("c74f20a3"), new Uint8Array(64)]).toString("base64")}\n`;
    await expectReason(verifyNote(mine + forgedLine, GO_VKEY), "bad_signature");
  });
});

describe("checkpoints", () => {
  it("formats the body exactly as tlog-checkpoint specifies", async () => {
    expect(checkpointBody(fixedCheckpoint())).toBe("agentdraft.example/audit/ws_demo\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n");
    expect(checkpointBody({ origin: "o", size: 0, rootHash: rootHash([]) })).toBe("o\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n");
  });

  it("signs a fixed-key checkpoint byte for byte", async () => {
    const note = signCheckpoint(fixedCheckpoint(), FIXED_NAME, FIXED_SEED);
    expect(note).toBe(FIXED_NOTE);
    // Structure: body, one blank line, em dash + space + name + space + base64(4-byte id ‖ 64-byte sig) + newline.
    const [body, sigs] = [note.slice(0, note.lastIndexOf("\n\n") + 1), note.slice(note.lastIndexOf("\n\n") + 2)];
    expect(body).toBe(checkpointBody(fixedCheckpoint()));
    expect(sigs).toMatch(/^\u2014 agentdraft\.example\/audit\/ws_demo [A-Za-z0-9+/]{91}=\n$/);
    const blob = Buffer.from(sigs.split(" ")[2]!.trim(), "base64");
    expect(blob).toHaveLength(68);
    expect(blob.subarray(0, 4).toString("hex")).toBe("fd58332d");
    expect(Buffer.from(sigs, "utf8").subarray(0, 4).toString("hex")).toBe("e2809420"); // U+2014 in UTF-8, then space
  });

  it("signing with seed, PEM or KeyObject gives the same note", async () => {
    const k = signingKeyFrom(FIXED_SEED);
    expect(signCheckpoint(fixedCheckpoint(), FIXED_NAME, k.privateKeyPem)).toBe(FIXED_NOTE);
    expect(signCheckpoint(fixedCheckpoint(), FIXED_NAME, createPrivateKey(k.privateKeyPem))).toBe(FIXED_NOTE);
  });

  it("verifies the fixed checkpoint and round-trips fresh keys", async () => {
    const cp = await verifyCheckpoint(FIXED_NOTE, FIXED_VKEY);
    expect(cp.origin).toBe(FIXED_NAME);
    expect(cp.treeSize).toBe(8);
    expect(hex(cp.rootHash)).toBe(FIXED_ROOT);
    expect(Object.keys(cp).sort()).toEqual(["note", "origin", "rootHash", "rootHashBase64", "treeSize"]);

    const key = generateSigningKey();
    const origin = "agentdraft.example/audit/ws_roundtrip";
    for (const size of [0, 1, 2 ** 53 - 1]) {
      const tree = { origin, size, rootHash: size === 0 ? rootHash([]) : unhex(FIXED_ROOT) };
      const note = signCheckpoint(tree, origin, key.privateKeyPem);
      const back = await verifyCheckpoint(note, verifierKey(origin, key.publicKey), { expectedOrigin: origin });
      expect(back.treeSize).toBe(size);
      expect(hex(back.rootHash)).toBe(hex(tree.rootHash));
    }
  });

  it("parses the c2sp.org/tlog-checkpoint example", async () => {
    const example =
      "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n\n" +
      "\u2014 example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=\n";
    const cp = parseCheckpoint(example);
    expect(cp.origin).toBe("example.com/behind-the-sofa");
    expect(cp.treeSize).toBe(20852163);
    expect(Buffer.from(cp.rootHash).toString("base64")).toBe("CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=");
    expect(cp.extensions).toEqual([]);
    expect(cp.signatures.map((s) => s.name)).toEqual(["example.com/behind-the-sofa"]);
    await expectReason(verifyCheckpoint(example, FIXED_VKEY), "unknown_key");
  });

  it("accepts and returns extension lines when parsing", async () => {
    const body = `${checkpointBody(fixedCheckpoint())}ext one\next two\n`;
    const note = signNote(body, FIXED_NAME, FIXED_SEED);
    expect(parseCheckpoint(note).extensions).toEqual(["ext one", "ext two"]);
    expect((await verifyCheckpoint(note, FIXED_VKEY)).treeSize).toBe(8);
  });

  describe("rejects", () => {
    const resign = (body: string) => signNote(body, FIXED_NAME, FIXED_SEED);
    const sigLine = FIXED_NOTE.slice(FIXED_NOTE.lastIndexOf("\n\n") + 2);

    it("a different verifier key", async () => {
      const other = generateSigningKey();
      await expectReason(verifyCheckpoint(FIXED_NOTE, verifierKey(FIXED_NAME, other.publicKey)), "unknown_key");
      await expectReason(verifyCheckpoint(FIXED_NOTE, GO_VKEY), "unknown_key");
    });

    it.each([
      ["size", (n: string) => n.replace("\n8\n", "\n9\n")],
      ["size (bigger)", (n: string) => n.replace("\n8\n", "\n80\n")],
      ["root", (n: string) => n.replace("XcnaeacG", "XcnaeacH")],
      ["root (last char)", (n: string) => n.replace("RgQyg=", "RgQyw=")],
      ["origin", (n: string) => n.replace("ws_demo\n8", "ws_demO\n8")],
      ["origin (prefix)", (n: string) => `x${n}`],
    ])("an altered %s", async (_what, alter) => {
      const altered = alter(FIXED_NOTE);
      expect(altered).not.toBe(FIXED_NOTE);
      await expectReason(verifyCheckpoint(altered, FIXED_VKEY), "bad_signature");
    });

    it("every single-bit change of the signature", async () => {
      const blob = Buffer.from(sigLine.trim().split(" ")[2]!, "base64");
      const codes = new Set<string>();
      for (let at = 4; at < blob.length; at++) {
        for (let bit = 0; bit < 8; bit++) {
          const bad = Buffer.from(blob);
          bad[at] = bad[at]! ^ (1 << bit);
          const note = FIXED_NOTE.replace(blob.toString("base64"), bad.toString("base64"));
          codes.add((await expectReason(verifyCheckpoint(note, FIXED_VKEY), "bad_signature")).reason);
        }
      }
      expect([...codes]).toEqual(["bad_signature"]);
      // A changed key ID makes it someone else's signature.
      const badId = Buffer.from(blob);
      badId[0] = badId[0]! ^ 1;
      await expectReason(
        verifyCheckpoint(FIXED_NOTE.replace(blob.toString("base64"), badId.toString("base64")), FIXED_VKEY),
        "unknown_key",
      );
      // Truncated or extended signatures.
      for (const wrong of [blob.subarray(0, 67), Buffer.concat([blob, Buffer.of(0, 0, 0)])]) {
        await expectReason(
          verifyCheckpoint(FIXED_NOTE.replace(blob.toString("base64"), wrong.toString("base64")), FIXED_VKEY),
          "bad_signature",
        );
      }
    });

    it("a checkpoint for another log when an origin is expected", async () => {
      await expectReason(
        verifyCheckpoint(FIXED_NOTE, FIXED_VKEY, { expectedOrigin: "agentdraft.example/audit/ws_other" }),
        "origin_mismatch",
      );
      expect((await verifyCheckpoint(FIXED_NOTE, FIXED_VKEY, { expectedOrigin: FIXED_NAME })).treeSize).toBe(8);
    });

    it.each<[string, string]>([
      ["no blank line", FIXED_NOTE.replace("\n\n", "\n")],
      ["no signature lines", `${checkpointBody(fixedCheckpoint())}\n`],
      ["missing final newline", FIXED_NOTE.slice(0, -1)],
      ["hyphen instead of em dash", FIXED_NOTE.replace("\u2014", "-")],
      ["en dash instead of em dash", FIXED_NOTE.replace("\u2014", "\u2013")],
      ["no space after the dash", FIXED_NOTE.replace("\u2014 ", "\u2014")],
      ["CRLF line endings", FIXED_NOTE.replaceAll("\n", "\r\n")],
      ["a tab", FIXED_NOTE.replace("ws_demo\n8", "ws_demo\t\n8")],
      ["a lone surrogate", FIXED_NOTE.replace("ws_demo\n8", "ws_demo\ud800\n8")],
      ["signature not base64", FIXED_NOTE.replace(/ \/Vgz\S+\n$/, " not*base64\n")],
      ["non-canonical base64 signature", FIXED_NOTE.replace(/=\n$/, "\n")],
      ["signature shorter than a key ID", FIXED_NOTE.replace(/ \/Vgz\S+\n$/, " AAAA\n")],
      ["a key name with a plus", FIXED_NOTE.replace("\u2014 agentdraft.example", "\u2014 agentdraft+example")],
      ["trailing blank signature line", `${FIXED_NOTE}\n`],
    ])("a malformed note: %s", async (_what, note) => {
      await expectReason(verifyCheckpoint(note, FIXED_VKEY), "malformed_note");
    });

    it.each<[string, string]>([
      ["only two lines", resign(`${FIXED_NAME}\n8\n`)],
      ["empty origin", resign(`\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n`)],
      ["leading zero in size", resign(`${FIXED_NAME}\n08\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n`)],
      ["negative size", resign(`${FIXED_NAME}\n-8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n`)],
      ["non-decimal size", resign(`${FIXED_NAME}\n0x8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n`)],
      ["size beyond 2^53", resign(`${FIXED_NAME}\n9007199254740993\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n`)],
      ["short root", resign(`${FIXED_NAME}\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQw==\n`)],
      ["unpadded root", resign(`${FIXED_NAME}\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg\n`)],
      ["url-safe root", resign(`${FIXED_NAME}\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz-Nw7_RgQyg=\n`)],
      ["non-canonical root bits", resign(`${FIXED_NAME}\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyh=\n`)],
    ])("a malformed checkpoint body: %s", async (_what, note) => {
      await expectReason(verifyCheckpoint(note, FIXED_VKEY), "malformed_checkpoint");
    });

    it("a bad verifier key", async () => {
      await expectReason(verifyCheckpoint(FIXED_NOTE, "not a key"), "invalid_key");
      await expectReason(verifyCheckpoint(FIXED_NOTE, FIXED_VKEY.replace("fd58332d", "fd58332e")), "invalid_key");
    });

    it("invalid checkpoints and note texts at signing time", async () => {
      const cp = fixedCheckpoint();
      expectCode(() => signCheckpoint({ ...cp, origin: "" }, FIXED_NAME, FIXED_SEED), "malformed_checkpoint");
      expectCode(() => signCheckpoint({ ...cp, origin: "two\nlines" }, FIXED_NAME, FIXED_SEED), "malformed_checkpoint");
      expectCode(() => signCheckpoint({ ...cp, size: -1 }, FIXED_NAME, FIXED_SEED), "malformed_checkpoint");
      expectCode(() => signCheckpoint({ ...cp, size: 1.5 }, FIXED_NAME, FIXED_SEED), "malformed_checkpoint");
      expectCode(() => signCheckpoint({ ...cp, rootHash: new Uint8Array(31) }, FIXED_NAME, FIXED_SEED), "malformed_checkpoint");
      expectCode(() => signCheckpoint(cp, "bad name", FIXED_SEED), "invalid_key");
      expectCode(() => signNote("no final newline", FIXED_NAME, FIXED_SEED), "malformed_note");
      expectCode(() => signNote("control \u0007\n", FIXED_NAME, FIXED_SEED), "malformed_note");
    });
  });
});
