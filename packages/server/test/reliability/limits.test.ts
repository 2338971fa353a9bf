// Resource limits of the real server (issue 9, reliability): oversized bodies and headers are
// refused (413 / 431) without the server reading them; slowloris-style clients — trickling their
// headers or body, or idling — are cut off within a bounded time (--headers-timeout,
// --request-timeout, --keep-alive-timeout); and a client opening too many connections is refused
// beyond --max-connections-per-ip while other clients keep getting answers. Loopback only; every
// loop is bounded in count and time.
import http from "node:http";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectProblem } from "../support/problems.ts";
import { call, Owner, slot, startServer, type ServerProcess, type TestAgent } from "../support/server-process.ts";

const HEADERS_TIMEOUT = 1_000;
const REQUEST_TIMEOUT = 2_000;
const KEEP_ALIVE_TIMEOUT = 1_000;
/** Slack for the server's timeout check interval (≤ 250 ms here) and a loaded 2-core machine. */
const SLACK = 1_500;
const PER_IP = 16;

let server: ServerProcess; // short timeouts
let crowded: ServerProcess; // generous timeouts, small per-address connection cap
let agent: TestAgent;

const portOf = (s: ServerProcess) => Number(new URL(s.url).port);

interface Exchange {
  /** Everything the server sent. */
  data: string;
  /** Milliseconds from connecting until the server closed the connection. */
  closedAfterMs: number;
  /** Bytes of the request the client managed to send before the server closed. */
  sent: number;
}

/**
 * Connects to `port` on 127.0.0.1, writes `head`, then one `drip` every `everyMs` (at most
 * `maxDrips`), and resolves once the server closes the connection (or rejects after `limitMs`).
 */
function trickle(port: number, head: string, drip: string, everyMs: number, maxDrips: number, limitMs: number): Promise<Exchange> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const socket = net.connect({ host: "127.0.0.1", port });
    let data = "";
    let sent = 0;
    let drips = 0;
    let timer: NodeJS.Timeout | undefined;
    const limit = setTimeout(() => {
      socket.destroy();
      reject(new Error(`the server kept a slow connection open for ${limitMs} ms (sent ${sent} bytes, got ${JSON.stringify(data)})`));
    }, limitMs);
    const write = (text: string) => {
      if (socket.writable && !socket.destroyed) {
        socket.write(text);
        sent += text.length;
      }
    };
    socket.on("connect", () => {
      write(head);
      timer = setInterval(() => {
        if (drips++ >= maxDrips) return clearInterval(timer);
        write(drip);
      }, everyMs);
    });
    socket.on("data", (c: Buffer) => (data += c.toString()));
    socket.on("error", () => {}); // a reset is one way of being cut off
    socket.on("close", () => {
      clearTimeout(limit);
      clearInterval(timer);
      resolve({ data, closedAfterMs: performance.now() - started, sent });
    });
  });
}

/** Sends one raw request and resolves with the status line's code and the whole answer, once the server answers. */
function rawRequest(port: number, text: string, limitMs = 5_000): Promise<{ status: number; data: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const socket = net.connect({ host: "127.0.0.1", port }, () => socket.write(text));
    let data = "";
    const limit = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${limitMs} ms: ${JSON.stringify(data)}`));
    }, limitMs);
    socket.on("error", () => {});
    socket.on("data", (c: Buffer) => {
      data += c.toString();
      const m = /^HTTP\/1\.1 (\d{3})/.exec(data);
      if (m && data.includes("\r\n\r\n")) {
        clearTimeout(limit);
        socket.destroy();
        resolve({ status: Number(m[1]), data, ms: performance.now() - started });
      }
    });
  });
}

beforeAll(async () => {
  [server, crowded] = await Promise.all([
    startServer({
      args: [
        "--headers-timeout",
        String(HEADERS_TIMEOUT),
        "--request-timeout",
        String(REQUEST_TIMEOUT),
        "--keep-alive-timeout",
        String(KEEP_ALIVE_TIMEOUT),
      ],
    }),
    startServer({ args: ["--max-connections-per-ip", String(PER_IP), "--rate-limit", "100000", "--rate-refill", "100000"] }),
  ]);
  agent = await (await Owner.signIn(server.url)).createAgent("limits", 1);
});

afterAll(async () => {
  await Promise.all([server?.stop(), crowded?.stop()]);
});

describe("oversized requests", () => {
  const big = { ...slot(24), metadata: { blob: "x".repeat(1024 * 1024) } };

  it("answers 413 to a body over the limit, on agent, owner and public routes, before authenticating", async () => {
    expectProblem(await agent.call("POST", "/v1/bookings", { body: big }), 413, "payload_too_large", { max_bytes: 65536 });
    expectProblem(await call(server.url, "POST", "/v1/bookings", { body: big }), 413, "payload_too_large", { max_bytes: 65536 });
    expectProblem(await call(server.url, "POST", "/v1/dashboard/agents", { body: big }), 413, "payload_too_large", { max_bytes: 65536 });
    expectProblem(await call(server.url, "POST", "/v1/auth/magic-link", { body: big }), 413, "payload_too_large", { max_bytes: 65536 });
    // Nothing was stored.
    expect((await agent.call("GET", "/v1/bookings")).body.data).toEqual([]);
  });

  it("answers 413 to a chunked body (no Content-Length) once it passes the limit", async () => {
    let chunks = 40; // 160 KiB in all
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (chunks-- === 0) return controller.close();
        controller.enqueue(new TextEncoder().encode("x".repeat(4096)));
      },
    });
    const res = await fetch(`${server.url}/v1/bookings`, {
      method: "POST",
      headers: { authorization: `Bearer ${agent.key}`, "content-type": "application/json" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(413);
    expect((await res.json()).code).toBe("payload_too_large");
  });

  it("answers 413 to a huge declared Content-Length at once, without waiting for the body", async () => {
    const r = await rawRequest(
      portOf(server),
      `POST /v1/bookings HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${agent.key}\r\nContent-Type: application/json\r\nContent-Length: 1073741824\r\n\r\n{"start":`,
    );
    expect(r.status).toBe(413);
    expect(r.ms).toBeLessThan(SLACK);
  });

  it("answers 431 to oversized headers", async () => {
    const r = await rawRequest(portOf(server), `GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Pad: ${"a".repeat(64 * 1024)}\r\n\r\n`);
    expect(r.status).toBe(431);
  });
});

describe("slow clients are cut off", () => {
  it("closes a connection that trickles its headers, within --headers-timeout", async () => {
    const r = await trickle(
      portOf(server),
      "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n",
      "X-Slow: 1\r\n",
      100,
      100,
      HEADERS_TIMEOUT + SLACK + 2_000,
    );
    expect(r.closedAfterMs).toBeLessThan(HEADERS_TIMEOUT + SLACK);
    expect(r.closedAfterMs).toBeGreaterThanOrEqual(HEADERS_TIMEOUT - 50);
    if (r.data) expect(r.data).toMatch(/^HTTP\/1\.1 408/);
  });

  it("closes a connection that opens and says nothing, within --headers-timeout", async () => {
    const r = await trickle(portOf(server), "", "", 1_000, 0, HEADERS_TIMEOUT + SLACK + 2_000);
    expect(r.closedAfterMs).toBeLessThan(HEADERS_TIMEOUT + SLACK);
  });

  it("closes a connection that trickles its body, within --request-timeout, and the request never runs", async () => {
    const body = JSON.stringify(slot(30));
    const head = `POST /v1/bookings HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${agent.key}\r\nContent-Type: application/json\r\nContent-Length: ${body.length + 1000}\r\n\r\n${body}`;
    const r = await trickle(portOf(server), head, " ", 100, 1000, REQUEST_TIMEOUT + SLACK + 2_000);
    expect(r.closedAfterMs).toBeLessThan(REQUEST_TIMEOUT + SLACK);
    expect(r.closedAfterMs).toBeGreaterThanOrEqual(REQUEST_TIMEOUT - 50);
    if (r.data) expect(r.data).toMatch(/^HTTP\/1\.1 408/);
    expect((await agent.call("GET", "/v1/bookings")).body.data).toEqual([]);
  });

  it("closes an idle keep-alive connection within --keep-alive-timeout", async () => {
    const r = await trickle(
      portOf(server),
      "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
      "",
      1_000,
      0,
      KEEP_ALIVE_TIMEOUT + SLACK + 3_000,
    );
    expect(r.data).toMatch(/^HTTP\/1\.1 200/);
    // Node keeps the socket up to 1 s past the advertised timeout (its keepAliveTimeoutBuffer).
    expect(r.closedAfterMs).toBeLessThan(KEEP_ALIVE_TIMEOUT + 1_000 + SLACK);
  });

  it("keeps answering other clients while slow ones are being cut off", async () => {
    const slow = Array.from({ length: 20 }, () =>
      trickle(portOf(server), "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n", "X-Slow: 1\r\n", 100, 100, HEADERS_TIMEOUT + SLACK + 2_000),
    );
    const started = performance.now();
    let answered = 0;
    while (performance.now() - started < HEADERS_TIMEOUT && answered < 200) {
      expect((await agent.call("GET", "/v1/agents/me")).status).toBe(200);
      answered++;
    }
    for (const r of await Promise.all(slow)) expect(r.closedAfterMs).toBeLessThan(HEADERS_TIMEOUT + SLACK);
    expect(answered).toBeGreaterThan(5);
  });
});

describe("too many connections", () => {
  /** Opens a raw connection and reports whether the server refused it (503 and close) or kept it open. */
  function open(port: number, localAddress?: string): Promise<{ socket: net.Socket; refused: boolean }> {
    return new Promise((resolve, reject) => {
      const socket = net.connect({ host: "127.0.0.1", port, ...(localAddress ? { localAddress } : {}) });
      let data = "";
      socket.on("error", reject);
      socket.on("data", (c: Buffer) => (data += c.toString()));
      socket.on("connect", () => {
        // The server refuses on accept; an accepted connection stays silent until it sends a request.
        setTimeout(() => resolve({ socket, refused: /^HTTP\/1\.1 503/.test(data) }), 300);
      });
    });
  }

  function keepAliveGet(agentPool: http.Agent, port: number, path: string, headers: Record<string, string> = {}): Promise<number> {
    return new Promise((resolve, reject) => {
      const req = http.get({ host: "127.0.0.1", port, path, agent: agentPool, headers, timeout: 5_000 }, (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode!));
      });
      req.on("error", reject);
      req.on("timeout", () => req.destroy(new Error("timeout")));
    });
  }

  it("refuses connections beyond --max-connections-per-ip with 503, while a connected client keeps getting answers", async () => {
    const port = portOf(crowded);
    const crowdedAgent = await (await Owner.signIn(crowded.url)).createAgent("crowd", 1);
    // A well-behaved client with one keep-alive connection, made before the flood.
    const pool = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const auth = { authorization: `Bearer ${crowdedAgent.key}` };
    expect(await keepAliveGet(pool, port, "/v1/agents/me", auth)).toBe(200);

    const held: net.Socket[] = [];
    try {
      let refused = 0;
      let refusedBody = "";
      // The flood: twice the address's share at once.
      for (const c of await Promise.all(Array.from({ length: PER_IP * 2 }, () => open(port)))) {
        if (c.refused) {
          refused++;
          refusedBody ||= "503";
          c.socket.destroy();
        } else held.push(c.socket);
      }
      // The client's own connection counts (and so may idle keep-alive sockets of fetch in this
      // process): the flood got the rest of the address's share, never more.
      expect(held.length + refused).toBe(PER_IP * 2);
      expect(held.length).toBeLessThanOrEqual(PER_IP - 1);
      expect(held.length).toBeGreaterThanOrEqual(PER_IP - 4);
      expect(refusedBody).toBe("503");
      expect((await open(port)).refused, "the share is full").toBe(true);

      // The connected client is unharmed.
      for (let i = 0; i < 20; i++) expect(await keepAliveGet(pool, port, "/v1/agents/me", auth)).toBe(200);

      // Another client address (127.0.0.2, still loopback) connects and is served meanwhile.
      const other = await new Promise<number | "unavailable">((resolve) => {
        const req = http.get(
          { host: "127.0.0.1", port, path: "/healthz", localAddress: "127.0.0.2", agent: false, timeout: 5_000 },
          (res) => {
            res.resume();
            resolve(res.statusCode!);
          },
        );
        req.on("error", (e: NodeJS.ErrnoException) => resolve(e.code === "EADDRNOTAVAIL" ? "unavailable" : (e.code as never)));
      });
      if (other !== "unavailable") expect(other).toBe(200);
    } finally {
      for (const s of held) s.destroy();
      pool.destroy();
    }

    // Once the flood is gone, new connections from the address are served again.
    const deadline = performance.now() + 5_000;
    let status = 0;
    while (performance.now() < deadline) {
      const r = await rawRequest(port, "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").catch(() => ({
        status: 0,
      }));
      status = r.status;
      if (status === 200) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(status).toBe(200);
  });

  it("a refused connection never runs the request it sent", async () => {
    const port = portOf(crowded);
    const crowdedAgent = await (await Owner.signIn(crowded.url)).createAgent("crowd-2", 1);
    const held: net.Socket[] = [];
    try {
      // Fill the address's share (other keep-alive sockets of this process may hold part of it).
      const opened = await Promise.all(Array.from({ length: PER_IP + 4 }, () => open(port)));
      for (const c of opened) {
        if (c.refused) c.socket.destroy();
        else held.push(c.socket);
      }
      expect(opened.some((c) => c.refused)).toBe(true);
      const body = JSON.stringify(slot(40));
      const r = await rawRequest(
        port,
        `POST /v1/bookings HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${crowdedAgent.key}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
      );
      expect(r.status).toBe(503);
    } finally {
      for (const s of held) s.destroy();
    }
    await new Promise((r) => setTimeout(r, 200));
    expect((await crowdedAgent.call("GET", "/v1/bookings")).body.data).toEqual([]);
  });
});
