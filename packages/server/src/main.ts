#!/usr/bin/env node
// `agentdraft-server`: starts the reference server, prints the URL it listens on, drains on SIGTERM.
import { HELP, parseConfig } from "./config.ts";
import { startServer } from "./server.ts";

const config = (() => {
  try {
    return parseConfig(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(`agentdraft-server: ${(error as Error).message}\n\n${HELP}`);
    process.exit(2);
  }
})();
if (config === "help") {
  console.log(HELP);
  process.exit(0);
}

const server = await startServer(config);
console.log(`AgentDraft server listening on ${server.url}${config.dev ? " (dev mode)" : ""}`);
console.log(`Dashboard: ${server.url}/app/ (owner sign-in by magic link; in dev mode the page shows the link)`);
if (config.dev) {
  console.log(`
Get an agent key (dev mode shows the sign-in token instead of mailing it):
  curl -s -X POST ${server.url}/v1/auth/magic-link -H 'content-type: application/json' -d '{"email":"you@example.com"}'
  curl -s -c cookies.txt -X POST ${server.url}/v1/auth/verify -H 'content-type: application/json' -d '{"token":"<dev_token>"}'
  curl -s -b cookies.txt -X POST ${server.url}/v1/dashboard/agents -H 'content-type: application/json' \\
       -d '{"name":"scheduler","priority":1,"scopes":["availability:read","bookings:read","bookings:write","audit:read"]}'
Then: curl -H 'Authorization: Bearer <plaintext_key>' ${server.url}/v1/agents/me`);
}

let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
