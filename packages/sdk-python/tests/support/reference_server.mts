// `node reference_server.mts [server flags…]`: the reference server for the Python tests through
// @agentdraft/server/testing, the helper every suite uses (dev mode, a free 127.0.0.1 port, a fresh
// data dir). Prints one JSON line {"url": …} once it listens; SIGTERM stops it and exits.
import { startServer } from "../../../server/src/testing.ts";

const server = await startServer({ args: process.argv.slice(2), removeDataOnStop: true });
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    server.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
