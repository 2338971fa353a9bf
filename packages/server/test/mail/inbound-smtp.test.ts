// Inbound mail over real SMTP on loopback: a nodemailer client delivers to the server's listener,
// and the messages are read back through the agent API. Recipients are checked at RCPT TO, sizes
// are enforced, duplicates are stored once, and hostile or malformed mail never hurts the server.
import ical, { ICalAttendeeStatus, ICalCalendarMethod } from "ical-generator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, Owner, replayStoreOf, startServer, type ServerProcess, type TestAgent } from "../support/server-process.ts";
import { allMessages, auditOf, DOMAIN, freePort, smtpClient, smtpDialogue, uniqueName } from "./support.ts";

const MAX_BYTES = 100_000;

let server: ServerProcess;
let smtpPort: number;
let owner: Owner;
let agent: TestAgent;
let other: TestAgent;
const address = (a: TestAgent) => a.mailbox_address;

beforeAll(async () => {
  smtpPort = await freePort();
  server = await startServer({ args: ["--smtp-port", String(smtpPort), "--smtp-max-size", String(MAX_BYTES)] });
  owner = await Owner.signIn(server.url);
  agent = await owner.createAgent(uniqueName("Inbox"), 1);
  other = await owner.createAgent(uniqueName("other"), 2);
});

afterAll(async () => {
  await server?.stop();
});

describe("inbound SMTP", () => {
  it("stores a message sent to an agent's address and serves it through the API", async () => {
    const client = smtpClient(smtpPort);
    const info = await client.sendMail({
      from: '"Ada Lovelace" <ada@example.com>',
      to: address(agent),
      cc: "someone@example.com",
      subject: "Can we meet on Tuesday?",
      text: "Tuesday 15:00 works for me.",
      html: "<p>Tuesday <b>15:00</b> works for me.</p><script>alert(1)</script>",
      messageId: "<first-1@example.com>",
      attachments: [{ filename: "agenda.pdf", content: Buffer.alloc(1234, 7), contentType: "application/pdf" }],
    });
    expect(info.accepted).toEqual([address(agent)]);
    expect(info.response).toMatch(/^250 .*msg_/);

    const inbox = await allMessages(agent, "direction=inbound");
    const m = inbox.find((x) => x.internet_message_id === "<first-1@example.com>")!;
    expect(m).toMatchObject({
      direction: "inbound",
      status: "received",
      from: "ada@example.com",
      to: [address(agent)],
      subject: "Can we meet on Tuesday?",
      references: [],
      attachments: [{ filename: "agenda.pdf", content_type: "application/pdf", size: 1234 }],
    });
    expect(m.text.trim()).toBe("Tuesday 15:00 works for me.");
    expect(m.html).toContain("<script>alert(1)</script>"); // stored as received, never rendered
    expect(m.message_id).toMatch(/^msg_/);

    const one = await agent.call("GET", `/v1/mailbox/messages/${m.message_id}`);
    expect(one.status).toBe(200);
    expect(one.body).toEqual(m);

    const [event] = await auditOf(agent, m.message_id);
    expect(event).toMatchObject({
      event_id: m.audit_event_id,
      action: "mailbox.received",
      actor: { type: "system" },
      outcome: {
        direction: "inbound",
        mailbox: address(agent),
        from: "ada@example.com",
        internet_message_id: "<first-1@example.com>",
        via: "smtp",
      },
    });
  });

  it("keeps mailboxes apart: another agent sees neither the message nor its id", async () => {
    const [m] = await allMessages(agent, "direction=inbound");
    expect(await allMessages(other)).toEqual([]);
    expect((await other.call("GET", `/v1/mailbox/messages/${m!.message_id}`)).status).toBe(404);
    const reader = await owner.createAgent(uniqueName("noscope"), 3, ["bookings:read"]);
    const denied = await reader.call("GET", "/v1/mailbox/messages");
    expect(denied.status).toBe(403);
    expect(denied.body).toMatchObject({ code: "forbidden", required_scope: "mailbox:read" });
  });

  it("reaches an agent case-insensitively and with a +tag sub-address", async () => {
    const client = smtpClient(smtpPort);
    const [local, domain] = address(agent).split("@") as [string, string];
    const upper = `${local.toUpperCase()}+calendar@${domain.toUpperCase()}`;
    await client.sendMail({ from: "bob@example.com", to: upper, subject: "tagged", text: "hi", messageId: "<tagged-1@example.com>" });
    const inbox = await allMessages(agent);
    expect(inbox.some((x) => x.internet_message_id === "<tagged-1@example.com>")).toBe(true);
  });

  it("stores a duplicate Message-ID once per mailbox", async () => {
    const client = smtpClient(smtpPort);
    const mail = { from: "carol@example.com", subject: "twice", text: "same message", messageId: "<dup-1@example.com>" };
    const first = await client.sendMail({ ...mail, to: address(agent) });
    const again = await client.sendMail({ ...mail, to: address(agent) });
    expect(first.response).not.toMatch(/duplicate/);
    expect(again.response).toMatch(/duplicate/);
    // The same message to two mailboxes at once: one copy each, the known one not stored again.
    await client.sendMail({ ...mail, to: [address(agent), address(other)] });

    const copies = (await allMessages(agent)).filter((x) => x.internet_message_id === "<dup-1@example.com>");
    expect(copies).toHaveLength(1);
    expect(first.response).toContain(copies[0]!.message_id);
    expect(again.response).toContain(copies[0]!.message_id);
    expect((await allMessages(other)).filter((x) => x.internet_message_id === "<dup-1@example.com>")).toHaveLength(1);
    expect((await auditOf(agent, copies[0]!.message_id)).map((e) => e.action)).toEqual(["mailbox.received"]);
  });

  it("refuses unknown recipients at RCPT TO", async () => {
    const replies = await smtpDialogue(smtpPort, [
      "EHLO test.example",
      "MAIL FROM:<mallory@example.com>",
      `RCPT TO:<nobody-${Date.now()}@${DOMAIN}>`,
      `RCPT TO:<${agent.name}@elsewhere.example>`,
      `RCPT TO:<${address(agent)}>`,
      "RSET",
    ]);
    expect(replies[0]).toMatch(/^220 /);
    expect(replies[3]).toMatch(/^550 5\.1\.1 .*no such mailbox/);
    expect(replies[4]).toMatch(/^550 5\.1\.1 /);
    expect(replies[5]).toMatch(/^250 /);

    // A client sending to a known and an unknown address: the known one gets it.
    const client = smtpClient(smtpPort);
    const info = await client.sendMail({
      from: "mallory@example.com",
      to: [address(agent), `ghost@${DOMAIN}`],
      subject: "partly",
      text: "x",
      messageId: "<partly-1@example.com>",
    });
    expect(info.rejected).toEqual([`ghost@${DOMAIN}`]);
    await expect(client.sendMail({ from: "m@example.com", to: `ghost@${DOMAIN}`, subject: "x", text: "y" })).rejects.toMatchObject({
      responseCode: 550,
    });
  });

  it("refuses mail to a revoked agent", async () => {
    const gone = await owner.createAgent(uniqueName("gone"), 4);
    const revoked = await owner.call("POST", `/v1/dashboard/agents/${gone.agent_id}/revoke`);
    expect(revoked.status).toBe(200);
    const replies = await smtpDialogue(smtpPort, ["EHLO t", "MAIL FROM:<a@example.com>", `RCPT TO:<${address(gone)}>`]);
    expect(replies[3]).toMatch(/^550 /);
  });

  it("advertises and enforces the size limit", async () => {
    const replies = await smtpDialogue(smtpPort, ["EHLO t", `MAIL FROM:<a@example.com> SIZE=${MAX_BYTES * 2}`]);
    expect(replies[1]).toContain(`SIZE ${MAX_BYTES}`);
    expect(replies[2]).toMatch(/^552 /);

    // A client that does not declare the size: refused at the end of DATA, nothing stored.
    const client = smtpClient(smtpPort);
    await expect(
      client.sendMail({
        from: "big@example.com",
        to: address(agent),
        subject: "huge",
        text: "x".repeat(MAX_BYTES * 2),
        messageId: "<huge-1@example.com>",
      }),
    ).rejects.toMatchObject({ responseCode: 552 });
    expect((await allMessages(agent)).some((x) => x.internet_message_id === "<huge-1@example.com>")).toBe(false);
  });

  it("parses an attached iCalendar REPLY", async () => {
    const cal = ical({ method: ICalCalendarMethod.REPLY, prodId: "//Example//Calendar//EN" });
    cal.createEvent({
      id: "bkg_example@agents.agentdraft.local",
      sequence: 1,
      start: new Date("2031-03-04T15:00:00Z"),
      end: new Date("2031-03-04T15:30:00Z"),
      summary: "Discovery call",
      attendees: [{ email: "ada@example.com", status: ICalAttendeeStatus.ACCEPTED }],
    });
    const client = smtpClient(smtpPort);
    await client.sendMail({
      from: "ada@example.com",
      to: address(agent),
      subject: "Accepted: Discovery call",
      text: "Ada accepted.",
      messageId: "<reply-1@example.com>",
      icalEvent: { method: "REPLY", content: cal.toString() },
    });
    const m = (await allMessages(agent)).find((x) => x.internet_message_id === "<reply-1@example.com>")!;
    expect(m.calendar).toEqual({
      method: "REPLY",
      uid: "bkg_example@agents.agentdraft.local",
      sequence: 1,
      start: "2031-03-04T15:00:00.000Z",
      end: "2031-03-04T15:30:00.000Z",
      summary: "Discovery call",
      attendees: { "ada@example.com": "ACCEPTED" },
    });
    expect(m.attachments.map((a: { content_type: string }) => a.content_type)).toContain("text/calendar");
  });

  it("reads an invite's TZID times in their IANA zone", async () => {
    const ics = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Example//EN",
      "METHOD:REQUEST",
      "BEGIN:VEVENT",
      "UID:tz-1@example.com",
      "DTSTAMP:20310101T000000Z",
      "DTSTART;TZID=Europe/Berlin:20310704T150000",
      "DTEND;TZID=Europe/Berlin:20310704T153000",
      "SUMMARY:Berlin time",
      "END:VEVENT",
      "END:VCALENDAR",
      "",
    ].join("\r\n");
    await smtpClient(smtpPort).sendMail({
      from: "tz@example.com",
      to: address(agent),
      subject: "tz",
      text: "tz",
      messageId: "<tz-1@example.com>",
      attachments: [{ filename: "invite.ics", content: ics, contentType: "text/calendar" }],
    });
    const m = (await allMessages(agent)).find((x) => x.internet_message_id === "<tz-1@example.com>")!;
    expect(m.calendar).toMatchObject({
      method: "REQUEST",
      uid: "tz-1@example.com",
      sequence: 0,
      start: "2031-07-04T13:00:00.000Z",
      end: "2031-07-04T13:30:00.000Z",
    });
  });
});

describe("malformed and hostile mail", () => {
  const crlf = (lines: string[]) => lines.join("\r\n");
  const nested = (depth: number): string => {
    let body = "innermost";
    for (let i = depth; i > 0; i--) body = crlf([`--b${i}`, `Content-Type: multipart/mixed; boundary="b${i + 1}"`, "", body, `--b${i}--`]);
    return crlf(["From: deep@example.com", "Subject: deep", 'Content-Type: multipart/mixed; boundary="b1"', "", body]);
  };
  const encoded = (s: string) => `=?UTF-8?B?${Buffer.from(s).toString("base64")}?=`;

  const cases: { name: string; raw: Buffer | string; expected?: "refused" }[] = [
    { name: "no header block at all", raw: "just some words\r\nand more\r\n" },
    {
      name: "binary garbage with NUL and invalid UTF-8",
      raw: Buffer.from([0, 1, 2, 0xff, 0xfe, 0xc3, 0x28, 0x0d, 0x0a, 0x80, 0x00, 0x41]),
    },
    {
      name: "unterminated multipart and broken base64",
      raw: crlf([
        "From: a@example.com",
        "Message-ID: <broken-mime-1@example.com>",
        'Content-Type: multipart/mixed; boundary="zzz"',
        "",
        "--zzz",
        "Content-Type: application/pdf; name=x.pdf",
        "Content-Transfer-Encoding: base64",
        "",
        "%%%%not base64!!!!",
        "--zzz",
        "Content-Type: text/plain",
      ]),
    },
    {
      name: "header injection through encoded words and NUL",
      raw: crlf([
        `From: ${encoded("Evil\r\nBcc: victim@example.com")} <evil@example.com>`,
        `Subject: ${encoded("hello\r\nBcc: victim@example.com\u0000\u202e")}`,
        "Message-ID: <inject-1@example.com>",
        "",
        "body\u0000with NUL",
      ]),
    },
    { name: "a 2000-character Message-ID", raw: crlf([`Message-ID: <${"x".repeat(2000)}@example.com>`, "Subject: long id", "", "b"]) },
    { name: "a Message-ID with spaces and brackets", raw: crlf(["Message-ID: <a b<c>@example.com>", "Subject: odd id", "", "b"]) },
    { name: "5000 headers", raw: crlf([...Array.from({ length: 5000 }, (_, i) => `X-H${i}: ${i}`), "Subject: many headers", "", "b"]) },
    { name: "one 60 KB header line", raw: crlf([`X-Long: ${"y".repeat(60_000)}`, "Subject: long header", "", "b"]) },
    { name: "MIME nested 200 levels deep", raw: nested(200), expected: "refused" },
    {
      name: "a calendar part that is not iCalendar",
      raw: crlf([
        "From: a@example.com",
        "Message-ID: <bad-ics-1@example.com>",
        "Content-Type: text/calendar; method=REQUEST",
        "",
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:99999999T999999Z\r\nEND:NOTHING",
      ]),
    },
    {
      name: "an address group and an unterminated quoted From",
      raw: crlf(['From: "unterminated <x@example.com>', "To: Friends: a@example.com, b@example.com;", "Subject: groups", "", "b"]),
    },
  ];

  it.each(cases)("$name: stored safely or refused, never a crash", async ({ raw, expected = "stored" }) => {
    const before = (await allMessages(agent)).length;
    const client = smtpClient(smtpPort);
    let outcome: "stored" | "refused";
    try {
      const info = await client.sendMail({ envelope: { from: "fuzz@example.com", to: [address(agent)] }, raw });
      expect(info.response).toMatch(/^250 /);
      outcome = "stored";
    } catch (error) {
      // A refusal is permanent and explicit, never a temporary failure or a dropped connection.
      expect((error as { responseCode?: number }).responseCode).toBeGreaterThanOrEqual(500);
      outcome = "refused";
    }
    expect(outcome).toBe(expected);
    const inbox = await allMessages(agent); // every stored message still matches the spec (dev mode checks responses)
    expect(inbox.length).toBe(before + (outcome === "stored" ? 1 : 0));
    for (const m of inbox) {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the assertion is that no control character survives
      expect(m.subject).not.toMatch(/[\u0000-\u001f\u007f]/);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the assertion is that no CR, LF or NUL survives
      expect(m.from).not.toMatch(/[\r\n\u0000]/);
      expect(m.internet_message_id).toMatch(/^<[\x21-\x3b\x3d\x3f-\x7e]{1,500}>$/);
      for (const r of m.references) expect(r).toMatch(/^<[^\s<>]+>$/);
      expect(JSON.stringify(m)).not.toContain("\\u0000");
    }
    expect((await call(server.url, "GET", "/healthz")).status).toBe(200);
  });

  it("keeps the hostile values it stored harmless", async () => {
    const inbox = await allMessages(agent);
    const injected = inbox.find((m) => m.internet_message_id === "<inject-1@example.com>")!;
    expect(injected.subject.startsWith("hello Bcc: victim@example.com")).toBe(true);
    expect(injected.from).toBe("evil@example.com");
    expect(injected.text.trim()).toBe("bodywith NUL");
    const longId = inbox.find((m) => m.subject === "long id")!;
    expect(longId.internet_message_id).toMatch(/\.no-message-id@/);
    const badIcs = inbox.find((m) => m.internet_message_id === "<bad-ics-1@example.com>");
    if (badIcs) expect(badIcs.calendar).toBeUndefined();
    const groups = inbox.find((m) => m.subject === "groups")!;
    expect(groups.to).toEqual(["a@example.com", "b@example.com"]);
  });

  it("still delivers ordinary mail afterwards, and the audit log replays", async () => {
    await smtpClient(smtpPort).sendMail({
      from: "ok@example.com",
      to: address(agent),
      subject: "after",
      text: "fine",
      messageId: "<after-1@example.com>",
    });
    expect((await allMessages(agent)).some((m) => m.internet_message_id === "<after-1@example.com>")).toBe(true);
    expect(await server.stop()).toBe(0);
    const replay = await replayStoreOf(server.dataDir);
    expect(replay.stderr).toBe("");
    expect(replay.status).toBe(0);
  });
});
