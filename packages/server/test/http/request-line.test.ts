// What a raw client can send that fetch would tidy up first: dot-segments in the request line are
// refused as sent (never resolved into another route), and a client that hangs up mid-body is an
// ordinary event in the log, not an unhandled error.
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Owner, startServer, type ServerProcess, type TestAgent } from "../support/server-process.ts";

/** Sends raw bytes, returns the status line and body of the answer. */
function raw(url: string, request: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.write(request));
    let data = "";
    socket.on("data", (c: Buffer) => (data += c.toString()));
    socket.on("end", () => resolve({ status: Number(data.split(" ")[1]), body: data.slice(data.indexOf("\r\n\r\n") + 4) }));
    socket.on("error", reject);
  });
}

describe("the raw request line", () => {
  let server: ServerProcess;
  let agent: TestAgent;

  beforeAll(async () => {
    server = await startServer({ env: { LOG_LEVEL: "info" } });
    agent = await (await Owner.signIn(server.url)).createAgent("raw", 1);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it.each([
    "/v1/bookings/../agents/me",
    "/v1/bookings/%2e%2e/agents/me",
    "/v1/bookings/%2E./agents/me",
    "/v1/./agents/me",
    "/v1/bookings/../dashboard/agents",
  ])("refuses %s with 400 instead of resolving it", async (target) => {
    const reply = await raw(
      server.url,
      `GET ${target} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${agent.key}\r\nConnection: close\r\n\r\n`,
    );
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({
      code: "invalid_request",
      errors: [{ field: "path", message: "must not contain dot-segments" }],
    });
  });

  it("runs nothing for a write sent through a dot-segment", async () => {
    const body = JSON.stringify({ start: "2030-01-07T10:00:00Z", end: "2030-01-07T10:30:00Z" });
    const reply = await raw(
      server.url,
      `POST /v1/x/../bookings HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${agent.key}\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
    );
    expect(reply.status).toBe(400);
    expect((await agent.call("GET", "/v1/bookings")).body.data).toEqual([]);
  });

  it("logs a client that disconnects mid-body at info, and stores nothing", async () => {
    const { hostname, port } = new URL(server.url);
    await new Promise<void>((resolve) => {
      const socket = net.connect(Number(port), hostname, () => {
        socket.write(
          `POST /v1/bookings HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${agent.key}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"start":`,
        );
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 100);
      });
    });
    const deadline = Date.now() + 5_000;
    while (!server.stderr().includes("client disconnected") && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const lines = server
      .stderr()
      .split("\n")
      .filter((l) => l.includes("client disconnected"));
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!).level).toBe(30);
    expect(server.stderr()).not.toContain("unhandled error");
    expect((await agent.call("GET", "/v1/bookings")).body.data).toEqual([]);
  });
});
