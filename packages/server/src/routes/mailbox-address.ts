// An agent's mailbox address: its name, lower-cased, at the server's mail domain.
export function mailboxAddress(name: string, domain: string): string {
  return `${name.toLowerCase()}@${domain}`;
}
