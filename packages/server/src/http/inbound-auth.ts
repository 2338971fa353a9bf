// The inbound mail webhook's authentication (security scheme `ApiKeyAuth`: header X-Inbound-Secret),
// compared in constant time with the secret the server was started with.
import { createHash, timingSafeEqual } from "node:crypto";
import { ApiError } from "./problems.ts";
import type { Services } from "../services.ts";

const secrets = new WeakMap<Services, string>();

/** Sets (or, with undefined, clears) the inbound secret of a server. */
export function setInboundSecret(services: Services, secret: string | undefined): void {
  if (secret) secrets.set(services, secret);
  else secrets.delete(services);
}

const digest = (value: string) => createHash("sha256").update(value).digest();

/** Throws 503 when no secret is configured, 401 when the header does not match it. */
export function checkInboundSecret(services: Services, header: string | undefined): void {
  const secret = secrets.get(services);
  if (secret === undefined) {
    throw new ApiError(
      "unavailable",
      "inbound mail is not configured on this server (set AGENTDRAFT_INBOUND_SECRET)",
      {},
      { "Retry-After": "3600" },
    );
  }
  // Digests have one length, so neither the comparison nor its duration tells anything about the secret.
  if (header === undefined || !timingSafeEqual(digest(header), digest(secret))) {
    throw new ApiError("unauthenticated", "a valid X-Inbound-Secret header is required");
  }
}
