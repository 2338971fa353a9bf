// Owner-side hardening (docs/security.md): cookie-authenticated writes refuse other origins, sign-in
// is rate limited and mails its link outside dev mode (never logging it), a new link voids older
// ones, expired links and sessions are purged, a revoked key looks unknown, and no API answer is
// cached or sniffed.
import PostalMime from "postal-mime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSink, type Sink } from "../mail/support.ts";
import { MAX_CALENDARS_PER_WORKSPACE } from "../../src/routes/dashboard.ts";
import { expectInvalid, expectProblem } from "../support/problems.ts";
import { call, Owner, startServer, storeQuery, type ServerProcess, type TestAgent } from "../support/server-process.ts";

const email = () => `sec-${Math.random().toString(36).slice(2)}@example.com`;

describe("cross-origin owner writes", () => {
  let server: ServerProcess;
  let owner: Owner;
  let agent: TestAgent;

  beforeAll(async () => {
    server = await startServer();
    owner = await Owner.signIn(server.url);
    agent = await owner.createAgent("csrf-target", 2);
  });
  afterAll(async () => {
    await server?.stop();
  });

  const revoked = async () => (await owner.call("GET", `/v1/dashboard/agents/${agent.agent_id}`)).body.revoked as boolean;

  it("refuses bodyless POSTs carrying the cookie from another site, by Sec-Fetch-Site or Origin", async () => {
    const crossSite: Record<string, string>[] = [
      { "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "same-site" },
      { origin: "https://evil.example" },
      { origin: "null" },
      { origin: `http://127.0.0.1:1` },
    ];
    for (const headers of crossSite) {
      for (const action of ["revoke", "rotate-key"]) {
        const reply = await owner.call("POST", `/v1/dashboard/agents/${agent.agent_id}/${action}`, { headers });
        expectProblem(reply, 403, "forbidden");
        expect(reply.body.detail).toMatch(/^cross-origin request refused/);
      }
    }
    expectProblem(await owner.call("POST", "/v1/auth/logout", { headers: { origin: "https://evil.example" } }), 403, "forbidden");
    expect(await revoked()).toBe(false);
    expect((await agent.call("GET", "/v1/agents/me")).status).toBe(200); // the key was not rotated either
  });

  it("lets same-origin pages, typed URLs and non-browser clients through; reads are never checked", async () => {
    const own = new URL(server.url).host;
    expect((await owner.call("GET", "/v1/dashboard/agents", { headers: { "sec-fetch-site": "cross-site" } })).status).toBe(200);
    const same = await owner.call("PATCH", `/v1/dashboard/agents/${agent.agent_id}`, {
      body: { priority: 3 },
      headers: { "sec-fetch-site": "same-origin" },
    });
    expect(same.status).toBe(200);
    const origin = await owner.call("PATCH", `/v1/dashboard/agents/${agent.agent_id}`, {
      body: { priority: 4 },
      headers: { origin: `http://${own}` },
    });
    expect(origin.status).toBe(200);
    const curl = await owner.call("POST", `/v1/dashboard/agents/${agent.agent_id}/revoke`);
    expect(curl.status).toBe(200);
    expect(await revoked()).toBe(true);
  });

  it("answers a revoked key exactly as an unknown one", async () => {
    const strip = (b: Record<string, unknown>) => ({ ...b, request_id: undefined });
    const gone = await agent.call("GET", "/v1/agents/me");
    const unknown = await call(server.url, "GET", "/v1/agents/me", {
      headers: { authorization: "Bearer avs_live_doesnotexist0000000000000000" },
    });
    expectProblem(gone, 401, "unauthenticated");
    expect(strip(gone.body)).toEqual(strip(unknown.body));
  });

  it("marks every answer no-store and nosniff, keys and problems alike", async () => {
    const created = await owner.call("POST", "/v1/dashboard/agents", { body: { name: "cache-check", priority: 5, scopes: [] } });
    expect(created.status).toBe(201);
    for (const reply of [created, await call(server.url, "GET", "/v1/nowhere"), await call(server.url, "GET", "/healthz")]) {
      expect(reply.headers.get("cache-control")).toBe("no-store");
      expect(reply.headers.get("x-content-type-options")).toBe("nosniff");
    }
  });
});

describe("quotas", () => {
  it("bounds the calendars a workspace can create (400 naming the quota), and creates nothing past it", async () => {
    const server = await startServer();
    try {
      const owner = await Owner.signIn(server.url);
      // The default calendar counts; fill up to the limit in parallel.
      await Promise.all(
        Array.from({ length: MAX_CALENDARS_PER_WORKSPACE - 1 }, async (_, i) => {
          expect((await owner.call("POST", "/v1/dashboard/calendars", { body: { name: `cal-${i}` } })).status).toBe(201);
        }),
      );
      const over = await owner.call("POST", "/v1/dashboard/calendars", { body: { name: "one-too-many" } });
      expectInvalid(over, [{ field: "/", message: "the workspace's calendars quota is reached" }]);
      expect((await owner.call("GET", "/v1/dashboard/calendars")).body.data).toHaveLength(MAX_CALENDARS_PER_WORKSPACE);
    } finally {
      await server.stop();
    }
  });
});

describe("sign-in limits and links", () => {
  it("limits magic-link requests per client address and per email (429 with Retry-After)", async () => {
    const server = await startServer({ args: ["--sign-in-limit", "10"] });
    try {
      const sameEmail = email();
      const first = await Promise.all(
        Array.from({ length: 5 }, () => call(server.url, "POST", "/v1/auth/magic-link", { body: { email: sameEmail } })),
      );
      expect(first.map((r) => r.status).sort()).toEqual([200, 200, 200, 429, 429]); // a fifth of 10, at least 3, per email
      const burst = await Promise.all(
        Array.from({ length: 30 }, () => call(server.url, "POST", "/v1/auth/magic-link", { body: { email: email() } })),
      );
      expect(burst.filter((r) => r.status === 200)).toHaveLength(5); // 10 per address, 5 of them spent above
      const refused = burst.filter((r) => r.status === 429);
      expect(refused).toHaveLength(25);
      for (const r of [...refused, await call(server.url, "POST", "/v1/auth/verify", { body: { token: "mlt_guess" } })]) {
        // (the last one: guessing tokens spends the same budget)
        const wait = Number(r.headers.get("retry-after"));
        expect(wait).toBeGreaterThanOrEqual(1);
        expectProblem(r, 429, "rate_limited", { retry_after_seconds: wait });
      }
    } finally {
      await server.stop();
    }
  });

  it("a new link voids the older ones of the same email; expired links and sessions are purged", async () => {
    const server = await startServer();
    try {
      const who = email();
      const older = await call(server.url, "POST", "/v1/auth/magic-link", { body: { email: who } });
      const newer = await call(server.url, "POST", "/v1/auth/magic-link", { body: { email: who } });
      expectProblem(await call(server.url, "POST", "/v1/auth/verify", { body: { token: older.body.dev_token } }), 401, "unauthenticated");
      expect((await call(server.url, "POST", "/v1/auth/verify", { body: { token: newer.body.dev_token } })).status).toBe(200);

      await server.stop();
      await storeQuery(
        server.dataDir,
        `INSERT INTO magic_links (token_hash, email, expires_at, used) VALUES ('old-link', 'x@example.com', 1, 0)`,
      );
      await storeQuery(server.dataDir, `INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ('old-session', 'usr_x', 1)`);
      const again = await startServer({ dataDir: server.dataDir });
      expect((await call(again.url, "POST", "/v1/auth/magic-link", { body: { email: email() } })).status).toBe(200);
      await again.stop();
      expect(await storeQuery(server.dataDir, `SELECT token_hash FROM magic_links WHERE token_hash = 'old-link'`)).toEqual([]);
      expect(await storeQuery(server.dataDir, `SELECT token_hash FROM sessions WHERE token_hash = 'old-session'`)).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});

describe("sessions", () => {
  const DAY = 24 * 60 * 60 * 1000;

  it("end after a week without use, and are re-issued under a new token once a day old", async () => {
    let server = await startServer();
    try {
      const idle = await Owner.signIn(server.url);
      const aging = await Owner.signIn(server.url);
      await server.stop();
      const hashOf = async (o: Owner) => {
        const rows = await storeQuery<{ token_hash: string; user_id: string }>(
          server.dataDir,
          `SELECT token_hash, user_id FROM sessions WHERE user_id = ?`,
          [o.userId],
        );
        return rows[0]!.token_hash;
      };
      const now = Date.now();
      await storeQuery(server.dataDir, `UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?`, [now - 8 * DAY, await hashOf(idle)]);
      await storeQuery(server.dataDir, `UPDATE sessions SET issued_at = ? WHERE token_hash = ?`, [now - DAY - 1000, await hashOf(aging)]);
      server = await startServer({ dataDir: server.dataDir });

      expectProblem(await idle.at(server.url).call("GET", "/v1/dashboard/workspace"), 401, "unauthenticated");
      const rotated = await aging.at(server.url).call("GET", "/v1/dashboard/workspace");
      expect(rotated.status).toBe(200);
      const fresh = /ad_session=[^;]+/.exec(rotated.headers.get("set-cookie") ?? "")?.[0];
      expect(fresh).toBeDefined();
      expect(fresh).not.toBe(aging.cookie);
      const next = await call(server.url, "GET", "/v1/dashboard/workspace", { headers: { cookie: fresh! } });
      expect(next.status).toBe(200);
      expect(next.headers.get("set-cookie")).toBeNull(); // a fresh session is not rotated again
      expect((await aging.at(server.url).call("GET", "/v1/dashboard/workspace")).status).toBe(200); // still in its grace minute
      await server.stop();
      const left = await storeQuery<{ token_hash: string }>(server.dataDir, `SELECT token_hash FROM sessions WHERE user_id = ?`, [
        idle.userId,
      ]);
      expect(left).toEqual([]); // the idle session was deleted
      const aged = await storeQuery<{ expires_at: number }>(
        server.dataDir,
        `SELECT expires_at FROM sessions WHERE user_id = ? ORDER BY expires_at`,
        [aging.userId],
      );
      expect(aged).toHaveLength(2);
      expect(Number(aged[0]!.expires_at)).toBeLessThanOrEqual(Date.now() + 60_000); // the old token fades out
    } finally {
      await server.stop();
    }
  });
});

describe("sign-in outside dev mode", () => {
  let sink: Sink;
  beforeAll(async () => {
    sink = await startSink();
  });
  afterAll(async () => {
    await sink?.close();
  });

  it("mails the link through the relay and never logs the token", async () => {
    const server = await startServer({
      dev: false,
      args: ["--smtp-relay", sink.url, "--public-url", "https://calendar.example.com/"],
      env: { LOG_LEVEL: "debug" },
    });
    try {
      const who = email();
      const link = await call(server.url, "POST", "/v1/auth/magic-link", { body: { email: who } });
      expect(link.status).toBe(200);
      expect(link.body).toEqual({ sent: true });
      const [mail] = await sink.waitFor(1);
      expect(mail!.rcptTo).toEqual([who]);
      const { text } = await PostalMime.parse(mail!.raw);
      const token = /https:\/\/calendar\.example\.com\/app\/verify\?token=(mlt_[A-Za-z0-9_-]+)/.exec(text ?? "")?.[1];
      expect(token).toBeDefined();
      expect(server.stderr()).not.toContain(token!);
      const verify = await call(server.url, "POST", "/v1/auth/verify", { body: { token } });
      expect(verify.status).toBe(200);
      expect(verify.headers.get("set-cookie")).toMatch(/; Secure/);
      expect(server.stderr()).not.toContain(token!);
    } finally {
      await server.stop();
    }
  });

  it("refuses to start without a relay unless sign-in is disabled, which then answers 503", async () => {
    await expect(startServer({ dev: false })).rejects.toThrow(
      /production mode mails sign-in links: set --smtp-relay, or --disable-sign-in/,
    );
    const server = await startServer({ dev: false, args: ["--disable-sign-in"] });
    try {
      expectProblem(await call(server.url, "POST", "/v1/auth/magic-link", { body: { email: email() } }), 503, "unavailable");
      expectProblem(await call(server.url, "POST", "/v1/auth/verify", { body: { token: "mlt_any" } }), 401, "unauthenticated");
    } finally {
      await server.stop();
    }
  });
});
