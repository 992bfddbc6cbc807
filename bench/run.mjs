// `npm run bench`: builds Convene for production, loads a large data set into
// a fresh PostgreSQL database, measures the pages that matter under load next
// to a bare page (the framework's own ceiling), the first-load JavaScript of
// the guest and public pages, and email throughput against a rate-limited
// fake Resend; writes bench/results.md and bench/results.json and cleans up.
//
// Environment (all optional):
//   BENCH_SCALE=0.1        a smaller data set for quick iteration (default 1: 10 000 events, 50 000 people, 500 000 invitations)
//   BENCH_DURATION=10      seconds measured per target, after BENCH_WARMUP=3 seconds of warm-up
//   BENCH_CONNECTIONS=10   concurrent connections
//   BENCH_PG=postgres://postgres@127.0.0.1:5432   the PostgreSQL server; BENCH_DB=convene_bench is created and dropped
//   BENCH_PORT=3300        for `next start` (the fake Resend takes the next port)
//   BENCH_SKIP_BUILD=1     reuse the current .next (it must have been built by this script or with CONVENE_BENCH=1)
//   BENCH_KEEP=1           keep the database afterwards
//   BENCH_ONLY=guest,accept  measure only these targets (for iteration; results files are still written); "backup" is one too
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

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
const tmp = path.join(root, "bench", "tmp");
fs.mkdirSync(tmp, { recursive: true });

const cfg = {
  scale: Number(process.env.BENCH_SCALE ?? "1"),
  duration: Number(process.env.BENCH_DURATION ?? "10"),
  warmup: Number(process.env.BENCH_WARMUP ?? "3"),
  connections: Number(process.env.BENCH_CONNECTIONS ?? "10"),
  pg: (process.env.BENCH_PG ?? "postgres://postgres@127.0.0.1:5432").replace(/\/$/, ""),
  db: process.env.BENCH_DB ?? "convene_bench",
  port: Number(process.env.BENCH_PORT ?? "3300"),
  skipBuild: process.env.BENCH_SKIP_BUILD === "1",
  keep: process.env.BENCH_KEEP === "1",
  only: process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(",")) : null,
};
if (!/^convene_bench\w*$/.test(cfg.db)) fail(`BENCH_DB must start with convene_bench (got ${cfg.db}).`);
const databaseUrl = `${cfg.pg}/${cfg.db}`;
const base = `http://127.0.0.1:${cfg.port}`;
const resendPort = cfg.port + 1;
const authSecret = randomBytes(32).toString("base64url");
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
    const instance = autocannon(
      { url: base, connections, duration: seconds, requests, timeout: 10 },
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

async function measure(target) {
  const warm = await cannon({ requests: target.requests(), expect: target.expect, seconds: cfg.warmup, connections: target.connections });
  const cpuBefore = { server: cpuMs(serverPid), db: databaseCpuMs() };
  const { result, latencies, statuses, unexpected } = await cannon({ requests: target.requests(), expect: target.expect, seconds: cfg.duration, connections: target.connections });
  const cpuAfter = { server: cpuMs(serverPid), db: databaseCpuMs() };
  const perRequest = (key) => (cpuBefore[key] === null || cpuAfter[key] === null || latencies.length === 0 ? null : (cpuAfter[key] - cpuBefore[key]) / latencies.length);
  const errors = unexpected + result.errors + result.timeouts;
  const row = {
    loadAverage: Number(os.loadavg()[0].toFixed(2)),
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
  };
  log(
    `${target.name.padEnd(28)} ${row.rps.toFixed(1).padStart(7)} req/s  p50 ${fmtMs(row.p50)}  p95 ${fmtMs(row.p95)}  p99 ${fmtMs(row.p99)}  errors ${errors}  ` +
      `CPU/req server ${fmtCpu(row.serverCpuMs)} db ${fmtCpu(row.dbCpuMs)}  ${JSON.stringify(statuses)}`,
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
    p95: worst("p95"),
    p99: worst("p99"),
    errors: runs.reduce((n, r) => n + r.errors, 0),
    bareRps: mean,
  };
}

const fmtCpu = (v) => (v === null || v === undefined ? "—" : `${v.toFixed(1)} ms`);
let serverPid = null;

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
  const html = await (await fetch(`${base}/rsvp/${token}?answer=accept`)).text();
  const form = html.match(/<form[^>]*method="POST"[^>]*>([\s\S]*?)<\/form>/i);
  if (!form) throw new Error("The guest page shows no accept form");
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
  log(`scale ${cfg.scale}, ${cfg.connections} connections, ${cfg.warmup} s warm-up + ${cfg.duration} s per target, ${os.cpus().length} CPUs, Node ${process.version}`);
  const sqlCheck = await adminSql();
  await sqlCheck.end();
  for (const port of [cfg.port, resendPort]) if (!(await portFree(port))) fail(`Port ${port} is in use; set BENCH_PORT to a free one.`);

  if (cfg.skipBuild) log("build: skipped (BENCH_SKIP_BUILD=1)");
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

  // Email first, on a quiet machine and an outbox with nothing else due.
  const email = await timed("email", () => emailBench(dbEnv));
  // Backup and restore before the server starts, on a machine with nothing else of ours running.
  const backup =
    cfg.only && !cfg.only.has("backup")
      ? null
      : await timed("backup and restore", () => measureBackupRestore({ pg: cfg.pg, databaseUrl, restoreDb: `${cfg.db}_restored`, tmp, log }));

  const server = start(bin("next"), ["start", "-H", "127.0.0.1", "-p", String(cfg.port)], {
    env: { ...dbEnv, NODE_ENV: "production", CONVENE_BENCH: "1", APP_URL: base, NEXT_TELEMETRY_DISABLED: "1" },
    logFile: path.join(tmp, "server.log"),
  });
  let rows;
  let acceptCheck;
  try {
    await waitFor(async () => (await fetch(`${base}/bench/bare`)).status === 200, "next start to answer /bench/bare with 200 (was the build made with this script?)", 60_000);
    serverPid = server.pid;
    log(`server up (pid ${server.pid})`);
    ({ rows, acceptCheck } = await httpBench(fx));
  } finally {
    await stop(server);
  }

  const bundle = firstLoadJs(["/rsvp/[token]", "/events/[slug]", "/", "/bench/bare"]);
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
      env: { ...dbEnv, NODE_ENV: "production", RESEND_API_KEY: "re_bench", RESEND_BASE_URL: `http://127.0.0.1:${resendPort}`, BENCH_EMAILS: "5000" },
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

  const acceptTokens = fx.acceptTokens.slice(0, -1);
  const cookie = `authjs.session-token=${fx.sessionToken}`;
  // One rotation per target across its warm-up and measured runs: every acceptance goes to an invitation not answered before.
  const nextView = rotating(fx.viewTokens);
  const nextAccept = rotating(acceptTokens);
  const nextSlug = rotating(fx.eventSlugs);
  const nextArchive = rotating(fx.archiveQueries);
  const targets = [
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
      requests: () => [{ method: "GET", path: `/staff/events/${fx.bigEventId}/guests`, headers: { cookie } }],
    },
    {
      key: "staff1",
      name: `staff guest list, 1 connection`,
      label: "/staff/events/<id>/guests",
      connections: 1,
      expect: 200,
      requests: () => [{ method: "GET", path: `/staff/events/${fx.bigEventId}/guests`, headers: { cookie } }],
    },
  ];
  // Each page once before the clock: the first request pays compilation of the route's code.
  for (const t of targets) if (t.sample) await fetch(`${base}${t.sample}`, { headers: t.key === "staff" ? { cookie } : {} });
  const staffProbe = await fetch(`${base}/staff/events/${fx.bigEventId}/guests`, { headers: { cookie }, redirect: "manual" });
  if (staffProbe.status !== 200) throw new Error(`The staff session does not work: /staff/events/<id>/guests answered ${staffProbe.status}`);

  // The bare page is measured before each target and once more at the end,
  // and each target is compared with the mean of the bare runs on either
  // side of it: the machine is shared, and its load drifts over a run.
  const [bareTarget, ...pages] = targets;
  const bareRuns = [];
  const rows = [];
  for (const t of pages) {
    if (cfg.only && !cfg.only.has(t.key)) continue;
    bareRuns.push(await measure(bareTarget));
    rows.push(await measure(t));
  }
  bareRuns.push(await measure(bareTarget));
  rows.forEach((row, i) => {
    row.bareRps = (bareRuns[i].rps + bareRuns[i + 1].rps) / 2;
  });
  rows.unshift(summarizeBare(bareRuns));
  const accepted = await acceptedCount(acceptTokens);
  const acceptRow = rows.find((r) => r.key === "accept");
  const acceptCheck = acceptRow
    ? { redirects: (acceptRow.statuses[303] ?? 0) + (acceptRow.warmupStatuses[303] ?? 0), acceptedInDb: accepted, tokens: acceptTokens.length }
    : null;
  // Each 303 must be a new acceptance in the database (while tokens last). A
  // run stops with up to one request per connection still in flight: the
  // server completes those, but autocannon no longer counts their answers.
  if (acceptRow && acceptCheck.redirects <= acceptTokens.length) {
    const inFlight = 2 * cfg.connections;
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

// ---------------------------------------------------------------- report

const TARGETS = {
  bare: { text: "the ceiling", check: () => null },
  guest: { text: "≥ 80 % of bare, p95 ≤ 100 ms", check: (r, ratio) => ratio >= 0.8 && r.p95 <= 100 },
  accept: { text: "≥ 50 % of bare, 0 errors", check: (r, ratio) => ratio >= 0.5 && r.errors === 0 },
  event: { text: "—", check: () => null },
  archive: { text: "—", check: () => null },
  staff: { text: "p95 ≤ 150 ms", check: (r) => r.p95 <= 150 },
  staff1: { text: "— (one staff member at a time)", check: () => null },
};

const verdict = (ok) => (ok === null ? "—" : ok ? "pass" : "FAIL");
const kb = (bytes) => (bytes / 1024).toFixed(1);

function report({ fx, rows, acceptCheck, email, backup, bundle, totalSeconds }) {
  for (const r of rows) {
    r.ratio = r.rps / r.bareRps;
    r.target = TARGETS[r.key].text;
    // No answers at all is a failure, whatever the goal; so is any unexpected answer.
    r.pass = r.requests === 0 ? false : TARGETS[r.key].check(r, r.ratio);
    if (r.errors > 0 && r.pass === null) r.pass = false;
  }
  const bare = rows.find((r) => r.key === "bare");
  const floor = bundle.floorBytes;
  const js = bundle.routes
    .filter((r) => r.route !== "/bench/bare")
    .map((r) => ({ ...r, target: "≤ floor + 10 kB", pass: r.overFloor !== null && r.overFloor <= 10 * 1024 }));
  const emailRows = [
    { name: `enqueue ${email.emails} invitations (sendInvitations)`, value: `${email.enqueueSeconds.toFixed(2)} s`, target: "≤ 5 s", pass: email.enqueueSeconds <= 5 && email.invited === email.emails },
    {
      name: `deliver ${email.emails} (Resend transport, fake at ${email.ceiling / 100} req/s × 100)`,
      value: `${email.perSecond.toFixed(0)} emails/s (${((100 * email.perSecond) / email.ceiling).toFixed(0)} % of ${email.ceiling}/s; ${email.deliverSeconds.toFixed(1)} s; ${email.refused} refused)`,
      target: "≥ 90 % of ceiling",
      pass: email.perSecond >= 0.9 * email.ceiling && email.delivered === email.emails,
    },
  ];

  const lines = [];
  lines.push("# Convene bench results", "");
  lines.push(
    `${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC · commit ${gitCommit()} · ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}) · Node ${process.version} · ` +
      `PostgreSQL at ${cfg.pg.replace(/\/\/[^@]*@/, "//")} · scale ${cfg.scale}`,
    "",
  );
  lines.push(
    `Data: ${fx.counts.events} events, ${fx.counts.people} people, ${fx.counts.invitations} invitations, ${fx.counts.recaps} published recaps, ` +
      `loaded in ${fx.loadSeconds.toFixed(1)} s (+ ${fx.analyzeSeconds.toFixed(1)} s analyze). Build ${timings.build ? `${timings.build.toFixed(0)} s` : "skipped"}; whole run ${(totalSeconds / 60).toFixed(1)} min.`,
    "",
  );
  lines.push(`## Pages under load (${cfg.connections} connections, ${cfg.warmup} s warm-up, ${cfg.duration} s measured, \`next start\`)`, "");
  lines.push("| target | path | req/s | p50 | p95 | p99 | errors | vs bare | goal | result | CPU/req: server + db | load avg |");
  lines.push("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: | ---: |");
  for (const r of rows) {
    const rps = r.key === "bare" ? `${r.rps.toFixed(1)} (${r.rpsMin.toFixed(0)}–${r.rpsMax.toFixed(0)})` : `${r.rps.toFixed(1)}`;
    const ratio = r.key === "bare" ? "100 %" : `${(100 * r.ratio).toFixed(0)} % of ${r.bareRps.toFixed(0)}`;
    lines.push(`| ${r.name} | \`${r.path}\` | ${rps} | ${fmtMs(r.p50)} | ${fmtMs(r.p95)} | ${fmtMs(r.p99)} | ${r.errors} | ${ratio} | ${r.target} | ${verdict(r.pass)} | ${fmtCpu(r.serverCpuMs)} + ${fmtCpu(r.dbCpuMs)} | ${r.loadAverage} |`);
  }
  if (bare) {
    lines.push(
      "",
      `The bare page is measured ${bare.runs} times, before each target and once at the end; each target's ratio is to the mean of the bare runs just before and just after it ` +
        `(bare row: mean req/s, min–max, worst p95/p99). CPU/req: CPU time the Next.js server process and the database's backends spent per answered request, ` +
        `which other work on the machine does not change as it changes req/s. Load avg: the machine's 1-minute load average at the end of the run (${os.cpus().length} CPUs).`,
    );
  }
  if (acceptCheck) {
    lines.push(
      "",
      `Acceptances checked in the database: ${acceptCheck.acceptedInDb} bench invitations accepted for ${acceptCheck.redirects} answers of 303 ` +
        `(warm-up and measured runs, each to a different invitation; up to ${2 * cfg.connections} more were still in flight when a run stopped). Unexplained difference, counted as errors: ${acceptCheck.mismatch ?? "not checked"}.`,
    );
  }
  lines.push("", `## First-load JavaScript (gzip; floor = chunks every route loads: ${kb(floor)} kB)`, "");
  lines.push("| route | first-load JS | over floor | goal | result |");
  lines.push("| --- | ---: | ---: | --- | --- |");
  for (const r of js) lines.push(`| \`${r.route}\` | ${r.bytes === null ? "—" : `${kb(r.bytes)} kB`} | ${r.overFloor === null ? "—" : `${kb(r.overFloor)} kB`} | ${r.target} | ${verdict(r.pass)} |`);
  lines.push("", "## Email", "");
  lines.push("| step | measured | goal | result |");
  lines.push("| --- | --- | --- | --- |");
  for (const r of emailRows) lines.push(`| ${r.name} | ${r.value} | ${r.target} | ${verdict(r.pass)} |`);
  lines.push("");
  if (backup) lines.push(backupMarkdown(backup));
  const markdown = lines.join("\n");

  const results = {
    at: new Date().toISOString(),
    commit: gitCommit(),
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model.trim(), node: process.version },
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
  fs.writeFileSync(path.join(root, "bench", "results.md"), markdown);
  fs.writeFileSync(path.join(root, "bench", "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n${markdown}`);
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
    process.exit(0);
  },
  async (e) => {
    console.error(`\nbench failed: ${e?.stack ?? e}`);
    await cleanup();
    process.exit(1);
  },
);
