// Which agent an address reaches: `<handle>[+tag]@<mail domain>`, the handle being the agent's name
// compared case-insensitively (src/routes/mailbox-address.ts). Revoked agents have no mailbox.
import { mailboxAddress } from "../routes/mailbox-address.ts";
import type { Queryable } from "../store/db.ts";

export interface MailboxOwner {
  agent_id: string;
  workspace_id: string;
  name: string;
  /** Its canonical address. */
  address: string;
}

export type Resolution = { kind: "agent"; agent: MailboxOwner } | { kind: "unknown" } | { kind: "ambiguous" };

/** Agent names: `^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$` (spec `CreateAgentRequest.name`). */
const HANDLE = /^[a-z0-9][a-z0-9._-]{0,63}$/;

export class MailDirectory {
  private readonly db: Queryable;
  /** The mail domain as configured (addresses are shown with it). */
  readonly domain: string;
  private readonly lowerDomain: string;

  constructor(db: Queryable, domain: string) {
    this.db = db;
    this.domain = domain;
    this.lowerDomain = domain.toLowerCase();
  }

  /** The handle an address names on this server's domain (sub-address `+tag` dropped), if any. */
  handleOf(address: string): string | undefined {
    const value = address.trim().toLowerCase();
    const at = value.lastIndexOf("@");
    if (at <= 0 || value.slice(at + 1) !== this.lowerDomain) return undefined;
    const handle = value.slice(0, at).split("+")[0]!;
    return HANDLE.test(handle) ? handle : undefined;
  }

  async resolve(address: string): Promise<Resolution> {
    const handle = this.handleOf(address);
    if (handle === undefined) return { kind: "unknown" };
    const rows = await this.db.all<{ agent_id: string; workspace_id: string; name: string }>(
      `SELECT agent_id, workspace_id, name FROM agents WHERE lower(name) = ? AND revoked = 0 ORDER BY created_at, agent_id LIMIT 2`,
      [handle],
    );
    // Names are unique per workspace only: two workspaces' agents may share a handle, and mail for it
    // would reach one of them at random. Refuse it instead of guessing.
    if (rows.length > 1) return { kind: "ambiguous" };
    const row = rows[0];
    if (!row) return { kind: "unknown" };
    return { kind: "agent", agent: { ...row, address: mailboxAddress(row.name, this.domain) } };
  }
}
