// The outbound-request policy against a real receiver on loopback: every spelling of an internal
// address is refused before a byte is sent, names are checked on what they resolve to, redirects
// are not followed, and time and size are bounded.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addressRefusal, checkTargetUrl, OutboundRefused, send, type OutboundPolicy } from "../../src/net/outbound.ts";

const strict: OutboundPolicy = { allowPrivate: false, timeoutMs: 2_000, maxResponseBytes: 1024 };
const lax: OutboundPolicy = { ...strict, allowPrivate: true };

describe("outbound request policy", () => {
  let receiver: Server;
  let port: number;
  const hits: string[] = [];

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      hits.push(req.url ?? "");
      if (req.url === "/redirect") return void res.writeHead(302, { location: `http://127.0.0.1:${port}/landed` }).end();
      if (req.url === "/big") return void res.end("x".repeat(10_000));
      if (req.url === "/slow") return void setTimeout(() => res.end("late"), 5_000);
      res.end("ok");
    });
    await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
    port = (receiver.address() as AddressInfo).port;
  });
  afterAll(async () => {
    receiver.closeAllConnections();
    await new Promise((r) => receiver.close(r));
  });

  it.each([
    ["http://127.0.0.1/", "loopback"],
    ["http://127.1/", "loopback"],
    ["http://2130706433/", "loopback"],
    ["http://0x7f000001/", "loopback"],
    ["http://0177.0.0.1/", "loopback"],
    ["http://[::1]/", "loopback"],
    ["http://[::ffff:127.0.0.1]/", "loopback"],
    ["http://[::ffff:7f00:1]/", "loopback"],
    ["http://[64:ff9b::7f00:1]/", "rfc6052"],
    ["http://[2002:7f00:1::]/", "6to4"],
    ["http://0.0.0.0/", "unspecified"],
    ["http://10.1.2.3/", "private"],
    ["http://172.16.0.1/", "private"],
    ["http://192.168.1.1/", "private"],
    ["http://100.64.0.1/", "carrierGradeNat"],
    ["http://169.254.169.254/latest/meta-data/", "linkLocal"],
    ["http://[fd00:ec2::254]/", "uniqueLocal"],
    ["http://[fe80::1]/", "linkLocal"],
    ["http://224.0.0.1/", "multicast"],
  ])("refuses %s (%s) before connecting", (url, range) => {
    expect(() => checkTargetUrl(url, strict)).toThrow(OutboundRefused);
    expect(() => checkTargetUrl(url, strict)).toThrow(new RegExp(`is a ${range} address`));
  });

  it("refuses other schemes, credentials and non-URLs; accepts public targets", () => {
    expect(() => checkTargetUrl("ftp://example.com/", strict)).toThrow("must use http or https");
    expect(() => checkTargetUrl("file:///etc/passwd", strict)).toThrow("must use http or https");
    expect(() => checkTargetUrl("https://user:pw@example.com/", strict)).toThrow("must not carry credentials");
    expect(() => checkTargetUrl("not a url", strict)).toThrow("is not a URL");
    expect(checkTargetUrl("https://hooks.example.com/x", strict).host).toBe("hooks.example.com");
    expect(checkTargetUrl("http://93.184.215.14/", strict).hostname).toBe("93.184.215.14");
    expect(addressRefusal("2606:2800:21f:cb07:6820:80da:af6b:8b2c", strict)).toBeUndefined();
  });

  it("never sends a byte to a refused address, spelled as a literal or as a name that resolves there", async () => {
    const before = hits.length;
    for (const url of [
      `http://127.1:${port}/a`,
      `http://0x7f000001:${port}/b`,
      `http://[::ffff:127.0.0.1]:${port}/c`,
      `http://localhost:${port}/d`,
    ]) {
      await expect(send(url, { method: "POST", headers: {}, body: "{}" }, strict)).rejects.toThrow(OutboundRefused);
    }
    await expect(send(`http://localhost:${port}/d`, { method: "POST", headers: {} }, strict)).rejects.toThrow(
      /localhost resolves to .*loopback/,
    );
    expect(hits.length).toBe(before);
  });

  it("with private targets allowed: delivers, does not follow redirects, bounds size and time", async () => {
    const ok = await send(
      `http://localhost:${port}/hook`,
      { method: "POST", headers: { "content-type": "application/json" }, body: "{}" },
      lax,
    );
    expect(ok.status).toBe(200);
    expect(ok.body.toString()).toBe("ok");
    const redirected = await send(`http://127.0.0.1:${port}/redirect`, { method: "POST", headers: {} }, lax);
    expect(redirected.status).toBe(302);
    expect(hits).not.toContain("/landed");
    const big = await send(`http://127.0.0.1:${port}/big`, { method: "GET", headers: {} }, lax);
    expect(big.body.length).toBe(1024);
    const started = Date.now();
    await expect(send(`http://127.0.0.1:${port}/slow`, { method: "GET", headers: {} }, { ...lax, timeoutMs: 300 })).rejects.toThrow(
      /no answer within 300 ms/,
    );
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});
