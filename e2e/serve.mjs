// Starts Convene for the e2e suite: build (unless E2E_SKIP_BUILD=1), reset
// the database with the demo data, then `next start`. Playwright stops it.
import { spawn, spawnSync } from "node:child_process";

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: "inherit", env: process.env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (process.env.E2E_SKIP_BUILD !== "1") run("npx", ["next", "build"]);
run("npx", ["tsx", "db/reset-cli.ts"]);

const server = spawn("npx", ["next", "start", "-p", process.env.PORT], { stdio: "inherit", env: process.env });
const stop = () => server.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", (code) => process.exit(code ?? 0));
