// Versioned schema. Each migration runs once, in order, inside a transaction; the applied
// version is kept in `schema_migrations`. Add new migrations at the end; never edit old ones.
import type { Db } from "./db.ts";

/** Key of the write lock migrations hold (replicas starting together migrate one at a time). */
const SCHEMA_LOCK = "schema";

interface Migration {
  version: number;
  name: string;
  /** Statements; `{blob}` and `{bigint}` are replaced with the dialect's types. */
  sql: string[];
  /** Statements only PostgreSQL runs (after `sql`). */
  postgres?: string[];
  /** Statements only SQLite runs (after `sql`). */
  sqlite?: string[];
}

/**
 * SQLite cannot change a table's keys in place: the table is rebuilt under its name. Its indexes
 * are dropped first (their names are unique per database) and recreated by the caller.
 */
function rebuildSqlite(table: string, create: string, copy: string): string[] {
  return [`ALTER TABLE ${table} RENAME TO ${table}_old`, create, `INSERT INTO ${table} ${copy}`, `DROP TABLE ${table}_old`];
}

const COMMANDS_BY_WORKSPACE = `CREATE TABLE commands (
  workspace_id TEXT NOT NULL, seq {bigint} NOT NULL, at {bigint} NOT NULL, body TEXT NOT NULL, PRIMARY KEY (workspace_id, seq))`;
const AUDIT_BY_WORKSPACE = `CREATE TABLE audit_events (
  workspace_id TEXT NOT NULL, seq {bigint} NOT NULL, event_id TEXT NOT NULL, resource TEXT NOT NULL,
  body TEXT NOT NULL, leaf_hash {blob} NOT NULL, PRIMARY KEY (workspace_id, seq), UNIQUE (workspace_id, event_id))`;
const BOOKINGS_BY_WORKSPACE = `CREATE TABLE bookings (
  booking_id TEXT NOT NULL, calendar_id TEXT NOT NULL, workspace_id TEXT NOT NULL, agent_id TEXT NOT NULL,
  status TEXT NOT NULL, start_ms {bigint} NOT NULL, end_ms {bigint} NOT NULL, body TEXT NOT NULL,
  PRIMARY KEY (workspace_id, booking_id))`;
// The hold sweeper asks which workspaces still hold an open hold, without reading every booking.
const HELD_BY_WORKSPACE = `CREATE INDEX bookings_held ON bookings (workspace_id) WHERE status = 'HELD'`;
const IDEMPOTENCY_BY_WORKSPACE = `CREATE TABLE idempotency (
  workspace_id TEXT NOT NULL, agent_id TEXT NOT NULL, key TEXT NOT NULL, fingerprint TEXT NOT NULL, status INTEGER NOT NULL,
  body TEXT NOT NULL, created_at {bigint} NOT NULL, PRIMARY KEY (workspace_id, agent_id, key))`;

export const migrations: Migration[] = [
  {
    version: 1,
    name: "initial",
    sql: [
      `CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
      `CREATE TABLE users (
        user_id TEXT PRIMARY KEY, email TEXT NOT NULL UNIQUE, workspace_id TEXT NOT NULL, created_at {bigint} NOT NULL)`,
      `CREATE TABLE workspaces (
        workspace_id TEXT PRIMARY KEY, user_id TEXT NOT NULL, default_calendar_id TEXT NOT NULL, created_at {bigint} NOT NULL)`,
      `CREATE TABLE calendars (
        calendar_id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL, name TEXT NOT NULL, is_default INTEGER NOT NULL,
        created_at {bigint} NOT NULL)`,
      `CREATE TABLE agents (
        agent_id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL, calendar_id TEXT NOT NULL, name TEXT NOT NULL,
        scopes TEXT NOT NULL, priority INTEGER NOT NULL, key_hash TEXT NOT NULL UNIQUE, revoked INTEGER NOT NULL,
        created_at {bigint} NOT NULL, UNIQUE (workspace_id, name))`,
      `CREATE TABLE magic_links (
        token_hash TEXT PRIMARY KEY, email TEXT NOT NULL, expires_at {bigint} NOT NULL, used INTEGER NOT NULL)`,
      `CREATE TABLE sessions (token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL, expires_at {bigint} NOT NULL)`,
      `CREATE TABLE commands (
        seq {bigint} PRIMARY KEY, at {bigint} NOT NULL, body TEXT NOT NULL)`,
      `CREATE TABLE bookings (
        booking_id TEXT PRIMARY KEY, calendar_id TEXT NOT NULL, workspace_id TEXT NOT NULL, agent_id TEXT NOT NULL,
        status TEXT NOT NULL, start_ms {bigint} NOT NULL, end_ms {bigint} NOT NULL, body TEXT NOT NULL)`,
      `CREATE INDEX bookings_by_calendar ON bookings (calendar_id, start_ms)`,
      `CREATE INDEX bookings_by_workspace ON bookings (workspace_id, start_ms, booking_id)`,
      `CREATE TABLE audit_events (
        workspace_id TEXT NOT NULL, seq {bigint} NOT NULL, event_id TEXT NOT NULL UNIQUE, resource TEXT NOT NULL,
        body TEXT NOT NULL, leaf_hash {blob} NOT NULL, PRIMARY KEY (workspace_id, seq))`,
      `CREATE INDEX audit_by_resource ON audit_events (workspace_id, resource, seq)`,
      `CREATE TABLE idempotency (
        agent_id TEXT NOT NULL, key TEXT NOT NULL, fingerprint TEXT NOT NULL, status INTEGER NOT NULL,
        body TEXT NOT NULL, created_at {bigint} NOT NULL, PRIMARY KEY (agent_id, key))`,
      `CREATE TABLE webhooks (
        webhook_id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL, url TEXT NOT NULL, events TEXT NOT NULL,
        secret TEXT NOT NULL, created_at {bigint} NOT NULL)`,
    ],
    // The engine decides; the database is the backstop: no two active bookings of a calendar overlap,
    // whichever replica wrote them. Deferred, so a command may evict and insert in either order.
    postgres: [
      `CREATE EXTENSION IF NOT EXISTS btree_gist`,
      `ALTER TABLE bookings ADD COLUMN during int8range GENERATED ALWAYS AS (int8range(start_ms, end_ms)) STORED`,
      `ALTER TABLE bookings ADD CONSTRAINT bookings_active_no_overlap
         EXCLUDE USING gist (calendar_id WITH =, during WITH &&) WHERE (status IN ('HELD', 'COMMITTED'))
         DEFERRABLE INITIALLY DEFERRED`,
    ],
  },
  {
    version: 2,
    name: "mailbox",
    sql: [
      // One row per message of one agent's mailbox. `body` is the wire form (spec `Message`) without
      // the columns below; `raw` the RFC 5322 bytes as received or as composed for the relay.
      `CREATE TABLE messages (
        message_id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL, agent_id TEXT NOT NULL, direction TEXT NOT NULL,
        status TEXT NOT NULL, internet_message_id TEXT NOT NULL, booking_id TEXT, body TEXT NOT NULL,
        headers TEXT NOT NULL, raw {blob} NOT NULL, envelope TEXT NOT NULL, request_id TEXT NOT NULL,
        audit_event_id TEXT NOT NULL, failure_reason TEXT, attempts INTEGER NOT NULL, next_attempt_at {bigint},
        last_error TEXT, sent_at {bigint}, created_at {bigint} NOT NULL)`,
      // Deduplication: one copy of a Message-ID per mailbox and direction.
      `CREATE UNIQUE INDEX messages_dedupe ON messages (agent_id, direction, internet_message_id)`,
      `CREATE INDEX messages_by_agent ON messages (agent_id, created_at, message_id)`,
      `CREATE INDEX messages_outbox ON messages (status, next_attempt_at)`,
      // The iCalendar identity of a booking's invites: stable UID, SEQUENCE bumped whenever the
      // booking changed since the last invite (`state` = method, status and times sent last).
      `CREATE TABLE mail_invites (
        booking_id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL, uid TEXT NOT NULL, sequence INTEGER NOT NULL,
        state TEXT NOT NULL, summary TEXT NOT NULL, updated_at {bigint} NOT NULL)`,
    ],
  },
  {
    // The workspace is the unit of consistency: each has its own command log and sequence, and every
    // row a write transaction touches carries the workspace's id in its key (the distribution column
    // when workspaces are spread over several databases). Commands keep the sequence numbers they were
    // stamped with, so the audit events they replay to keep their ids; a workspace's log simply goes
    // on from its own last one.
    version: 3,
    name: "per-workspace ledger",
    sql: [
      // The engine state of a workspace after command `seq`, with its audit log's size and Merkle
      // frontier: a workspace loads from its latest snapshot plus the commands after it.
      `CREATE TABLE snapshots (
        workspace_id TEXT NOT NULL, seq {bigint} NOT NULL, at {bigint} NOT NULL, audit_size {bigint} NOT NULL,
        frontier TEXT NOT NULL, state TEXT NOT NULL, PRIMARY KEY (workspace_id, seq))`,
    ],
    sqlite: [
      ...rebuildSqlite(
        "commands",
        COMMANDS_BY_WORKSPACE,
        `SELECT json_extract(body, '$.ctx.workspace_id'), seq, at, body FROM commands_old`,
      ),
      `DROP INDEX audit_by_resource`,
      ...rebuildSqlite(
        "audit_events",
        AUDIT_BY_WORKSPACE,
        `SELECT workspace_id, seq, event_id, resource, body, leaf_hash FROM audit_events_old`,
      ),
      `CREATE INDEX audit_by_resource ON audit_events (workspace_id, resource, seq)`,
      `DROP INDEX bookings_by_calendar`,
      `DROP INDEX bookings_by_workspace`,
      ...rebuildSqlite(
        "bookings",
        BOOKINGS_BY_WORKSPACE,
        `SELECT booking_id, calendar_id, workspace_id, agent_id, status, start_ms, end_ms, body FROM bookings_old`,
      ),
      `CREATE INDEX bookings_by_calendar ON bookings (workspace_id, calendar_id, start_ms)`,
      `CREATE INDEX bookings_by_workspace ON bookings (workspace_id, start_ms, booking_id)`,
      ...rebuildSqlite(
        "idempotency",
        IDEMPOTENCY_BY_WORKSPACE,
        `SELECT a.workspace_id, i.agent_id, i.key, i.fingerprint, i.status, i.body, i.created_at
           FROM idempotency_old i JOIN agents a ON a.agent_id = i.agent_id`,
      ),
      HELD_BY_WORKSPACE,
    ],
    postgres: [
      `ALTER TABLE commands ADD COLUMN workspace_id TEXT`,
      `UPDATE commands SET workspace_id = body::json->'ctx'->>'workspace_id'`,
      `ALTER TABLE commands ALTER COLUMN workspace_id SET NOT NULL`,
      `ALTER TABLE commands DROP CONSTRAINT commands_pkey`,
      `ALTER TABLE commands ADD PRIMARY KEY (workspace_id, seq)`,
      `ALTER TABLE audit_events DROP CONSTRAINT audit_events_event_id_key`,
      `ALTER TABLE audit_events ADD CONSTRAINT audit_events_event_id_key UNIQUE (workspace_id, event_id)`,
      `ALTER TABLE bookings DROP CONSTRAINT bookings_pkey`,
      `ALTER TABLE bookings ADD PRIMARY KEY (workspace_id, booking_id)`,
      `DROP INDEX bookings_by_calendar`,
      `CREATE INDEX bookings_by_calendar ON bookings (workspace_id, calendar_id, start_ms)`,
      // The backstop keeps its meaning; with the workspace in it, it also holds on a distributed
      // PostgreSQL, where a constraint must include the distribution column.
      `ALTER TABLE bookings DROP CONSTRAINT bookings_active_no_overlap`,
      `ALTER TABLE bookings ADD CONSTRAINT bookings_active_no_overlap
         EXCLUDE USING gist (workspace_id WITH =, calendar_id WITH =, during WITH &&) WHERE (status IN ('HELD', 'COMMITTED'))
         DEFERRABLE INITIALLY DEFERRED`,
      `ALTER TABLE idempotency ADD COLUMN workspace_id TEXT`,
      `UPDATE idempotency i SET workspace_id = a.workspace_id FROM agents a WHERE a.agent_id = i.agent_id`,
      `DELETE FROM idempotency WHERE workspace_id IS NULL`,
      `ALTER TABLE idempotency ALTER COLUMN workspace_id SET NOT NULL`,
      `ALTER TABLE idempotency DROP CONSTRAINT idempotency_pkey`,
      `ALTER TABLE idempotency ADD PRIMARY KEY (workspace_id, agent_id, key)`,
      HELD_BY_WORKSPACE,
    ],
  },
  {
    // Agent names are unique per workspace only, so a mailbox address also names its workspace by a
    // short handle unique on the server (docs/protocol.md §5.1): no workspace can take, shadow or
    // make ambiguous another's addresses. Existing workspaces get a random handle.
    version: 4,
    name: "workspace mail handles",
    sql: [`ALTER TABLE workspaces ADD COLUMN mail_handle TEXT`],
    sqlite: [`UPDATE workspaces SET mail_handle = lower(hex(randomblob(5)))`],
    postgres: [`UPDATE workspaces SET mail_handle = substr(md5(random()::text || workspace_id), 1, 10)`],
  },
  {
    version: 5,
    name: "workspace mail handles unique",
    sql: [`CREATE UNIQUE INDEX workspaces_mail_handle ON workspaces (mail_handle)`],
  },
  {
    // Sessions end after a week without use and are re-issued daily (docs/security.md §3). Sessions
    // from before count as issued at their start, 30 days before they expire.
    version: 6,
    name: "session idle timeout and rotation",
    sql: [
      `ALTER TABLE sessions ADD COLUMN issued_at {bigint}`,
      `ALTER TABLE sessions ADD COLUMN last_seen_at {bigint}`,
      `UPDATE sessions SET issued_at = expires_at - 2592000000, last_seen_at = expires_at - 2592000000`,
    ],
  },
  {
    // Webhooks never lose an event (docs/protocol.md §10): one delivery row per (subscription, audit
    // event), written in the transaction of the command whose audit events it carries, and delivered
    // by a worker with retries. Subscriptions can be disabled, and keep their previous secret (sealed)
    // while a rotation's overlap lasts.
    version: 7,
    name: "webhook outbox",
    sql: [
      `ALTER TABLE webhooks ADD COLUMN enabled INTEGER NOT NULL DEFAULT 1`,
      `ALTER TABLE webhooks ADD COLUMN previous_secret TEXT`,
      `ALTER TABLE webhooks ADD COLUMN previous_secret_until {bigint}`,
      `CREATE INDEX webhooks_by_workspace ON webhooks (workspace_id)`,
      `CREATE TABLE webhook_deliveries (
        delivery_id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL, webhook_id TEXT NOT NULL, event_id TEXT NOT NULL,
        event_seq {bigint} NOT NULL, event_type TEXT NOT NULL, payload TEXT NOT NULL, status TEXT NOT NULL, attempts INTEGER NOT NULL,
        failures INTEGER NOT NULL, next_attempt_at {bigint}, claim TEXT, last_attempt_at {bigint},
        last_status_code INTEGER, last_latency_ms INTEGER, last_error TEXT, delivered_at {bigint}, created_at {bigint} NOT NULL,
        UNIQUE (webhook_id, event_id))`,
      // Only pending rows are ever claimed: partial indexes keep the claim's work to the backlog.
      `CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending'`,
      `CREATE INDEX webhook_deliveries_pending ON webhook_deliveries (webhook_id, event_seq, delivery_id) WHERE status = 'pending'`,
      `CREATE INDEX webhook_deliveries_by_webhook ON webhook_deliveries (workspace_id, webhook_id, event_seq, delivery_id)`,
    ],
  },
  {
    // The owner's request log (issue 17, docs/architecture.md §9): written in batches off the request
    // path, pruned to 7 days and 100 000 rows per workspace. `id` orders rows of one millisecond.
    version: 8,
    name: "request log",
    sql: [
      `CREATE TABLE request_log (
        workspace_id TEXT NOT NULL, id TEXT NOT NULL, at {bigint} NOT NULL, request_id TEXT NOT NULL, method TEXT NOT NULL,
        path TEXT NOT NULL, operation_id TEXT, status INTEGER NOT NULL, agent_id TEXT, idempotency_key TEXT,
        replayed INTEGER NOT NULL, latency_us {bigint} NOT NULL, error_code TEXT, PRIMARY KEY (workspace_id, at, id))`,
      `CREATE INDEX request_log_by_agent ON request_log (workspace_id, agent_id, at)`,
      `CREATE INDEX request_log_by_age ON request_log (at)`,
    ],
  },
  {
    // Issue 18: a booking on several calendars (person + room) occupies each of them. One row per
    // (booking, calendar) — every booking, one-calendar ones included — carries the interval and
    // status, so the PostgreSQL backstop covers every calendar of a booking, not only its first, and
    // a calendar filter finds a booking on any of its calendars.
    version: 9,
    name: "booking calendars",
    sql: [
      `CREATE TABLE booking_calendars (
        workspace_id TEXT NOT NULL, booking_id TEXT NOT NULL, calendar_id TEXT NOT NULL, status TEXT NOT NULL,
        start_ms {bigint} NOT NULL, end_ms {bigint} NOT NULL, PRIMARY KEY (workspace_id, booking_id, calendar_id))`,
      `CREATE INDEX booking_calendars_by_calendar ON booking_calendars (workspace_id, calendar_id, start_ms)`,
      `INSERT INTO booking_calendars (workspace_id, booking_id, calendar_id, status, start_ms, end_ms)
         SELECT workspace_id, booking_id, calendar_id, status, start_ms, end_ms FROM bookings`,
    ],
    postgres: [
      `ALTER TABLE booking_calendars ADD COLUMN during int8range GENERATED ALWAYS AS (int8range(start_ms, end_ms)) STORED`,
      `ALTER TABLE booking_calendars ADD CONSTRAINT booking_calendars_active_no_overlap
         EXCLUDE USING gist (workspace_id WITH =, calendar_id WITH =, during WITH &&) WHERE (status IN ('HELD', 'COMMITTED'))
         DEFERRABLE INITIALLY DEFERRED`,
    ],
  },
  {
    // External calendars (docs/protocol.md §11): each calendar's CalDAV / ICS sources with their
    // sealed credentials, poll state and a lease (replicas claim a due source with a conditional
    // UPDATE, so one polls it per interval); and ICS feeds out, their tokens stored hashed.
    version: 10,
    name: "external calendar sources and feeds",
    sql: [
      `CREATE TABLE calendar_sources (
        source_id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL, calendar_id TEXT NOT NULL, position INTEGER NOT NULL,
        kind TEXT NOT NULL, url TEXT NOT NULL, username TEXT, password_sealed TEXT, poll_seconds INTEGER NOT NULL,
        status TEXT NOT NULL, next_poll_at {bigint} NOT NULL, lease_until {bigint} NOT NULL, lease_token TEXT,
        created_at {bigint} NOT NULL)`,
      `CREATE INDEX calendar_sources_due ON calendar_sources (next_poll_at)`,
      `CREATE INDEX calendar_sources_calendar ON calendar_sources (workspace_id, calendar_id, position)`,
      `CREATE TABLE calendar_feeds (
        feed_id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL, calendar_id TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE,
        created_at {bigint} NOT NULL)`,
      `CREATE INDEX calendar_feeds_calendar ON calendar_feeds (workspace_id, calendar_id, created_at)`,
    ],
  },
  {
    // An agent's priority is engine state (its `agent.upsert` commands, replayed from the log and the
    // snapshots); the column only ever received copies and was never read.
    version: 12,
    name: "agents.priority dropped (write-only copy of engine state)",
    sql: [`ALTER TABLE agents DROP COLUMN priority`],
  },
];

function dialectSql(db: Db, sql: string): string {
  const types = db.dialect === "postgres" ? { blob: "BYTEA", bigint: "BIGINT" } : { blob: "BLOB", bigint: "INTEGER" };
  return sql.replaceAll("{blob}", types.blob).replaceAll("{bigint}", types.bigint);
}

/** Applies missing migrations in one transaction (which, on PostgreSQL, holds the schema lock: replicas start together). */
export async function migrate(db: Db): Promise<number> {
  await db.transaction(async (tx) => {
    await tx.run(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)`);
    const applied = new Set((await tx.all<{ version: number }>(`SELECT version FROM schema_migrations`)).map((r) => Number(r.version)));
    for (const m of migrations) {
      if (applied.has(m.version)) continue;
      for (const statement of [...m.sql, ...((db.dialect === "postgres" ? m.postgres : m.sqlite) ?? [])]) {
        await tx.run(dialectSql(db, statement));
      }
      await tx.run(`INSERT INTO schema_migrations (version, name) VALUES (?, ?)`, [m.version, m.name]);
    }
  }, SCHEMA_LOCK);
  return migrations.at(-1)!.version;
}
