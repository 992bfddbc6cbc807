// The artifact's `server.js` (lib/server/finish-build.mjs bundles this file
// there and renames Next's own entry to next-server.js). It starts Next's
// server unchanged, and replaces Next's SIGTERM handling, which closes the
// server and exits 143 at once, with a graceful stop: requests in flight
// finish, the email timer records the batch in hand and hands back the rest,
// the database pool closes, and the process exits 0 (1 if the deadline cut
// something off).
import http from "node:http";
import path from "node:path";
import { stopGracefully } from "./graceful-stop";
import { stopDeadlineMs } from "./stop-deadline";
import { stopSteps } from "./stop-steps";

process.env.NEXT_MANUAL_SIG_HANDLE = "1";

// Next's entry moves into its own folder before anything reads PGLITE_DIR: a
// relative one means the folder the server was started in, as for any command.
if (!process.env.DATABASE_URL) process.env.PGLITE_DIR = path.resolve(process.env.PGLITE_DIR || ".data/pglite");

const servers: http.Server[] = [];
const createServer = http.createServer;
http.createServer = function (this: unknown, ...args: unknown[]) {
  const server = (createServer as (...a: unknown[]) => http.Server).apply(this, args);
  servers.push(server);
  // Where proxy.ts asks this process for a public page to cache (lib/public-cache/serve.ts).
  server.once("listening", () => {
    const address = server.address();
    if (address && typeof address === "object") (globalThis as { __convene_listening?: { address: string; port: number } }).__convene_listening = { address: address.address, port: address.port };
  });
  return server;
} as typeof http.createServer;

let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    const deadlineMs = stopDeadlineMs(process.env.CONVENE_STOP_TIMEOUT_SECONDS);
    console.log(`${signal} received: finishing the requests in flight and the email batch in hand (at most ${deadlineMs / 1000} s).`);
    stopGracefully(servers, { deadlineMs, drain: stopSteps("drain"), close: stopSteps("close"), log: (line) => console.log(line) }).then(
      (outcome) => process.exit(outcome.clean ? 0 : 1),
      (e: unknown) => {
        console.error(`Stopping failed: ${e instanceof Error ? e.message : String(e)}`);
        process.exit(1);
      },
    );
  });
}

// Idle keep-alive connections stay open 65 s, not Node's 5: longer than a
// balancer's own idle timeout (60 s on most), so the server never closes a
// connection just as the balancer (or any client) sends on it, which the client
// sees as a reset. KEEP_ALIVE_TIMEOUT (milliseconds), read by Next, still decides.
process.env.KEEP_ALIVE_TIMEOUT ??= "65000";

// Next's own entry, beside this file in the artifact (a runtime require: esbuild leaves it alone).
// eslint-disable-next-line @typescript-eslint/no-require-imports
require("./next-server.js");
