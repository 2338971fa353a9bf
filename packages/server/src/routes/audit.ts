// The workspace's audit log: events, signed checkpoint, inclusion and consistency proofs.
import { consistencyProof, inclusionProof, rootHash, signCheckpoint, verifierKey } from "../audit/index.ts";
import type { Handler } from "../http/context.ts";
import { ApiError, invalid } from "../http/problems.ts";
import type { Services } from "../services.ts";
import { decodeCursor, page } from "./cursor.ts";

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");

export function auditHandlers(services: Services): Record<string, Handler> {
  const leavesOf = (workspaceId: string) => services.ledger.leaves.get(workspaceId) ?? [];
  const origin = (workspaceId: string) => `${services.settings.logName}/${workspaceId}`;

  return {
    listAuditEvents: async ({ agent, query }) => {
      const q = query as { resource?: string; limit: number; cursor?: string };
      const where = ["workspace_id = ?"];
      const params: (string | number)[] = [agent!.workspace_id];
      if (q.resource) (where.push("resource = ?"), params.push(q.resource));
      if (q.cursor) (where.push("seq > ?"), params.push(decodeCursor(q.cursor, "number")[0]));
      const rows = await services.db.all<{ seq: number; body: string }>(
        `SELECT seq, body FROM audit_events WHERE ${where.join(" AND ")} ORDER BY seq LIMIT ?`,
        [...params, q.limit + 1],
      );
      return { status: 200, body: page(rows, q.limit, (r) => JSON.parse(r.body) as unknown, (r) => [Number(r.seq)]) };
    },

    getAuditCheckpoint: async ({ agent }) => {
      const leaves = leavesOf(agent!.workspace_id);
      const root = rootHash(leaves);
      const { logName } = services.settings;
      const cp = { origin: origin(agent!.workspace_id), size: leaves.length, rootHash: root };
      return {
        status: 200,
        body: {
          origin: cp.origin,
          tree_size: cp.size,
          root_hash: b64(root),
          checkpoint: signCheckpoint(cp, logName, services.signingKey.privateKeyPem),
          verifier_key: verifierKey(logName, services.signingKey.publicKey),
        },
      };
    },

    getAuditInclusionProof: async ({ agent, path, query }) => {
      const row = await services.db.get<{ seq: number; body: string }>(
        `SELECT seq, body FROM audit_events WHERE workspace_id = ? AND event_id = ?`,
        [agent!.workspace_id, path.event_id!],
      );
      if (!row) throw new ApiError("not_found", `no audit event ${path.event_id}`);
      const leaves = leavesOf(agent!.workspace_id);
      const index = Number(row.seq);
      const size = (query as { tree_size?: number }).tree_size ?? leaves.length;
      if (size <= index || size > leaves.length) {
        throw invalid(`tree_size must be in ${index + 1}..${leaves.length}`, [{ field: "query.tree_size", message: "out of range" }]);
      }
      return {
        status: 200,
        body: {
          event_id: path.event_id,
          leaf_index: index,
          tree_size: size,
          leaf_hash: b64(leaves[index]!),
          proof: inclusionProof(leaves, index, size).map(b64),
          event: JSON.parse(row.body) as unknown,
        },
      };
    },

    getAuditConsistencyProof: async ({ agent, query }) => {
      const leaves = leavesOf(agent!.workspace_id);
      const q = query as { from_size: number; to_size?: number };
      const to = q.to_size ?? leaves.length;
      if (to > leaves.length || q.from_size > to) {
        throw invalid(`need 1 ≤ from_size ≤ to_size ≤ ${leaves.length}`, [{ field: "query.to_size", message: "out of range" }]);
      }
      return { status: 200, body: { from_size: q.from_size, to_size: to, proof: consistencyProof(leaves, q.from_size, to).map(b64) } };
    },
  };
}
