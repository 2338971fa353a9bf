// Test support: the Python webhook receiver (receiver.py, verifying with the PyPI `standardwebhooks`
// library) as a child process on a given or free loopback port.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { freePort } from "../../../src/testing.ts";

export { freePort };
import { pythonVenv } from "../python-venv.ts";

const HERE = path.dirname(fileURLToPath(import.meta.url));

export interface Received {
  path: string;
  headers: Record<string, string>;
  body: string;
  /** Indices of the secrets that verified the delivery. */
  verified: number[];
  errors: string[];
  status: number;
}

/** Makes the receiver's virtualenv (pinned `standardwebhooks`) unless it exists. */
export function setupReceiverVenv(): void {
  pythonVenv(HERE, { standardwebhooks: "1.1.0" });
}

export class PyReceiver {
  readonly port: number;
  readonly received: Received[] = [];
  private readonly child: ChildProcess;

  private constructor(port: number, child: ChildProcess) {
    this.port = port;
    this.child = child;
  }

  static async start(port = 0, secrets: string[] = []): Promise<PyReceiver> {
    const child = spawn(
      path.join(HERE, ".venv", "bin", "python"),
      [path.join(HERE, "receiver.py"), String(port), JSON.stringify(secrets)],
      {
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let err = "";
    child.stderr!.on("data", (c: Buffer) => (err += c.toString()));
    let buffer = "";
    let receiver: PyReceiver | undefined;
    const started = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`receiver did not start: ${err}`)), 20_000);
      child.on("exit", (code) => reject(new Error(`receiver exited with ${code}: ${err}`)));
      child.stdout!.on("data", (c: Buffer) => {
        buffer += c.toString();
        for (let nl = buffer.indexOf("\n"); nl >= 0; nl = buffer.indexOf("\n")) {
          const line = buffer.slice(0, nl);
          buffer = buffer.slice(nl + 1);
          const m = /^listening (\d+)$/.exec(line);
          if (m) {
            clearTimeout(timer);
            resolve(Number(m[1]));
          } else if (line.trim()) receiver?.received.push(JSON.parse(line) as Received);
        }
      });
    });
    receiver = new PyReceiver(started, child);
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async setSecrets(secrets: string[]): Promise<void> {
    const res = await fetch(`${this.url}/_secrets`, { method: "PUT", body: JSON.stringify(secrets) });
    if (res.status !== 204) throw new Error(`set secrets: ${res.status}`);
  }

  /** Waits until `predicate` holds of what arrived (bounded). */
  async waitFor(predicate: (received: Received[]) => boolean, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.received)) {
      if (Date.now() > deadline) throw new Error(`receiver: condition not met in ${timeoutMs} ms; got ${this.received.length} deliveries`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      this.child.once("exit", () => resolve());
      this.child.kill("SIGKILL");
    });
  }
}
