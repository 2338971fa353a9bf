// Produced the fixture in ./fixture-e608e5c with the release at commit e608e5c (global command log,
// one ledger for every workspace), before the schema became per workspace. Kept for the record:
// running it again on a newer release would write that release's schema, not the old one.
//   node test/migration/make-fixture.ts   (from packages/server, at commit e608e5c)
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Owner, startServer } from "../support/server-process.ts";

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixture-e608e5c");
const slot = (day: number, hour: number) => ({
  start: new Date(Date.UTC(2031, 0, day, hour)).toISOString(),
  end: new Date(Date.UTC(2031, 0, day, hour, 30)).toISOString(),
});

const server = await startServer({ dataDir: mkdtempSync(path.join(tmpdir(), "agentdraft-fixture-")) });
const agents: Record<string, { agent_id: string; key: string; workspace: string }> = {};
for (const ws of ["a", "b"]) {
  const owner = await Owner.signIn(server.url, `owner-${ws}@example.com`);
  const hi = await owner.createAgent(`${ws}-high`, 1);
  const lo = await owner.createAgent(`${ws}-low`, 5);
  agents[hi.name] = { agent_id: hi.agent_id, key: hi.key, workspace: ws };
  agents[lo.name] = { agent_id: lo.agent_id, key: lo.key, workspace: ws };
  for (let i = 0; i < 4; i++)
    await lo.call("POST", "/v1/bookings", { body: slot(5 + i, 10), headers: { "idempotency-key": `${ws}-lo-${i}` } });
  await hi.call("POST", "/v1/bookings", { body: slot(5, 10) }); // outranks lo's booking of that slot
  await lo.call("POST", "/v1/bookings", { body: slot(6, 10) }); // loses: slot taken by lo itself
  const held = await hi.call("POST", "/v1/bookings", { body: { ...slot(9, 9), mode: "hold", hold_ttl_seconds: 3600 } });
  await hi.call("POST", `/v1/bookings/${held.body.booking_id as string}/commit`);
  const cancelled = await hi.call("POST", "/v1/bookings", { body: slot(10, 9) });
  await hi.call("POST", `/v1/bookings/${cancelled.body.booking_id as string}/cancel`, { body: { reason: "fixture" } });
  await owner.call("POST", "/v1/dashboard/webhooks", { body: { url: "http://127.0.0.1:9/hook", events: ["booking.committed"] } });
}
if ((await server.stop()) !== 0) throw new Error("the server did not stop cleanly");
copyFileSync(path.join(server.dataDir, "agentdraft.db"), path.join(out, "agentdraft.db"));
writeFileSync(path.join(out, "agents.json"), `${JSON.stringify(agents, null, 2)}\n`);
console.log(`fixture written to ${out}`);
