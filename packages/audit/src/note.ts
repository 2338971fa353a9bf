/**
 * C2SP signed notes (https://c2sp.org/signed-note) and checkpoints
 * (https://c2sp.org/tlog-checkpoint), verified with Ed25519 over WebCrypto.
 *
 * - note: `<text ending in "\n">` + `"\n"` + one or more `— <name> <base64(key id ‖ sig)>\n` lines
 * - key id: SHA-256(name ‖ "\n" ‖ 0x01 ‖ public key)[:4]
 * - verifier key: `<name>+<8 hex key id>+<base64(0x01 ‖ 32-byte public key)>`
 * - checkpoint text: `<origin>\n<tree size>\n<base64 root>\n` (+ optional extension lines)
 */
import { bytesEqual, fromBase64, fromHex, toHex, utf8, type Bytes } from "./encoding.ts";
import { AuditVerificationError } from "./errors.ts";
import { HASH_SIZE, sha256 } from "./merkle.ts";

const SIGNATURE_PREFIX = "\u2014 "; // em dash + space
const ED25519 = 0x01;
const ED25519_KEY_SIZE = 32;
const ED25519_SIG_SIZE = 64;
const MAX_SIGNATURES = 100;

export interface VerifierKey {
  name: string;
  keyId: Bytes;
  publicKey: Bytes;
}

export interface NoteSignature {
  name: string;
  keyId: Bytes;
  signature: Bytes;
}

export interface ParsedCheckpoint {
  origin: string;
  treeSize: number;
  rootHash: Bytes;
  extensions: string[];
}

function fail(reason: ConstructorParameters<typeof AuditVerificationError>[0], message: string): never {
  throw new AuditVerificationError(reason, message);
}

/** Well-formed Unicode without control characters other than "\n". */
function isValidNoteText(text: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a note's text may not hold control characters but newline (C2SP signed-note)
  return !/[\uD800-\uDFFF]/u.test(text) && !/[\u0000-\u0009\u000b-\u001f]/.test(text);
}

function isValidKeyName(name: string): boolean {
  return name !== "" && isValidNoteText(name) && !/[\s\u0085+]/u.test(name);
}

/** The 4-byte key id of an Ed25519 key: SHA-256(name ‖ "\n" ‖ 0x01 ‖ key)[:4]. */
async function keyId(name: string, publicKey: Uint8Array): Promise<Bytes> {
  return (await sha256(utf8(`${name}\n`), Uint8Array.of(ED25519), publicKey)).slice(0, 4);
}

/** Parses `<name>+<hex key id>+<base64(0x01 ‖ key)>` and checks the key id. */
async function parseVerifierKey(vkey: string): Promise<VerifierKey> {
  if (typeof vkey !== "string") fail("invalid_key", "verifier key must be a string");
  // The name and the hex id contain no "+"; the base64 key may.
  const first = vkey.indexOf("+");
  const second = first < 0 ? -1 : vkey.indexOf("+", first + 1);
  if (second < 0) fail("invalid_key", "verifier key must be <name>+<key id>+<key>");
  const name = vkey.slice(0, first);
  const idHex = vkey.slice(first + 1, second);
  const keyB64 = vkey.slice(second + 1);
  if (!isValidKeyName(name)) fail("invalid_key", "verifier key has an invalid name");
  if (!/^[0-9a-f]{8}$/.test(idHex)) fail("invalid_key", "verifier key id must be 8 lowercase hex digits");
  const material = fromBase64(keyB64);
  if (!material || material.length !== 1 + ED25519_KEY_SIZE || material[0] !== ED25519) {
    fail("invalid_key", "verifier key must be an Ed25519 key (base64 of 0x01 ‖ 32 bytes)");
  }
  const publicKey = material.slice(1);
  const id = fromHex(idHex)!;
  if (!bytesEqual(await keyId(name, publicKey), id)) {
    fail("invalid_key", "verifier key id does not match its name and key");
  }
  return { name, keyId: id, publicKey };
}

/** Splits a signed note into its text (with final newline) and signature lines. */
export function parseNote(note: string): { text: string; signatures: NoteSignature[] } {
  if (typeof note !== "string") fail("malformed_note", "note must be a string");
  if (!isValidNoteText(note)) fail("malformed_note", "note contains control characters or invalid Unicode");
  const split = note.lastIndexOf("\n\n");
  if (split < 0) fail("malformed_note", "note has no blank line before its signatures");
  const text = note.slice(0, split + 1);
  const block = note.slice(split + 2);
  if (block === "" || !block.endsWith("\n")) fail("malformed_note", "signature block must be non-empty and end in a newline");
  const lines = block.slice(0, -1).split("\n");
  if (lines.length > MAX_SIGNATURES) fail("malformed_note", `more than ${MAX_SIGNATURES} signatures`);
  const signatures = lines.map((line): NoteSignature => {
    if (!line.startsWith(SIGNATURE_PREFIX)) fail("malformed_note", "signature line must start with an em dash and a space");
    const rest = line.slice(SIGNATURE_PREFIX.length);
    const space = rest.indexOf(" ");
    if (space < 0) fail("malformed_note", "signature line must be '— <name> <signature>'");
    const name = rest.slice(0, space);
    const blob = fromBase64(rest.slice(space + 1));
    if (!isValidKeyName(name)) fail("malformed_note", "invalid key name in signature line");
    if (!blob || blob.length < 5) fail("malformed_note", "signature is not base64 of at least 5 bytes");
    return { name, keyId: blob.slice(0, 4), signature: blob.slice(4) };
  });
  return { text, signatures };
}

async function ed25519Verify(publicKey: Bytes, signature: Bytes, data: Bytes): Promise<boolean> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new Error("WebCrypto (crypto.subtle) is unavailable");
  const key = await subtle.importKey("raw", publicKey, { name: "Ed25519" }, false, ["verify"]);
  return subtle.verify({ name: "Ed25519" }, key, signature, data);
}

/**
 * Verifies a signed note against one verifier key and returns its text. Signatures by other keys
 * are ignored; at least one signature must be by this key, and every one by it must verify.
 */
export async function verifyNote(note: string, vkey: string): Promise<string> {
  const verifier = await parseVerifierKey(vkey);
  const { text, signatures } = parseNote(note);
  const ours = signatures.filter((s) => s.name === verifier.name && bytesEqual(s.keyId, verifier.keyId));
  const label = `${verifier.name}+${toHex(verifier.keyId)}`;
  if (ours.length === 0) fail("unknown_key", `note has no signature by ${label}`);
  const data = utf8(text);
  for (const s of ours) {
    const ok = s.signature.length === ED25519_SIG_SIZE && (await ed25519Verify(verifier.publicKey, s.signature, data));
    if (!ok) fail("bad_signature", `invalid signature by ${label}`);
  }
  return text;
}

/** Parses checkpoint note text: origin, decimal size, base64 root, optional extension lines. */
export function parseCheckpointText(text: string): ParsedCheckpoint {
  const lines = text.slice(0, -1).split("\n");
  if (!text.endsWith("\n") || lines.length < 3) fail("malformed_checkpoint", "expected origin, size and root hash lines");
  const [origin = "", sizeText = "", rootText = "", ...extensions] = lines;
  if (origin === "") fail("malformed_checkpoint", "empty origin");
  if (!/^(0|[1-9][0-9]*)$/.test(sizeText)) fail("malformed_checkpoint", "size must be a decimal integer without leading zeros");
  const treeSize = Number(sizeText);
  if (!Number.isSafeInteger(treeSize)) fail("malformed_checkpoint", "size too large");
  const rootHash = fromBase64(rootText);
  if (!rootHash || rootHash.length !== HASH_SIZE) fail("malformed_checkpoint", `root hash must be base64 of ${HASH_SIZE} bytes`);
  if (extensions.some((l) => l === "")) fail("malformed_checkpoint", "empty extension line");
  return { origin, treeSize, rootHash, extensions };
}
