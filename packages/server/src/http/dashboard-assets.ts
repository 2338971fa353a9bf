// The owner dashboard's web UI at /app (packages/dashboard, built by `pnpm build`), served from the
// same origin as the API so it signs in with the `ad_session` cookie (docs/architecture.md §9). Any
// path under /app that is not a built file gets index.html: the UI routes on the client.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Hono } from "hono";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

/** No script, style or connection from anywhere but this origin; no framing. */
const CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/** The built dashboard's folder, when the package is installed and built. */
export function dashboardDir(): string | undefined {
  try {
    const index = fileURLToPath(import.meta.resolve("@agentdraft/dashboard/dist/index.html"));
    return existsSync(index) ? path.dirname(index) : undefined;
  } catch {
    return undefined;
  }
}

// biome-ignore lint/suspicious/noExplicitAny: any Hono app (its env type does not matter here)
export function mountDashboard(app: Hono<any>, dir: string | undefined): void {
  const headers = (type: string, cache: string) => ({
    "Content-Type": type,
    "Cache-Control": cache,
    "Content-Security-Policy": CSP,
    "Referrer-Policy": "no-referrer",
  });
  app.get("/app", (c) => c.redirect("/app/", 308));
  app.get("/app/*", async (c) => {
    if (!dir) {
      return c.text("The dashboard is not built: run `pnpm build` (or scripts/dev.sh) and restart the server.", 503, {
        "Retry-After": "60",
      });
    }
    const rel = decodeURIComponent(c.req.path.slice("/app/".length));
    const file = path.resolve(dir, rel);
    const inside = file.startsWith(dir + path.sep) && path.extname(file) !== "";
    if (inside) {
      try {
        const bytes = await readFile(file);
        const immutable = rel.startsWith("assets/");
        return c.body(
          bytes,
          200,
          headers(TYPES[path.extname(file)] ?? "application/octet-stream", immutable ? "public, max-age=31536000, immutable" : "no-cache"),
        );
      } catch {
        return c.text("not found", 404);
      }
    }
    return c.body(await readFile(path.join(dir, "index.html")), 200, headers(TYPES[".html"]!, "no-cache"));
  });
}
