// The server's secrets live outside its database (docs/security.md §6): whoever can read the
// database must not be able to re-sign rewritten audit history or forge key hashes.
//
// Three keys, each 32 random bytes: the pepper of API-key/token hashes, the Ed25519 seed that signs
// audit checkpoints, and the key that seals owner-given secrets at rest (webhook secrets, calendar
// credentials). They come from `AGENTDRAFT_KEYS` (the file's JSON, for secret managers) or a key
// file (`--key-file`, default `<data>/keys.json`, mode 0600), created on first start. A store
// written before keys moved out keeps them in its `meta` table: they are moved into the file and
// deleted from the database. The database keeps only a fingerprint, so a replica started with
// another key file refuses to start instead of signing with a second key.
import { createHash, randomBytes } from "node:crypto";
import { chmodSync, linkSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { generateSigningKey } from "../audit/index.ts";
import type { Db } from "../store/db.ts";
import { deleteMeta, metaValue, readMeta } from "../store/meta.ts";

export interface ServerKeys {
  /** HMAC key of stored API-key, session and link hashes. */
  pepper: Buffer;
  /** Ed25519 seed of the audit checkpoint signature. */
  signingSeed: Buffer;
  /** AES-256-GCM key of secrets kept at rest. */
  sealingKey: Buffer;
}

export interface KeySource {
  /** Path of the key file (created when absent and no `inline` is given). */
  keyFile: string;
  /** The key file's JSON, given directly (AGENTDRAFT_KEYS). */
  inline?: string;
}

/** Meta rows of stores written before the keys moved out (migrated, then deleted). */
const LEGACY = { pepper: "hmac_secret", signingSeed: "signing_key_seed" } as const;
const FINGERPRINT = "keys_fingerprint";

type KeyJson = { pepper: string; signing_seed: string; sealing_key: string };

function parse(text: string, where: string): ServerKeys {
  let json: Partial<KeyJson>;
  try {
    json = JSON.parse(text) as Partial<KeyJson>;
  } catch {
    throw new Error(`${where} is not JSON`); // never echo it: it holds secrets
  }
  const key = (name: keyof KeyJson): Buffer => {
    const hex = json[name];
    if (typeof hex !== "string" || !/^[0-9a-f]{64}$/.test(hex)) throw new Error(`${where}: ${name} must be 32 bytes of hex`);
    return Buffer.from(hex, "hex");
  };
  return { pepper: key("pepper"), signingSeed: key("signing_seed"), sealingKey: key("sealing_key") };
}

function serialise(keys: ServerKeys): string {
  const json: KeyJson = {
    pepper: keys.pepper.toString("hex"),
    signing_seed: keys.signingSeed.toString("hex"),
    sealing_key: keys.sealingKey.toString("hex"),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

function fingerprint(keys: ServerKeys): string {
  return createHash("sha256")
    .update("agentdraft keys v1")
    .update(keys.pepper)
    .update(keys.signingSeed)
    .update(keys.sealingKey)
    .digest("hex");
}

function readKeyFile(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/** Creates the key file, 0600, atomically: replicas starting together agree on the first one written. */
function createKeyFile(path: string, keys: ServerKeys): string {
  const temp = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  writeFileSync(temp, serialise(keys), { mode: 0o600, flag: "wx" });
  try {
    linkSync(temp, path); // fails if another process made it first
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    unlinkSync(temp);
  }
  chmodSync(path, 0o600);
  return readFileSync(path, "utf8");
}

/** The server's keys, from the configured source, checked against (and migrated out of) the store. */
export async function loadServerKeys(source: KeySource, db: Db): Promise<ServerKeys> {
  const where = source.inline !== undefined ? "AGENTDRAFT_KEYS" : source.keyFile;
  const legacyPepper = await readMeta(db, LEGACY.pepper);
  const legacySeed = await readMeta(db, LEGACY.signingSeed);
  let keys: ServerKeys;
  if (source.inline !== undefined) keys = parse(source.inline, where);
  else {
    const existing = readKeyFile(source.keyFile);
    if (existing !== undefined) keys = parse(existing, where);
    else {
      if ((await readMeta(db, FINGERPRINT)) !== undefined && legacyPepper === undefined) {
        throw new Error(
          `no key file at ${source.keyFile}, but this store's keys exist elsewhere: copy that key file here or set AGENTDRAFT_KEYS`,
        );
      }
      const created: ServerKeys = {
        pepper: legacyPepper ? Buffer.from(legacyPepper, "hex") : randomBytes(32),
        signingSeed: legacySeed ? Buffer.from(legacySeed, "hex") : Buffer.from(generateSigningKey().seed),
        sealingKey: randomBytes(32),
      };
      keys = parse(createKeyFile(source.keyFile, created), source.keyFile);
    }
  }
  // Keys still in the database (a store from before) must be the ones given, or they would be lost.
  const legacyDiffers =
    (legacyPepper !== undefined && !keys.pepper.equals(Buffer.from(legacyPepper, "hex"))) ||
    (legacySeed !== undefined && !keys.signingSeed.equals(Buffer.from(legacySeed, "hex")));
  if (legacyDiffers) throw new Error(`the keys from ${where} are not the ones this store was written with`);
  const stored = await metaValue(db, FINGERPRINT, () => fingerprint(keys));
  if (stored !== fingerprint(keys)) throw new Error(`the keys from ${where} do not belong to this store`);
  await deleteMeta(db, [LEGACY.pepper, LEGACY.signingSeed]);
  return keys;
}
