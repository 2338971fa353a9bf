// Cross-site request forgery guard for the cookie-authenticated owner API (docs/security.md §2).
// A browser attaches the `ad_session` cookie to any request a page sends to this origin, even from
// another site; SameSite=Lax stops cross-site POSTs from forms but not every case (same-site
// subdomains, top-level navigations, older browsers). So every unsafe owner request must show it
// came from this origin, by the headers browsers set and pages cannot forge:
// - `Sec-Fetch-Site` (all current browsers): `same-origin`, or `none` (typed by the user);
// - otherwise `Origin`: its host must be this server's `Host`.
// A request with neither comes from no browser (curl, an SDK, a server), which carries no ambient
// cookie of a victim, so it passes: the session cookie it sends is its own.
import type { Context } from "hono";
import { ApiError } from "./problems.ts";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function refused(detail: string): ApiError {
  return new ApiError("forbidden", `cross-origin request refused: ${detail}`);
}

/** Throws 403 `forbidden` when an unsafe request was sent by a page of another origin. */
export function requireSameOrigin(c: Context): void {
  if (SAFE_METHODS.has(c.req.method)) return;
  const site = c.req.header("sec-fetch-site");
  if (site !== undefined) {
    if (site === "same-origin" || site === "none") return;
    throw refused(`Sec-Fetch-Site is ${site}`);
  }
  const origin = c.req.header("origin");
  if (origin === undefined) return;
  let host: string | undefined;
  try {
    host = new URL(origin).host;
  } catch {
    host = undefined; // `null` (sandboxed pages, some redirects) or garbage: not this origin
  }
  if (host === undefined || host !== c.req.header("host")) throw refused(`Origin ${origin} is not this server`);
}
