// The `request_log` table: the requests each workspace's agents (and owner writes) sent, for the owner
// dashboard (docs/architecture.md §9). Rows are written in batches off the request path and pruned by
// age and by count per workspace.
import type { Queryable } from "./db.ts";

export interface RequestLogRow {
  workspace_id: string;
  /** Unique within the workspace (the request id). */
  id: string;
  at: number;
  request_id: string;
  method: string;
  path: string;
  operation_id: string | null;
  status: number;
  agent_id: string | null;
  idempotency_key: string | null;
  replayed: boolean;
  latency_us: number;
  error_code: string | null;
}

type StoredRow = Omit<RequestLogRow, "replayed"> & { replayed: number };

const COLUMNS =
  "workspace_id, id, at, request_id, method, path, operation_id, status, agent_id, idempotency_key, replayed, latency_us, error_code";

export async function insertRequestLogRows(tx: Queryable, rows: readonly RequestLogRow[]): Promise<void> {
  // A few rows per statement: one round trip for many, within every driver's parameter limit.
  for (let i = 0; i < rows.length; i += 50) {
    const chunk = rows.slice(i, i + 50);
    const values = chunk.map(() => "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").join(", ");
    await tx.run(
      `INSERT INTO request_log (${COLUMNS}) VALUES ${values} ON CONFLICT DO NOTHING`,
      chunk.flatMap((r) => [
        r.workspace_id,
        r.id,
        r.at,
        r.request_id,
        r.method,
        r.path,
        r.operation_id,
        r.status,
        r.agent_id,
        r.idempotency_key,
        r.replayed ? 1 : 0,
        r.latency_us,
        r.error_code,
      ]),
    );
  }
}

/** Deletes rows older than `before` (ms), every workspace. */
export async function pruneRequestLogBefore(tx: Queryable, before: number): Promise<number> {
  return (await tx.run(`DELETE FROM request_log WHERE at < ?`, [before])).changes;
}

/** Keeps only the newest `keep` rows of a workspace. */
export async function pruneRequestLogBeyond(tx: Queryable, workspaceId: string, keep: number): Promise<number> {
  const cut = await tx.get<{ at: number; id: string }>(
    `SELECT at, id FROM request_log WHERE workspace_id = ? ORDER BY at DESC, id DESC LIMIT 1 OFFSET ?`,
    [workspaceId, keep],
  );
  if (!cut) return 0;
  const at = Number(cut.at);
  return (
    await tx.run(`DELETE FROM request_log WHERE workspace_id = ? AND (at < ? OR (at = ? AND id <= ?))`, [workspaceId, at, at, cut.id])
  ).changes;
}

export async function requestLogCount(q: Queryable, workspaceId: string): Promise<number> {
  return Number((await q.get<{ n: number }>(`SELECT count(*) AS n FROM request_log WHERE workspace_id = ?`, [workspaceId]))?.n ?? 0);
}

export interface RequestLogFilter {
  status?: number;
  errorsOnly?: boolean;
  agentId?: string;
  idempotencyKey?: string;
  errorCode?: string;
  /** Keyset cursor: rows before (at, id), newest first. */
  before?: [number, string];
  limit: number;
}

export async function listRequestLog(q: Queryable, workspaceId: string, f: RequestLogFilter): Promise<RequestLogRow[]> {
  const where = ["workspace_id = ?"];
  const params: (string | number)[] = [workspaceId];
  if (f.status !== undefined) {
    where.push("status = ?");
    params.push(f.status);
  }
  if (f.errorsOnly) where.push("status >= 400");
  if (f.agentId) {
    where.push("agent_id = ?");
    params.push(f.agentId);
  }
  if (f.idempotencyKey) {
    where.push("idempotency_key = ?");
    params.push(f.idempotencyKey);
  }
  if (f.errorCode) {
    where.push("error_code = ?");
    params.push(f.errorCode);
  }
  if (f.before) {
    const [at, id] = f.before;
    where.push("(at < ? OR (at = ? AND id < ?))");
    params.push(at, at, id);
  }
  const rows = await q.all<StoredRow>(`SELECT ${COLUMNS} FROM request_log WHERE ${where.join(" AND ")} ORDER BY at DESC, id DESC LIMIT ?`, [
    ...params,
    f.limit,
  ]);
  return rows.map((r) => ({
    ...r,
    at: Number(r.at),
    status: Number(r.status),
    latency_us: Number(r.latency_us),
    replayed: Boolean(Number(r.replayed)),
  }));
}

export interface ErrorGroupRow {
  error_code: string;
  count: number;
  last_at: number;
}

/** Error responses grouped by problem code, most frequent first (with the latest of each). */
export async function requestErrorGroups(q: Queryable, workspaceId: string, agentId?: string) {
  const params: string[] = [workspaceId];
  const agentClause = agentId ? " AND agent_id = ?" : "";
  if (agentId) params.push(agentId);
  const groups = await q.all<ErrorGroupRow>(
    `SELECT error_code, count(*) AS count, max(at) AS last_at FROM request_log
     WHERE workspace_id = ? AND status >= 400 AND error_code IS NOT NULL${agentClause}
     GROUP BY error_code ORDER BY count(*) DESC, error_code LIMIT 100`,
    params,
  );
  return Promise.all(
    groups.map(async (g) => {
      const latest = await q.get<{ status: number; request_id: string }>(
        `SELECT status, request_id FROM request_log WHERE workspace_id = ? AND error_code = ?${agentClause} ORDER BY at DESC, id DESC LIMIT 1`,
        agentId ? [workspaceId, g.error_code, agentId] : [workspaceId, g.error_code],
      );
      return {
        error_code: g.error_code,
        count: Number(g.count),
        last_at: Number(g.last_at),
        status: Number(latest?.status ?? 0),
        last_request_id: latest?.request_id ?? "",
      };
    }),
  );
}

/** Per agent: latest request, and requests and errors since `since`. */
export async function agentRequestStats(
  q: Queryable,
  workspaceId: string,
  since: number,
): Promise<Map<string, { last_at: number; requests: number; errors: number }>> {
  const rows = await q.all<{ agent_id: string; last_at: number; requests: number; errors: number }>(
    `SELECT agent_id, max(at) AS last_at,
            sum(CASE WHEN at >= ? THEN 1 ELSE 0 END) AS requests,
            sum(CASE WHEN at >= ? AND status >= 400 THEN 1 ELSE 0 END) AS errors
     FROM request_log WHERE workspace_id = ? AND agent_id IS NOT NULL GROUP BY agent_id`,
    [since, since, workspaceId],
  );
  return new Map(
    rows.map((r) => [r.agent_id, { last_at: Number(r.last_at), requests: Number(r.requests ?? 0), errors: Number(r.errors ?? 0) }]),
  );
}
