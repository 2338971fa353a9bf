// The webhook receiver a scenario with `receiver: true` gets (docs/protocol.md §10): an HTTP server
// on 127.0.0.1 that records every delivery and answers 204 — or 503 to the first attempt of each
// `webhook-id` on a path containing `/fail-first`, so that scenarios can certify retries. Signatures
// are checked with the Standard Webhooks library itself (`standardwebhooks`), not with our code.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook, WebhookVerificationError } from "standardwebhooks";

export interface Delivery {
  path: string;
  /** Lower-case header names. */
  headers: Record<string, string>;
  body: string;
  /** What the receiver answered. */
  status: number;
  at: number;
}

export class Receiver {
  readonly deliveries: Delivery[] = [];
  private readonly failed = new Set<string>();
  private readonly server: Server;

  private constructor(server: Server) {
    this.server = server;
  }

  static async start(): Promise<Receiver> {
    let receiver: Receiver | undefined;
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => receiver!.receive(req.url ?? "/", req.headers, Buffer.concat(chunks).toString("utf8"), res));
    });
    receiver = new Receiver(server);
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => resolve());
    });
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  private receive(
    path: string,
    raw: Record<string, string | string[] | undefined>,
    body: string,
    res: { writeHead(status: number): { end(): void } },
  ): void {
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(raw)) if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(", ") : v;
    const id = headers["webhook-id"] ?? "";
    let status = 204;
    if (path.includes("/fail-first") && !this.failed.has(id)) {
      this.failed.add(id);
      status = 503;
    }
    this.deliveries.push({ path, headers, body, status, at: Date.now() });
    res.writeHead(status).end();
  }

  /** Delivery number `index` at `path`, waiting up to `timeoutMs`. */
  async wait(path: string, index: number, timeoutMs: number): Promise<Delivery | undefined> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const at = this.deliveries.filter((d) => d.path === path);
      if (at.length > index) return at[index];
      if (Date.now() > deadline) return undefined;
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  async close(): Promise<void> {
    await new Promise((r) => this.server.close(r));
  }
}

/** Why a delivery does not verify with `secret` as a Standard Webhooks message, or undefined when it does. */
export function signatureProblem(d: Delivery, secret: string): string | undefined {
  try {
    new Webhook(secret).verify(d.body, d.headers, { jsonParse: false });
    return undefined;
  } catch (error) {
    if (error instanceof WebhookVerificationError) return error.message;
    return `the secret is not a Standard Webhooks secret: ${(error as Error).message}`;
  }
}
