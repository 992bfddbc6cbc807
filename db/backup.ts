import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import postgres from "postgres";
import { openPglite } from "./client";
import { acquirePgliteLock, DatabaseInUseError } from "./pglite-lock";
import { findPgTool, type PgTool, type ToolLookup } from "./pg-tools";
import { label, listTables, pgliteClientOf, rawFromPglite, rawFromPostgres, tablesWithRows } from "./table-data";

// `npm run db:backup` and `npm run db:restore`: a backup of whichever database
// Convene is configured with, in that database's own format (pg_dump's custom
// format for PostgreSQL, PGlite's data-directory archive for the embedded
// one), restored only into an empty database.

export type BackupFormat = "postgres" | "pglite";

/** A refusal or failure the operator can act on: its message is the whole story. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupError";
  }
}

const describeFormat = (f: BackupFormat) => (f === "postgres" ? "a PostgreSQL backup (pg_dump custom format)" : "a backup of the embedded database (PGlite data directory)");

/** Which kind of backup these first bytes begin, or null: read from the content, whatever the file's name. */
export function backupFormatOf(head: Uint8Array): BackupFormat | null {
  const b = Buffer.from(head);
  if (b.subarray(0, 5).toString("latin1") === "PGDMP") return "postgres";
  if (b[0] === 0x1f && b[1] === 0x8b) return "pglite";
  if (b.length >= 262 && b.subarray(257, 262).toString("latin1") === "ustar") return "pglite";
  return null;
}

/** The format of a backup file; a missing, empty or foreign file is refused in words. */
export function readBackupFormat(file: string): BackupFormat {
  let fd: number;
  try {
    if (fs.statSync(file).isDirectory()) throw Object.assign(new Error("a folder"), { code: "EISDIR" });
    fd = fs.openSync(file, "r");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new BackupError(`There is no file at ${file}.`);
    if (code === "EISDIR") throw new BackupError(`${file} is a folder; give the backup file itself.`);
    throw new BackupError(`${file} cannot be read (${code}).`);
  }
  const head = Buffer.alloc(512);
  let read: number;
  try {
    read = fs.readSync(fd, head, 0, head.length, 0);
  } catch (e) {
    throw new BackupError(`${file} cannot be read (${(e as NodeJS.ErrnoException).code}).`);
  } finally {
    fs.closeSync(fd);
  }
  if (read === 0) throw new BackupError(`${file} is empty: it is not a Convene backup.`);
  const format = backupFormatOf(head.subarray(0, read));
  if (!format) throw new BackupError(`${file} is not a Convene backup: it is neither a pg_dump custom-format file nor a PGlite data-directory archive.`);
  return format;
}

/** backups/convene-<database>-2026-12-05T14-30-00Z.<ext> */
export function defaultBackupFile(format: BackupFormat, now = new Date()): string {
  const stamp = now.toISOString().replace(/\.\d+Z$/, "Z").replaceAll(":", "-");
  return path.join("backups", `convene-${format === "postgres" ? "postgres" : "pglite"}-${stamp}${format === "postgres" ? ".dump" : ".tar.gz"}`);
}

function writeAtomically(file: string, write: (tmp: string) => Promise<void>): Promise<number> {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${file}.partial-${process.pid}`;
  return write(tmp).then(
    () => {
      fs.renameSync(tmp, file);
      return fs.statSync(file).size;
    },
    (e: unknown) => {
      fs.rmSync(tmp, { force: true });
      throw e;
    },
  );
}

function hasPgliteData(dir: string): boolean {
  return fs.existsSync(path.join(path.resolve(dir), "PG_VERSION"));
}

function takeLock(dir: string, what: "backup" | "restore"): () => void {
  try {
    return acquirePgliteLock(dir);
  } catch (e) {
    if (!(e instanceof DatabaseInUseError)) throw e;
    throw new BackupError(
      `The embedded database at ${dir} is open in another Convene process (pid ${e.pid}, e.g. \`npm run dev\` or \`npm start\`). ` +
        `PGlite lets one process at a time open a folder and has no read-only mode, so the ${what} cannot run beside it: ` +
        `stop that process, run the command again, then start Convene again. (On PostgreSQL, backups are taken while Convene runs.)`,
    );
  }
}

// ---------------------------------------------------------------- PGlite

/** A consistent copy of the embedded database: PGlite's own dump of its data directory, gzipped. */
export async function backupPglite(dir: string, file: string): Promise<{ bytes: number }> {
  if (!hasPgliteData(dir)) throw new BackupError(`There is no embedded database at ${dir} (no PG_VERSION file there): nothing to back up. Is PGLITE_DIR right?`);
  const release = takeLock(dir, "backup");
  try {
    const handle = openPglite(dir);
    try {
      const client = pgliteClientOf(handle);
      // dumpDataDir does not wait for the database to start: a query does.
      await client.query("select 1");
      const dump = await client.dumpDataDir("gzip");
      const bytes = await writeAtomically(file, async (tmp) => fs.writeFileSync(tmp, Buffer.from(await dump.arrayBuffer())));
      return { bytes };
    } finally {
      await handle.close();
    }
  } finally {
    release();
  }
}

/** Whether a PGlite archive holds a data directory (a tar with PG_VERSION in it). */
function isPgliteArchive(bytes: Buffer): boolean {
  let tar: Buffer;
  try {
    tar = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  } catch {
    return false;
  }
  return tar.length >= 512 && tar.subarray(257, 262).toString("latin1") === "ustar" && tar.includes(Buffer.from("PG_VERSION"));
}

/** Loads a PGlite backup into an empty (or missing) folder. */
export async function restorePglite(file: string, dir: string): Promise<{ tables: number }> {
  const format = readBackupFormat(file);
  if (format !== "pglite") {
    throw new BackupError(
      `${file} is ${describeFormat(format)}, and Convene is configured with the embedded database (DATABASE_URL is not set). ` +
        `Restore it into PostgreSQL: set DATABASE_URL to an empty database and run the command again.`,
    );
  }
  const target = path.resolve(dir);
  if (fs.existsSync(target) && fs.readdirSync(target).length > 0) {
    throw new BackupError(
      `${dir} is not empty${hasPgliteData(dir) ? " (it holds an embedded database)" : ""}: a backup is restored only into an empty folder, so nothing is overwritten. ` +
        `Restore into a new folder (PGLITE_DIR=.data/restored npm run db:restore ${file}) or move this one away first.`,
    );
  }
  const bytes = fs.readFileSync(file);
  if (!isPgliteArchive(bytes)) throw new BackupError(`${file} is a compressed file but not a PGlite data-directory archive (no PG_VERSION inside).`);
  const existed = fs.existsSync(target);
  const release = takeLock(dir, "restore");
  try {
    const handle = openPglite(dir, new Blob([bytes]));
    try {
      const tables = await listTables(rawFromPglite(pgliteClientOf(handle)));
      return { tables: tables.length };
    } finally {
      await handle.close();
    }
  } catch (e) {
    if (!existed) fs.rmSync(target, { recursive: true, force: true });
    if (e instanceof BackupError) throw e;
    throw new BackupError(`${file} could not be loaded as an embedded database: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    release();
  }
}

// ---------------------------------------------------------------- PostgreSQL

export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname}`;
  } catch {
    return "the configured PostgreSQL";
  }
}

function runTool(tool: PgTool, args: string[], lookup: ToolLookup | undefined): Promise<void> {
  const bin = findPgTool(tool, lookup);
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    child.on("error", (e) => reject(new BackupError(`${tool} could not be started (${bin}): ${e.message}`)));
    child.on("close", (code) => {
      if (code === 0) resolve();
      else reject(new BackupError(`${tool} failed (exit code ${code}):\n${stderr.trim().split("\n").slice(-15).join("\n")}`));
    });
  });
}

/** pg_dump in its custom format (compressed, restorable table by table), taken while Convene runs. */
export async function backupPostgres(url: string, file: string, lookup?: ToolLookup): Promise<{ bytes: number }> {
  findPgTool("pg_dump", lookup);
  const bytes = await writeAtomically(file, (tmp) => runTool("pg_dump", ["--format=custom", `--file=${tmp}`, `--dbname=${url}`], lookup));
  return { bytes };
}

async function withAdminConnection<T>(url: string, fn: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    await sql`select 1`.catch((e: unknown) => {
      const code = (e as { code?: string }).code;
      throw new BackupError(`PostgreSQL at ${describeUrl(url)} cannot be reached (${code ?? (e instanceof Error ? e.message : String(e))}).`);
    });
    return await fn(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** Refuses a database that already holds Convene's tables: a restore never mixes two databases. */
export async function assertEmptyPostgres(url: string, command: string): Promise<void> {
  await withAdminConnection(url, async (sql) => {
    const raw = rawFromPostgres(sql);
    const tables = await listTables(raw);
    if (tables.length === 0) return;
    const withRows = await tablesWithRows(raw);
    const names = tables.map(label).sort();
    throw new BackupError(
      `The database ${describeUrl(url)} is not empty: it has ${tables.length} tables (${names.slice(0, 6).join(", ")}${names.length > 6 ? ", …" : ""})` +
        `${withRows.length > 0 ? `, ${withRows.reduce((n, t) => n + t.rows, 0)} rows in ${withRows.length} of them` : ", all without rows"}. ` +
        `${command} writes only into an empty database, so nothing is mixed or overwritten: create one (\`createdb convene_restored\`) and point DATABASE_URL at it.`,
    );
  });
}

/** pg_restore into an empty database, in one transaction: it either completes or leaves the database as it was. */
export async function restorePostgres(file: string, url: string, lookup?: ToolLookup): Promise<{ tables: number }> {
  const format = readBackupFormat(file);
  if (format !== "postgres") {
    throw new BackupError(
      `${file} is ${describeFormat(format)}, and DATABASE_URL points at PostgreSQL. To bring an embedded database into PostgreSQL, ` +
        `restore it into an empty folder without DATABASE_URL (PGLITE_DIR=.data/restored npm run db:restore ${file}), ` +
        `then copy it with \`npm run db:move-to-postgres\` (PGLITE_DIR=.data/restored, DATABASE_URL set).`,
    );
  }
  findPgTool("pg_restore", lookup);
  await assertEmptyPostgres(url, "db:restore");
  await runTool("pg_restore", ["--no-owner", "--no-acl", "--exit-on-error", "--single-transaction", `--dbname=${url}`, file], lookup);
  return withAdminConnection(url, async (sql) => ({ tables: (await listTables(rawFromPostgres(sql))).length }));
}
