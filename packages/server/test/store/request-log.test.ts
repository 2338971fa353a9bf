// The request log's writer on a real SQLite store: rows queue in memory and reach the table in
// batches; the table keeps a bounded window (age and rows per workspace); a full queue drops rows
// instead of growing; a store failure loses the batch but never throws into a request.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { RequestLogWriter } from "../../src/http/request-log.ts";
import type { Db } from "../../src/store/db.ts";
import { openStore } from "../../src/store/open.ts";
import { listRequestLog, requestLogCount, type RequestLogRow } from "../../src/store/request-log.ts";

const log = pino({ level: "silent" });
let db: Db | undefined;

afterEach(async () => {
  await db?.close();
  db = undefined;
});

function row(ws: string, i: number, at: number): RequestLogRow {
  return {
    workspace_id: ws,
    id: `req_${String(i).padStart(6, "0")}`,
    at,
    request_id: `req_${String(i).padStart(6, "0")}`,
    method: "POST",
    path: "/v1/bookings",
    operation_id: "createBooking",
    status: i % 3 === 0 ? 409 : 201,
    agent_id: "agt_a",
    idempotency_key: `k${i}`,
    replayed: false,
    latency_us: 1200,
    error_code: i % 3 === 0 ? "slot_taken" : null,
  };
}

describe("RequestLogWriter", () => {
  it("stores queued rows on flush and prunes by age and by rows per workspace", async () => {
    db = await openStore({ dataDir: mkdtempSync(path.join(tmpdir(), "agentdraft-reqlog-")) });
    let now = 10 * 24 * 3600_000;
    const writer = new RequestLogWriter(db, log, () => now, { maxRowsPerWorkspace: 50, retentionMs: 3600_000, pruneEveryMs: 0 });
    for (let i = 0; i < 120; i++) writer.record(row("ws_a", i, now - 120 + i));
    writer.record(row("ws_b", 0, now - 2 * 3600_000)); // past the window
    expect(await requestLogCount(db, "ws_a")).toBe(0); // nothing written on the request path
    await writer.flush();
    expect(await requestLogCount(db, "ws_a")).toBe(50);
    expect(await requestLogCount(db, "ws_b")).toBe(0);
    const newest = await listRequestLog(db, "ws_a", { limit: 2 });
    expect(newest.map((r) => r.id)).toEqual(["req_000119", "req_000118"]);
    const errors = await listRequestLog(db, "ws_a", { errorsOnly: true, limit: 100 });
    expect(errors.every((r) => r.status === 409 && r.error_code === "slot_taken")).toBe(true);
    now += 2 * 3600_000;
    writer.record(row("ws_a", 500, now));
    await writer.flush();
    expect(await requestLogCount(db, "ws_a")).toBe(1);
    await writer.close();
  });

  it("drops rows past its queue bound, and a failing store never throws into record()", async () => {
    db = await openStore({ dataDir: mkdtempSync(path.join(tmpdir(), "agentdraft-reqlog-")) });
    const writer = new RequestLogWriter(db, log, Date.now, { maxQueued: 10 });
    for (let i = 0; i < 25; i++) writer.record(row("ws_a", i, Date.now()));
    expect(writer.dropped).toBe(15);
    await db.close();
    db = undefined;
    expect(() => writer.record(row("ws_a", 99, Date.now()))).not.toThrow();
    await expect(writer.close()).resolves.toBeUndefined();
    expect(writer.dropped).toBeGreaterThan(15);
  });
});
