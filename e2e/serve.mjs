// Starts Convene for the e2e suite as an operator runs it: build (unless
// E2E_SKIP_BUILD=1), reset the database with the demo data (and the rows of
// e2e/sign-in-fixtures.ts), then the build artifact, copied outside the
// project first so nothing it needs can come from the project's
// node_modules: `node server.js` in a folder of its own. Playwright stops it
// (SIGTERM, which the artifact's entry answers with a graceful stop).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { SERVER_NODE_FLAGS } from "../lib/server/node-flags.mjs";

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: "inherit", env: process.env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (process.env.E2E_SKIP_BUILD !== "1") run("npm", ["run", "-s", "build"]);
run("npx", ["tsx", "db/seed/reset-cli.ts"]);
run("npx", ["tsx", "e2e/sign-in-fixtures.ts"]);

const artifact = path.join(os.tmpdir(), `convene-artifact-${process.env.PORT}`);
fs.rmSync(artifact, { recursive: true, force: true });
fs.cpSync(".next/standalone", artifact, { recursive: true });

// The server's output also goes to a file, which e2e/server-log.spec.ts reads.
fs.mkdirSync("test-results", { recursive: true });
const log = fs.createWriteStream(process.env.E2E_SERVER_LOG ?? "test-results/server.log", { flags: "w" });
const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, "server.js"], {
  cwd: artifact,
  stdio: ["ignore", "pipe", "pipe"],
  // The artifact runs in its own folder: a relative PGLITE_DIR would name one inside it.
  env: { ...process.env, ...(process.env.PGLITE_DIR ? { PGLITE_DIR: path.resolve(process.env.PGLITE_DIR) } : {}) },
});
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
server.on("exit", (code) => {
  fs.rmSync(artifact, { recursive: true, force: true });
  process.exit(code ?? 0);
});
