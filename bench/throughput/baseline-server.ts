// The bare-HTTP baseline: the reference server's framework (Hono on @hono/node-server) answering a
// constant. The booking route still reads the JSON body, as every real POST does.
import { serve } from "@hono/node-server";
import { Hono } from "hono";

const BOOKING = {
  booking_id: "bkg_constant",
  calendar_id: "cal_constant",
  agent_id: "agt_constant",
  agent_priority: 1,
  status: "COMMITTED",
  start: "2030-01-01T10:00:00.000Z",
  end: "2030-01-01T10:30:00.000Z",
  metadata: {},
  audit_event_id: "evt_000001_0",
  created_at: "2030-01-01T00:00:00.000Z",
  committed_at: "2030-01-01T00:00:00.000Z",
};

const app = new Hono();
app.post("/v1/bookings", async (c) => {
  await c.req.json();
  return c.json(BOOKING, 201);
});
app.get("/v1/availability", (c) => c.json({ calendar_id: "cal_constant", slots: [], busy: [] }));

const server = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, (info) => {
  console.log(`baseline listening on http://127.0.0.1:${info.port}`);
});
for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => server.close(() => process.exit(0)));
