// Test support for the mailbox: free loopback ports, a real SMTP sink (smtp-server) standing in for
// the relay, an SMTP client (nodemailer) talking to the server's listener, and polling helpers.
import nodemailer from "nodemailer";
import { SMTPServer } from "smtp-server";
import { expect } from "vitest";
import type { Loose, TestAgent } from "../support/server-process.ts";

export { freePort } from "../../src/testing.ts";

export const DOMAIN = "agents.agentdraft.local";

/** A unique agent name per call (names are mailbox handles, and handles must be unique server-wide). */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Math.random().toString(36).slice(2, 8)}`;
}

export interface Delivered {
  mailFrom: string;
  rcptTo: string[];
  raw: Buffer;
}

export interface Sink {
  port: number;
  url: string;
  messages: Delivered[];
  /** What the sink refuses, changeable while it runs. */
  behaviour: {
    /** SMTP reply code for a recipient it refuses at RCPT TO (undefined: accept). */
    rcpt?: (address: string) => number | undefined;
    /** How many more DATA commands to answer with `dataCode` before accepting again. */
    dataFailures: number;
    dataCode: number;
  };
  /** DATA commands refused so far. */
  refused: number;
  /** Resolves once `n` messages arrived (or fails after `timeoutMs`). */
  waitFor(n: number, timeoutMs?: number): Promise<Delivered[]>;
  close(): Promise<void>;
}

/** A real SMTP server on loopback that keeps every message it accepts. */
export async function startSink(): Promise<Sink> {
  const messages: Delivered[] = [];
  const behaviour: Sink["behaviour"] = { dataFailures: 0, dataCode: 451 };
  const counters = { refused: 0 };
  const refuse = (code: number, text: string) => Object.assign(new Error(text), { responseCode: code });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    disableReverseLookup: true,
    onRcptTo(address, _session, callback) {
      const code = behaviour.rcpt?.(address.address);
      callback(code ? refuse(code, `${code === 550 ? "5.1.1" : "4.2.0"} refused by the test sink`) : undefined);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        if (behaviour.dataFailures > 0) {
          behaviour.dataFailures--;
          counters.refused++;
          return callback(refuse(behaviour.dataCode, `${behaviour.dataCode >= 500 ? "5.0.0" : "4.3.0"} the test sink says no`));
        }
        messages.push({
          mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          rcptTo: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.server.address() as { port: number };
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    behaviour,
    get refused() {
      return counters.refused;
    },
    async waitFor(n, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < n) {
        if (Date.now() > deadline) throw new Error(`the sink got ${messages.length} of ${n} messages`);
        await new Promise((r) => setTimeout(r, 25));
      }
      return messages;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** An SMTP client for the server's inbound listener (plain SMTP on loopback). */
export function smtpClient(port: number) {
  return nodemailer.createTransport({ host: "127.0.0.1", port, secure: false, ignoreTLS: true, connectionTimeout: 5_000 });
}

/** Polls a message until its status leaves `queued`. */
export async function settled(agent: TestAgent, messageId: string, timeoutMs = 15_000): Promise<Record<string, Loose>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await agent.call("GET", `/v1/mailbox/messages/${messageId}`);
    expect(res.status).toBe(200);
    if (res.body.status !== "queued") return res.body;
    if (Date.now() > deadline) throw new Error(`message ${messageId} is still queued`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Every message of an agent's mailbox (all pages). */
export async function allMessages(agent: TestAgent, query = ""): Promise<Record<string, Loose>[]> {
  const out: Record<string, Loose>[] = [];
  let cursor: string | undefined;
  for (;;) {
    const sep = query ? "&" : "";
    const res = await agent.call("GET", `/v1/mailbox/messages?${query}${sep}limit=200${cursor ? `&cursor=${cursor}` : ""}`);
    expect(res.status).toBe(200);
    out.push(...res.body.data);
    if (!res.body.has_more) return out;
    cursor = res.body.next_cursor;
  }
}

/** Audit events about one resource, oldest first. */
export async function auditOf(agent: TestAgent, resource: string): Promise<Record<string, Loose>[]> {
  const res = await agent.call("GET", `/v1/audit?resource=${resource}&limit=200`);
  expect(res.status).toBe(200);
  return res.body.data;
}

/**
 * A raw SMTP conversation: sends each command line and returns the server's reply to the greeting
 * and to each command (multi-line replies joined), so a test can see which step refused what.
 */
export async function smtpDialogue(port: number, commands: string[]): Promise<string[]> {
  const { connect } = await import("node:net");
  const socket = connect(port, "127.0.0.1");
  let buffer = "";
  const replies: string[] = [];
  let waiting: (() => void) | undefined;
  socket.on("data", (chunk: Buffer) => {
    buffer += chunk.toString("latin1");
    // A reply is complete at a line "ddd " (last line of a multi-line reply).
    for (;;) {
      const m = /^(?:\d{3}-[^\r\n]*\r\n)*\d{3} [^\r\n]*\r\n/.exec(buffer);
      if (!m) break;
      replies.push(m[0].trimEnd());
      buffer = buffer.slice(m[0].length);
      waiting?.();
    }
  });
  const next = async (count: number) => {
    const deadline = Date.now() + 10_000;
    while (replies.length < count) {
      if (Date.now() > deadline) throw new Error(`no SMTP reply; got ${JSON.stringify(replies)}`);
      await new Promise<void>((r) => {
        waiting = r;
        setTimeout(r, 50);
      });
    }
  };
  await next(1);
  for (const [i, command] of commands.entries()) {
    socket.write(`${command}\r\n`);
    await next(i + 2);
  }
  socket.end("QUIT\r\n");
  return replies;
}
