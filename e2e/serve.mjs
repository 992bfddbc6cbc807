// Starts Convene for the e2e suite: build (unless E2E_SKIP_BUILD=1), reset
// the database with the demo data (and the rows of e2e/sign-in-fixtures.ts),
// then `next start`. Playwright stops it.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: "inherit", env: process.env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (process.env.E2E_SKIP_BUILD !== "1") run("npx", ["next", "build"]);
run("npx", ["tsx", "db/seed/reset-cli.ts"]);
run("npx", ["tsx", "e2e/sign-in-fixtures.ts"]);

// The server's output also goes to a file, which e2e/server-log.spec.ts reads.
fs.mkdirSync("test-results", { recursive: true });
const log = fs.createWriteStream(process.env.E2E_SERVER_LOG ?? "test-results/server.log", { flags: "w" });
const server = spawn("npx", ["next", "start", "-p", process.env.PORT], { stdio: ["ignore", "pipe", "pipe"], env: process.env });
server.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  log.write(chunk);
});
server.stderr.on("data", (chunk) => {
  process.stderr.write(chunk);
  log.write(chunk);
});
const stop = () => server.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", (code) => process.exit(code ?? 0));
