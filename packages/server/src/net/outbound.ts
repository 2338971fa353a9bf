// The one way the server calls a URL that an owner gave it (webhooks, calendar sources): an
// outbound-request policy against server-side request forgery (docs/security.md §5).
//
// An owner must not be able to make the server reach its own network: loopback, private and
// link-local ranges, cloud metadata (169.254.169.254, fd00:ec2::254), and every other spelling
// of them (`127.1`, `2130706433`, `0x7f000001`, `0177.0.0.1`, `[::ffff:127.0.0.1]`, NAT64 and
// 6to4 forms, a DNS name that resolves there). So:
// - the URL is parsed by the WHATWG parser, which turns every IPv4 spelling into dotted form;
// - an IP literal is checked as such, and a name is checked at connect time on every address it
//   resolves to (the lookup of the connection itself, so a name cannot re-resolve elsewhere
//   between the check and the connect);
// - only global unicast addresses pass (IPv4-mapped IPv6 is unwrapped first);
// - redirects are never followed (a 3xx is an answer like any other), time and size are bounded.
// `allowPrivate` (AGENTDRAFT_ALLOW_PRIVATE_TARGETS=1) lifts the address rule, for tests and
// on-premises receivers; the other limits stay.
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";

export interface OutboundPolicy {
  /** Let targets resolve to loopback, private and other non-global addresses. */
  allowPrivate: boolean;
  /** Whole request, connect to last byte, in ms. */
  timeoutMs: number;
  /** Most response bytes read (the rest is dropped and the connection closed). */
  maxResponseBytes: number;
}

export const DEFAULT_OUTBOUND_POLICY: OutboundPolicy = { allowPrivate: false, timeoutMs: 10_000, maxResponseBytes: 64 * 1024 };

/** A target the policy refuses; `reason` is safe to show to the owner who configured it. */
export class OutboundRefused extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "OutboundRefused";
  }
}

/** Why `address` may not be reached, or undefined when it may. */
export function addressRefusal(address: string, policy: Pick<OutboundPolicy, "allowPrivate">): string | undefined {
  if (policy.allowPrivate) return undefined;
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.process(address); // unwraps ::ffff:a.b.c.d
  } catch {
    return `${address} is not an IP address`;
  }
  const range = parsed.range();
  return range === "unicast" ? undefined : `${parsed.toString()} is a ${range} address, not a public one`;
}

/**
 * Parses and checks a target URL before it is stored or called: http(s) only, no credentials in
 * it, and an IP-literal host must be a public address. Names are checked again at connect time.
 */
export function checkTargetUrl(raw: string, policy: Pick<OutboundPolicy, "allowPrivate">): URL {
  const url = URL.parse(raw);
  if (!url) throw new OutboundRefused("is not a URL");
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new OutboundRefused("must use http or https");
  if (url.username || url.password) throw new OutboundRefused("must not carry credentials");
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  if (isIP(host)) {
    const refusal = addressRefusal(host, policy);
    if (refusal) throw new OutboundRefused(refusal);
  }
  return url;
}

/** A DNS lookup that fails when any address of the name is refused (the connection uses its result). */
function guardedLookup(policy: OutboundPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, "", 0);
      const refused = addresses.map((a) => addressRefusal(a.address, policy)).find((r) => r !== undefined);
      if (refused) return callback(new OutboundRefused(`${hostname} resolves to ${refused}`), "", 0);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

export interface OutboundResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** At most `maxResponseBytes` of the body. */
  body: Buffer;
}

/** Sends one request under the policy. Rejects with OutboundRefused, or the network error. */
export async function send(
  raw: string,
  request: { method: string; headers: Record<string, string>; body?: string | Buffer },
  policy: OutboundPolicy,
): Promise<OutboundResponse> {
  const url = checkTargetUrl(raw, policy);
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(url, {
      method: request.method,
      headers: request.headers,
      lookup: guardedLookup(policy),
      timeout: policy.timeoutMs,
      agent: false, // no pooled socket: every request resolves and checks afresh
    });
    const deadline = setTimeout(() => req.destroy(new Error(`no answer within ${policy.timeoutMs} ms`)), policy.timeoutMs);
    req.on("timeout", () => req.destroy(new Error(`no answer within ${policy.timeoutMs} ms`)));
    req.on("error", (error) => {
      clearTimeout(deadline);
      reject(error);
    });
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const done = () => {
        clearTimeout(deadline);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
      };
      res.on("data", (chunk: Buffer) => {
        if (size >= policy.maxResponseBytes) return;
        chunks.push(chunk.subarray(0, policy.maxResponseBytes - size));
        size += chunk.length;
        if (size >= policy.maxResponseBytes) {
          res.destroy(); // enough: the rest is not read
          done();
        }
      });
      res.on("end", done);
      res.on("error", (error) => {
        clearTimeout(deadline);
        reject(error);
      });
    });
    req.end(request.body);
  });
}
