// Wires the store, the engine shell and the HTTP layer into a running server.
import path from "node:path";
import type { Server as HttpServer } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { serve, type ServerType } from "@hono/node-server";
import pino, { type Logger } from "pino";
import { signingKeyFrom, type SigningKey } from "./audit/index.ts";
import type { Config } from "./config.ts";
import { nextHoldExpiry } from "./engine/index.ts";
import { mountAgentProtocols } from "./http/agent-protocols.ts";
import { createApp } from "./http/app.ts";
import { dashboardDir, mountDashboard } from "./http/dashboard-assets.ts";
import { RequestLogWriter } from "./http/request-log.ts";
import { IdempotencyStore } from "./http/idempotency.ts";
import { RateLimiter } from "./shell/rate-limit.ts";
import { signInMailer } from "./mail/sign-in-mail.ts";
import { setInboundSecret } from "./http/inbound-auth.ts";
import { Mailbox } from "./mail/mailbox.ts";
import { allHandlers, operationScopes } from "./routes/index.ts";
import { Services } from "./services.ts";
import { Arbiter } from "./shell/arbiter.ts";
import type { Ledger } from "./shell/ledger.ts";
import { Ledgers } from "./shell/ledgers.ts";
import { KeyHasher } from "./shell/secrets.ts";
import { WebhookWorker } from "./shell/webhook-worker.ts";
import { enqueueDeliveries, openWebhookSecret, sealWebhookSecret } from "./shell/webhooks.ts";
import { DEFAULT_OUTBOUND_POLICY, type OutboundPolicy } from "./net/outbound.ts";
import { sealLegacyWebhookSecrets } from "./store/webhooks.ts";
import { workspacesWithHolds } from "./store/bookings.ts";
import { deleteAllPendingIdempotency } from "./store/idempotency.ts";
import { openStore, privateDir } from "./store/open.ts";
import { loadServerKeys } from "./shell/key-file.ts";
import { DEFAULT_SOURCE_POLICY } from "./external/http.ts";
import { SourcePoller } from "./external/poller.ts";

export interface RunningServer {
  url: string;
  services: Services;
  /** Port of the inbound SMTP listener on 127.0.0.1, when it runs. */
  smtpPort?: number;
  /** Stops accepting connections, lets in-flight requests finish, closes the store. */
  close(): Promise<void>;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** How often the hold sweeper also looks for holds of workspaces that are not loaded. */
const UNLOADED_HOLDS_EVERY = 20;

/**
 * Expires due holds as their own audited commands, so reads see EXPIRED without waiting for a write.
 * Loaded workspaces are checked every tick; every few seconds, the workspaces the store still
 * lists open holds for are loaded and checked too, so a hold expires even where nobody looks.
 */
function startHoldSweeper(services: Services, log: Logger): NodeJS.Timeout {
  let running = false;
  let ticks = 0;
  return setInterval(async () => {
    if (running) return;
    running = true;
    try {
      const now = services.now();
      const sweep = async (ledger: Ledger) => {
        for (const cal of Object.values(ledger.state.calendars)) {
          const due = nextHoldExpiry(ledger.state, cal.calendar_id);
          if (due === null || due > now) continue;
          await services.ledgers.execute(ledger.workspaceId, (seq, at) => ({
            command: { type: "holds.expire", seq, at, calendar_id: cal.calendar_id },
            ctx: {
              workspace_id: ledger.workspaceId,
              request_id: "sweeper",
              method: "TIMER",
              path: "holds.expire",
              actor: { type: "system" },
            },
          }));
        }
      };
      // Loaded workspaces are checked in memory (no store round trip per workspace and tick).
      for (const ledger of services.ledgers.loaded()) await sweep(ledger);
      if (ticks++ % UNLOADED_HOLDS_EVERY === 0) {
        for (const ws of await workspacesWithHolds(services.db)) {
          if (!services.ledgers.peek(ws)) await services.ledgers.use(ws, sweep);
        }
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
function limitConnections(
  server: HttpServer,
  config: Pick<Config, "maxConnections" | "maxConnectionsPerIp">,
  refusedSockets: WeakSet<Socket>,
  log: Logger,
): void {
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

export async function startServer(
  config: Config,
  log: Logger = pino({ level: config.logLevel }, pino.destination(2)),
): Promise<RunningServer> {
  const db = await openStore(config);
  // One process owns the embedded store, so a pending idempotency claim left in it died with the
  // previous process (e.g. kill -9): its request was never answered, and a retry may run afresh.
  if (db.dialect === "sqlite") await deleteAllPendingIdempotency(db);
  const keys = await loadServerKeys(
    { keyFile: config.keyFile ?? path.join(privateDir(config.dataDir), "keys.json"), inline: config.keys },
    db,
  );
  const signingKey: SigningKey = signingKeyFrom(keys.signingSeed);
  const now = Date.now;

  // Nothing is replayed at start: each workspace loads on first use (snapshot + tail).
  const ledgers = new Ledgers(db, {
    now,
    cacheWorkspaces: config.cacheWorkspaces,
    snapshotEvery: config.snapshotEvery,
    // Replicas share one PostgreSQL: each use of a workspace first catches up on what the others committed.
    refreshOnUse: db.dialect === "postgres",
    log,
  });
  const outbound: OutboundPolicy = { ...DEFAULT_OUTBOUND_POLICY, allowPrivate: config.allowPrivateTargets };
  await sealLegacyWebhookSecrets(db, (secret, webhookId) => sealWebhookSecret(keys.sealingKey, webhookId, secret));
  // The webhook outbox is written in each command's transaction; the worker delivers it (docs/protocol.md §10.2).
  const webhooks = new WebhookWorker(db, log, outbound, {
    retryBaseMs: config.webhookRetryBaseMs,
    now,
    openSecret: (sealed, webhookId) => openWebhookSecret(keys.sealingKey, webhookId, sealed),
  });
  // Only a commit that queued deliveries wakes the worker at once (its poll finds any other due row):
  // most commands of most workspaces have no subscriber, and a needless pass is a transaction.
  const queuedIn = new Set<string>();
  ledgers.inTransaction(async (tx, workspaceId, audit, at) => {
    if ((await enqueueDeliveries(tx, workspaceId, audit, at)) > 0) queuedIn.add(workspaceId);
  });
  ledgers.onCommitted((workspaceId) => {
    if (queuedIn.delete(workspaceId)) webhooks.kick();
  });
  const idempotency = new IdempotencyStore(db, now);
  const services = new Services({
    db,
    ledgers,
    arbiter: new Arbiter(ledgers, now),
    limiter: new RateLimiter({ capacity: config.rateLimitCapacity, refillPerSecond: config.rateLimitRefillPerSecond }, now),
    hasher: new KeyHasher(keys.pepper),
    signingKey,
    settings: {
      dev: config.dev,
      logName: "agentdraft.local",
      mailDomain: config.mailDomain,
      magicLinkTtlMs: 15 * 60 * 1000,
      session: { ttlMs: 30 * DAY_MS, idleMs: 7 * DAY_MS, rotateMs: DAY_MS, secure: !config.dev },
      outbound,
      sourcePolicy: {
        ...DEFAULT_SOURCE_POLICY,
        allowPrivate: config.allowPrivateTargets,
        timeoutMs: config.sourceTimeoutMs,
        maxResponseBytes: config.sourceMaxBytes,
      },
      sealingKey: keys.sealingKey,
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
  const requestLog = new RequestLogWriter(db, log, now, {
    retentionMs: config.requestLogDays * DAY_MS,
    maxRowsPerWorkspace: config.requestLogRows,
  });
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
    idempotency,
    scopes: operationScopes,
    log,
    validateResponses: config.validateResponses,
    requestLog,
  });
  mountDashboard(app, dashboardDir());
  await mountAgentProtocols(app, services, log);
  await mailbox.start();
  await webhooks.start();
  const sweeper = startHoldSweeper(services, log);
  // External calendar sources: claimed with a lease, so replicas poll each once per interval.
  const poller = new SourcePoller(services, log, { daysAhead: config.sourceHorizonDays });
  services.sourcesChanged = () => poller.kick();
  services.deliveriesQueued = () => webhooks.kick();
  poller.start();

  // Connections refused by the per-address cap: a request racing in on one never reaches the app.
  const refused = new WeakSet<Socket>();
  const server: ServerType = await new Promise((resolve) => {
    const s = serve(
      {
        fetch: (request, env: { incoming?: { socket?: Socket } }) =>
          env?.incoming?.socket && refused.has(env.incoming.socket)
            ? new Response(null, { status: 503, headers: { Connection: "close" } })
            : app.fetch(request, env),
        hostname: config.host,
        port: config.port,
        serverOptions: {
          headersTimeout: config.headersTimeoutMs,
          requestTimeout: config.requestTimeoutMs,
          keepAliveTimeout: config.keepAliveTimeoutMs,
          // How often Node checks the two timeouts above (its default, 30 s, would let a slow client linger that long).
          connectionsCheckingInterval: Math.max(
            50,
            Math.min(1_000, Math.floor(Math.min(config.headersTimeoutMs, config.requestTimeoutMs || Infinity) / 4)),
          ),
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
      await poller.stop();
      await mailbox.close();
      await webhooks.close();
      services.arbiter.flushAll();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ("closeIdleConnections" in server) server.closeIdleConnections();
      });
      await requestLog.close();
      // A clean stop snapshots what moved, so the next start replays nothing of it.
      await ledgers.close().catch((error: unknown) => log.warn({ err: error }, "shutdown snapshot failed; the next load replays the tail"));
      await db.close();
    },
  };
}
