// Which agent an address reaches: `<name>.<workspace handle>[+tag]@<mail domain>`, the name compared
// case-insensitively (src/routes/mailbox-address.ts). Revoked agents have no mailbox.
import { mailboxAddress } from "./address.ts";
import { mailboxAgent } from "../store/agents.ts";
import type { Queryable } from "../store/db.ts";

export interface MailboxOwner {
  agent_id: string;
  workspace_id: string;
  name: string;
  /** Its canonical address. */
  address: string;
}

export type Resolution = { kind: "agent"; agent: MailboxOwner } | { kind: "unknown" };

/** An address's local part: `<agent name>.<workspace handle>` (names may hold dots; handles never do). */
const LOCAL_PART = /^([a-z0-9][a-z0-9._-]{0,63})\.([0-9a-f]{10})$/;

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

  /** The agent name and workspace handle an address names on this server's domain (sub-address `+tag` dropped), if any. */
  private parse(address: string): { name: string; mailHandle: string } | undefined {
    const value = address.trim().toLowerCase();
    const at = value.lastIndexOf("@");
    if (at <= 0 || value.slice(at + 1) !== this.lowerDomain) return undefined;
    const m = LOCAL_PART.exec(value.slice(0, at).split("+")[0]!);
    return m ? { name: m[1]!, mailHandle: m[2]! } : undefined;
  }

  async resolve(address: string): Promise<Resolution> {
    const parsed = this.parse(address);
    if (!parsed) return { kind: "unknown" };
    const row = await mailboxAgent(this.db, parsed.mailHandle, parsed.name);
    if (!row) return { kind: "unknown" };
    return {
      kind: "agent",
      agent: {
        agent_id: row.agent_id,
        workspace_id: row.workspace_id,
        name: row.name,
        address: mailboxAddress(row.name, parsed.mailHandle, this.domain),
      },
    };
  }
}
