// Owner-given secrets sealed at rest (docs/security.md §6): AES-256-GCM under the key file's
// `sealingKey` (32 bytes). Format, versioned: "v1." + base64url(iv 12 B ‖ ciphertext ‖ tag 16 B).
// An optional context (e.g. "calendar:<id>:source:<id>:password") is bound as additional data,
// so a sealed value copied onto another record does not open there.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class SealError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SealError";
  }
}

function checkKey(key: Buffer): void {
  if (!Buffer.isBuffer(key) || key.length !== 32) throw new SealError("the sealing key must be 32 bytes");
}

/** Seals `plaintext` (UTF-8). Each call uses a fresh random IV, so equal secrets seal differently. */
export function seal(key: Buffer, plaintext: string, context = ""): string {
  checkKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(`agentdraft-sealed-${VERSION}\u0000${context}`));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, body, cipher.getAuthTag()]).toString("base64url")}`;
}

/** Opens a sealed value; throws SealError when it is not one, or was sealed under another key or context. */
export function open(key: Buffer, sealed: string, context = ""): string {
  checkKey(key);
  const dot = typeof sealed === "string" ? sealed.indexOf(".") : -1;
  if (dot < 0) throw new SealError("not a sealed value");
  const version = sealed.slice(0, dot);
  if (version !== VERSION) throw new SealError(`unknown sealed format ${version.slice(0, 10)}`);
  const raw = Buffer.from(sealed.slice(dot + 1), "base64url");
  if (raw.length < IV_BYTES + TAG_BYTES) throw new SealError("sealed value too short");
  const iv = raw.subarray(0, IV_BYTES);
  const tag = raw.subarray(raw.length - TAG_BYTES);
  const decipher = createDecipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(`agentdraft-sealed-${VERSION}\u0000${context}`));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES, raw.length - TAG_BYTES)), decipher.final()]).toString("utf8");
  } catch {
    throw new SealError("the sealed value does not open with this key and context");
  }
}
