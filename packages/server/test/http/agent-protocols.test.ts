// MCP (/mcp) and A2A 1.0 (agent card, /v1/a2a/rpc) are mounted on the reference server, behind the
// agent's Bearer key. (The tools and skills themselves are tested in packages/mcp.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type ServerProcess } from "../support/server-process.ts";

let server: ServerProcess;
let key: string;

async function post(route: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${server.url}${route}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

beforeAll(async () => {
  server = await startServer();
  const { dev_token } = (await (await post("/v1/auth/magic-link", { email: "mcp-owner@example.com" })).json()) as { dev_token: string };
  const verify = await post("/v1/auth/verify", { token: dev_token });
  const cookie = verify.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .find((c) => c.startsWith("ad_session="))!;
  const agent = await post("/v1/dashboard/agents", { name: "mcp", priority: 1, scopes: ["availability:read"] }, { cookie });
  key = ((await agent.json()) as { plaintext_key: string }).plaintext_key;
});
afterAll(async () => {
  await server?.stop();
});

describe("agent protocols on the reference server", () => {
  it("serves the A2A agent card at both well-known paths, cacheable", async () => {
    const card = await fetch(`${server.url}/.well-known/agent-card.json`);
    expect(card.status).toBe(200);
    expect(card.headers.get("etag")).toBeTruthy();
    const body = (await card.json()) as { supportedInterfaces: { url: string; protocolBinding: string }[] };
    expect(body.supportedInterfaces[0]).toMatchObject({ url: `${server.url}/v1/a2a/rpc`, protocolBinding: "JSONRPC" });
    expect(await (await fetch(`${server.url}/.well-known/agent.json`)).json()).toEqual(body);
  });

  it("asks /mcp and /v1/a2a/rpc for a Bearer key", async () => {
    for (const route of ["/mcp", "/v1/a2a/rpc"]) {
      const res = await post(route, { jsonrpc: "2.0", id: 1, method: "ping" });
      expect(res.status, route).toBe(401);
      expect(res.headers.get("www-authenticate"), route).toMatch(/^Bearer/);
      expect(((await res.json()) as { code: string }).code).toBe("unauthenticated");
    }
  });

  it("answers MCP tools/list and tools/call with the caller's scopes", async () => {
    const headers = { authorization: `Bearer ${key}`, accept: "application/json, text/event-stream" };
    const list = await post("/mcp", { jsonrpc: "2.0", id: 1, method: "tools/list" }, headers);
    expect(list.status).toBe(200);
    expect(((await list.json()) as { result: { tools: unknown[] } }).result.tools).toHaveLength(10);
    const call = await post(
      "/mcp",
      { jsonrpc: "2.0", id: 2, method: "tools/call", params: { name: "list_bookings", arguments: {} } },
      headers,
    );
    const result = ((await call.json()) as { result: { isError: boolean; structuredContent: Record<string, unknown> } }).result;
    expect(result.isError).toBe(true);
    expect(result.structuredContent).toMatchObject({ code: "forbidden", required_scope: "bookings:read" });
  });
});
