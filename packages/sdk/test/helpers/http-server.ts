// A tiny scripted HTTP server on 127.0.0.1 for retry tests: each request is recorded and answered
// by the next scripted step.
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface Recorded {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
}

export type Step = (res: ServerResponse, req: Recorded) => void;

export interface ScriptedServer {
  baseUrl: string;
  requests: Recorded[];
  /** Replaces the script: step i answers request i (the last step repeats). */
  script(...steps: Step[]): void;
  close(): Promise<void>;
}

export async function startScriptedServer(): Promise<ScriptedServer> {
  const requests: Recorded[] = [];
  let steps: Step[] = [];
  let served = 0;
  const server: Server = createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (c: string) => (body += c));
    req.on("end", () => {
      const rec: Recorded = { method: req.method!, url: req.url!, headers: req.headers, body, at: Date.now() };
      requests.push(rec);
      const step = steps[Math.min(served++, steps.length - 1)];
      if (!step) {
        res.writeHead(500).end();
        return;
      }
      step(res, rec);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    script(...next: Step[]) {
      steps = next;
      served = 0;
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Step {
  return (res) => {
    const problem = status >= 400;
    res.writeHead(status, {
      "content-type": problem ? "application/problem+json" : "application/json",
      "request-id": `req_${Math.random().toString(36).slice(2, 10)}`,
      ...headers,
    });
    res.end(JSON.stringify(body));
  };
}

export function problem(status: number, code: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Step {
  return json(
    status,
    {
      type: `https://agentdraft.dev/problems/${code}`,
      title: code,
      status,
      detail: `${code} happened`,
      code,
      request_id: "req_problem",
      ...extra,
    },
    headers,
  );
}

/** The wire Booking the scripted server returns on success. */
export const wireBooking = {
  booking_id: "bkg_retry",
  calendar_id: "cal_main",
  agent_id: "agt_a",
  agent_priority: 1,
  status: "COMMITTED",
  start: "2026-12-01T15:00:00Z",
  end: "2026-12-01T15:30:00Z",
  metadata: { some_key: "kept as is" },
  committed_at: "2026-11-24T10:00:00.125Z",
  audit_event_id: "evt_1",
  created_at: "2026-11-24T10:00:00.125Z",
};
