// Outbound mail through the API to a real SMTP sink on loopback (the relay): the delivered MIME is
// parsed back and checked — headers, threading, and the iTIP invite (parsed with ical.js) whose UID
// stays and whose SEQUENCE grows with every change of the booking. A relay that is down, refuses,
// or fails for a while shows in the message status.
import ICAL from "ical.js";
import PostalMime, { type Email } from "postal-mime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectInvalid, expectProblem } from "../support/problems.ts";
import { Owner, slot, startServer, type Loose, type ServerProcess, type TestAgent } from "../support/server-process.ts";
import { auditOf, DOMAIN, freePort, settled, smtpClient, startSink, uniqueName, type Delivered, type Sink } from "./support.ts";

let sink: Sink;
let server: ServerProcess;
let deadRelay: ServerProcess;
let smtpPort: number;
let owner: Owner;
let agent: TestAgent;
const address = (a: TestAgent) => a.mailbox_address;

beforeAll(async () => {
  sink = await startSink();
  smtpPort = await freePort();
  const closedPort = await freePort(); // nothing listens there: the relay is down
  const fast = { AGENTDRAFT_SMTP_RETRIES: "3", AGENTDRAFT_SMTP_RETRY_DELAY_MS: "100" };
  [server, deadRelay] = await Promise.all([
    startServer({ args: ["--smtp-relay", sink.url, "--smtp-port", String(smtpPort)], env: fast }),
    startServer({ args: ["--smtp-relay", `smtp://127.0.0.1:${closedPort}`], env: fast }),
  ]);
  owner = await Owner.signIn(server.url);
  agent = await owner.createAgent(uniqueName("Sender"), 1);
});

afterAll(async () => {
  await Promise.all([server?.stop(), deadRelay?.stop()]);
  await sink?.close();
});

/** Sends through the API and waits for the sink to receive it; returns the final message and the delivery. */
async function send(
  body: Record<string, unknown>,
  who = agent,
): Promise<{ message: Record<string, Loose>; delivered: Delivered; email: Email }> {
  const before = sink.messages.length;
  const res = await who.call("POST", "/v1/mailbox/messages", { body });
  expect(res.status, JSON.stringify(res.body)).toBe(202);
  expect(res.body.status).toBe("queued");
  const message = await settled(who, res.body.message_id);
  expect(message.status, message.failure_reason).toBe("sent");
  const delivered = (await sink.waitFor(before + 1))[before]!;
  return { message, delivered, email: await PostalMime.parse(delivered.raw) };
}

function calendarOf(email: Email) {
  const part = email.attachments.find((a) => a.mimeType === "text/calendar")!;
  expect(part, "a text/calendar part").toBeDefined();
  const attachment = email.attachments.find((a) => a.filename === "invite.ics")!;
  expect(attachment, "an invite.ics attachment").toBeDefined();
  const text = new TextDecoder().decode(part.content as ArrayBuffer);
  expect(new TextDecoder().decode(attachment.content as ArrayBuffer)).toBe(text);
  const vcalendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const vevent = vcalendar.getFirstSubcomponent("vevent")!;
  const event = new ICAL.Event(vevent);
  return {
    partMethod: part.method,
    method: vcalendar.getFirstPropertyValue("method"),
    uid: event.uid,
    sequence: event.sequence,
    status: vevent.getFirstPropertyValue("status"),
    start: event.startDate.toJSDate().toISOString(),
    end: event.endDate.toJSDate().toISOString(),
    organizer: String(vevent.getFirstPropertyValue("organizer")).toLowerCase(),
    attendees: vevent.getAllProperties("attendee").map((p) => String(p.getFirstValue()).toLowerCase()),
  };
}

describe("sending mail", () => {
  it("queues, then delivers through the relay with proper headers", async () => {
    const { message, delivered, email } = await send({
      to: ["ada@example.com", "bob@example.org"],
      subject: "Discovery call",
      text: "See you on Tuesday.",
      html: "<p>See you on <b>Tuesday</b>.</p>",
    });
    expect(delivered.mailFrom).toBe(address(agent));
    expect(delivered.rcptTo).toEqual(["ada@example.com", "bob@example.org"]);
    expect(email.from).toEqual({ name: agent.name, address: address(agent) });
    expect(email.to).toEqual([
      { name: "", address: "ada@example.com" },
      { name: "", address: "bob@example.org" },
    ]);
    expect(email.subject).toBe("Discovery call");
    expect(email.messageId).toBe(message.internet_message_id);
    expect(message.internet_message_id).toBe(`<${message.message_id}@${DOMAIN}>`);
    expect(email.inReplyTo).toBeUndefined();
    expect(email.text?.trim()).toBe("See you on Tuesday.");
    expect(email.html?.trim()).toBe("<p>See you on <b>Tuesday</b>.</p>");
    expect(Math.abs(Date.parse(email.date!) - Date.parse(message.created_at))).toBeLessThan(1000);
    expect(message).toMatchObject({
      direction: "outbound",
      from: address(agent),
      to: ["ada@example.com", "bob@example.org"],
      references: [],
      attachments: [],
    });

    const events = await auditOf(agent, message.message_id);
    expect(events.map((e) => e.action)).toEqual(["mailbox.queued", "mailbox.sent"]);
    expect(events[0]).toMatchObject({
      actor: { type: "agent", agent_id: agent.agent_id },
      outcome: { internet_message_id: message.internet_message_id },
    });
    expect(events[1]).toMatchObject({
      actor: { type: "system" },
      outcome: { accepted: ["ada@example.com", "bob@example.org"], rejected: [], attempts: 1 },
    });
    expect(message.audit_event_id).toBe(events[1]!.event_id);
  });

  it("threads replies with In-Reply-To and References", async () => {
    // A message arrives over SMTP as a reply within an existing thread …
    await smtpClient(smtpPort).sendMail({
      from: "ada@example.com",
      to: address(agent),
      subject: "Re: Lunch?",
      text: "Thursday?",
      messageId: "<t2@example.com>",
      inReplyTo: "<t1@example.com>",
      references: ["<t0@example.com>", "<t1@example.com>"],
    });
    // … the agent answers it,
    const first = await send({ to: ["ada@example.com"], subject: "Re: Lunch?", text: "Thursday works.", in_reply_to: "<t2@example.com>" });
    expect(first.email.inReplyTo).toBe("<t2@example.com>");
    expect(first.email.references).toBe("<t0@example.com> <t1@example.com> <t2@example.com>");
    expect(first.message).toMatchObject({
      in_reply_to: "<t2@example.com>",
      references: ["<t0@example.com>", "<t1@example.com>", "<t2@example.com>"],
    });
    // … and follows up on its own message (an id given without brackets is accepted).
    const ownId = first.message.internet_message_id as string;
    const second = await send({ to: ["ada@example.com"], subject: "Re: Lunch?", text: "12:30?", in_reply_to: ownId.slice(1, -1) });
    expect(second.email.inReplyTo).toBe(ownId);
    expect(second.email.references).toBe(`<t0@example.com> <t1@example.com> <t2@example.com> ${ownId}`);
    // A reply to a message this mailbox never saw still threads on it.
    const stranger = await send({ to: ["ada@example.com"], subject: "Re: ?", text: "?", in_reply_to: "<unknown-9@example.com>" });
    expect(stranger.email.inReplyTo).toBe("<unknown-9@example.com>");
    expect(stranger.email.references).toBe("<unknown-9@example.com>");
  });

  it("attaches an iTIP invite: stable UID, SEQUENCE bumped on every change, CANCEL once cancelled", async () => {
    const s = slot(30);
    const hold = await agent.call("POST", "/v1/bookings", {
      body: { ...s, mode: "hold", hold_ttl_seconds: 120, metadata: { title: "Discovery call" } },
    });
    expect(hold.status).toBe(201);
    const bookingId = hold.body.booking_id as string;
    const invite = (text: string) => ({ to: ["ada@example.com"], subject: "Discovery call", text, booking_id: bookingId });

    const held = await send(invite("Pencilled in."));
    const c0 = calendarOf(held.email);
    expect(c0).toEqual({
      partMethod: "REQUEST",
      method: "REQUEST",
      uid: `${bookingId}@${DOMAIN}`,
      sequence: 0,
      status: "TENTATIVE",
      start: new Date(s.start).toISOString(),
      end: new Date(s.end).toISOString(),
      organizer: `mailto:${address(agent)}`,
      attendees: ["mailto:ada@example.com"],
    });
    expect(held.message).toMatchObject({
      booking_id: bookingId,
      calendar: { method: "REQUEST", uid: c0.uid, sequence: 0, start: c0.start, end: c0.end, summary: "Discovery call" },
      attachments: [{ filename: "invite.ics", content_type: "application/ics", size: expect.any(Number) }],
    });

    // Sent again without a change: same UID, same SEQUENCE.
    const resent = calendarOf((await send(invite("Reminder."))).email);
    expect(resent).toMatchObject({ uid: c0.uid, sequence: 0, method: "REQUEST" });

    expect((await agent.call("POST", `/v1/bookings/${bookingId}/commit`)).status).toBe(200);
    const committed = calendarOf((await send(invite("Confirmed."))).email);
    expect(committed).toMatchObject({ uid: c0.uid, sequence: 1, method: "REQUEST", status: "CONFIRMED" });

    expect((await agent.call("POST", `/v1/bookings/${bookingId}/cancel`, { body: { reason: "customer rescheduled" } })).status).toBe(200);
    const cancelled = await send(invite("Cancelled, sorry."));
    const c2 = calendarOf(cancelled.email);
    expect(c2).toMatchObject({
      partMethod: "CANCEL",
      method: "CANCEL",
      uid: c0.uid,
      sequence: 2,
      status: "CANCELLED",
      start: c0.start,
      end: c0.end,
    });
    expect(cancelled.message.calendar).toMatchObject({ method: "CANCEL", uid: c0.uid, sequence: 2 });
  });

  it("is idempotent by Idempotency-Key: one message, one delivery", async () => {
    const body = { to: ["ada@example.com"], subject: "Once", text: "only once" };
    const headers = { "idempotency-key": `ik-${Date.now()}` };
    const first = await agent.call("POST", "/v1/mailbox/messages", { body, headers });
    const replay = await agent.call("POST", "/v1/mailbox/messages", { body, headers });
    expect(first.status).toBe(202);
    expect(replay.status).toBe(202);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.body).toEqual(first.body);
    expectProblem(
      await agent.call("POST", "/v1/mailbox/messages", { body: { ...body, text: "else" }, headers }),
      422,
      "idempotency_key_reused",
    );
    await settled(agent, first.body.message_id);
    await new Promise((r) => setTimeout(r, 300));
    const copies = sink.messages.filter((m) => m.raw.toString().includes(first.body.internet_message_id));
    expect(copies).toHaveLength(1);
  });

  it("validates what it is asked to send", async () => {
    const base = { to: ["ada@example.com"], subject: "x", text: "y" };
    expectInvalid(
      await agent.call("POST", "/v1/mailbox/messages", { body: { ...base, to: ["Ada <ada@example.com>", "ok@example.com", "a@b@c"] } }),
      [
        { field: "/to/0", message: /bare address/ },
        { field: "/to/2", message: /bare address/ },
      ],
    );
    expectInvalid(await agent.call("POST", "/v1/mailbox/messages", { body: { ...base, in_reply_to: "<a b@example.com>" } }), [
      { field: "/in_reply_to", message: /Message-ID/ },
    ]);
    expectProblem(
      await agent.call("POST", "/v1/mailbox/messages", { body: { ...base, booking_id: "bkg_doesnotexist" } }),
      404,
      "not_found",
    );

    const stranger = await (await Owner.signIn(server.url)).createAgent(uniqueName("stranger"), 1);
    const theirs = await stranger.call("POST", "/v1/bookings", { body: slot(40) });
    expectProblem(
      await agent.call("POST", "/v1/mailbox/messages", { body: { ...base, booking_id: theirs.body.booking_id } }),
      404,
      "not_found",
    );

    const reader = await owner.createAgent(uniqueName("reader"), 5, ["mailbox:read"]);
    expectProblem(await reader.call("POST", "/v1/mailbox/messages", { body: base }), 403, "forbidden", { required_scope: "mailbox:send" });
  });

  it("a subject cannot inject headers", async () => {
    const { email, message } = await send({ to: ["ada@example.com"], subject: "Hi\r\nBcc: victim@example.com", text: "x" });
    expect(email.bcc).toBeUndefined();
    expect(email.headers.filter((h) => h.key === "bcc")).toEqual([]);
    expect(email.subject).toBe("Hi Bcc: victim@example.com");
    expect(message.subject).toBe("Hi Bcc: victim@example.com");
  });
});

describe("relay failures", () => {
  it("retries a temporary refusal and then delivers", async () => {
    sink.behaviour.dataFailures = 2;
    sink.behaviour.dataCode = 451;
    const refusedBefore = sink.refused;
    const { message } = await send({ to: ["ada@example.com"], subject: "Eventually", text: "x" });
    expect(sink.refused - refusedBefore).toBe(2);
    const sent = (await auditOf(agent, message.message_id)).at(-1)!;
    expect(sent).toMatchObject({ action: "mailbox.sent", outcome: { attempts: 3 } });
  });

  it("fails at once when the relay refuses permanently", async () => {
    sink.behaviour.rcpt = (a) => (a.startsWith("bounce") ? 550 : undefined);
    try {
      const res = await agent.call("POST", "/v1/mailbox/messages", { body: { to: ["bounce@example.com"], subject: "x", text: "y" } });
      expect(res.status).toBe(202);
      const message = await settled(agent, res.body.message_id);
      expect(message.status).toBe("failed");
      expect(message.failure_reason).toMatch(/550/);
      const failed = (await auditOf(agent, message.message_id)).at(-1)!;
      expect(failed).toMatchObject({ action: "mailbox.failed", actor: { type: "system" }, outcome: { attempts: 1 } });
      expect(message.audit_event_id).toBe(failed.event_id);
    } finally {
      sink.behaviour.rcpt = undefined;
    }
  });

  it("marks a message failed, with the reason, after bounded retries when the relay is down", async () => {
    const sender = await (await Owner.signIn(deadRelay.url)).createAgent(uniqueName("stranded"), 1);
    const res = await sender.call("POST", "/v1/mailbox/messages", { body: { to: ["ada@example.com"], subject: "x", text: "y" } });
    expect(res.status).toBe(202);
    const message = await settled(sender, res.body.message_id);
    expect(message.status).toBe("failed");
    expect(message.failure_reason).toMatch(/ECONNREFUSED/);
    expect(message.failure_reason).toMatch(/after 3 attempts/);
    const events = await auditOf(sender, message.message_id);
    expect(events.map((e) => e.action)).toEqual(["mailbox.queued", "mailbox.failed"]);
    expect(events[1]).toMatchObject({ outcome: { attempts: 3, failure_reason: message.failure_reason } });
  });
});
