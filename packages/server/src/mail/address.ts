// An agent's mailbox address: `<name>.<workspace handle>@<mail domain>`, lower-cased. Names are
// unique per workspace and handles per server, so every address is unique on the server and no
// workspace can claim or shadow another's (docs/protocol.md §5.1).
import { randomBytes } from "node:crypto";

export function mailboxAddress(name: string, mailHandle: string, domain: string): string {
  return `${name.toLowerCase()}.${mailHandle}@${domain}`;
}

/** A new workspace's handle: 10 hex characters (40 random bits; the store keeps them unique). */
export function newMailHandle(): string {
  return randomBytes(5).toString("hex");
}
