import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, describe, expect, inject, it } from "vitest";
import { openPglite, openPostgres, type DatabaseHandle } from "@/db/client";
import { migrationsFolder, runMigrations } from "@/db/migrate";
import { label, listTables, pgliteClientOf, qualified, rawFromPglite, rawFromPostgres, setCanonicalText, writableColumns, type RawSql, type TableRef } from "@/db/table-data";
import type { Db } from "@/db/types";
import { searchArchive } from "@/lib/events/archive-queries";
import { parseArchiveFilter } from "@/lib/events/archive-schema";
import { getPublicEvent } from "@/lib/events/queries";
import { listEventsForStaff } from "@/lib/events/staff-queries";
import { findGuestByToken, listGuests } from "@/lib/invitations/queries";
import { createEmptyPostgresDatabase, createTestDatabase } from "@/lib/test/db";
import { loadUsedDatabase, type UsedDatabase } from "./used-database";

// Upgrades lose nothing. For every release recorded in
// db/migrations/releases.json that is older than the newest migration: build
// a database at that release's migrations, load a used database into it (the
// rows the current app wrote, in the columns the old schema has), apply the
// newer migrations, and check that every row kept its values in the columns
// both schemas share and that the app's reads work on the result.

type Journal = { entries: { idx: number; when: number; tag: string }[] };
type Releases = { releases: { name: string; lastMigration: string }[]; dataSteps: Record<string, { tables: string[] }> };

const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, "meta", "_journal.json"), "utf8")) as Journal;
const recorded = JSON.parse(fs.readFileSync(path.join(migrationsFolder, "releases.json"), "utf8")) as Releases;
const tags = journal.entries.map((e) => e.tag);
const older = recorded.releases.filter((r) => tags.indexOf(r.lastMigration) < tags.length - 1);

const driver = inject("testDriver");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "convene-upgrade-"));
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
  fs.rmSync(work, { recursive: true, force: true });
});

/** A migrations folder holding the migrations up to and including `lastTag`. */
function migrationsUpTo(lastTag: string): string {
  const dir = fs.mkdtempSync(path.join(work, `${lastTag}-`));
  const entries = journal.entries.slice(0, tags.indexOf(lastTag) + 1);
  fs.mkdirSync(path.join(dir, "meta"));
  fs.writeFileSync(path.join(dir, "meta", "_journal.json"), JSON.stringify({ ...journal, entries }));
  for (const e of entries) fs.copyFileSync(path.join(migrationsFolder, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
  return dir;
}

type Opened = { handle: DatabaseHandle; raw: RawSql };

/** A single-connection view of a test database, for plain SQL. */
async function rawOf(handle: DatabaseHandle, url?: string): Promise<RawSql> {
  if (handle.driver === "pglite") return rawFromPglite(pgliteClientOf(handle));
  const sql = postgres(url!, { max: 1, onnotice: () => {} });
  cleanups.push(() => sql.end());
  return rawFromPostgres(sql);
}

/** A new, empty database on the run's driver. */
async function emptyDatabase(suffix: string): Promise<Opened> {
  if (driver === "pglite") {
    const handle = openPglite();
    cleanups.push(() => handle.close());
    return { handle, raw: await rawOf(handle) };
  }
  const empty = await createEmptyPostgresDatabase(`up_${suffix}`);
  const handle = openPostgres(empty.url, 2);
  const raw = await rawOf(handle, empty.url);
  cleanups.push(async () => {
    await handle.close();
    await empty.drop();
  });
  return { handle, raw };
}

type Loaded = { refused: string[]; newTables: string[]; droppedColumns: string[] };

/**
 * Copies the current database's rows into the old schema, table by table:
 * json_populate_recordset leaves out the columns the old schema lacks. A
 * table the old schema refuses as a whole is loaded row by row, and each row
 * it refuses is reported.
 */
async function loadIntoOldSchema(current: RawSql, old: RawSql): Promise<Loaded> {
  const oldTables = new Set((await listTables(old)).map(label));
  const loaded: Loaded = { refused: [], newTables: [], droppedColumns: [] };
  await old.query("begin");
  for (const t of await listTables(current)) {
    if (t.schema !== "public") continue;
    if (!oldTables.has(label(t))) {
      loaded.newTables.push(label(t));
      continue;
    }
    const columns = await writableColumns(old, t);
    const currentColumns = await writableColumns(current, t);
    loaded.droppedColumns.push(...currentColumns.filter((c) => !columns.includes(c)).map((c) => `${label(t)}.${c}`));
    const [{ rows }] = await current.query<{ rows: string | null }>(`select json_agg(t)::text as rows from (select * from ${qualified(t)} order by ctid) t`);
    if (!rows) continue;
    const list = columns.map((c) => `"${c}"`).join(", ");
    const insert = `insert into ${qualified(t)} (${list}) overriding system value select ${list} from json_populate_recordset(null::${qualified(t)}, $1::text::json)`;
    await old.query("savepoint whole_table");
    try {
      await old.query(insert, [rows]);
      await old.query("release savepoint whole_table");
    } catch {
      await old.query("rollback to savepoint whole_table");
      for (const row of JSON.parse(rows) as Record<string, unknown>[]) {
        await old.query("savepoint one_row");
        try {
          await old.query(insert, [JSON.stringify([row])]);
          await old.query("release savepoint one_row");
        } catch (e) {
          await old.query("rollback to savepoint one_row");
          loaded.refused.push(`${label(t)} ${String(row.id ?? JSON.stringify(row).slice(0, 80))}: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
    }
  }
  await old.query("commit");
  return loaded;
}

/** Every row of `t` as text, in the given columns, sorted: a diff names the row that changed. */
async function rowsIn(db: RawSql, t: TableRef, columns: readonly string[]): Promise<string[]> {
  const row = `row(${columns.map((c) => `t."${c}"`).join(", ")})::text`;
  const rows = await db.query<{ r: string }>(`select ${row} as r from ${qualified(t)} t order by ${row} collate "C"`);
  return rows.map((r) => r.r);
}

/** The reads staff, guests and the public make, as the app makes them. */
async function appReads(db: Db, used: UsedDatabase, now: Date) {
  const staffList = await listEventsForStaff(db, { filter: "upcoming", now });
  const guests = await listGuests(db, used.eventId);
  const archive = await searchArchive(db, parseArchiveFilter({}), { now });
  const guestPage = await findGuestByToken(db, used.guestToken);
  const publicEvent = await getPublicEvent(db, used.eventSlug, now);
  return { staffList, guests, archive, guestPage, publicEvent };
}

describe("the recorded releases", () => {
  it("name migrations of the journal, oldest first, and the newest migration is released or newer than every release", () => {
    const positions = recorded.releases.map((r) => tags.indexOf(r.lastMigration));
    expect(positions.every((p) => p >= 0), `every lastMigration is a tag in meta/_journal.json: ${recorded.releases.map((r) => r.lastMigration).join(", ")}`).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    for (const tag of Object.keys(recorded.dataSteps)) expect(tags).toContain(tag);
    expect(older.length).toBeGreaterThan(0);
  });
});

describe("upgrading from an earlier release", () => {
  const now = new Date();
  let current: Opened;
  let used: UsedDatabase;

  async function usedDatabase() {
    if (!current) {
      const test = await createTestDatabase();
      cleanups.push(() => test.close());
      current = { handle: test, raw: await rawOf(test, test.url) };
      used = await loadUsedDatabase(test.db, now);
      await setCanonicalText(current.raw);
    }
    return current;
  }

  // The newest first: the upgrade every installation makes next.
  it.each([...older].reverse().map((r, i) => [r.lastMigration, r.name, i] as const))("keeps every row from %s (%s) and the app reads it", async (lastMigration, _name, i) => {
    const { raw: currentRaw, handle: currentHandle } = await usedDatabase();
    const old = await emptyDatabase(String(i));
    await runMigrations(old.handle, migrationsUpTo(lastMigration));
    await setCanonicalText(old.raw);
    const loaded = await loadIntoOldSchema(currentRaw, old.raw);
    console.info(
      `Loading the used database into the schema of ${lastMigration}: ${loaded.refused.length} rows refused, ` +
        `columns it lacks: ${loaded.droppedColumns.join(", ") || "none"}; tables it lacks: ${loaded.newTables.join(", ") || "none"}` +
        (loaded.refused.length > 0 ? `\n  ${loaded.refused.join("\n  ")}` : ""),
    );

    // What the old database holds, in the columns it shares with the current schema.
    const newer = tags.slice(tags.indexOf(lastMigration) + 1);
    const changedOnPurpose = new Set(newer.flatMap((tag) => recorded.dataSteps[tag]?.tables ?? []));
    const currentTables = new Map((await listTables(currentRaw)).map((t) => [label(t), t]));
    const before = new Map<string, { t: TableRef; columns: string[]; rows: string[] }>();
    const oldSchema = new Map<string, { t: TableRef; columns: string[] }>();
    for (const t of await listTables(old.raw)) {
      if (t.schema === "public") oldSchema.set(label(t), { t, columns: await writableColumns(old.raw, t) });
      if (t.schema !== "public" || !currentTables.has(label(t))) continue;
      const currentColumns = await writableColumns(currentRaw, t);
      const columns = (await writableColumns(old.raw, t)).filter((c) => currentColumns.includes(c));
      before.set(label(t), { t, columns, rows: await rowsIn(old.raw, t, columns) });
    }

    await runMigrations(old.handle);

    const loadedRows = [...before.values()].reduce((n, b) => n + b.rows.length, 0);
    expect(loadedRows).toBeGreaterThan(100);
    for (const [table, b] of before) {
      if (changedOnPurpose.has(table)) continue;
      expect(await rowsIn(old.raw, b.t, b.columns), `${table} after upgrading from ${lastMigration}`).toEqual(b.rows);
    }
    // Nothing the old schema held was dropped, unless a declared data step drops it.
    const upgradedTables = new Set((await listTables(old.raw)).map(label));
    for (const [table, { t, columns }] of oldSchema) {
      if (changedOnPurpose.has(table)) continue;
      expect(upgradedTables.has(table), `table ${table} dropped by upgrading from ${lastMigration}`).toBe(true);
      const after = await writableColumns(old.raw, t);
      expect(columns.filter((c) => !after.includes(c)), `columns of ${table} dropped by upgrading from ${lastMigration}`).toEqual([]);
    }
    // The upgraded schema is the current one: every current table and column is there.
    for (const [table, t] of currentTables) {
      if (t.schema !== "public") continue;
      expect(await writableColumns(old.raw, t), table).toEqual(await writableColumns(currentRaw, t));
    }

    const reads = await appReads(old.handle.db, used, now);
    expect(reads.staffList.some((e) => e.id === used.eventId)).toBe(true);
    expect(reads.guests.rows.length).toBeGreaterThan(0);
    expect(reads.archive.past.length).toBeGreaterThan(0);
    expect(reads.publicEvent?.id).toBe(used.eventId);
    if (loaded.refused.length === 0 && loaded.droppedColumns.length === 0 && loaded.newTables.length === 0) {
      // Nothing the current app wrote was left out: the upgraded database answers exactly as the current one.
      expect(reads).toEqual(await appReads(currentHandle.db, used, now));
    }
    // Only to stop a hang: a whole used database built, loaded and upgraded on PGlite,
    // on a busy 2-core machine, has taken over two minutes.
  }, 600_000);
});
