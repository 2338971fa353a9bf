// Every operation's handler, and the scope each agent operation needs.
import type { Handlers } from "../http/context.ts";
import type { Mailbox } from "../mail/mailbox.ts";
import type { Services } from "../services.ts";
import { agentReadHandlers } from "./agent-reads.ts";
import { auditHandlers } from "./audit.ts";
import { bookingHandlers } from "./bookings.ts";
import { calendarSourceHandlers } from "./calendar-sources.ts";
import { dashboardHandlers } from "./dashboard.ts";
import { feedHandlers } from "./feeds.ts";
import { mailboxHandlers } from "./mailbox.ts";
import { ownerActionHandlers } from "./owner-actions.ts";
import { ownerAuthHandlers, type SignInOptions } from "./owner-auth.ts";
import { ownerReadHandlers } from "./owner-reads.ts";
import { webhookHandlers } from "./webhooks.ts";

// The scope each agent operation needs: generated from the spec's `x-agentdraft-scope`.
export { operationScopes } from "../generated/tables.ts";

type MailboxOperation = keyof ReturnType<typeof mailboxHandlers>;

/** Every operation of the spec has its handler here (a new one fails to typecheck until it does), the mailbox's only with a mailbox. */
export type HandlerTable = Omit<Handlers, MailboxOperation> & Partial<Pick<Handlers, MailboxOperation>>;

/** Without a `mailbox` the mailbox operations answer 503 (not enabled). */
export function allHandlers(services: Services, signIn: SignInOptions, mailbox?: Mailbox): HandlerTable {
  return {
    health: async () => ({ status: 200, body: { status: "ok" } }),
    ...agentReadHandlers(services),
    ...bookingHandlers(services),
    ...auditHandlers(services),
    ...ownerAuthHandlers(services, signIn),
    ...dashboardHandlers(services),
    ...ownerReadHandlers(services),
    ...ownerActionHandlers(services),
    ...calendarSourceHandlers(services),
    ...feedHandlers(services, signIn.baseUrl),
    ...webhookHandlers(services),
    ...(mailbox ? mailboxHandlers(services, mailbox) : {}),
  };
}
