// Prism serves the documented examples of spec/openapi.yaml: proof that the spec is usable as a mock.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const specDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
let prism: ChildProcess;
let baseUrl: string;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer().listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

async function waitForListening(child: ChildProcess): Promise<void> {
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`prism did not start:\n${output}`)), 45_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Prism is listening")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.on("exit", (code) => reject(new Error(`prism exited with ${code}:\n${output}`)));
  });
}

beforeAll(async () => {
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  prism = spawn(path.join(specDir, "node_modules/.bin/prism"), ["mock", "openapi.yaml", "--host", "127.0.0.1", "--port", String(port)], {
    cwd: specDir,
    stdio: ["ignore", "pipe", "pipe"],
  });
  await waitForListening(prism);
});

afterAll(() => {
  prism?.kill("SIGTERM");
});

const bookingRequest = JSON.stringify({ start: "2026-12-01T15:00:00Z", end: "2026-12-01T15:30:00Z" });
const agentHeaders = { authorization: "Bearer avs_live_test", "content-type": "application/json" };

describe("prism mock of spec/openapi.yaml", () => {
  it("answers POST /v1/bookings with the documented 201 example", async () => {
    const res = await fetch(`${baseUrl}/v1/bookings`, { method: "POST", headers: agentHeaders, body: bookingRequest });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({
      booking_id: "bkg_01JD6M4Q7Z8W",
      agent_id: "agt_scheduler",
      agent_priority: 1,
      status: "COMMITTED",
    });
  });

  it("answers Prefer: code=409 with the conflict problem naming the winner", async () => {
    const res = await fetch(`${baseUrl}/v1/bookings`, {
      method: "POST",
      headers: { ...agentHeaders, prefer: "code=409" },
      body: bookingRequest,
    });
    expect(res.status).toBe(409);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(await res.json()).toMatchObject({
      status: 409,
      code: "outranked",
      winning_agent_id: "agt_scheduler",
      winning_agent_priority: 1,
      winning_booking_id: "bkg_01JD6M4Q7Z8W",
      audit_event_id: "evt_000043",
    });
  });

  it("answers a request without credentials with the 401 problem", async () => {
    const res = await fetch(`${baseUrl}/v1/agents/me`);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: "unauthenticated", status: 401 });
  });

  it("serves the availability example", async () => {
    const res = await fetch(`${baseUrl}/v1/availability?range_start=2026-12-01T09:00:00Z&range_end=2026-12-01T12:00:00Z`, {
      headers: agentHeaders,
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { slots: unknown[]; busy: { kind: string }[] };
    expect(body.slots).toHaveLength(2);
    expect(body.busy[0]!.kind).toBe("booking");
  });
});
