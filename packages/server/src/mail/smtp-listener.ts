// The built-in inbound SMTP listener (npm smtp-server), bound to loopback only: no AUTH, no
// STARTTLS (a provider or local MTA in front of it does that). Unknown recipients are refused at
// RCPT TO, the message size is advertised (SIZE) and enforced on the data stream.
import type { AddressInfo } from "node:net";
import type { Logger } from "pino";
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from "smtp-server";
import { StoreUnavailableError } from "../store/db.ts";
import type { MailDirectory, MailboxOwner } from "./directory.ts";
import { MailRejected, type InboundMail } from "./inbound.ts";

export interface SmtpListenerOptions {
  port: number;
  maxBytes: number;
  directory: MailDirectory;
  inbound: InboundMail;
  log: Logger;
}

export interface SmtpListener {
  port: number;
  close(): Promise<void>;
}

const MAX_RECIPIENTS = 100;

/** An error smtp-server turns into the given SMTP reply. */
function reply(code: number, text: string): Error {
  return Object.assign(new Error(text), { responseCode: code });
}

export async function startSmtpListener(options: SmtpListenerOptions): Promise<SmtpListener> {
  const { directory, inbound, log, maxBytes } = options;
  /** Recipients accepted at RCPT TO, per session. */
  const accepted = new Map<string, Map<string, MailboxOwner>>();

  const server = new SMTPServer({
    name: directory.domain,
    banner: "AgentDraft inbound mail",
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    size: maxBytes,
    logger: false,
    disableReverseLookup: true,
    maxClients: 50,
    socketTimeout: 60_000,
    closeTimeout: 5_000,

    onConnect(session, callback) {
      accepted.set(session.id, new Map());
      callback();
    },

    onMailFrom(_address, session, callback) {
      accepted.set(session.id, new Map()); // a new transaction on the same connection
      callback();
    },

    onRcptTo(address, session, callback) {
      const recipients = accepted.get(session.id) ?? new Map<string, MailboxOwner>();
      accepted.set(session.id, recipients);
      if (recipients.size >= MAX_RECIPIENTS) return callback(reply(452, "4.5.3 Too many recipients"));
      directory.resolve(address.address).then(
        (found) => {
          if (found.kind === "agent") {
            recipients.set(found.agent.agent_id, found.agent);
            return callback();
          }
          callback(reply(550, `5.1.1 <${address.address.slice(0, 200)}>: no such mailbox here`));
        },
        (error: unknown) => {
          log.warn({ err: error }, "SMTP recipient lookup failed");
          callback(reply(451, "4.3.0 Temporary failure; try again later"));
        },
      );
    },

    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback) {
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size <= maxBytes) chunks.push(chunk);
      });
      stream.on("error", (error) => {
        log.warn({ err: error }, "SMTP data stream failed");
      });
      stream.on("end", () => {
        if (stream.sizeExceeded || size > maxBytes) {
          return callback(reply(552, `5.3.4 Message exceeds the maximum size of ${maxBytes} bytes`));
        }
        const recipients = [...(accepted.get(session.id)?.values() ?? [])];
        if (recipients.length === 0) return callback(reply(554, "5.5.1 No valid recipients"));
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined;
        inbound
          .deliver(
            Buffer.concat(chunks),
            { from, recipients },
            { request_id: `smtp_${session.id}`, method: "SMTP", path: "DATA", via: "smtp" },
          )
          .then(
            (result) => callback(null, `Stored as ${result.message_ids.join(", ")}${result.duplicate ? " (duplicate)" : ""}`),
            (error: unknown) => {
              if (error instanceof MailRejected) return callback(reply(550, `5.6.0 ${error.message}`));
              if (!(error instanceof StoreUnavailableError)) log.error({ err: error }, "storing inbound mail failed");
              callback(reply(451, "4.3.0 Temporary failure; try again later"));
            },
          );
      });
    },

    onClose(session) {
      accepted.delete(session.id);
    },
  });

  let listening = false;
  // Always listened to (an unhandled "error" event would end the process); a failed listen is reported below.
  server.on("error", (error) => {
    if (listening) log.warn({ err: error }, "SMTP listener error");
  });

  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? new Error(`SMTP port ${options.port} on 127.0.0.1 is in use: choose another with --smtp-port, or 0 to disable the listener`)
          : error,
      );
    server.server.once("error", onError);
    server.listen(options.port, "127.0.0.1", () => {
      server.server.off("error", onError);
      listening = true;
      resolve();
    });
  });
  const { port } = server.server.address() as AddressInfo;
  log.info({ port, host: "127.0.0.1" }, "SMTP listener ready");
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
