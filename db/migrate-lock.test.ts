import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmptyPostgresDatabase, isPostgres } from "@/lib/test/db";
import { MIGRATION_LOCK } from "./migrate";

const journal = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "migrations", "meta", "_journal.json"), "utf8")) as { entries: unknown[] };

type Finished = { code: number | null; output: string };

function migrateProcess(url: string): Promise<Finished> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), "db/migrate-cli.ts"], {
      env: { ...process.env, DATABASE_URL: url, NODE_ENV: "production" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (c: Buffer) => (output += c.toString()));
    child.stderr.on("data", (c: Buffer) => (output += c.toString()));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

/**
 * Two instances started at once both run the migration command: they take
 * turns on an advisory lock, so the migrations are applied once. The test
 * holds the lock itself until both processes are queued behind it, so they
 * race for it at the same moment however slowly either started.
 */
describe.skipIf(!isPostgres())("two migration processes at once", () => {
  let empty: Awaited<ReturnType<typeof createEmptyPostgresDatabase>> | undefined;
  let url = "";

  beforeAll(async () => {
    empty = await createEmptyPostgresDatabase("migrate_lock");
    url = empty.url;
  });
  afterAll(async () => {
    await empty?.drop();
  });

  it("apply the migrations once: one applies them all, the other finds nothing to do", async () => {
    const holder = postgres(url, { max: 1, onnotice: () => {} });
    try {
      await holder`select pg_advisory_lock(hashtext(${MIGRATION_LOCK}))`;
      const both = [migrateProcess(url), migrateProcess(url)];
      // Both are waiting for the lock the test holds.
      for (;;) {
        const [{ waiting }] = await holder<{ waiting: number }[]>`
          select count(*)::int as waiting from pg_locks
          where locktype = 'advisory' and not granted and database = (select oid from pg_database where datname = current_database())`;
        if (waiting === 2) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await holder`select pg_advisory_unlock(hashtext(${MIGRATION_LOCK}))`;
      const results = await Promise.all(both);
      for (const r of results) expect(r.code, r.output).toBe(0);
      const outputs = results.map((r) => r.output.trim()).sort();
      const all = journal.entries.length;
      expect(outputs[0]).toMatch(new RegExp(`^Applied ${all} migrations to PostgreSQL .* \\(${all} in all\\)\\.$`));
      expect(outputs[1]).toMatch(new RegExp(`^Nothing to apply: PostgreSQL .* has all ${all} migrations\\.$`));
      const [{ n }] = await holder<{ n: number }[]>`select count(*)::int as n from drizzle.__drizzle_migrations`;
      expect(n).toBe(all);
    } finally {
      await holder.end();
    }
  });
});
