// Secrets at rest (docs/security.md §6): the hash pepper and the audit signing seed live in a key
// file (0600) beside an owner-only data directory, never in the database; a store written before
// moves them out on start; a key file of another store is refused.
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agentFor, Owner, startServer, storeKind, storeQuery, type ServerProcess, type TestAgent } from "../support/server-process.ts";

const mode = (p: string) => statSync(p).mode & 0o777;

describe("server keys", () => {
  let server: ServerProcess;
  let agent: TestAgent;
  let keyFile: string;
  let verifierKey: string;

  beforeAll(async () => {
    server = await startServer();
    agent = await (await Owner.signIn(server.url)).createAgent("keys", 1);
    keyFile = path.join(server.dataDir, "keys.json");
    verifierKey = (await agent.call("GET", "/v1/audit/checkpoint")).body.verifier_key;
    await server.stop();
  });
  afterAll(async () => {
    await server?.stop();
  });

  const restart = async (env: NodeJS.ProcessEnv = {}) => {
    server = await startServer({ dataDir: server.dataDir, env });
    agent = agentFor(server.url, agent.agent_id, agent.key, agent.priority, agent.name);
  };

  it("keeps them in an owner-only key file, not in the database", async () => {
    expect(mode(server.dataDir)).toBe(0o700);
    expect(mode(keyFile)).toBe(0o600);
    if (storeKind === "sqlite") {
      const db = path.join(server.dataDir, "agentdraft.db");
      expect(mode(db)).toBe(0o600);
      for (const pepper of Object.values(JSON.parse(readFileSync(keyFile, "utf8")) as Record<string, string>)) {
        expect(readFileSync(db).includes(Buffer.from(pepper, "hex"))).toBe(false);
        expect(readFileSync(db).includes(Buffer.from(pepper))).toBe(false);
      }
    }
    const meta = await storeQuery<{ key: string }>(server.dataDir, `SELECT key FROM meta ORDER BY key`);
    expect(meta.map((r) => r.key)).not.toContain("hmac_secret");
    expect(meta.map((r) => r.key)).not.toContain("signing_key_seed");
    expect(meta.map((r) => r.key)).toContain("keys_fingerprint");
  });

  it("signs and hashes with the same keys after a restart, from the file or from AGENTDRAFT_KEYS", async () => {
    await restart();
    expect((await agent.call("GET", "/v1/agents/me")).status).toBe(200);
    expect((await agent.call("GET", "/v1/audit/checkpoint")).body.verifier_key).toBe(verifierKey);
    await server.stop();
    const json = readFileSync(keyFile, "utf8");
    rmSync(keyFile);
    try {
      await restart({ AGENTDRAFT_KEYS: json });
      expect((await agent.call("GET", "/v1/agents/me")).status).toBe(200);
      expect(existsSync(keyFile)).toBe(false); // an inline key source writes no file
    } finally {
      await server.stop();
      writeFileSync(keyFile, json, { mode: 0o600 });
    }
  });

  it("refuses a key file of another store, and a missing one once the store has keys", async () => {
    const json = readFileSync(keyFile, "utf8");
    const other = JSON.stringify({ pepper: "11".repeat(32), signing_seed: "22".repeat(32), sealing_key: "33".repeat(32) });
    await expect(startServer({ dataDir: server.dataDir, env: { AGENTDRAFT_KEYS: other } })).rejects.toThrow(/do not belong to this store/);
    rmSync(keyFile);
    await expect(startServer({ dataDir: server.dataDir })).rejects.toThrow(
      /no key file at .*keys\.json, but this store's keys exist elsewhere/,
    );
    writeFileSync(keyFile, json, { mode: 0o600 });
  });

  it("moves the keys of a store written before out of its database, keeping every key and signature valid", async () => {
    const { pepper, signing_seed } = JSON.parse(readFileSync(keyFile, "utf8")) as { pepper: string; signing_seed: string };
    const keys = { pepper, signing_seed };
    // The store as an earlier release left it: keys in `meta`, no key file, no fingerprint.
    await storeQuery(server.dataDir, `INSERT INTO meta (key, value) VALUES ('hmac_secret', ?), ('signing_key_seed', ?)`, [
      keys.pepper,
      keys.signing_seed,
    ]);
    await storeQuery(server.dataDir, `DELETE FROM meta WHERE key = 'keys_fingerprint'`);
    rmSync(keyFile);
    await restart();
    expect((await agent.call("GET", "/v1/agents/me")).status).toBe(200);
    expect((await agent.call("GET", "/v1/audit/checkpoint")).body.verifier_key).toBe(verifierKey);
    expect(JSON.parse(readFileSync(keyFile, "utf8"))).toMatchObject(keys); // and a new sealing key
    await server.stop();
    const meta = await storeQuery<{ key: string }>(server.dataDir, `SELECT key FROM meta WHERE key IN ('hmac_secret', 'signing_key_seed')`);
    expect(meta).toEqual([]);
  });
});
