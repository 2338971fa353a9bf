// The provider-style inbound webhook: POST /v1/mailbox/inbound {recipients, sender?, raw},
// authenticated by X-Inbound-Secret, answering 503 on a server that has no secret configured.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectProblem } from "../support/problems.ts";
import { call, Owner, startServer, type ServerProcess, type TestAgent } from "../support/server-process.ts";
import { allMessages, auditOf, DOMAIN, uniqueName } from "./support.ts";

const SECRET = "inbound-test-secret-0123456789";

let server: ServerProcess;
let bare: ServerProcess;
let agent: TestAgent;
let bareAgent: TestAgent;
const address = (a: TestAgent) => a.mailbox_address;

const raw = (messageId: string, subject = "Hello") =>
  `From: Ada <ada@example.com>\r\nTo: someone@${DOMAIN}\r\nSubject: ${subject}\r\nMessage-ID: ${messageId}\r\n\r\nCan we meet?\r\n`;

const post = (s: ServerProcess, body: unknown, headers: Record<string, string> = { "x-inbound-secret": SECRET }) =>
  call(s.url, "POST", "/v1/mailbox/inbound", { body, headers });

beforeAll(async () => {
  [server, bare] = await Promise.all([startServer({ env: { AGENTDRAFT_INBOUND_SECRET: SECRET } }), startServer()]);
  agent = await (await Owner.signIn(server.url)).createAgent(uniqueName("hooked"), 1);
  bareAgent = await (await Owner.signIn(bare.url)).createAgent(uniqueName("bare"), 1);
});

afterAll(async () => {
  await Promise.all([server?.stop(), bare?.stop()]);
});

describe("inbound webhook", () => {
  it("refuses a request without the secret, or with a wrong one, before reading the body", async () => {
    expectProblem(await post(server, { recipients: [address(agent)], raw: raw("<h0@example.com>") }, {}), 401, "unauthenticated");
    expectProblem(
      await post(server, { recipients: [address(agent)], raw: raw("<h0@example.com>") }, { "x-inbound-secret": `${SECRET}x` }),
      401,
      "unauthenticated",
    );
    expectProblem(await post(server, { nonsense: true }, { "x-inbound-secret": "" }), 401, "unauthenticated");
    expect(await allMessages(agent)).toEqual([]);
  });

  it("stores a message for each known recipient and deduplicates by Message-ID", async () => {
    const body = { recipients: [address(agent)], sender: "ada@example.com", raw: raw("<h1@example.com>") };
    const first = await post(server, body);
    expect(first.status).toBe(202);
    expect(first.body).toEqual({ message_ids: [expect.stringMatching(/^msg_/)], duplicate: false });
    const again = await post(server, body);
    expect(again.status).toBe(202);
    expect(again.body).toEqual({ message_ids: first.body.message_ids, duplicate: true });

    const [id] = first.body.message_ids;
    const m = (await agent.call("GET", `/v1/mailbox/messages/${id}`)).body;
    expect(m).toMatchObject({
      direction: "inbound",
      status: "received",
      from: "ada@example.com",
      subject: "Hello",
      internet_message_id: "<h1@example.com>",
    });
    expect(m.text.trim()).toBe("Can we meet?");
    const events = await auditOf(agent, id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "mailbox.received",
      actor: { type: "system" },
      outcome: { via: "http" },
      request: { method: "POST", path: "/v1/mailbox/inbound" },
    });
  });

  it("gives same-named agents of two workspaces distinct addresses, each reaching its own mailbox", async () => {
    const name = uniqueName("twin");
    const [mine, theirs] = await Promise.all([1, 2].map(async () => (await Owner.signIn(server.url)).createAgent(name, 1)));
    expect(mine!.mailbox_address).not.toBe(theirs!.mailbox_address);
    for (const a of [mine!, theirs!]) {
      expect(a.mailbox_address).toMatch(new RegExp(`^${name.toLowerCase()}\\.[0-9a-f]{10}@`));
      expect((await a.call("GET", "/v1/agents/me")).body.mailbox_address).toBe(a.mailbox_address);
    }
    const delivered = await post(server, { recipients: [mine!.mailbox_address], raw: raw(`<twin-${name}@example.com>`) });
    expect(delivered.status).toBe(202);
    expect(await allMessages(mine!)).toHaveLength(1);
    expect(await allMessages(theirs!)).toEqual([]);
    // The bare name (the old address form) reaches nobody: no workspace can claim it.
    const bare = await post(server, { recipients: [`${name}@${DOMAIN}`], raw: raw(`<bare-${name}@example.com>`) });
    expectProblem(bare, 400, "invalid_request", { errors: [{ field: "/recipients/0", message: "is not a mailbox of this server" }] });
  });

  it("skips unknown recipients, and refuses a delivery with none it knows", async () => {
    const mixed = await post(server, { recipients: [`ghost@${DOMAIN}`, address(agent)], raw: raw("<h2@example.com>") });
    expect(mixed.status).toBe(202);
    expect(mixed.body.message_ids).toHaveLength(1);
    const none = await post(server, { recipients: [`ghost@${DOMAIN}`, "someone@example.com"], raw: raw("<h3@example.com>") });
    expectProblem(none, 400, "invalid_request", {
      errors: [
        { field: "/recipients/0", message: "is not a mailbox of this server" },
        { field: "/recipients/1", message: "is not a mailbox of this server" },
      ],
    });
  });

  it("validates the payload against the spec", async () => {
    expectProblem(await post(server, { recipients: [], raw: "x" }), 400, "invalid_request", { errors: expect.any(Array) });
    expectProblem(await post(server, { recipients: [address(agent)] }), 400, "invalid_request", {
      errors: [{ field: "/raw", message: expect.any(String) }],
    });
  });

  it("stores an unparsable-looking payload safely", async () => {
    const res = await post(server, { recipients: [address(agent)], raw: "\u00ff\u00fe not a message \r\n\r\n\r\n--" });
    expect(res.status).toBe(202);
    const m = (await agent.call("GET", `/v1/mailbox/messages/${res.body.message_ids[0]}`)).body;
    expect(m.internet_message_id).toMatch(/\.no-message-id@/);
  });

  it("pages the mailbox newest first with a cursor", async () => {
    const all = (await agent.call("GET", "/v1/mailbox/messages?limit=200")).body.data as { message_id: string; created_at: string }[];
    expect(all.length).toBeGreaterThanOrEqual(3);
    const walked: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await agent.call("GET", `/v1/mailbox/messages?limit=1${cursor ? `&cursor=${cursor}` : ""}`);
      expect(page.status).toBe(200);
      walked.push(...page.body.data.map((m: { message_id: string }) => m.message_id));
      cursor = page.body.has_more ? page.body.next_cursor : undefined;
    } while (cursor);
    expect(walked).toEqual(all.map((m) => m.message_id));
    const times = all.map((m) => Date.parse(m.created_at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect((await agent.call("GET", "/v1/mailbox/messages?direction=outbound")).body.data).toEqual([]);
    expectProblem(await agent.call("GET", "/v1/mailbox/messages?cursor=bogus"), 400, "invalid_request", {
      errors: [{ field: "query.cursor", message: expect.any(String) }],
    });
  });

  it("answers 503 when the server has no inbound secret", async () => {
    const res = await post(bare, { recipients: [address(bareAgent)], raw: raw("<h4@example.com>") });
    expectProblem(res, 503, "unavailable");
    expect(res.headers.get("retry-after")).toBe("3600");
  });

  it("answers 503 to a send when the server has no relay", async () => {
    const res = await bareAgent.call("POST", "/v1/mailbox/messages", { body: { to: ["ada@example.com"], subject: "x", text: "y" } });
    expectProblem(res, 503, "unavailable");
  });
});
