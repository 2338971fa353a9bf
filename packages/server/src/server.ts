// Wires the store, the engine shell and the HTTP layer into a running server.
import { chmodSync, closeSync, mkdirSync, openSync } from "node:fs";
import type { Server as HttpServer } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import path from "node:path";
import { serve, type ServerType } from "@hono/node-server";
import pino, { type Logger } from "pino";
import { signingKeyFrom, type SigningKey } from "./audit/index.ts";
import type { Config } from "./config.ts";
import { nextHoldExpiry } from "./engine/index.ts";
import { mountAgentProtocols } from "./http/agent-protocols.ts";
import { createApp } from "./http/app.ts";
import { IdempotencyStore } from "./http/idempotency.ts";
import { RateLimiter } from "./http/rate-limit.ts";
import { signInMailer } from "./mail/sign-in-mail.ts";
import { setInboundSecret } from "./mail/inbound-auth.ts";
import { Mailbox } from "./mail/mailbox.ts";
import { allHandlers, operationScopes } from "./routes/index.ts";
import { Services } from "./services.ts";
import { Arbiter } from "./shell/arbiter.ts";
import { Ledger } from "./shell/ledger.ts";
import { KeyHasher } from "./shell/secrets.ts";
import { WebhookDispatcher } from "./shell/webhooks.ts";
import type { Db } from "./store/db.ts";
import { migrate } from "./store/migrations.ts";
import { openPostgres } from "./store/postgres.ts";
import { openSqlite } from "./store/sqlite.ts";
import { loadServerKeys } from "./shell/key-file.ts";

export interface RunningServer {
  url: string;
  services: Services;
  /** Port of the inbound SMTP listener on 127.0.0.1, when it runs. */
  smtpPort?: number;
  /** Stops accepting connections, lets in-flight requests finish, closes the store. */
  close(): Promise<void>;
}

/** A value kept in the store's meta table, created on first start. */
/** The data directory, created owner-only (it holds the store and, by default, the key file). */
function privateDir(dir: string): string {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  return dir;
}

export async function openStore(config: Pick<Config, "databaseUrl" | "dataDir">): Promise<Db> {
  if (config.databaseUrl) {
    const db = openPostgres(config.databaseUrl);
    await migrate(db);
    return db;
  }
  privateDir(config.dataDir);
  const file = path.join(config.dataDir, "agentdraft.db");
  closeSync(openSync(file, "a", 0o600)); // created owner-only; SQLite gives its WAL and SHM files the same mode
  chmodSync(file, 0o600);
  const db = openSqlite(file);
  await migrate(db);
  return db;
}

/** Expires due holds as their own audited commands, so reads see EXPIRED without waiting for a write. */
function startHoldSweeper(services: Services, log: Logger): NodeJS.Timeout {
  let running = false;
  return setInterval(async () => {
    if (running) return;
    running = true;
    try {
      const now = services.now();
      for (const cal of Object.values(services.ledger.state.calendars)) {
        const due = nextHoldExpiry(services.ledger.state, cal.calendar_id);
        if (due === null || due > now) continue;
        await services.ledger.execute((seq, at) => ({
          command: { type: "holds.expire", seq, at, calendar_id: cal.calendar_id },
          ctx: { workspace_id: cal.workspace_id, request_id: "sweeper", method: "TIMER", path: "holds.expire", actor: { type: "system" } },
        }));
      }
    } catch (error) {
      log.warn({ err: error }, "hold sweep failed; the next one retries");
    } finally {
      running = false;
    }
  }, 250).unref();
}

const TOO_MANY_CONNECTIONS = JSON.stringify({
  type: "https://agentdraft.dev/problems/unavailable",
  title: "Unavailable",
  status: 503,
  detail: "too many open connections from this address; retry later",
  code: "unavailable",
  request_id: "req_connection_limit",
  retry_after_seconds: 1,
});

/**
 * Caps open connections, in all (`maxConnections`: Node drops the excess) and per client address:
 * a connection beyond the address's share is answered 503 at once and closed, before any request
 * is parsed, so one client cannot take every socket from the others.
 */
function limitConnections(server: HttpServer, config: Pick<Config, "maxConnections" | "maxConnectionsPerIp">, refusedSockets: WeakSet<Socket>, log: Logger): void {
  server.maxConnections = config.maxConnections;
  const open = new Map<string, number>();
  let refused = 0;
  // Prepended, so it runs before the HTTP parser is attached to the socket.
  server.prependListener("connection", (socket: Socket) => {
    const ip = socket.remoteAddress ?? "unknown";
    const count = (open.get(ip) ?? 0) + 1;
    if (count > config.maxConnectionsPerIp) {
      if (refused++ % 1000 === 0) log.warn({ ip, open: count - 1, refused }, "connection limit per address reached; refusing connections");
      refusedSockets.add(socket);
      socket.on("error", () => {});
      socket.end(
        `HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/problem+json\r\nRetry-After: 1\r\nConnection: close\r\n` +
          `Content-Length: ${Buffer.byteLength(TOO_MANY_CONNECTIONS)}\r\n\r\n${TOO_MANY_CONNECTIONS}`,
      );
      socket.destroySoon();
      return;
    }
    open.set(ip, count);
    socket.once("close", () => {
      const left = (open.get(ip) ?? 1) - 1;
      if (left <= 0) open.delete(ip);
      else open.set(ip, left);
    });
  });
}

export async function startServer(config: Config, log: Logger = pino({ level: config.logLevel }, pino.destination(2))): Promise<RunningServer> {
  const db = await openStore(config);
  // One process owns the embedded store, so a pending idempotency claim left in it died with the
  // previous process (e.g. kill -9): its request was never answered, and a retry may run afresh.
  if (db.dialect === "sqlite") await db.run(`DELETE FROM idempotency WHERE status = 0`);
  const keys = await loadServerKeys({ keyFile: config.keyFile ?? path.join(privateDir(config.dataDir), "keys.json"), inline: config.keys }, db);
  const signingKey: SigningKey = signingKeyFrom(keys.signingSeed);
  const now = Date.now;

  const ledger = new Ledger(db, now);
  await ledger.init();
  const webhooks = new WebhookDispatcher(db, log);
  ledger.onCommitted((workspaceId, audit) => {
    webhooks.dispatch(workspaceId, audit).catch((error: unknown) => log.warn({ err: error }, "webhook lookup failed"));
  });
  const services = new Services({
    db,
    ledger,
    arbiter: new Arbiter(ledger, now),
    idempotency: new IdempotencyStore(db, now),
    limiter: new RateLimiter({ capacity: config.rateLimitCapacity, refillPerSecond: config.rateLimitRefillPerSecond }, now),
    hasher: new KeyHasher(keys.pepper),
    signingKey,
    settings: {
      dev: config.dev,
      logName: "agentdraft.local",
      mailDomain: config.mailDomain,
      magicLinkTtlMs: 15 * 60 * 1000,
      sessionTtlMs: 30 * 24 * 60 * 60 * 1000,
    },
    now,
  });
  setInboundSecret(services, config.inboundSecret);
  const mailbox = new Mailbox(
    services,
    {
      domain: config.mailDomain,
      smtpPort: config.smtpPort,
      maxBytes: config.smtpMaxBytes,
      relay: config.smtpRelay,
      maxAttempts: config.smtpRetries,
      retryDelayMs: config.smtpRetryDelayMs,
    },
    log,
  );
  let listening = ""; // known once the socket is bound
  const app = createApp({
    services,
    handlers: allHandlers(
      services,
      {
        disabled: config.signInDisabled,
        mailer: config.smtpRelay ? signInMailer(config.smtpRelay, config.mailDomain) : undefined,
        limit: config.signInLimit,
        baseUrl: () => config.publicUrl ?? listening,
      },
      mailbox,
    ),
    scopes: operationScopes,
    log,
    validateResponses: config.validateResponses,
    // Replicas share one PostgreSQL: each request first catches up on what the others committed.
    ...(db.dialect === "postgres" ? { beforeOperation: () => ledger.refresh() } : {}),
  });
  await mountAgentProtocols(app, services, log);
  await mailbox.start();
  const sweeper = startHoldSweeper(services, log);

  // Connections refused by the per-address cap: a request racing in on one never reaches the app.
  const refused = new WeakSet<Socket>();
  const server: ServerType = await new Promise((resolve) => {
    const s = serve(
      {
        fetch: (request, env: { incoming?: { socket?: Socket } }) =>
          env?.incoming?.socket && refused.has(env.incoming.socket) ? new Response(null, { status: 503, headers: { Connection: "close" } }) : app.fetch(request, env),
        hostname: config.host,
        port: config.port,
        serverOptions: {
          headersTimeout: config.headersTimeoutMs,
          requestTimeout: config.requestTimeoutMs,
          keepAliveTimeout: config.keepAliveTimeoutMs,
          // How often Node checks the two timeouts above (its default, 30 s, would let a slow client linger that long).
          connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(Math.min(config.headersTimeoutMs, config.requestTimeoutMs || Infinity) / 4))),
        },
      },
      () => resolve(s),
    );
    limitConnections(s as HttpServer, config, refused, log);
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(":") ? `[${config.host}]` : config.host;
  listening = `http://${host}:${port}`;

  return {
    url: listening,
    services,
    ...(mailbox.smtpPort !== undefined ? { smtpPort: mailbox.smtpPort } : {}),
    close: async () => {
      clearInterval(sweeper);
      await mailbox.close();
      services.arbiter.flushAll();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ("closeIdleConnections" in server) server.closeIdleConnections();
      });
      await db.close();
    },
  };
}
