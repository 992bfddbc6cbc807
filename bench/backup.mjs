// Backup and restore of the bench-size database on PostgreSQL: times
// `npm run db:backup` (pg_dump, custom format) and `npm run db:restore`
// (pg_restore into an empty database) as an operator runs them, and checks
// that the restored database holds as many rows as the original.
//
// `npm run bench` runs this step after loading its data. On its own,
// `node bench/backup.mjs` creates BENCH_DB (default convene_bench_backup),
// migrates, seeds and loads the bench data set (BENCH_SCALE, default 1:
// 10 000 events, 500 000 invitations), measures, drops its databases, and
// writes its section into bench/results.md and bench/results.json, keeping
// the rest of those files as the last full run left them.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";

const root = path.resolve(import.meta.dirname, "..");

function runCommand(cmd, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (c) => (out += c));
    child.stderr.on("data", (c) => (out += c));
    child.on("close", (code) => (code === 0 ? resolve(out) : reject(new Error(`${cmd} ${args.join(" ")} exited with ${code}\n${out.slice(-3000)}`))));
  });
}

async function withSql(url, fn) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await fn(sql);
  } finally {
    await sql.end();
  }
}

const COUNTED = ["events", "people", "invitations", "email_outbox", "audit_log", "recaps"];

async function counts(url) {
  return withSql(url, async (sql) => {
    const out = {};
    for (const table of COUNTED) out[table] = (await sql.unsafe(`select count(*)::int as n from ${table}`))[0].n;
    return out;
  });
}

/**
 * Backs up `databaseUrl` with `npm run db:backup`, restores the file into a
 * new database `${pg}/${restoreDb}` with `npm run db:restore`, compares row
 * counts, and drops the restored database.
 */
export async function measureBackupRestore({ pg, databaseUrl, restoreDb, tmp, log = console.log }) {
  const file = path.join(tmp, "bench-backup.dump");
  fs.rmSync(file, { force: true });
  const restoreUrl = `${pg}/${restoreDb}`;
  await withSql(`${pg}/postgres`, async (sql) => {
    await sql.unsafe(`drop database if exists ${restoreDb} with (force)`);
    await sql.unsafe(`create database ${restoreDb}`);
  });
  try {
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    let started = performance.now();
    const backupOut = await runCommand(npm, ["run", "-s", "db:backup", "--", file], { DATABASE_URL: databaseUrl });
    const backupSeconds = (performance.now() - started) / 1000;
    const bytes = fs.statSync(file).size;
    log(`db:backup: ${backupSeconds.toFixed(1)} s, ${(bytes / 1024 / 1024).toFixed(1)} MB (${backupOut.trim().split("\n")[0]})`);

    started = performance.now();
    const restoreOut = await runCommand(npm, ["run", "-s", "db:restore", "--", file], { DATABASE_URL: restoreUrl });
    const restoreSeconds = (performance.now() - started) / 1000;
    log(`db:restore: ${restoreSeconds.toFixed(1)} s (${restoreOut.trim().split("\n")[0]})`);

    const [original, restored] = [await counts(databaseUrl), await counts(restoreUrl)];
    const same = COUNTED.every((t) => original[t] === restored[t]);
    if (!same) throw new Error(`The restored database differs: ${JSON.stringify({ original, restored })}`);
    const databaseBytes = await withSql(databaseUrl, async (sql) => Number((await sql`select pg_database_size(current_database()) as n`)[0].n));
    // What the command itself reports: the time inside pg_dump / pg_restore and their checks, without npm's and tsx's start-up.
    const inner = (out) => Number(/ in ([\d.]+) s\./.exec(out)?.[1] ?? NaN);
    return { backupSeconds, backupCommandSeconds: inner(backupOut), restoreSeconds, restoreCommandSeconds: inner(restoreOut), fileBytes: bytes, databaseBytes, rows: original, restoredRowsEqual: same, loadAverage: Number(os.loadavg()[0].toFixed(2)) };
  } finally {
    fs.rmSync(file, { force: true });
    await withSql(`${pg}/postgres`, (sql) => sql.unsafe(`drop database if exists ${restoreDb} with (force)`)).catch(() => {});
  }
}

const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** The results.md section for one measurement. */
export function backupMarkdown(r, note = "") {
  return [
    "## Backup and restore (PostgreSQL)",
    "",
    `${note}Data: ${r.rows.events} events, ${r.rows.people} people, ${r.rows.invitations} invitations (database ${mb(r.databaseBytes)} on disk). ` +
      `Each command as an operator runs it (\`npm run …\`, tsx start-up included); the restore goes into a new empty database, in one transaction, and its row counts are compared with the original.`,
    "",
    "| step | measured | load avg |",
    "| --- | --- | ---: |",
    `| \`npm run db:backup\` (pg_dump, custom format) | ${r.backupSeconds.toFixed(1)} s (${r.backupCommandSeconds.toFixed(1)} s of it in the command after start-up), file ${mb(r.fileBytes)} | ${r.loadAverage} |`,
    `| \`npm run db:restore\` (pg_restore, single transaction) | ${r.restoreSeconds.toFixed(1)} s (${r.restoreCommandSeconds.toFixed(1)} s in the command), row counts ${r.restoredRowsEqual ? "equal" : "DIFFERENT"} | ${r.loadAverage} |`,
    "",
  ].join("\n");
}

/** Puts (or replaces) the backup section of bench/results.md and the `backup` key of bench/results.json. */
export function recordBackupResults(result, meta) {
  const mdFile = path.join(root, "bench", "results.md");
  const jsonFile = path.join(root, "bench", "results.json");
  const section = backupMarkdown(result, meta ? `Measured on its own (\`node bench/backup.mjs\`) at ${meta.at.slice(0, 16).replace("T", " ")} UTC, commit ${meta.commit}, scale ${meta.scale}. ` : "");
  const md = fs.existsSync(mdFile) ? fs.readFileSync(mdFile, "utf8") : "# Convene bench results\n";
  const start = md.indexOf("## Backup and restore");
  let next = start === -1 ? -1 : md.indexOf("\n## ", start + 1);
  if (next !== -1) next += 1;
  const updated = start === -1 ? `${md.trimEnd()}\n\n${section}` : `${md.slice(0, start)}${section}${next === -1 ? "" : `\n${md.slice(next)}`}`;
  fs.writeFileSync(mdFile, updated.endsWith("\n") ? updated : `${updated}\n`);
  const json = fs.existsSync(jsonFile) ? JSON.parse(fs.readFileSync(jsonFile, "utf8")) : {};
  json.backup = { ...(meta ?? {}), ...result };
  fs.writeFileSync(jsonFile, `${JSON.stringify(json, null, 2)}\n`);
}

// ---------------------------------------------------------------- on its own

async function standalone() {
  const scale = Number(process.env.BENCH_SCALE ?? "1");
  const pg = (process.env.BENCH_PG ?? "postgres://postgres@127.0.0.1:5432").replace(/\/$/, "");
  const db = process.env.BENCH_DB ?? "convene_bench_backup";
  if (!/^convene_bench\w*$/.test(db)) throw new Error(`BENCH_DB must start with convene_bench (got ${db}).`);
  const databaseUrl = `${pg}/${db}`;
  const tmp = path.join(root, "bench", "tmp");
  fs.mkdirSync(tmp, { recursive: true });
  const log = (m) => console.log(`[bench backup ${new Date().toISOString().slice(11, 19)}] ${m}`);
  const tsx = path.join(root, "node_modules", ".bin", "tsx");
  const env = { DATABASE_URL: databaseUrl, AUTH_SECRET: randomBytes(32).toString("base64url"), CONVENE_EMAIL_TIMER: "0" };

  await withSql(`${pg}/postgres`, async (sql) => {
    await sql.unsafe(`drop database if exists ${db} with (force)`);
    await sql.unsafe(`create database ${db}`);
  });
  try {
    let started = performance.now();
    await runCommand(tsx, ["db/migrate-cli.ts"], env);
    await runCommand(tsx, ["db/seed/seed-cli.ts"], env);
    await runCommand(tsx, ["--tsconfig", "bench/tsconfig.json", "bench/load.ts"], { ...env, BENCH_SCALE: String(scale), BENCH_FIXTURES: path.join(tmp, "backup-fixtures.json") });
    await withSql(databaseUrl, (sql) => sql`analyze`);
    log(`database loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    started = performance.now();
    const result = await measureBackupRestore({ pg, databaseUrl, restoreDb: `${db}_restored`, tmp, log });
    const commit = spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).stdout?.trim() || "unknown";
    recordBackupResults(result, { at: new Date().toISOString(), commit, scale, cpus: os.cpus().length, node: process.version });
    console.log(`\n${backupMarkdown(result)}`);
  } finally {
    if (process.env.BENCH_KEEP !== "1") await withSql(`${pg}/postgres`, (sql) => sql.unsafe(`drop database if exists ${db} with (force)`));
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  standalone().then(
    () => process.exit(0),
    (e) => {
      console.error(`\nbench backup failed: ${e?.message ?? e}`);
      process.exit(1);
    },
  );
}
