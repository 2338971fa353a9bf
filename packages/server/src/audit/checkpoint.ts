/**
 * Signed tree heads in the C2SP formats:
 *
 * - signed note (https://c2sp.org/signed-note): `text` ending in "\n", a blank
 *   line, then one or more `— <key name> <base64(key ID ‖ signature)>\n` lines
 *   (em dash U+2014). Ed25519 key ID = SHA-256(name ‖ 0x0A ‖ 0x01 ‖ pubkey)[:4].
 * - checkpoint (https://c2sp.org/tlog-checkpoint): the note text is
 *   `<origin>\n<tree size>\n<base64 RFC 6962 root>\n` (+ optional extension lines).
 * - verifier key (golang.org/x/mod/sumdb/note):
 *   `<name>+<8 hex key ID>+<base64(0x01 ‖ 32-byte pubkey)>`; the matching signer
 *   key is `PRIVATE+KEY+<name>+<8 hex key ID>+<base64(0x01 ‖ 32-byte seed)>`.
 *
 * The server only signs: verification is the SDKs' (packages/sdk/src/audit,
 * agentdraft.verify in Python), which the server's tests use too.
 * Pure apart from {@link generateSigningKey} (which needs randomness): no I/O,
 * no clock. Ed25519 via node:crypto.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, KeyObject, sign } from "node:crypto";
import { HASH_SIZE } from "./merkle.ts";

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

export type CheckpointErrorCode =
  /** Not a well-formed signed note. */
  | "malformed_note"
  /** A well-formed note whose text is not a well-formed checkpoint. */
  | "malformed_checkpoint"
  /** A verifier/signer key string or key material that cannot be used. */
  | "invalid_key"
  /** The note carries no signature by the verifier's key (name + key ID). */
  | "unknown_key"
  /** A signature by the verifier's key does not verify. */
  | "bad_signature"
  /** Signature is fine but the checkpoint is for a different log. */
  | "origin_mismatch";

/** Base class of every error thrown by this module; switch on `code`. */
export class CheckpointError extends Error {
  readonly code: CheckpointErrorCode;
  constructor(code: CheckpointErrorCode, message: string) {
    super(message);
    this.name = "CheckpointError";
    this.code = code;
  }
}

/** The input could not be parsed: `malformed_note`, `malformed_checkpoint` or `invalid_key`. */
class MalformedCheckpointError extends CheckpointError {
  constructor(code: "malformed_note" | "malformed_checkpoint" | "invalid_key", message: string) {
    super(code, message);
    this.name = "MalformedCheckpointError";
  }
}

// ---------------------------------------------------------------------------
// Encoding helpers
// ---------------------------------------------------------------------------

const EM_DASH_PREFIX = "\u2014 ";
const SIG_TYPE_ED25519 = 0x01;
const ED25519_KEY_SIZE = 32;

const PKCS8_ED25519_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex");

function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
}

/** Strict RFC 4648 §4 base64 (padded, canonical); undefined if invalid. */
function fromBase64Strict(text: string): Uint8Array | undefined {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return undefined;
  const bytes = Buffer.from(text, "base64");
  return bytes.toString("base64") === text ? bytes : undefined;
}

function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("hex");
}

/** Signed notes must be well-formed Unicode with no control characters but "\n". */
function isValidNoteText(text: string): boolean {
  // With the u flag a surrogate code unit only matches when it is unpaired.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a note's text may not hold control characters but newline (C2SP signed-note)
  return !/[\uD800-\uDFFF]/u.test(text) && !/[\u0000-\u0009\u000b-\u001f]/.test(text);
}

/** Key names: non-empty, no Unicode spaces, no "+", no control characters. */
function isValidKeyName(name: string): boolean {
  return name !== "" && isValidNoteText(name) && !/[\s\u0085+]/u.test(name);
}

function assertKeyName(name: string): void {
  if (typeof name !== "string" || !isValidKeyName(name)) {
    throw new MalformedCheckpointError("invalid_key", `invalid key name ${JSON.stringify(name)}`);
  }
}

function assertPublicKey(publicKey: Uint8Array): void {
  if (!(publicKey instanceof Uint8Array) || publicKey.length !== ED25519_KEY_SIZE) {
    throw new MalformedCheckpointError("invalid_key", `Ed25519 public key must be ${ED25519_KEY_SIZE} bytes`);
  }
}

// ---------------------------------------------------------------------------
// Keys
// ---------------------------------------------------------------------------

/** A private key as accepted by the signing functions: a node KeyObject, PKCS#8 PEM, or the raw 32-byte seed. */
export type PrivateKeyInput = KeyObject | string | Uint8Array;

export interface SigningKey {
  /** Raw 32-byte Ed25519 private key (RFC 8032 seed). */
  seed: Uint8Array;
  /** The same private key as PKCS#8 PEM. */
  privateKeyPem: string;
  /** Raw 32-byte Ed25519 public key. */
  publicKey: Uint8Array;
}

/** Ed25519 private KeyObject from a raw 32-byte seed. */
function ed25519PrivateKeyFromSeed(seed: Uint8Array): KeyObject {
  if (!(seed instanceof Uint8Array) || seed.length !== ED25519_KEY_SIZE) {
    throw new MalformedCheckpointError("invalid_key", `Ed25519 seed must be ${ED25519_KEY_SIZE} bytes`);
  }
  return createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: "der", type: "pkcs8" });
}

function toPrivateKeyObject(key: PrivateKeyInput): KeyObject {
  let obj: KeyObject;
  if (key instanceof KeyObject) {
    obj = key;
  } else if (typeof key === "string") {
    try {
      obj = createPrivateKey(key);
    } catch (err) {
      throw new MalformedCheckpointError("invalid_key", `unreadable private key: ${(err as Error).message}`);
    }
  } else {
    obj = ed25519PrivateKeyFromSeed(key);
  }
  if (obj.type !== "private" || obj.asymmetricKeyType !== "ed25519") {
    throw new MalformedCheckpointError("invalid_key", "signing key must be an Ed25519 private key");
  }
  return obj;
}

function signingKeyFromObject(privateKey: KeyObject): SigningKey {
  const pkcs8 = privateKey.export({ format: "der", type: "pkcs8" });
  const spki = createPublicKey(privateKey).export({ format: "der", type: "spki" });
  return {
    seed: Uint8Array.from(pkcs8.subarray(pkcs8.length - ED25519_KEY_SIZE)),
    privateKeyPem: privateKey.export({ format: "pem", type: "pkcs8" }).toString(),
    publicKey: Uint8Array.from(spki.subarray(spki.length - ED25519_KEY_SIZE)),
  };
}

/** A fresh random Ed25519 signing key (the only non-deterministic function here). */
export function generateSigningKey(): SigningKey {
  return signingKeyFromObject(generateKeyPairSync("ed25519").privateKey);
}

/** The full signing key for an existing private key (seed, PEM or KeyObject). */
export function signingKeyFrom(privateKey: PrivateKeyInput): SigningKey {
  return signingKeyFromObject(toPrivateKeyObject(privateKey));
}

/** Signed-note Ed25519 key ID: SHA-256(name ‖ "\n" ‖ 0x01 ‖ publicKey)[:4]. */
export function keyId(name: string, publicKey: Uint8Array): Uint8Array {
  assertKeyName(name);
  assertPublicKey(publicKey);
  const digest = createHash("sha256")
    .update(Buffer.from(`${name}\n`, "utf8"))
    .update(Uint8Array.of(SIG_TYPE_ED25519))
    .update(publicKey)
    .digest();
  return Uint8Array.from(digest.subarray(0, 4));
}

/** Verifier key string `<name>+<hex key ID>+<base64(0x01 ‖ publicKey)>`. */
export function verifierKey(name: string, publicKey: Uint8Array): string {
  const id = keyId(name, publicKey);
  return `${name}+${toHex(id)}+${toBase64(Buffer.concat([Uint8Array.of(SIG_TYPE_ED25519), publicKey]))}`;
}

function parseKeyString(kind: string, text: string): { name: string; id: Uint8Array; material: Uint8Array } {
  const bad = (why: string): never => {
    throw new MalformedCheckpointError("invalid_key", `malformed ${kind} key: ${why}`);
  };
  if (typeof text !== "string") return bad("not a string");
  const first = text.indexOf("+");
  const second = first < 0 ? -1 : text.indexOf("+", first + 1);
  if (second < 0) return bad("expected <name>+<key id>+<key>");
  const name = text.slice(0, first);
  const idHex = text.slice(first + 1, second);
  const keyB64 = text.slice(second + 1);
  if (!isValidKeyName(name)) bad("invalid name");
  if (!/^[0-9a-f]{8}$/.test(idHex)) bad("key id must be 8 lowercase hex digits");
  const material = fromBase64Strict(keyB64);
  if (material === undefined) return bad("key is not valid base64");
  if (material.length !== 1 + ED25519_KEY_SIZE || material[0] !== SIG_TYPE_ED25519) {
    bad("only Ed25519 (type 0x01, 32-byte) keys are supported");
  }
  return { name, id: Uint8Array.from(Buffer.from(idHex, "hex")), material: material.subarray(1) };
}

/** Signer key string `PRIVATE+KEY+<name>+<hex key ID>+<base64(0x01 ‖ seed)>` (golang.org/x/mod/sumdb/note). */
export function signerKey(name: string, privateKey: PrivateKeyInput): string {
  const { seed, publicKey } = signingKeyFrom(privateKey);
  const id = keyId(name, publicKey);
  return `PRIVATE+KEY+${name}+${toHex(id)}+${toBase64(Buffer.concat([Uint8Array.of(SIG_TYPE_ED25519), seed]))}`;
}

/** Parses a signer key string back into its name and signing key (key ID must match). */
export function parseSignerKey(skey: string): { name: string; keyId: Uint8Array } & SigningKey {
  const prefix = "PRIVATE+KEY+";
  if (typeof skey !== "string" || !skey.startsWith(prefix)) {
    throw new MalformedCheckpointError("invalid_key", "malformed signer key: missing PRIVATE+KEY+ prefix");
  }
  const { name, id, material } = parseKeyString("signer", skey.slice(prefix.length));
  const key = signingKeyFrom(Uint8Array.from(material));
  if (toHex(keyId(name, key.publicKey)) !== toHex(id)) {
    throw new MalformedCheckpointError("invalid_key", "malformed signer key: key id does not match name and key");
  }
  return { name, keyId: id, ...key };
}

// ---------------------------------------------------------------------------
// Signed notes
// ---------------------------------------------------------------------------

/**
 * Signs `text` (must end in "\n") as a C2SP signed note with one Ed25519
 * signature: `text ‖ "\n" ‖ "— <keyName> <base64(keyID ‖ sig)>\n"`.
 */
export function signNote(text: string, keyName: string, privateKey: PrivateKeyInput): string {
  if (typeof text !== "string" || !text.endsWith("\n") || !isValidNoteText(text)) {
    throw new MalformedCheckpointError(
      "malformed_note",
      "note text must be well-formed, end in a newline and contain no control characters",
    );
  }
  assertKeyName(keyName);
  const keyObject = toPrivateKeyObject(privateKey);
  const { publicKey } = signingKeyFromObject(keyObject);
  const sig = sign(null, Buffer.from(text, "utf8"), keyObject);
  const blob = Buffer.concat([keyId(keyName, publicKey), sig]);
  return `${text}\n${EM_DASH_PREFIX}${keyName} ${toBase64(blob)}\n`;
}

// ---------------------------------------------------------------------------
// Checkpoints
// ---------------------------------------------------------------------------

/** An RFC 6962 tree head bound to a log identity. */
export interface Checkpoint {
  /** Log identity, e.g. `agentdraft.example/ws_123` (non-empty, one line). */
  origin: string;
  /** Number of leaves. */
  size: number;
  /** RFC 6962 root hash (32 bytes). */
  rootHash: Uint8Array;
}

function assertCheckpoint(cp: Checkpoint): void {
  const bad = (why: string): never => {
    throw new MalformedCheckpointError("malformed_checkpoint", `invalid checkpoint: ${why}`);
  };
  if (typeof cp.origin !== "string" || cp.origin === "" || cp.origin.includes("\n") || !isValidNoteText(cp.origin)) {
    bad("origin must be a non-empty single line without control characters");
  }
  if (!Number.isSafeInteger(cp.size) || cp.size < 0) bad("size must be a non-negative safe integer");
  if (!(cp.rootHash instanceof Uint8Array) || cp.rootHash.length !== HASH_SIZE) bad(`root hash must be ${HASH_SIZE} bytes`);
}

/** The checkpoint note text: `<origin>\n<size>\n<base64 root>\n`. */
export function checkpointBody(cp: Checkpoint): string {
  assertCheckpoint(cp);
  return `${cp.origin}\n${cp.size}\n${toBase64(cp.rootHash)}\n`;
}

/** Signs a checkpoint, returning the complete signed note text. */
export function signCheckpoint(cp: Checkpoint, keyName: string, privateKey: PrivateKeyInput): string {
  return signNote(checkpointBody(cp), keyName, privateKey);
}
