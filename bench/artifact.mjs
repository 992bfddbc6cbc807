// `node bench/artifact.mjs` (after `npm run build`): the deployable artifact's
// size, and its cold start: from `node server.js` to the first 200 from
// /api/ready (the database answers and its migrations are current), on a
// fresh PostgreSQL database, from a copy of the artifact outside the project.
// Writes bench/artifact.json and prints a line per run.
//   BENCH_PG=postgres://postgres@127.0.0.1:5432   the PostgreSQL server (convene_bench_artifact is created and dropped)
//   BENCH_RUNS=5                                   cold starts measured
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { SERVER_NODE_FLAGS } from "../lib/server/node-flags.mjs";

const root = path.resolve(import.meta.dirname, "..");
const standalone = path.join(root, ".next", "standalone");
if (!fs.existsSync(path.join(standalone, "next-server.js"))) {
  console.error("bench/artifact.mjs: no artifact; run `npm run build` first.");
  process.exit(1);
}
const pg = (process.env.BENCH_PG ?? "postgres://postgres@127.0.0.1:5432").replace(/\/$/, "");
const runs = Number(process.env.BENCH_RUNS ?? "5");
const dbName = "convene_bench_artifact";
const url = `${pg}/${dbName}`;

function sizeOf(dir) {
  let bytes = 0;
  let files = 0;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

const freePort = () =>
  new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

const copy = fs.mkdtempSync(path.join(os.tmpdir(), "convene-artifact-bench-"));
fs.cpSync(standalone, copy, { recursive: true });
const size = sizeOf(copy);
const admin = postgres(pg, { max: 1, onnotice: () => {} });
await admin.unsafe(`drop database if exists ${dbName} with (force)`);
await admin.unsafe(`create database ${dbName}`);
const env = { PATH: process.env.PATH, DATABASE_URL: url, AUTH_SECRET: randomBytes(32).toString("base64"), CONVENE_EMAIL_TIMER: "0" };
const migrateStarted = performance.now();
const migrated = spawnSync(process.execPath, ["db/migrate.js"], { cwd: copy, env, encoding: "utf8" });
const migrateMs = performance.now() - migrateStarted;
if (migrated.status !== 0) throw new Error(`node db/migrate.js failed: ${migrated.stderr}`);

const starts = [];
try {
  for (let i = 0; i < runs; i++) {
    const port = await freePort();
    const started = performance.now();
    const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, "server.js"], { cwd: copy, env: { ...env, PORT: String(port), HOSTNAME: "127.0.0.1", APP_URL: `http://127.0.0.1:${port}` }, stdio: "ignore" });
    let ms;
    for (;;) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/api/ready`);
        if (res.status === 200) {
          ms = performance.now() - started;
          break;
        }
      } catch {
        // Not listening yet.
      }
      if (performance.now() - started > 60_000) throw new Error("no 200 from /api/ready within 60 s");
      await new Promise((r) => setTimeout(r, 10));
    }
    const stopped = performance.now();
    const code = await new Promise((resolve) => {
      child.once("exit", (c) => resolve(c));
      child.kill("SIGTERM");
    });
    starts.push({ ms: Math.round(ms), stopMs: Math.round(performance.now() - stopped), exitCode: code });
    console.log(`cold start ${i + 1}: ${Math.round(ms)} ms to the first 200 from /api/ready; SIGTERM to exit ${Math.round(performance.now() - stopped)} ms (code ${code})`);
  }
} finally {
  await admin.unsafe(`drop database if exists ${dbName} with (force)`);
  await admin.end();
  fs.rmSync(copy, { recursive: true, force: true });
}
const sorted = starts.map((s) => s.ms).sort((a, b) => a - b);
const result = {
  at: new Date().toISOString(),
  machine: `${os.cpus().length} cores, Node ${process.version}`,
  artifact: { megabytes: +(size.bytes / 1e6).toFixed(1), files: size.files },
  migrateFreshDatabaseMs: Math.round(migrateMs),
  coldStartMs: { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted.at(-1), runs: starts },
};
fs.writeFileSync(path.join(root, "bench", "artifact.json"), `${JSON.stringify(result, null, 2)}\n`);
console.log(`artifact ${result.artifact.megabytes} MB in ${size.files} files; migrate a fresh database ${result.migrateFreshDatabaseMs} ms; cold start median ${result.coldStartMs.median} ms (min ${result.coldStartMs.min}, max ${result.coldStartMs.max})`);
