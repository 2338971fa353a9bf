// Test support for external calendars: a real Radicale (PyPI, in a pinned venv of support/python-venv.ts) on a
// free loopback port with a temp storage folder and no auth, seeded through tsdav (a real CalDAV
// client); a static HTTP server for ICS sources; the next DST change of a zone.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createObject, getBasicAuthHeaders, makeCalendar } from "tsdav";

import { freePort } from "../../src/testing.ts";

export { freePort };
import { pythonVenv } from "../support/python-venv.ts";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PY = path.join(HERE, ".venv", "bin", "python");
const HELPER = path.join(HERE, "caldav_helper.py");

/** Radicale (CalDAV server), caldav (a real CalDAV client, to seed it) and icalendar (a second ICS parser), pinned. */
export function setupVenv(): void {
  pythonVenv(HERE, { radicale: "3.9.0", caldav: "3.6.0", icalendar: "7.3.0" });
}

/** Runs caldav_helper.py (e.g. `parse`: an ICS text on stdin read by Python icalendar). */
export function py(args: string[], input?: string): string {
  const r = spawnSync(PY, [HELPER, ...args], { encoding: "utf8", input, timeout: 30_000 });
  if (r.status !== 0) throw new Error(`caldav_helper ${args[0]} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout.trim();
}

export interface Radicale {
  base: string;
  stop(): Promise<void>;
}

export async function startRadicale(): Promise<Radicale> {
  const storage = mkdtempSync(path.join(tmpdir(), "agentdraft-radicale-"));
  const port = await freePort();
  const child: ChildProcess = spawn(
    path.join(HERE, ".venv", "bin", "radicale"),
    [
      "--server-hosts",
      `127.0.0.1:${port}`,
      "--storage-filesystem-folder",
      path.join(storage, "collections"),
      "--auth-type",
      "none",
      "--logging-level",
      "warning",
    ],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  const base = `http://127.0.0.1:${port}/`;
  for (let i = 0; ; i++) {
    const up = await new Promise<boolean>((r) =>
      http
        .get(base, (res) => {
          res.resume();
          r(true);
        })
        .on("error", () => r(false)),
    );
    if (up) break;
    if (i > 100) throw new Error("Radicale did not start");
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(storage, { recursive: true, force: true });
    },
  };
}

/** A CalDAV client for one Radicale user (no auth on the server: any password passes). */
export function davUser(base: string, user: string) {
  const headers = getBasicAuthHeaders({ username: user, password: "unused" });
  return {
    async makeCalendar(name: string): Promise<string> {
      const url = `${base}${user}/${name}/`;
      const [r] = await makeCalendar({ url, props: { displayname: name }, headers });
      if (!r?.ok) throw new Error(`MKCALENDAR ${url}: ${r?.status}`);
      return url;
    },
    async put(calendarUrl: string, file: string, ics: string): Promise<void> {
      const r = await createObject({
        url: `${calendarUrl}${file}`,
        data: ics,
        headers: { ...headers, "content-type": "text/calendar; charset=utf-8" },
      });
      if (!r.ok) throw new Error(`PUT ${file}: ${r.status}`);
    },
  };
}

/** A static HTTP server whose answers the test sets per path. */
export async function staticServer() {
  const routes = new Map<string, (req: http.IncomingMessage, res: http.ServerResponse) => void>();
  const hits = new Map<string, number>();
  const web = http.createServer((req, res) => {
    hits.set(req.url ?? "", (hits.get(req.url ?? "") ?? 0) + 1);
    const handler = routes.get(req.url ?? "");
    if (handler) handler(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => web.listen(0, "127.0.0.1", r));
  return {
    base: `http://127.0.0.1:${(web.address() as AddressInfo).port}`,
    routes,
    hits,
    close: async () => {
      web.closeAllConnections();
      await new Promise((r) => web.close(r));
    },
  };
}

/** Offset of `zone` at `t` in minutes (read with Intl, independently of the server's code). */
export function offsetMinutes(t: number, zone: string): number {
  const name = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" })
    .formatToParts(t)
    .find((p) => p.type === "timeZoneName")!.value; // "GMT+01:00"
  const m = /GMT([+-])(\d\d):(\d\d)/.exec(name);
  return m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/** The first UTC midnight of a day on which `zone` changes its offset, at least `afterDays` days from `from`. */
export function nextDstChange(zone: string, from: number, afterDays = 21): number {
  const day = 86_400_000;
  let t = Math.floor(from / day) * day + afterDays * day;
  for (let i = 0; i < 400; i++, t += day) if (offsetMinutes(t, zone) !== offsetMinutes(t + day, zone)) return t;
  throw new Error(`no DST change in ${zone}`);
}

/** `20270315T090000` — a local date-time for ICS, from a UTC-midnight day plus local hours. */
export function icsLocal(dayUtcMidnight: number, hour: number): string {
  const d = new Date(dayUtcMidnight);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}T${p(hour)}0000`;
}

export function icsDate(dayUtcMidnight: number): string {
  return icsLocal(dayUtcMidnight, 0).slice(0, 8);
}

export function vcalendar(...events: string[]): string {
  return ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//agentdraft tests//EN", ...events, "END:VCALENDAR", ""].join("\r\n");
}

export function vevent(fields: Record<string, string>): string {
  return ["BEGIN:VEVENT", "DTSTAMP:20260101T000000Z", ...Object.entries(fields).map(([k, v]) => `${k}:${v}`), "END:VEVENT"].join("\r\n");
}
