// The workspace's audit log: events, signed checkpoint, inclusion and consistency proofs.
import { bytesEqual, consistencyProof, inclusionProof, rootHash, signCheckpoint, verifierKey } from "../audit/index.ts";
import type { Schemas } from "../generated/operations.ts";
import { workspaceOf, type Handlers } from "../http/context.ts";
import { ApiError, invalid } from "../http/problems.ts";
import type { Services } from "../services.ts";
import { auditEventById, leafHashes, listAuditEvents } from "../store/audit-events.ts";
import { decodeCursor, page } from "./cursor.ts";

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");

export function auditHandlers(
  services: Services,
): Pick<Handlers, "listAuditEvents" | "getAuditCheckpoint" | "getAuditInclusionProof" | "getAuditConsistencyProof"> {
  // The caller's workspace is leased for the request: its ledger is loaded and current.
  const ledgerOf = (workspaceId: string) => services.ledgers.peek(workspaceId)!;
  /**
   * The leaf hashes of the workspace's tree, read from the store (a process keeps only the tree's
   * frontier). They must rebuild the root the ledger computed as it appended them: a stored log that
   * was edited, cut or reordered since cannot be proved from, and the server says so instead of
   * serving proofs of a tree it never signed.
   */
  const leavesOf = async (workspaceId: string) => {
    // Size and root are read together, before the query: a command committed while it runs moves
    // the ledger on, and the tree read must be compared with the one it was read for.
    const ledger = ledgerOf(workspaceId);
    const size = ledger.auditSize;
    const root = ledger.auditRoot();
    const leaves = await leafHashes(services.db, workspaceId, size);
    if (leaves.length !== size || !bytesEqual(rootHash(leaves), root)) {
      throw new Error(`the stored audit log of ${workspaceId} no longer matches its Merkle tree (edited or deleted rows)`);
    }
    return leaves;
  };
  const origin = (workspaceId: string) => `${services.settings.logName}/${workspaceId}`;

  return {
    listAuditEvents: async (input) => {
      const q = input.query;
      const rows = await listAuditEvents(services.db, workspaceOf(input), {
        ...(q.resource ? { resource: q.resource } : {}),
        ...(q.cursor ? { afterSeq: decodeCursor(q.cursor, "number")[0] } : {}),
        limit: q.limit + 1,
      });
      return {
        status: 200,
        body: page(
          rows,
          q.limit,
          (r) => JSON.parse(r.body) as Schemas["AuditEvent"],
          (r) => [Number(r.seq)],
        ),
      };
    },

    getAuditCheckpoint: async (input) => {
      const ledger = ledgerOf(workspaceOf(input));
      const root = ledger.auditRoot();
      const { logName } = services.settings;
      const cp = { origin: origin(workspaceOf(input)), size: ledger.auditSize, rootHash: root };
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

    getAuditInclusionProof: async (input) => {
      const row = await auditEventById(services.db, workspaceOf(input), input.path.event_id!);
      if (!row) throw new ApiError("not_found", `no audit event ${input.path.event_id}`);
      const leaves = await leavesOf(workspaceOf(input));
      const index = Number(row.seq);
      const size = input.query.tree_size ?? leaves.length;
      if (size <= index || size > leaves.length) {
        throw invalid(`tree_size must be in ${index + 1}..${leaves.length}`, [{ field: "query.tree_size", message: "out of range" }]);
      }
      return {
        status: 200,
        body: {
          event_id: input.path.event_id,
          leaf_index: index,
          tree_size: size,
          leaf_hash: b64(leaves[index]!),
          proof: inclusionProof(leaves, index, size).map(b64),
          event: JSON.parse(row.body) as Schemas["AuditEvent"],
        },
      };
    },

    getAuditConsistencyProof: async (input) => {
      const leaves = await leavesOf(workspaceOf(input));
      const q = input.query;
      const to = q.to_size ?? leaves.length;
      if (to > leaves.length || q.from_size > to) {
        throw invalid(`need 1 ≤ from_size ≤ to_size ≤ ${leaves.length}`, [{ field: "query.to_size", message: "out of range" }]);
      }
      return { status: 200, body: { from_size: q.from_size, to_size: to, proof: consistencyProof(leaves, q.from_size, to).map(b64) } };
    },
  };
}
