// `npm run bench`: builds Convene for production, loads a large data set into
// a fresh PostgreSQL database, measures the pages that matter under load next
// to a bare page (the framework's own ceiling), the first-load JavaScript of
// the guest and public pages, and email throughput against a rate-limited
// fake Resend; writes bench/results.md and bench/results.json and cleans up.
//
// Modes:
//   npm run bench                     the full bench: pages under load with their goals and verdicts (bench/goals.mjs), first-load JS, email, backup
//   npm run bench -- --curves         scale curves (or BENCH_CURVES=1): p50/p95 of the staff guest list, people search, archive and
//                                     guest page as the data grows in place (bench/grow.ts); writes the "Scale curves" section of
//                                     bench/results.md and bench/curves.svg. `--curves=full` (BENCH_CURVES=full) adds the biggest sizes.
//   npm run bench -- --smoke          CI smoke test (or BENCH_SMOKE=1): scale 0.05, 20 requests per target, every target must answer with
//                                     no errors; no timing verdicts; reuses the build in .next when there is one; writes bench/tmp/smoke.md
//                                     only and exits non-zero on any failure.
//
// Environment (all optional):
//   BENCH_SCALE=0.1        a smaller data set for quick iteration (default 1: 10 000 events, 50 000 people, 500 000 invitations;
//                          in --curves mode the curve sizes scale with it)
//   BENCH_DURATION=10      seconds measured per target, after BENCH_WARMUP=3 seconds of warm-up
//   BENCH_CONNECTIONS=10   concurrent connections
//   BENCH_PG=postgres://postgres@127.0.0.1:5432   the PostgreSQL server; BENCH_DB=convene_bench is created and dropped
//   BENCH_PORT=3300        for `next start` (the fake Resend takes the next port)
//   BENCH_SKIP_BUILD=1     reuse the current .next (it must have been built by this script or with CONVENE_BENCH=1)
//   BENCH_KEEP=1           keep the database afterwards (with BENCH_AUTH_SECRET=<any secret>, its guests' links can be opened again later)
//   BENCH_ONLY=guest,accept  measure only these targets (for iteration; results files are still written); "backup" is one too;
//                          "guest" brings "guestquery" (the guest page's query alone, its floor);
//                          "people" (the staff people search) is measured only when named here, in smoke mode and in the curves.
//                          In --curves mode: which curves (staff, people, archive, guest).
//   BENCH_BUSY_OTHERS=0.5  the CPU (in cores) others may use during a measured run before it is marked busy (default: 0.25 × CPUs)
//   BENCH_BUSY_LOAD=1.5    where /proc cannot tell others' CPU: the 1-minute load average above which it is busy (default: 0.75 × CPUs)
//   BENCH_CURVE_DURATION=5, BENCH_CURVE_WARMUP=2, BENCH_CURVE_CONNECTIONS=1   per point of a curve
//   BENCH_EMAIL_DELIVERY=worker  who delivers the answers' emails while pages are measured: "worker" (default, as compose.yaml
//                          runs Convene: the server only queues, the artifact's `node email-worker.js` beside it delivers; its CPU is reported)
//                          or "server" (the server process delivers, CONVENE_EMAIL_DELIVERY=server)
//   (the backup and restore step alone, with its own data load: `node bench/backup.mjs`)
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import postgres from "postgres";
import { backupMarkdown, measureBackupRestore } from "./backup.mjs";
import { firstLoadJs } from "./bundle-stats.mjs";
import { SERVER_NODE_FLAGS } from "../lib/server/node-flags.mjs";
import { bundleEmailWorker } from "../lib/server/bundle-options.mjs";
import { curvesMarkdown, curvesSvg } from "./curves.mjs";
import { bareDrift, busyLimits, curveVerdict, isBusy, MAX_ATTEMPTS, STEADY_DRIFT, emailVerdict, jsVerdict, pageVerdict, smokeVerdict, verdictCell, CURVE_GOALS, GOALS_MACHINE } from "./goals.mjs";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
const tmp = path.join(root, "bench", "tmp");
fs.mkdirSync(tmp, { recursive: true });

const args = process.argv.slice(2);
const curvesArg = args.find((a) => a === "--curves" || a.startsWith("--curves="));
const mode = args.includes("--smoke") || process.env.BENCH_SMOKE === "1" ? "smoke" : curvesArg || ["1", "full"].includes(process.env.BENCH_CURVES ?? "") ? "curves" : "bench";
const smoke = mode === "smoke";
const hasBuild = fs.existsSync(path.join(root, ".next", "BUILD_ID")) && fs.existsSync(path.join(root, ".next", "server", "server-reference-manifest.json"));

const cfg = {
  mode,
  curvesFull: curvesArg === "--curves=full" || process.env.BENCH_CURVES === "full",
  // Smoke: tiny data and a second per target; it proves that every target answers, not how fast.
  scale: Number(process.env.BENCH_SCALE ?? (smoke ? "0.05" : "1")),
  duration: smoke ? 1 : Number(process.env.BENCH_DURATION ?? "10"),
  warmup: smoke ? 0.2 : Number(process.env.BENCH_WARMUP ?? "3"),
  connections: smoke ? 2 : Number(process.env.BENCH_CONNECTIONS ?? "10"),
  curveDuration: Number(process.env.BENCH_CURVE_DURATION ?? "5"),
  curveWarmup: Number(process.env.BENCH_CURVE_WARMUP ?? "2"),
  curveConnections: Number(process.env.BENCH_CURVE_CONNECTIONS ?? "1"),
  emails: smoke ? 200 : 5000,
  // Smoke mode: requests per target (a fifth of it as warm-up), however long they take.
  smokeRequests: 20,
  pg: (process.env.BENCH_PG ?? "postgres://postgres@127.0.0.1:5432").replace(/\/$/, ""),
  db: process.env.BENCH_DB ?? { bench: "convene_bench", smoke: "convene_bench_smoke", curves: "convene_bench_curves" }[mode],
  port: Number(process.env.BENCH_PORT ?? { bench: "3300", smoke: "3310", curves: "3320" }[mode]),
  // Smoke reuses any production build in .next (CI's `npm test` has just made one): /bench/bare reads CONVENE_BENCH when served, not when built.
  skipBuild: process.env.BENCH_SKIP_BUILD === "1" || (smoke && hasBuild && process.env.BENCH_SKIP_BUILD !== "0"),
  keep: process.env.BENCH_KEEP === "1",
  // The guest page's floor (its query alone) comes with the guest page.
  only: process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(",").flatMap((k) => (k === "guest" ? [k, "guestquery"] : [k]))) : null,
  busy: busyLimits(os.cpus().length, process.env),
  emailDelivery: process.env.BENCH_EMAIL_DELIVERY ?? "worker",
};
if (!["server", "worker"].includes(cfg.emailDelivery)) fail(`BENCH_EMAIL_DELIVERY must be "server" or "worker" (got ${cfg.emailDelivery}).`);
if (!/^convene_bench\w*$/.test(cfg.db)) fail(`BENCH_DB must start with convene_bench (got ${cfg.db}).`);
const databaseUrl = `${cfg.pg}/${cfg.db}`;
const base = `http://127.0.0.1:${cfg.port}`;
const resendPort = cfg.port + 1;
// BENCH_AUTH_SECRET: the secret a kept database (BENCH_KEEP=1) was loaded with, so its guests' links still open when it is served again to profile it.
const authSecret = process.env.BENCH_AUTH_SECRET || randomBytes(32).toString("base64url");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const tsx = [bin("tsx"), "--tsconfig", "bench/tsconfig.json"];

const children = new Set();
const timings = {};

function fail(message) {
  console.error(`\nbench: ${message}`);
  process.exit(1);
}

function log(message) {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

async function timed(label, run) {
  const started = performance.now();
  const result = await run();
  timings[label] = (performance.now() - started) / 1000;
  log(`${label}: ${timings[label].toFixed(1)} s`);
  return result;
}

/** Runs a command to completion; its output goes to the console (or a log file), and a non-zero exit is an error. */
function run(cmd, args, { env = {}, logFile, capture = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    children.add(child);
    let out = "";
    const sink = logFile ? fs.createWriteStream(logFile) : null;
    const onData = (chunk) => {
      out += chunk;
      if (sink) sink.write(chunk);
      else if (!capture) process.stdout.write(chunk);
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("close", (code) => {
      children.delete(child);
      sink?.end();
      if (code === 0) resolve(out);
      else reject(new Error(`${path.basename(cmd)} ${args.join(" ")} exited with ${code}${logFile ? ` (see ${path.relative(root, logFile)})` : ""}\n${out.slice(-3000)}`));
    });
  });
}

/** Starts a long-running process in its own process group, so stopping it stops its children too. */
function start(cmd, args, { env = {}, logFile }) {
  const sink = fs.openSync(logFile, "w");
  const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ["ignore", sink, sink], detached: true });
  children.add(child);
  child.on("exit", () => children.delete(child));
  return child;
}

async function stop(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }, 5_000);
  await exited;
  clearTimeout(timer);
}

async function waitFor(check, what, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function portFree(port) {
  try {
    await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1_000) });
    return false;
  } catch (e) {
    return e?.cause?.code === "ECONNREFUSED";
  }
}

// ---------------------------------------------------------------- database

async function adminSql() {
  const sql = postgres(`${cfg.pg}/postgres`, { max: 1, connect_timeout: 5, onnotice: () => {} });
  try {
    await sql`select 1`;
  } catch (e) {
    await sql.end({ timeout: 1 }).catch(() => {});
    fail(
      `PostgreSQL is not reachable at ${cfg.pg} (${e?.code ?? e?.message ?? e}).\n` +
        `Start it (e.g. \`pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start\`) or point BENCH_PG at a server where user postgres may create databases.`,
    );
  }
  return sql;
}

async function createDatabase() {
  const sql = await adminSql();
  try {
    await sql.unsafe(`drop database if exists ${cfg.db} with (force)`);
    await sql.unsafe(`create database ${cfg.db}`);
  } finally {
    await sql.end();
  }
}

async function dropDatabase() {
  const sql = postgres(`${cfg.pg}/postgres`, { max: 1, connect_timeout: 5, onnotice: () => {} });
  try {
    await sql.unsafe(`drop database if exists ${cfg.db} with (force)`);
  } finally {
    await sql.end();
  }
}

// ---------------------------------------------------------------- measuring

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** One autocannon run; every response's latency is recorded, so p95 is exact. */
function cannon({ requests, expect, seconds, connections = cfg.connections }) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    const statuses = {};
    let unexpected = 0;
    // Smoke mode counts requests instead of seconds, with a timeout that only stops a hang: a slow machine takes longer, it does not fail.
    const limit = smoke ? { amount: Math.max(connections, Math.round(cfg.smokeRequests * (seconds / cfg.duration))), timeout: 120 } : { duration: seconds, timeout: 10 };
    const instance = autocannon(
      { url: base, connections, requests, ...limit },
      (err, result) => {
        if (err) return reject(err);
        latencies.sort((a, b) => a - b);
        resolve({ result, latencies, statuses, unexpected });
      },
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
      if (statusCode !== expect) unexpected++;
    });
  });
}

// CPU time (ms) a process has used, from /proc: unlike req/s, it does not
// move with what else runs on a shared machine. Null where /proc is missing.
const CLOCK_TICKS = 100;
function cpuMs(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/** CPU time (ms) the whole machine has spent busy (every CPU, all but idle and iowait), from /proc/stat. */
function machineBusyMs() {
  try {
    const [, ...fields] = fs.readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/);
    const [user, nice, system, , , irq, softirq, steal = 0] = fields.map(Number);
    return ((user + nice + system + irq + softirq + steal) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

const selfCpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** The PostgreSQL backends serving the bench database (their process titles name it). */
function databaseCpuMs() {
  let total = 0;
  try {
    for (const pid of fs.readdirSync("/proc")) {
      if (!/^\d+$/.test(pid)) continue;
      let cmdline;
      try {
        cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
      } catch {
        continue;
      }
      if (cmdline.startsWith("postgres: ") && cmdline.includes(` ${cfg.db} `)) total += cpuMs(pid) ?? 0;
    }
  } catch {
    return null;
  }
  return total;
}

const loadNow = () => Number(os.loadavg()[0].toFixed(2));

/** Seconds of unmeasured load on the bare page, and on the acceptance, before the first measurement (see httpBench). */
const SERVER_WARMUP_SECONDS = 8;
/**
 * Seconds of unmeasured load on each other page before the first measurement
 * (see httpBench): with the target's own warm-up, each page has run 15 s
 * before it is measured. The staff guest list's server CPU per request over
 * a fresh server's first 5-second runs: 15.3, 12.6, 11.5, then 10.5–10.9
 * from the fourth on (2026-12-08, one server, 10 connections).
 */
const PAGE_WARMUP_SECONDS = 12;
/** Links the acceptance's warm-up answers (a third of the acceptance's links at most): about 8 s of answers on a fast host. */
const ACCEPT_WARMUP_LINKS = 3000;

async function measure(target, { warmup = cfg.warmup, duration = cfg.duration } = {}) {
  // The machine's 1-minute load average before the warm-up and after the measured run, and others' CPU during it (cfg.busy: when a row is busy).
  const loadBefore = loadNow();
  const warm = await cannon({ requests: target.requests(), expect: target.expect, seconds: warmup, connections: target.connections });
  const cpuBefore = { server: cpuMs(serverPid), worker: workerPid ? cpuMs(workerPid) : 0, db: databaseCpuMs(), self: selfCpuMs(), machine: machineBusyMs(), at: performance.now() };
  const { result, latencies, statuses, unexpected } = await cannon({ requests: target.requests(), expect: target.expect, seconds: duration, connections: target.connections });
  const cpuAfter = { server: cpuMs(serverPid), worker: workerPid ? cpuMs(workerPid) : 0, db: databaseCpuMs(), self: selfCpuMs(), machine: machineBusyMs(), at: performance.now() };
  // Others' CPU: what the machine spent beyond the server, the database's backends and this process (autocannon), in cores.
  const delta = (key) => cpuAfter[key] - cpuBefore[key];
  const othersCores =
    ["server", "db", "machine"].some((k) => cpuBefore[k] === null || cpuAfter[k] === null)
      ? null
      : Number((Math.max(0, delta("machine") - delta("server") - delta("worker") - delta("db") - delta("self")) / (cpuAfter.at - cpuBefore.at)).toFixed(2));
  const loadAfter = loadNow();
  const perRequest = (key) => (cpuBefore[key] === null || cpuAfter[key] === null || latencies.length === 0 ? null : (cpuAfter[key] - cpuBefore[key]) / latencies.length);
  const errors = unexpected + result.errors + result.timeouts;
  const row = {
    loadBefore,
    loadAfter,
    loadAverage: loadAfter,
    othersCores,
    key: target.key,
    name: target.name,
    path: target.label,
    requests: latencies.length,
    rps: latencies.length / result.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors,
    statuses,
    warmupStatuses: warm.statuses,
    serverCpuMs: perRequest("server"),
    dbCpuMs: perRequest("db"),
    workerCpuMs: workerPid ? perRequest("worker") : null,
  };
  log(
    `${target.name.padEnd(28)} ${row.rps.toFixed(1).padStart(7)} req/s  p50 ${fmtMs(row.p50)}  p95 ${fmtMs(row.p95)}  p99 ${fmtMs(row.p99)}  errors ${errors}  ` +
      `CPU/req server ${fmtCpu(row.serverCpuMs)} db ${fmtCpu(row.dbCpuMs)}${row.workerCpuMs === null ? "" : ` worker ${fmtCpu(row.workerCpuMs)}`}  load ${loadBefore}→${loadAfter}, others ${othersCores ?? "—"} cores  ${JSON.stringify(statuses)}`,
  );
  return row;
}

const mean2 = (values) => (values.some((v) => v === null) ? null : values.reduce((a, b) => a + b, 0) / values.length);

/** The ceiling row: every bare run's requests together. */
function summarizeBare(runs) {
  const rps = runs.map((r) => r.rps);
  const mean = rps.reduce((a, b) => a + b, 0) / rps.length;
  const worst = (key) => Math.max(...runs.map((r) => r[key] ?? 0));
  return {
    ...runs[0],
    rps: mean,
    rpsMin: Math.min(...rps),
    rpsMax: Math.max(...rps),
    runs: runs.length,
    requests: runs.reduce((n, r) => n + r.requests, 0),
    p50: runs.reduce((n, r) => n + r.p50, 0) / runs.length,
    serverCpuMs: mean2(runs.map((r) => r.serverCpuMs)),
    dbCpuMs: mean2(runs.map((r) => r.dbCpuMs)),
    workerCpuMs: runs[0].workerCpuMs === null ? null : mean2(runs.map((r) => r.workerCpuMs)),
    p95: worst("p95"),
    p99: worst("p99"),
    errors: runs.reduce((n, r) => n + r.errors, 0),
    bareRps: mean,
    bareCpuMs: mean2(runs.map((r) => r.serverCpuMs)),
    loadBefore: Math.max(...runs.map((r) => r.loadBefore)),
    loadAfter: Math.max(...runs.map((r) => r.loadAfter)),
    othersCores: runs.some((r) => r.othersCores === null) ? null : Math.max(...runs.map((r) => r.othersCores)),
  };
}

const fmtCpu = (v) => (v === null || v === undefined ? "—" : `${v.toFixed(1)} ms`);
let serverPid = null;
/** The email worker's pid while one runs (BENCH_EMAIL_DELIVERY=worker): its CPU is counted per request beside the server's. */
let workerPid = null;

const fmtMs = (v) => (v === null || v === undefined ? "—" : `${v.toFixed(0)} ms`);

/** Rotates through values, one per request, across all connections. */
function rotating(values) {
  let i = 0;
  return () => values[i++ % values.length];
}

// ---------------------------------------------------------------- the guest's no-JavaScript form

function decodeEntities(s) {
  return s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** The fields a browser without JavaScript submits from the accept form, read from the page itself. */
async function acceptForm(token) {
  const response = await fetch(`${base}/rsvp/${token}?answer=accept`);
  const html = await response.text();
  const form = html.match(/<form[^>]*method="POST"[^>]*>([\s\S]*?)<\/form>/i);
  if (!form) {
    const text = html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, " ").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
    throw new Error(`The guest page shows no accept form (HTTP ${response.status}): ${text.slice(0, 600)}`);
  }
  const fields = [];
  for (const input of form[1].matchAll(/<(input|textarea)\b([^>]*)>/gi)) {
    const attrs = input[2];
    const name = attrs.match(/\bname="([^"]*)"/)?.[1];
    if (!name) continue;
    const value = attrs.match(/\bvalue="([^"]*)"/)?.[1] ?? "";
    fields.push([decodeEntities(name), decodeEntities(value)]);
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(root, ".next", "server", "server-reference-manifest.json"), "utf8"));
  const answerId = Object.entries(manifest.node).find(([, v]) => v.exportedName === "answerAction" && Object.keys(v.workers).some((w) => w.includes("rsvp/[token]")))?.[0];
  const bound = fields.find(([name]) => /^\$ACTION_\d+:0$/.test(name));
  const formId = bound ? JSON.parse(bound[1]).id : null;
  if (!answerId || formId !== answerId) throw new Error(`The accept form posts action ${formId}, not answerAction (${answerId}) from the manifest`);
  return { fields, actionId: answerId };
}

function multipart(fields) {
  const boundary = `----convenebench${randomBytes(8).toString("hex")}`;
  const body = fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") + `--${boundary}--\r\n`;
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

function acceptRequest(form, token) {
  const { body, contentType } = multipart(form.fields.map(([name, value]) => [name, name === "token" ? token : value]));
  return {
    method: "POST",
    path: `/rsvp/${token}?answer=accept`,
    headers: { "content-type": contentType, origin: base, accept: "text/html" },
    body,
  };
}

// ---------------------------------------------------------------- main

async function main() {
  const started = performance.now();
  log(
    `${cfg.mode}${cfg.mode === "curves" && cfg.curvesFull ? " (full)" : ""}: scale ${cfg.scale}, ${cfg.connections} connections, ${cfg.warmup} s warm-up + ${cfg.duration} s per target, ` +
      `${os.cpus().length} CPUs, Node ${process.version}, load average ${loadNow()} (busy: others' CPU above ${cfg.busy.others} cores, or load average above ${cfg.busy.load} where that is unknown)`,
  );
  const sqlCheck = await adminSql();
  await sqlCheck.end();
  for (const port of [cfg.port, resendPort]) if (!(await portFree(port))) fail(`Port ${port} is in use; set BENCH_PORT to a free one.`);

  if (cfg.skipBuild) {
    if (!hasBuild) fail("No production build in .next: run without BENCH_SKIP_BUILD=1 (or `npm run build`) first.");
    log(`build: skipped (${smoke ? "smoke mode reuses the build in .next" : "BENCH_SKIP_BUILD=1"})`);
  }
  else await timed("build", () => run(bin("next"), ["build"], { env: { CONVENE_BENCH: "1", NEXT_TELEMETRY_DISABLED: "1" }, logFile: path.join(tmp, "build.log") }));

  const dbEnv = { DATABASE_URL: databaseUrl, AUTH_SECRET: authSecret, CONVENE_EMAIL_TIMER: "0" };
  await timed("database", async () => {
    await createDatabase();
    await run(tsx[0], ["db/migrate-cli.ts"], { env: dbEnv });
    await run(tsx[0], ["db/seed/seed-cli.ts"], { env: dbEnv });
  });
  const fixturesFile = path.join(tmp, "fixtures.json");
  await timed("data load", () => run(tsx[0], [...tsx.slice(1), "bench/load.ts"], { env: { ...dbEnv, BENCH_SCALE: String(cfg.scale), BENCH_FIXTURES: fixturesFile } }));
  const fx = JSON.parse(fs.readFileSync(fixturesFile, "utf8"));

  const curves = cfg.mode === "curves";
  // Email first, on a quiet machine and an outbox with nothing else due.
  const email = curves ? null : await timed("email", () => emailBench(dbEnv));
  // Backup and restore before the server starts, on a machine with nothing else of ours running.
  const backup =
    curves || (cfg.only && !cfg.only.has("backup"))
      ? null
      : await timed("backup and restore", () => measureBackupRestore({ pg: cfg.pg, databaseUrl, restoreDb: `${cfg.db}_restored`, tmp, log }));

  // The email worker, as compose.yaml runs it beside the app: the artifact's `node email-worker.js`, bundled as
  // lib/server/finish-build.mjs bundles it (before anything starts, so a failed bundle leaves nothing running).
  // Run through tsx's loader instead, it cost about a fifth more CPU per email (2026-12-08): the loader's hooks
  // answered React Email's `import("react-dom/server")` on another thread each time.
  const workerFile = cfg.emailDelivery === "worker" ? path.join(tmp, "email-worker.js") : null;
  if (workerFile) await timed("email worker bundle", () => bundleEmailWorker(root, workerFile));
  // With the flags the artifact's server runs with (lib/server/node-flags.mjs).
  const server = start(process.execPath, [...SERVER_NODE_FLAGS, bin("next"), "start", "-H", "127.0.0.1", "-p", String(cfg.port)], {
    env: { ...dbEnv, NODE_ENV: "production", CONVENE_BENCH: "1", APP_URL: base, NEXT_TELEMETRY_DISABLED: "1", CONVENE_EMAIL_DELIVERY: cfg.emailDelivery },
    logFile: path.join(tmp, "server.log"),
  });
  const worker = workerFile
    ? start(process.execPath, [workerFile], { env: { ...dbEnv, NODE_ENV: "production", APP_URL: base }, logFile: path.join(tmp, "email-worker.log") })
    : null;
  let rows;
  let acceptCheck;
  let curvePoints;
  try {
    await waitFor(async () => (await fetch(`${base}/bench/bare`)).status === 200, "next start to answer /bench/bare with 200", 60_000);
    serverPid = server.pid;
    if (worker) {
      await waitFor(() => fs.readFileSync(path.join(tmp, "email-worker.log"), "utf8").includes("Email worker delivering"), "the email worker to start", 60_000);
      workerPid = worker.pid;
    }
    log(`server up (pid ${server.pid})${worker ? `, email worker up (pid ${worker.pid})` : ", delivering its own email"}`);
    if (curves) curvePoints = await timed("curves", () => curveBench(fx, dbEnv));
    else ({ rows, acceptCheck } = await httpBench(fx));
  } finally {
    await stop(server);
    await stop(worker);
  }
  if (curves) return reportCurves({ fx, points: curvePoints, totalSeconds: (performance.now() - started) / 1000 });

  const bundle = smoke ? { floorBytes: null, routes: [] } : firstLoadJs(["/rsvp/[token]", "/events/[slug]", "/", "/bench/bare"]);
  const results = report({ fx, rows, acceptCheck, email, backup, bundle, totalSeconds: (performance.now() - started) / 1000 });
  return results;
}

async function emailBench(dbEnv) {
  const statsFile = path.join(tmp, "resend-stats.json");
  fs.rmSync(statsFile, { force: true });
  const fake = start(tsx[0], [...tsx.slice(1), "bench/fake-resend.ts"], {
    env: { BENCH_RESEND_PORT: String(resendPort), BENCH_RESEND_RPS: "2", BENCH_RESEND_STATS: statsFile },
    logFile: path.join(tmp, "fake-resend.log"),
  });
  let out;
  try {
    await waitFor(() => fs.readFileSync(path.join(tmp, "fake-resend.log"), "utf8").includes("listening"), "the fake Resend", 30_000);
    out = await run(tsx[0], [...tsx.slice(1), "bench/email.ts"], {
      env: { ...dbEnv, NODE_ENV: "production", RESEND_API_KEY: "re_bench", RESEND_BASE_URL: `http://127.0.0.1:${resendPort}`, BENCH_EMAILS: String(cfg.emails) },
      capture: true,
    });
  } finally {
    await stop(fake);
  }
  const line = out.split("\n").find((l) => l.startsWith("BENCH_RESULT "));
  if (!line) throw new Error(`bench/email.ts printed no result:\n${out}`);
  const result = JSON.parse(line.slice("BENCH_RESULT ".length));
  const stats = JSON.parse(fs.readFileSync(statsFile, "utf8"));
  const ceiling = stats.requestsPerSecond * 100;
  result.ceiling = ceiling;
  result.perSecond = result.emails / result.deliverSeconds;
  result.refused = stats.requests.filter((r) => r.status === 429).length;
  result.providerRequests = stats.requests.length;
  log(
    `email: ${result.emails} invitations enqueued in ${result.enqueueSeconds.toFixed(2)} s; delivered in ${result.deliverSeconds.toFixed(1)} s = ${result.perSecond.toFixed(0)}/s ` +
      `(ceiling ${ceiling}/s); ${result.providerRequests} requests, ${result.refused} refused with 429`,
  );
  return result;
}

const staffCookie = (fx) => `authjs.session-token=${fx.sessionToken}`;

/** Searches a staff member types into the people directory: a family name, an organisation, an email address, a full name. */
const PEOPLE_QUERIES = ["q=haddad", "q=mission+of+ghana", "q=guest1234%40", "q=amina+larsen"];

/** Every target measured under load, the bare page first. `form` and `acceptTokens` only for the acceptance. */
function makeTargets(fx, { form, acceptTokens = [] } = {}) {
  const cookie = staffCookie(fx);
  // One rotation per target across its warm-up and measured runs: every acceptance goes to an invitation not answered before.
  const nextView = rotating(fx.viewTokens);
  const nextGuestQuery = rotating(fx.viewTokens);
  const nextAccept = rotating(acceptTokens);
  const nextSlug = rotating(fx.eventSlugs);
  const nextArchive = rotating(fx.archiveQueries);
  const nextPeople = rotating(PEOPLE_QUERIES);
  return [
    { key: "bare", name: "bare page (ceiling)", label: "/bench/bare", sample: "/bench/bare", expect: 200, requests: () => [{ method: "GET", path: "/bench/bare" }] },
    {
      key: "guest",
      name: "guest page",
      label: `/rsvp/<token> (${fx.viewTokens.length} tokens)`,
      sample: `/rsvp/${fx.viewTokens[0]}`,
      expect: 200,
      requests: () => [{ setupRequest: (req) => ({ ...req, method: "GET", path: `/rsvp/${nextView()}` }) }],
    },
    {
      key: "guestquery",
      name: "the guest page's query alone",
      label: `/bench/guest-query/<token> (the same tokens)`,
      sample: `/bench/guest-query/${fx.viewTokens[0]}`,
      expect: 200,
      requests: () => [{ setupRequest: (req) => ({ ...req, method: "GET", path: `/bench/guest-query/${nextGuestQuery()}` }) }],
    },
    {
      key: "accept",
      name: "acceptance (no-JS form POST)",
      label: "POST /rsvp/<token>, a new invitation each",
      expect: 303,
      requests: () => [{ setupRequest: (req) => ({ ...req, ...acceptRequest(form, nextAccept()) }) }],
    },
    {
      key: "event",
      name: "public event page",
      label: `/events/<slug> (${fx.eventSlugs.length} events)`,
      sample: `/events/${fx.eventSlugs[0]}`,
      expect: 200,
      requests: () => [{ setupRequest: (req) => ({ ...req, method: "GET", path: `/events/${nextSlug()}` }) }],
    },
    {
      key: "archive",
      name: "archive, filtered",
      label: `/events?… (${fx.archiveQueries.length} filters)`,
      sample: `/events?${fx.archiveQueries[0]}`,
      expect: 200,
      requests: () => [{ setupRequest: (req) => ({ ...req, method: "GET", path: `/events?${nextArchive()}` }) }],
    },
    {
      key: "staff",
      name: `staff guest list (${fx.bigEventGuests} guests)`,
      label: "/staff/events/<id>/guests",
      sample: `/staff/events/${fx.bigEventId}/guests`,
      expect: 200,
      headers: { cookie },
      requests: () => [{ method: "GET", path: `/staff/events/${fx.bigEventId}/guests`, headers: { cookie } }],
    },
    {
      key: "staff1",
      name: `staff guest list, 1 connection`,
      label: "/staff/events/<id>/guests",
      connections: 1,
      expect: 200,
      headers: { cookie },
      requests: () => [{ method: "GET", path: `/staff/events/${fx.bigEventId}/guests`, headers: { cookie } }],
    },
    {
      key: "reports",
      name: "the year in numbers, 1 connection",
      label: "/staff/reports (the last 12 months, every programme)",
      sample: "/staff/reports",
      connections: 1,
      expect: 200,
      headers: { cookie },
      requests: () => [{ method: "GET", path: "/staff/reports", headers: { cookie } }],
    },
    {
      key: "people",
      name: "people search",
      label: `/staff/people?q=… (${PEOPLE_QUERIES.length} searches)`,
      sample: `/staff/people?${PEOPLE_QUERIES[0]}`,
      expect: 200,
      // Measured only when BENCH_ONLY names it, in smoke mode and in the scale curves: it has no goal of its own.
      optional: true,
      headers: { cookie },
      requests: () => [{ setupRequest: (req) => ({ ...req, method: "GET", path: `/staff/people?${nextPeople()}`, headers: { ...req.headers, cookie } }) }],
    },
  ];
}

async function httpBench(fx) {
  const form = await acceptForm(fx.acceptTokens[0]);
  // A manual submit first: the answer must land in the database.
  const checkToken = fx.acceptTokens.at(-1);
  const check = acceptRequest(form, checkToken);
  const response = await fetch(`${base}${check.path}`, { method: "POST", headers: check.headers, body: check.body, redirect: "manual" });
  const location = response.headers.get("location") ?? "";
  const statusAfter = await invitationStatus(checkToken);
  if (response.status !== 303 || !location.includes("saved=accepted") || statusAfter !== "accepted") {
    throw new Error(`The accept form did not work: HTTP ${response.status}, Location ${location}, invitation now ${statusAfter}`);
  }
  log(`accept form verified: HTTP 303 to ?saved=accepted, invitation accepted in the database (action ${form.actionId.slice(0, 12)}…)`);

  // The server's warm-up answers too, on links of its own (a link answers once; see below).
  const warmCount = smoke ? 0 : Math.min(ACCEPT_WARMUP_LINKS, Math.floor((fx.acceptTokens.length - 1) / 3));
  const acceptTokens = fx.acceptTokens.slice(0, -1 - warmCount);
  const warmAccept = makeTargets(fx, { form, acceptTokens: fx.acceptTokens.slice(-1 - warmCount, -1) }).find((t) => t.key === "accept");
  const targets = makeTargets(fx, { form, acceptTokens });
  // Each page once before the clock: the first request pays compilation of the route's code.
  for (const t of targets) if (t.sample) await fetch(`${base}${t.sample}`, { headers: t.headers ?? {} });
  const staffProbe = await fetch(`${base}/staff/events/${fx.bigEventId}/guests`, { headers: { cookie: staffCookie(fx) }, redirect: "manual" });
  if (staffProbe.status !== 200) throw new Error(`The staff session does not work: /staff/events/<id>/guests answered ${staffProbe.status}`);

  // The bare page is measured before each target and once more at the end,
  // and each target is compared with the mean of the bare runs on either
  // side of it: the machine is shared, and its load drifts over a run.
  const [bareTarget, ...pages] = targets;
  const bareRuns = [];
  const rows = [];
  // A fresh server compiles its hot paths during its first seconds of load:
  // measured cold, the first bare run came out at two thirds of the later
  // ones (83.6 against 120-158 req/s, and 15 ms of CPU per request against
  // 7-9), which flattered the first target's ratio. So the server is warmed
  // first, unmeasured: the bare page, then every page it will measure, each
  // for PAGE_WARMUP_SECONDS (the staff guest list's CPU per request still fell
  // by a third over its first 15 s of load). The acceptance's code warms
  // slowest: a fresh server's answers cost it 8.8, 6.3,
  // then 5.5 ms of CPU each over its first three 10-second runs (e0ba3d1, side
  // by side), so measured after 3 s of warm-up it was measured cold. It warms
  // for SERVER_WARMUP_SECONDS on links of its own, kept apart from the measured
  // ones so that each measured answer still goes to an invitation not answered
  // before, and the emails it queued are delivered before anything is measured.
  if (!smoke) {
    await cannon({ requests: bareTarget.requests(), expect: bareTarget.expect, seconds: SERVER_WARMUP_SECONDS, connections: bareTarget.connections });
    for (const t of pages) {
      if (cfg.only ? !cfg.only.has(t.key) : t.optional) continue;
      if (t.key === "accept") {
        if (!warmCount) continue;
        await cannon({ requests: warmAccept.requests(), expect: warmAccept.expect, seconds: SERVER_WARMUP_SECONDS, connections: warmAccept.connections });
        await emailsDelivered();
        continue;
      }
      await cannon({ requests: t.requests(), expect: t.expect, seconds: PAGE_WARMUP_SECONDS, connections: t.connections });
    }
  }
  // This machine's speed can change by half within a minute (a neighbour on
  // the host; no steal time is reported, and others' CPU stays near 0), and a
  // ratio to bare runs of different speeds means nothing. So when the bare runs
  // around a target drifted apart by more than STEADY_DRIFT, the target and the
  // bare page after it are measured again (MAX_ATTEMPTS in all), and the
  // attempt whose bare runs agree best is kept, whatever its own figures: the
  // choice looks only at the bare page. A kept attempt still above the limit
  // is marked unsteady. Smoke mode measures once.
  let before = await measure(bareTarget);
  bareRuns.push(before);
  let acceptUsed = 0;
  for (const t of pages) {
    if (cfg.only ? !cfg.only.has(t.key) : t.optional && !smoke) continue;
    let best = null;
    let redirects = 0;
    let made = 0;
    for (let attempt = 1; ; attempt++) {
      made = attempt;
      const row = await measure(t);
      // The answers' emails the worker has still to deliver would slow the bare run after them.
      if (t.key === "accept") await emailsDelivered();
      const after = await measure(bareTarget);
      bareRuns.push(after);
      const used = (row.statuses[303] ?? 0) + (row.warmupStatuses[303] ?? 0);
      redirects += used;
      // Up to one more per connection was still in flight when each of its two runs stopped.
      if (t.key === "accept") acceptUsed += used + 2 * (t.connections ?? cfg.connections);
      const drift = bareDrift(before, after);
      if (!best || drift < best.drift) best = { row, before, after, drift, attempt };
      before = after;
      // Each acceptance needs an invitation not answered before: no attempt that would run out of them.
      const tokensLeft = t.key !== "accept" || acceptUsed + used + 2 * (t.connections ?? cfg.connections) <= acceptTokens.length;
      if (smoke || drift <= STEADY_DRIFT || attempt >= MAX_ATTEMPTS || !tokensLeft) break;
      log(`the bare page moved ${Math.round(100 * drift)} % around ${t.name} (the machine's speed changed): measuring it again`);
    }
    const { row } = best;
    row.bareRps = (best.before.rps + best.after.rps) / 2;
    // What a goal in ms is scaled by (bench/goals.mjs, GOALS_MACHINE), as the ratio is: the bare runs around the target.
    row.bareCpuMs = mean2([best.before.serverCpuMs, best.after.serverCpuMs]);
    row.bareDrift = best.drift;
    row.attempt = best.attempt;
    row.attempts = made;
    if (t.key === "accept") row.redirectsAllAttempts = redirects;
    rows.push(row);
  }
  rows.unshift(summarizeBare(bareRuns));
  const accepted = await acceptedCount(acceptTokens);
  const acceptRow = rows.find((r) => r.key === "accept");
  const acceptCheck = acceptRow
    ? { redirects: acceptRow.redirectsAllAttempts, acceptedInDb: accepted, tokens: acceptTokens.length }
    : null;
  // Each 303 must be a new acceptance in the database (while tokens last). A
  // run stops with up to one request per connection still in flight: the
  // server completes those, but autocannon no longer counts their answers.
  if (acceptRow && acceptCheck.redirects <= acceptTokens.length) {
    const inFlight = 2 * acceptRow.attempts * cfg.connections;
    const missing = Math.max(0, acceptCheck.redirects - acceptCheck.acceptedInDb);
    const unexplained = Math.max(0, acceptCheck.acceptedInDb - acceptCheck.redirects - inFlight);
    acceptCheck.mismatch = missing + unexplained;
    acceptRow.errors += acceptCheck.mismatch;
  }
  if (acceptCheck) log(`acceptances in the database afterwards: ${accepted}, for ${acceptCheck.redirects} redirects to ?saved=accepted (warm-up included)`);
  return { rows, acceptCheck };
}

async function invitationStatus(token) {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const { createHash } = await import("node:crypto");
    const hash = createHash("sha256").update(token, "utf8").digest("hex");
    const [row] = await sql`select status from invitations where token_hash = ${hash}`;
    return row?.status ?? null;
  } finally {
    await sql.end();
  }
}

/** Waits (up to 60 s) until the outbox holds nothing due: what the acceptances queued has been delivered. */
async function emailsDelivered() {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const started = performance.now();
    for (;;) {
      const [row] = await sql`select count(*)::int as n from email_outbox where status in ('pending', 'sending') and send_after <= now()`;
      if (row.n === 0 || performance.now() - started > 60_000) return row.n;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    await sql.end();
  }
}

async function acceptedCount(tokens) {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const { createHash } = await import("node:crypto");
    const hashes = tokens.map((t) => createHash("sha256").update(t, "utf8").digest("hex"));
    const [row] = await sql`select count(*)::int as n from invitations where token_hash = any(${hashes}) and status = 'accepted'`;
    return row.n;
  } finally {
    await sql.end();
  }
}

// ---------------------------------------------------------------- scale curves

const CURVES_HEADING = "## Scale curves";

/** Runs bench/grow.ts (one growth step) and returns what it printed. */
async function grow(dbEnv, what, size) {
  const out = await run(tsx[0], [...tsx.slice(1), "bench/grow.ts", what, String(size)], { env: dbEnv, capture: true });
  const line = out.split("\n").find((l) => l.startsWith("GROW_RESULT "));
  if (!line) throw new Error(`bench/grow.ts printed no result:\n${out}`);
  const result = JSON.parse(line.slice("GROW_RESULT ".length));
  log(`grew ${what} to ${size}: ${JSON.stringify(result)}`);
  return result;
}

/**
 * The scale curves: each target measured at each size of CURVE_GOALS, the
 * data grown in place between sizes (people, events, invitations only ever
 * grow, so the curves run in an order where one's growth does not disturb the
 * next one's smallest size: guest lists, people, events, invitations).
 */
async function curveBench(fx, dbEnv) {
  const targets = Object.fromEntries(makeTargets(fx).map((t) => [t.key, t]));
  const cookie = staffCookie(fx);
  const sizesOf = (key) => (cfg.curvesFull ? CURVE_GOALS[key].fullSizes : CURVE_GOALS[key].sizes).map((s) => Math.max(1, Math.round(s * cfg.scale)));
  const measureAt = async (key, size, actual, target, growSeconds) => {
    // Each size once before the clock (compilation, caches), then warm-up and measurement.
    await fetch(`${base}${target.sample}`, { headers: target.headers ?? {} });
    const row = await measure({ ...target, connections: cfg.curveConnections }, { warmup: cfg.curveWarmup, duration: cfg.curveDuration });
    return { curve: key, size, actual, growSeconds, ...row, busy: isBusy(row, cfg.busy) };
  };
  const wanted = (key) => !cfg.only || cfg.only.has(key);
  const points = [];

  if (wanted("staff")) {
    for (const size of sizesOf("staff")) {
      const grown = await grow(dbEnv, "guestlist", size);
      const target = {
        ...targets.staff,
        name: `staff guest list (${size} guests)`,
        sample: `/staff/events/${grown.eventId}/guests`,
        requests: () => [{ method: "GET", path: `/staff/events/${grown.eventId}/guests`, headers: { cookie } }],
      };
      points.push(await measureAt("staff", size, grown.guests, target, grown.seconds));
    }
  }
  const steps = [
    ["people", "people", (g) => g.people],
    ["archive", "events", (g) => g.events],
    ["guest", "invitations", (g) => g.invitations],
  ];
  for (const [key, what, actualOf] of steps) {
    if (!wanted(key)) continue;
    for (const size of sizesOf(key)) {
      const grown = await grow(dbEnv, what, size);
      points.push(await measureAt(key, size, actualOf(grown), { ...targets[key], name: `${targets[key].name} (${actualOf(grown)} ${what})` }, grown.seconds));
    }
  }
  return points;
}

function reportCurves({ fx, points, totalSeconds }) {
  const curves = Object.keys(CURVE_GOALS)
    .map((key) => {
      const mine = points.filter((p) => p.curve === key);
      if (mine.length === 0) return null;
      const verdict = curveVerdict(
        key,
        mine.map((p) => ({ size: p.actual, p50: p.p50, p95: p.p95, errors: p.errors, busy: p.busy })),
      );
      return {
        key,
        name: CURVE_GOALS[key].name,
        unit: CURVE_GOALS[key].unit,
        maxGrowth: CURVE_GOALS[key].maxGrowth,
        verdict,
        points: mine.map((p) => ({
          size: p.size,
          actual: p.actual,
          p50: p.p50,
          p95: p.p95,
          rps: p.rps,
          requests: p.requests,
          errors: p.errors,
          serverCpuMs: p.serverCpuMs,
          dbCpuMs: p.dbCpuMs,
          loadBefore: p.loadBefore,
          loadAfter: p.loadAfter,
          othersCores: p.othersCores,
          busy: p.busy,
          growSeconds: p.growSeconds,
        })),
      };
    })
    .filter(Boolean);
  const meta = {
    at: new Date().toISOString(),
    commit: gitCommit(),
    machine: machine(),
    full: cfg.curvesFull,
    scale: cfg.scale,
    connections: cfg.curveConnections,
    warmupSeconds: cfg.curveWarmup,
    durationSeconds: cfg.curveDuration,
    busy: cfg.busy,
    loadSeconds: fx.loadSeconds + fx.analyzeSeconds,
    curvesSeconds: timings.curves,
    totalSeconds,
  };
  const section = curvesMarkdown(curves, meta);
  const mdFile = path.join(root, "bench", "results.md");
  const jsonFile = path.join(root, "bench", "results.json");
  const md = fs.existsSync(mdFile) ? fs.readFileSync(mdFile, "utf8") : "# Convene bench results\n";
  fs.writeFileSync(mdFile, replaceSection(md, CURVES_HEADING, section));
  const json = fs.existsSync(jsonFile) ? JSON.parse(fs.readFileSync(jsonFile, "utf8")) : {};
  json.curves = { ...meta, curves };
  fs.writeFileSync(jsonFile, `${JSON.stringify(json, null, 2)}\n`);
  fs.writeFileSync(path.join(root, "bench", "curves.svg"), curvesSvg(curves, meta));
  console.log(`\n${section}`);
  log(`curves written to bench/results.md, bench/results.json and bench/curves.svg`);
  return json.curves;
}

// ---------------------------------------------------------------- report

const kb = (bytes) => (bytes / 1024).toFixed(1);
const stamp = () => new Date().toISOString().slice(0, 16).replace("T", " ");
const machine = () => `${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}) · Node ${process.version}`;

/** Replaces the section that starts with `heading` (up to the next "## ") in `md`, or appends it. */
function replaceSection(md, heading, section) {
  const start = md.indexOf(heading);
  if (start === -1) return `${md.trimEnd()}\n\n${section.trimEnd()}\n`;
  const next = md.indexOf("\n## ", start + 1);
  return `${md.slice(0, start)}${section.trimEnd()}\n${next === -1 ? "" : md.slice(next)}`;
}

/** The section of results.md from `heading` to the next "## ", or null. */
function sectionOf(md, heading) {
  const start = md.indexOf(heading);
  if (start === -1) return null;
  const next = md.indexOf("\n## ", start + 1);
  return md.slice(start, next === -1 ? undefined : next + 1).trimEnd();
}

const BUSY_NOTE = (limits) =>
  `A verdict marked **(busy)** was measured while other work competed for the CPUs: others' CPU (what the machine spent during the measured run ` +
  `beyond the server, the database's backends and autocannon) was above ${limits.others} cores, or, where /proc could not tell, the 1-minute load average ` +
  `before or after the run was above ${limits.load}. Its req/s and latencies may then say more about the machine than about Convene: measure it again ` +
  `on an idle machine before acting on it. The load average (shown before → after) counts the bench's own processes too, which lift it to about ` +
  `1.5–1.9 on an idle 2-core machine at 10 connections; CPU/req holds up on a busy machine better than req/s and latencies do.`;

function report({ fx, rows, acceptCheck, email, backup, bundle, totalSeconds }) {
  for (const r of rows) {
    r.ratio = r.rps / r.bareRps;
    r.verdict = smoke ? smokeVerdict(r) : pageVerdict(r, { busyLimits: cfg.busy });
    r.target = r.verdict.goal;
    r.pass = r.verdict.result === "none" ? null : r.verdict.result === "pass";
    r.busy = r.verdict.busy;
  }
  const bare = rows.find((r) => r.key === "bare");
  const floor = bundle.floorBytes;
  const js = bundle.routes
    .filter((r) => r.route !== "/bench/bare")
    .map((r) => {
      const v = jsVerdict(r);
      return { ...r, target: v.goal, verdict: v, pass: v.result === "pass" };
    });
  const emailRows = [
    {
      name: `enqueue ${email.emails} invitations (sendInvitations)`,
      value: `${email.enqueueSeconds.toFixed(2)} s`,
      verdict: emailVerdict("enqueue", { enqueueSeconds: email.enqueueSeconds, missing: email.emails - email.invited }),
    },
    {
      name: `deliver ${email.emails} (Resend transport, fake at ${email.ceiling / 100} req/s × 100)`,
      value: `${email.perSecond.toFixed(0)} emails/s (${((100 * email.perSecond) / email.ceiling).toFixed(0)} % of ${email.ceiling}/s; ${email.deliverSeconds.toFixed(1)} s; ${email.refused} refused)`,
      verdict: emailVerdict("deliver", { ceilingShare: email.perSecond / email.ceiling, missing: email.emails - email.delivered }),
    },
  ];
  if (smoke) {
    // No timing verdicts in smoke mode: every email must be enqueued and delivered, however long it took.
    for (const [r, missing] of [
      [emailRows[0], email.emails - email.invited],
      [emailRows[1], email.emails - email.delivered],
    ]) {
      r.verdict = { result: missing === 0 ? "pass" : "FAIL", failed: missing === 0 ? [] : [`${missing} missing`], goal: "every one" };
    }
  }
  for (const r of emailRows) {
    r.target = r.verdict.goal;
    r.pass = r.verdict.result === "pass";
  }

  const lines = [];
  lines.push(smoke ? "# Convene bench smoke test" : "# Convene bench results", "");
  lines.push(`${stamp()} UTC · commit ${gitCommit()} · ${machine()} · PostgreSQL at ${cfg.pg.replace(/\/\/[^@]*@/, "//")} · scale ${cfg.scale}`, "");
  if (smoke) lines.push("Smoke mode (`npm run bench -- --smoke`): does every target answer, with no errors? No timing goals apply; the figures below are for the curious only.", "");
  lines.push(
    `Data: ${fx.counts.events} events, ${fx.counts.people} people, ${fx.counts.invitations} invitations, ${fx.counts.recaps} published recaps, ` +
      `loaded in ${fx.loadSeconds.toFixed(1)} s (+ ${fx.analyzeSeconds.toFixed(1)} s vacuum analyze). Build ${timings.build ? `${timings.build.toFixed(0)} s` : "skipped"}; whole run ${(totalSeconds / 60).toFixed(1)} min.`,
    "",
  );
  lines.push(`## Pages under load (${cfg.connections} connections, ${cfg.warmup} s warm-up, ${cfg.duration} s measured, \`next start\` with ${SERVER_NODE_FLAGS.map((f) => `\`${f}\``).join(" ")} as the artifact's server)`, "");
  const withWorker = rows.some((r) => r.workerCpuMs !== null && r.workerCpuMs !== undefined);
  if (!smoke || withWorker)
    lines.push(
      withWorker
        ? "Email: the server only queues it (`CONVENE_EMAIL_DELIVERY=worker`); the email worker (the artifact's `node email-worker.js`, bundled as `npm run build` bundles it) runs beside it and delivers, as `compose.yaml` runs Convene. Its CPU is the third figure of CPU/req."
        : "Email: the server process delivers what it queues (`BENCH_EMAIL_DELIVERY=server`).",
      "",
    );
  lines.push(`| target | path | req/s | p50 | p95 | p99 | errors | vs bare | goal | result | CPU/req: server + db${withWorker ? " + email worker" : ""} | load avg before → after | others' CPU |`);
  lines.push("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: | ---: | ---: |");
  for (const r of rows) {
    const rps = r.key === "bare" ? `${r.rps.toFixed(1)} (${r.rpsMin.toFixed(0)}–${r.rpsMax.toFixed(0)})` : `${r.rps.toFixed(1)}`;
    const again = r.attempts > 1 ? `, attempt ${r.attempt} of ${r.attempts}` : "";
    const ratio = r.key === "bare" ? "100 %" : `${(100 * r.ratio).toFixed(0)} % of ${r.bareRps.toFixed(0)}${typeof r.bareDrift === "number" ? ` (bare ±${Math.round(100 * r.bareDrift)} %${again})` : ""}`;
    lines.push(
      `| ${r.name} | \`${r.path}\` | ${rps} | ${fmtMs(r.p50)} | ${fmtMs(r.p95)} | ${fmtMs(r.p99)} | ${r.errors} | ${ratio} | ${r.target} | ${verdictCell(r.verdict)} | ` +
        `${fmtCpu(r.serverCpuMs)} + ${fmtCpu(r.dbCpuMs)}${withWorker ? ` + ${fmtCpu(r.workerCpuMs)}` : ""} | ${r.loadBefore} → ${r.loadAfter}${r.busy ? " busy" : ""} | ${r.othersCores === null ? "—" : `${r.othersCores.toFixed(2)} cores`} |`,
    );
  }
  if (bare) {
    lines.push(
      "",
      `The bare page is measured ${bare.runs} times, before the first target and after each measurement of a target; each target's ratio is to the mean of the bare runs just before and just after it ` +
        `(their drift apart, as a share of the lesser, is shown as "bare ±": the machine's speed changed by that much while the target was measured; above ${Math.round(100 * STEADY_DRIFT)} % the target and the bare page after it ` +
        `were measured again, up to ${MAX_ATTEMPTS} attempts, and the attempt with the steadiest bare runs was kept, chosen by the bare page alone; a verdict marked **(unsteady)** stayed above it) ` +
        `(bare row: mean req/s, min–max, worst p95/p99, highest load averages). CPU/req: CPU time the Next.js server process and the database's backends (and the email worker, where one runs) spent per answered request, ` +
        `which other work on the machine does not change as it changes req/s. Verdicts are computed from the goals in \`bench/goals.mjs\`; a FAIL names what missed.`,
      ...(smoke
        ? []
        : [
            "",
            `A goal in milliseconds (\`p95 ≤ 60 ms × 2.23 = 134 ms\`) holds for the machine the goals were set on, which would have served this bare page at ` +
              `${GOALS_MACHINE.bareRps} req/s for ${GOALS_MACHINE.bareCpuMs} ms of server CPU each (${GOALS_MACHINE.run}: \`bench/goals.mjs\`, GOALS_MACHINE, says how). It is scaled by how much slower or faster this machine's bare page is, ` +
              `measured around the target as the ratio is: a latency by ${GOALS_MACHINE.bareRps} req/s ÷ the bare page's req/s, a CPU time by the bare page's server CPU/req ÷ ${GOALS_MACHINE.bareCpuMs} ms. ` +
              `The goal column shows the factor and the limit it gives. In this run the bare page took ${fmtCpu(bare.bareCpuMs)} of server CPU per request and had a p95 of up to ${fmtMs(bare.p95)}` +
              (bare.p95 > 60 ? ": unscaled, the guest page's p95 ≤ 60 ms would ask a page to beat an empty one." : "."),
          ]),
      ...(smoke ? [] : ["", BUSY_NOTE(cfg.busy)]),
    );
  }
  if (acceptCheck) {
    lines.push(
      "",
      `Acceptances checked in the database: ${acceptCheck.acceptedInDb} bench invitations accepted for ${acceptCheck.redirects} answers of 303 ` +
        `(warm-up and measured runs, each to a different invitation; up to ${2 * cfg.connections} more were still in flight when a run stopped). Unexplained difference, counted as errors: ${acceptCheck.mismatch ?? "not checked"}.`,
    );
  }
  if (!smoke) {
    lines.push("", `## First-load JavaScript (gzip; floor = chunks every route loads: ${kb(floor)} kB)`, "");
    lines.push("| route | first-load JS | over floor | goal | result |");
    lines.push("| --- | ---: | ---: | --- | --- |");
    for (const r of js) lines.push(`| \`${r.route}\` | ${r.bytes === null ? "—" : `${kb(r.bytes)} kB`} | ${r.overFloor === null ? "—" : `${kb(r.overFloor)} kB`} | ${r.target} | ${verdictCell(r.verdict)} |`);
  }
  lines.push("", "## Email", "");
  lines.push("| step | measured | goal | result |");
  lines.push("| --- | --- | --- | --- |");
  for (const r of emailRows) lines.push(`| ${r.name} | ${r.value} | ${r.target} | ${verdictCell(r.verdict)} |`);
  lines.push("");
  if (backup) lines.push(backupMarkdown(backup));

  const results = {
    at: new Date().toISOString(),
    commit: gitCommit(),
    mode: cfg.mode,
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model.trim(), node: process.version, busy: cfg.busy },
    config: { scale: cfg.scale, connections: cfg.connections, warmupSeconds: cfg.warmup, durationSeconds: cfg.duration },
    data: { ...fx.counts, loadSeconds: fx.loadSeconds, analyzeSeconds: fx.analyzeSeconds },
    timings,
    pages: rows,
    acceptCheck,
    firstLoadJs: { floorBytes: floor, routes: js },
    email: { ...email, rows: emailRows },
    backup,
    totalSeconds,
  };
  const failures = [
    ...rows.filter((r) => r.verdict.result === "FAIL").map((r) => `${r.name}: ${r.verdict.failed.join(", ")}`),
    ...emailRows.filter((r) => r.verdict.result === "FAIL").map((r) => `${r.name}: ${r.verdict.failed.join(", ")}`),
    ...(smoke && backup && !backup.restoredRowsEqual ? ["backup and restore: row counts differ"] : []),
  ];
  let markdown = lines.join("\n");
  if (smoke) {
    // The smoke test never touches the committed results.
    fs.writeFileSync(path.join(tmp, "smoke.md"), markdown);
    fs.writeFileSync(path.join(tmp, "smoke.json"), `${JSON.stringify(results, null, 2)}\n`);
  } else {
    // A full run rewrites everything but the scale curves, which only `--curves` measures.
    const mdFile = path.join(root, "bench", "results.md");
    const jsonFile = path.join(root, "bench", "results.json");
    const previousMd = fs.existsSync(mdFile) ? fs.readFileSync(mdFile, "utf8") : "";
    const curves = sectionOf(previousMd, CURVES_HEADING);
    if (curves) markdown = `${markdown.trimEnd()}\n\n${curves}\n`;
    const previous = fs.existsSync(jsonFile) ? JSON.parse(fs.readFileSync(jsonFile, "utf8")) : {};
    if (previous.curves) results.curves = previous.curves;
    fs.writeFileSync(mdFile, markdown);
    fs.writeFileSync(jsonFile, `${JSON.stringify(results, null, 2)}\n`);
  }
  console.log(`\n${markdown}`);
  if (smoke) {
    if (failures.length > 0) {
      console.error(`\nbench smoke: ${failures.length} target(s) failed:\n  ${failures.join("\n  ")}`);
      process.exitCode = 1;
    } else log(`smoke: all ${rows.length} targets answered with no errors, email and backup checked`);
  }
  return results;
}

function gitCommit() {
  const out = spawnSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" });
  return out.status === 0 ? out.stdout.trim() : "unknown";
}

// ---------------------------------------------------------------- cleanup

let cleaning = false;
async function cleanup() {
  if (cleaning) return;
  cleaning = true;
  await Promise.all([...children].map((c) => (c.spawnargs.includes("start") || c.spawnargs.some((a) => a.endsWith("fake-resend.ts")) ? stop(c) : Promise.resolve(c.kill("SIGTERM")))));
  if (cfg.keep) log(`database kept: ${databaseUrl}`);
  else await dropDatabase().catch((e) => console.error(`bench: could not drop ${cfg.db}: ${e.message}`));
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    console.error(`\nbench: ${signal}, cleaning up`);
    cleanup().finally(() => process.exit(130));
  });
}

main().then(
  async () => {
    await cleanup();
    process.exit(process.exitCode ?? 0);
  },
  async (e) => {
    console.error(`\nbench failed: ${e?.stack ?? e}`);
    await cleanup();
    process.exit(1);
  },
);
