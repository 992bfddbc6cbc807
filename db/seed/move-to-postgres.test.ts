import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, describe, expect, inject, it } from "vitest";
import { openPglite, openPostgres } from "@/db/client";
import { moveToPostgres } from "@/db/move-to-postgres";
import { runMigrations } from "@/db/migrate";
import { allTableStats, pgliteClientOf, rawFromPglite, rawFromPostgres } from "@/db/table-data";
import { findGuestByToken, listGuests } from "@/lib/invitations/queries";
import { loadUsedDatabase } from "./used-database";

// An office that started on the embedded database moves to PostgreSQL and
// keeps everything: every table equal, and the app reads the moved data.
// Needs PostgreSQL (TEST_DATABASE_URL); runs once, beside the PGlite suite,
// whose migrated database it starts from.

const base = process.env.TEST_DATABASE_URL;
const prefix = /^[a-z_][a-z0-9_]{0,30}$/.test(process.env.TEST_DATABASE_PREFIX ?? "") ? process.env.TEST_DATABASE_PREFIX : "convene_test";
const work = fs.mkdtempSync(path.join(os.tmpdir(), "convene-move-"));
const created: string[] = [];

async function admin<T>(fn: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(base!, { max: 1, onnotice: () => {} });
  try {
    return await fn(sql);
  } finally {
    await sql.end();
  }
}

async function emptyDatabase(suffix: string): Promise<string> {
  const name = `${prefix}_move_${suffix}_${process.pid}`;
  await admin(async (sql) => {
    await sql.unsafe(`drop database if exists "${name}" with (force)`);
    await sql.unsafe(`create database "${name}"`);
  });
  created.push(name);
  const u = new URL(base!);
  u.pathname = `/${name}`;
  return u.toString();
}

afterAll(async () => {
  fs.rmSync(work, { recursive: true, force: true });
  if (base) await admin(async (sql) => Promise.all(created.map((name) => sql.unsafe(`drop database if exists "${name}" with (force)`))));
});

describe.runIf(inject("testDriver") === "pglite" && base)("moving the embedded database to PostgreSQL", () => {
  const source = path.join(work, "pglite");
  let token = "";
  let eventId = "";

  it("copies every table of a used database into an empty PostgreSQL, equal table by table, and the app reads it", async () => {
    const handle = openPglite(source, new Blob([fs.readFileSync(inject("pgliteDump"))]));
    ({ guestToken: token, eventId } = await loadUsedDatabase(handle.db));
    await handle.close();

    const url = await emptyDatabase("fresh");
    const seen: string[] = [];
    const summary = await moveToPostgres({ pgliteDir: source, databaseUrl: url, onTable: (t) => seen.push(t) });
    expect(seen.indexOf("events")).toBeLessThan(seen.indexOf("invitations"));
    expect(seen.indexOf("assets")).toBeLessThan(seen.indexOf("recap_photos"));

    const pglite = openPglite(source);
    const pgliteStats = await allTableStats(rawFromPglite(pgliteClientOf(pglite))).finally(() => pglite.close());
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    const postgresStats = await allTableStats(rawFromPostgres(sql)).finally(() => sql.end());
    expect(postgresStats).toEqual(pgliteStats);
    expect(summary.tables).toEqual(pgliteStats);
    const rows = new Map(postgresStats.map((s) => [s.table, s.rows]));
    for (const table of ["events", "invitations", "recap_photos", "assets", "email_outbox", "audit_log"]) expect(rows.get(table), table).toBeGreaterThan(0);

    const moved = openPostgres(url, 2);
    try {
      const guest = await findGuestByToken(moved.db, token);
      expect(guest?.status).toBe("accepted");
      const list = await listGuests(moved.db, eventId);
      expect(list.rows.map((r) => r.status).sort()).toEqual(["accepted", "declined", "delegate_pending", "waitlisted"]);
    } finally {
      await moved.close();
    }
  });

  it("accepts a target where only the migrations ran, and refuses one with rows", async () => {
    const migratedOnly = await emptyDatabase("migrated");
    const migrated = openPostgres(migratedOnly, 1);
    await runMigrations(migrated).finally(() => migrated.close());
    const first = await moveToPostgres({ pgliteDir: source, databaseUrl: migratedOnly });
    expect(first.rows).toBeGreaterThan(0);
    await expect(moveToPostgres({ pgliteDir: source, databaseUrl: migratedOnly })).rejects.toThrow(
      /is not empty: .*has \d+ rows?.*The move writes only into an empty database/,
    );
  });

  it("refuses while another process has the embedded database open, and a folder with no database", async () => {
    const url = await emptyDatabase("busy");
    fs.writeFileSync(`${source}.lock`, String(process.ppid));
    try {
      await expect(moveToPostgres({ pgliteDir: source, databaseUrl: url })).rejects.toThrow(new RegExp(`open in another Convene process \\(pid ${process.ppid}\\)\\. Stop it first`));
    } finally {
      fs.rmSync(`${source}.lock`, { force: true });
    }
    await expect(moveToPostgres({ pgliteDir: path.join(work, "none"), databaseUrl: url })).rejects.toThrow(/There is no embedded database at .*none.*nothing to move/);
    // Nothing was written to the target.
    const tables = await admin(async () => {
      const sql = postgres(url, { max: 1, onnotice: () => {} });
      try {
        return (await sql`select count(*)::int as n from information_schema.tables where table_schema = 'public'`)[0].n;
      } finally {
        await sql.end();
      }
    });
    expect(tables).toBe(0);
  });
});
