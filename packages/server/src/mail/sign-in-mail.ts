// Mails an owner's sign-in link through the relay. Outside dev mode this is the only way a
// magic-link token leaves the server: it is never logged (docs/security.md §3).
import nodemailer, { type Transporter } from "nodemailer";

export interface SignInMailer {
  send(to: string, link: string, token: string): Promise<void>;
}

export function signInMailer(relay: string, fromDomain: string): SignInMailer {
  let transport: Transporter | undefined;
  return {
    async send(to, link, token) {
      transport ??= nodemailer.createTransport({
        url: relay,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
        disableFileAccess: true,
        disableUrlAccess: true,
      });
      await transport.sendMail({
        from: `AgentDraft <no-reply@${fromDomain}>`,
        to,
        subject: "Your AgentDraft sign-in link",
        text:
          `Sign in to AgentDraft: ${link}\n\n` +
          `Or send this token to POST /v1/auth/verify: ${token}\n\n` +
          `The link works once and expires in 15 minutes. If you did not ask for it, ignore this mail.\n`,
      });
    },
  };
}
