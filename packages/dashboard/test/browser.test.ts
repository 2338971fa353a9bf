// Browser tests of the dashboard (issue 17): Playwright drives the system Chromium (headless, no
// browser download) against a real reference server in dev mode. The owner signs in through the magic
// link, creates agents and sees a key once, ranks priorities by drag and drop (checked through the
// owner API), two agents race through the TypeScript SDK and the Races view names the winner, the
// owner cancels a booking and sees its audit event, verifies the audit log in the browser, manages a
// webhook to a receiver on 127.0.0.1 (test event delivered and signed, secret rotated and shown once,
// redelivery, disable, event types), and axe-core finds no serious violation on any view. The tests
// take the README's screenshots (docs/screenshots).
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AgentDraft, Conflict } from "../../sdk/src/index.ts";
import { chromiumPath } from "./support/chromium.ts";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const MAIN = path.join(HERE, "../../server/src/main.ts");
const SHOTS = path.join(HERE, "../../../docs/screenshots");

let server: ChildProcess;
let url: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const keys: Record<string, string> = {};
let winnerBookingId = "";

/** A webhook receiver on 127.0.0.1 (the server runs with `--allow-private-targets`): records each POST, answers 204. */
interface Received {
  id: string;
  timestamp: string;
  signature: string;
  body: string;
}
let receiver: Server;
let receiverUrl = "";
const received: Received[] = [];

async function startReceiver(): Promise<string> {
  receiver = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      received.push({
        id: String(req.headers["webhook-id"]),
        timestamp: String(req.headers["webhook-timestamp"]),
        signature: String(req.headers["webhook-signature"]),
        body,
      });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const address = receiver.address() as { port: number };
  return `http://127.0.0.1:${address.port}/hooks`;
}

/** Whether one of the `v1,…` signatures of `r` is the HMAC of the Standard Webhooks secret `secret` (docs/protocol.md §10.3). */
function signedBy(r: Received, secret: string): boolean {
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  const expected = createHmac("sha256", key).update(`${r.id}.${r.timestamp}.${r.body}`).digest("base64");
  return r.signature.split(" ").includes(`v1,${expected}`);
}

async function startServer(): Promise<string> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "agentdraft-dashboard-"));
  server = spawn(process.execPath, [MAIN, "--dev", "--port", "0", "--smtp-port", "0", "--data", dataDir, "--allow-private-targets"], {
    env: { ...process.env, LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 30_000);
    server.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    server.stderr!.on("data", (chunk: Buffer) => (out += chunk.toString()));
    server.on("exit", (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

/** axe-core on the current page: no serious or critical violation (WCAG 2 A/AA rules). */
async function expectAccessible(name: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${name}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: false });
}

async function view(pathname: string, heading: string): Promise<void> {
  await page.getByRole("link", { name: heading, exact: true }).click();
  await page.waitForURL(`**/app/${pathname}`);
  await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(heading);
}

const sdk = (name: string) => new AgentDraft({ apiKey: keys[name]!, baseUrl: url, maxRetries: 0 });

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  // `pnpm test` builds first (turbo); a bare `vitest run` builds here (the server serves dist/).
  if (!existsSync(path.join(HERE, "../dist/index.html")))
    execFileSync("npx", ["vite", "build"], { cwd: path.join(HERE, ".."), stdio: "inherit" });
  url = await startServer();
  receiverUrl = await startReceiver();
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  context = await browser.newContext({ viewport: { width: 1280, height: 860 }, baseURL: url });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  server?.kill("SIGTERM");
  receiver?.close();
});

describe("the owner dashboard", () => {
  it("signs in through the magic link and lands on /app", async () => {
    await page.goto("/app/");
    await expect.poll(() => page.getByLabel("Owner email").isVisible()).toBe(true);
    await expectAccessible("sign-in");
    await page.getByLabel("Owner email").fill("owner@example.com");
    await page.getByRole("button", { name: "Send sign-in link" }).click();
    const link = page.getByRole("link", { name: "open the sign-in link" });
    await link.waitFor();
    const href = (await link.getAttribute("href"))!;
    expect(href).toMatch(/^\/app\/verify\?token=/);
    await page.goto(href);
    await page.waitForURL(/\/app\/$/);
    await page.getByRole("navigation", { name: "Views" }).waitFor();
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Timeline");
  });

  it("creates agents and shows each key once, with a copy button", async () => {
    await view("agents", "Agents & keys");
    for (const [name, priority] of [
      ["alpha", "1"],
      ["beta", "2"],
    ] as const) {
      await page.getByLabel("Name", { exact: true }).fill(name);
      await page.getByLabel("Priority (1 = highest)").fill(priority);
      await page.getByRole("button", { name: "Create agent" }).click();
      const key = page.getByTestId("new-key");
      await key.waitFor();
      keys[name] = (await key.textContent())!.trim();
      expect(keys[name]).toMatch(/^avs_live_/);
      await expect.poll(() => page.getByRole("button", { name: "Copy" }).isVisible()).toBe(true);
      await page.getByRole("button", { name: "Done" }).click();
      await expect.poll(() => page.getByTestId("new-key").count()).toBe(0);
    }
    await page.reload();
    await page.locator('[data-agent="beta"]').waitFor();
    // Shown once: after a reload the keys appear nowhere on the page.
    const text = (await page.content()).toString();
    expect(text).not.toContain(keys.alpha);
    expect(text).not.toContain(keys.beta);
    // Both keys work.
    expect((await sdk("alpha").agents.me()).name).toBe("alpha");
  });

  it("ranks priorities by drag and drop, and the API sees the change", async () => {
    await page.locator('[data-agent="beta"]').dragTo(page.locator('[data-agent="alpha"]'));
    await expect
      .poll(async () => {
        const r = await page.request.get("/v1/dashboard/agents");
        const agents = ((await r.json()) as { data: { name: string; priority: number }[] }).data;
        return Object.fromEntries(agents.map((a) => [a.name, a.priority]));
      })
      .toEqual({ alpha: 2, beta: 1 });
    await expect.poll(() => page.locator(".rank li").first().getAttribute("data-agent")).toBe("beta");
    await expectAccessible("agents");
    await shot("agents");
  });

  it("shows a race of two SDK agents in the Races view, with the right winner", async () => {
    // A wide arbitration window: both writes are decided together whatever the machine's load.
    const cal = ((await (await page.request.get("/v1/dashboard/workspace")).json()) as { default_calendar_id: string }).default_calendar_id;
    const patched = await page.request.patch(`/v1/dashboard/calendars/${cal}`, { data: { settings: { arbitration_window_ms: 1000 } } });
    expect(patched.status()).toBe(200);
    const start = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000 + 2 * 3_600_000);
    const end = new Date(start.getTime() + 30 * 60_000);
    const results = await Promise.allSettled([sdk("alpha").bookings.commit({ start, end }), sdk("beta").bookings.commit({ start, end })]);
    const [alpha, beta] = results;
    expect(beta.status).toBe("fulfilled");
    expect(alpha.status).toBe("rejected");
    expect((alpha as PromiseRejectedResult).reason).toBeInstanceOf(Conflict);
    winnerBookingId = (beta as PromiseFulfilledResult<{ bookingId: string }>).value.bookingId;
    // A hold for the timeline's countdown.
    await sdk("alpha").bookings.hold({
      start: new Date(start.getTime() + 3_600_000),
      end: new Date(start.getTime() + 5_400_000),
      ttlSeconds: 900,
    });

    await view("races", "Races");
    const race = page.locator(`[data-winner="${winnerBookingId}"]`);
    await race.waitFor();
    expect(await race.locator(".winner").textContent()).toContain("Winner: beta (priority 1)");
    const loser = race.locator("tbody tr").first();
    expect(await loser.textContent()).toContain("alpha");
    expect(await loser.textContent()).toMatch(/outranked|slot_taken/);
    await expectAccessible("races");
    await shot("races");
  });

  it("shows the timeline with the commit, the hold's countdown, a rule band and why each block is busy", async () => {
    // A focus block 6 hours from now (the calendar's zone is UTC), away from the bookings.
    const at = new Date(Date.now() + 6 * 3_600_000);
    const hh = String(at.getUTCHours()).padStart(2, "0");
    const weekday = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"][at.getUTCDay()];
    const cal = ((await (await page.request.get("/v1/dashboard/workspace")).json()) as { default_calendar_id: string }).default_calendar_id;
    const rules = [{ rule_id: "deep-work", kind: "focus_block", weekdays: [weekday], start: `${hh}:00`, end: `${hh}:59` }];
    expect((await page.request.put(`/v1/dashboard/calendars/${cal}/rules`, { data: { rules } })).status()).toBe(200);
    await view("timeline", "Timeline");
    await expect
      .poll(async () => page.locator(".tl-body .tl-band").first().getAttribute("title"), { timeout: 10_000 })
      .toMatch(/focus block rule deep-work/);
    const block = page.locator(".tl-block.booking").first();
    await block.waitFor();
    expect(await block.getAttribute("title")).toMatch(/^Busy: committed by beta \(priority 1\)/);
    const hold = page.locator(".tl-block.hold").first();
    await hold.waitFor();
    expect(await hold.textContent()).toMatch(/hold \d+s/);
    await hold.click();
    expect(await page.getByRole("status").last().textContent()).toMatch(/held by alpha .* expires in \d+ s/);
    await expectAccessible("timeline");
    await shot("timeline");
  });

  it("cancels a booking from the UI and shows its audit event", async () => {
    await view("bookings", "Bookings");
    await page.getByRole("button", { name: `Cancel ${winnerBookingId}` }).click();
    await expect.poll(() => page.getByText(`${winnerBookingId} is now CANCELLED.`).count()).toBe(1);
    const lifecycle = page.getByRole("list", { name: `Lifecycle of ${winnerBookingId}` });
    await expect.poll(async () => (await lifecycle.textContent()) ?? "").toMatch(/booking\.cancelled .* by user usr_/);
    const events = await page.request.get(`/v1/dashboard/audit/events?resource=${winnerBookingId}`);
    const last = ((await events.json()) as { data: { action: string; actor: { type: string } }[] }).data.at(-1)!;
    expect(last).toMatchObject({ action: "booking.cancelled", actor: { type: "user" } });
    await expectAccessible("bookings");
    await shot("bookings");
  });

  it("verifies the audit log in the browser with the SDK's verifier", async () => {
    await view("audit", "Audit log");
    await page.locator("tbody tr").first().waitFor();
    await page.getByRole("button", { name: "Verify" }).click();
    await expect
      .poll(() => page.getByTestId("verify-result").textContent(), { timeout: 30_000 })
      .toMatch(/^Verified: checkpoint signature/);
    // A pinned key that is not the server's fails.
    await page.getByLabel(/Pinned verifier key/).fill("agentdraft.local+00000000+AepKbGPinFIKvvVQexMuxfmVR3auvr57kkIe6mkURtIs");
    await page.getByRole("button", { name: "Verify" }).click();
    await expect.poll(() => page.getByTestId("verify-result").textContent()).toMatch(/^Verification failed/);
    await page.getByLabel(/Pinned verifier key/).fill("");
    await page.getByRole("button", { name: "Verify" }).click();
    await expect.poll(() => page.getByTestId("verify-result").textContent(), { timeout: 30_000 }).toMatch(/^Verified/);
    await expectAccessible("audit");
    await shot("audit");
  });

  it("shows the request log with errors grouped by code, and the rules editor's preview, all accessible", async () => {
    await view("requests", "Request log");
    await expect.poll(() => page.locator("tbody tr").count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole("button", { name: /× \d+/ }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await expectAccessible("requests");
    await shot("requests");

    await view("rules", "Rules & settings");
    // The editor shows the calendar's saved rules first.
    await expect.poll(() => page.getByLabel(/^Rules \(JSON array/).inputValue()).toContain("deep-work");
    await page.getByLabel(/^Rules \(JSON array/).fill(
      JSON.stringify([
        {
          rule_id: "lunch",
          kind: "focus_block",
          weekdays: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
          start: "12:00",
          end: "13:00",
        },
      ]),
    );
    await page.getByRole("button", { name: "Preview availability" }).click();
    await expect
      .poll(async () => (await page.getByLabel("Availability preview").textContent()) ?? "")
      .toContain("focus_block (rule lunch)");
    await expectAccessible("rules");
    await shot("rules");
  });

  it("manages a webhook: create, test event delivered, rotate the secret (shown once), redeliver, disable", async () => {
    await view("webhooks", "Webhooks");
    await page.getByText("No webhooks.").waitFor();
    await expectAccessible("webhooks-empty");
    // Event types come from the catalog.
    await page.getByRole("checkbox", { name: "booking.evicted" }).check();
    await page.getByLabel("URL", { exact: true }).fill(receiverUrl);
    await page.getByRole("button", { name: "Create webhook" }).click();
    const secretEl = page.getByTestId("webhook-secret");
    await secretEl.waitFor();
    const firstSecret = (await secretEl.textContent())!.trim();
    expect(firstSecret).toMatch(/^whsec_/);
    expect(await page.getByRole("button", { name: "Copy" }).isVisible()).toBe(true);
    await page.getByRole("button", { name: "Done" }).click();
    await expect.poll(() => page.getByTestId("webhook-secret").count()).toBe(0);
    const webhooks = (
      (await (await page.request.get("/v1/dashboard/webhooks")).json()) as { data: { events: string[]; enabled: boolean }[] }
    ).data;
    expect(webhooks).toHaveLength(1);
    expect(webhooks[0]!.events.sort()).toEqual(["booking.cancelled", "booking.committed", "booking.evicted"]);

    // A test event from the UI reaches the receiver, signed with the secret, and shows as delivered.
    await page.getByRole("button", { name: `Send test event to ${receiverUrl}` }).click();
    const deliveries = page.getByRole("table", { name: `Deliveries of ${receiverUrl}` });
    const row = deliveries.locator('tbody tr[data-status="delivered"]');
    await expect.poll(() => row.count(), { timeout: 20_000 }).toBe(1);
    const deliveryId = (await row.getAttribute("data-delivery"))!;
    expect(await row.textContent()).toContain("webhook.test");
    expect(await row.locator("td").nth(3).textContent()).toBe("204");
    expect(await row.locator("td").nth(4).textContent()).toMatch(/^\d+ ms$/);
    expect(received).toHaveLength(1);
    expect(received[0]!.id).toBe(deliveryId);
    expect(signedBy(received[0]!, firstSecret)).toBe(true);

    // Rotate: the new secret is shown once, and gone after a reload.
    await page.getByRole("button", { name: `Rotate secret of ${receiverUrl}` }).click();
    await expect.poll(async () => ((await page.getByTestId("webhook-secret").textContent()) ?? "").trim()).toMatch(/^whsec_/);
    const newSecret = (await page.getByTestId("webhook-secret").textContent())!.trim();
    expect(newSecret).not.toBe(firstSecret);
    await expectAccessible("webhooks-secret");
    await page.getByRole("button", { name: "Done" }).click();
    await page.reload();
    await deliveries.locator(`tr[data-delivery="${deliveryId}"]`).waitFor();
    expect(await page.content()).not.toContain(newSecret);

    // Redeliver: the same webhook-id again, signed with the new secret (and the old one during the overlap).
    await page.getByRole("button", { name: `Redeliver ${deliveryId}` }).click();
    await expect.poll(() => received.length, { timeout: 20_000 }).toBe(2);
    expect(received[1]!.id).toBe(deliveryId);
    expect(signedBy(received[1]!, newSecret)).toBe(true);
    expect(signedBy(received[1]!, firstSecret)).toBe(true);
    await expect.poll(() => page.getByText(`Redelivery of ${deliveryId} queued.`).count()).toBe(1);
    await expect
      .poll(() => deliveries.locator(`tr[data-delivery="${deliveryId}"]`).getAttribute("data-status"), { timeout: 20_000 })
      .toBe("delivered");

    // Disable from the keyboard; the API sees it.
    await page.getByRole("checkbox", { name: "Enabled" }).focus();
    await page.keyboard.press("Space");
    await expect
      .poll(
        async () =>
          ((await (await page.request.get("/v1/dashboard/webhooks")).json()) as { data: { enabled: boolean }[] }).data[0]!.enabled,
      )
      .toBe(false);
    // The list shows it before the next toggle (a toggle while the list is stale would be undone by its refresh).
    const endpoint = page.getByRole("article", { name: `Webhook ${receiverUrl}` });
    await expect.poll(() => endpoint.getAttribute("data-enabled")).toBe("false");
    expect(await page.getByRole("checkbox", { name: "Enabled" }).isChecked()).toBe(false);
    await page.getByRole("checkbox", { name: "Enabled" }).check();
    await expect
      .poll(
        async () =>
          ((await (await page.request.get("/v1/dashboard/webhooks")).json()) as { data: { enabled: boolean }[] }).data[0]!.enabled,
      )
      .toBe(true);
    await expect.poll(() => endpoint.getAttribute("data-enabled")).toBe("true");

    // Change the event types from the endpoint's picker.
    await endpoint.locator("summary").click();
    await expectAccessible("webhooks-events");
    await endpoint.getByRole("checkbox", { name: "booking.evicted" }).uncheck();
    await endpoint.getByRole("checkbox", { name: "booking.held" }).check();
    await endpoint.getByRole("button", { name: "Save event types" }).click();
    await expect
      .poll(async () =>
        ((await (await page.request.get("/v1/dashboard/webhooks")).json()) as { data: { events: string[] }[] }).data[0]!.events.sort(),
      )
      .toEqual(["booking.cancelled", "booking.committed", "booking.held"]);
    await expect.poll(async () => (await endpoint.locator("summary").textContent()) ?? "").toContain("booking.held");
    await expectAccessible("webhooks");
    await shot("webhooks");
  });
});
