// A real network fault injector between the measured replicas and PostgreSQL: Shopify's toxiproxy,
// built from its Go module (the bench installs nothing else). The binary is looked for in
// $AGENTDRAFT_TOXIPROXY, then in the bench cache ($XDG_CACHE_HOME or ~/.cache, agentdraft-bench/);
// if absent and `go` is on the PATH it is built there once:
//   GOFLAGS=-mod=mod GOBIN=<cache> go install github.com/Shopify/toxiproxy/v2/cmd/server@v2.5.0
// (the module's command is named `server`; it is renamed toxiproxy-server).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, renameSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const TOXIPROXY_MODULE = "github.com/Shopify/toxiproxy/v2/cmd/server@v2.5.0";

function cacheDir(): string {
  return path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), ".cache"), "agentdraft-bench");
}

/** The toxiproxy-server binary, built from its Go module if needed; or why there is none. */
export function toxiproxyBinary(): string | { skipped: string } {
  const given = process.env.AGENTDRAFT_TOXIPROXY;
  if (given) return existsSync(given) ? given : { skipped: `AGENTDRAFT_TOXIPROXY=${given} does not exist` };
  const binary = path.join(cacheDir(), "toxiproxy-server");
  if (existsSync(binary)) return binary;
  if (spawnSync("go", ["version"], { stdio: "ignore" }).status !== 0)
    return { skipped: "no toxiproxy-server and no Go toolchain to build it" };
  mkdirSync(cacheDir(), { recursive: true });
  const gobin = mkdtempSync(path.join(cacheDir(), "gobin-"));
  console.error(`building toxiproxy-server (${TOXIPROXY_MODULE}) into ${cacheDir()} …`);
  const built = spawnSync("go", ["install", TOXIPROXY_MODULE], {
    env: { ...process.env, GOBIN: gobin, GOFLAGS: "-mod=mod" },
    stdio: ["ignore", "inherit", "inherit"],
    timeout: 600_000,
  });
  if (built.status !== 0 || !existsSync(path.join(gobin, "server"))) return { skipped: `go install ${TOXIPROXY_MODULE} failed` };
  renameSync(path.join(gobin, "server"), binary);
  return binary;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

export interface Toxiproxy {
  /** A proxy listening on 127.0.0.1 in front of `upstream` (host:port); returns its host:port. */
  proxy(name: string, upstream: string): Promise<string>;
  /** Sets the latency each direction of the proxy adds (ms); 0 removes it. */
  setLatency(name: string, msPerDirection: number): Promise<void>;
  stop(): void;
}

export async function startToxiproxy(binary: string): Promise<Toxiproxy> {
  const port = await freePort();
  const child: ChildProcess = spawn(binary, ["-host", "127.0.0.1", "-port", String(port)], { stdio: ["ignore", "ignore", "pipe"] });
  let err = "";
  child.stderr!.on("data", (c: Buffer) => {
    err = (err + c.toString()).slice(-20_000);
  });
  const api = `http://127.0.0.1:${port}`;
  const request = async (method: string, p: string, body?: unknown) => {
    const res = await fetch(`${api}${p}`, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok && !(method === "DELETE" && res.status === 404)) throw new Error(`toxiproxy ${method} ${p}: ${res.status} ${text}`);
    return text;
  };
  // Bounded wait for the API.
  for (let i = 0; ; i++) {
    try {
      await request("GET", "/version");
      break;
    } catch (error) {
      if (i >= 100 || child.exitCode !== null) throw new Error(`toxiproxy did not start: ${String(error)}\n${err}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    async proxy(name, upstream) {
      const listen = `127.0.0.1:${await freePort()}`;
      await request("POST", "/proxies", { name, listen, upstream, enabled: true });
      return listen;
    },
    async setLatency(name, ms) {
      for (const stream of ["upstream", "downstream"]) await request("DELETE", `/proxies/${name}/toxics/latency_${stream}`);
      if (ms <= 0) return;
      for (const stream of ["upstream", "downstream"]) {
        await request("POST", `/proxies/${name}/toxics`, {
          name: `latency_${stream}`,
          type: "latency",
          stream,
          toxicity: 1,
          attributes: { latency: ms, jitter: 0 },
        });
      }
    },
    stop: () => {
      child.kill("SIGKILL");
    },
  };
}
