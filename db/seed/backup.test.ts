import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, describe, expect, inject, it } from "vitest";
import { openPglite } from "@/db/client";
import { backupPglite, backupPostgres, restorePglite, restorePostgres } from "@/db/backup";
import { allTableStats, pgliteClientOf, rawFromPglite, rawFromPostgres, type TableStats } from "@/db/table-data";
import { createEmptyPostgresDatabase, createTestDatabase } from "@/lib/test/db";
import { loadUsedDatabase } from "./used-database";

// A backup is only as good as its restore: a used database (demo data, then
// invitations sent and answered, a delegate, a recap with photos, the outbox
// and the audit log they wrote) is backed up, restored into an empty database,
// and every table must come back with the same rows, value for value.

const driver = inject("testDriver");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "convene-backup-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const MUST_HOLD_ROWS = ["events", "invitations", "people", "recaps", "recap_photos", "assets", "email_outbox", "audit_log", "drizzle.__drizzle_migrations"];

function expectUsed(stats: TableStats[]) {
  const rows = new Map(stats.map((s) => [s.table, s.rows]));
  for (const table of MUST_HOLD_ROWS) expect(rows.get(table), table).toBeGreaterThan(0);
}

async function pgliteStats(dir: string): Promise<TableStats[]> {
  const handle = openPglite(dir);
  try {
    return await allTableStats(rawFromPglite(pgliteClientOf(handle)));
  } finally {
    await handle.close();
  }
}

async function postgresStats(url: string): Promise<TableStats[]> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await allTableStats(rawFromPostgres(sql));
  } finally {
    await sql.end();
  }
}

describe.runIf(driver === "pglite")("backing up and restoring the embedded database", () => {
  it("restores every table of a used database with the same rows", async () => {
    const source = path.join(work, "source");
    // A folder holding the run's migrated database.
    const handle = openPglite(source, new Blob([fs.readFileSync(inject("pgliteDump"))]));
    await loadUsedDatabase(handle.db);
    await handle.close();

    const file = path.join(work, "convene.backup");
    const { bytes } = await backupPglite(source, file);
    expect(bytes).toBe(fs.statSync(file).size);
    const restored = path.join(work, "restored");
    await restorePglite(file, restored);

    const before = await pgliteStats(source);
    expectUsed(before);
    expect(await pgliteStats(restored)).toEqual(before);

    // A second restore over the restored folder is refused, and leaves it as it was.
    await expect(restorePglite(file, restored)).rejects.toThrow(/is not empty \(it holds an embedded database\): a backup is restored only into an empty folder/);
    expect(await pgliteStats(restored)).toEqual(before);
  });

  it("refuses to back up a folder another process has open, and says what to do", async () => {
    const dir = path.join(work, "busy");
    const handle = openPglite(dir, new Blob([fs.readFileSync(inject("pgliteDump"))]));
    await handle.close();
    // The lock of a live process (our parent) on the folder, as a running dev server leaves it.
    fs.writeFileSync(`${dir}.lock`, String(process.ppid));
    try {
      await expect(backupPglite(dir, path.join(work, "busy.backup"))).rejects.toThrow(
        new RegExp(`open in another Convene process \\(pid ${process.ppid}.*no read-only mode.*stop that process, run the command again`),
      );
      expect(fs.existsSync(path.join(work, "busy.backup"))).toBe(false);
    } finally {
      fs.rmSync(`${dir}.lock`, { force: true });
    }
  });

  it("refuses a folder with no database, a file that is not a backup, and a backup of the other kind", async () => {
    await expect(backupPglite(path.join(work, "nothing-here"), path.join(work, "x.backup"))).rejects.toThrow(/There is no embedded database at .*nothing-here.*nothing to back up/);
    const text = path.join(work, "notes.tar.gz");
    fs.writeFileSync(text, "these are not the rows you are looking for");
    await expect(restorePglite(text, path.join(work, "r1"))).rejects.toThrow(/notes\.tar\.gz is not a Convene backup: it is neither a pg_dump custom-format file nor a PGlite data-directory archive/);
    const pgDump = path.join(work, "named-like-pglite.tar.gz");
    fs.writeFileSync(pgDump, Buffer.concat([Buffer.from("PGDMP"), Buffer.alloc(100)]));
    await expect(restorePglite(pgDump, path.join(work, "r2"))).rejects.toThrow(/is a PostgreSQL backup \(pg_dump custom format\), and Convene is configured with the embedded database/);
    await expect(restorePglite(path.join(work, "missing.backup"), path.join(work, "r3"))).rejects.toThrow(/There is no file at .*missing\.backup/);
    expect(fs.existsSync(path.join(work, "r1")) || fs.existsSync(path.join(work, "r2")) || fs.existsSync(path.join(work, "r3"))).toBe(false);
  });
});

describe.runIf(driver === "postgres")("backing up and restoring PostgreSQL", () => {
  const emptyDatabase = (suffix: string) => createEmptyPostgresDatabase(suffix);


  it("restores every table of a used database with the same rows, and only into an empty database", async () => {
    const source = await createTestDatabase();
    const target = await emptyDatabase("restore");
    try {
      await loadUsedDatabase(source.db);
      const file = path.join(work, "convene.dump");
      await backupPostgres(source.url!, file);
      expect(fs.readFileSync(file).subarray(0, 5).toString("latin1")).toBe("PGDMP");
      await restorePostgres(file, target.url);

      const before = await postgresStats(source.url!);
      expectUsed(before);
      expect(await postgresStats(target.url)).toEqual(before);

      await expect(restorePostgres(file, target.url)).rejects.toThrow(/is not empty: it has \d+ tables \(.*\), \d+ rows in \d+ of them\. db:restore writes only into an empty database/);
      await expect(restorePostgres(file, source.url!)).rejects.toThrow(/is not empty/);
      expect(await postgresStats(target.url)).toEqual(before);
    } finally {
      await source.close();
      await target.drop();
    }
  });

  it("refuses a PGlite backup with the way to bring it into PostgreSQL", async () => {
    const target = await emptyDatabase("wrong_kind");
    try {
      const file = path.join(work, "convene.dump");
      fs.writeFileSync(file, Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]));
      await expect(restorePostgres(file, target.url)).rejects.toThrow(/is a backup of the embedded database \(PGlite data directory\), and DATABASE_URL points at PostgreSQL.*npm run db:move-to-postgres/);
    } finally {
      await target.drop();
    }
  });
});
