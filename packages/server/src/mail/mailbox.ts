// The mailbox subsystem a server runs: the address directory, inbound delivery (SMTP listener on
// loopback and the webhook), and the outbox that delivers queued messages through the relay.
import type { Logger } from "pino";
import type { Services } from "../services.ts";
import { MailDirectory } from "./directory.ts";
import { InboundMail } from "./inbound.ts";
import { Outbox } from "./outbound.ts";
import { startSmtpListener, type SmtpListener } from "./smtp-listener.ts";

export interface MailboxOptions {
  domain: string;
  /** Inbound SMTP port on 127.0.0.1; 0 disables the listener. */
  smtpPort: number;
  /** Largest inbound message in bytes. */
  maxBytes: number;
  /** Outbound relay URL; undefined disables sending. */
  relay?: string;
  maxAttempts: number;
  retryDelayMs: number;
}

export class Mailbox {
  readonly directory: MailDirectory;
  readonly inbound: InboundMail;
  readonly outbox: Outbox;
  readonly options: MailboxOptions;
  private readonly log: Logger;
  private listener: SmtpListener | undefined;

  constructor(services: Services, options: MailboxOptions, log: Logger) {
    this.options = options;
    this.log = log;
    this.directory = new MailDirectory(services.db, options.domain);
    this.inbound = new InboundMail(services, options.domain, log);
    this.outbox = new Outbox(services, { relay: options.relay, maxAttempts: options.maxAttempts, retryDelayMs: options.retryDelayMs }, log);
  }

  /** The port the SMTP listener is bound to, when it runs. */
  get smtpPort(): number | undefined {
    return this.listener?.port;
  }

  async start(): Promise<void> {
    if (this.options.smtpPort > 0) {
      this.listener = await startSmtpListener({
        port: this.options.smtpPort,
        maxBytes: this.options.maxBytes,
        directory: this.directory,
        inbound: this.inbound,
        log: this.log,
      });
    }
    this.outbox.start();
  }

  async close(): Promise<void> {
    await this.listener?.close();
    this.listener = undefined;
    await this.outbox.close();
  }
}
