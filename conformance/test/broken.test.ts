// (c) Proof that the suite can fail: deliberately broken servers — the reference server behind a
// small proxy that rewrites its responses — fail exactly the scenarios that certify what broke.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadScenarios } from "../src/scenario.ts";
import { idsWith, runCli, startBrokenProxy, startPrism, startServer, type Exchange, type Running } from "./support/processes.ts";

let server: Running;
let out: string;
const stops: Running[] = [];
const all = loadScenarios().map((s) => s.id);
let forged = 0;
const newBookingId = () => `bkg_forged${++forged}x${Date.now().toString(36)}`;

beforeAll(async () => {
  server = await startServer(["--rate-limit", "60", "--rate-refill", "2"]);
  out = mkdtempSync(path.join(tmpdir(), "conformance-broken-"));
}, 60_000);

afterAll(async () => {
  for (const s of stops.reverse()) await s.stop();
  await server?.stop();
  rmSync(out, { recursive: true, force: true });
});

async function runAgainst(name: string, rewrite: (ex: Exchange) => Exchange | undefined, extra: string[] = [], viaPrism = false) {
  const broken = await startBrokenProxy(server.url, rewrite);
  stops.push(broken);
  let base = broken.url;
  if (viaPrism) {
    const prism = await startPrism(broken.url);
    stops.push(prism);
    base = prism.url;
  }
  const run = await runCli(["--base-url", base, "--direct-url", broken.url, ...extra], path.join(out, `${name}.json`));
  expect(run.stderr).toBe("");
  expect(run.report, run.stdout).toBeDefined();
  return run;
}

describe("a server that replays idempotent requests with a new booking id", () => {
  it("fails exactly the idempotency scenarios that check the replayed body", async () => {
    const run = await runAgainst("replay-new-id", (ex) => {
      const body = ex.body as { booking_id?: string } | undefined;
      if (ex.headers["idempotent-replayed"] !== "true" || !body?.booking_id) return undefined;
      return { ...ex, body: { ...body, booking_id: newBookingId() } };
    });
    expect(idsWith(run.report!, "failed"), run.stdout).toEqual(EXPECTED_REPLAY_FAILURES);
    expect(idsWith(run.report!, "passed")).toEqual(all.filter((id) => !EXPECTED_REPLAY_FAILURES.includes(id)).sort());
    expect(run.code).toBe(1);
  });
});

describe("a server that turns a lost booking race (409) into a 201", () => {
  it("fails exactly the scenarios that certify conflicts", async () => {
    const run = await runAgainst("conflict-to-created", (ex) => {
      const body = ex.body as Record<string, unknown> | undefined;
      if (ex.method !== "POST" || ex.path.split("?")[0] !== "/v1/bookings" || ex.status !== 409) return undefined;
      if (!["outranked", "slot_taken", "booking_frozen"].includes(String(body?.code))) return undefined;
      const now = new Date().toISOString();
      return {
        ...ex,
        status: 201,
        headers: { ...ex.headers, "content-type": "application/json" },
        body: {
          booking_id: newBookingId(),
          calendar_id: "cal_forged",
          agent_id: "agt_forged",
          agent_priority: 1,
          status: "COMMITTED",
          start: now,
          end: now,
          metadata: {},
          committed_at: now,
          audit_event_id: body?.audit_event_id,
          created_at: now,
        },
      };
    });
    expect(idsWith(run.report!, "failed"), run.stdout).toEqual(EXPECTED_CONFLICT_FAILURES);
    expect(run.code).toBe(1);
  });
});

describe("a server whose responses break the spec in a way no scenario asserts", () => {
  const only = ["--only", "shape.bookings,holds.commit,bookings.create-and-read,shape.health,auth.no-key"];
  const rewrite = (ex: Exchange) =>
    ex.method === "GET" && /^\/v1\/bookings\/bkg_/.test(ex.path) && ex.status === 200
      ? { ...ex, body: { ...(ex.body as object), created_at: "yesterday" } }
      : undefined;

  it("is caught by prism proxy --errors", async () => {
    const run = await runAgainst("spec-violation-prism", rewrite, only, true);
    expect(idsWith(run.report!, "failed"), run.stdout).toEqual(["bookings.create-and-read", "holds.commit", "shape.bookings"]);
    expect(run.stdout).toContain("Response body property created_at must match format");
    expect(run.code).toBe(1);
  });

  it("mostly slips past the scenarios' own assertions without the proxy", async () => {
    const run = await runAgainst("spec-violation-direct", rewrite, only);
    // Only the scenario that compares a read with its create notices the changed created_at.
    expect(idsWith(run.report!, "failed"), run.stdout).toEqual(["bookings.create-and-read"]);
  });
});

// Every scenario that replays a write and compares the replay with the original.
const EXPECTED_REPLAY_FAILURES = [
  "idempotency.concurrent-same-key",
  "idempotency.key-reuse",
  "idempotency.replay",
  "idempotency.replay-after-change",
  "idempotency.transitions",
];
// Every scenario in which a booking write must lose (outranked, slot_taken, booking_frozen).
const EXPECTED_CONFLICT_FAILURES = [
  "audit.inclusion",
  "bookings.cancel",
  "bookings.half-open-intervals",
  "bump.disabled",
  "bump.frozen-after-window",
  "bump.mixed-holds-commits-inside",
  "bump.mixed-holds-commits-outside",
  "errors.problem-details",
  "holds.commit",
  "holds.displacement",
  "idempotency.replay-conflict",
  "races.equal-priorities",
  "races.overlapping-intervals",
  "races.priorities-2",
  "races.priorities-20",
  "races.priorities-5",
];

