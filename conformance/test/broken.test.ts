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
/** The server's inbound-mail secret, given to the runner too: the mailbox scenarios run (and pass) here as well. */
const INBOUND_SECRET = "conformance-inbound-secret";

beforeAll(async () => {
  server = await startServer(["--rate-limit", "60", "--rate-refill", "2", "--allow-private-targets", "--webhook-retry-base-ms", "500"], {
    AGENTDRAFT_INBOUND_SECRET: INBOUND_SECRET,
  });
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
  const run = await runCli(
    ["--base-url", base, "--direct-url", broken.url, "--inbound-secret", INBOUND_SECRET, ...extra],
    path.join(out, `${name}.json`),
  );
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
  "scheduling.move",
];
// Every scenario in which a booking write must lose (outranked, slot_taken, booking_frozen).
const EXPECTED_CONFLICT_FAILURES = [
  "audit.inclusion",
  "bookings.cancel",
  "bookings.half-open-intervals",
  "bookings.many-days",
  "bump.disabled",
  "bump.frozen-after-window",
  "bump.mixed-holds-commits-inside",
  "bump.mixed-holds-commits-outside",
  "errors.problem-details",
  "holds.commit",
  "holds.displacement",
  "idempotency.replay-conflict",
  "owner.races-audit",
  "owner.request-log",
  "races.equal-priorities",
  "races.overlapping-intervals",
  "races.priorities-2",
  "races.priorities-20",
  "races.priorities-5",
  "scheduling.move",
  "scheduling.multi-calendar",
  "scheduling.series",
  "scheduling.series-move",
];

// One deliberately wrong server per coverage criterion of test/coverage.test.ts: each is caught by
// the scenarios the criterion asks for (and, where it says so, by no other).
describe("one broken server per coverage criterion", () => {
  const isPowerOfTwo = (n: number) => n > 0 && (n & (n - 1)) === 0;
  const query = (ex: Exchange) => new URLSearchParams(ex.path.split("?")[1] ?? "");

  it("scopes: a server that forgets the scope check of one operation", async () => {
    const run = await runAgainst(
      "scope-forgotten",
      (ex) =>
        ex.path.startsWith("/v1/audit/consistency") && ex.status === 403
          ? {
              ...ex,
              status: 200,
              headers: { ...ex.headers, "content-type": "application/json" },
              body: { from_size: 1, to_size: 1, proof: [] },
            }
          : undefined,
      ["--only", "auth.*"],
    );
    expect(idsWith(run.report!, "failed"), run.stdout).toEqual(["auth.scope-matrix"]);
  });

  it("error catalog: a server that leaves out a documented extension field", async () => {
    const run = await runAgainst(
      "extension-missing",
      (ex) => {
        const body = ex.body as Record<string, unknown> | undefined;
        if (body?.code !== "payload_too_large") return undefined;
        const { max_bytes: _dropped, ...rest } = body;
        return { ...ex, body: rest };
      },
      ["--only", "validation.*"],
    );
    expect(idsWith(run.report!, "failed"), run.stdout).toEqual(["validation.payload-too-large"]);
  });

  it("booking transitions: a server that lets a final booking be cancelled", async () => {
    const run = await runAgainst(
      "final-cancellable",
      (ex) => {
        const body = ex.body as { code?: string } | undefined;
        if (ex.method !== "POST" || !/\/cancel$/.test(ex.path) || body?.code !== "invalid_transition") return undefined;
        const id = /\/v1\/bookings\/([^/]+)\/cancel/.exec(ex.path)![1];
        const now = new Date().toISOString();
        return {
          ...ex,
          status: 200,
          headers: { ...ex.headers, "content-type": "application/json" },
          body: {
            booking_id: id,
            calendar_id: "cal_forged",
            agent_id: "agt_forged",
            agent_priority: 1,
            status: "CANCELLED",
            start: now,
            end: now,
            metadata: {},
            audit_event_id: "evt_forged",
            created_at: now,
          },
        };
      },
      ["--only", "holds.*,bookings.*"],
    );
    expect(idsWith(run.report!, "failed"), run.stdout).toEqual([
      "bookings.cancel",
      "holds.double-resolution",
      "holds.forbidden-transitions",
    ]);
  });

  it("idempotency: a server that replays the booking's current state instead of the stored response", async () => {
    const run = await runAgainst(
      "replay-current-state",
      (ex) => {
        const body = ex.body as { status?: string } | undefined;
        if (ex.headers["idempotent-replayed"] !== "true" || !/\/commit$/.test(ex.path) || !body?.status) return undefined;
        return { ...ex, body: { ...body, status: "CANCELLED" } };
      },
      ["--only", "idempotency.*"],
    );
    expect(idsWith(run.report!, "failed"), run.stdout).toContain("idempotency.replay-after-change");
  });

  it("races: a server that names the winner's audit event in every loser's problem", async () => {
    let lastWin: string | undefined;
    const run = await runAgainst(
      "loser-audit-id",
      (ex) => {
        const body = ex.body as { audit_event_id?: string; code?: string } | undefined;
        if (ex.method !== "POST" || ex.path.split("?")[0] !== "/v1/bookings") return undefined;
        if (ex.status === 201) lastWin = body?.audit_event_id;
        if (ex.status !== 409 || !lastWin || !["outranked", "slot_taken"].includes(String(body?.code))) return undefined;
        return { ...ex, body: { ...body, audit_event_id: lastWin } };
      },
      ["--only", "races.*,bump.mixed-*"],
    );
    expect(idsWith(run.report!, "failed"), run.stdout).toEqual([
      "bump.mixed-holds-commits-inside",
      "bump.mixed-holds-commits-outside",
      "races.equal-priorities",
      "races.overlapping-intervals",
      "races.priorities-2",
      "races.priorities-20",
      "races.priorities-5",
    ]);
    expect(run.stdout).toMatch(/is not this refusal's own event/);
  });

  it("audit: a server whose proofs are wrong at tree sizes that are not powers of two", async () => {
    const run = await runAgainst(
      "proofs-odd-sizes",
      (ex) => {
        const body = ex.body as { proof?: string[] } | undefined;
        if (ex.method !== "GET" || !body?.proof?.length) return undefined;
        const q = query(ex);
        const size = Number(ex.path.includes("/inclusion") ? q.get("tree_size") : q.get("to_size"));
        if (!size || isPowerOfTwo(size) || !/\/v1\/audit\/(consistency|events\/[^/]+\/inclusion)/.test(ex.path)) return undefined;
        return { ...ex, body: { ...body, proof: body.proof.slice(0, -1) } };
      },
      ["--only", "audit.proofs-at-sizes"],
    );
    expect(idsWith(run.report!, "failed"), run.stdout).toEqual(["audit.proofs-at-sizes"]);
  });

  it("rules: a server that converts a local block's end with the UTC offset of its start (wrong across a daylight-saving change)", async () => {
    const offset = (ms: number) => {
      const name =
        new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Berlin", timeZoneName: "longOffset" }).format(new Date(ms)).split("GMT")[1] ??
        "";
      const m = /([+-])(\d{2}):(\d{2})/.exec(name);
      return m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
    };
    const run = await runAgainst(
      "dst-offset",
      (ex) => {
        const body = ex.body as { busy?: { kind: string; start: string; end: string }[] } | undefined;
        if (ex.method !== "GET" || !ex.path.startsWith("/v1/availability") || !body?.busy) return undefined;
        const busy = body.busy.map((b) => {
          if (b.kind !== "focus_block" && b.kind !== "outside_business_hours") return b;
          const start = Date.parse(b.start);
          const end = Date.parse(b.end);
          const shift = (offset(end) - offset(start)) * 60_000;
          return shift ? { ...b, end: new Date(end + shift).toISOString() } : b;
        });
        return { ...ex, body: { ...body, busy } };
      },
      ["--only", "rules.*"],
    );
    expect(idsWith(run.report!, "failed"), run.stdout).toEqual(["rules.focus-block-overnight-dst"]);
  });
});
